"""Metadata rules (MC110-MC131): each case of the issue, with the exact line and column.

``found(card, code)`` lints a card and returns (line, column, message) for one
rule; the cards are small and written out so that positions can be read off.
"""

from __future__ import annotations

import pytest
from harness import lint


def found(text: str, code: str) -> list[tuple[int, int, str]]:
    return [(d.span.line, d.span.column, d.message) for d in lint(text) if d.code == code]


def where(text: str, code: str) -> list[tuple[int, int]]:
    return [(line, col) for line, col, _ in found(text, code)]


def card(*meta: str, body: str = "# my-model\n") -> str:
    return "---\n" + "\n".join(meta) + "\n---\n\n" + body


# -- license -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, suggestion",
    [("MIT", "mit"), ("Apache 2.0", "apache-2.0"), ("gpl-2.0-or-later", "gpl-2.0"), ("BSD-3", "bsd-3-clause"),
     ("cc by-nc-sa 4.0", "cc-by-nc-sa-4.0"), ("GPLv3", "gpl-3.0"), ("Llama 2", "llama2")],
)
def test_invalid_license_suggests_the_nearest_id(value: str, suggestion: str) -> None:
    [(line, col, message)] = found(card(f"license: {value}"), "MC112")
    assert (line, col) == (2, 10)
    assert f"did you mean `{suggestion}`?" in message and "license" in message and value in message


def test_a_list_of_licenses_is_checked_item_by_item() -> None:
    text = card("license:", "- mit", "- asdf", "- apache-2.0")
    assert where(text, "MC112") == [(4, 3)]


def test_license_without_a_suggestion_still_says_what_to_do() -> None:
    [(_, _, message)] = found(card("license: PUBLIC DOMAIN NOTICE"), "MC112")
    assert "did you mean" not in message and "Hub refuses a push" in message


def test_license_other_needs_name_and_link() -> None:
    assert where(card("license: other"), "MC113") == [(2, 10), (2, 10)]
    text = card("license: other", "license_name: My License", "license_link: LICENSE.md")
    [diag] = [d for d in lint(text) if d.code == "MC113"]
    assert (diag.span.line, diag.span.column) == (3, 15) and "lower case" in diag.message
    assert diag.help == "write `license_name: my-license`"
    assert found(card("license: other", "license_name: my-license-1.0", "license_link: LICENSE"), "MC113") == []


def test_license_other_says_what_a_link_to_the_terms_leaves_and_where_the_text_links_them() -> None:
    # with a link to the terms readers can read them: what is missing is the license's name, not which license it is
    [named] = [d for d in lint(card("license: other", "license_link: LICENSE")) if d.code == "MC113"]
    assert "beside the link to the terms" in named.message and "cannot tell which" not in named.message
    [alone, _] = [d for d in lint(card("license: other")) if d.code == "MC113"]
    assert "cannot tell which license applies" in alone.message
    # the text links the license file: that is the link to give
    body = "# my-model\n\nThe weights are released under the [Modified MIT License](LICENSE).\n"
    [linked] = [d for d in lint(card("license: other", "license_name: modified-mit", body=body)) if d.code == "MC113"]
    assert linked.help == "add `license_link: LICENSE`, the license file the text links (line 8)"
    body = "# my-model\n\nThe weights are released under the Modified MIT License.\n"
    [unlinked] = [d for d in lint(card("license: other", "license_name: modified-mit", body=body)) if d.code == "MC113"]
    assert unlinked.help == "add `license_link: LICENSE` and commit the license text in that file"


def test_license_other_gives_the_linked_page_of_the_license_named_over_another_license_linked_first() -> None:
    # NVIDIA's cards link the governing license's page, then the base model's license: the named one is the link
    body = ("# my-model\n\nSee the [Qwen Community License](https://huggingface.co/Qwen/X/blob/main/LICENSE).\n\n"
            "Governing Terms: the [NVIDIA Open Model License](https://www.nvidia.com/en-us/agreements/"
            "enterprise-software/nvidia-open-model-license/).\n")
    meta = ("license: other", "license_name: nvidia-open-model-license")
    [linked] = [d for d in lint(card(*meta, body=body)) if d.code == "MC113"]
    assert linked.help == ("add `license_link: https://www.nvidia.com/en-us/agreements/enterprise-software/"
                           "nvidia-open-model-license/`, the license page the text links (line 10)")
    # with no name to choose by, the first link
    [first] = [d for d in lint(card("license: other", "license_name: my-license", body=body)) if d.code == "MC113"]
    assert first.help == ("add `license_link: https://huggingface.co/Qwen/X/blob/main/LICENSE`, the license page "
                          "the text links (line 8)")


def test_no_license_is_a_warning_at_the_first_key() -> None:
    diags = [d for d in lint(card("language: en")) if d.code == "MC114"]
    assert [(d.span.line, d.span.column, d.severity.label) for d in diags] == [(2, 1, "warning")]


# -- language ------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, fix",
    [("zh-CN", "zh"), ("en_US", "en"), ("English", "en"), ("EN", "en"), ("jp", "ja"), ("c++", "code")],
)
def test_invalid_language_gives_the_code_to_use(value: str, fix: str) -> None:
    [(line, col, message)] = found(card("language:", f"- {value}"), "MC115")
    assert (line, col) == (3, 3)
    assert f"`{fix}`" in message and value in message and "Hub refuses a push of the card" in message


@pytest.mark.parametrize(
    ("value", "pair"),
    [("si-en", ("si", "en")), ("et-en", ("et", "en")), ("en-multilingual", ("en", "multilingual")),
     ("en-de", None), ("pt-br", None), ("zh-CN", None)],
)
def test_two_languages_joined_in_one_value_are_told_apart_from_a_region(value: str, pair: tuple | None) -> None:
    # (`en` is no ISO 3166 region, so `si-en` is Sinhala and English; `de` is Germany, so `en-de` may be either)
    [d] = [d for d in lint(card("language:", f"- {value}")) if d.code == "MC115"]
    if pair is None:
        assert "region or variant form" in d.message and d.fix is not None
    else:
        assert f"list `{pair[0]}` and `{pair[1]}` separately" in d.message and "region or variant" not in d.message
        assert d.fix is None and f"[{pair[0]}, {pair[1]}]" in (d.help or "")


@pytest.mark.parametrize(("value", "other"), [("kz", True), ("hn", True), ("jp", False), ("vn", False)])
def test_a_country_code_that_may_stand_for_another_language_says_so(value: str, other: bool) -> None:
    # (`kz` is Kazakhstan, where Russian is most used, but a card that writes it means Kazakh, `kk`)
    [(_, _, message)] = found(card("language:", f"- {value}"), "MC115")
    assert "the language most used in that country is" in message
    assert (f"`{value}` may stand for another language" in message) is other


@pytest.mark.parametrize(("title", "language", "fix"), [
    ("Vietnamese BERT", "[vu]", "vi"),  # one letter from `vi`, named in the title: a typo, not Vanuatu
    ("Kazakh BERT", "[kz]", "kk"),
    ("A BERT", "[vu]", "bi"),  # no language named: the country's
    ("Vietnamese BERT", "[vu, vi]", "bi"),  # the list holds `vi` already: `vu` is no typo of it
    ("Japanese BERT", "[jp]", "ja"),  # the country's language is the one named
])
def test_a_country_code_one_letter_from_a_language_the_card_names_is_told_as_its_typo(title: str, language: str,
                                                                                        fix: str) -> None:
    [d] = [d for d in lint(card(f"language: {language}", body=f"# {title}\n\nA model.\n")) if d.code == "MC115"]
    assert d.help == f"write `{fix}`"
    assert ("mistyped, a language the card names" in d.message) is (fix in ("vi", "kk"))


@pytest.mark.parametrize(("value", "help_text"), [("en-de", "write `en`, or list `en` and `de` if the model handles both"),
                                                  ("zh-CN", "write `zh`")])
def test_a_region_form_whose_second_part_is_a_language_too_says_so_in_its_help(value: str, help_text: str) -> None:
    [d] = [d for d in lint(card("language:", f"- {value}")) if d.code == "MC115"]
    assert d.help == help_text


