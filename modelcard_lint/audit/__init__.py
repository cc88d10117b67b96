"""``modelcard-lint audit``: lint a corpus of cards into findings as data, and a report a person can read.

- ``sources``: the SOURCE arguments (Parquet files, JSONL files, folders of cards) as partitions of rows,
  read by ``parquet`` and ``jsonl``, in the shapes of ``rows``;
- ``lint``: the work on one card: the settings and engine of a plain run, and the sections the card has;
- ``tables``: the columns of findings.parquet and cards.parquet, and writers that write atomically;
- ``local`` and ``cluster``: the job in worker processes on this machine, or on a Dask cluster;
- ``stats``, ``charts`` and ``report``: report.html, from counts kept as the cards go by;
- ``command``: the command itself.

Nothing outside this package imports it, except the command line's ``audit`` command when it runs:
it needs pyarrow, Dask and Altair, which a plain run never loads.
"""

from __future__ import annotations

import importlib.util

INSTALL = "pip install 'modelcard-lint[audit]'"


def missing_extra(scheduler: str | None) -> str | None:
    """What the audit needs and is not installed, as one line; None when everything is there."""
    needed = ["pyarrow", "altair", "vl_convert"] + (["distributed"] if scheduler else [])
    missing = [name for name in needed if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    names = ", ".join(_PACKAGES.get(name, name) for name in missing)
    verb = "is" if len(missing) == 1 else "are"
    return f"`modelcard-lint audit` needs the audit extra ({names} {verb} not installed): {INSTALL}"


_PACKAGES = {"vl_convert": "vl-convert-python"}
