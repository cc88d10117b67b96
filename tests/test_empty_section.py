"""empty-section (MC202): what its help says depends on the heading that follows the empty one; a card that is
its title alone is one missing-section (MC201) finding, not one of each rule per topic."""

from __future__ import annotations

import pytest

from modelcard_lint.api import lint_text

CARD = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n{}\n"


def _helps(body: str) -> list[str]:
    return [d.help for d in lint_text(CARD.format(body)) if d.code == "MC202"]


def test_a_heading_over_one_of_the_same_level_may_be_their_parent() -> None:
    helps = _helps("#### How to use\n\n#### Install\n\npip install x\n\n#### Generate\n\nRun it.")
    assert len(helps) == 1
    assert '"Install" and the headings after it belong under it' in helps[0]
    assert "level 5" in helps[0]


@pytest.mark.parametrize(("empty", "nxt"), [
    # (gh880) sections of their own side by side: a template's, a topic's, a common one's
    ("### Training results", "### Framework versions"),
    ("## Training data", "## Training procedure"),
    ("## Usage", "## Results"),
    ("## Citation", "## Acknowledgements"),
])
def test_two_sections_of_their_own_side_by_side_are_no_parent_and_child(empty: str, nxt: str) -> None:
    assert _helps(f"{empty}\n\n{nxt}\n\nSome text.") == [
        "write the section, or delete the heading if the card does not need it"]


def test_a_heading_over_a_higher_one_is_only_to_write_or_delete() -> None:
    helps = _helps("### Notes\n\n## Training data\n\nSQuAD.")
    assert helps == ["write the section, or delete the heading if the card does not need it"]


def test_a_section_holding_only_an_empty_code_block_is_empty() -> None:
    found = [d for d in lint_text(CARD.format("## Citation\n\n```bibtex\n```\n\n## Usage\n\n```\nx\n```"))
             if d.code == "MC202"]
    assert [d.span.line for d in found] == [9]
    assert "its code block is empty" in found[0].message


def test_a_heading_that_is_a_link_is_its_own_content() -> None:
    assert _helps("## [Colab Demo](https://colab.research.google.com/x)\n\n## Usage\n\nRun it.") == []


def test_a_card_that_is_its_title_alone_is_one_missing_section_finding() -> None:
    found = lint_text("---\nlicense: mit\n---\n\n# rick-bot-v2\n\n<!-- to do -->\n")
    sections = [d for d in found if d.code == "MC201"]
    assert [d.code for d in found if d.code in ("MC201", "MC202")] == ["MC201"]
    assert sections[0].span.line == 5
    assert sections[0].message.startswith('the card is its title "rick-bot-v2" and nothing else: it has no section on '
                                          "what the model is, intended uses, limitations and risks, training data "
                                          "or evaluation")
    assert sections[0].data["topics"] == ["description", "intended-uses", "limitations", "training-data", "evaluation"]
    assert '"Model description", "Intended uses", "Limitations", "Training data", "Evaluation"' in sections[0].help


def test_a_title_of_words_that_names_the_models_kind_says_what_it_is() -> None:
    (section,) = [d for d in lint_text("---\nlicense: mit\n---\n\n# Rick DialoGPT Model\n") if d.code == "MC201"]
    assert section.data["topics"] == ["intended-uses", "limitations", "training-data", "evaluation"]
    (section,) = [d for d in lint_text("---\nlicense: mit\n---\n\n# Model Card for rick\n") if d.code == "MC201"]
    assert section.data["topics"][0] == "description"


def test_a_title_that_states_its_data_and_use_still_covers_them() -> None:
    found = lint_text("---\nlicense: mit\n---\n\n# albert-squad2 fine-tuned on SQuAD 2.0 for question answering\n")
    (section,) = [d for d in found if d.code == "MC201"]
    assert section.data["topics"] == ["limitations", "evaluation"]


def test_a_card_with_a_paragraph_gets_a_finding_per_topic() -> None:
    found = lint_text("---\nlicense: mit\n---\n\n# m\n\nHello.\n\n## Training data\n\nSQuAD 2.0.\n")
    assert [d.data["topic"] for d in found if d.code == "MC201"] == [
        "description", "intended-uses", "limitations", "evaluation"]
    assert all("topics" not in d.data for d in found if d.code == "MC201")
    # a paragraph that covers none of the topics: one finding, which lists them all
    (section,) = [d for d in lint_text("---\nlicense: mit\n---\n\n# m\n\nHello.\n") if d.code == "MC201"]
    assert section.data["topics"] == ["description", "intended-uses", "limitations", "training-data", "evaluation"]
    assert "has none of the sections" in section.message


