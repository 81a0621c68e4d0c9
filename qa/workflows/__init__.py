"""Workflows built on the checks: batch audits and the readers' corrections ledger."""
