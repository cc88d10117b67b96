"""The training hyperparameters a card lists, with their positions.

The transformers Trainer writes them as a list under "Training
hyperparameters": ``- train_batch_size: 32``, ``- num_epochs: 30.0``.  The
first section whose heading mentions hyperparameters and lists some is read:
every list item of the form ``name: value`` (the first occurrence of a name
wins; ``all_hyperparameters`` keeps every one).
Built once per card through ``Card.derived``.
"""

from __future__ import annotations

from typing import NamedTuple

from ..card import Card
from ..diagnostics import Span
from .lazyre import lazy
from .tables import Number, parse_number

# an item's name and colon; the value is what follows, without the spaces around it (see ``_item``)
_NAME = lazy(r"\s*`?([A-Za-z_][\w.\-]*)`?\s*:")


def _item(line: str) -> tuple[str, str] | None:
    """The name and the value of a hyperparameter item ``train_batch_size: 32``, or None.

    The same answer as ``re.match(r"\\s*`?([A-Za-z_][\\w.\\-]*)`?\\s*:\\s*(.+?)\\s*$", line)``
    (``line`` has no line break), in linear time: that regex's lazy value went to the end of
    a run of spaces from every character of the run.
    """
    m = _NAME.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    # the value is what is between the spaces; if there is nothing, the regex gives it the last space
    value = rest.strip() or rest[-1:]
    return (m.group(1), value) if value else None


class Hyperparameter(NamedTuple):
    name: str
    text: str  # the value as written
    number: Number | None
    span: Span  # the whole item: name and value


def _build(card: Card) -> dict[str, Hyperparameter]:
    out: dict[str, Hyperparameter] = {}
    for name, items in all_hyperparameters(card).items():
        out[name] = items[0]
    return out


def all_hyperparameters(card: Card) -> dict[str, list[Hyperparameter]]:
    """Every value the card's hyperparameter lists give each name, in order: more than one where the card lists the
    settings of two stages of training ("used during first stage", "second stage") (computed once per card)."""
    return card.derived("all_hyperparameters", _build_all)


def _build_all(card: Card) -> dict[str, list[Hyperparameter]]:
    out: dict[str, list[Hyperparameter]] = {}
    if "yperparameter" not in card.text and "yper-parameter" not in card.text:
        return out
    lines = card.lines
    for section in card.body.sections():
        heading = section.heading.text.lower() if section.heading is not None else ""
        if "hyperparameter" not in heading.replace("-", "").replace(" ", ""):
            continue
        for block in section.blocks:
            if block.kind != "list":
                continue
            for item in block.children:
                found = _item(item.text.split("\n", 1)[0])
                if found is None:
                    continue
                name, value = found
                raw = lines[item.line - 1] if item.line <= len(lines) else ""
                col = raw.find(name)
                col = col + 1 if col >= 0 else 1
                end = raw.rfind(value)
                end = end + len(value) + 1 if end >= 0 else col + len(name)
                out.setdefault(name, []).append(
                    Hyperparameter(name, value, parse_number(value), Span(item.line, col, item.line, end)))
        if out:
            break  # the first section that lists hyperparameters
    return out


def hyperparameters(card: Card) -> dict[str, Hyperparameter]:
    """The card's listed hyperparameters by name (computed once per card)."""
    return card.derived("hyperparameters", _build)


def effective_batch_size(params: dict[str, Hyperparameter]) -> tuple[float, str] | None:
    """The number of examples per optimiser step, and how the card says it."""
    total = params.get("total_train_batch_size")
    if total is not None and total.number is not None:
        return total.number.value, f"total_train_batch_size {total.text}"
    batch = params.get("train_batch_size")
    if batch is None or batch.number is None:
        return None
    size, said = batch.number.value, [f"train_batch_size {batch.text}"]
    for name in ("gradient_accumulation_steps", "num_devices"):
        p = params.get(name)
        if p is not None and p.number is not None:
            size *= p.number.value
            said.append(f"{name} {p.text}")
    return size, ", ".join(said)
