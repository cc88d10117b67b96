"""The oracles: what must hold for every input, and the signature of each violation.

Lint oracle: no exception escapes, no rule crashes (MC901), and the time stays
within a budget of ``base + per_kb * size`` (in two tries; CPU time, so that
a busy machine does not make inputs slow); an alarm at a multiple of the
budget stops a hang.  A slow input is linted again stage by stage (front
matter, YAML, Markdown, each rule, suppressions), each stage under the same
alarm, to name the slow one.

Fix oracle, for inputs with fixable findings, with safe fixes and then with
unsafe ones: (1) no byte outside the front-matter block changes, (2) a block
that loaded with ``yaml.safe_load`` still loads, (3) to the same data except
the top-level keys the fixes' edits touch, (4) a second fix changes nothing,
(5) no duplicate key appears, (6) each fixed key holds what its fix wrote (not
``mit# note`` for ``mit``, not ``False`` for ``no``, not ``['a', 'b']`` for
``[a,b]``).  A violation is pinned on the fewest rules that, run alone,
reproduce it.

Signatures: ``crash:<exception>@<file>:<function>`` (innermost frame inside
the package), ``MC901:<rule>:<exception>``, ``slow:<stage>``,
``fix:<oracle>:<codes>``, ``fix-timeout:<stage>``; the campaign adds
``died:<signal>`` (the process crashed) and ``hang:watchdog``.
"""

from __future__ import annotations

import math
import re
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NamedTuple

from . import target
from .mutate import lines_of
from .yamlview import Loaded, changed_keys, duplicate_keys, entries, hub_load, line_starts

_KEY_IN_EDIT = r"(?m)^[ \t]*([^\s:#'\"\-][^:\n]*?|\"[^\"\n]*\"|'[^'\n]*')[ \t]*:(?:[ \t]|$)"


class Failure(NamedTuple):
    signature: str
    detail: str


class Limits(NamedTuple):
    """Time per input: ``base + per_kb * KB`` seconds; the alarm rings at ``hard_factor`` times that."""

    base: float = 0.050
    per_kb: float = 0.002
    hard_factor: float = 5.0
    hard_min: float = 1.0

    def budget(self, size: int) -> float:
        return self.base + self.per_kb * size / 1024

    def hard(self, size: int) -> float:
        return max(self.hard_min, self.hard_factor * self.budget(size))


def clock() -> float:
    """CPU seconds of this thread (the only one that lints): other processes on a busy machine do not
    make an input slow.  Not ``process_time``: with a CPU alarm armed, Linux reads the process clock
    in whole ticks (4 ms and more)."""
    return time.thread_time()


class HardTimeout(BaseException):
    """Raised by the alarm; a BaseException, so that the engine's ``except Exception`` lets it through."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise HardTimeout in this block after ``seconds`` of CPU time (a worker stuck in C code, or
    waiting, is the campaign watchdog's)."""

    def ring(signum: int, frame: Any) -> None:
        raise HardTimeout()

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


# -- naming where the time went or where it crashed ------------------------------------------------


def _package_frames(tb: Any) -> list[traceback.FrameSummary]:
    return [f for f in traceback.extract_tb(tb) if f.filename.startswith(target.PACKAGE_DIR)]


def _stage_of_file(filename: str) -> str | None:
    name = Path(filename).name
    if "/mistune/" in filename or name in ("markdown.py", "body.py"):
        return "markdown"
    if name[:2] == "mc" and name[2:5].isdigit() and "/rules/" in filename:
        return "MC" + name[2:5]
    return {"yamlnode.py": "yaml", "frontmatter.py": "frontmatter", "suppress.py": "suppressions"}.get(name)


def stage_of(tb: Any) -> str:
    """The stage a traceback was in: the innermost frame that names one (a rule, the parsers)."""
    for frame in reversed(traceback.extract_tb(tb)):
        stage = _stage_of_file(frame.filename)
        if stage is not None:
            return stage
    frames = _package_frames(tb)
    return Path(frames[-1].filename).stem if frames else "unknown"