@pytest.mark.parametrize(("value", "reported"), [("qtd", False), ("qaa", False), ("qtz", False), ("qzz", True)])
def test_codes_reserved_for_local_use_are_iso_639_codes(value: str, reported: bool) -> None:
    # ISO 639-2 reserves qaa-qtz for local use (Stanza's Turkish-German `qtd`); `qzz` is past the range and no code
    assert bool(found(card(f"language: {value}"), "MC115")) is reported


def test_language_no_stays_norwegian() -> None:
    text = card("language: no")
    assert found(text, "MC115") == [] and found(text, "MC111") == []


def test_an_empty_language_is_reported_not_dropped() -> None:
    [(line, col, message)] = found(card("language:", "license: mit"), "MC111")
    assert (line, col) == (2, 1) and "`language` has no value" in message


def test_missing_language_is_an_info_and_skips_image_models() -> None:
    diags = [d for d in lint(card("license: mit")) if d.code == "MC116"]
    assert [(d.span.line, d.span.column, d.severity.label) for d in diags] == [(2, 1, "info")]
    assert found(card("license: mit", "pipeline_tag: image-classification"), "MC116") == []


# -- pipeline_tag and library_name ---------------------------------------------------


def test_pipeline_tag_from_the_hub_list() -> None:
    [(line, col, message)] = found(card("pipeline_tag: text-clasification"), "MC117")
    assert (line, col) == (2, 15) and "`text-classification`" in message
    assert found(card("pipeline_tag: text-classification"), "MC117") == []


@pytest.mark.parametrize("tag", ["conversational", "text2text-generation"])
def test_removed_tasks_are_warnings_naming_the_replacement(tag: str) -> None:
    diags = [d for d in lint(card(f"pipeline_tag: {tag}")) if d.code in ("MC117", "MC118")]
    assert [(d.code, d.span.line, d.span.column, d.severity.label) for d in diags] == [("MC118", 2, 15, "warning")]
    assert "`text-generation`" in diags[0].message


def test_unknown_library_is_a_warning_with_a_suggestion() -> None:
    diags = [d for d in lint(card("library_name: Sentence-Transformers")) if d.code == "MC119"]
    assert [(d.span.line, d.span.column, d.severity.label) for d in diags] == [(2, 15, "warning")]
    assert "`sentence-transformers`" in diags[0].message


@pytest.mark.parametrize("value, suggestion", [("Sentence-Transformer", "sentence-transformers"),
                                               ("diffuser", "diffusers"), ("whisper", None), ("open", None),
                                               ("fairseq2", None), ("depth-anything-3", None),
                                               ("depth-anything-v-2", "depth-anything-v2")])
def test_an_unknown_library_is_suggested_by_its_spelling_not_a_longer_name(value: str, suggestion: str | None) -> None:
    (d,) = [d for d in lint(card(f"library_name: {value}")) if d.code == "MC119"]
    # (`whisper` is not `whisperkit`, `open` not `open_clip`, `fairseq2` not `fairseq`, `depth-anything-3` not
    # `depth-anything-v2`, another version)
    assert d.data["suggestion"] == suggestion


@pytest.mark.parametrize("value, what", [("pytorch", "a framework"), ("safetensors", "a file format")])
def test_a_framework_or_a_file_format_is_named_for_what_it_is(value: str, what: str) -> None:
    code = "# m\n\n```python\nfrom sentence_transformers import SentenceTransformer\n```\n"
    (d,) = [d for d in lint(card(f"library_name: {value}", body=code)) if d.code == "MC119"]
    assert f"`{value}` names {what}, not a library" in d.message
    assert "loads the model with `sentence-transformers`" in d.message and d.fix is not None


@pytest.mark.parametrize("body", ["# m\n\nA PyTorch model.\n",
                                  "# m\n\n```python\nimport torch\nfrom mypkg import Net\n```\n",
                                  "# m\n\n```python\nimport onnxruntime as ort\n```\n",
                                  # (a runtime loads the files, transformers only tokenizes)
                                  "# m\n\n```python\nimport openvino as ov\nfrom transformers import AutoTokenizer\n```\n",
                                  # (the author's own class loads it, transformers only its tokenizer)
                                  "# m\n\n```python\nfrom model import Net\nfrom transformers import AutoTokenizer, "
                                  "AutoConfig\nmodel = Net.from_pretrained('./')\n```\n"])
def test_a_framework_is_left_alone_where_no_library_of_the_hubs_loads_the_model(body: str) -> None:
    # (no code, or code that runs the model with the framework itself or the author's own package: nothing better to
    # name, and the Hub shows no snippet for those either)
    assert [d for d in lint(card("library_name: pytorch", body=body)) if d.code == "MC119"] == []


# -- base_model and datasets ---------------------------------------------------


@pytest.mark.parametrize(
    "value, words",
    [('""', "empty"), ("None", "placeholder"), ("/home/me/out/checkpoint-500", "local path"),
     # more slashes than an id's, with no mark of a path: a path, an id with its configuration, or a list
     ("xsum/samsum/dialogsum", "holds 2 slashes where an id holds one"),
     ("model\\Qwen2-0.5B-Instruct", "Windows path"), ("https://huggingface.co/gpt2", "did you mean `gpt2`"),
     # huggingface_hub's cache folder names the repository: its id, not the snapshot's hash
     ("/home/me/.cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/b968826d9c46dd60", "did you mean `Qwen/Qwen3-8B`"),
     ("C:\\Users\\me\\.cache\\huggingface\\hub\\models--google--gemma-2b", "did you mean `google/gemma-2b`"),
     # a template never rendered: YAML reads "{{backbone}}" as a mapping, "${base_model}" as text
     ("{{backbone}}", "template variable `{{backbone}}`, never filled in: YAML reads it as a mapping"),
     ("${base_model}", "template variable `${base_model}`, never filled in: the Hub cannot link")],
)
def test_base_model_must_be_a_hub_id(value: str, words: str) -> None:
    [(line, col, message)] = found(card(f"base_model: {value}"), "MC120")
    assert (line, col) == (2, 13) and words in message


def test_base_model_list_for_merges_and_self_reference() -> None:
    text = card("base_model:", "- org/a", "- org/b", "- my-merge", "model-index:", "- name: my-merge", "  results: []")
    assert where(text, "MC120") == [(5, 3)]
    assert "itself" in found(text, "MC120")[0][2]


def test_a_link_text_that_is_an_id_only_once_stripped_is_not_written() -> None:
    body = "finetuned version of [e/f\u2028](http://huggingface.co/o/t)\n"
    [(_, _, message)] = found(card("license: mit", body=body), "MC121")
    assert "`o/t`" in message and "e/f" not in message


def test_base_model_relation_has_four_values() -> None:
    assert where(card("base_model: gpt2", "base_model_relation: finetune"), "MC120") == []
    assert where(card("base_model: gpt2", "base_model_relation: distilled"), "MC120") == [(3, 22)]


def test_fine_tuned_version_in_the_body_without_base_model() -> None:
    body = "# m\n\nThis model is a fine-tuned version of [X/y](https://huggingface.co/X/y) on data.\n"
    [(line, col, message)] = found(card("license: mit", body=body), "MC121")
    assert (line, col) == (7, 39) and "`base_model: X/y`" not in message and "`X/y`" in message
    assert found(card("license: mit", "base_model: X/y", body=body), "MC121") == []


