"""The version of modelcard-lint."""

__version__ = "0.2.0"
