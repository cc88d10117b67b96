"""Finding the front-matter block exactly as the Hub finds it.

The Hub and huggingface_hub use one regular expression (``HUB_REGEX``).  When
it matches, the block is what the Hub reads.  When it does not, the card has
no metadata on the Hub, silently; we then look for the block the author
probably meant (after a byte-order mark, after a line of text, behind a fence
of four dashes, never closed, ...) so that the problem can be reported at
its line and the metadata still be checked.
"""

from __future__ import annotations

import re

from ..diagnostics import Span
from .source import Source
from .yamlcompose import compose
from .yamlnode import Node, YamlProblem

# huggingface_hub src/huggingface_hub/repocard.py, "exact same regex as in the Hub server"
HUB_REGEX = re.compile(r"^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))")

_FENCE = re.compile(r"-{3,}[ \t]*")
_KEY_LINE = re.compile(r"[A-Za-z_][\w.-]*:(\s|$)")
# the first line after an opening fence that never closes: metadata was meant if it reads as a key
_LOOSE_KEY_LINE = re.compile(r"[A-Za-z_][\w .-]*:(\s|$)")
# keys that mark a block as model-card metadata when we have to guess
KNOWN_KEYS = frozenset(
    """license license_name license_link language tags datasets metrics model-index
    pipeline_tag library_name base_model base_model_relation widget thumbnail inference
    co2_eq_emissions model_name new_version""".split()
)
# an opening fence with up to four other characters before its dashes (`\n---`, `"---`)
_JUNK_FENCE = re.compile(r"([^\s-]{1,4})-{3,}[ \t]*")
_LOOKAHEAD = 5  # lines of text before a fence that we still treat as "text before the block"
_CODE_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


class FenceProblem:
    """Why the Hub would not read this block (or reads it differently).

    ``case`` names it (``bom``, ``leading-text``, ``no-opening-fence``,
    ``unclosed``, ``empty-block``, ``opening-fence``, ``closing-fence``,
    ``unreadable``, ``not-at-start``); ``facts`` holds what a message about it
    needs (a line number, the fence as written).  The rules (MC102, MC103)
    write the messages.
    """

    __slots__ = ("case", "span", "facts")

    def __init__(self, case: str, span: Span, **facts: object) -> None:
        self.case = case
        self.span = span
        self.facts = facts

    def __repr__(self) -> str:
        return f"FenceProblem({self.case!r}, line {self.span.line})"


class FrontMatter:
    """The metadata block.

    ``hub_sees`` tells whether the Hub reads it.  Lines are 1-based file lines;
    ``yaml_line`` is the first line inside the fences.  The YAML is composed
    on first use of ``root`` or ``yaml_problems``.
    """

    __slots__ = ("hub_sees", "open_line", "close_line", "yaml_text", "yaml_line", "problems", "_composed")

    def __init__(
        self,
        hub_sees: bool,
        open_line: int,
        close_line: int | None,
        yaml_text: str,
        yaml_line: int,
        problems: list[FenceProblem] | None = None,
    ) -> None:
        self.hub_sees = hub_sees
        self.open_line = open_line
        self.close_line = close_line
        self.yaml_text = yaml_text
        self.yaml_line = yaml_line
        self.problems = problems if problems is not None else []
        self._composed: tuple[Node | None, list[YamlProblem]] | None = None

    def _compose(self) -> tuple[Node | None, list[YamlProblem]]:
        if self._composed is None:
            if self.close_line is None:
                self._composed = (None, [])
            else:
                self._composed = compose(self.yaml_text, self.yaml_line - 1)
        return self._composed

    @property
    def root(self) -> Node | None:
        return self._compose()[0]

    @property
    def yaml_problems(self) -> list[YamlProblem]:
        return self._compose()[1]


def _line_of(raw: str, offset: int) -> int:
    """0-based line of a raw offset, counting CRLF, CR and LF as one break each."""
    return raw.count("\n", 0, offset) + raw.count("\r", 0, offset) - raw.count("\r\n", 0, offset)


