"""MC608 invalid-eval-result: an `.eval_results/*.yaml` file that does not follow the Hub's format."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.repository import RepoFile
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.lazyre import lazy
from ...hub.suggest import nearest
from ...hub.vocabulary import repo_id_problem, shown

# the keys of a result, and of its mappings (hub-docs eval_results.yaml)
KEYS = {
    "": ("dataset", "value", "verifyToken", "date", "source", "notes"),
    "dataset": ("id", "task_id", "revision"),
    "source": ("url", "name", "user", "org"),
}
_STRINGS = {"": ("verifyToken", "notes"), "dataset": ("revision",), "source": ("name", "user", "org")}
_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?\Z")
_HUB = "the Hub does not show the result"


class InvalidEvalResult(Rule):
    """An `.eval_results/*.yaml` file is not a list of results in the Hub's format: a key is missing or wrong."""

    code = "MC608"
    name = "invalid-eval-result"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        repo = card.repo
        for f in repo.eval_results() if repo is not None else []:
            for span, message, help in _problems(f):
                yield self.finding(span, message, help=help, path=f.path)


def _problems(f: RepoFile) -> Iterator[tuple[Span, str, str | None]]:
    if f.text is None:
        yield Span.at(1, 1), f"the file cannot be read: {f.error}", None
        return
    root, problems = f.yaml()
    for p in problems:
        if p.category == "syntax":
            yield p.span, f"the file is not valid YAML: {p.message}, so the Hub shows none of its results", None
        else:
            yield p.span, f"the key `{p.message}` appears twice in one result (first on line " \
                f"{p.data.get('first_line')}): only the last is read", "delete one of them"
    if root is None:
        if not problems:
            yield Span.at(1, 1), "the file holds no result: it must be a list of results", None
        return
    if not root.is_seq:
        yield root.span, "the file must be a list of results (`- dataset: ...`), not " + shown(root), \
            "write each result as an item of a list"
        return
    for item in root:
        if not item.is_map:
            yield item.span, f"a result must be a mapping of `dataset`, `value`, ..., not {shown(item)}", None
            continue
        yield from _result(item)


def _result(item: Node) -> Iterator[tuple[Span, str, str | None]]:
    yield from _keys(item, "")
    dataset, value, when, source = (item.get(k) for k in ("dataset", "value", "date", "source"))
    first = item.pairs[0][0].span if item.pairs else item.span
    if dataset is None:
        yield first, f"the result has no `dataset`, so {_HUB}", "add `dataset:` with its `id` and `task_id`"
    elif not dataset.is_map:
        yield dataset.span, f"`dataset` must be a mapping with `id` and `task_id`, not {shown(dataset)}", None
    else:
        yield from _keys(dataset, "dataset")
        yield from _dataset(dataset)
    if value is None:
        yield first, f"the result has no `value`, so {_HUB}", "add the score as `value:`"
    elif not value.is_number:
        text = f"`{value.raw}` is text" if value.is_str else f"it is {shown(value)}"
        yield value.span, f"`value` must be a number; {text}, so {_HUB}", "write the score as a number (63.3)"
    if when is not None and not _iso(when):
        yield when.span, f"`date` must be an ISO-8601 date or date and time (`2026-01-15`), not {shown(when)}", None
    if source is not None:
        if not source.is_map:
            yield source.span, f"`source` must be a mapping with a `url`, not {shown(source)}", None
        else:
            yield from _keys(source, "source")
            url = source.get("url")
            if url is None:
                named = source.key.span if source.key is not None else source.span
                yield named, f"`source` has no `url`, which it needs, so {_HUB}", \
                    "add `url:` (the evaluation's logs, a paper, a Space)"
            elif not (url.is_str and url.value.startswith(("https://", "http://"))):
                yield url.span, f"`source.url` must be a link (`https://...`), not {shown(url)}", None
    for section, names in _STRINGS.items():
        holder = item if not section else item.get(section)
        if holder is None or not holder.is_map:
            continue
        for name in names:
            node = holder.get(name)
            if node is not None and not node.is_str:
                yield node.span, f"`{(section + '.') if section else ''}{name}` must be text, not {shown(node)}", None


def _dataset(dataset: Node) -> Iterator[tuple[Span, str, str | None]]:
    ident, task = dataset.get("id"), dataset.get("task_id")
    named = dataset.key.span if dataset.key is not None else dataset.span
    if ident is None:
        yield named, f"`dataset` has no `id`, so {_HUB}", "add the benchmark's Hub dataset id (`owner/name`)"
    elif not ident.is_str:
        yield ident.span, f"`dataset.id` must be a Hub dataset id, not {shown(ident)}", None
    else:
        problem = repo_id_problem(ident.value, "dataset")
        if problem is not None:
            why, meant = problem
            hint = f" (`{meant}`?)" if meant else ""
            yield ident.span, f"`dataset.id` is not a Hub dataset id: {why}{hint}", None
        elif "/" not in ident.value:
            yield ident.span, f"`dataset.id` `{ident.value}` has no owner: a benchmark is named `owner/name`", None
    if task is None:
        yield named, f"`dataset` has no `task_id`, so {_HUB}", \
            "add the task id the benchmark's eval.yaml defines (`gpqa_diamond`)"
    elif not task.is_str or not task.value.strip():
        yield task.span, f"`dataset.task_id` must be a task id, not {shown(task)}", None


def _keys(mapping: Node, section: str) -> Iterator[tuple[Span, str, str | None]]:
    known = KEYS[section]
    for key, _ in mapping.pairs:
        if key.raw in known:
            continue
        meant = nearest(key.raw, known)
        where = f"in `{section}`" if section else "in a result"
        hint = f"; did you mean `{meant}`?" if meant else f"; the keys are {', '.join(f'`{k}`' for k in known)}"
        yield key.span, f"`{key.raw}` is not a key the Hub reads {where}{hint}", \
            f"rename it to `{meant}`" if meant else "delete it"


def _iso(node: Node) -> bool:
    if not node.is_str or not _ISO_DATE.match(node.value.strip()):
        return False
    from datetime import date, datetime  # only for a date to check

    text = node.value.strip()
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
