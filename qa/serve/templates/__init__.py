"""HTML templates of the corrections service (package data)."""
