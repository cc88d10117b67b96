"""Property tests: random cards built from hostile fragments never break the linter.

For any card made of headings, tables, comments, fences, suppression comments, Unicode line
breaks and front matter of odd types, linting with every rule raises nothing, no rule crashes
(MC901), and every position is inside the file: 1 <= line <= the number of lines, columns
>= 1, and a span never ends before it starts.  The budget is fixed and the examples
derandomized, so CI runs the same cards every time, in a few seconds.
"""

from __future__ import annotations

from harness import lint
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelcard_lint.card import Card
from modelcard_lint.hub.lists import load_list

BUDGET = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NUMBERS = [
    "0.5", "1", "0", "-1", "1e300", "1e-300", "5e-324", "1.7976931348623157e308", "1" * 400, "0." + "0" * 400 + "1",
    "nan", "inf", "-inf", "No log", "", "**0.91**", "85 %", "1,000", "n/a", "0.5/0.6", "1e309", "-0", "+.5", ".",
]
LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
ODD_CHARS = ["\t", "\x00", "\x1b[2J", "\ufeff", "\u00a0", "İ", "ß", "\u0301", "🤗", "\ud800", "\\", "|", "`", "~"]

INLINE = st.sampled_from(
    [
        "More information needed", "[More Information Needed]", "{{ model_id }}", "{{", "}}", "{% if x %}", "%}",
        "TODO", "TBD", "[optional]", "lorem ipsum", "an unknown dataset", "<!--", "-->", "<!-- a -->", "](", "[",
        "]", "(", ")", "[a](https://huggingface.co/org/model)", "fine-tuned version of [x](https://huggingface.co/",
        "fine-tuned version of [", "achieves the following results", "http://x", "<b>", "</b>", "<", ">", "**", "_",
        "This model card has been generated automatically", "remove this comment", "#", "text", " ", "  ",
        *load_list("hf_template_comments")[:3], *ODD_CHARS,
    ]
)
SUPPRESSIONS = st.sampled_from(
    [
        "<!-- modelcard-lint-disable-next-line MC301 -->", "<!-- modelcard-lint-disable-line -->",
        "<!-- modelcard-lint-disable MC2 placeholder-text -->", "<!-- modelcard-lint-enable MC2 -->",
        "<!-- modelcard-lint-enable -->", "<!-- modelcard-lint-disable-file missing-section -->",
        "<!-- modelcard-lint-disable NOPE, MC9 -- why -->", "<!-- modelcard-lint-disable", "modelcard-lint-",
    ]
)
NOTE = "This model card has been generated automatically according to the information the Trainer had access to."
HEADERS = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy", "F1", "Metric", "Value", "Wer", ""]


LOG = ["Training Loss", "Epoch", "Step", "Validation Loss", "Accuracy"]


@st.composite
def log_rows(draw: st.DrawFn) -> list[list[str]]:
    """A training log that mostly advances, with some cells replaced by odd numbers."""
    rows = []
    for i in range(1, draw(st.integers(2, 8))):
        row = ["0.5", str(i), str(100 * i), "0.4", "0.8"]
        for _ in range(draw(st.integers(0, 2))):
            row[draw(st.integers(0, 4))] = draw(st.sampled_from(NUMBERS))
        rows.append(row)
    return rows


@st.composite
def table(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        header, rows = LOG, draw(log_rows())
    else:
        header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=5))
        rows = draw(st.lists(st.lists(st.sampled_from(NUMBERS), max_size=len(header) + 1), max_size=6))
    pipe = draw(st.booleans())
    lead, tail = ("| ", " |") if pipe else ("", "")
    lines = [lead + " | ".join(header) + tail, lead + " | ".join(draw(st.sampled_from(["---", ":-:", "-"])) for _ in header) + tail]
    lines += [lead + " | ".join(row) + tail for row in rows]
    return "\n".join(lines)