def _from_match(raw: str, m: re.Match[str], hub_sees: bool, shift: int = 0) -> tuple[FrontMatter, int]:
    open_line = _line_of(raw, m.start(1) + m.group(1).rindex("---")) + shift
    yaml_line = _line_of(raw, m.end(1)) + shift
    close_line = _line_of(raw, m.start(3) + 1) + shift
    body_line = _line_of(raw, m.end()) + shift if m.group(4) else close_line + 1
    yaml_text = m.group(2)
    if "\r" in yaml_text:
        yaml_text = yaml_text.replace("\r\n", "\n").replace("\r", "\n")
    fm = FrontMatter(hub_sees, open_line + 1, close_line + 1, yaml_text, yaml_line + 1)
    return fm, body_line


def locate(source: Source) -> tuple[FrontMatter | None, int]:
    """Find the front matter; return it (or None) and the body's first line (0-based)."""
    m = HUB_REGEX.search(source.raw)
    if m:
        fm, body = _from_match(source.raw, m, True)
        if fm.open_line > 1 or not m.group(1).startswith("---"):
            fm.problems.append(
                FenceProblem("not-at-start", Span.at(fm.open_line, 1, 3))
            )
        return fm, body
    if source.bom:
        m = HUB_REGEX.search(source.raw[1:])
        if m:
            fm, body = _from_match(source.raw[1:], m, False)
            fm.problems.append(
                FenceProblem("bom", Span.at(1, 1, 1))
            )
            return fm, body
    return _guess(source.text.split("\n"))


def _guess(lines: list[str]) -> tuple[FrontMatter | None, int]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, 0
    head = lines[first]
    if _FENCE.fullmatch(head):
        return _fenced(lines, first)
    junk = _JUNK_FENCE.fullmatch(head)
    if junk is not None and first + 1 < len(lines) and _KEY_LINE.match(lines[first + 1]):
        # a few characters stuck before the opening dashes: a literal "\n" a script wrote, a stray quote
        fm, body = _closed_block(lines, first)
        if fm is not None and _looks_like_metadata(fm):
            what = f"`{junk.group(1)}` before the dashes"
            fm.problems.append(FenceProblem("opening-fence", Span.at(first + 1, 1, len(head)), fence=head, what=what))
            return fm, body
    for k in range(first + 1, min(first + 1 + _LOOKAHEAD, len(lines))):
        if _FENCE.fullmatch(lines[k]) and lines[k].startswith("---"):
            fm, body = _closed_block(lines, k)
            # one line of text before a block of `key: value` lines is a hidden front matter;
            # after more text, only a block with the Hub's keys is taken for one
            one_line = sum(1 for line in lines[first:k] if line.strip()) == 1
            if fm is not None and _looks_like_metadata(fm, any_key=one_line):
                fm.problems.append(
                    FenceProblem("leading-text", Span(first + 1, 1, first + 1, len(head) + 1), fence_line=k + 1)
                )
                # (set in a code block, "## YAML metadata section" over "```" over the block: the whole file stays the
                # body, as a lower block's does, or the block's closing fence would open a code block to the end)
                return fm, 0 if any(_CODE_FENCE.match(line) for line in lines[first:k]) else body
            break
    if _KEY_LINE.match(head):
        for k in range(first + 1, len(lines)):
            if lines[k].startswith("---") and _FENCE.fullmatch(lines[k]):
                text = "\n".join(lines[first:k]) + "\n"
                fm = FrontMatter(False, first + 1, k + 1, text, first + 1)
                if _looks_like_metadata(fm):
                    fm.problems.append(
                        FenceProblem("no-opening-fence", Span.at(first + 1, 1, len(head)), fence_line=k + 1)
                    )
                    fm.open_line = first + 1
                    return fm, k + 1
                break
    return _lower_block(lines, first)