@pytest.mark.parametrize(("sentence", "said"), [
    ("This model is a fine-tuned version of [X/y](https://huggingface.co/X/y) on data.", "is a fine-tuned version of"),
    ("Fine-tuned [X/y](https://huggingface.co/X/y) on Finnish using the Common Voice.", "was fine-tuned from"),
    ("The model is based on a pre-trained [GPT-2](https://huggingface.co/X/y) which is fine-tuned on @u's tweets.",
     "is based on"),
    ("This model is based on [X/y](https://huggingface.co/X/y)", "is based on"),
    ("We also fine-tuned [X/y](https://huggingface.co/X/y).", None),  # (mid-sentence: another model the authors tuned)
    ("Its tokenizer is based on [X/y](https://huggingface.co/X/y).", None),  # (a part of the model, not the model)
])
def test_the_sentences_that_name_a_base_and_the_words_the_message_uses(sentence: str, said: str | None) -> None:
    found_ = found(card("license: mit", body=f"# m\n\n{sentence}\n"), "MC121")
    if said is None:
        assert found_ == []
    else:
        [(_, _, message)] = found_
        assert message.startswith(f"the card says the model {said} `X/y`")


def test_a_name_that_gives_the_bases_family_another_size_makes_the_fix_unsafe() -> None:
    from modelcard_lint.api import lint_text

    body = ("# wav2vec2-xls-r-1b-ca-lm\n\nThis model is a fine-tuned version of "
            "[facebook/wav2vec2-xls-r-300m](https://huggingface.co/facebook/wav2vec2-xls-r-300m) on data.\n")
    [d] = [d for d in lint_text(card("license: mit", body=body), plugins=False) if d.code == "MC121"]
    assert "`wav2vec2-xls-r-1b-ca-lm` gives another size (1b)" in d.message
    assert d.fix is not None and not d.fix.safe
    # (a size by name too: "# t5-base-finetuned-de-en" over "a fine-tuned version of [t5-small](...)")
    other = "# t5-base-finetuned-de-en\n\nThis model is a fine-tuned version of [t5-small](https://huggingface.co/t5-small).\n"
    [d] = [d for d in lint_text(card("license: mit", body=other), plugins=False) if d.code == "MC121"]
    assert "`t5-base-finetuned-de-en` gives another size (base)" in d.message
    # (the same size, or a name of another family: the sentence is all there is to go by)
    # (nor a count against a size by name: M2M100's smallest checkpoint is `418M`, "m2m100_small_en_zu" fits it)
    m2m = ("# m2m100_small_en_zu\n\nThis model is a fine-tuned version of "
           "[facebook/m2m100_418M](https://huggingface.co/facebook/m2m100_418M) on an unknown dataset.\n")
    [d] = [d for d in lint_text(card("license: mit", body=m2m), plugins=False) if d.code == "MC121"]
    assert "another size" not in d.message and d.fix is not None and d.fix.safe
    for title in ("wav2vec2-xls-r-300m-ca-lm", "my-model-1b"):
        [d] = [d for d in lint_text(card("license: mit", body=body.replace("wav2vec2-xls-r-1b-ca-lm", title)),
                                    plugins=False) if d.code == "MC121"]
        assert "another size" not in d.message and d.fix is not None and d.fix.safe


def test_a_size_the_bases_name_holds_too_is_no_other_size() -> None:
    from modelcard_lint.api import lint_text

    # a run that goes on from its base: `plus-bert-court-90k-end-german` from `plus-bert-court-50k-90k-german`
    body = ("# plus-bert-court-90k-end-german\n\nThis model is a fine-tuned version of [Shahm/plus-bert-court-50k-90k-"
            "german](https://huggingface.co/Shahm/plus-bert-court-50k-90k-german) on an unknown dataset.\n")
    [d] = [d for d in lint_text(card("license: mit", body=body), plugins=False) if d.code == "MC121"]
    assert "another size" not in d.message and d.fix is not None and d.fix.safe
    # (a size the base's name does not hold is still another one)
    other = body.replace("# plus-bert-court-90k", "# plus-bert-court-20k")
    [d] = [d for d in lint_text(card("license: mit", body=other), plugins=False) if d.code == "MC121"]
    assert "gives another size (20k)" in d.message


def test_a_base_named_as_the_title_may_be_the_model_itself_and_its_fix_waits_for_unsafe_fixes() -> None:
    from modelcard_lint.api import lint_text

    # a run resumed from the model's own checkpoint ("a fine-tuned version of [Doogie/Waynehills-STT-doogie]"), or a
    # fine-tune named after its base ("# vit-base-patch16-224" over google/vit-base-patch16-224): the author knows
    body = ("# Waynehills-STT-doogie\n\nThis model is a fine-tuned version of [Doogie/Waynehills-STT-doogie]"
            "(https://huggingface.co/Doogie/Waynehills-STT-doogie) on an unknown dataset.\n")
    [d] = [d for d in lint_text(card("license: mit", body=body), plugins=False) if d.code == "MC121"]
    assert "resumed from its own checkpoint" in d.message and d.fix is not None and not d.fix.safe
    # (a model-index name equal to the base's is the output folder the Trainer was given: the fix stays safe)
    other = body.replace("# Waynehills-STT-doogie", "# Waynehills STT fine-tuned")
    [d] = [d for d in lint_text(card("license: mit", "model-index:", "- name: Waynehills-STT-doogie", body=other),
                                plugins=False) if d.code == "MC121"]
    assert "resumed" not in d.message and d.fix is not None and d.fix.safe


def test_a_link_whose_text_and_address_name_two_models_is_read_by_its_text() -> None:
    # an edit changed the address the Trainer wrote; readers see the text, and config.json agrees with it
    body = "# m\n\nThis model is a fine-tuned version of [klue/roberta-large](https://huggingface.co/klue/mine) on data.\n"
    [(_, _, message)] = found(card("license: mit", body=body), "MC121")
    assert "`klue/roberta-large`" in message and "klue/mine" not in message
    assert found(card("license: mit", "base_model: klue/roberta-large", body=body), "MC133") == []


def test_a_base_model_against_a_based_on_sentence_is_told_in_its_words() -> None:
    body = "# m\n\nThis model is based on [X/y](https://huggingface.co/X/y).\n"
    [(_, _, message)] = found(card("license: mit", "base_model: a/b", body=body), "MC133")
    assert message.startswith("`base_model` is `a/b`, but the text says the model is based on `X/y` (line ")
    assert found(card("license: mit", "base_model: X/y", body=body), "MC133") == []


def test_datasets_are_hub_ids_and_a_string_is_an_info() -> None:
    text = card("datasets:", "- glue", "- librispeech 960h", "- /var/hf/images/")
    assert where(text, "MC122") == [(4, 3), (5, 3)]
    diags = [d for d in lint(card("datasets: imdb")) if d.code == "MC123"]
    assert [(d.span.line, d.span.column, d.severity.label) for d in diags] == [(2, 11, "info")]


# -- model-index -----------------------------------------------------------------

RESULT = [
    "model-index:",
    "- name: my-model",
    "  results:",
    "  - task:",
    "      type: text-classification",
    "    dataset:",
    "      type: glue",
    "      name: GLUE SST2",
    "      config: null",
    "      args: sst2",
    "    metrics:",
    "    - type: accuracy",
    '      value: "262.40 +/- 24.94"',
    "      verified: true",
]


def test_model_index_positions_and_severities() -> None:
    diags = {(d.code, d.span.line, d.span.column, d.severity.label) for d in lint(card(*RESULT, body="# my-model\n"))}
    assert ("MC124", 10, 7, "error") in diags  # config: null is rejected by the Hub
    assert ("MC128", 11, 13, "info") in diags  # args as a string
    assert ("MC127", 14, 14, "info") in diags  # a value that is text
    assert ("MC125", 15, 17, "warning") in diags  # verified set by hand


def test_a_result_without_dataset_is_an_error() -> None:
    text = card("model-index:", "- name: m", "  results:", "  - task:", "      type: fill-mask",
                "    metrics:", "    - type: accuracy", "      value: 0.5", body="# m\n")
    [(line, col, message)] = found(text, "MC124")
    assert (line, col) == (5, 5) and "dataset" in message


def test_task_type_from_the_pipeline_list_but_not_the_trainer_s_text2text() -> None:
    def task(kind: str) -> str:
        return card("model-index:", "- name: m", "  results:", "  - task:", f"      type: {kind}",
                    "    dataset: {type: d, name: D}", "    metrics: [{type: a, value: 1}]", body="# m\n")
    assert where(task("triplet"), "MC126") == [(6, 13)]
    assert where(task("text2text-generation"), "MC126") == []


