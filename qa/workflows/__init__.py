"""Workflows: commands that run the checking pipeline over many documents or over time.

`qa.workflows.audit` checks a whole archive (discover, run, cache,
terminology, outputs). Each workflow is a package of small modules over the
same pipeline `qa check` uses, so a fix to checking reaches every workflow.
"""
