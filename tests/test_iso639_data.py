"""The shipped ISO 639 tables are what scripts/refresh_iso639.py makes from its sources.

The check runs when python-iso639 and langcodes are installed at the versions
named in the files' headers (the test extra pins them); with other versions
it is skipped, since the refresh is then a deliberate one-file change.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from importlib.metadata import PackageNotFoundError, version

import pytest
from harness import ROOT

from modelcard_lint.hub.languages import is_language, iso639, language_fix, language_hints

DATA = ROOT / "modelcard_lint" / "hub" / "data"


def _pinned() -> dict[str, str]:
    header = (DATA / "iso639.txt").read_text(encoding="utf-8").split("\n", 3)[2]
    return dict(re.findall(r"(python-iso639|langcodes) (\d[\w.]*\d)", header))


def test_shipped_tables_match_the_refresh_script() -> None:
    for package, wanted in _pinned().items():
        try:
            have = version(package)
        except PackageNotFoundError:
            pytest.skip(f"{package} is not installed (pip install {package}=={wanted})")
        if have != wanted:
            pytest.skip(f"{package} {have} is installed, the tables were made with {wanted}")
    spec = importlib.util.spec_from_file_location("refresh_iso639", ROOT / "scripts" / "refresh_iso639.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["refresh_iso639"] = module
    spec.loader.exec_module(module)
    codes, hints = module.build()
    assert (DATA / "iso639.txt").read_text(encoding="utf-8") == codes, "run scripts/refresh_iso639.py"
    assert (DATA / "iso639_hints.txt").read_text(encoding="utf-8") == hints, "run scripts/refresh_iso639.py"


@pytest.mark.parametrize(
    "code",
    ["en", "no", "eng", "ger", "deu", "zho", "chi", "kmr", "yue", "gsw", "mul", "und", "sla", "code", "multilingual"],
)
def test_codes_of_every_part_are_accepted(code: str) -> None:
    assert is_language(code)


@pytest.mark.parametrize("value", ["EN", "en-US", "zh-CN", "English", "jp", "iw", "c++", "python", "noinfo", ""])
def test_what_the_hub_refuses_is_not_a_code(value: str) -> None:
    assert not is_language(value)


@pytest.mark.parametrize(
    "value, reason, fix",
    [
        ("English", "name", "en"),
        ("german", "name", "de"),
        ("Bengali", "name", "bn"),
        # (a name as people write it, without the table's qualifier: "Modern Greek (1453-)", "Swahili (macrolanguage)")
        ("Greek", "name", "el"),
        ("swahili", "name", "sw"),
        ("Ancient Greek", "name", "grc"),
        ("zh-CN", "region", "zh"),
        ("en_US", "region", "en"),
        ("EN", "case", "en"),
        ("jp", "country", "ja"),
        ("iw", "retired", "he"),
        ("c++", "programming", "code"),
        ("py", "programming", "code"),  # (a file extension, not Paraguay's country code)
        # (gh902: two letters are a code mistyped, not a name: `ge` is Georgia's code, or German's mistyped, no Ge)
        ("ge", "country", "ka"),
        ("Ge", "country", "ka"),
        ("bu", "unknown", None),
        ("protein", "unknown", None),
    ],
)
def test_suggestions_come_from_the_same_tables(value: str, reason: str, fix: str | None) -> None:
    assert language_fix(value) == (reason, fix)


def test_tables_are_sane() -> None:
    codes = iso639()
    assert 7900 < len(codes) < 9000
    assert codes["deu"] == ("de", "") and codes["yue"] == ("yue", "zh")
    assert all(len(code) in (2, 3) and code.islower() for code in codes)
    hints = language_hints()
    assert all(code in codes for (kind, _), fix in hints.items() for code in (fix.split(",") if kind == "split" else [fix]))
    # a code retired by a split points to each of its successors: Polci (`plj`) became four languages in 2023
    assert hints[("split", "plj")] == "pze,nzr,zlu,uly"
