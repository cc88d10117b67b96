"""placeholder-text (MC301): what its messages call the Hub template's default sentences."""

from __future__ import annotations

from modelcard_lint.api import lint_text

CARD = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n### Recommendations\n\n{}\n"


def _messages(text: str) -> list[str]:
    return [d.message for d in lint_text(CARD.format(text)) if d.code == "MC301"]


def test_the_templates_recommendations_sentence_is_named_as_such() -> None:
    [message] = _messages("Users should be made aware of the risks. More information needed for further recommendations.")
    assert message.startswith("the Hub template's default sentence \"More information needed for further recommendations\"")


def test_the_recommendations_sentence_beside_the_cards_own_is_a_leftover_not_a_missing_section() -> None:
    template = ("Users (both direct and downstream) should be made aware of the risks, biases and limitations of the "
                "model. More information needed for further recommendations.")
    [message] = _messages(template)
    assert message.endswith("the card's recommendations were never written")
    [message] = _messages(template.replace("biases and ", "biases and\n"))  # (the template's sentence wrapped)
    assert message.endswith("the card's recommendations were never written")
    [message] = _messages("Deploy it behind the validation layer. Do not give it unchecked `sudo` access.\n" + template)
    assert "beside the recommendations the card gives" in message and "never written" not in message


def test_a_bare_placeholder_is_still_a_placeholder() -> None:
    [message] = _messages("More information needed")
    assert message.startswith('placeholder text "More information needed" was never replaced')


def test_the_generated_cards_note_is_credited_to_the_tool_it_names() -> None:
    note = ("<!-- This model card has been generated automatically according to the information {} had access "
            "to. You should probably proofread and complete it, then remove this comment. -->")
    for writer, name in (("the Trainer", "the Trainer's note"), ("the training script", "the training script's note"),
                         ("Keras", "the Keras callback's note")):
        [message] = _messages(note.format(writer))
        assert message.startswith(name), message


def test_an_unknown_dataset_is_credited_to_the_tool_whose_note_the_card_holds() -> None:
    note = ("<!-- This model card has been generated automatically according to the information {} had access "
            "to. You should probably proofread and complete it, then remove this comment. -->\n\nThis model is a "
            "fine-tuned version of x on an unknown dataset.")
    for writer, name in (("the Trainer", "the Trainer writes this"), ("Keras", "the Keras callback writes this")):
        [message] = [m for m in _messages(note.format(writer)) if "unknown dataset" in m]
        assert name in message, message


def test_a_templates_comment_over_a_written_section_says_only_the_comment_is_left() -> None:
    comment = "<!--- Describe how your model was evaluated -->"
    [written] = _messages(f"{comment}\n\nOn the STS benchmark the model reaches a Spearman correlation of 0.85.")
    assert "over a section that has text" in written and "may never have been written" not in written
    [bare] = _messages(comment)
    assert "may never have been written" in bare and "over a section that has text" not in bare
    # beside another placeholder the section is a draft, not written
    draft = _messages(f"{comment}\n\n- **Developed by:** [More Information Needed]")
    assert draft and not any("over a section that has text" in m for m in draft)
    # a section of comments only, the template's and the author's own text commented out, shows nothing (gh1002)
    [hidden] = _messages(f"{comment}\n\n<!-- ### Direct Use\n\nWe develop this repository for research. -->")
    assert "over a section that has text" not in hidden and "has nothing else in it" in hidden


def test_a_guidance_comment_under_a_heading_commented_out_with_it_is_no_leftover() -> None:
    from modelcard_lint.api import lint_text
    hidden = ("---\nlicense: mit\n---\n\n# m\n\nA model.\n\n<!-- ## Uses -->\n\n<!-- Address questions around how the "
              "model is intended to be used, including the foreseeable users of the model and those affected by the "
              "model. -->\n")
    assert [d for d in lint_text(hidden) if d.code == "MC301"] == []
    shown = hidden.replace("<!-- ## Uses -->", "## Uses")
    assert len([d for d in lint_text(shown) if d.code == "MC301"]) == 1


def test_a_placeholder_repeated_on_one_line_is_one_finding() -> None:
    text = ("---\nlicense: mit\n---\n\n# m\n\nA speech model.\n\n## Results\n\n| Split | WER | CER |\n|---|---|---|\n"
            "| TBD | TBD | TBD |\n| test | TBD | 0.1 |\n")
    found = [d for d in lint_text(text) if d.code == "MC301"]
    assert [(d.span.line, d.span.column, d.span.end_column) for d in found] == [(13, 3, 18), (14, 10, 13)]
    assert found[0].message.endswith("(3 times on this line)") and "times" not in found[1].message


def test_an_instruction_whose_value_is_written_below_it_is_a_leftover_not_an_empty_field() -> None:
    [done] = _messages("#### Release Date [Insert the expected release date below]:\n\n- Hugging Face [05/26/2026]")
    assert done.startswith("the template's instruction \"[Insert the expected release date below]\" is still here")
    assert "never filled" not in done
    # nothing below it, or only the next heading: the field is empty
    [empty] = _messages("#### Release Date [Insert the expected release date below]:\n\n#### Next")
    assert "never filled" in empty



