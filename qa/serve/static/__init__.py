"""The reader snippet and the service's stylesheet (package data)."""
