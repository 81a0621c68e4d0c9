"""Workflows built on the checks: batch audits and the readers' corrections ledger.

`qa.workflows.audit` checks a whole archive (discover, run, cache, terminology,
outputs); `qa.workflows.corrections` keeps readers' reports (ledger, locate,
review, apply, erratum). Each is a package of small modules over the same
pipeline `qa check` uses, so a fix to checking reaches every workflow.
"""
