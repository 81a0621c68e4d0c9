"""qa: quality assurance for Chinese to English translations."""

__version__ = "0.1.0"