# -- keys ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, right",
    [("licence", "license"), ("model_index", "model-index"), ("pipline_tag", "pipeline_tag"),
     ("base-model", "base_model"), ("dataset", "datasets"),
     # two letters off a key of seven letters or more
     ("liscence", "license"), ("lisence", "license")],
)
def test_misspelled_keys_name_the_right_spelling(key: str, right: str) -> None:
    [(line, col, message)] = found(card("tags: [x]", f"{key}: value"), "MC110")
    assert (line, col) == (3, 1) and f"`{right}`" in message


def test_tags_as_a_string_says_what_is_sure_of_it() -> None:
    [(line, col, message)] = found(card("tags: autonlp"), "MC132")
    assert (line, col) == (2, 7) and "a list of strings" in message and "(the tags `a`, `u`, `t`, `o`, ...)" in message
    assert "may refuse a push" in message
    [(_, _, message)] = found(card("widget: {text: hello}"), "MC132")
    assert '"widget" must be an array' in message and "rejects a push of the card" in message


def test_other_unknown_keys_are_fine() -> None:
    assert found(card("my_metadata: 1", "co2_eq_emissions: 10", "widget: []"), "MC110") == []


# -- cross-checks ----------------------------------------------------------------


def test_pipeline_tag_against_model_index_task_types() -> None:
    text = card("pipeline_tag: fill-mask", "model-index:", "- name: m", "  results:",
                "  - task: {type: automatic-speech-recognition}", "    dataset: {type: d, name: D}",
                "    metrics: [{type: wer, value: 1}]", body="# m\n")
    assert where(text, "MC129") == [(2, 15)]


@pytest.mark.parametrize(("tag", "task", "found_"), [("feature-extraction", "image-classification", False),
                                                     ("image-feature-extraction", "image-classification", False),
                                                     ("image-feature-extraction", "automatic-speech-recognition", True)])
def test_a_backbone_scored_on_what_its_features_do_downstream(tag: str, task: str, found_: bool) -> None:
    # (a timm backbone tagged feature-extraction, with its ImageNet accuracy in model-index)
    text = card(f"pipeline_tag: {tag}", "model-index:", "- name: m", "  results:", f"  - task: {{type: {task}}}",
                "    dataset: {type: d, name: D}", "    metrics: [{type: accuracy, value: 0.8}]", body="# m\n")
    assert bool(where(text, "MC129")) is found_


def test_galician_model_on_a_kurmanji_configuration() -> None:
    text = card("language: gl", "model-index:", "- name: m", "  results:",
                "  - task: {type: automatic-speech-recognition}",
                "    dataset: {type: mozilla-foundation/common_voice_8_0, name: CV, args: kmr}",
                "    metrics: [{type: wer, value: 1}]", body="# m\n")
    [(line, col, message)] = found(text, "MC130")
    assert (line, col) == (7, 74) and "`kmr`" in message and "gl" in message


@pytest.mark.parametrize(
    ("language", "dataset", "reported"),
    [
        ("kab", "MOZILLA-FOUNDATION/COMMON_VOICE_7_0 - hu", True),  # a Hungarian run's sentence on a Kabyle card
        ("hu", "MOZILLA-FOUNDATION/COMMON_VOICE_7_0 - hu", False),
        ("sv-SE", "MOZILLA-FOUNDATION/COMMON_VOICE_7_0 - SV-SE", False),  # (the region is not Northern Sami, `se`)
        ("ga-IE", "MOZILLA-FOUNDATION/COMMON_VOICE_7_0 - GA-IE", False),
        ("en", "TIMIT_ASR - NA", False),  # a set not organised by language: `NA` is no configuration of a language
        ("te", "OPENSLR_SLR66 - NA", False),  # (the script writes `NA` when it was given no configuration)
        ("zls", "MOZILLA-FOUNDATION/COMMON_VOICE_7_0 - SL", False),  # a collective code: which ones it holds unknown
    ],
)
def test_the_trainer_sentence_configuration_against_language(language: str, dataset: str, reported: bool) -> None:
    text = card(f"language: {language}", body=f"# m\n\nThis model is a fine-tuned version of [facebook/wav2vec2-xls-r-300m]"
                f"(https://huggingface.co/facebook/wav2vec2-xls-r-300m) on the {dataset} dataset.\n")
    got = found(text, "MC130")
    assert bool(got) is reported
    if reported:
        [(line, _, message)] = got
        assert line == 7 and "configuration `hu`" in message and "`language: kab`" in message


@pytest.mark.parametrize(
    ("language", "code", "reported"),
    [
        ("nl", 'ds = load_dataset("common_voice", "pl", split="test")', (8, 36)),  # a Polish model's code
        ("pl", 'ds = load_dataset("common_voice", "pl", split="test")', None),
        ("sv-SE", 'ds = load_dataset("mozilla-foundation/common_voice_8_0", name="sv-SE")', None),
        ("et", 'ds = load_dataset("common_voice", "sv-SE", split="test")', (8, 36)),
        ("en", 'ds = load_dataset("glue", "rte")', None),  # (not a set organised by language)
        ("en", 'ds = load_dataset("super_glue", "wic")', None),
        ("zls", 'ds = load_dataset("common_voice", "sl")', None),  # (a collective code: which ones it holds unknown)
    ],
)
def test_a_configuration_the_cards_code_loads_against_language(language: str, code: str,
                                                               reported: tuple[int, int] | None) -> None:
    # (facebook/wav2vec2-large-xlsr-53-polish declares `language: nl`; its evaluation code loads Common Voice `pl`)
    text = card(f"language: {language}", body=f"# m\n\n```python\n{code}\n```\n")
    got = found(text, "MC130")
    assert [(line, col) for line, col, _ in got] == ([reported] if reported else [])
    if reported:
        assert "the card's code loads" in got[0][2] and f"`language: {language}`" in got[0][2]


def test_the_code_that_loads_a_configuration_already_reported_is_the_same_mistake() -> None:
    text = card("language: gl", "model-index:", "- name: m", "  results:",
                "  - task: {type: automatic-speech-recognition}",
                "    dataset: {type: mozilla-foundation/common_voice_8_0, name: CV, args: kmr}",
                "    metrics: [{type: wer, value: 1}]",
                body='# m\n\n```python\nload_dataset("mozilla-foundation/common_voice_8_0", "kmr")\n```\n')
    assert [line for line, _, _ in found(text, "MC130")] == [7]
    # (nor is a line of prose read: only code)
    prose = card("language: nl", body='# m\n\nWe did not use load_dataset("common_voice", "pl") here.\n')
    assert found(prose, "MC130") == []


@pytest.mark.parametrize(
    ("language", "sentence", "reported"),
    [
        # the XLSR template's sentence, copied from another card (gh828's reviewer: an Esperanto card says Ukrainian)
        ("eo", "The model can be evaluated as follows on the Ukrainian test data of Common Voice.", (7, 46)),
        ("eo", "The model can be evaluated as follows on the Esperanto test data of Common Voice.", None),
        ("ar", "It is evaluated on the Arabic test set of Common Voice.", None),
        ("ary", "It is evaluated on the Arabic test set of Common Voice.", None),  # (a variety of its macrolanguage)
        ("fr", "It is evaluated on the Portuguese test set of the BLUE benchmark.", None),  # (not a speech set)
    ],
)
def test_the_language_a_sentence_names_as_the_evaluation_data(language: str, sentence: str,
                                                             reported: tuple[int, int] | None) -> None:
    got = found(card(f"language: {language}", body=f"# m\n\n{sentence}\n"), "MC130")
    assert [(line, col) for line, col, _ in got] == ([reported] if reported else [])
    if reported:
        assert "the Ukrainian test data (language `uk`)" in got[0][2]


