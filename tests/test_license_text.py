"""The license a card's text gives, and what missing-license (MC114) says of it."""

from __future__ import annotations

import pytest

from modelcard_lint.card import Card
from modelcard_lint.facts.licensetext import text_license
from tests.harness import lint


def card(body: str) -> Card:
    return Card.from_text(f"---\nlanguage: en\n---\n\n# my-model\n\n{body}\n")


@pytest.mark.parametrize(
    ("body", "words", "hub_id"),
    [
        ("## License\n\nApache License, Version 2.0", "Apache License, Version 2.0", "apache-2.0"),
        ("## License\n\nThis model is under CC BY-SA 4.0.", "CC BY-SA 4.0", "cc-by-sa-4.0"),
        ("## Licence\n\n[MIT License](LICENSE)", "MIT", "mit"),
        ("## License\n\nCreative Commons Attribution-NonCommercial 4.0 International",
         "Creative Commons Attribution-NonCommercial 4.0", "cc-by-nc-4.0"),
        ("The weights are released under the Llama 2 Community License Agreement.", "Llama 2", "llama2"),
        ("- **License:** Apache License 2.0", "Apache License 2.0", "apache-2.0"),
        # a family's name gives way to the license it goes on to name (not "cc", Creative Commons at large)
        ("- **License:** Creative Commons license ([CC BY-SA-4.0](https://creativecommons.org/licenses/by-sa/4.0/))",
         "CC BY-SA-4.0", "cc-by-sa-4.0"),
        ("- **License:** Creative Commons license", "Creative Commons", "cc"),
        ("The weights are licensed CC BY 4.0, the code MIT. Read the license before use.", None, None),
        # a linked name with a version's dot, whole; the code's license is not the model's
        ("The model is released under the [Apache-2.0](https://x.org/LICENSE) License.", "Apache-2.0", "apache-2.0"),
        ("* The code in this repo is released under the [Apache-2.0](https://x.org/LICENSE) License.", None, None),
        # a table's row, as spaCy's cards give it; not a column of licenses
        ("| Feature | Description |\n| --- | --- |\n| **License** | `GPL` |", "GPL", "gpl"),
        ("| Model | License |\n| --- | --- |\n| a | MIT |", None, None),
        # a Creative Commons license named without "Creative Commons", after a stray letter before its link (Asteroid's
        # cards: "is licensed under A[Attribution-ShareAlike 3.0 Unported](https://creativecommons.org/...)")
        ('"M" is licensed under A[Attribution-ShareAlike 3.0 Unported](https://creativecommons.org/licenses/by-sa/3.0/)'
         " by J. C.", "Attribution-ShareAlike 3.0", "cc-by-sa-3.0"),
    ],
)
def test_the_license_the_text_names(body: str, words: str | None, hub_id: str | None) -> None:
    found = text_license(card(body))
    if words is None:  # a sentence names a license only after "under" or a label
        assert found is None
        return
    assert found is not None
    assert (found.words, found.hub_id) == (words, hub_id)


@pytest.mark.parametrize(
    "body",
    [
        "- **License:** [More Information Needed]",  # the template's blank
        "- **License:** [Specify License, e.g., Apache-2.0 or MIT]",  # (a blank that gives examples)
        "## License\n\n[More Information Needed]",
        "Released under pressure from the community.",  # "under" and no license
        "Please read the license of the base model.",
    ],
)
def test_no_license_in_the_text(body: str) -> None:
    assert text_license(card(body)) is None


def test_a_license_section_that_names_none_of_the_hubs() -> None:
    found = text_license(card("## 使用协议 (License Agreement)\n\n商业使用请查看[LICENSE](LICENSE)。"))
    assert found is not None and found.heading and found.hub_id is None


def test_missing_license_says_what_the_text_gives_and_the_id_to_add() -> None:
    diags = [d for d in lint(card("## License\n\nCC BY-SA 4.0").text) if d.code == "MC114"]
    assert len(diags) == 1
    assert diags[0].span.line == 9  # where the text gives it
    assert diags[0].message.startswith('the text gives the license as "CC BY-SA 4.0", but the metadata has no')
    assert diags[0].help == "add `license: cc-by-sa-4.0` to the metadata"
    section = [d for d in lint(card("## License\n\nSee [LICENSE](LICENSE).").text) if d.code == "MC114"]
    assert section[0].span.line == 2
    assert "though the card has a license section (line 9)" in section[0].message
    plain = [d for d in lint(card("A sentiment classifier.").text) if d.code == "MC114"]
    assert plain[0].message.startswith("the metadata has no `license`, so the Hub shows no license")


