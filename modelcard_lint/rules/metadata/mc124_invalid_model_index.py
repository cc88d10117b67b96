"""MC124 invalid-model-index."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...hub.suggest import edit_distance
from ...hub.vocabulary import shown

# what huggingface_hub does with a model-index it cannot parse: ModelCardData raises, or, told to ignore
# metadata errors, logs it and drops the whole model-index
_READ = ("huggingface_hub cannot read the evaluation results (`ModelCard.load` fails, or with "
         "`ignore_metadata_errors=True` drops the whole `model-index`)")
_STRING_FIELDS = {"dataset": ("config", "split", "revision"), "metric": ("name", "config"), "task": ("name",)}


class InvalidModelIndex(Rule):
    """The `model-index` does not follow the Hub's schema: a required key is missing or a value has the wrong type."""

    code = "MC124"
    name = "invalid-model-index"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        index = meta.get("model-index") if meta is not None else None
        if index is None or index.is_null:
            return
        if not index.is_seq:
            yield self.finding(
                index,
                f"`model-index` is {shown(index)}, not a list of models, so the Hub refuses a push of the card "
                f"and {_READ}",
                help="write `model-index:` followed by `- name: <model>` and its `results:`",
            )
            return
        for entry in index:
            if not entry.is_map:
                yield self._type(entry, "each `model-index` entry", "a mapping with `name` and `results`")
                continue
            yield from self._required(entry, "name", "the `model-index` entry", str)
            results = entry.get("results")
            if results is None:
                yield self._missing(entry, "results", "the `model-index` entry")
                continue
            if not results.is_seq:
                yield self._type(results, "`results`", "a list")
                continue
            for result in results:
                if not result.is_map:
                    yield self._type(result, "each result", "a mapping with `task`, `dataset` and `metrics`")
                    continue
                yield from self._result(result)

    def _result(self, result: Node) -> Iterator[Finding]:
        task = result.get("task")
        if task is None:
            yield self._missing(result, "task", "this result")
        elif not task.is_map:
            yield self._type(task, "`task`", "a mapping with `type`")
        else:
            yield from self._required(task, "type", "`task`", str)
            yield from self._strings(task, "task")
        dataset = result.get("dataset")
        if dataset is None:
            yield self._missing(
                result, "dataset", "this result",
                why="huggingface_hub cannot read a result without a dataset (`ModelCard.load` fails, or with "
                    "`ignore_metadata_errors=True` drops the whole `model-index`)",
            )
        elif not dataset.is_map:
            yield self._type(dataset, "`dataset`", "a mapping with `type` and `name`")
        else:
            yield from self._required(dataset, "type", "`dataset`", str)
            yield from self._required(dataset, "name", "`dataset`", str)
            yield from self._strings(dataset, "dataset")
        metrics = result.get("metrics")
        if metrics is None:
            yield self._missing(result, "metrics", "this result")
        elif not metrics.is_seq:
            yield self._type(metrics, "`metrics`", "a list")
        else:
            for metric in metrics:
                if not metric.is_map:
                    yield self._type(metric, "each metric", "a mapping with `type` and `value`")
                    continue
                yield from self._required(metric, "type", "the metric", str)
                yield from self._required(metric, "value", "the metric", None)
                yield from self._strings(metric, "metric")
                verified = metric.get("verified")
                if verified is not None and not (verified.is_scalar and isinstance(verified.value, bool)):
                    yield self._type(verified, "`verified`", "true or false")
        source = result.get("source")
        if source is not None:
            if not source.is_map:
                yield self._type(source, "`source`", "a mapping with `url` (and `name`)")
            else:
                yield from self._required(
                    source, "url", "`source`", str,
                    why="huggingface_hub raises an error for a source without a URL",
                )

    # -- helpers ---------------------------------------------------------
    def _required(self, parent: Node, key: str, what: str, kind: type | None, why: str = "") -> Iterator[Finding]:
        node = parent.get(key)
        if node is None:
            yield self._missing(parent, key, what, why=why)
        elif node.is_null:
            yield self.finding(
                node.key or node,
                # (huggingface_hub reads a null as None, without an error, and drops the key when it writes the card
                # again: the card it saves then fails to load)
                f"`{key}` in {what} has no value; the Hub requires it, and huggingface_hub reads it as None and drops "
                "the key when it saves the card again, which then cannot be loaded",
                help=f"fill in `{key}`",
                key=key,
            )
        elif kind is str and not node.is_str:
            # huggingface_hub takes any value here as it is; the Hub's schema does not
            yield self.finding(
                node,
                f"`{key}` in {what} is {shown(node)}, but the Hub requires a string and refuses a push of the card "
                f'("...{key}" must be a string)',
                help=f"write `{key}` as plain text (quote it if it holds `{{`, `:` or `#`)",
                key=key,
            )

    def _strings(self, parent: Node, kind: str) -> Iterator[Finding]:
        for key in _STRING_FIELDS[kind]:
            node = parent.get(key)
            if node is not None and not node.is_str:
                yield self.finding(
                    node if not node.is_null else (node.key or node),
                    f"`{kind}.{key}` is {'null' if node.is_null else shown(node)}, but the Hub requires a string "
                    "and refuses a push of the card "
                    f'("...{kind}.{key}" must be a string)',
                    help=f"write `{key}` as text (quote it if it looks like a number), or delete the line",
                    key=key,
                )

    def _missing(self, parent: Node, key: str, what: str, why: str = "") -> Finding:
        near = [k for k in parent.value if isinstance(k, str) and k != key and edit_distance(k, key, 1) <= 1]
        message = f"{what} has no `{key}`, which the Hub's model-index schema requires"
        message += f"; {why}" if why else f", so {_READ}"
        # (or the key one level too deep, as spaCy's old cards write the metrics: inside `tasks:`)
        inside = next((k for k in parent.value if isinstance(k, str) and (child := parent.get(k)) is not None
                       and child.is_map and key in child.value), None)
        if near:
            message += f" (`{near[0]}` looks like a misspelling of `{key}`)"
        elif inside is not None:
            message += f" (`{key}` sits inside `{inside}`, one level too deep)"
        start = parent.span
        return self.finding(
            Span.at(start.line, start.column),
            message,
            help=(f"rename `{near[0]}` to `{key}`" if near else f"move `{key}` out of `{inside}` to {what} itself"
                  if inside is not None else f"add `{key}` to {what}"),
            missing=key,
        )

    def _type(self, node: Node, what: str, expected: str) -> Finding:
        return self.finding(
            node if not node.is_null else (node.key or node),
            f"{what} is {shown(node)}, but the model-index schema requires {expected}, so {_READ}",
            help=f"make {what} {expected}",
        )