@pytest.mark.parametrize(
    "title,covered",
    [
        ("RoBERTa-large language model fine-tuned on SQuAD2.0", True),
        ("Named Entity Recognition Model for Telugu", True),
        ("Model Trained Using AutoTrain", True),
        ("Model in Action", False),  # a heading over a demo, of three words
        ("How to build a dummy model", False),
        ("Model Card for roberta-ner", False),
        ("xlm-roberta-large-finetuned-conll03-german", False),  # a repository's name
    ],
)
def test_a_title_that_names_the_models_kind_says_what_it_is(title: str, covered: bool) -> None:
    found = lint_text(f"---\nlicense: mit\n---\n\n# {title}\n\nHello.\n")
    assert ("description" not in [d.data["topic"] for d in found if d.code == "MC201"]) is covered


@pytest.mark.parametrize(
    "subtitle,covered",
    [
        ("Trained with ELECTRA base size settings", True),  # (gh744 monsoon-nlp/hindi-tpu-electra)
        ("Training procedure", False),  # a topic's own heading, which covers its own topic only
        ("How to use", False),
    ],
)
def test_a_short_title_of_its_kind_over_a_subtitle_says_what_it_is(subtitle: str, covered: bool) -> None:
    found = lint_text(f"---\nlicense: mit\n---\n\n# Hindi language model\n## {subtitle}\n\n[Colab](https://x.y/z)\n")
    assert ("description" not in [t for d in found if d.code == "MC201"
                                  for t in (d.data.get("topics") or [d.data.get("topic")])]) is covered


@pytest.mark.parametrize(
    "opening,covered",
    [
        # (gh788 m3hrdadfi/wav2vec2-large-xlsr-persian-v3: the XLSR template's sentence under "## Usage")
        ("Fine-tuned [facebook/wav2vec2-large-xlsr-53](https://huggingface.co/facebook/wav2vec2-large-xlsr-53) in "
         "Persian (Farsi) using [Common Voice](https://huggingface.co/datasets/common_voice).", True),
        ("Install the package with pip first, then load the model.", False),
    ],
)
def test_a_generator_sentence_opening_the_first_section_says_what_the_model_is(opening: str, covered: bool) -> None:
    found = lint_text(f"---\nlicense: mit\n---\n\n# Wav2Vec2-Large-XLSR-53-Persian V3\n\n## Usage\n{opening}\n")
    assert ("description" not in [t for d in found if d.code == "MC201"
                                  for t in (d.data.get("topics") or [d.data.get("topic")])]) is covered


def test_a_subtitle_that_goes_on_from_the_title_is_not_an_empty_section() -> None:
    def found(text: str) -> list[str]:
        return [d.message for d in lint_text(text) if d.code == "MC202"]

    head = "---\nlicense: mit\n---\n\n# ALBERT-Persian\n\n"
    body = "## Introduction\n\nTrained on Persian Wikipedia.\n"
    assert found(head + "## ALBERT-Persian: A Lite BERT for the Persian Language\n\n" + body) == []
    # a heading that does not repeat the title is a section of its own, empty
    assert len(found(head + "## Model description\n\n" + body)) == 1


def test_a_line_of_text_set_as_a_heading_is_no_empty_section() -> None:
    text = ("---\nlicense: mit\n---\n\n# m\n\nA model.\n\n"
            "## This is a joint project continuing our research on speech recognition for African languages\n")
    assert [d for d in lint_text(text) if d.code == "MC202"] == []
    short = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n## Training procedure\n"
    assert len([d for d in lint_text(short) if d.code == "MC202"]) == 1


def test_a_heading_without_its_space_as_the_only_line_is_the_title() -> None:
    found = [d for d in lint_text("---\ntags:\n- conversational\n---\n#Rick DialoGPT model\n") if d.code == "MC201"]
    assert len(found) == 1
    assert found[0].message.startswith('the card is its title "Rick DialoGPT model" and nothing else: it has no '
                                       "section on intended uses,")  # (the title says what the model is)
    # a paragraph that starts with "#" among others is no title
    found = [d for d in lint_text("---\nlicense: mit\n---\n#1 model of the week\n\nIt is good.\n") if d.code == "MC201"]
    assert len(found) > 1