def test_a_sentence_that_names_the_language_the_code_loads_is_one_mistake() -> None:
    # (the code's configuration is reported; the sentence that names its language is the same mistake)
    text = card("language: sv", body='# m\n\nThe model can be evaluated as follows on the Welsh test data of Common '
                'Voice.\n\n```python\nds = load_dataset("common_voice", "cy", split="test")\n```\n')
    got = found(text, "MC130")
    assert len(got) == 1 and "the card's code loads" in got[0][2]


@pytest.mark.parametrize(
    ("language", "title", "text", "reported"),
    [
        # (gh783 speechbrain/asr-wav2vec2-commonvoice-it; gh770 tensorspeech's Baker card)
        ("en", "wav2vec 2.0 with CTC/Attention trained on CommonVoice Italian (No LM)", "", ("en", "it", "Italian")),
        ("ch", "Tacotron 2 trained on Baker (Chinese)", "", ("ch", "zh", "Chinese")),
        ("sg", "wav2vec2-large-xlsr-53-swiss-german", "", ("sg", "gsw", "Swiss German")),
        ("it", "wav2vec 2.0 trained on CommonVoice Italian", "", None),
        ("en", "wav2vec 2.0 trained on CommonVoice Italian", "The English transcripts are left out.", None),
        ("es", "English to Spanish translation", "", None),  # (the card names Spanish: English is its source)
        ("en", "English to Spanish translation", "", None),
        ("en", "Label Scheme", "", None),  # (Label, a language of Papua New Guinea, by a word's name: not read)
        ("or", "Wav2Vec2-Large-XLSR-53-Odia", "", None),  # (Odia is Oriya's individual language)
        ("lug", "xlm-roberta-base-finetuned-swahili-finetuned-ner-luganda", "", None),
        ("ha", "bert-base-multilingual-cased-finetuned-swahili", "", ("ha", "sw", "Swahili")),
        ("ja", "Wav2Vec2-Large-XLSR-53-{language}, e.g. French", "", None),
        ("[en, it]", "wav2vec 2.0 trained on CommonVoice Italian", "", None),
        ("lu", "BERT Medium for Luxembourgish", "Trained on Luba-Katanga text.", None),  # (a name of two words, hyphened)
    ],
)
def test_the_one_declared_language_against_the_language_the_title_names(
        language: str, title: str, text: str, reported: tuple[str, str, str] | None) -> None:
    got = lint(card(f"language: {language}", body=f"# {title}\n\n{text}\n"), select=["MC137"])
    assert [(d.data["language"], d.data["title_language"]) for d in got] == ([reported[:2]] if reported else [])
    if reported:
        assert f"its title names {reported[2]} (`{reported[1]}`)" in got[0].message
        assert (got[0].span.line, got[0].span.column) == (2, 11)


def test_the_code_that_loads_the_titles_language_is_left_to_language_title_mismatch() -> None:
    body = '# wav2vec2 fine-tuned in Russian\n\n```python\nload_dataset("common_voice", "ru", split="test")\n```\n'
    codes = [d.code for d in lint(card("language: pt", body=body), select=["MC130", "MC137"])]
    assert codes == ["MC137"]


@pytest.mark.parametrize(("tags", "reported"), [("[automatic-speech-recognition, robust-speech-event]", False),
                                               ("[automatic-speech-recognition]", True)])
def test_a_result_on_the_speech_events_dev_set_needs_no_mention_in_an_event_card(tags: str, reported: bool) -> None:
    # (gh789 anantoj/wav2vec2-xls-r-1b-korean; in a card the event did not tag, the result was copied from one it did)
    text = card(f"tags: {tags}", "datasets: [kresnik/zeroth_korean]", "model-index:", "- name: m", "  results:",
                "  - task: {type: automatic-speech-recognition}",
                "    dataset: {name: Robust Speech Event - Dev Data, type: speech-recognition-community-v2/dev_data}",
                "    metrics: [{type: wer, value: 82.07}]",
                body="# m\n\nA fine-tuned version of [x](https://huggingface.co/o/x) on the KRESNIK/ZEROTH_KOREAN - "
                     "CLEAN dataset.\n")
    assert bool(found(text, "MC134")) is reported


@pytest.mark.parametrize(("name", "kind", "reported"), [
    ("Public Russian prompt-injection validation split", "mixed", False),  # (a held-out split of its training mix)
    ("Public Russian prompt-injection validation split", "custom", False),
    ("Russian SuperGLUE validation split", "russian_super_glue", True),  # (another party's benchmark, never named)
    ("Mixed", "mixed", False),
])
def test_a_held_out_split_of_the_cards_own_data_needs_no_mention(name: str, kind: str, reported: bool) -> None:
    text = card("datasets: [dmtrdr/russian_prompt_injections]", "model-index:", "- name: m", "  results:",
                "  - task: {type: text-classification}", f"    dataset: {{name: {name}, type: {kind}}}",
                "    metrics: [{type: f1, value: 0.9147141518275539}]",
                body="# m\n\nA prompt-injection detector for Russian, trained on a mix of public sets.\n")
    assert bool(found(text, "MC134")) is reported


def test_title_against_model_index_name_in_trainer_cards() -> None:
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: other-model", "  results: []")
    assert where(card(*meta, body="# my-model\n"), "MC131") == [(4, 9)]
    assert where(card(*meta, body="# other-model\n"), "MC131") == []
    # no results: the message does not say the Hub lists results under the name
    [(_, _, message)] = found(card(*meta, body="# my-model\n"), "MC131")
    assert "lists the evaluation results" not in message and "left over from another model" in message
    results = ("tags: [generated_from_trainer]", "model-index:", "- name: other-model", "  results:",
               "  - task: {type: text-classification}", "    metrics: [{type: accuracy, value: 0.9}]")
    [(_, _, message)] = found(card(*results, body="# my-model\n"), "MC131")
    assert "the Hub lists the evaluation results under `other-model`" in message


def test_a_misspelled_license_key_whose_value_is_no_license_says_so() -> None:
    # TRL's card template writes `licence: license`: renaming the key alone leaves no license
    [(_, _, message)] = found(card("licence: license"), "MC110")
    assert "its value `license` is no license id either" in message
    [(_, _, message)] = found(card("licence: mit"), "MC110")
    assert "either" not in message


def test_a_misspelled_language_key_whose_value_is_no_language_says_so() -> None:
    # segmentation-models-pytorch's card template writes `languages: python`: renamed, it names no language either
    [(_, _, message)] = found(card("license: mit", "languages: python"), "MC110")
    assert "its value `python` is no language code either (`code` for a programming language)" in message
    [(_, _, message)] = found(card("license: mit", "languages: [en, fr]"), "MC110")
    assert "either" not in message
    [(_, _, message)] = found(card("license: mit", "languages: [af-ZA]"), "MC110")  # (a region: MC115 tells it)
    assert "either" not in message


def test_an_empty_dataset_entry_is_called_empty_once() -> None:
    [(line, _, message)] = found(card("license: mit", "datasets:", "- squad", "-"), "MC122")
    assert line == 5
    assert message.startswith("`datasets` entry 2 is empty; the Hub refuses a push of the card")


def test_a_datasets_entry_that_yaml_reads_as_a_mapping_quotes_its_words() -> None:
    # (gh874) "- FOSD: https://..." is a key and a value for YAML; the message shows the words, not "a mapping"
    text = card("license: mit", "datasets:", "- common_voice", "- FOSD: https://data.mendeley.com/datasets/k9sxg2twv4/4")
    [(line, _, message)] = found(text, "MC122")
    assert line == 5
    assert message.startswith("`datasets` entry 2, `FOSD: https://data.mendeley.com/datasets/k9sxg2twv4/4`, is not a "
                              "Hub dataset id: its `: ` makes YAML read a key and a value; the Hub refuses a push")
    # (a mapping of several lines, a model-index entry pasted under `datasets`, is called what it is)
    text = card("license: mit", "datasets:", "- name: my model", "  results: []")
    [(_, _, message)] = found(text, "MC122")
    assert message.startswith("`datasets` entry 1 is a mapping (`name: my model` ...), not a Hub dataset id;")


