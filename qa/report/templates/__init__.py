"""Jinja2 templates of the HTML report and the audit dashboard (package data, read with importlib.resources)."""