def test_the_name_of_a_part_opened_by_a_rule_is_not_an_empty_section() -> None:
    # "----" across the page, then the part's name over its sections written at the same level
    assert _helps("### Lora\n\nText.\n\n----\n### Textual inversion embeddings\n\n### Characters\n\nText.") == []
    # without the rule, the heading over a same-level one is still empty
    assert len(_helps("### Lora\n\nText.\n\n### Textual inversion embeddings\n\n### Characters\n\nText.")) == 1
    # a break that underlines a paragraph is a heading of its own (setext), not a rule
    setext = CARD.format("### Lora\n\nText.\n----\n### Textual inversion embeddings\n\n### Characters\n\nText.")
    assert any("Textual inversion" in d.message for d in lint_text(setext) if d.code == "MC202")


def test_a_part_named_by_the_next_sections_words_or_a_heading_that_holds_its_value_is_not_empty() -> None:
    # "## Donate & Support" over "## Why Support Us?": the next section continues the part it names
    assert _helps("## Donate & Support\n\n## Why Support Us?\n\nText.\n\n## License\n\nMIT.") == []
    # but two sections of the template share "Training": the first is still empty
    assert len(_helps("## Training data\n\n## Training procedure\n\nText.")) == 1
    # "### Expected WER: 4.74%": a label and its value set as a heading
    assert _helps("### Expected WER: 4.74%\n### Expected CER: 1.78%\n\n## Usage\n\nRun it.") == []


def test_a_prompt_set_as_a_heading_over_its_images_is_not_empty() -> None:
    assert _helps("### prompt: 一只带着帽子的小狗\n\n### Ours\n\n![](ours.png)") == []
    assert len(_helps("### Prompts\n\n### Ours\n\n![](ours.png)")) == 1


def test_a_shouted_line_set_as_a_heading_is_no_empty_section() -> None:
    assert _helps("## GOOGLE COLAB IS A SCAM DO NOT USE THE PAID VERSION\n## Usage\n\nRun it.") == []
    assert len(_helps("## TRAINING DATA\n## Usage\n\nRun it.")) == 1


@pytest.mark.parametrize(("heading", "empty"), [
    ("#### 注意，请使用BertTokenizer加载中文词表", False),  # (gh786 WENGSYX/Deberta-Chinese-Large, the card's last line)
    ("### Note: load the tokenizer with BertTokenizer", False),
    ("### **Warning:** outputs may be offensive", False),
    ("### Note", True),  # (a note's heading alone, nothing said)
    ("### Notes:", True),
])
def test_a_note_set_as_a_heading_is_no_empty_section(heading: str, empty: bool) -> None:
    assert len(_helps(f"## Usage\n\nRun it.\n\n{heading}\n")) == empty


def test_a_heading_that_ends_as_a_chinese_exclamation_is_a_line_of_text() -> None:
    assert _helps("### !!!mistoLine_rank256.safetensors 表现更加出色！！\n### Usage\n\nRun it.") == []


def test_a_label_with_a_counted_value_set_as_a_heading_is_not_empty() -> None:
    assert _helps("#### Total Character Model: 62 Models\n\n## Warning\n\nUse wisely.") == []
    assert len(_helps("#### Total Character Models\n\n## Warning\n\nUse wisely.")) == 1
    # (a count and a few words of what it counts, or a product of counts: facts written as headings)
    assert _helps("##### Training data: 100 million parallel pairs\n##### Training equipment: 4 * 3090\n"
                  "## Usage\n\nRun it.") == []
    assert len(_helps("##### Step 1: Install the package\n## Usage\n\nRun it.")) == 1


def test_a_part_whose_next_sections_continue_its_name_is_not_empty() -> None:
    # the part's sections written at its level, each continuing its name ("Use"), template words too
    run = "## Model Use\n\n## Intended Use\n\nResearch.\n\n## Primary Intended Uses\n\nProbing.\n\n## Data\n\nCOCO."
    assert _helps(run) == []
    # one such section is not a run: an empty template section over its sibling is still reported
    assert len(_helps("## Training data\n\n## Training procedure\n\nAdam.\n\n## Usage\n\nRun it.")) == 1


def test_a_line_of_chinese_text_set_as_a_heading_is_not_empty() -> None:
    # two CJK characters count as a word: a news line is a sentence, a section's name is not
    assert _helps("# 新消息：DPO 版本在~13B排名第1 Open LLM 排行榜上同尺寸的所有模型中评分最高\n\n# Usage\n\nRun it.") == []
    assert len(_helps("## 训练数据\n\n## Usage\n\nRun it.")) == 1