def test_a_model_index_name_written_as_a_mapping_is_rejected_by_the_hub() -> None:
    # `{...}` in YAML is a mapping; huggingface_hub takes it as it is, the Hub's schema does not
    text = card("license: mit", "model-index:", "- name: {My model}", "  results: []")
    [(line, column, message)] = found(text, "MC124")
    assert (line, column) == (4, 9)
    assert "the Hub requires a string and refuses a push of the card" in message
    assert "drops" not in message


@pytest.mark.parametrize(("values", "safe"), [("- ar\n- ajp\n- apc", False), ("- zh-CN\n- zh", False),
                                              ("- ar\n- ly", False), ("- EN\n- en", True)])
def test_a_language_whose_fix_the_list_already_holds_is_removed_not_written_twice(values: str, safe: bool) -> None:
    text = f"---\nlicense: mit\nlanguage:\n{values}\n---\n\n# m\n"
    (d,) = [d for d in lint(text) if d.code == "MC115"]
    assert "which the list already holds" in d.message
    assert "do not find" not in d.message  # (readers filtering by the replacement find the model: the list holds it)
    # (removing it is as safe as writing the code would be: a change of case is, `ly` for `ar` is a guess)
    assert d.fix is not None and d.fix.safe is safe
    (edit,) = d.fix.edits
    assert (edit.span.line, edit.span.column, edit.span.end_line, edit.span.end_column, edit.text) == (
        d.span.line, 1, d.span.line + 1, 1, "")


def test_a_flow_list_item_is_not_removed_by_a_fix() -> None:
    (d,) = [d for d in lint("---\nlicense: mit\nlanguage: [ar, ajp, apc]\n---\n\n# m\n") if d.code == "MC115"]
    assert d.fix is None and d.help == "remove `ajp`"


def test_an_app_that_runs_gguf_as_library_name_is_told_the_hub_lists_it_under_gguf() -> None:
    text = "---\nlicense: mit\nlibrary_name: ollama\n---\n\n# a-model\n\nA GGUF of a 3B model.\n"
    [(line, column, message)] = found(text, "MC119")
    assert (line, column) == (3, 15)
    assert "names an app that runs GGUF files" in message and "snippet" not in message


def test_a_base_models_link_text_spelt_from_memory_gives_way_to_its_address() -> None:
    text = ("This model is a fine-tuned version of [org/model-v1-4](https://huggingface.co/org/model-v-1-4) on x.")
    [(_, _, message)] = found(card("license: mit", body=text), "MC121")
    assert "`org/model-v-1-4`" in message
    # an address that names another model: the text is what readers see
    text = "This model is a fine-tuned version of [org/model-large](https://huggingface.co/org/other) on x."
    [(_, _, message)] = found(card("license: mit", body=text), "MC121")
    assert "`org/model-large`" in message
    # an address that goes on from the text: the text is the family's name, the address the checkpoint
    text = "TFT-ID is finetuned from [microsoft/Florence-2](https://huggingface.co/microsoft/Florence-2-large) checkpoints."
    [(_, _, message)] = found(card("license: mit", body=text), "MC121")
    assert "`microsoft/Florence-2-large`" in message and "`microsoft/Florence-2`," not in message
    # a canonical model's id as the text, an unrelated address: the text ("[t5-small](https://huggingface.co/best-
    # models/H)"); but the name part of its own address is the address's ("[wav2vec2-xls-r-300m](.../facebook/...)")
    text = "This model is a fine-tuned version of [t5-small](https://huggingface.co/best-models/H) on x."
    [(_, _, message)] = found(card("license: mit", body=text), "MC121")
    assert "`t5-small`" in message and "best-models/H" not in message
    text = ("This model is a fine-tuned version of [wav2vec2-xls-r-300m](https://huggingface.co/facebook/wav2vec2-xls-r-"
            "300m) on x.")
    [(_, _, message)] = found(card("license: mit", body=text), "MC121")
    assert "`facebook/wav2vec2-xls-r-300m`" in message
    # (nor one that shares words with its address: the model's own name as the text, its base as the address)
    text = ("This model is a fine-tuned version of [wav2vec2-large-xls-r-1b-nl-lm](https://huggingface.co/facebook/"
            "wav2vec2-xls-r-1b) on x.")
    [(_, _, message)] = found(card("license: mit", body=text), "MC121")
    assert "`facebook/wav2vec2-xls-r-1b`" in message


def test_a_modelscope_cards_widgets_key_is_its_own_not_the_hubs_widget_misspelled() -> None:
    modelscope = card("tasks:\n- image-to-video", "domain:\n- multi-modal", "widgets:\n- task: image-to-video")
    assert not [d for d in lint(modelscope) if d.code == "MC110"]
    hub = card("pipeline_tag: text-generation", "widgets:\n- text: hello")
    assert [d.message for d in lint(hub) if d.code == "MC110"]


def test_a_metric_value_left_null_is_read_as_none_and_lost_on_the_next_save() -> None:
    meta = ("model-index:\n- name: m\n  results:\n  - task:\n      type: automatic-speech-recognition\n    dataset:\n"
            "      name: cv\n      type: common_voice\n    metrics:\n    - type: wer\n      value:\n")
    [d] = [d for d in lint(card(meta)) if d.code == "MC124"]
    assert "reads it as None" in d.message and "saves the card again" in d.message


def test_metrics_one_level_too_deep_are_told_to_move_not_to_be_added() -> None:
    # (gh870, spaCy's old cards) `metrics` inside a misspelled `tasks:` mapping
    meta = ("model-index:\n- name: nb_nocy_trf\n  results:\n  - tasks:\n      name: NER\n      type: token-classification\n"
            "      metrics:\n      - name: Precision\n        type: precision\n        value: 0.90\n")
    missing = {d.data["missing"]: d for d in lint(card(meta)) if d.code == "MC124" and d.data and "missing" in d.data}
    assert missing["metrics"].message.endswith("(`metrics` sits inside `tasks`, one level too deep)")
    assert missing["metrics"].help == "move `metrics` out of `tasks` to this result itself"
    assert missing["task"].help == "rename `tasks` to `task`"
    assert missing["dataset"].help == "add `dataset` to this result"


def test_a_version_with_and_without_its_v_names_one_model() -> None:
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: piiranha-1", "  results: []")
    assert where(card(*meta, body="# Piiranha-v1: Protect your personal information!\n"), "MC131") == []
    assert where(card(*meta, body="# Piiranha-v2: Protect your personal information!\n"), "MC131") != []


def test_a_name_that_adds_its_author_names_the_same_model_as_the_id() -> None:
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: XLS-R 1B Wav2Vec2 Finnish by Rasmus Toivanen",
            "  results: []")
    assert where(card(*meta, body="# wav2vec2-xlsr-fi-train-aug-lm-1B\n"), "MC131") == []
    # (the author left out, the names still differ in size and language)
    assert where(card(*meta, body="# wav2vec2-xlsr-sv-300m\n"), "MC131") != []


def test_a_key_with_its_words_the_other_way_round_is_that_key() -> None:
    [(_, _, message)] = found(card("license: mit", "model-base: replit/replit-code-v1-3b"), "MC110")
    assert "`base_model`" in message and "model_name" not in message


def test_an_empty_instance_prompt_of_a_lora_without_a_trigger_word_is_left_alone() -> None:
    meta = "instance_prompt:\nlicense: mit"
    assert not [d for d in lint(card(meta, body="No trigger word needed. Weight of 1.0 works well.")) if d.code == "MC111"]
    assert [d for d in lint(card(meta, body="Use it with a weight of 1.0.")) if d.code == "MC111"]


def test_a_model_index_name_that_is_a_training_runs_output_folder_is_called_so() -> None:
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: out", "  results: []")
    [(_, _, message)] = found(card(*meta, body="# Dolphin 2.9 Llama 3 8b\n"), "MC131")
    assert "a training run's output folder" in message and "another model" not in message
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: other-model", "  results: []")
    [(_, _, message)] = found(card(*meta, body="# my-model\n"), "MC131")
    assert "left over from another model" in message