def crash_signature(exc: BaseException) -> str:
    frames = _package_frames(exc.__traceback__)
    if not frames:
        return f"crash:{type(exc).__name__}@outside"
    where = Path(frames[-1].filename).relative_to(target.PACKAGE_DIR).as_posix()
    return f"crash:{type(exc).__name__}@{where}:{frames[-1].name}"


def slowest_stage(text: str, limits: Limits) -> tuple[str, str]:
    """The slow stage of one lint, and the timings of the three slowest.

    The slow stage is the first one, in the order they run, that takes at least half the time of
    the slowest: when several rules do the same slow work, the name does not flip between them.
    """
    hard = limits.hard(len(text.encode("utf-8")))

    def timed(stage: Any) -> float:
        start = clock()
        with suppress(HardTimeout), deadline(hard):  # one stage that hangs counts as ``hard`` seconds
            stage()
        return clock() - start

    stages = target.profile(text, timed)
    most = max(seconds for _name, seconds in stages)
    first = next(name for name, seconds in stages if seconds >= most / 2)
    top = sorted(stages, key=lambda s: -s[1])[:3]
    return first, ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in top)


# -- the lint oracle -------------------------------------------------------------------------------


class LintOutcome(NamedTuple):
    text: str | None  # None: the bytes are not a text card (not a failure)
    findings: list[target.Finding] | None  # None: the lint did not finish
    failures: list[Failure]
    seconds: float


def check_lint(data: str | bytes, limits: Limits) -> LintOutcome:
    if isinstance(data, bytes):
        try:
            text = target.read(data)
        except target.Unreadable:
            return LintOutcome(None, None, [], 0.0)
    else:
        text = data
    size = len(text.encode("utf-8"))
    start = clock()
    try:
        with deadline(limits.hard(size)):
            findings = target.lint(text)
    except HardTimeout:
        seconds = clock() - start
        stage, timings = slowest_stage(text, limits)
        return LintOutcome(
            text, None, [Failure(f"slow:{stage}", f"timed out after {seconds:.2f} s; {timings}")], seconds
        )
    except Exception as exc:
        detail = "".join(traceback.format_exception_only(exc)).strip()[:500]
        return LintOutcome(text, None, [Failure(crash_signature(exc), detail)], clock() - start)
    seconds = clock() - start
    if seconds > limits.budget(size):
        seconds = min(seconds, _time_again(text, limits.hard(size)))  # a second try: one pause is not a finding
    failures = [
        Failure(f"MC901:{f.data.get('rule')}:{f.data.get('exception')}", f"at {f.data.get('where')}")
        for f in findings
        if f.code == target.CRASH_CODE and f.data
    ]
    if seconds > limits.budget(size):
        stage, timings = slowest_stage(text, limits)
        failures.append(Failure(f"slow:{stage}", f"{seconds * 1000:.0f} ms for {size} bytes; {timings}"))
    return LintOutcome(text, findings, failures, seconds)


def _time_again(text: str, hard: float) -> float:
    start = clock()
    with suppress(HardTimeout, Exception), deadline(hard):  # the first run already said how it ends
        target.lint(text)
    return clock() - start


# -- the fix oracle --------------------------------------------------------------------------------


def fixable(findings: list[target.Finding], unsafe: bool, only: frozenset[str] | None = None) -> list[target.Finding]:
    return [f for f in findings if f.fix is not None and (f.fix[0] or unsafe) and (only is None or f.code in only)]


def _offsets(text: str) -> Callable[[int, int], int]:
    """Turns the linter's (line, column), both 1-based, into an offset of ``text``.

    The linter counts columns after a byte-order mark, as editors do; the offsets here count it.
    """
    starts = [0]
    for line in lines_of(text):
        starts.append(starts[-1] + len(line))
    bom = 1 if text.startswith("\ufeff") else 0

    def offset(line: int, column: int) -> int:
        if line > len(starts) - 1:
            return len(text)
        return min(starts[line - 1] + column - 1 + (bom if line == 1 else 0), len(text))

    return offset