def test_a_subtitle_that_names_the_model_beside_the_titles_words_is_not_empty() -> None:
    card = ("---\nlicense: mit\n---\n\n# Sentiment Analysis in Vietnamese - Phân tích cảm xúc trong tiếng Việt\n"
            "## Phở Bert phân tích cảm xúc\n\n## Model description\n\nA classifier.\n")
    assert [d for d in lint_text(card) if d.code == "MC202"] == []


def test_text_made_a_heading_by_a_rule_under_it_is_the_sections_content() -> None:
    # "## Recommended VAE" over its value and a "---" meant as a rule: Markdown shows the value as a heading
    card = ("---\nlicense: mit\n---\n\n# m\n\nA model.\n\n## Recommended VAE\nvae-ft-mse-840000-ema-pruned\n<br/>\n<br/>\n"
            "---\n# Next\n\nText.\n")
    assert [d for d in lint_text(card) if d.code == "MC202"] == []
    # a heading written with an underline, over nothing, is still an empty section
    assert len(_helps("Training data\n-------------\n\n## Usage\n\nRun it.")) == 1


def test_a_version_requirement_set_as_a_heading_is_not_empty() -> None:
    assert _helps('## "transformers_version" >= "4.43.1"\n\n## Usage\n\nRun it.') == []


def test_a_results_heading_over_sections_of_tables_and_a_credit_line_are_not_empty() -> None:
    tables = "## 测评结果\n\n## [C-Eval](https://x.y)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## MMLU\n\n| a |\n|---|\n| 1 |"
    assert _helps(tables) == []
    assert len(_helps(tables.replace("| a |\n|---|\n| 1 |", "Soon."))) == 1
    assert _helps("### Published on HF.co with the OpenSkyML team\n\n## Usage\n\nRun it.") == []
    assert len(_helps("### Developed by\n\n## Usage\n\nRun it.")) == 1


def test_a_sentence_or_a_metadata_line_over_a_rule_is_no_heading_of_its_own() -> None:
    sentence = "## Evaluation Results\nFor an automated evaluation of this model, see the [benchmark](https://x.y).\n------"
    assert _helps(sentence + "\n## Background\n\nText.") == []
    assert _helps("## Notes\n\nText.\n\nlicense: creativeml-openrail-m\n---") == []
    assert len(_helps("## Evaluation Results\nSoon\n------\n## Background\n\nText.")) == 2


def test_a_label_over_a_line_of_text_set_as_a_heading_is_not_empty() -> None:
    text = ("## Update 03/SEP/2024:\n\n## Looking for a Text Encoder for Flux.1 (or SD3, SDXL, SD) to replace CLIP-L?\n\n"
            "Try this one.")
    assert _helps(text) == []
    assert len(_helps(text.replace("2024:", "2024"))) == 1  # (no colon: a heading of its own, empty)
    assert len(_helps("## Training:\n\n## Results\n\nGood.")) == 1  # (the next heading is a section's name)


def test_a_sign_off_heading_at_the_cards_end_is_not_empty() -> None:
    assert _helps("## Usage\n\nRun it.\n\n## 𝓽𝓱𝓪𝓷𝓴 𝔂𝓸𝓾 𝓪𝓲𝓴𝓲𝓶𝓲 𝓫𝓲𝓰 𝓵𝓸𝓿𝓮") == []
    assert _helps("## Usage\n\nRun it.\n\n## Have fun!") == []
    # (a heading after it: a section of its own, left empty)
    assert len(_helps("## Thanks\n\n## Usage\n\nRun it.")) == 1
    assert len(_helps("## Usage\n\nRun it.\n\n## Limitations")) == 1


def test_a_heading_over_a_sentence_set_as_a_heading_is_not_empty() -> None:
    text = "## Model Description\n\n## This is the GGUF version of the model, made for llama.cpp.\n\nIt runs fast."
    assert _helps(text) == []
    assert len(_helps(text.replace("made for llama.cpp.", "made for llama.cpp"))) == 1


def test_a_gallery_heading_over_its_pictures_named_by_higher_headings_is_not_empty() -> None:
    gallery = ("## Video Demos\n# Batman\n![Batman](https://x.y/batman.gif)\n# Lara Croft\n"
               "![Lara Croft](https://x.y/lara.gif)")
    assert _helps(gallery) == []
    # (a section's name over a higher heading, or a gallery over text: empty)
    assert len(_helps(gallery.replace("Video Demos", "Limitations"))) == 1
    assert len(_helps("## Samples\n# Training data\nSQuAD.")) == 1


def test_a_heading_over_a_quoted_original_readme_is_not_empty() -> None:
    text = "## Notes\n\nQuantized to FP8.\n\n# Original model README.md file:\n\n# Model Card for X\n\nA model."
    assert _helps(text) == []