@st.composite
def block(draw: st.DrawFn) -> str:
    inline = "".join(draw(st.lists(INLINE, max_size=6)))
    kind = draw(
        st.sampled_from(
            ["heading", "para", "table", "comment", "comment", "fence", "suppress", "list", "quote", "html", "rule", "setext",
             "headline", "hyper", "break", "indent"]
        )
    )
    if kind == "heading":
        return draw(st.sampled_from(["#", "##", "###", "######", "#######", " #", "    #"])) + " " + inline + draw(
            st.sampled_from(["", " ##", " #", "#", "   "])
        )
    if kind == "table":
        return draw(table())
    if kind == "comment":
        before = draw(st.sampled_from(["## Title\nText ", "", "Text ", "- ", "> ", "### Title\n\nMore information needed "]))
        inside = draw(st.sampled_from([NOTE, inline, *load_list("hf_template_comments")[:2]]))
        after = draw(
            st.sampled_from(["\n## Next\nremove this comment -->", " -->", "", "\n\n## Next\n\n" + inline + " -->"])
        )
        return before + "<!-- " + inside + after
    if kind == "fence":
        fence = draw(st.sampled_from(["```", "~~~", "````", "```python", "  ```"]))
        return fence + "\n" + inline + draw(st.sampled_from(["\n```", "\n~~~", ""]))
    if kind == "suppress":
        return draw(SUPPRESSIONS) + draw(st.sampled_from(["", " " + inline]))
    if kind == "list":
        return "\n".join(draw(st.sampled_from(["- ", "* ", "1. ", "  - ", "10) ", "-"])) + inline for _ in range(draw(st.integers(1, 3))))
    if kind == "quote":
        return "> " + inline + draw(st.sampled_from(["", "\n> > " + inline, "\n" + inline]))
    if kind == "html":
        return draw(st.sampled_from(["<div>", "<pre>", "<?", "<![CDATA[", "<!X", "</div>"])) + inline
    if kind == "rule":
        return draw(st.sampled_from(["---", "***", "___", "- - -"]))
    if kind == "setext":
        return inline + "\n" + draw(st.sampled_from(["===", "---", "="]))
    if kind == "headline":
        bullets = "\n".join(f"- {draw(st.sampled_from(HEADERS))}: {draw(st.sampled_from(NUMBERS))}" for _ in range(2))
        return "It achieves the following results on the evaluation set:\n" + bullets
    if kind == "hyper":
        items = "\n".join(
            f"- {draw(st.sampled_from(['num_epochs', 'train_batch_size', 'training_steps', 'gradient_accumulation_steps']))}: "
            f"{draw(st.sampled_from(NUMBERS))}"
            for _ in range(3)
        )
        return "### Training hyperparameters\n\n" + items
    if kind == "break":
        return draw(st.sampled_from(LINE_BREAKS)) * draw(st.integers(1, 3))
    if kind == "indent":
        return "    " + inline
    return inline


YAML_LINES = st.sampled_from(
    [
        "license: MIT", "license: [mit, 1, null]", "license: {a: b}", "license:", "license: other",
        "license_name: 1", "license_link: [x]", "licence: mit", "Licence: apache-2.0", "language: 123",
        "language: [en, zh-CN, ~, English, 1]", "language: {a: 1}", "tags: 1.5", "tags: [[a]]", "datasets: a,b",
        "datasets: [./data, null, 'x y']", "base_model: ./ckpt", "base_model: [1, None]", "base_model_relation: x",
        "pipeline_tag: conversational", "pipeline_tag: [1]", "library_name: [1]", "model-index: 5", "model-index:",
        "model-index:\n- name: x\n  results:\n  - task: {type: 1}\n    dataset: {name: d, type: t, args: a}\n"
        "    metrics:\n    - {type: accuracy, value: 1e309}\n    - {type: [a], value: {b: c}}\n    - {name: f1, value: '1 +/- 2'}",
        "model-index:\n- name: [a]\n  results: {}", "model-index:\n- results:\n  - metrics: 5", "model-index: [1, [2], null]",
        "a: &x [1, 2]\nb: *x", "widget: 1", "extra_gated_fields: [1]", "co2_eq_emissions: {emissions: nan}",
        "? [complex, key]\n: value", "key: !!binary aGVsbG8=", "key: !!float nan", "key: !custom tag",
        "x: " + "[" * 60 + "]" * 60, "x: " + "{a: " * 30 + "1" + "}" * 30, "k: |\n  block\n  text", "k: >\n  MIT",
        "  bad: indent", "\tkey: tab", "- a list item", "just text", "'unclosed",
        "# modelcard-lint-disable-next-line MC112", "license: MIT  # modelcard-lint-disable-line invalid-license",
        "...", "--- ", "x: y: z", "1: 2", "null: ~", "true: false", "[a]: b", "{}: 1", "x: \"\x0b\x1c\"",
    ]
)
# libyaml also breaks lines at U+2028, U+2029 and U+0085, which the card's line index does not; node
# positions are worked out from the character index then, so the front matter may hold them too
YAML_BREAKS = ("\u2028", "\u2029", "\x85")


@st.composite
def cards(draw: st.DrawFn) -> str:
    head = ""
    fence = draw(st.sampled_from(["---", "---", "----", "--- ", "", "\ufeff---", "\n---"]))
    if fence:
        newline = draw(st.sampled_from(["\n", "\r\n"]))
        yaml = newline.join([fence, *draw(st.lists(YAML_LINES, max_size=6))])
        closing = draw(st.sampled_from(["---", "---", "...", "", "--- x"]))
        head = yaml + newline + closing + newline
    blocks = draw(st.lists(block(), max_size=10))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\u2028\n"]))
    return head + sep.join(blocks) + draw(st.sampled_from(["", "\n", "\r\n", "\u2029"]))


def check(text: str) -> None:
    diags = lint(text)
    crashed = [d.message for d in diags if d.code == "MC901"]
    assert not crashed, crashed
    n = len(Card.from_text(text).lines)
    for d in diags:
        s = d.span
        where = f"{d.code} {s} ({n} lines): {d.message}"
        assert 1 <= s.line <= n and 1 <= s.end_line <= n, where
        assert s.column >= 1 and s.end_column >= 1, where
        assert (s.line, s.column) <= (s.end_line, s.end_column), where


@BUDGET
@given(cards())
def test_random_cards_lint_cleanly(text: str) -> None:
    check(text)


@BUDGET
@given(st.lists(st.one_of(block(), INLINE, st.sampled_from(LINE_BREAKS)), max_size=25).map("".join))
def test_fragments_without_line_structure_lint_cleanly(text: str) -> None:
    check(text)