def _outside_block_kept(before: str, after: str, fixes: list[target.Finding] | None = None) -> bool:
    """(1) Every line before the located front matter and after its closing line is unchanged, except the
    stretch of the body that fixes of the body edit (a control character deleted, a table rewritten).

    A body fix can make a block the linter reads as metadata out of one it did not (a control
    character deleted from a YAML string); the next pass may then fix that block too, so its lines,
    found in the fixed card, may change as well.
    """
    where = target.frontmatter_lines(before)
    lines = lines_of(before)
    body_edits = [
        e for f in fixes or () if f.fix is not None for e in f.fix[1] if where is None or e[0] > (where[1] or 0)
    ]
    if body_edits:
        offset = _offsets(before)
        begin = min(offset(e[0], e[1]) for e in body_edits)
        end = max(offset(e[2], e[3]) for e in body_edits)
        if where is None:
            found = target.frontmatter_lines(after)
            if found is not None:
                begin = min(begin, offset(found[0], 1))
                end = max(end, offset((found[1] or len(lines)) + 1, 1))
            return after.startswith(before[:begin]) and after.endswith(before[end:])
        head = "".join(lines[: where[0] - 1])
        return after.startswith(head) and after.endswith(before[end:])
    # a fix of the body can make a block the Hub reads out of one it did not (a control character deleted)
    where = where or target.frontmatter_lines(after)
    if where is None:
        return before == after
    open_line, close_line = where
    head = "".join(lines[: open_line - 1])
    tail = "".join(lines[close_line:]) if close_line is not None else ""
    return after.startswith(head) and after.endswith(tail) and len(after) >= len(head) + len(tail)


def allowed_keys(before: str, fixes: list[target.Finding]) -> set[str]:
    """The top-level keys the fixes are about: those whose lines an edit touches, and those it writes."""
    loaded = hub_load(before)
    spans = entries(before, loaded) if loaded.status == "ok" else []
    out: set[str] = set()
    for finding in fixes:
        assert finding.fix is not None
        for line, _col, end_line, _end_col, text in finding.fix[1]:
            out |= {e.key for e in spans if e.first <= end_line and line <= e.last}
            out |= {m.strip("'\"") for m in re.findall(_KEY_IN_EDIT, text)}
            if "\n" not in text:
                out.add(text.strip().strip("'\""))
    return out


def _apply(text: str, edits: list[tuple[int, int, int, int, str]]) -> str:
    """``text`` with the edits (1-based line and column spans) made, the last first."""
    offset = _offsets(text)
    for line, column, end_line, end_column, new in sorted(edits, reverse=True):
        text = text[: offset(line, column)] + new + text[offset(end_line, end_column) :]
    return text


def later_keys(before: str, fixes: list[target.Finding]) -> set[str]:
    """The keys that fixes offered once the body's own fixes are made may write: a control character
    deleted from a link can reveal the base model the next pass adds."""
    where = target.frontmatter_lines(before)
    body = [e for f in fixes if f.fix is not None for e in f.fix[1] if where is None or e[0] > (where[1] or 0)]
    if not body:
        return set()
    try:
        middle = _apply(before, body)
    except IndexError:
        return set()
    return allowed_keys(middle, [f for f in target.lint(middle) if f.fix is not None])


def _kept_pass_by_pass(before: str, after: str, unsafe: bool, only: frozenset[str] | None) -> bool:
    """(1), judged for each pass of fixes on the text that pass saw: a fix of one pass can make another
    one offered on the next (a control character deleted turns a suppression comment into code)."""
    text = before
    for _ in range(12):
        fixes = fixable(target.lint(text), unsafe, only)
        following = target.fix_one_pass(text, unsafe, only)
        if following == text:
            break
        if not _outside_block_kept(text, following, fixes):
            return False
        text = following
    return text == after