def test_a_line_over_one_dash_is_no_section_of_its_own() -> None:
    # (a setext heading by accident: one dash under a line, a list item left empty)
    assert _helps("## Notes\n\nText.\n\nThere will be an upcoming study and publication\n-") == []
    assert len(_helps("## Notes\n\nText.\n\nUpcoming study\n---")) == 1


def test_an_empty_heading_under_an_html_title_is_not_the_cards_title() -> None:
    text = '---\nlicense: mit\n---\n\n<h1 align="center">Baka-Diffusion</h1>\n\nA merge.\n\n# \n\n## Samples\n\nImages.\n'
    [d] = [d for d in lint_text(text) if d.code == "MC204"]
    assert "level-1 heading has no text" in d.message and "title" not in d.message
    [d] = [d for d in lint_text(text.replace('<h1 align="center">Baka-Diffusion</h1>\n\n', "")) if d.code == "MC204"]
    assert "the card's title is empty" in d.message


@pytest.mark.parametrize(
    ("below", "reported"),
    [
        # a heading of the same level that opens with a preposition goes on from the one above: its sub-section
        ("## In Transformers", False),
        ("## With the pipeline", False),
        ("## Using ONNX Runtime", False),
        # another section: the one above is empty
        ("## Framework versions", True),
        ("## Install", True),
    ],
)
def test_a_heading_straight_over_one_that_goes_on_from_it(below: str, reported: bool) -> None:
    assert bool(_helps(f"## Usage\n{below}\n\n```python\nprint(1)\n```")) is reported


@pytest.mark.parametrize(
    ("comment", "codes"),
    [
        # (a template's instruction: placeholder-text reports it and says the section is unfilled, once)
        ("<!--- Describe where people can find more information -->", ["MC301"]),
        # (the author's own comment: the section is empty, and only that is reported)
        ("<!-- the BibTeX entry comes after the review -->", ["MC202"]),
    ],
)
def test_a_section_holding_only_a_comment_is_reported_once(comment: str, codes: list[str]) -> None:
    found = lint_text(CARD.format(f"## Citing & Authors\n\n{comment}\n"))
    assert sorted(d.code for d in found if d.code in ("MC202", "MC301")) == codes


def test_a_usage_heading_over_its_steps_written_at_its_level() -> None:
    # (two sections of code at its level are its steps; one may be a section of its own, reported as above)
    steps = "#### How to use\n\n#### Install\n\n```\npip install x\n```\n\n#### Generate\n\n```python\nrun()\n```"
    assert _helps(steps) == []
    assert len(_helps(steps.replace("```python\nrun()\n```", "Run it."))) == 1


def test_a_comment_of_code_pasted_without_its_fence_is_no_section() -> None:
    code = "tokenizer.decode(encoded['input_ids'])\n# <s>Strucnjaci te bolnice</s>\n"
    assert _helps(code) == []
    assert len(_helps("Some words of prose.\n# Results\n")) == 1


def test_a_section_over_a_marker_set_as_a_heading() -> None:
    # ("## Training" straight over "## TODO" and the text: the marker, reported by placeholder-text, holds it)
    assert _helps("## Training\n## TODO\nThe Common Voice train split was used for training.") == []


def test_a_label_and_its_number_set_as_a_heading_is_not_empty() -> None:
    text = ("---\nlicense: mit\n---\n\n# m\n\nA model.\n\n##### Learning Rate: **1e-4**\n##### Epochs: **1**\n"
            "##### Step 1: Install\n\n## Usage\n\nRun it.\n")
    assert [d.span.line for d in lint_text(text, plugins=False) if d.code == "MC202"] == [11]


def test_a_title_in_two_languages_over_the_cards_own_title_is_no_empty_section() -> None:
    # an English title, its Arabic translation on the next line, then the Trainer's title: neither line of the pair is
    # a section left empty
    text = ("---\nlicense: mit\n---\n\n# Kalemat-Tech Arabic Speech Recognition Model (STT)\n"
            "# نموذج كلماتك للتعرف على الأصوات العربية الفصحى\n\n# kalematech-whisper-small\n\nA fine-tune.\n")
    assert [d for d in lint_text(text) if d.code == "MC202"] == []
    # (two headings in one script, the second empty before another of its level, still are)
    text = text.replace("نموذج كلماتك للتعرف على الأصوات العربية الفصحى", "Arabic speech recognition")
    assert [d.span.line for d in lint_text(text) if d.code == "MC202"] == [6]
