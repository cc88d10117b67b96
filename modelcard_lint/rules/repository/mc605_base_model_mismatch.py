"""MC605 base-model-mismatch: the card's base model is not the one the model was loaded from."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...card.repository import RepoFile
from ...core.rule import Rule
from ...diagnostics import Finding, Severity, Span
from ...facts.basemodel import finetuned_from, hub_model_id, same_model

# where the repository says which model it was made from: the adapter's base first (peft loads the
# adapter on that model), then the checkpoint the model was loaded from before training
SOURCES = (("adapter_config.json", "base_model_name_or_path"), ("config.json", "_name_or_path"))


class BaseModelMismatch(Rule):
    """The `base_model` or "fine-tuned version of" is not the model `config.json` or `adapter_config.json` names."""

    code = "MC605"
    name = "base-model-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        repo = card.repo
        if repo is None:
            return
        found: tuple[RepoFile, str, str] | None = None
        for name, key in SOURCES:
            f = repo.file(name)
            if f is None:
                continue
            doc = f.json()
            if f.text is None or doc.problems:
                where = doc.problems[0].span if doc.problems else Span.at(1, 1)
                why = f"is not valid JSON: {doc.problems[0].message}" if doc.problems else f"cannot be read: {f.error}"
                yield self.finding(where, f"the file {why}, so the card's base model cannot be checked against it",
                                   help="restore the file the library wrote", path=f.path)
                continue
            value = doc.data.get(key) if isinstance(doc.data, dict) else None
            model = hub_model_id(value) if isinstance(value, str) else None
            if model is not None and not (key == "_name_or_path" and _itself(card, model)):
                found = (f, key, model)
                break
        if found is None:
            return
        f, key, model = found
        said = f"{f.name} names `{model}` (`{key}`, line {f.json().line(key)})"
        meta = card.meta
        node = meta.get("base_model") if meta is not None else None
        written = [n for n in (node.scalars() if node is not None else []) if n.is_str]
        if written and not any(same_model(n.value, model) for n in written):
            shown = ", ".join(f"`{n.value}`" for n in written)
            yield self.finding(
                node if node is not None and len(written) > 1 else written[0],
                f"`base_model` is {shown}, but {said}: the Hub links the model to the wrong base model",
                help=f"write `base_model: {model}`, or say why the model was made from another one",
                base_model=[n.value for n in written], found=model,
            )
        text = finetuned_from(card)
        if text is not None and not same_model(text[0], model):
            yield self.finding(
                text[1],
                f"the card says the model is a fine-tuned version of `{text[0]}`, but {said}",
                help=f"name `{model}` here, or say why the model was made from another one",
                text=text[0], found=model,
            )


def _itself(card: Card, model: str) -> bool:
    """Whether ``model`` names the model the card is about (a model saved again after loading it from the Hub)."""
    names = set()
    meta = card.meta
    index = meta.get("model-index") if meta is not None else None
    for entry in index if index is not None else []:
        name = entry.get("name")
        if name is not None and name.is_str:
            names.add(name.value)
    if card.repo is not None:
        names.add(card.repo.folder.rstrip("/").rsplit("/", 1)[-1])
    return any(same_model(model, n) for n in names)