def _lower_block(lines: list[str], first: int) -> tuple[FrontMatter | None, int]:
    """A metadata block further down than the lookahead: a `---` line outside code blocks, a first line
    that is one of the Hub's keys, a closing `---`, and YAML that reads as the Hub's metadata.

    The whole file stays the body (the text above the block is the card's), so the block's lines are
    read as Markdown too.
    """
    fence = ""
    for i in range(first + 1, len(lines) - 1):
        line = lines[i]
        m = _CODE_FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line[m.end() :].strip():
                fence = ""
            continue
        if m:
            fence = m.group(1)
            continue
        if i < first + 1 + _LOOKAHEAD or not (line.startswith("---") and _FENCE.fullmatch(line)):
            continue
        key = _KEY_LINE.match(lines[i + 1])
        if key is None or key.group().rstrip(": \t") not in KNOWN_KEYS:
            continue
        fm, _ = _closed_block(lines, i)
        if fm is not None and _looks_like_metadata(fm):
            span = Span(first + 1, 1, first + 1, len(lines[first]) + 1)
            fm.problems.append(FenceProblem("leading-text", span, fence_line=i + 1))
            return fm, 0
    return None, 0


def _fenced(lines: list[str], first: int) -> tuple[FrontMatter | None, int]:
    opener = lines[first]
    fm, body = _closed_block(lines, first)
    if fm is None:
        after = lines[first + 1] if first + 1 < len(lines) else ""
        if not _LOOSE_KEY_LINE.match(after):
            return None, 0  # a horizontal rule at the top of the card, not metadata
        problem = FenceProblem("unclosed", Span.at(first + 1, 1, len(opener)))
        fm = FrontMatter(False, first + 1, None, "", first + 2, [problem])
        return fm, first + 1
    if fm.close_line == first + 2:
        fm.problems.append(
            FenceProblem("empty-block", Span(first + 1, 1, first + 2, len(lines[first + 1]) + 1))
        )
        return fm, body
    if opener != "---":
        what = "trailing spaces" if opener.startswith("--- ") or opener.rstrip() == "---" else "more than three dashes"
        fm.problems.append(FenceProblem("opening-fence", Span.at(first + 1, 1, len(opener)), fence=opener, what=what))
    close_line = fm.close_line
    assert close_line is not None  # _closed_block found the closing fence
    closer = lines[close_line - 1]
    if not re.fullmatch(r"---[ \t]*", closer):
        fm.problems.append(FenceProblem("closing-fence", Span.at(close_line, 1, len(closer)), fence=closer))
    if not fm.problems:
        # an opener the Hub accepts, but something else stopped it; say so rather than stay silent
        fm.problems.append(
            FenceProblem("unreadable", Span.at(first + 1, 1, len(opener)))
        )
    return fm, body


def _closed_block(lines: list[str], open_index: int) -> tuple[FrontMatter | None, int]:
    for j in range(open_index + 1, len(lines)):
        if _FENCE.fullmatch(lines[j]) and lines[j].startswith("---"):
            text = "\n".join(lines[open_index + 1 : j])
            text = text + "\n" if text else ""
            fm = FrontMatter(False, open_index + 1, j + 1, text, open_index + 2)
            return fm, j + 1
    return None, 0


def is_fence(line: str) -> bool:
    """Whether a line is a metadata fence: three dashes or more, spaces after them allowed."""
    return line.startswith("---") and _FENCE.fullmatch(line) is not None


def key_of(line: str) -> str | None:
    """The key a `key: value` line of YAML opens with, or None."""
    m = _KEY_LINE.match(line)
    return m.group().rstrip(": \t\r\n") if m is not None else None


def _looks_like_metadata(fm: FrontMatter, any_key: bool = False) -> bool:
    root = fm.root
    if root is None or not root.is_map or not root.value:
        return False
    return any_key or any(k in KNOWN_KEYS for k in root.value)
