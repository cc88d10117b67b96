"""MC128 string-dataset-args."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...hub.vocabulary import model_index_results


class StringDatasetArgs(Rule):
    """A model-index `dataset.args` is a string, the format older transformers Trainers write."""

    code = "MC128"
    name = "string-dataset-args"
    severity = Severity.INFO

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        for _, result in model_index_results(meta):
            dataset = result.get("dataset")
            if dataset is None:
                continue
            args = dataset.get("args")
            if args is None or not args.is_str:
                continue
            has_config = dataset.get("config") is not None
            fix = "delete `args`" if has_config else f"write `config: {args.raw}` instead of `args: {args.raw}`"
            yield self.finding(
                args,
                f"`dataset.args: {args.raw}` is a string, as the transformers Trainer writes it; the spec "
                "describes `args` as a mapping of the arguments passed to the dataset loader, and the Trainer "
                "puts the dataset configuration there, which belongs in `dataset.config`",
                help=fix + " (keep `args` only as a mapping of loader arguments)",
                value=args.raw,
            )
