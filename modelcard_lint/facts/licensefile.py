"""Which license a LICENSE file holds, recognised from its opening lines.

The common licenses state their name in their first lines ("MIT License", "Apache License
Version 2.0", "GNU GENERAL PUBLIC LICENSE Version 3"); the BSD licenses are told apart by their
clauses.  ``recognise`` returns the Hub's identifier, the license's name and the line that
names it, or None for a text it does not know (a custom license, a notice).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .lazyre import lazy

# the Hub's id, the license's name, the words that name it (lower case, spaces collapsed);
# the more specific first: the LGPL and the AGPL before the GPL, NonCommercial-ShareAlike before NonCommercial
_KNOWN = [
    ("agpl-3.0", "GNU Affero General Public License v3", r"gnu affero general public license,? version 3"),
    ("lgpl-3.0", "GNU Lesser General Public License v3", r"gnu lesser general public license,? version 3"),
    ("lgpl-2.1", "GNU Lesser General Public License v2.1", r"gnu lesser general public license,? version 2\.1"),
    ("lgpl", "GNU Library General Public License", r"gnu library general public license"),
    ("gpl-3.0", "GNU General Public License v3", r"gnu general public license,? version 3"),
    ("gpl-2.0", "GNU General Public License v2", r"gnu general public license,? version 2"),
    ("gfdl", "GNU Free Documentation License", r"gnu free documentation license"),
    ("apache-2.0", "Apache License 2.0", r"apache license,? version 2\.0"),
    ("mit", "MIT License", r"\bmit license\b|permission is hereby granted, free of charge, to any person obtaining"),
    ("mpl-2.0", "Mozilla Public License 2.0", r"mozilla public license,? (?:version|v\.?) ?2\.0"),
    ("bsl-1.0", "Boost Software License 1.0", r"boost software license - version 1\.0"),
    ("epl-2.0", "Eclipse Public License 2.0", r"eclipse public license - v(?:ersion)? ?2\.0"),
    ("epl-1.0", "Eclipse Public License 1.0", r"eclipse public license - v(?:ersion)? ?1\.0"),
    ("eupl-1.2", "European Union Public Licence 1.2", r"european union public licen[cs]e v\. ?1\.2"),
    ("eupl-1.1", "European Union Public Licence 1.1", r"european union public licen[cs]e v\. ?1\.1"),
    ("unlicense", "The Unlicense", r"this is free and unencumbered software released into the public domain"),
    ("wtfpl", "WTFPL", r"do what the fuck you want to public license"),
    ("isc", "ISC License", r"\bisc license\b"),
    ("ofl-1.1", "SIL Open Font License 1.1", r"sil open font license,? version 1\.1"),
    ("artistic-2.0", "Artistic License 2.0", r"the artistic license 2\.0"),
    ("zlib", "zlib License", r"\bzlib license\b"),
    ("postgresql", "PostgreSQL License", r"\bpostgresql license\b"),
    ("cc0-1.0", "CC0 1.0 Universal", r"\bcc0 1\.0 universal"),
    ("cc-by-nc-sa-{v}", "CC BY-NC-SA {v}", r"attribution-noncommercial-sharealike (\d\.\d)"),
    ("cc-by-nc-nd-{v}", "CC BY-NC-ND {v}", r"attribution-noncommercial-noderivatives (\d\.\d)"),
    ("cc-by-nc-nd-{v}", "CC BY-NC-ND {v}", r"attribution-noncommercial-noderivs (\d\.\d)"),
    ("cc-by-nc-{v}", "CC BY-NC {v}", r"attribution-noncommercial (\d\.\d)"),
    ("cc-by-nd-{v}", "CC BY-ND {v}", r"attribution-noderivatives (\d\.\d)"),
    ("cc-by-sa-{v}", "CC BY-SA {v}", r"attribution-sharealike (\d\.\d)"),
    ("cc-by-{v}", "CC BY {v}", r"creative commons attribution (\d\.\d)"),
    ("creativeml-openrail-m", "CreativeML Open RAIL-M", r"creativeml open rail-m"),
    ("bigscience-bloom-rail-1.0", "BigScience RAIL License v1.0", r"bigscience (?:bloom )?rail license v1\.0"),
    ("bigscience-openrail-m", "BigScience OpenRAIL-M", r"bigscience open ?rail-m"),
    ("bigcode-openrail-m", "BigCode OpenRAIL-M", r"bigcode open ?rail-m"),
    ("llama2", "Llama 2 Community License", r"llama 2 community license"),
    ("llama3.3", "Llama 3.3 Community License", r"llama 3\.3 community license"),
    ("llama3.2", "Llama 3.2 Community License", r"llama 3\.2 community license"),
    ("llama3.1", "Llama 3.1 Community License", r"llama 3\.1 community license"),
    ("llama3", "Meta Llama 3 Community License", r"llama 3 community license"),
    ("llama4", "Llama 4 Community License", r"llama 4 community license"),
]


@functools.cache
def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    # compiled when a LICENSE file is first read: a card without one does not pay for 40 patterns
    return [(hub_id, name, re.compile(words)) for hub_id, name, words in _KNOWN]


_BSD = lazy(r"redistribution and use in source and binary forms")
_BSD_THIRD = lazy(r"neither the name|names of (?:its|the) contributors")
# a Hub id that names a family of licenses, and the ids it covers
_FAMILIES = {"gpl": "gpl-", "lgpl": "lgpl", "bsd": "bsd", "cc": "cc", "openrail": "openrail", "gfdl": "gfdl"}
HEAD = 40  # the lines read


class License(NamedTuple):
    id: str  # the Hub's identifier
    name: str
    line: int  # the line of the file that names it


def recognise(lines: list[str]) -> License | None:
    """The license a LICENSE file's opening lines name, or None."""
    head = [" ".join(line.lower().split()) for line in lines[:HEAD]]
    text = " ".join(head)
    starts, at = [], 0
    for line in head:
        starts.append(at)
        at += len(line) + 1
    for hub_id, name, pattern in _patterns():
        m = pattern.search(text)
        if m is not None:
            version = m.group(1) if pattern.groups else ""
            return License(hub_id.format(v=version), name.format(v=version), _line(starts, m.start()))
    m = _BSD.search(text)
    if m is not None:
        three = _BSD_THIRD.search(text) is not None
        hub_id, name = ("bsd-3-clause", "BSD 3-Clause License") if three else ("bsd-2-clause", "BSD 2-Clause License")
        return License(hub_id, name, _line(starts, m.start()))
    return None


def _line(starts: list[int], offset: int) -> int:
    n = 0
    while n + 1 < len(starts) and starts[n + 1] <= offset:
        n += 1
    return n + 1


def compatible(declared: str, found: str) -> bool:
    """Whether the metadata's ``declared`` license id may name the ``found`` one (`gpl` covers `gpl-3.0`)."""
    declared, found = declared.strip().lower(), found.lower()
    if declared == found or (declared == "bsd-3-clause-clear" and found == "bsd-3-clause"):
        return True
    family = _FAMILIES.get(declared)
    return family is not None and found.startswith(family)