def _violation(
    before: str,
    after: str,
    again: str,
    fixes: list[target.Finding],
    unsafe: bool = False,
    only: frozenset[str] | None = None,
    refused: frozenset[str] = frozenset(),
) -> str | None:
    """The first fix oracle that ``after`` (and ``again``, the fix of ``after``) violates, or None."""
    if not _outside_block_kept(before, after, fixes) and not _kept_pass_by_pass(before, after, unsafe, only):
        return "outside-frontmatter-changed"
    old, new = hub_load(before), hub_load(after)
    if old.status == "ok" and new.status != "ok":
        return "frontmatter-lost" if new.status == "absent" else "yaml-broken"
    if old.status == "ok":
        try:
            extra = changed_keys(old.data, new.data) - allowed_keys(before, fixes)
            if extra:
                extra -= later_keys(before, fixes)
        except RecursionError:
            extra = set()
        if extra:
            return "meaning-changed"
    if again != after:
        return "not-idempotent"
    if old.status == "ok" and duplicate_keys(new.block) > duplicate_keys(old.block):
        return "duplicate-key-added"
    if old.status == "ok" and _fixed_value_wrong(before, old, new, fixes, refused):
        return "fixed-value-wrong"
    return None


def _unquoted(text: str) -> str:
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else text


def _fixed_value_wrong(
    before: str, old: Loaded, new: Loaded, fixes: list[target.Finding], refused: frozenset[str] = frozenset()
) -> bool:
    """(6) A fixed key does not hold what its fix wrote, as huggingface_hub loads it.

    Four shapes of edit are understood: a new ``key: value`` line (the key holds the string
    ``value``), a scalar wrapped in ``[...]`` (a one-item list of the old string), a replaced
    string (the new string, or a list that holds it) and a deleted line of a list (the list holds
    as many items fewer as lines were deleted from it).  A renamed key only has to exist.  A fix the
    linter declined (its rule's code in ``refused``, the key left as it was) wrote nothing to judge.
    """
    if not isinstance(old.data, dict) or not isinstance(new.data, dict):
        return False
    spans = entries(before, old)
    starts = line_starts(before)
    edits = []
    deleted: dict[str | None, int] = {}  # the items' lines deleted from each list (two `- ajp` beside `- apc`)
    for finding in fixes:
        assert finding.fix is not None
        for line, column, end_line, end_column, text in finding.fix[1]:
            if line > len(starts) or end_line > len(starts):
                continue
            at, to = starts[line - 1] + column - 1, starts[end_line - 1] + end_column - 1
            owner = next((e for e in spans if e.start <= at < e.end), None)
            key = owner.key if owner is not None else None
            renames = owner is not None and at == owner.start and key in (before[at:to], _unquoted(before[at:to]))
            if finding.code in refused and key in old.data and _same(old.data[key], new.data.get(key)):
                continue
            # (a declined fix that would have added a key the metadata already holds by a merge key, `<<: *b`: the
            # key is left as it was)
            inserted = re.fullmatch(r"([A-Za-z_][\w.-]*): [^\n]*\n", text)
            if (finding.code in refused and inserted and inserted.group(1) in old.data
                    and _same(old.data[inserted.group(1)], new.data.get(inserted.group(1)))):
                continue
            if not text:
                deleted[key] = deleted.get(key, 0) + 1
            edits.append((text, key, renames))
    return any(not _as_written(text, key, renames, old.data, new.data, deleted.get(key, 1))
               for text, key, renames in edits)


def _same(a: object, b: object) -> bool:
    """``a == b``, with a NaN equal to itself (``modelindex: .nan`` left as it was is unchanged)."""
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))