def test_the_license_the_text_gives_is_added_with_unsafe_fixes(tmp_path) -> None:
    from click.testing import CliRunner

    from modelcard_lint.app.cli import main

    path = tmp_path / "README.md"
    path.write_text("---\nlanguage: en\n---\n\n# my-model\n\n## License\n\nCC BY-SA 4.0\n", encoding="utf-8")
    runner = CliRunner()
    runner.invoke(main, ["--isolated", "--select", "MC114", "--fix", str(path)])
    assert "license:" not in path.read_text(encoding="utf-8")  # not a safe fix: --fix leaves it
    result = runner.invoke(main, ["--isolated", "--select", "MC114", "--fix", "--unsafe-fixes", str(path)])
    assert path.read_text(encoding="utf-8").startswith("---\nlanguage: en\nlicense: cc-by-sa-4.0\n---\n")
    assert result.exit_code == 0


@pytest.mark.parametrize("heading", ["Dataset license", "Base model license", "Code license"])
def test_a_section_on_another_things_license_is_not_the_models(heading: str) -> None:
    assert text_license(card(f"## {heading}\n\nCC BY 4.0")) is None


def test_a_sentence_that_grants_no_license_is_said_so() -> None:
    text = "A decision model.\n\n**No standalone open-weights license is granted for this model.** Ask first."
    [found] = [d for d in lint(card(text).text) if d.code == "MC114"]
    assert found.message.startswith('the text says "No standalone open-weights license is granted" (line 9), but')
    assert "`license: other` with `license_name: proprietary`" in (found.help or "")
    granted = [d for d in lint(card("A decision model. No fee is asked; the license is granted to all.").text)
               if d.code == "MC114"]
    assert granted[0].message.startswith("the metadata has no `license`, so the Hub shows no license")


def test_a_license_section_read_through_its_list_and_sub_sections() -> None:
    # the section's own text is empty, the terms are a list under a sub-section, and the first item is the code's
    body = ("## License\n\n#### Model License\n"
            "* The code in this repo is released under the [Apache-2.0](https://x.org/LICENSE) License.\n"
            "* The usage of the weights must strictly follow the [Model License](https://x.org/MODEL_LICENSE).\n")
    found = text_license(card(body))
    assert found is not None and found.heading and found.hub_id is None
    assert found.line == 11 and found.words.startswith("The usage of the weights")
    # (whatever the verb: "released according to")
    body2 = body.replace("released under the", "released according to")
    assert text_license(card(body2)).words.startswith("The usage of the weights")
    # a list that names one of the Hub's licenses gives its id
    found = text_license(card("## License\n\n- Apache License 2.0 for the weights\n"))
    assert found is not None and found.hub_id == "apache-2.0"


def test_a_bold_label_without_its_colon_and_a_chinese_agreement_section() -> None:
    # a label that names none of the Hub's licenses is still what the text says of the license
    found = text_license(card("**License** A custom commercial license is available at: https://x.org/terms"))
    assert found is not None and found.hub_id is None and found.words.startswith("A custom commercial license")
    assert text_license(card("- **License:** [More Information Needed]")) is None
    # "## 协议" (agreement) is a license section; its sentence gives the code's license, then the weights': no id
    found = text_license(card("## 协议\n\n本仓库的代码依照 [Apache-2.0](LICENSE) 协议开源，模型的权重的使用则需要遵循 "
                              "[Model License](MODEL_LICENSE)。"))
    assert found is not None and found.heading and found.hub_id is None
    # a protocol is not a license
    assert text_license(card("## 通信协议\n\nThe server speaks HTTP; see the license of each client.")) is None


def test_a_license_label_under_another_models_heading_is_not_the_models() -> None:
    body = ("### Base models\n* [Big-7B-Base](https://huggingface.co/x/big-7b-base): pre-trained.\n"
            "  * License: Apache-2.0\n\n### This model\nReleased for research purpose only.\n")
    assert text_license(card(body)) is None
    assert text_license(card("### Model\n* License: Apache-2.0\n")).hub_id == "apache-2.0"


def test_a_chinese_item_on_the_codes_license_is_passed_over() -> None:
    body = ("## 许可证 License\n\n- 本仓库中代码依照 [Apache-2.0 协议](https://x.org/LICENSE)开源。\n"
            "- 模型权重的使用则需要遵循 [模型协议](https://x.org/MODEL_LICENSE)。\n")
    found = text_license(card(body))
    assert found is not None and found.hub_id is None and found.heading


def test_a_gated_access_prompt_with_the_terms_is_said_so() -> None:
    text = ('---\nlanguage: en\nextra_gated_prompt: "LLAMA 3.2 COMMUNITY LICENSE AGREEMENT ..."\n---\n\n# m\n\nA model.\n')
    (d,) = [d for d in lint(text) if d.code == "MC114"]
    assert "access prompt" in d.message and "cannot tell" not in d.message
