"""MC208 heading-without-space."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy

# a line of `#`s and a heading's text with no space between them ("##Evaluation Commands", "#Rick DialoGPT model");
# up to three spaces before, as CommonMark allows a heading's
# (the closing `#`s are taken off apart: a lazy text before them was tried at every length, in quadratic time)
_UNSPACED = lazy(r"( {0,3})(#{1,6})(?=[^\W\d_]|[*_\[`])(\S.*)")
# (after a line break, a literal the search skips to: "^" in multi-line mode is tried at every character)
_OPENING = lazy(r"\n {0,3}#{1,6}(?=[^\W\d_]|[*_\[`])")
# what a heading's text does not hold, but code written outside a code block does ("#answer => 'a nice puppet'",
# "#model = AutoModel(...)")
_CODE = lazy(r"=|\w\(|[;{}]|\bimport\b|\bprint\b")
_HASHTAG = lazy(r"(?:^|\s)#[^\W_]")  # another tag on the line: "#nlp #pytorch"


class HeadingWithoutSpace(Rule):
    """A line starts with `#`s and the heading's text with no space between them, so the Hub shows it as text."""

    code = "MC208"
    name = "heading-without-space"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        whole = card.text
        if "#" not in whole:
            return
        code = card.code_lines
        # (the lines that open so found in one search of the text, not every line of every card read in turn; a break
        # put before the text so that its first line is searched too: a match at i opens line 1 + the breaks before i)
        n, offset = 1, 0
        for start in _OPENING.finditer("\n" + whole):
            n += whole.count("\n", offset, start.start())
            offset = start.start()
            if n <= card.body_line or n in code or (m := _UNSPACED.fullmatch(line := card.lines[n - 1])) is None:
                continue
            indent, marks, text = m.groups()
            text = _closed(text)
            if _CODE.search(text) or _HASHTAG.search(text) or _over_code(card.lines, n, code):
                continue
            if len(marks) == 1 and not _title_like(text):
                continue
            at = len(indent) + len(marks) + 1
            yield self.finding(
                Span(n, len(indent) + 1, n, len(line.rstrip()) + 1),
                f"`{marks}{text[:40]}{'...' if len(text) > 40 else ''}` has no space after its `{marks}`, so the "
                f"Hub shows it as a line of text, `{marks}` and all, not as a level-{len(marks)} heading, and the "
                "card's outline misses it",
                help=f"write a space after the `{marks}`: `{marks} {text[:40]}`",
                # (a title's `#` before words may be a tag line the author meant: the fix waits for --unsafe-fixes)
                fix=self.replace(Span(n, at, n, at), " ", f"write a space after `{marks}`", safe=len(marks) > 1),
                level=len(marks),
            )


# a statement of code: an assignment, a definition, an import, a call ("df = pd.read_csv(...)", "def fit(data):")
_STATEMENT = lazy(r"[ \t]*(?:[\w.\[\]'\"]+[ \t]*(?:\+|-|\*)?=(?!=)|def[ \t]+\w+\(|class[ \t]+\w+[(:]|"
                  r"import[ \t]+\w|from[ \t]+[\w.]+[ \t]+import\b|return\b|[\w.]+\([^)\n]*\)[ \t]*$)")


def _over_code(lines: list[str], n: int, code: frozenset[int]) -> bool:
    """Whether line ``n`` (1-based) stands over a statement of code written outside a code block: a comment of that
    code ("#Load dataset" over "df = pd.read_csv(...)"), not a heading."""
    return n < len(lines) and n + 1 not in code and _STATEMENT.match(lines[n]) is not None


def _closed(text: str) -> str:
    """``text`` without its trailing blanks and the closing `#`s that a blank stands before (`Deep heading  ##`; not
    the `#` of `C#`)."""
    text = text.rstrip(" \t")
    bare = text.rstrip("#")
    return bare.rstrip(" \t") if bare != text and bare[-1:] in (" ", "\t") else text


TITLE_WORDS = 8  # a title without its space is a name, a few words: a longer line after one `#` is a note
_DIRECTIVE = lazy(r"(?:if|ifdef|ifndef|include|define|endif|pragma|else|elif|undef|region)\b")


def _title_like(text: str) -> bool:
    """Whether the text after one `#` reads as a title: not a hashtag (one word in lower case, "#keytotext"; not
    "#xlsr-large-53-tamil"), a C directive ("#ifdef GL_ES"), nor a note written after a `#` ("#THIS SEEMS TO BE THE
    OPTIMAL SETUP.", "#Epoch 0 on Tesla T4, others on V100"): a sentence's end, a comma, or more than a few words."""
    words = text.split()
    if len(words) == 1 and text == text.lower() and text.replace("_", "").isalnum():
        return False  # (a hashtag has no hyphen: "#xlsr-large-53-tamil" is a model's name)
    return (_DIRECTIVE.match(text) is None and len(words) <= TITLE_WORDS and ", " not in text
            and text.rstrip("*_")[-1:] not in ".!?")
