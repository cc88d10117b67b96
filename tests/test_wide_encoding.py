"""The UTF-16/UTF-32 sniffing answers as before its fast path for bytes without a NUL."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from modelcard_lint.card.source import _mostly_zero, _wide_encoding


def _wide_reference(head: bytes) -> str:
    """The first implementation, kept as the reference."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if len(head) < 8:
        return ""
    units = [head[i::4] for i in range(4)]
    for letter in (0, 3):
        if not _mostly_zero(units[letter]) and all(_mostly_zero(u) for i, u in enumerate(units) if i != letter):
            return "UTF-32"
    halves = [head[0::2], head[1::2]]
    for letter in (0, 1):
        if not _mostly_zero(halves[letter]) and _mostly_zero(halves[1 - letter]):
            return "UTF-16"
    return ""


SAMPLES = [
    b"", b"abc", b"\xff\xfe", b"\xff\xfe\x00\x00a", "model card".encode("utf-16-le"), "model card".encode("utf-16-be"),
    "model card".encode("utf-32-le"), "model card".encode("utf-32-be"), b"---\nlicense: mit\n---\n",
    b"\x00" * 20, b"a\x00" * 3, b"abcdefgh\x00",
]


def test_samples_sniffed_as_before() -> None:
    for head in SAMPLES:
        assert _wide_encoding(head) == _wide_reference(head), head


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=64) | st.lists(st.sampled_from([b"\x00", b"a", b"\xfe", b"\xff"]), max_size=40).map(b"".join))
def test_any_bytes_sniffed_as_before(head: bytes) -> None:
    assert _wide_encoding(head) == _wide_reference(head)
