"""Crafted hostile inputs: patterns that make a backtracking regex or a naive loop quadratic.

Each pattern is a function of the wanted size in bytes.  The first ones
reproduce the quadratic inputs of the reliability issue; the others probe
the same classes of code (lazy ``.*?`` or ``[^x]*`` without a terminator,
retried from every start; per-item work that rescans the card).  The
campaign draws small versions of them; the scaling phase builds each one at
1 KB to 100 KB and measures the time per KB.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(head: str, unit: str, tail: str = "") -> Callable[[int], str]:
    def build(size: int) -> str:
        n = max(1, (size - len(head) - len(tail)) // max(1, len(unit.encode("utf-8"))))
        return head + unit * n + tail

    return build


def _lines(head: str, make: Callable[[int], str]) -> Callable[[int], str]:
    def build(size: int) -> str:
        out, total, i = [head], len(head), 0
        while total < size:
            line = make(i) + "\n"
            out.append(line)
            total += len(line)
            i += 1
        return "".join(out)

    return build


def _frontmatter_keys(size: int) -> str:
    return _lines("---\n", lambda i: f"lisence_{i:06d}: mit")(size - 4) + "---\n# Model\n"


def _real_text(corpus: list[str]) -> Callable[[int], str]:
    def build(size: int) -> str:
        out, total, i = [], 0, 0
        while total < size and corpus:
            text = corpus[i % len(corpus)]
            out.append(text)
            total += len(text)
            i += 1
        return "".join(out)[:size]

    return build


TITLE = "# Model\n\n"  # text under the title: the intro check reads it, and every whole-card scan
PATTERNS: dict[str, Callable[[int], str]] = {
    # from the reliability issue
    "heading-then-spaces": _repeat("# Title", " ", "x\n"),
    "heading-then-spaces-eof": _repeat("# Title", " "),
    "jinja-open-run": _repeat(TITLE, "{{"),
    "comment-open-run": _repeat(TITLE, "<!--"),
    "suppression-open-run": _repeat(TITLE, "<!-- modelcard-lint-disable "),
    "misspelled-keys": _frontmatter_keys,
    "link-close-open-run": _repeat(TITLE, "]("),
    "headline-intro-run": _repeat(TITLE, "achieves the following results "),
    "heading-of-brackets": _repeat("# ", "["),
    "more-information-needed-lines": _lines(TITLE, lambda i: "More information needed"),
    # the same classes, other places
    "bracket-run": _repeat(TITLE, "["),
    "image-open-run": _repeat(TITLE, "!["),
    "angle-run": _repeat(TITLE, "<"),
    "heading-of-angles": _repeat("# ", "<"),
    "heading-of-links": _repeat("# ", "[a]("),
    "jinja-block-run": _repeat(TITLE, "{%"),
    "bold-run": _repeat(TITLE, "**a"),
    "backtick-run": _repeat(TITLE, "`"),
    "pipe-row": _repeat(TITLE + "| a | b |\n|---|---|\n", "| "),
    "table-rows": _lines(
        TITLE + "| Epoch | Step | Training Loss | Validation Loss |\n|---|---|---|---|\n",
        lambda i: f"| {i + 1}.0 | {(i + 1) * 10} | 0.5 | 0.4 |",
    ),
    "headline-bullets": _lines(
        TITLE + "It achieves the following results on the evaluation set:\n", lambda i: f"- Accuracy {i}: 0.{i}"
    ),
    "headings": _lines("", lambda i: f"## Section {i}\n"),
    "placeholder-comments": _lines(TITLE, lambda i: "<!-- Provide a quick summary of what the model is/does. -->"),
    "todo-lines": _lines(TITLE, lambda i: "TODO [More Information Needed] {{ x }}"),
    "suppression-lines": _lines(TITLE, lambda i: "x <!-- modelcard-lint-disable-line MC301 -->"),
    "nested-lists": _lines(TITLE, lambda i: "  " * (i % 200) + "- x"),
    "nested-quotes": _repeat(TITLE, "> "),
    "unclosed-fences": _lines(TITLE, lambda i: "```" if i % 2 else "~~~"),
    "yaml-flow-nesting": lambda size: "---\nx: " + "[" * (size // 2) + "]" * (size // 2) + "\n---\n",
    "yaml-anchors": _lines("---\na0: &a0 x\n", lambda i: f"a{i + 1}: &a{i + 1} [*a{i}, *a{i}]"),
    "yaml-line-breaks": _repeat('---\nlicense: MIT\ntitle: "', "a\u2028", '"\nlanguage: EN\n---\n# M\n'),
    "crlf-lines": _lines("---\r\nlicense: MIT\r\n---\r\n", lambda i: f"line {i}\r"),
    "spaces-only": _repeat("", " "),
    "newlines-only": _repeat("", "\n"),
    "dashes-line": _repeat("", "-"),
    # a long number in a text that is not ASCII (the statements in other scripts are read then): fuzz.py --seed 92
    "digits-run-not-ascii": _repeat(TITLE + "精度 \ufeff", "0"),
}


def patterns(corpus: list[str]) -> dict[str, Callable[[int], str]]:
    """Every crafted pattern, plus real text (the corpus cards one after another)."""
    return {**PATTERNS, "real-text": _real_text(corpus)}
