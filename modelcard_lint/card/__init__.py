"""The card model: a card's text, its front matter as located YAML nodes, and its Markdown body.

Built once per card by the loader; rules only read it.
"""

from .card import Card

__all__ = ["Card"]
