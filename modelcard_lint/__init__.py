"""modelcard-lint: a linter for Hugging Face model cards."""

__version__ = "0.1.0"
