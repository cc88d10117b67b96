"""MC401 swapped-columns: values of two or three table columns exchanged in some rows, or the headers exchanged."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lattice import shares
from ...facts.swapevidence import ERROR_RATES
from ...facts.swaps import Swap, find_swaps
from ...facts.tables import Column, Value
from .options import BOUNDED_OPTION


class SwappedColumns(Rule):
    """Two columns of a table have their values exchanged in a run of rows, or their headers exchanged."""

    code = "MC401"
    name = "swapped-columns"
    severity = Severity.ERROR
    options = {"bounded-metrics": BOUNDED_OPTION}

    def check(self, card: Card) -> Iterator[Finding]:
        ranked: dict[int, list[Value]] = {}  # each error-rate column's values, largest first, sorted once
        for swap in find_swaps(card, self.opts["bounded-metrics"]):
            yield self._finding(swap, ranked)

    def _finding(self, swap: Swap, ranked: dict[int, list[Value]]) -> Finding:
        table, cols = swap.table, swap.columns
        first, last = swap.rows[0], swap.rows[-1]
        data = {
            "columns": [c.title for c in cols],
            "moves": [[written.title, own.title] for written, own in swap.moves],
            "first_line": table.rows[first].line,
            "last_line": table.rows[last].line,
            "rows": len(swap.rows),
            "evidence": list(swap.evidence),
        }
        if swap.whole:
            a, b = cols
            av = [v.value for v in a.numbers()]
            bv = [v.value for v in b.numbers()]
            rate, loss = (a, b) if max(av) > 1 else (b, a)
            rv, lv = (av, bv) if rate is a else (bv, av)
            return self.finding(
                swap.span,
                f"the headers {a.title} and {b.title} look exchanged: every {rate.title} value is above 1 "
                f"({_range(rv)}), as a loss would be, and every {loss.title} value is within [0, 1] "
                f"({_range(lv)}), as a rate would be. Readers take one for the other.",
                help=f"swap the headers {a.title} and {b.title} (check the table against the training log)",
                data=data,
            )
        if len(swap.rows) == 1:
            where = f"the row of {table.row_label(first)} (line {table.rows[first].line})"
        else:
            where = (
                f"{len(swap.rows)} rows from {table.row_label(first)} to {table.row_label(last)} "
                f"(lines {table.rows[first].line}-{table.rows[last].line})"
            )
        reasons = _reasons(swap, ranked)
        data["reasons"] = [sentence for sentence, _ in reasons]
        names = _names([c.title for c in cols])
        verb = "exchanged" if len(cols) == 2 else "rotated"
        back = ", ".join(f"{own.title} {v.number.text}" for written, own in sorted(swap.moves, key=lambda m: m[1].index)
                         if (v := written.values[first]) is not None)
        first_words = "the row reads" if len(swap.rows) == 1 else "the first row reads"
        return self.finding(
            swap.span,
            f"{names} are {verb} in {where}: {_why(reasons)}. Moved back, {first_words} {back}.",
            help=f"put each value back under its own header in these rows ({_holds(swap)}), or regenerate "
            "the table from the training log",
            data=data,
        )


#: each kind of evidence: its sentence when it leads the message, its name when it only agrees, strongest first
_EVIDENCE = (
    ("results", "the card's reported results equal the last row only with the values moved back",
     "the card's reported results"),
    ("harmonic", "the F1 is the harmonic mean of the precision and recall only with the values moved back",
     "the F1's harmonic mean"),
    ("repeated", "a column that repeats one of them in the other rows agrees only with the values moved back",
     "a repeated column"),
    ("ordered", "a metric that stays below another one in the other rows (a CER below its WER, a ROUGE-2 below "
     "its ROUGE-1, an entity F1 below its token accuracy) does so only with the values moved back",
     "a metric that stays below another"),
    ("decimals", "each value is printed the way the other column prints its own in every other row (the early "
     "Trainer rounds the training loss to 4 decimals and pads it with zeros, and prints evaluation values with all "
     "their decimals)", "the way the columns print their values"),
    ("bounded", "at both ends of the run each column jumps to another column's level and continues it smoothly "
     "once the values are moved back", "both ends of the run"),
    ("best", "the card's reported results come from a checkpoint before the last (load_best_model_at_end), and "
     "only with the values moved back do they equal a row of the run or is their row the best of the log",
     "the best checkpoint's results"),
    ("levels", "the card's reported results are close to the last row only with the values moved back",
     "the card's reported results"),
    ("companion", "a column that runs beside one of them in the other rows (a training loss beside the "
     "validation loss, an F1 beside the accuracy) is near it only with the values moved back",
     "a column that runs beside one of them"),
    ("jump", "at the boundary each column jumps, by many times its usual step, onto the other "
     "column's level, and moved back both continue by ordinary steps the way training moves them",
     "a jump onto each other's level"),
    ("shorter", "at the boundary the two columns trade levels in one step, one of them getting worse by the whole "
     "gap (no learning step), and keep the new order to the log's end; the shorter side of that boundary is taken "
     "as the exchanged one", "the one crossing"),
    ("across", "moved back, the rows on the other side of the boundary would hold values their columns cannot "
     "hold, so they are in place", "the rows across the boundary"),
    ("kept", "the rows between the run and the log's end would hold values their columns cannot hold if "
     "exchanged too, so they are in place", "the check of the rows at the log's end"),
    ("end", "the last row matches the card's reported results as written, so the rows after the boundary are in "
     "place", "the card's reported results"),
    ("steady", "with the values moved back both columns move the way training moves them around the run, while "
     "as written one of them jumps against it", "the way training moves the columns"),
    ("training", "the training loss falls on both sides of the boundary only with the values moved back, and "
     "the optimiser lowers it, while the other readings make it rise", "the way the training loss falls"),
    ("direction", "at the boundary a column gets worse by the whole gap between the columns, which training does "
     "not do, while the last row matches the card's reported results as written", "the way training moves them"),
    ("untaken", "as written the validation loss falls at the boundary by a step that the training loss beside it "
     "does not take (a model that learns that much in one evaluation lowers its training loss as far), while the "
     "last row matches the card's reported results as written", "the training loss beside them"),
    ("unfallen", "as written a metric leaps at the boundary while the validation loss beside it does not fall (a "
     "model whose predictions get that much better scores them with a lower loss), and the last row matches the "
     "card's reported results as written", "the validation loss beside them"),
)


# the names of evidence that take a plural verb
_PLURAL = frozenset(name for _, _, name in _EVIDENCE if name.endswith("results"))


def _reasons(swap: Swap, ranked: dict[int, list[Value]]) -> list[tuple[str, str]]:
    """Each piece of evidence as (sentence, name), strongest first."""
    reasons: list[tuple[str, str]] = []
    if swap.impossible is not None:  # a value its column cannot hold outweighs everything else
        bad = swap.impossible
        col = next((c for c in swap.columns if c.values[bad.row] is bad), swap.columns[0])
        top = _top(col, swap.rows, ranked) if col.name.metric in ERROR_RATES and bad.value >= 0 else None
        if top is not None:  # above the ceiling of a tame error rate
            reasons.append((f"a {col.title} of {bad.number.text} is not plausible beside the column's other "
                            f"values, none above {top.number.text}", f"an implausible {col.title}"))
        else:
            reasons.append((f"{col.title} cannot be {bad.number.text}", f"an impossible {col.title}"))
    if "lattice" in swap.evidence and (found := shares(swap.table, swap.moves, swap.rows)) is not None:
        col, n = found  # a share of a small evaluation set: next in strength to a value a column cannot hold
        reasons.append((f"the {col.title} is a share of {n} examples (k/{n}) in every other row, and in the run "
                        "only with the values moved back", f"the {col.title}'s shares of {n}"))
    reasons += [(sentence, name) for key, sentence, name in _EVIDENCE if key in swap.evidence]
    return reasons


def _why(reasons: list[tuple[str, str]]) -> str:
    """The strongest evidence in a sentence, then the names of the others that agree (all are in ``data``)."""
    if not reasons:  # a one-sided run always has a tie-breaker; kept for safety
        return "where the run meets the other rows each column jumps to another column's level"
    lead, others = reasons[0][0], list(dict.fromkeys(name for _, name in reasons[1:]))
    if not others:
        return lead
    agree = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]
    return f"{lead}; {agree} {'agrees' if len(others) == 1 and others[0] not in _PLURAL else 'agree'}"


def _top(col: Column, rows: list[int], ranked: dict[int, list[Value]]) -> Value | None:
    """The column's largest value outside ``rows``: at most len(rows) of the largest are skipped."""
    if id(col) not in ranked:
        ranked[id(col)] = sorted((v for v in col.values if v is not None and v.number.finite), key=lambda v: -v.value)
    inside = set(rows)
    return next((v for v in ranked[id(col)] if v.row not in inside), None)


def _holds(swap: Swap) -> str:
    return "; ".join(f"{written.title} holds the {own.title}" for written, own in swap.moves)


def _names(titles: list[str]) -> str:
    return " and ".join(titles) if len(titles) == 2 else ", ".join(titles[:-1]) + " and " + titles[-1]


def _range(values: list[float]) -> str:
    lo, hi = min(values), max(values)
    return f"{lo:g}" if lo == hi else f"{lo:g} to {hi:g}"