def _as_written(text: str, key: str | None, renames: bool, before: dict, after: dict, deleted: int = 1) -> bool:
    inserted = re.fullmatch(r"([A-Za-z_][\w.-]*): ([^\n]*)\n", text)
    if inserted:
        name, value = inserted.groups()
        return name not in after or after[name] == _unquoted(value.strip())
    if "\n" in text or key is None or key not in before:
        return True  # not a shape this oracle knows
    if not text and isinstance(before[key], list):  # an item's line deleted (`- ajp` beside `- apc`)
        return isinstance(after.get(key), list) and len(after[key]) == len(before[key]) - deleted
    if renames:
        return text.strip() in after
    old, new = before[key], after.get(key)
    if text.startswith("[") and text.endswith("]") and isinstance(old, str):
        return new == [old]
    if isinstance(old, str):
        return new == _unquoted(text.strip())
    if isinstance(old, list) and all(isinstance(item, str) for item in old):
        return isinstance(new, list) and _unquoted(text.strip()) in new
    return True


def _run_fix(
    text: str, findings: list[target.Finding], unsafe: bool, only: frozenset[str] | None, limits: Limits
) -> tuple[str | None, str]:
    """The violated oracle (or None) and a short detail."""
    fixes = fixable(findings, unsafe, only)
    if not fixes:
        return None, ""
    hard = limits.hard(len(text.encode("utf-8"))) * 10
    with deadline(hard):
        after, left = target.fix(text, unsafe, only)
        if after == text:
            return None, ""
        again, _left = target.fix(after, unsafe, only)
    refused = frozenset(f.code for f in left if f.refused)
    kind = _violation(text, after, again, fixes, unsafe, only, refused)
    if kind is None:
        return None, ""
    return kind, f"{'unsafe' if unsafe else 'safe'} fixes; after: {after[:300]!r}"


def check_fix(
    text: str,
    findings: list[target.Finding],
    limits: Limits,
    modes: tuple[bool, ...] = (False, True),
    only: frozenset[str] | None = None,
) -> list[Failure]:
    """Run the fix oracle with safe fixes, then unsafe ones; at most one failure."""
    for unsafe in modes:
        if unsafe and len(modes) > 1 and all(f.fix[0] for f in fixable(findings, True, only)):  # type: ignore[index]
            continue  # no unsafe fix: the same run as the safe one
        try:
            kind, detail = _run_fix(text, findings, unsafe, only, limits)
        except HardTimeout as exc:
            return [Failure(f"fix-timeout:{stage_of(exc.__traceback__)}", "fixing timed out")]
        except Exception as exc:
            return [
                Failure(crash_signature(exc), "while fixing: " + "".join(traceback.format_exception_only(exc))[:400])
            ]
        if kind is not None:
            rules = only if only is not None else _culprits(text, findings, unsafe, limits, kind)
            codes = "+".join(sorted(rules)) if rules is not None else "ALL"
            return [Failure(f"fix:{kind}:{codes}", detail)]
    return []


def _culprits(
    text: str, findings: list[target.Finding], unsafe: bool, limits: Limits, kind: str
) -> frozenset[str] | None:
    """The fewest rules that, run alone, still violate the same oracle (None: not found).

    First each rule with a fix on the card, alone; then every rule, dropping those the violation
    does without (a later pass may fix what an earlier fix uncovered, as a renamed key's value).
    """

    def violates(rules: frozenset[str]) -> bool:
        try:
            return _run_fix(text, findings, unsafe, rules, limits)[0] == kind
        except (HardTimeout, Exception):
            return False

    for code in sorted({f.code for f in fixable(findings, unsafe)}):
        if violates(frozenset({code})):
            return frozenset({code})
    rules = frozenset(target.rule_codes())
    for code in sorted(rules):
        if violates(rules - {code}):
            rules -= {code}
    return rules if violates(rules) else None


def fix_mode(signature: str, detail: str) -> tuple[tuple[bool, ...], frozenset[str] | None]:
    """How to re-run the fix oracle for a ``fix:`` signature: the mode it was found in and its rules."""
    modes = (True,) if detail.startswith("unsafe") else (False,)
    codes = signature.split(":")[2]
    return modes, None if codes == "ALL" else frozenset(codes.split("+"))
