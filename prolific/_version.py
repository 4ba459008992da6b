"""The SDK's version, kept in one place (the User-Agent header names it)."""

__version__ = "0.1.0"
