"""MC120 invalid-base-model."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lazyre import lazy
from ...hub.suggest import nearest
from ...hub.vocabulary import BASE_MODEL_RELATIONS, repo_id_problem, shown


class InvalidBaseModel(Rule):
    """`base_model` is not a Hub model id (a path, `None`, the model itself), or `base_model_relation` is invalid."""

    code = "MC120"
    name = "invalid-base-model"
    severity = Severity.ERROR

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        node = meta.get("base_model")
        if node is not None and not node.is_null:
            variable = _template_variable(card, node)
            if variable is not None:  # ("base_model: {{backbone}}", which YAML reads as a mapping)
                yield self.finding(
                    node,
                    f"`base_model` is the template variable `{variable}`, never filled in: "
                    + ("YAML reads it as a mapping, not a model id, so " if node.is_map else "")
                    + "the Hub cannot link the model to its base",
                    help="render the template, or write the base model's Hub id (`org/name`) in its place",
                    value=variable,
                )
                return
            yield from self._base_model(node, _own_names(meta))
        relation = meta.get("base_model_relation")
        if relation is None or relation.is_null:
            return
        if not relation.is_str or relation.value not in BASE_MODEL_RELATIONS:
            fix = nearest(relation.raw, BASE_MODEL_RELATIONS) if relation.is_str else None
            message = (
                f"`base_model_relation` {shown(relation)} is not one of {', '.join(BASE_MODEL_RELATIONS)}, so the "
                "Hub cannot link the model to its base"
            )
            yield self.finding(
                relation,
                message + (f"; did you mean `{fix}`?" if fix else ""),
                help=f"write `base_model_relation: {fix}`" if fix else "use adapter, merge, quantized or finetune, "
                "or delete the line and let the Hub infer it",
            )

    def _base_model(self, node, own: set[str]) -> Iterator[Finding]:
        if node.is_map:
            yield self.finding(
                node,
                "`base_model` is a mapping; the Hub expects a model id or a list of ids (for merges)",
                help="write `base_model: <org>/<name>`",
            )
            return
        for item in [node] if node.is_scalar else list(node):
            raw = item.raw if item.is_scalar else ""
            if not item.is_str or item.is_null:
                problem, fix = ("it is empty", None) if item.is_null else (f"`{raw}` is not text", None)
            elif item.value in own:
                problem, fix = "it names this model itself", None
            else:
                found = repo_id_problem(item.value, "model")
                if found is None:
                    continue
                problem, fix = found
            message = f"`base_model` is not a Hub model id: {problem}"
            if "empty" in problem:
                message += ', and the Hub refuses a push of the card ("base_model" is not allowed to be empty)'
            else:
                message += "; the Hub rejects ids it cannot resolve and cannot link the model to its base"
            known = fix is not None and ("/" in fix or "URL" in problem)  # (the id itself, not a name to complete)
            if fix:
                message += f"; did you mean `{fix}`?" if known else \
                    f"; use the Hub id of the model it was trained from, e.g. `<org>/{fix}`"
            yield self.finding(
                item,
                message,
                help=f"write the Hub id `{fix}` in its place" if known else
                "write the base model's Hub id (`org/name`); delete `base_model` for a model trained from scratch",
                value=raw,
                suggestion=fix,
            )


_TEMPLATE = lazy(r"\{\{[^{}\n]{1,80}\}\}|\{%[^\n]{1,80}?%\}|\$\{[^{}\n]{1,80}\}")


def _template_variable(card: Card, node) -> str | None:
    """The unrendered template variable the value is written as (``{{backbone}}``, ``${base_model}``), if any."""
    if node.is_seq:
        return None
    span = node.span
    if span.line != span.end_line or not 1 <= span.line <= len(card.lines):
        return None
    text = card.lines[span.line - 1][span.column - 1 : span.end_column - 1].strip().strip("'\"")
    return text if _TEMPLATE.fullmatch(text) else None


def _own_names(meta) -> set[str]:
    names = set()
    for entry in meta.get("model-index") or ():
        name = entry.get("name")
        if name is not None and name.is_str:
            names.add(name.value)
    name = meta.get("model_name")
    if name is not None and name.is_str:
        names.add(name.value)
    return names
