"""The headings of the templates model cards are written from (the Hub's, the Trainer's), as empty-section (MC202)
reads them: their words, their titles, and which heading the Hub's template puts under which."""

from __future__ import annotations

from functools import cache

from ...facts.lazyre import lazy
from ...hub.lists import load_list, template_headings
from .headings_form import form
from .headings_topics import TOPICS

_WORD = lazy(r"\w[\w-]*")
STEM = 5  # letters of a word compared ("Donate" and "Donation", "Support" and "Supporting")


def _key(title: str) -> str:
    return " ".join(_WORD.findall(title.replace("[optional]", "").lower()))


def stems(text: str) -> set[str]:
    """The words of four letters or more of ``text``, by their first ``STEM`` letters."""
    return {w.lower()[:STEM] for w in _WORD.findall(text) if len(w) >= 4 and w.isalpha()}


@cache
def template_stems() -> frozenset[str]:
    """The words of the headings model cards are written from (the Hub's template, the Trainer's), which two sections of
    their own share ("## Training data" over "## Training procedure")."""
    lines = [*load_list("hf_template_sections"), "Intended uses & limitations", "Training results", "Eval results",
             "Framework versions"]
    return frozenset(s for line in lines for s in stems(line))


@cache
def _template_titles() -> frozenset[str]:
    """The headings of the templates model cards are written from (the Hub's, the Trainer's, the older Hub one's), and
    the other sections cards commonly have at one level (usage, citation, acknowledgements)."""
    lines = [*load_list("hf_template_sections"), "Intended uses & limitations", "Training and evaluation data",
             "Training results", "Eval results", "Framework versions", "Limitations and bias", "Training data",
             "Training procedure", "Training hyperparameters", "Model description", "How to use", "Usage", "Training",
             "Hyperparameters", "Citation", "References", "Acknowledgements", "Acknowledgments", "Acknowledgement",
             "License", "Authors", "Contact", "Installation", "Requirements"]
    return frozenset(_key(x) for x in lines if "{" not in x)


@cache
def _topic_forms() -> frozenset[str]:
    """The headings missing-section (MC201) takes for a topic's section, as whole headings."""
    return frozenset(form(h.lstrip("^")) for headings in TOPICS.values() for h in headings)


def section_title(title: str) -> bool:
    """Whether ``title`` names a section of its own: a template's heading, or one a card's topic is headed with."""
    return " ".join(_WORD.findall(title.lower())) in _template_titles() or form(title[:200]) in _topic_forms()


@cache
def _below() -> dict[str, frozenset[str]]:
    """Each heading of the Hub's template -> the headings it holds, at any depth ("Evaluation" -> "Testing Data",
    "Factors", "Metrics", "Results", ...)."""
    below: dict[str, set[str]] = {}
    path: list[tuple[int, str]] = []  # (level, key) of the headings the current one is under
    for level, title in template_headings():
        key = _key(title)
        while path and path[-1][0] >= level:
            path.pop()
        for _, parent in path:
            below.setdefault(parent, set()).add(key)
        path.append((level, key))
    return {k: frozenset(v) for k, v in below.items()}


def under_in_template(title: str, nxt: str) -> bool:
    """Whether the Hub's template puts heading ``nxt`` under ``title`` ("Testing Data" under "Evaluation", "Model
    Description" under "Model Details")."""
    return _key(nxt) in _below().get(_key(title), frozenset())
