"""Cards of quantized or converted copies of a model (facts/derivative.py): missing-section leaves the original's
topics to the original's card; a fine-tune or a merge is a model of its own. The cards in tests/copies follow the
templates of the tools that write them (TheBloke's, TensorBlock's and mradermacher's GGUF cards, mlx-lm's, Unsloth's,
mergekit's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from harness import lint

from modelcard_lint.card import Card
from modelcard_lint.facts.derivative import copies_a_model, states_copy

COPIES = Path(__file__).resolve().parent / "copies"


@pytest.mark.parametrize(
    "name,copy",
    [("gguf-bloke.md", True), ("gguf-tensorblock.md", True), ("mradermacher.md", True), ("mlx.md", True),
     ("onnx-transformers-js.md", True), ("ctranslate2.md", True), ("nf4.md", True), ("unsloth-ft.md", False),
     ("merge.md", False)],
)
def test_which_cards_are_copies(name: str, copy: bool) -> None:
    card = Card.from_text((COPIES / name).read_text(encoding="utf-8"), name)
    assert copies_a_model(card) is copy


def test_a_copy_is_not_told_to_write_its_originals_sections() -> None:
    text = (COPIES / "gguf-tensorblock.md").read_text(encoding="utf-8")
    assert lint(text, select=["MC201"]) == []
    # the original named in the sentence only, without a link or base_model: still a copy of a model one can find
    unlinked = text.replace("base_model: unsloth/SmolLM2-135M-Instruct\n", "").replace(
        "[unsloth/SmolLM2-135M-Instruct](https://huggingface.co/unsloth/SmolLM2-135M-Instruct)", "**SmolLM2**")
    assert lint(unlinked, select=["MC201"]) == []
    # the same card without the original named at all: nothing says whose card holds the topics
    alone = unlinked.replace("GGUF format model files for **SmolLM2**", "GGUF format model files")
    topics = {d.data["topic"] for d in lint(alone, select=["MC201"])}
    assert topics == {"intended-uses", "limitations", "training-data", "evaluation"}


def test_a_fine_tune_in_gguf_is_a_model_of_its_own() -> None:
    topics = {d.data["topic"] for d in lint((COPIES / "unsloth-ft.md").read_text(encoding="utf-8"), select=["MC201"])}
    assert topics == {"intended-uses", "limitations", "training-data", "evaluation"}


def test_the_heading_over_a_quoted_original_card_is_not_empty() -> None:
    text = (COPIES / "gguf-bloke.md").read_text(encoding="utf-8")
    assert lint(text, select=["MC202"]) == []
    # an empty section of the copy's own is still reported
    assert len(lint(text.replace("## Provided files\n", "## Provided files\n\n## Notes\n"), select=["MC202"])) == 1


def card_of(body: str, meta: str = "base_model: org/original\nlicense: mit\n") -> Card:
    return Card.from_text(f"---\n{meta}---\n\n{body}\n", "README.md")


def test_a_stated_copy_outweighs_the_originals_words_quoted_beside_it() -> None:
    card = card_of("# x-Q4_K_S-GGUF\nThis model was converted to GGUF format from [`org/original`]"
                   "(https://huggingface.co/org/original) using llama.cpp.\n\n---\nThe original models have been "
                   "further fine-tuned to follow instructions.")
    assert copies_a_model(card) and states_copy(card)


def test_a_fine_tune_that_links_its_own_gguf_version_is_no_copy() -> None:
    card = card_of("# my-model\n\nA Llama fine-tuned on support chats. A GGUF version of this model is available at "
                   "[me/my-model-GGUF](https://huggingface.co/me/my-model-GGUF).")
    assert not copies_a_model(card)


def test_a_title_of_quantizations_says_what_the_model_is() -> None:
    text = ("---\nquantized_by: someone\nbase_model: org/original\nlicense: mit\n---\n\n"
            "## Llamacpp imatrix Quantizations of original-8B\n\nOriginal model: https://huggingface.co/org/original\n")
    assert lint(text, select=["MC201"]) == []


@pytest.mark.parametrize(
    "text,copy",
    [
        ("# Supertonic-2 CoreML\n\nThis repository provides CoreML exports of **Supertonic 2** for macOS and iOS.\n", True),
        ("# tiny-tts\n\nONNX conversion of [Kokoro](https://github.com/hexgrad/kokoro) for the browser.\n", True),
        # a format's export the card's own model was trained for: no original named
        ("# tiny-tts\n\nWe trained this model ourselves and ship ONNX exports of it.\n", False),
        # the original's name after "the", not "the model"
        ("# TripoSplat MLX\n\nThis repository contains MLX ports of the TripoSplat submodules.\n", True),
        ("# tiny-tts\n\nWe ship ONNX exports of the model we trained.\n", False),
    ],
)
def test_an_export_that_names_its_original_in_words(text: str, copy: bool) -> None:
    card = Card.from_text("---\nlicense: mit\n---\n\n" + text, "README.md")
    assert copies_a_model(card) is copy


def test_a_copy_the_metadata_calls_quantized_is_one_whatever_its_notes_say() -> None:
    text = ("---\nbase_model: Kwaipilot/KAT-Coder-V2.5-Dev\nbase_model_relation: quantized\nlicense: apache-2.0\n---\n"
            "# KAT-Coder REAP-50 NVFP4A16\n\nAn expert-pruned, quantized build of `Kwaipilot/KAT-Coder-V2.5-Dev`.\n\n"
            "## Serving\n\nThe vision tower has no trained weights for this build.\n")
    assert copies_a_model(Card.from_text(text))
    # without the relation, its word "trained" makes it a model of its own, as a fine-tune's card says
    assert not copies_a_model(Card.from_text(text.replace("base_model_relation: quantized\n", "tags:\n- gguf\n")))


def test_the_originals_weights_packaged_with_another_runtime_are_a_copy() -> None:
    head = "---\nbase_model: Wan-AI/Wan2.2-TI2V-5B-Diffusers\nlicense: apache-2.0\n---\n\n# Wan2.2-VedioQuant\n\n"
    same = head + "The model weights are **identical** to the original Wan2.2; only the inference cache is compressed.\n"
    assert copies_a_model(Card.from_text(same, "README.md"))
    # a fine-tune's frozen base is not the model's own weights
    adapter = head + "The base weights are identical to the original; the LoRA adapter was fine-tuned on our data.\n"
    assert not copies_a_model(Card.from_text(adapter, "README.md"))


@pytest.mark.parametrize(
    "body,copy",
    [
        # the original's files repackaged, held by the repository
        ("This repository hosts pruned `.safetensors` modules of [ControlNet](https://huggingface.co/lllyasviel/"
         "ControlNet), by lllyasviel.", True),
        ("This repository contains the weights of [our model](https://huggingface.co/me/model), trained on news.",
         False),
        # the original by its name, quantized to a number format, loaded by its id in the card's code
        ("Meta-Llama-3-8B-Instruct quantized to FP8 weights and activations.\n\n```python\n"
         'pretrained_model_dir = "meta-llama/Meta-Llama-3-8B-Instruct"\n```', True),
        ("Meta-Llama-3-8B-Instruct quantized to FP8 weights and activations.", False),  # (no original named)
    ],
)
def test_repackaged_files_and_a_model_quantized_to_a_number_format_are_copies(body: str, copy: bool) -> None:
    card = Card.from_text(f"---\ntags:\n- vllm\n---\n\n# some-model\n\n{body}\n", "README.md")
    assert copies_a_model(card) is copy


@pytest.mark.parametrize(
    "body,copy",
    [
        # a quantized version "of the original model", linked
        ("This repository is a community-driven quantized version of the original model [`meta-llama/X`]"
         "(https://huggingface.co/meta-llama/X) which is the FP16 official version.", True),
        # a conversion of the original's file, linked to it in its repository
        ("This checkpoint is a conversion of [the original checkpoint](https://huggingface.co/lllyasviel/ControlNet-v1-1"
         "/blob/main/control_v11f1e_sd15_tile.pth) into `diffusers` format.", True),
        ("This checkpoint is a conversion of [our notes](https://example.com/notes) into a model.", False),
        # the original at a commit; its files called the original's (not a link to the copy's own files)
        ("GPTQ quantization of https://huggingface.co/PygmalionAI/pygmalion-6b/commit/30e2405100eac6bd53f7\n\n"
         "Command:\n```\npython3 gptj.py models/pygmalion-6b_dev c4 --wbits 4\n```", True),

        ("This is a https://huggingface.co/chavinlo/alpaca-native converted in OLD GGML (alpaca.cpp) format and "
         "quantized to 4 bits to run on CPU with 5GB of RAM.", True),
        ("This is a https://huggingface.co/chavinlo/alpaca-native fine-tuned on my notes.", False),
        ("# Whisper models converted to ggml format\n\n[Available models](https://huggingface.co/org/whisper.cpp/tree/"
         "main)", False),
    ],
)
def test_a_copy_of_the_original_model_or_of_its_file(body: str, copy: bool) -> None:
    card = Card.from_text(f"---\nlicense: mit\n---\n\n# some-model\n\n{body}\n", "README.md")
    assert copies_a_model(card) is copy


def test_llama_cpp_versions_of_an_original_model_are_copies() -> None:
    body = "Llama.cpp compatible versions of an original [7B model](https://huggingface.co/org/saiga_mistral_7b_lora)."
    assert copies_a_model(Card.from_text(f"---\nlicense: mit\n---\n\n{body}\n", "README.md"))


def test_a_quantization_of_a_bare_hub_address_after_a_colon_is_a_copy() -> None:
    body = "GPTQ 4bit quantization of: https://huggingface.co/chavinlo/gpt4-x-alpaca\n\nDataset is here (instruct)."
    assert copies_a_model(Card.from_text(f"---\nlicense: mit\n---\n\n{body}\n", "README.md"))


def test_a_quantized_copy_that_links_the_originals_files_is_a_copy() -> None:
    body = ("### Quantized EleutherAI/gpt-j-6b with 8-bit weights\n\nThe [original GPT-J](https://huggingface.co/"
            "EleutherAI/gpt-j-6B/tree/main) takes 22+ GB memory.")
    assert copies_a_model(Card.from_text(f"---\nlicense: mit\n---\n\n{body}\n", "README.md"))
    # (files of a repository that the text does not call the original's: its own, perhaps)
    other = body.replace("[original GPT-J]", "[model files]")
    assert not copies_a_model(Card.from_text(f"---\nlicense: mit\n---\n\n{other}\n", "README.md"))


def test_a_card_with_quantized_by_that_names_its_original_is_a_copy() -> None:
    # (the original's words it repeats, "is trained on even more", are no training of its own)
    body = ("## Community Model> Llama 3.2 1B Instruct by Meta-Llama\n\n**Original model**: [Llama-3.2-1B-Instruct]"
            "(https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct)\n\nOfficially supports English and German, but "
            "is trained on even more.")
    meta = "base_model: meta-llama/Llama-3.2-1B-Instruct\nlicense: llama3.2\n"
    assert copies_a_model(card_of(body, meta + "quantized_by: bartowski\n"))
    assert not copies_a_model(card_of(body, meta))