def test_the_misspelled_unknown_dataset_of_older_trainers_is_a_placeholder_too() -> None:
    [message] = [m for m in _messages("This model is a fine-tuned version of x on an unkown dataset.")
                 if "dataset" in m]
    assert message.startswith('"an unkown dataset": the Trainer writes this')


def test_a_name_in_capitals_between_single_braces_is_a_template_variable_in_a_heading() -> None:
    text = "---\nlicense: mit\n---\n\n# {MODEL_NAME}\n\nThis is a model. Use `{MODEL_NAME}` and ${MODEL_PATH}.\n"
    found = [d for d in lint_text(text) if d.code == "MC301"]
    assert [(d.span.line, d.message) for d in found] == [(5, 'template variable "{MODEL_NAME}" was never filled in')]
    # (a name in lower case, or without an underscore, is set notation or prose: "{x}", "{MODEL}")
    assert not [d for d in lint_text(text.replace("{MODEL_NAME}", "{MODEL}")) if d.code == "MC301"]


def test_a_slot_in_code_is_left_only_when_it_names_the_model() -> None:
    # (the model's name is the author's to fill; a role, a key or a token is the reader's)
    code = ("---\nlicense: mit\n---\n\n# m\n\nA model.\n\n```python\nmodel = SentenceTransformer('{MODEL_NAME}')\n"
            "role = iam.get_role(RoleName='{IAM_ROLE_WITH_SAGEMAKER_PERMISSIONS}')\ntoken = '{HF_API_TOKEN}'\n```\n")
    found = [d.message for d in lint_text(code, plugins=False) if d.code == "MC301"]
    assert len(found) == 1 and "{MODEL_NAME}" in found[0]


def test_a_score_left_as_xs_is_a_placeholder_but_not_a_version() -> None:
    found = _messages("- Exact match: xx.xx%\n- F1-score: 91.2%")
    assert found == ['the score "xx.xx" was never filled in: the template\'s mark for a result is still where the '
                     "number belongs"]
    assert _messages("Tested with transformers 4.x.x and Python 3.x.") == []


def test_question_marks_where_a_value_or_a_link_belongs_are_a_placeholder() -> None:
    # (the XLSR template's leftovers, gh828: "can be found ???"; not a question asked with them)
    found = _messages("**Test Result**: ??? %\n\nThe script used for training can be found ???\n\nWhy??? Is it ???")
    assert found == ['"???" stands where a value or a link belongs: the template\'s mark was never replaced'] * 2


def test_a_template_variable_an_instruction_names_to_replace_is_not_left() -> None:
    # (the instruction itself is the leftover: its TODO is reported; "{wer_result_on_test}" is only named in it)
    text = ("---\nlicense: mit\n---\n\n# m\n\nA model.\n\n**Test Result**: 12.3 %  # TODO: write output of print here. "
            "Please remember to also replace {wer_result_on_test} at the top with this value.\n\nOn the {language} data.\n")
    found = [d.message for d in lint_text(text, plugins=False) if d.code == "MC301"]
    assert not any("wer_result_on_test" in m for m in found)
    assert any("{language}" in m for m in found) and any("TODO" in m for m in found)


def test_a_placeholder_name_the_example_code_loads_is_left() -> None:
    # (a template of cross-encoders: "CrossEncoder('model_name')" fails for whoever runs it; a variable does not, nor a
    # name the card explains as one of the ids it lists)
    code = ("---\nlicense: mit\n---\n\n# m\n\nA cross-encoder.\n\n```python\nmodel = CrossEncoder('model_name', "
            "max_length=512)\nother = AutoModel.from_pretrained(model_name)\n```\n")
    found = [d for d in lint_text(code, plugins=False) if d.code == "MC301"]
    assert [(d.span.line, d.span.column) for d in found] == [(10, 23)]
    assert found[0].message.startswith('the example code loads "model_name", a placeholder for the model\'s name')
    explained = code.replace("'model_name'", "'MODEL_NAME'") + "\n`MODEL_NAME` is one of: org/a, org/b.\n"
    assert not [d for d in lint_text(explained, plugins=False) if d.code == "MC301"]


def test_a_loader_as_the_data_says_the_card_names_none_only_when_it_describes_none() -> None:
    sentence = ("This model is a fine-tuned version of [google/vit-base-patch16-224-in21k](https://huggingface.co/"
                "google/vit-base-patch16-224-in21k) on the imagefolder dataset.")
    bare = "---\nlicense: mit\n---\n\n# m\n\n" + sentence + "\n\n## Training and evaluation data\n\nMore information needed\n"
    [message] = [d.message for d in lint_text(bare) if d.code == "MC301" and "imagefolder" in d.message]
    assert message.endswith("so the card does not say which data the model was trained on")
    described = bare.replace("More information needed", "Train: 1000 randomly selected images from artbench-10 per class.")
    [message] = [d.message for d in lint_text(described) if d.code == "MC301" and "imagefolder" in d.message]
    assert message.endswith("the generator's sentence names no data, though the card describes it elsewhere")