def test_an_unknown_task_type_is_told_the_cards_own_task_when_it_shares_a_word() -> None:
    index = ("model-index:", "- name: rpg", "  results:", "  - task:", "      type: image-generation",
             "    dataset: {type: custom, name: x}", "    metrics: [{type: accuracy, value: 1}]")
    [(_, _, message)] = found(card("pipeline_tag: text-to-image", *index, body="# rpg\n"), "MC126")
    assert message.endswith("did you mean `text-to-image`?")
    # (without it, the one id that holds its words, not `mask-generation`, nearer by its letters)
    [(_, _, message)] = found(card(*index, body="# rpg\n"), "MC126")
    assert "did you mean `unconditional-image-generation`?" in message


@pytest.mark.parametrize(("tag", "suggestion"), [("image-generation", "unconditional-image-generation"),
                                                 ("speech_recognition", "automatic-speech-recognition"),
                                                 ("image segmentation", "image-segmentation")])
def test_an_unknown_task_is_told_the_one_task_id_that_holds_its_words(tag: str, suggestion: str) -> None:
    [(_, _, message)] = found(card(f"pipeline_tag: {tag}"), "MC117")
    assert message.endswith(f"did you mean `{suggestion}`?")
    # (words that several ids hold suggest none of them by that)
    [(_, _, message)] = found(card("pipeline_tag: classification-model"), "MC117")
    assert "did you mean" not in message


@pytest.mark.parametrize(("tag", "suggestion"), [("document-classification", "text-classification"),
                                                 ("speech-classification", "audio-classification"),
                                                 ("scene_classification", "image-classification")])
def test_a_classification_of_something_is_told_the_hubs_classification_of_its_kind(tag: str, suggestion: str) -> None:
    # (not the nearest spelling: "document-classification" is no `token-classification`)
    [(_, _, message)] = found(card(f"pipeline_tag: {tag}"), "MC117")
    assert message.endswith(f"did you mean `{suggestion}`?")


@pytest.mark.parametrize("key", ["version", "authors", "metadata", "training", "datset"])
def test_keys_two_letters_from_none_or_short_are_their_own(key: str) -> None:
    assert found(card("license: mit", f"{key}: value"), "MC110") == []


@pytest.mark.parametrize(
    ("value", "reason", "fix"),
    [
        ("Spanish English", "names", "es, en"),  # two languages in one value: a list, for the author to write
        ("English Cszech", "unknown", None),  # (a second language misspelt: not `en` alone)
        ("scientific english", "name", "en"),
        ("English", "name", "en"),
    ],
)
def test_a_value_of_language_names(value: str, reason: str, fix: str | None) -> None:
    from modelcard_lint.hub.languages import language_fix

    assert language_fix(value) == (reason, fix)


def test_several_language_names_in_one_value_are_listed_by_code() -> None:
    [(_, _, message)] = found(card("language: Spanish English", "license: mit"), "MC115")
    assert "names 2 languages in one value" in message and "`es`, `en`" in message
    from modelcard_lint.api import lint_text

    [d] = [d for d in lint_text(card("language: Spanish English", "license: mit"), plugins=False) if d.code == "MC115"]
    assert d.help == "write them as a list: `language: [es, en]`"


def test_a_library_name_written_as_a_list_says_so_and_names_the_one_to_write() -> None:
    (d,) = lint(card("library_name:", "- keras"), select=["MC119"])
    assert d.message.startswith("`library_name` is a list, but it takes one library's name, as a string")
    assert d.help == "write `library_name: keras`"
    (d,) = lint(card("library_name:", "- keras", "- tensorflow"), select=["MC119"])
    assert d.help.startswith("write the one library that loads the model as a string")


def test_a_metric_value_that_is_a_template_variable_or_a_list_says_so() -> None:
    base = ("model-index:", "- name: m", "  results:", "  - task:", "      type: text-classification", "    dataset:",
            "      name: d", "      type: d", "    metrics:", "    - type: wer")
    (d,) = lint(card(*base, "      value: { wer_result_on_test }"), select=["MC127"])
    assert d.message.startswith("metric value `{wer_result_on_test}` is a template's variable never filled in")
    (d,) = lint(card(*base, "      value: [1, 2]"), select=["MC127"])
    assert d.message.startswith("metric value is a list, not a number:")


def test_results_that_are_no_mappings_are_left_to_invalid_model_index() -> None:
    text = card("license: apache-2.0", "model-index:", "- name: m", "  results: [WER = 0.094", "            CER = 0.031]",
                body="# m\n\nIt achieves the following results on the evaluation set:\n- Loss: 0.1304\n- Wer: 0.094\n")
    codes = [d.code for d in lint(text, select=["MC124", "MC502"])]
    assert codes == ["MC124"]


def test_a_trainer_checkpoint_folder_linked_as_a_base_is_no_base_model_to_add() -> None:
    def text(base: str) -> str:
        return card("license: mit", body=f"# m\n\nThis model is a fine-tuned version of [{base}](https://huggingface.co/"
                    f"{base}) on the COMMON_VOICE - FA dataset.\n")
    assert found(text("common6/checkpoint-3500"), "MC121") == []
    assert found(text("outputDAQonly09/"), "MC121") == []  # (a folder, by its trailing slash)
    assert len(found(text("facebook/wav2vec2-base"), "MC121")) == 1


@pytest.mark.parametrize(("base", "asked"), [
    ("resnet18", False),  # (timm's name for an architecture: nateraw/timm-resnet18-beans-test)
    ("vit-base-patch16-224-in21k", False),  # (google's, linked without its owner: a local folder's name)
    ("gpt2", True), ("t5-small", True), ("distilbert-base-uncased", True), ("xlm-roberta-base", True),
    ("bert-base-german-dbmdz-cased", True), ("google/vit-base-patch16-224-in21k", True),
])
def test_an_id_with_no_owner_is_a_hub_model_only_in_the_families_of_the_first_models(base: str, asked: bool) -> None:
    text = card("license: mit", body=f"# m\n\nThis model is a fine-tuned version of [{base}](https://huggingface.co/"
                f"{base}) on the beans dataset.\n")
    assert len(found(text, "MC121")) == asked
    # nor is the text's name held against a `base_model` that differs (MC133)
    with_base = text.replace("license: mit", "license: mit\nbase_model: timm/resnet18.a1_in1k")
    assert len(found(with_base, "MC133")) == asked


def test_one_language_written_twice_in_one_value_is_given_once() -> None:
    [d] = [d for d in lint(card("language: multilingual-multilingual")) if d.code == "MC115"]
    assert d.help == "write `multilingual`"
    [d] = [d for d in lint(card("language: si-en")) if d.code == "MC115"]
    assert "[si, en]" in (d.help or "") or "`si` and `en`" in d.message


def test_a_title_that_describes_the_model_in_words_names_the_same_model() -> None:
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: wav2vec2-xls-r-300m-uk-with-lm", "  results: []")
    assert where(card(*meta, body="# Ukrainian STT model (with Language Model)\n"), "MC131") == []
    greek = ("tags: [generated_from_trainer]", "model-index:", "- name: roberta-el-news", "  results: []")
    assert where(card(*greek, body="# RoBERTa Greek base model\n"), "MC131") == []
    # (a description that names another language, or shares no word with the name, is still another model's)
    assert where(card(*meta, body="# Polish STT model (with Language Model)\n"), "MC131") != []
    assert where(card(*greek, body="# Spanish BERT base model\n"), "MC131") != []


def test_the_title_is_the_heading_the_card_opens_with_not_code_left_unfenced() -> None:
    # (a "# batch, learning rate" comment of code set without its fence comes after the card's own "##" title)
    meta = ("tags: [generated_from_trainer]", "model-index:", "- name: checkpoints", "  results: []")
    body = "## NER model in the legal domain in Portuguese\n\nA model.\n\n## Training\n\n# batch, learning rate...\n"
    [(_, _, message)] = found(card(*meta, body=body), "MC131")
    assert '"NER model in the legal domain in Portuguese" (line' in message and "batch" not in message


@pytest.mark.parametrize(("value", "reason"), [
    ("Spanish English", "names"),
    ("to go from the bottleneck ratio to all stages", "unknown"),  # (prose, not languages named: no code read from it)
    ("English and Spanish and French and German and Italian", "names"),
    ("English and Spanish and French and German and Italian texts", "unknown"),
])
def test_a_language_value_of_many_words_is_prose(value: str, reason: str) -> None:
    from modelcard_lint.hub.languages import language_fix
    assert language_fix(value)[0] == reason


def test_a_code_retired_by_a_split_names_its_successors_and_rewrites_nothing() -> None:
    from modelcard_lint.api import lint_text

    card = "---\nlicense: mit\nlanguage:\n- plj\n- zem\n- zua\n---\n# xeus\n\nA speech encoder.\n"
    found = {d.message.split("`")[1]: d for d in lint_text(card) if d.code == "MC115"}
    assert "split into `pze`, `nzr`, `zlu`, `uly`" in found["plj"].message
    assert "not an ISO 639" not in found["plj"].message and found["plj"].fix is None
    assert "the list already holds `zem`, one of them" in found["zua"].message
    assert "among `tvi`, `dyr`, `dsk`, `cxh`, `zem`" in (found["zua"].help or "")


def test_a_label_of_the_codes_license_then_the_weights_gives_the_weights_license() -> None:
    from modelcard_lint.api import lint_text

    label = "**License:** Code is released under MIT, model weights are released under CC-BY-NC 4.0.\n"
    [missing] = [d for d in lint_text(f"---\ntags: [music]\n---\n\n# m\n\nA model.\n\n{label}") if d.code == "MC114"]
    assert '"CC-BY-NC 4.0"' in missing.message and "license: cc-by-nc-4.0" in (missing.help or "")
    agreeing = f"---\nlicense: cc-by-nc-4.0\n---\n\n# m\n\nA model.\n\n{label}"
    assert not [d for d in lint_text(agreeing) if d.code == "MC136"]


def test_a_license_sub_section_on_the_data_and_an_openrail_license_of_the_family() -> None:
    from modelcard_lint.api import lint_text

    # (gh1017 CrucibleAI/ControlNetMediaPipeFace) the source images' license, then the checkpoints'
    section = ("# License:\n\n### Source Images:\nThis work is marked with CC0 1.0.\n\n### Trained Models:\n"
               "Our trained checkpoints are released under {}.\n")
    card = "---\nlicense: {}\n---\n\n# m\n\nA ControlNet.\n\n" + section
    assert not [d for d in lint_text(card.format("openrail", "CreativeML Open RAIL-M")) if d.code == "MC136"]
    [found] = [d for d in lint_text(card.format("mit", "the Apache License 2.0")) if d.code == "MC136"]
    assert "`apache-2.0`" in found.message


def test_a_pasted_front_matter_read_as_a_heading_gives_the_license_it_names() -> None:
    from modelcard_lint.api import lint_text

    # (gh1031 MaziyarPanahi/WizardLM-2-7B-GGUF) "license: apache-2.0" over "---" is a setext heading in Markdown
    card = ("---\ntags: [gguf]\n---\n\n# m\n\nA model.\n\nTaken from the original README\n---\n---\nlicense: apache-2.0\n"
            "---\n\n<p>Release blog</p>\n")
    [found] = [d for d in lint_text(card) if d.code == "MC114"]
    assert '"apache-2.0"' in found.message and found.line == 12 and "license: apache-2.0" in (found.help or "")


def test_an_other_license_linked_by_a_bare_address_is_the_link_to_suggest() -> None:
    from modelcard_lint.api import lint_text

    # (gh1034 dreamlike-art/dreamlike-photoreal-1.0: the help suggested `LICENSE`, the text links `LICENSE.md`)
    url = "https://huggingface.co/d/p/blob/main/LICENSE.md"
    card = f"---\nlicense: other\nlicense_name: modified-openrail-m\n---\n\n# m\n\nA model.\n\n# License\n\nRead the license here: {url}\n"
    [found] = [d for d in lint_text(card) if d.code == "MC113"]
    assert f"`license_link: {url}`" in (found.help or "")


@pytest.mark.parametrize(("name", "help_text", "fixable"), [
    ("llama3", "add `license: llama3`", True),
    ("my-terms-1.0", "add `license: other` beside `license_name`", False),
])
def test_a_license_name_without_a_license(name: str, help_text: str, fixable: bool) -> None:
    from modelcard_lint.api import lint_text

    # (gh1035 MaziyarPanahi/Meta-Llama-3-70B-Instruct-GGUF: the help asked for `license_name: proprietary`)
    card = f"---\ntags: [gguf]\nlicense_name: {name}\n---\n\n# m\n\nA model.\n\n**License** A custom license: [x](https://x.y)\n"
    [found] = [d for d in lint_text(card) if d.code == "MC114"]
    assert f"`license_name: {name}` but no `license`" in found.message and found.line == 3
    assert help_text in (found.help or "") and (found.fix is not None) is fixable


@pytest.mark.parametrize(("page", "hub_id"), [
    ("https://llama.meta.com/llama3/license", "llama3"),
    ("https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE", "llama3.1"),
    ("https://ai.google.dev/gemma/terms", "gemma"),
    ("https://example.com/terms", None),
])
def test_a_linked_license_page_the_hub_has_an_id_for(page: str, hub_id: str | None) -> None:
    from modelcard_lint.api import lint_text

    # (gh1041 winglian/Llama-3-8b-64k-PoSE: "A custom commercial license is available at: [...llama3/license](...)")
    card = f"---\ntags: [llama]\n---\n\n# m\n\nA model.\n\n**License** A custom commercial license is available at: {page}\n"
    [found] = [d for d in lint_text(card) if d.code == "MC114"]
    if hub_id is None:
        assert "license_name: proprietary" in (found.help or "") and found.fix is None
    else:
        assert f"add `license: {hub_id}`" in (found.help or "") and found.fix is not None


def test_the_license_after_under_wins_over_the_models_name_before_it() -> None:
    # "Gemma 4 is released by Google DeepMind under the Apache 2.0 license": the model is Gemma, the license Apache 2.0
    body = ("# m\n\n## License\n\nGemma 4 is released by Google DeepMind under the [Apache 2.0 license]"
            "(https://ai.google.dev/gemma/docs/gemma_4_license). This repository keeps the same license.\n")
    assert found(card("license: apache-2.0", body=body), "MC136") == []
    [(_, _, message)] = found(card("license: mit", body=body), "MC136")
    assert "`apache-2.0`" in message


def test_a_model_family_and_its_version_is_a_name_not_its_license() -> None:
    # "Gemma 4 與此 adapter 使用 Apache License 2.0。" (Gemma 4 and this adapter use the Apache License 2.0)
    body = "# m\n\n## License\n\nGemma 4 與此 adapter 使用 Apache License 2.0。\n"
    assert found(card("license: apache-2.0", body=body), "MC136") == []
    [(_, _, message)] = found(card("license: mit", body=body), "MC136")
    assert "`apache-2.0`" in message
    # (the family alone is still the license's name: "## License" over "Gemma")
    [(_, _, message)] = found(card("license: mit", body="# m\n\n## License\n\nGemma\n"), "MC136")
    assert "`gemma`" in message


@pytest.mark.parametrize(
    ("license_id", "sentence", "reported"),
    [
        # a license named without its version narrows nothing: the GPL and `gpl-3.0` agree, either way round
        ("gpl-3.0", "Distributed under the GPL License. See LICENSE for more details.", False),
        ("gpl", "This model is released under the GPL-3.0 license.", False),
        ("mit", "This model is released under the GPL license.", True),
    ],
)
def test_license_text_mismatch_takes_a_license_named_without_its_version(license_id: str, sentence: str,
                                                                         reported: bool) -> None:
    from modelcard_lint.api import lint_text

    card = f"---\nlicense: {license_id}\n---\n\n# m\n\nA model.\n\n## License\n\n{sentence}\n"
    assert bool([d for d in lint_text(card) if d.code == "MC136"]) is reported
