"""Statements that reviews of missing-section's warnings (the corpus's intended uses, fresh sets of cards) found
said without a heading: what a model is for (facts/intents.py, facts/deferral.py, facts/purpose.py), its training
data (facts/datatables.py, facts/datanames.py) and its limits (facts/caveats.py); and the message missing-section
gives a card that shows only how to run its model."""

from __future__ import annotations

import pytest

from modelcard_lint.api import lint_text
from modelcard_lint.card import Card
from modelcard_lint.facts import caveats, coverage, derivative, pointers, purpose, titles, usesections
from modelcard_lint.facts.datanames import names_metadata_dataset
from modelcard_lint.facts.deferral import deferred_topics


def card(text: str, title: str = "a-model") -> Card:
    return Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # why it was released
        ("We open-source the model to allow greater usage within the Filipino NLP community.", True),
        ("We release our model so that others can build question answering systems.", True),
        ("To facilitate future work on transfer learning for NLP, we release our dataset, pre-trained models, and "
         "code.", True),
        ("We release the model to the Hub.", False),  # (where it went, not what for)
        ("We release the model publicly to the community.", False),
        # what it has been used for
        ("The model has been successfully used to transfer knowledge from English to Basque in a conversational QA "
         "system.", True),
        ("The model has been used to initialize the student.", False),
        # what tasks it carries over to
        ("We provide a 6-layer pretrained model on MNLI as a general-purpose model, which can transfer to other "
         "sentence classification tasks.", True),
        # how its outputs are meant to be used
        ("Please use [CLS] as the representation of the input.", True),
        ("Please use the mean-pooling of the output as the representation.", True),
        ("Please use the latest version of transformers.", False),
        # the model as the subject past a number with a decimal point
        ("A Bert2Bert model on VoA Persian Corpus (a medium-sized corpus of 7.9 million words, 2003-2008) generates "
         "headlines.", True),
        # in Japanese: the tasks or purposes it is to be used for
        ("このモデルは事前学習のみを行なったものであり、特定のタスクに利用するにはファインチューニングする必要があります。", True),
        # what it is good for, said without a subject; what its objective allows, written with a slash
        ("This one feels a bit different. Great for RP and storytelling. All credits go to the authors.", True),
        ("Good for you. Great for now.", False),
        # a task it was fine-tuned for, in a long sentence; in Russian, "fine-tuned for the task"
        ("We proposed KR-FinBert for the financial domain by further pre-training it on a financial corpus and "
         "fine-tuning it for sentiment analysis.", True),
        ("Модель [RuBERT](https://x.y/rubert) которая был fine-tuned на задачу __sentiment classification__.", True),
        ("We kept the logs for further analysis.", False),
        ("Keep in mind it is a base model. While it excels in Korean language tasks, train it further.", True),
        # a task by its abbreviation: "trained on 100K hours of speech for TTS (text-to-speech)"
        ("MetaVoice-1B is a 1.2B parameter base model trained on 100K hours of speech for TTS (text-to-speech).", True),
        ("It was trained for 3 epochs.", False),
        # the use its release is for
        ("Model release is for research purposes only. For commercial use, please contact me directly.", True),
        ("The release is for everyone.", False),
        ("A decoder-only model trained with a causal-masked objective, which allows inserting/infilling code as well "
         "as left-to-right generation.", True),
    ],
)
def test_what_a_model_is_for_in_more_words(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Math-RoBerta for NLP tasks in math learning environments", True),
        ("T5 for generating paraphrases", True),
        ("Model card for my-lora", False),
        ("Code for training", False),
        # a paper's title: the name, then the task and how
        ("LivePortrait: Efficient Portrait Animation with Stitching and Retargeting Control", True),
        ("LivePortrait: Notes with Pictures", False),
        ("___***DepthCrafter: Generating Consistent Long Depth Sequences for Open-world Videos***___", True),
        ("DepthCrafter: Training Notes for Open-world Videos", False),
    ],
)
def test_a_title_that_is_a_name_and_what_it_is_for(title: str, found: bool) -> None:
    text = "This model is RoBERTa-large trained with 8 GPUs on 3,000,000 posts."
    assert purpose.states_intended_use(card(text, title)) is found


def test_a_first_paragraph_that_opens_with_many_words_before_its_task_model() -> None:
    text = "Deberta-based Daily MapTask style dialog-act annotations classification model"
    assert purpose.states_intended_use(card(text, "maptask-deberta-pair"))


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("The intended uses, limitations, training data and training procedure for the fully trained model are "
         "similar\nto [BERT-base uncased](https://github.com/google-research/bert).",
         {"intended-uses", "limitations", "training-data"}),
        ("All the training details on the pre-training, the uses, limitations and potential biases are the same as "
         "for [DistilBERT-base-uncased](https://huggingface.co/distilbert-base-uncased).",
         {"intended-uses", "limitations", "training-data"}),
        # a pointer says where more is written, not that the topics are the same
        ("We encourage you to check [GPT2](https://huggingface.co/gpt2) to know more about usage and limitations.",
         set()),
        # a sentence before the claim is another one
        ("It has many limitations. Its speed is the same as [X](https://x.org).", set()),
    ],
)
def test_the_topics_a_card_says_are_the_same_as_another_models(text: str, topics: set[str]) -> None:
    assert deferred_topics(card(text)) == topics


def _intended_message(text: str) -> str:
    found = [d for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{text}\n", plugins=False)
             if d.code == "MC201" and (d.data or {}).get("topic") == "intended-uses"]
    assert len(found) == 1
    return found[0].message


def test_a_card_that_shows_only_how_to_run_the_model_is_told_so() -> None:
    message = _intended_message("A BERT base model for Indonesian.\n\n## How to use\n\n```python\n"
                                "model = AutoModel.from_pretrained('x/y')\n```\n")
    assert message.startswith('the card shows how to run the model (under "How to use") but not what it is for: '
                              "it has no section on intended uses")


def test_a_card_without_usage_keeps_the_plain_message() -> None:
    assert _intended_message("A BERT base model for Indonesian.").startswith("the card has no section on intended uses")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A liquid-core intent router: 4.53M parameters answering 77-way customer-service routing.", True),
        ("The point of this checkpoint is reproducibility of the measured numbers, not deployment.", True),
        ("The point of this section is to list the files.", False),
    ],
)
def test_a_router_and_the_point_of_a_checkpoint(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It reads the cached ConvNeXt-Tiny Stage-4 activations and the frozen CUB classifier they were trained on.",
         True),
        ("Fine-tuned on the benchmark's train split, same protocol as laya-typed-decisions.", True),
        ("It was trained on the SQuAD train split.", True),
        ("Measured on **banking77** (10,003 train / 3,080 test rows, 77 intents).", True),
        ("- This model is fine-tuned on a **synthetic dataset** of ~1,020 samples.", True),
        # (a kind of text it was trained on, "off of" too; emphasis inside the words before a name; a dataset "generated
        # from" a source; training data named after a colon)
        ("Trained with a set of unlabelled words, using bert-base-uncased as the base model.", True),
        ("The model was fine-tuned on question-answer pairs scraped from several Discourse forums.", True),
        ("It allows you to generate fanfiction, trained off of the top 100 rated fanfiction stories.", True),
        ("## a dialoggpt model trained on french opensubtitles with custom tokenizer", True),
        ("The dataset generated from 2018 opensubtitle from opus.", True),
        ("A RoBERTa model trained on a *uncased* verison of [big Spanish corpus](https://github.com/x/corpora).", True),
        ("It was trained on training data: SQuAD.", True),
        ("The model was trained with the dataset: reciperesearch/dolphin-sft-v0.1-preference.", True),
        ("It was trained with Adam on 8 GPUs.", False),
        ("It was trained on the training set.", False),  # (which set, it does not say)
        # (the kind of code, its source, a domain's text, a style model's styles; not only an amount)
        ("The model was trained on public open-source repositories with a permissive, non-copyleft, license (Apache "
         "2.0, MIT, BSD-2 or BSD-3) from GitHub and GitLab, as well as StackOverflow.", True),
        ("It is trained on a large amount of in-domain text crawled from online resources.", True),
        ("SecureBERT is a language model based on RoBERTa which is trained on a huge amount of cybersecurity data.",
         True),
        ("This is a fine-tuned Stable Diffusion model trained on three artstyles simultaneously.", True),
        ("It is trained on a large amount of data.", False),
        # (the training set pointed to on the Hub)
        ("See the training dataset here for a list of races: https://huggingface.co/datasets/0xJustin/Dungeons", True),
        ("See the evaluation here: https://huggingface.co/datasets/org/results", False),
        # (a named set far on in the sentence; not the Trainer's placeholder)
        ("CompactBioBERT is distilled for 100k training steps using a total batch size of 192 on the PubMed dataset.",
         True),
        ("It was fine-tuned for three epochs, a batch size of 16 and 500 warmup steps, on the None dataset.", False),
        ("The model was trained on 8 GPUs.", False),
    ],
)
def test_training_data_before_its_verb_by_its_split_or_in_bold(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("datasets", "text", "found"),
    [
        ("[openslr/aishell]", "The held-out test contains 5,000 AISHELL-1-derived utterances.", True),
        ("[UD_Uzbek-UzUDT]", "| S1.1 | UzUDT | TahrirchiBERT |", False),  # (a table's cell is no prose)
        ("[UD_Uzbek-UzUDT]", "The pipelines use UzUDT and UT, two Uzbek treebanks.", True),
        ("[common_voice]", "Evaluated on the Common Voice 8 test split.", True),
        ("[imagefolder]", "An image classifier of an imagefolder of dogs.", False),
        ("[wikitext]", "A language model.", False),
        # (the kind of text it writes, not its data)
        ("[eli5]", "Given a few keywords, it generates an Eli5 question with a corresponding answer.", False),
        # a short name of letters and a digit; not three letters alone
        ("[bigscience/xP3]", "We finetune pretrained models on our crosslingual task mixture (xP3).", True),
        ("[org/abc]", "We train the abc data split on eight cards.", False),
        # a training script in the card that loads it by its id
        ("[LDJnr/Capybara]", "```python\nds = load_dataset(\"LDJnr/Capybara\", split=\"train\")\n```", True),
        ("[LDJnr/Capybara]", "```python\nds = load_dataset(\"other/data\", split=\"train\")\n```", False),
        # several names joined by slashes in one entry
        ("[cnndaily/xsum/samsum/dialogsum]", "Trained on SAMSum and DialogSum dialogue data.", True),
        # in the plural or its other spelling
        ("[daily_dialog]", "Trained for 3 epochs on a modified version of the daily dialogues.", True),
        ("[daily_dialog]", "Trained for 3 epochs on the daily dialogsx of a forum.", False),
        # a heading that names it over its description (gh797 arpanghoshal/EmoRoBERTa), not one on its test
        ("[go_emotions]", "## What is GoEmotions\n\nDataset labelled 58000 Reddit comments with 28 emotions", True),
        ("[common_voice]", "## Evaluation on Common Voice FR Test\n\nThe script used for training and evaluation can be "
         "found here: https://github.com/x/y", False),
        ("[go_emotions]", "## GoEmotions\n\nSee the paper.", False),
        # (gh846) the data of a task as a project annotated it
        ("[kleinay/qanom]", "It is fine-tuned for token classification on top of the \"nominalization detection\" task "
         "as defined and annotated by the QANom project.", True),
        ("[kleinay/qanom]", "It is fine-tuned for token classification on top of the \"nominalization detection\" task "
         "as defined by the QANom project.", False),
    ],
)
def test_a_dataset_the_metadata_lists_named_in_the_text(datasets: str, text: str, found: bool) -> None:
    card_text = f"---\nlicense: mit\ndatasets: {datasets}\n---\n\n# a-model\n\n{text}\n"
    assert names_metadata_dataset(Card.from_text(card_text)) is found


def _training_data_message(meta: str) -> str:
    body = "# ctc_asr\n\nThis repository contains the model from a notebook on speech recognition.\n"
    [d] = [d for d in lint_text(f"---\nlicense: mit\n{meta}\n---\n{body}", plugins=False)
           if d.code == "MC201" and "training data" in d.message]
    return d.message


def test_datasets_listed_under_a_misspelled_key_are_named_in_the_message() -> None:
    # (gh871 keras-io/ctc_asr) `dataset:` names the data the author meant, though the Hub does not read the key
    message = _training_data_message("dataset:\n- LJSpeech dataset")
    assert message == ("the card's text says nothing of its training data: the metadata names `LJSpeech dataset` under "
                       "`dataset`, a key the Hub does not read (MC110), but readers learn nothing of what it holds")
    assert "which the Hub links" in _training_data_message("datasets:\n- lj_speech")
    # (gh906) a name that is no Hub id is linked to nothing
    assert _training_data_message("datasets:\n- Andrada Olteanu Rickmorty-Scripts").endswith(
        "the metadata names `Andrada Olteanu Rickmorty-Scripts`, no Hub dataset id (MC122), so the Hub links nothing, "
        "but readers learn nothing of what it holds")
    assert _training_data_message("tags:\n- asr").startswith("the card has no section on training data")
    # (but only the Hub's key makes a name in the text the data it links: "a language model for Covid-19 dataset" says
    # nothing of what the model was trained on, gh725)
    named = "---\n{}:\n- covid-19\n---\n# m\n\nIt is a language model for the Covid-19 dataset.\n"
    assert names_metadata_dataset(Card.from_text(named.format("datasets")))
    assert not names_metadata_dataset(Card.from_text(named.format("dataset")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("> [!WARNING]\n> Gamma 2.5 was selected from a historical sweep.", True),
        ("> [!CAUTION]\n> Outputs were not reviewed.", True),
        ("> [!NOTE]\n> See the docs.", False),
        ("This supports a narrow claim: BF16-equivalent perplexity at 4 BPW.", True),
        # what is hard to get out of it, concepts bleeding into each other, an alignment it did not undergo
        ("Tieflings work great, but reining in their horns can be trouble.", True),
        ("There is some bleed through between classes, especially for elf ears.", True),
        ("While the model did not undergo an explicit model alignment process, it may retain some alignment.", True),
        ("Installing it can be done in one line.", False),
        ("This model may come with interesting quirks, as I obviously haven't extensively tested it.", True),
        ("I haven't tested the 8-bit loader yet.", False),
        ("As a model that has not been aligned with human intent, it cannot be used for multi-turn conversations.", True),
        ("作为没有经过人类意图对齐的模型，ChatGLM3-6B-Base 不能用于多轮对话。", True),
        ("The weights cannot be used for commercial purposes without a license.", False),
        ("Note LoRA is not sufficient for one-step generation.", True),
        ("Just find the normalCFG with 4-step is not working very well.", True),
        ("Similarity-based metrics are not sufficient to portray the difference between models.", False),
        ("Since this is a generative model, there is a risk of **hallucination** during the generation process.", True),
        ("There is no risk of running out of memory.", False),
        ("I prioritize the freedom of composition, which may result in a higher possibility of anatomical errors.",
         True),
        ("Larger batches may result in faster training.", False),
    ],
)
def test_a_warning_alert_or_a_narrow_claim_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("title", "text", "found"),
    [
        ("ELECTRA", "At large scale, ELECTRA achieves state-of-the-art results on the SQuAD 2.0 dataset.", True),
        ("Electricidad", "At large scale, ELECTRA achieves state-of-the-art results on the SQuAD 2.0 dataset.", False),
        ("ERNIE-1.0", "Experiments show that ERNIE achieves state-of-the-art results on five Chinese tasks.", True),
        ("GigaBERT-v3", "It was pre-trained on ~10B tokens, showing state-of-the-art zero-shot transfer.", True),
        ("IndoBERT", "[IndoBERT](https://x.org) is a state-of-the-art language model for Indonesian.", False),
        ("IndoBERT", "[IndoBERT](https://x.org) is a state-of-the-art language model for Indonesian. IndoBERT was "
                     "trained and evaluated by the authors.", True),
        ("a-model", "The [human evaluation results](https://x.org) indicate that the responses are comparable to "
                    "human responses.", True),
        ("a-model", "Focusing on three languages, the model performs better than multilingual BERT.", True),
        ("a-model", "A smaller version with only 6 hidden layers, but similar performance.", True),
        ("a-model", "The performance of MultiBERTs on GLUE is oftentimes comparable to the original BERT.", True),
        ("a-model", "This model was evaluated based on downstream classification tasks.", True),
        ("a-model", "More details about the evaluations on downstream tasks can be found [here](https://x.org).", True),
        ("a-model", "Note the model does not replicate the exact numbers in the paper.", True),
        ("a-model", "Stay tuned for evaluations.", True),
        # (gh998, gh999: a state of the art the model gets or obtains, what evaluations on data showed, where its
        # makers showed it, "outperform" of a plural subject)
        ("ast", "The model gets state-of-the-art results on several audio classification benchmarks.", True),
        ("PhoBERT: Pre-trained language models for Vietnamese", "PhoBERT outperforms previous approaches, obtaining "
                                                                "new state-of-the-art performances on four downstream "
                                                                "Vietnamese NLP tasks.", True),
        ("a-model", "Evaluations on datasets such as semantics, mathematics, reasoning, code, knowledge, etc., show that "
                    "the base model has the strongest performance among pre-trained models under 10B.", True),
        ("a-model", "As we show in our paper, Lag-Llama has strong zero-shot capabilities.", True),
        ("a-model", "They outperform many of the available open source and closed chat models on common industry "
                    "benchmarks.", True),
        ("a-model", "Evaluations of the weather will follow.", False),
        ("a-model", "As we show in the code below, the model loads in one line.", False),
        # (gh1001, gh1002: what its makers' tests found, a gain counted over datasets, tests in Chinese)
        ("a-model", "According to our internal tests, both models perform similarly in terms of visual quality.", True),
        ("a-model", "The new model achieved significant improvements (~20%) for low-frequency cases in NMAE for 40 "
                    "datasets on the Monash repository.", True),
        ("a-model", "经过测试，我们的改进使得中文编码/解码速度提高了约350％。", True),
        ("a-model", "According to the authors, the model is small.", False),
        # (gh1005, gh1006: an analysis of its own, improvements its makers demonstrate, a performance it exceeds)
        ("a-model", "Our toxicity analysis shows that it behaves in the middle of existing models.", True),
        ("a-model", "We demonstrate statistically significant improvements over BERT.", False),
        ("a-model", "This 8B model exceeds the performance of Llama 2's 70B model.", True),
        ("a-model", "The study shows that cyclones will form more often.", False),
        ("a-model", "We evaluate its capabilities on numerous tasks and find that its zero-shot performance is "
                    "impressive.", True),
        ("a-model", "TCD produces better results in 4 steps, even exceeding the performance of DPM-Solver++(2S).", True),
        # (a comparison with models it names, further on in the sentence; not with models it leaves unnamed)
        ("a-model", "* SecureBERT has demonstrated significantly higher performance in predicting masked words within "
                    "the text when compared to existing models like RoBERTa (base and large), SciBERT, and SecBERT.",
         True),
        ("a-model", "It offers higher performance than previous models.", False),
        # a row that judges, in words, the outputs of the versions the columns compare
        ("a-model", "| | Without it | Alpha | Beta |\n|-|-|-|-|\n| Prompts | Base prompt | Base prompt + tags | Base "
                    "prompt + tags |\n| Performance | It can't even generate vivlos | It can generate the character but "
                    "not enough detail | Way better than alpha, more details |", True),
        ("a-model", "| | Small | Large |\n|-|-|-|\n| Performance | fast | slow |", False),
        # (data for benchmarks, another's result)
        ("a-model", "Other benchmark datasets in Filipino can be found in my website.", False),
        ("a-model", "We followed CamemBERT, who reported better performance with this diverse dataset.", False),
    ],
)
def test_how_well_a_model_does_said_without_scores(title: str, text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text, title)) is found


def test_a_model_info_heading_covers_what_the_model_is() -> None:
    text = "---\nlicense: mit\n---\n\n# German Electra Uncased\n\n# Model Info\n\nSuitable for German tasks.\n"
    assert not [d for d in lint_text(text, plugins=False)
                if d.code == "MC201" and (d.data or {}).get("topic") == "description"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Note that this model should be fine-tuned on a downstream task, like Automatic Speech Recognition.", True),
        ("The training notebooks are still early drafts. Also results can probably improved a lot.", True),
        ("The model uses the dummy retriever. Better results are obtained by using the full retriever.", True),
        ("The tfhub model and this PyTorch model can produce slightly different embeddings.", True),
        ("This is a simplified version. Hopefully will train a more complex model in the future.", True),
        ("The model can be fine-tuned on any downstream task.", False),
        ("It produces sentence embeddings for semantic search.", False),
    ],
)
def test_a_model_to_fine_tune_first_results_to_improve_or_outputs_that_differ(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def _topics(text: str) -> set[str]:
    # (a card that lacks every topic gets one finding, which lists them)
    return {t for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{text}\n", plugins=False)
            if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("| run | task | trained on |\n|---|---|---|\n| walk-v2 | walking | LAFAN1 clips |", "training-data"),
        ("| run | task | verified result (sim) |\n|---|---|---|\n| walk-v2 | walking | 10 m without a fall |",
         "evaluation"),
        ("## Use\n\nEncoders are used frozen, mean-pooled, with a trained head.", "intended-uses"),
        ("## Datele\n\nS-au folosit date de la Common Voice.", "training-data"),
        ("## Rezultate\n\nWER 12.3.", "evaluation"),
    ],
)
def test_columns_a_use_heading_and_romanian_headings_cover_their_topic(text: str, covered: str) -> None:
    assert covered not in _topics(text)


def test_a_column_of_expected_outputs_is_no_result() -> None:
    text = "| input | expected output |\n|---|---|\n| hello | world |"
    assert "evaluation" in _topics(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Matryoshka-tuned DEk21 on Vietnamese legal question-chunk pairs.", True),
        ("- Clean50-only training, Full Attention across all 30 layers; no dropout.", True),
    ],
)
def test_a_tuned_compound_and_the_only_data_trained_on(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Indicative only (dataset-scale robustness evaluation is future work).", True),
        ("It is not a claim of classical-SR SOTA or a substitute for perceptual evaluation.", True),
    ],
)
def test_work_left_to_do_or_a_claim_not_made_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_a_pointer_to_a_file_of_evaluation_results() -> None:
    text = "See [eval_results.json](https://hf.co/x/blob/main/eval_results.json) for evaluation results."
    assert pointers.points_to_evaluation(card(text))


def test_a_metadata_dataset_named_with_its_digits_apart() -> None:
    text = "No accuracy loss: VGG-16 is over-parameterized for CIFAR-10, so pruning acts as a regularizer."
    card_text = f"---\nlicense: mit\ndatasets: [cifar10]\n---\n\n# a-model\n\n{text}\n"
    assert names_metadata_dataset(Card.from_text(card_text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This is still an on-going work and the results will be updated.", True),
        ("This is a first run of a Hindi language model.", True),
        ("This is a second attempt at a Dhivehi language model.", False),  # (the first one's problem is fixed)
        ("Dummy model used for unit testing and CI.", True),
        ("The model is already usable for non-critic applications.", True),
        ("However, they are most effective in the context of knowledge distillation.", True),
        ("Trained with UMLS 2020AA (English only), using PubMedBERT as the base model.", False),
        ("The performance of the ERNIE-tiny only decreases by an average of 2.37% compared to ERNIE 2.0 base.", True),
        ("As we can see the performance drop is very little.", True),
        ("We found out using original Tensorflow implementation gives better results.", True),
        ("The model achieves a loss of 0.398, but may likely continue to decline if trained for more epochs.", True),
        ("The loss declines steadily over training.", False),
    ],
)
def test_a_model_not_done_not_for_real_use_or_with_a_measured_cost(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found



@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 1.2B model. Its purpose is to establish that the visual path carries image-specific information.", True),
        ("> **Open hotword detection for private voice systems.**", True),
        ("Answer several runtime-defined questions about one state, in a single forward pass.", True),
        ("Install the package first.", False),
    ],
)
def test_its_purpose_a_task_opening_a_quote_and_an_imperative_opening(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_data_after_a_parenthesis_that_follows_the_verb() -> None:
    text = "Fine-tuned via supervised fine-tuning (SFT) on conversational data using the Muon optimizer."
    assert coverage.states_training_data(card(text))


def test_not_positioned_as_a_finished_model_is_a_caveat() -> None:
    assert caveats.states_caveat(card("It is not positioned as a finished caption-quality model."))


def test_a_todo_named_as_the_items_of_a_roadmap_is_no_placeholder() -> None:
    text = ("Hub uploads and remote publishing are intentionally deferred as future **TODO** items. Current focus "
            "is local pre-training.")
    assert not [d for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{text}\n", plugins=False)
                if d.code == "MC301"]


def test_what_a_benchmark_runs_on_is_an_evaluation() -> None:
    text = "The first real-data smoke benchmark uses a small SEVIR VIL subset."
    assert pointers.points_to_evaluation(card(text))


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("## Open Problems\n\n- One still frame carries no velocity.", "limitations"),
        ("## Training\n\nThe model clones 863k such frames, then plays two rounds of 40k frames per game.",
         "training-data"),
        ("- Export metadata EER: `0.0`", "evaluation"),
    ],
)
def test_open_problems_frames_counted_under_training_and_an_equal_error_rate(text: str, covered: str) -> None:
    assert covered not in _topics(text)


def test_a_title_that_ends_with_its_task_after_a_dash() -> None:
    text = "A small graph encoder over document elements."
    assert purpose.states_intended_use(card(text, "Element Graph Encoders (v2.1) — academic multimodal retrieval"))
    assert not purpose.states_intended_use(card(text, "Element Graph Encoders (v2.1) — version two"))


def test_a_title_that_names_its_task_by_the_short_form_of_machine_translation() -> None:
    text = "- https://example.org"
    assert purpose.states_intended_use(card(text, "Sugoi v4 JPN->ENG NMT Model by MingShiba"))
    assert purpose.states_intended_use(card(text, "English-German NMT model"))
    assert not purpose.states_intended_use(card(text, "Sugoi v4 JPN->ENG Model by MingShiba"))


def test_a_table_of_a_detectors_map_at_iou_thresholds_is_a_result() -> None:
    table = "| folder | params | COCO mAP50-95 |\n|---|---|---|\n| r18 | 20M | 46.4 |\n| r34 | 31M | 48.9 |"
    assert "evaluation" not in _topics(table)
    assert "evaluation" in _topics(table.replace("COCO mAP50-95", "COCO classes"))


def test_a_line_of_facts_under_bold_labels_without_colons() -> None:
    strip = "**Task** Supervised regression  ·  **Data** NYC TLC Yellow Taxi Trip Records, January 2024  ·  **Metric** MAE"
    assert "training-data" not in _topics(strip)
    # (one bold word opening a sentence, or bold words inside one, are no labels)
    assert "training-data" in _topics("**Data** comes later, with **Task** notes.")
    assert "training-data" in _topics("We ask **Data** questions  ·  and **Task** ones.")


def test_the_trainers_sentence_that_names_a_benchmark_of_one_task_as_its_dataset() -> None:
    text = ("This model is a fine-tuned version of [facebook/wav2vec2-xls-r-1b](https://huggingface.co/facebook/"
            "wav2vec2-xls-r-1b) on the MOZILLA-FOUNDATION/COMMON_VOICE_8_0 - FR dataset.")
    assert purpose.states_intended_use(card(text))
    assert not purpose.states_intended_use(card(text.replace("COMMON_VOICE_8_0", "OSCAR_2301")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("GPT2 Small Trained on movie scripts (especially Sci-fi)", True),
        ("Trained on TV scripts of Friends.", True),
        ("The model was trained with the scripts in this repository.", False),  # (a training's scripts, no data)
    ],
)
def test_a_films_scripts_are_training_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_a_chatbot_named_in_the_title_says_what_the_model_is_for() -> None:
    text = "Model used for https://www.metayazar.com/chatbot"
    assert purpose.states_intended_use(card(text, "GPT2 Persona Chatbot based on Movie Characters"))
    assert not purpose.states_intended_use(card(text, "GPT2 Persona based on Movie Characters"))


def test_our_models_named_by_their_task_in_the_plural() -> None:
    text = "We are glad to introduce our instruction finetuned code generation models based on CodeLLaMA: XwinCoder."
    assert purpose.states_intended_use(card(text))
    assert not purpose.states_intended_use(card(text.replace("code generation", "new")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is not very smart and creative, but it is small and fast.", True),
        ("It's not very good.", True),
        ("It is not very large.", False),  # (a size, no weakness)
    ],
)
def test_a_model_admitted_not_clever_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Las variables utilizadas para entrenar el modelo son: temperatura, humedad.", True),
        ("Les données utilisées pour entraîner le modèle viennent de Kaggle.", True),
        ("El modelo se puede usar para entrenar otros.", False),  # (what it may be used for, not what it learnt from)
    ],
)
def test_what_was_used_to_train_the_model_in_other_languages(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("'train_set' data (3,569 records) are not classified by NLP, but rather string-matching.", True),
        ("The training set holds 3,569 records.", True),
        ("Training took 8 hours on 2 GPUs.", False),
    ],
)
def test_the_training_set_counted_by_what_it_holds(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("* A single continuous value representing the predicted daily unit sales (`sales`) for a given SKU.", True),
        ("It returns the estimated age of the speaker.", True),
        ("It returns the predicted value.", False),  # (names nothing it predicts)
    ],
)
def test_what_it_gives_back_named_as_predicted(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_the_model_evaluated_under_the_name_its_title_gives() -> None:
    text = ("ESM-1b has been evaluated on a variety of tasks related to protein structure and function, including "
            "remote homology detection, producing state-of-the-art results.")
    assert "evaluation" not in _topics_titled(text, "**ESM-1b**")
    assert "evaluation" in _topics_titled(text, "**ProtBert**")  # (another model's evaluation)


def _topics_titled(text: str, title: str) -> set[str]:
    return {t for d in lint_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n", plugins=False)
            if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The model is trained on a mix of open summarisation data RussianNLP/Mixed-Summarization-Dataset.", True),
        ("The model was fine-tuned from meta-llama/Llama-2-7b on our data.", False),  # (a base model's id)
        ("I scraped a m.tibb.az website using Python where 27k questions in 19 medical branch have been asked", True),
        ("Texts were collected from news websites.", True),
        ("We collected feedback on the website.", False),
        ("Lithuanian fine-tune of Parakeet on ~43 hours of Lithuanian speech data.", True),
        ("Это чекпоинт, который видел примерно 7000 часов аудио на русском языке.", True),
        ("Inference takes 2 hours of audio per minute.", False),  # (no training spoken of)
        ("Modelin eğitiminde 3388 tweet kullanıldı.", True),
        ("High-quality training dataset containing 1,010 clean, conversational Telglish informational pairs", True),
    ],
)
def test_more_ways_to_say_the_training_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("These models perform well across various natural language processing tasks, including similarity search.",
         True),
        ("It can serve as a pre-trained checkpoint for either making inferences or for fine-tuning.", True),
        ("歌声音色转换模型，通过 HuBERT 提取特征。", True),  # (singing voice conversion)
        ("Esta es una implementación de F5-TTS, con el objetivo de integrarlo con sistemas embebidos.", True),
        ("Ce modèle a été entraîné dans le but de classer des avis.", True),
        ("Určeno pro zábavu, kreativní experimenty a interaktivní projekty.", True),  # (Czech: intended for)
        ("El modelo fue evaluado con el conjunto de prueba.", False),
    ],
)
def test_what_it_is_for_said_across_tasks_as_a_checkpoint_or_as_an_aim(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Nätverksintrångsdetektering", True),  # (Swedish: network intrusion detection, one compound)
        ("Lithuanian Parakeet TDT 0.6B", True),  # (a family of speech recognisers)
        ("Network model", False),
    ],
)
def test_a_title_that_names_a_task_in_a_compound_or_by_a_family(title: str, found: bool) -> None:
    assert purpose.states_intended_use(card("Some text.", title)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Inputting plain Arabic text without diacritics will result in poor pronunciation and robotic prosody.", True),
        ("Plain Piper feeds the model raw letters, not IPA, and will not produce Lithuanian.", True),
        ("Training longer results in better scores.", False),
        ("The model will generate a caption.", False),
    ],
)
def test_what_a_way_of_using_it_results_in_or_what_it_will_not_produce(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_evaluation_results_to_be_read_in_a_paper_the_card_points_to() -> None:
    text = "For further details or evaluation results, please visit the associated [paper](x) or [GitHub repository](y)."
    assert "evaluation" not in _topics(text)
    assert "evaluation" in _topics("For further details, please visit the associated [paper](x).")


def test_what_the_model_is_used_for_in_arabic() -> None:
    assert purpose.states_intended_use(card("هذا النموذج يستخدم للتنبؤ بسعر السيارة المستخدمة."))
    assert not purpose.states_intended_use(card("هذا النموذج صغير."))


def test_an_agent_named_as_what_the_model_is_and_hours_of_audio_in_code() -> None:
    assert titles_free_description("This is the agent trained on retrieval-free Android UI-Simulator.")
    assert not titles_free_description("This is the repository of our team.")
    assert coverage.states_training_data(card("Это чекпоинт, который видел примерно `7000` часов аудио."))


def titles_free_description(text: str) -> bool:
    return "description" not in _topics(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is not approved for adverse action, autonomous credit decisions or production use.", True),
        ("It is not advisable to feed multiple sentences into the model at once.", True),
        ("They have not yet been measured on real scans.", True),
        ("On long recordings this model silently drops large spans of speech.", True),
        ("The model is approved for research.", False),
    ],
)
def test_a_use_not_approved_or_advised_what_it_silently_drops_and_what_was_not_measured(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("Evaluations of our model are available on the original MIT saliency benchmark.", "evaluation", True),
        ("This repository contains a classifier head and evaluation artifacts.", "evaluation", True),
        ("Evaluation is planned.", "evaluation", False),
        ("The price data it trains on is not redistributed.", "training-data", True),
        ("Trained on `seed_bh` labels from `data/adt5111_s1_to_s7.xlsx` (sheet `SD_2`).", "training-data", True),
        ("The model was trained with `config.yaml`.", "training-data", False),
        ("YOLOv8s trained on solar panels dataset", "intended-uses", True),
        ("It improves Qwen3-1.7B's ability to converse and teach in Tagalog.", "intended-uses", True),
        ("It improves the model's ability to generalize.", "intended-uses", False),
    ],
)
def test_results_available_elsewhere_data_it_trains_on_a_yolo_and_an_ability(text: str, topic: str,
                                                                             covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_an_accuracy_that_may_not_hold_is_a_caveat() -> None:
    assert caveats.states_caveat(card("Model accuracy may not hold up on pieces of text longer than a tweet."))
    assert not caveats.states_caveat(card("The model holds up well on long texts."))


def test_a_row_of_a_property_table_that_gives_a_qualified_metric_and_a_score_with_a_note() -> None:
    table = ("| Property | Value |\n|---|---|\n| Architecture | CRNN (Conv + BiLSTM + CTC) |\n"
             "| Best val CER | **4.17%** (epoch 50) |")
    assert "evaluation" not in _topics(table)
    assert "evaluation" in _topics(table.replace("Best val CER", "Best epoch"))


def test_what_it_fails_to_do_is_a_caveat() -> None:
    assert caveats.states_caveat(card("The compact encoders fail to transfer zero-shot (SciEGQA/MMDocIR)."))


def test_a_card_that_shows_only_how_to_run_the_model_is_helped_to_say_what_it_is_for() -> None:
    text = "A BERT base model for Indonesian.\n\n## How to use\n\n```python\nmodel = AutoModel.from_pretrained('x/y')\n```\n"
    [found] = [d for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{text}\n", plugins=False)
               if d.code == "MC201" and (d.data or {}).get("topic") == "intended-uses"]
    assert found.help.startswith("say what the model is for")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Zero shot generation works pretty well as long as `topic` is a single word.", True),
        ("The model has shown some effectiveness in languages beyond those listed above.", True),
        ("It works well with a temperature of 0.7.", False),  # (a setting to use, no intensifier: not a result)
    ],
)
def test_how_well_it_does_said_informally(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Behavior beyond Re_max is untested (§9.2).", True),
        ("The model has not yet been validated on real scans.", True),
        ("It is not yet competitive with the fastest field entries on raw latency.", True),
        ("The model was tested on three held-out sets.", False),
        ("It is competitive with much larger models.", False),
    ],
)
def test_what_is_untested_or_not_yet_competitive_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Its only purpose is to let an end-to-end test of a pipeline run on a laptop.", True),
        ("ekVachan -- an open, self-hostable alternative to TypeSafe AI's decision model.", True),
        ("It is a drop-in replacement for bert-base-uncased.", True),
        ("We use LoRA as an alternative to full fine-tuning.", False),
        ("It is not a replacement for a doctor.", False),
        # what it is (not) to be used as (gh779 astarostap/distilbert-cased-antisemitic-tweets)
        ("The goal for this model is not to be used as a final say on what is or is not antisemitic, but rather as a "
         "first pass on what might be antisemitic and should be reviewed by human experts.", True),
        ("It is meant to be used as a baseline for Dutch NER.", True),
        ("It was used as a baseline in our paper.", False),
        ("The embeddings are to be used with care.", False),
    ],
)
def test_its_only_purpose_and_what_it_stands_in_for_are_intended_uses(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(("text", "missing"), [
    # a tokenizer made for tests says what it is, what it is for, and has nothing learnt to score
    ("Toy Wordlevel Tokenizer created for testing.", set()),
    # (a tokenizer named as the paragraph's subject says what the repository holds; not a tokenizer named in passing)
    ("A BPE tokenizer trained on Wikipedia for Lao text.", None),
    ("The Usage of tokenizer for Lao is in https://github.com/x/y.", {"description", "intended-uses", "limitations",
                                                                      "training-data", "evaluation"}),
])
def test_a_tokenizer_made_for_tests(text: str, missing: set[str] | None) -> None:
    found = [d for d in lint_text(f"{text}\n\n```\ntokenizer = Tokenizer(WordLevel())\n```\n") if d.code == "MC201"]
    topics = {t for d in found for t in (d.data.get("topics") or [d.data["topic"]])}
    assert topics == missing if missing is not None else "description" not in topics


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This is not a trained model. Every weight in this repository is random.", True),
        ("It exists as a test fixture. This adapter is untrained.", True),
        ("The classification head is randomly initialized; fine-tune it on your task.", False),
        # a model made for testing software, not for use
        ("The model is used for testing, not intended to be used in production.", True),
        ("The model is used for testing the limits of long-context retrieval.", False),
        # random weights, by the model's name; an unpretrained copy of an architecture
        ("The weight of random-roberta-tiny is randomly initiated.", True),
        ("We introduce an unpretrained version of a mini RoBERTa model.", True),
        ("The weights of the classification head are randomly initialized.", False),
        # a model trained for more than one task was trained
        ("This model is not trained solely for text-to-image tasks, but as a part of a dialogue model.", False),
        # (gh758 lgrobol/electra-minuscule-discriminator), not a model not trained on some data
        ("A ridiculously small model for testing purposes. THIS MODEL HAS NOT BEEN TRAINED.", True),
        ("The model has not been trained on French.", False),
        # (gh792 robot-test/dummy-tokenizer-wordlevel), not a model made to test something
        ("Toy Wordlevel Tokenizer created for testing.", True),
        ("A toy model created for testing the limits of attention.", False),
    ],
)
def test_a_model_with_nothing_learnt_is_not_asked_for_evaluation(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("The weight of random-roberta-tiny is randomly initiated. Use it to train from scratch.", True),
        ("This is not a trained model. Every weight in this repository is random.", True),
        ("The weights of the classification head are randomly initialized.", False),
    ],
)
def test_a_model_with_nothing_learnt_has_no_other_limits_to_state(text: str, covered: bool) -> None:
    # its one limit, that it learnt nothing, is the statement itself
    assert ("limitations" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This is just a Test Model. Do NOT use for anything!", True),
        ("Only a dummy model, for the pipeline's smoke tests.", True),
        ("Do not use this model for anything.", True),
        ("We built a test set and evaluated the model on it.", False),
    ],
)
def test_a_model_for_no_use_at_all_states_its_use(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Trained mostly on synthetic renders plus hand-checked real frames.", True),
        ("The classifier was fine-tuned on 40k dermoscopic images.", True),
        ("The model was trained with images of size 224.", False),
        ("It was trained on 8 GPUs in a day.", False),
    ],
)
def test_the_kind_of_pictures_a_model_learnt_from_is_its_training_data(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("> Use it if you want better polars on common operations and can accept both.", True),
        ("> Do not use it as a general coding model.", True),
        ("It is the model behind the pianoCV app.", True),
        ("Use it when loading.", False),
    ],
)
def test_when_to_use_it_what_not_to_use_it_as_and_what_it_runs_behind(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_a_heading_of_two_topics_holds_each_whole() -> None:
    assert "evaluation" not in _topics("## Verification and limitations\n\nIt matches 34 of 35 answers.")
    assert "evaluation" not in _topics("## Validation\n\nIt does fine.")
    assert "evaluation" in _topics("## Model validation and use\n\nIt does fine.")


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("It is built for the high-volume judgement calls inside a product: routing, moderation.", "intended-uses",
         True),
        ("It was built for speed.", "intended-uses", False),
        ("> **Simulation-only.** Fine-tuned in a simulator — not tested on physical robots.", "limitations", True),
        ("## What it will never do\n\nDecide the merits of a case.", "limitations", True),
    ],
)
def test_what_it_is_built_for_what_it_will_never_do_and_a_bare_not_tested(text: str, topic: str,
                                                                          covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("> [SmolVLA](https://arxiv.org/abs/2506.01844) finetuned for\n> pen pick-and-place on a real arm.",
         "intended-uses", True),
        ("It was fine-tuned for 3 epochs.", "intended-uses", False),
        ("It was fine-tuned for several hours.", "intended-uses", False),
        ("Validated on a real SO-101 follower arm. It picks the pen.", "evaluation", True),
        ("Tested on Ubuntu 22.04.", "evaluation", False),
        ("- Validate outputs before using them in user-facing or high-stakes workflows.", "limitations", True),
        ("The model does not accept audio samples directly.", "limitations", True),
    ],
)
def test_what_it_was_tuned_for_where_it_was_tried_and_outputs_to_check(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a model's kind and its task without an article: "Encoder-only transformer for anomaly detection"
        ("Encoder-only transformer for anomaly detection in univariate timeseries data.", "intended-uses", True),
        ("Midi event transformer for music generation.", "intended-uses", True),
        ("A transformer for 3 epochs.", "intended-uses", False),
        # a checkpoint for a task named after a colon: "Pre-trained checkpoint for **HEIST: Hierarchical Embeddings"
        ("Pre-trained checkpoint for **HEIST: Hierarchical Embeddings for Spatial Transcriptomics**.", "intended-uses",
         True),
        # inputs outside what it reads, left out; what it is not to be relied on as
        ("Genes outside this vocabulary are ignored, so panels with unknown genes still work.", "limitations", True),
        ("Genes outside this vocabulary are mapped to the nearest one.", "limitations", False),
        ("These artifacts are research evidence, not reliable poets or production language models.", "limitations",
         True),
        # a Gym-style environment it was trained in; an abliterated model, its weights edited, not trained
        ("V5 was trained in the custom `NeonHighwayEnv-v5` task with QR-DQN.", "training-data", True),
        ("V5 was trained in the custom way with QR-DQN.", "training-data", False),
        ("Norm-preserving biprojected abliteration of the base model's refusal direction.", "training-data", True),
        # outputs judged by ear, or translations shown under their own heading: a qualitative evaluation
        ("The ratio was selected empirically by listening to output quality:\n\n| Alpha | Quality |\n|---|---|\n"
         "| 0.7 | Good |", "evaluation", True),
        ("## Example Translations\n\n| English | Spanish |\n|---|---|\n| Hello | Hola |", "evaluation", True),
        ("## Example Output\n\n```\nHola\n```", "evaluation", False),
        # the records it learnt from; cases it passed; what it is not
        ("- Trained on synthetic patient cases, not real EHR data.", "training-data", True),
        ("Baseline: **0/10** adversarial cases passed. Trained: **10/10**.", "evaluation", True),
        ("Released 2024/10 and passed to the team.", "evaluation", False),
        ("The docs' example returns noul **0.9503** (official 0.95) and score **1.0404** (official 1.05).",
         "evaluation", True),
        ("It needs transformers 4.40 (official release).", "evaluation", False),
        ("It is not a real-time audio-callback model: run it on a worker thread.", "limitations", True),
        ("It is a real-time model.", "limitations", False),
        ("- Intended use: research video prediction. Not validated as a deployed robot controller.", "limitations",
         True),
        ("| Check | Status |\n|---|---|\n| Smoke test | 6/6 PASS |", "evaluation", True),
        ("| Check | Status |\n|---|---|\n| Smoke test | planned |", "evaluation", False),
        # what it is capable of, by an activity; a doer of its task as what it is
        ("Kite is an open system that advances practical capabilities in long-horizon coding and design.",
         "intended-uses", True),
        ("It has capabilities in training.", "intended-uses", False),
        ("**The most accurate visual document retriever, with native 128-dimensional token vectors.**", "description",
         True),
        # what its outputs serve as; a conversion not trained; the kind of data it draws on; a settings table's data
        ("Predictions are identification aids, not a diagnosis.", "intended-uses", True),
        ("Results are shown below.", "intended-uses", False),
        ("This is a format conversion. It is not trained, fine-tuned, merged, or quantized.", "training-data", True),
        ("The release is video-only. Audio parameters are not trained.", "training-data", False),
        ("Both leverage large-scale speech training data and the audio understanding of their base.", "training-data",
         True),
        ("It leverages more training data than v1.", "training-data", False),
        ("- **Training samples:** 14\n- **Test samples:** 4", "training-data", True),
        ("## Training details\n\n| Setting | Value |\n|---|---|\n| Demonstrations | 50 PushT expert episodes |",
         "training-data", True),
        ("## Training details\n\n| Setting | Value |\n|---|---|\n| Data type | bfloat16 |", "training-data", False),
        # a use it is not made for, scores lost, slower than others; what it is designed to do, where it is used; data
        # it draws on by its kind
        ("This model isn't intended for direct use but for fine-tuning on a downstream task.", "limitations", True),
        ("Our scores dropped slightly due to insufficient realignment.", "limitations", True),
        ("It is not as fast as LCM and Turbo, but the quality is higher.", "limitations", True),
        ("A series of models designed to replicate the prose quality of larger models.", "intended-uses", True),
        ("Can be used in [sd-webui-controlnet](https://github.com/x/y).", "intended-uses", True),
        ("The arguments can be used in isolation.", "intended-uses", False),
        ("BLIP effectively utilizes the noisy web data by bootstrapping the captions.", "training-data", True),
        ("It uses the input data as is.", "training-data", False),
        ("It scores below the leaderboard, which uses full task data and multi-GPU runs.", "training-data", False),
        ("ERNIE is designed to learn language representation enhanced by knowledge masking.", "intended-uses", False),
        ("Both leverage large-scale speech training data.", "training-data", True),
        # data a quantization was calibrated on; the aim it was trained with; a model towards a task; answers that
        # change with the wording, what it expects of its input, a model not tuned for instructions yet
        ("Produced using AutoFP8 with calibration samples from ultrachat.", "training-data", True),
        ("SuperCOT is a LoRA trained with the aim of making LLaMa follow prompts better.", "intended-uses", True),
        ("SAM 2 is a foundation model towards solving promptable visual segmentation.", "intended-uses", True),
        ("The same prompt worded differently can give wildly different answers.", "limitations", True),
        ("It is expected that query includes all parameters during inference as well.", "limitations", True),
        ("It is expected that training takes two hours.", "limitations", False),
        ("> This is not an instruct tune model! (soon...)", "limitations", True),
        # a model with no instruction tuning, bad outputs it gives, what it may be
        ("Pruned from a base model, which has no instruction tuning.", "limitations", True),
        ("The chat format will give you deranged results.", "limitations", True),
        ("Still evaluating, don't get too excited! Might be incredibly dumb.", "limitations", True),
        ("It can be used with no chat template.", "limitations", False),
        ("The performance may unstable and the next version is optimizing!", "limitations", True),
        ("This is extremely PoC version. Training truncates long stories.", "limitations", True),
        # scores compared with another version's, tests it passes
        ("Their EQ Bench scores are virtually the same as v1.0's.", "evaluation", True),
        ("It passes some tests I use that v1.0 fails.", "evaluation", True),
        ("The scores are stored in a list.", "evaluation", False),
        ("It achieves performance comparable to GPT4-Turbo in code-specific tasks.", "evaluation", True),
        ("It achieves superior performance compared to closed-source models such as GPT4-Turbo.", "evaluation", True),
        # a use advised against: what the model is not for, and a limitation
        ("**We do not recommend using base language models for conversations.**", "intended-uses", True),
        ("**We do not recommend using base language models for conversations.**", "limitations", True),
        # how its outputs depart from the original's
        ("There are slight discrepancies between the output of the fix and the original VAE.", "limitations", True),
        ("There are small differences between the two training setups.", "limitations", False),
        # data described, unnamed; the goal a model was made with
        ("A dreambooth model trained on a diverse set of close to medium range portraits of people.", "training-data",
         True),
        ("The model was trained on a set of 8 GPUs.", "training-data", False),
        ("The goal was to create a model with a consistent portrait composition.", "intended-uses", True),
        ("Our goal is to train a model that is fast.", "intended-uses", False),
        # (gh790 CarlosPR/mt5-spanish-memmories-analysis: what it is to be able to do)
        ("The aim is to provide a model able to, using a mixture of mT5 model's tasks, understand memories and provide "
         "an interaction useful for people with alzeimer.", "intended-uses", True),
        ("The aim is to provide a model able.", "intended-uses", False),
        # which part of a dataset it was trained on
        ("It was trained on top of a base model, with a subset of the dataset - responses with refusals were removed.",
         "training-data", True),
        ("We evaluate on a subset of the test data.", "training-data", False),
        # the kind of records it learnt from
        ("It has been conditioned on high-quality anime images through fine-tuning.", "training-data", True),
        ("It was trained on 8 GPUs.", "training-data", False),
        ("We pre-train the models and train them on large-scale pairs data using contrastive learning.",
         "training-data", True),
        ("Trained on large-scale GPUs.", "training-data", False),
        ("[Evaluation Data](https://huggingface.co/datasets/x/bench) &ensp; [Training Data](https://huggingface.co/"
         "datasets/x/train-data)", "training-data", True),
        ("[Evaluation Data](https://huggingface.co/datasets/x/bench)", "training-data", False),
        # a heading written in HTML; the template's "Out-of-Scope Use"
        ("<h2 style=\"text-align: center\">About the model</h2>\n\nIt writes code.", "description", True),
        ("## Misuse, Malicious Use, and Out-of-Scope Use\n\nDo not use it to make deepfakes.", "intended-uses", True),
        # a sentence anywhere that says what the model is
        ("Hi.\n\n## Composition\n\nThis model is the result of an experimental use of LoRAs on model merges.",
         "description", True),
        ("Hi.\n\n## Notes\n\nThe model is available here.", "description", False),
        # in Chinese: a continuation model; a use not recommended
        ("这是一个中文小说续写模型。", "intended-uses", True),
        ("没有对话数据，不建议用于对话。", "limitations", True),
        # scikit-learn's classification report, printed
        ("```\n              precision    recall  f1-score   support\n\n       cat     0.96      0.95      0.95       493\n"
         "```", "evaluation", True),
        ("Each checkpoint holds LoRA weights. It is not a standalone base model.", "limitations", False),
    ],
)
def test_a_kind_for_its_task_inputs_left_out_an_environment_id_and_outputs_judged_by_ear(
        text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_another_models_variant_says_what_the_model_is() -> None:
    text = "Uncensored version of [google/gemma-2b](https://huggingface.co/google/gemma-2b) with refusals removed."
    assert "description" not in _topics(text)
    assert "description" in _topics("See [google/gemma-2b](https://huggingface.co/google/gemma-2b) for more.")


def test_a_hyphenated_section_heading_holds_its_parts() -> None:
    assert "training-data" not in _topics("## Rights and training-data boundary\n\nNo corpus text is included.")
    # the title names the model: "# LIMIT-BERT" is no section on limitations
    assert "limitations" in lint_topics_with_title("LIMIT-BERT")


def lint_topics_with_title(title: str, text: str = "A BERT model.") -> set[str]:
    return {t for d in lint_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n", plugins=False)
            if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the role it was made for; images called up by a word of the prompt
        ("The model is mainly developed as a base Small Speculative Model in the [SpecInfer](https://arxiv.org/abs/"
         "2305.09781) paper.", "intended-uses", True),
        ("The model is available as a download.", "intended-uses", False),
        ("You trigger double exposure style images using token: **_dublex style_** or just **_dublex_**.",
         "intended-uses", True),
        ("Use the keyword `sks` to generate pictures in this style.", "intended-uses", True),
        ("The tokenizer splits words into tokens.", "intended-uses", False),
        # a warning to use it with care; an unfinished release (not a past one, nor a parameter)
        ("No evaluation has been conducted yet, so use it with care.", "limitations", True),
        ("Take care with the settings.", "limitations", False),
        ("**It is an early alpha version made by experimenting in order to learn more about controlnet.**",
         "limitations", True),
        ("We set the alpha parameter to 0.5.", "limitations", False),
        ("## Releases\n\n**2019** We release a beta version of the BERT base cased model.", "limitations", False),
        # kinds of pictures it was trained with; a set its authors collected, by what it holds
        ("This model was trained with depth maps computed with Clipdrop's depth estimator.", "training-data", True),
        ("We train it. We carefully collected a high-quality bilingual dataset that covers common scenes, document "
         "images.", "training-data", True),
        ("We train it. We created a new dataset for this.", "training-data", False),
        # a sentence opened by the model's name that says what kind of model it is
        ("Mitsua Diffusion CC0 is a latent text-to-image diffusion model.", "description", True),
        ("Paris is a city.", "description", False),
    ],
)
def test_a_role_a_trigger_word_care_an_alpha_release_pictures_and_a_named_kind(text: str, topic: str,
                                                                                covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_title_that_names_a_doer_after_a_colon_says_what_it_is_for() -> None:
    title = "ColQwen2: Visual Retriever based on Qwen2-VL-2B-Instruct with ColBERT strategy"
    assert purpose.states_intended_use(card("See the paper.", title))
    assert not purpose.states_intended_use(card("See the paper.", "ColQwen2: based on Qwen2-VL-2B-Instruct"))


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ("from flair.datasets import CONLL_03_GERMAN\ncorpus: Corpus = CONLL_03_GERMAN()", True),
        # the test data loaded, not the training data
        ('from datasets import load_dataset\ntest_dataset = load_dataset("conll2003", split="test")', False),
    ],
)
def test_a_training_script_that_loads_the_metadatas_dataset_names_it(code: str, found: bool) -> None:
    text = f"---\nlicense: mit\ndatasets:\n- conll2003\n---\n\n# a-model\n\nA tagger.\n\n```python\n{code}\n```\n"
    assert names_metadata_dataset(Card.from_text(text)) is found


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # where its results are: in linked papers or a report
        ("We provide extensive evaluation results of the models in the [SeamlessM4T](https://arxiv.org/abs/2308.11596)"
         " and [Seamless](https://arxiv.org/abs/2312.05187) papers.", "evaluation", True),
        ("Evaluation results are in our technical report.", "evaluation", True),
        ("The evaluation results in the table are bad.", "evaluation", False),
        # in Chinese: what it aims to provide; "效果" as the heading of its results
        ("基于开源大模型构建，旨在提供性能接近GPT3.5且完全离线的轻小说翻译大语言模型。", "intended-uses", True),
        ("## 效果\n\n示例翻译见下表。", "evaluation", True),
        ("## 效果图\n\n示例见下。", "evaluation", False),
    ],
)
def test_results_pointed_to_and_chinese_aims_and_results_headings(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("title", "text", "topic"),
    [
        # the model by its name, a verb of its task after an adverb, after a bold label
        ("OpenVoice", "- **Accurate Tone Color Cloning.** OpenVoice can accurately clone the reference tone color.",
         "intended-uses"),
        # a kind of model named in the title, a doer of its task after the name and a colon
        ("BigVGAN: A Universal Neural Vocoder with Large-Scale Training", "See the paper.", "description"),
        ("BigVGAN: A Universal Neural Vocoder with Large-Scale Training", "See the paper.", "intended-uses"),
    ],
)
def test_the_models_name_doing_its_task_and_a_vocoder_title(title: str, text: str, topic: str) -> None:
    assert topic not in lint_topics_with_title(title, text)
    assert topic in lint_topics_with_title("Some Name", text)


def test_a_todo_heading_that_points_to_the_list_of_work_is_neither_empty_nor_a_placeholder() -> None:
    text = "A model.\n\n### TODO：见https://github.com/org/repo/issues/42\n\n## Usage\n\nRun it.\n"
    codes = {d.code for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{text}", plugins=False)}
    assert not codes & {"MC202", "MC301"}
    left = "A model.\n\n### TODO\n\n## Usage\n\nRun it.\n"
    codes = {d.code for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\n{left}", plugins=False)}
    assert {"MC202", "MC301"} <= codes


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a bold label whose value is a link
        ("- **Evaluation** [FastEval-OpenAssistant Overview](https://tju01.github.io/FastEval-OpenAssistant/)",
         "evaluation", True),
        ("- **Evaluation** is coming.", "evaluation", False),
        # a limitation admitted: "not pixel perfect"
        ("the art is not pixel perfect, but it can be fixed with pixelating tools", "limitations", True),
        # a named set it draws on; another model it beats on a named benchmark; notes of its testing
        ("We train it. It leverages our FLD-5B dataset, containing 5.4 billion annotations.", "training-data", True),
        ("`google/byt5-xl` significantly outperforms [mt5-xl](https://huggingface.co/google/mt5-xl) on [TweetQA]"
         "(https://arxiv.org/abs/1907.06292).", "evaluation", True),
        ("It outperforms previous models on many tasks.", "evaluation", False),
        ("Testing Notes - Compared to v3.1\n- Better at Storywriting / Narration.", "evaluation", True),
        # the uses it is optimised for
        ("The instruction-tuned models are optimized for multilingual dialogue use cases.", "intended-uses", True),
        ("The kernels are optimized for speed.", "intended-uses", False),
    ],
)
def test_a_linked_label_not_perfect_a_named_set_a_beaten_model_and_use_cases(text: str, topic: str,
                                                                               covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_the_metadatas_dataset_named_beside_words_for_data_in_korean() -> None:
    text = ("---\nlicense: mit\ndatasets:\n- klue\n---\n\n# a-model\n\n해당 모델은 KLUE/NLI, KLUE/STS 데이터셋을 "
            "활용하였으며 학습하였습니다.\n")
    assert names_metadata_dataset(Card.from_text(text))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a use advised against, and what one can do with it instead
        ("We do not advise you to use base language models for text generation. Instead, you can apply post-training, "
         "e.g., SFT, RLHF, continued pretraining, on this model.", "intended-uses", True),
        ("We do not advise you to use base language models for text generation.", "limitations", True),
        ("You can use it for code infilling.", "intended-uses", True),
        ("You can find it on the Hub.", "intended-uses", False),
        ("The model should be used for research on code completion.", "intended-uses", True),
        # a model that will likely do worse
        ("It will likely not perform as well as a model trained with full supervision.", "limitations", True),
        # data points of a named source; reported scores it matches; a row of scores
        ("We train. The model was applied to 400 million data points of CommonCrawl (CC).", "training-data", True),
        ("It is on-par or outperforms Google ALIGN's reported metrics.", "evaluation", True),
        ("| Model | VQA v2 | TextVQA | POPE |\n|---|---|---|---|\n| Score | 70.84 | 46.71 | 84.1 |", "evaluation", True),
        ("| Model | VQA v2 | TextVQA | POPE |\n|---|---|---|---|\n| Size | large | small | tiny |", "evaluation", False),
        # a ControlNet made for an image generator; a comparison with another model as a heading
        ("This repository provides a Inpainting ControlNet checkpoint for [FLUX.1-dev](https://huggingface.co/"
         "black-forest-labs/FLUX.1-dev) model.", "intended-uses", True),
        ("## Comparison with SDXL-Inpainting\n\n![](compare.png)", "evaluation", True),
    ],
)
def test_advice_against_a_use_data_points_reported_scores_and_a_controlnet(text: str, topic: str,
                                                                            covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the model called by its task, adjectives and an abbreviation between; the task of doing something; accuracy
        # in doing it; a model to fine-tune for a downstream task
        ("Depth Anything V2 provides the most capable monocular depth estimation (MDE) model.", "intended-uses", True),
        ("IndicNER is a model trained to complete the task of identifying named entities.", "intended-uses", True),
        ("Enformer led to greatly increased accuracy in predicting gene expression from DNA sequence.",
         "intended-uses", True),
        ("Therefore, this model has to be fine-tuned before it is useable on a downstream task.", "intended-uses", True),
        ("The accuracy in the table is low.", "intended-uses", False),
        # a merge of other models: made of them, not trained on data; a roleplaying model
        ("A generalist / roleplaying model merge based on Llama 3.", "training-data", True),
        ("A generalist / roleplaying model merge based on Llama 3.", "intended-uses", True),
        ("Epic Diffusion 1.0 is a heavily calibrated merge of SD 1.4, SD 1.5, Analog Diffusion.", "training-data", True),
        ("We merge our results into one table.", "training-data", False),
        ("Kunoichi-7B is a SLERP merger between my previous RP model, Silicon-Maid-7B, and Ninja-7B.", "training-data",
         True),
        ("* Check the model performance and other language models for Korean in [github](https://github.com/x/LM-kor)",
         "evaluation", True),
        ("* Check the model card in [github](https://github.com/x/LM-kor)", "evaluation", False),
        ("This model is an experimental model generated by U-net's hierarchical merging.", "training-data", True),
        ("It is a hierarchichal SLERP merge of teknium/OpenHermes-2.5-Mistral-7B, Intel/neural-chat-7b-v3-3 and "
         "openchat/openchat-3.5-1210.", "training-data", True),
        # a disclaimer of what it cannot do and of the checking its outputs need
        ("* However, it does not possess the ability to comprehend or express personal opinions or value judgments.\n"
         "* Therefore, users should take full responsibility for evaluating and verifying it on their own.",
         "limitations", True),
        # in Japanese: what it was merged and tuned for, what breaks, what is untested, what not to expect
        ("- 個人的な普段遣いのためにマージしたモデルです。\n- 頭身低めの女の子を出力するように調整しています。", "intended-uses", True),
        ("- 指の描写はプロンプト次第で簡単に破綻します。\n- 既存のLoRAとのマッチングについては未検証です。", "limitations", True),
        # a comparison from the author's tests (not "it seems to be doing very well")
        ("In my tests the 2k model was the one that got the most creativity. The 5500 model had the best image quality.",
         "evaluation", True),
        ("In my early experiments it seems to be doing very well.", "evaluation", False),
        # a heading that asks when to use it, answered under it
        ("## When should I use Puffin or Hermes 2?\n\nPuffin for multi-turn conversations and long contexts.",
         "intended-uses", True),
        ("## When was it released?\n\nIn 2023.", "intended-uses", False),
        # the corpus flair's trainer is given, in the card's training script
        ("## Training\n\n```python\nfrom flair.trainers import ModelTrainer\ncorpus: Corpus = WIKINER_FRENCH()\n"
         "trainer = ModelTrainer(tagger, corpus)\n```", "training-data", True),
        ("## Training\n\n```python\nfrom flair.trainers import ModelTrainer\ntrainer = ModelTrainer(tagger, corpus)\n"
         "```", "training-data", False),
        # a set counted with what it holds (not only counted)
        ("Chinese CLIP is a simple implementation of CLIP on a large-scale dataset of around 200 million Chinese "
         "image-text pairs. Its training takes two stages.", "training-data", True),
        ("Chinese CLIP is a simple implementation of CLIP. Its training takes two stages.", "training-data", False),
        ("It leverages an unparalleled dataset of over 6 million images. Its training takes two stages.",
         "training-data", False),
        ("このモデルは、U-Netの階層ごとに重みを変化させて複数のモデルをマージすることにより生成された試験的なモデルです。",
         "training-data", True),
        # a table of the model's facts that gives its task (not a table of many rows under "Task": its evaluations)
        ("| 名称 Name | 任务 Task | 语言 Language(s) |\n|---|---|---|\n| AltCLIP | text-image representation | 中英文 |",
         "intended-uses", True),
        ("| Task | Metric | Score |\n|---|---|---|\n| NER | F1 | 0.91 |\n| POS | Accuracy | 0.97 |", "intended-uses",
         False),
        # a score or a win rate on a named benchmark
        ("- **🚀 105.7%** of ChatGPT score on Vicuna GPT-4 evaluation", "evaluation", True),
        ("- **80.9%** Win-rate on AlpacaEval", "evaluation", True),
        ("- **80.9%** of the parameters are frozen", "evaluation", False),
        # a named set it uses; synthetic data it was made from
        ("We train it. It uses the **Bo**ring **Real**ity image datasets.", "training-data", True),
        ("We train it. It uses the GPU.", "training-data", False),
        ("We fine-tune it with GPT-4 and GPT-4-32k used to generate synthetic data.", "training-data", True),
    ],
)
def test_a_task_by_its_doing_a_merge_a_win_rate_and_synthetic_data(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_title_that_ends_with_a_doer_and_its_version_says_what_it_is_for() -> None:
    assert purpose.states_intended_use(card("See below.", "WD EVA02-Large Tagger v3"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # its intended use named as such; a model meant to be trained on a downstream task
        ("The intended use-case for this model is fictional conversation for entertainment purposes.",
         "intended-uses", True),
        ("These models are supposed to be trained on a downstream task.", "intended-uses", True),
        # a concept an image model was taught, to use as a style
        ("This is the `<hitokomoru-style>` concept taught to Stable Diffusion via Textual Inversion. Here is the new "
         "concept you will be able to use as a `style`:", "description", True),
        ("This is the `<hitokomoru-style>` concept taught to Stable Diffusion via Textual Inversion. Here is the new "
         "concept you will be able to use as a `style`:", "intended-uses", True),
        # pictures of a kind it was trained with, not their size
        ("We train. This model is trained with high quality and detailed anime images.", "training-data", True),
        ("We train. The model was trained with images of size 224.", "training-data", False),
        # an image model's merge recipe
        ("## Recipes\n\n- SuperMerger Weight sum Use MBW 1,0,0,0,0,0", "training-data", True),
    ],
)
def test_an_intended_use_named_a_taught_concept_pictures_and_a_merge_recipe(text: str, topic: str,
                                                                            covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the data used for the fine-tuning; a list of the tasks an agent was trained on, inside HTML's <summary>
        ("For the fine-tuning, we used the ASTD, ArSAS, and SemEval datasets.", "training-data", True),
        ("<details>\n<summary>The model was trained on the following tasks:</summary>\n\n- Alien\n- Amidar\n"
         "</details>", "training-data", True),
        ("It was trained on the following tasks: see the paper.", "training-data", False),
        # a named set linked with HTML
        ('The models are trained with <a href="https://github.com/togethercomputer/RedPajama-Data">RedPajama '
         'dataset</a> for 100B tokens.', "training-data", True),
        # a use it is less fit for
        ("It is less suitable for multi-turn conversations such as chat.", "limitations", True),
        # a kind of model and what it is for use in
        ("Some text first.\n\nTextual-inversion embedding for use in unconditional (negative) prompt.", "description",
         True),
        ("Some text first.\n\nTextual-inversion embedding for use in unconditional (negative) prompt.",
         "intended-uses", True),
    ],
)
def test_fine_tuning_data_listed_tasks_html_links_a_use_less_fit_and_a_kind_for_use(text: str, topic: str,
                                                                                    covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_single_word_dataset_the_training_script_loads_in_a_comment_is_named() -> None:
    text = ("---\nlicense: mit\ndatasets:\n- ontonotes\n---\n\n# a-model\n\nA tagger.\n\n```python\n"
            "from flair.datasets import ColumnCorpus\n# 1. load the corpus (Ontonotes does not ship with Flair)\n```\n")
    assert names_metadata_dataset(Card.from_text(text))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # outputs set side by side with the base model's, the same seed for both
        ("**Left image** is the base model output (no LoRA), **right image** is base (w/ LoRA). Both generations use "
         "the same seed.", "evaluation", True),
        ("Set the seed to 42 for the same output.", "evaluation", False),
        # training on a variety of outputs
        ("We train. The LoRA was made by training on a balanced variety of undesirable outputs.", "training-data",
         True),
    ],
)
def test_outputs_side_by_side_and_training_on_a_variety_of_outputs(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # artifacts it may produce (not artifacts it is robust against); what it is aimed at
        ("This is not the final version and may contain artifacts and perform poorly in some cases.", "limitations",
         True),
        ("This rank-based approach may be more robust against technical artifacts.", "limitations", False),
        ("The model is aimed at photorealism.", "intended-uses", True),
        # a set its authors collected and compiled, then what it holds
        ("We train. We have collected and compiled a large-scale open source annotated sentence pair data set, "
         "including a total of 30 million sentence pair samples.", "training-data", True),
    ],
)
def test_artifacts_it_may_produce_what_it_is_aimed_at_and_a_compiled_set(text: str, topic: str,
                                                                         covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # texts of a named source it was pretrained on, not the hardware it ran on
        ("BiomedBERT is pretrained from scratch using _abstracts_ from [PubMed](https://pubmed.ncbi.nlm.nih.gov/).",
         "training-data", True),
        ("It was trained using 8 A100 GPUs from Lambda.", "training-data", False),
        # in Chinese, the use a model is recommended for
        ("如果您需要处理超过8K的上下文长度，我们推荐使用ChatGLM3-6B-32K。", "intended-uses", True),
    ],
)
def test_texts_of_a_named_source_and_a_use_recommended_in_chinese(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a use at one's own risk, outputs not censored; a model that does less well
        ("The model output is not censored. Use at your own risk.", "limitations", True),
        ("The model is much more efficient than its larger sisters, but it performs less well.", "limitations", True),
        # what it was trained to provide; what it is based on
        ("This model was trained to provide a small and highly efficient zeroshot option.", "intended-uses", True),
        ("This model is based on Llama-3.1-8b-Instruct.", "description", True),
        # the sets a table reports on, those it was trained on
        ("We train. The table below shows accuracy for all datasets the model was trained on.", "training-data", True),
        # a "## Model" heading says what the model is
        ("## Model\n\nXLM-RoBERTa base, fine-tuned to tell 51 languages apart.", "description", True),
    ],
)
def test_own_risk_less_well_trained_to_provide_based_on_and_a_model_heading(text: str, topic: str,
                                                                            covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a card's introduction fenced as a shell's block (its prose read), but not a shell's commands
        ("```bash\nThe model was trained on the KLUE corpus of news. It answers questions.\n```", "training-data", True),
        ("```bash\npip install x. python train.py --data KLUE\n```", "training-data", False),
        # in Chinese, a use forbidden around the model's name; problems it may have
        ("我们在此声明，不要使用TeleChat模型及其衍生模型进行任何危害国家社会安全或违法的活动。", "limitations", True),
    ],
)
def test_prose_in_a_shell_block_and_a_use_forbidden_in_chinese(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the ability its tuning gave it, in English and in Chinese (not a learner's quality)
        ("We fine-tuned Llama-2 on Chinese instructions to give it strong Chinese dialogue ability.",
         "intended-uses", True),
        ("对meta-llama/Llama-2-13b-chat-hf进行LoRA微调，使其具备较强的中文对话能力。", "intended-uses", True),
        ("We trained it with dropout to improve its generalization ability.", "intended-uses", False),
        ("我们加入了噪声，使其具备更好的泛化能力。", "intended-uses", False),
        # strong abilities named by a task; what it suits, said without a subject
        ("* Strong code generation capabilities and competitive performance.", "intended-uses", True),
        ("- FaceBomb : Covers from anime to 2.5D style. Suited for general use.", "intended-uses", True),
        ("Strong reasoning capabilities.", "intended-uses", False),
        # a merge made with mergekit, or a recipe of weights: no training data of its own
        ("This model is a Mixture of Experts (MoE) made with [mergekit](https://github.com/cg123/mergekit).",
         "training-data", True),
        ("- FaceBomb\n  - recipe : 0.5((0.5(AbyssOrangeMix2_hard) + 0.5(pastelmix)) + 0.5(CounterfeitV25_25))",
         "training-data", True),
        ("- recipe : see the notebook", "training-data", False),
        # a picture named for results; not a sample of the outputs
        ("![open-llm-leaderboard.png](https://huggingface.co/o/m/resolve/main/open-llm-leaderboard.png)",
         "evaluation", True),
        ('<img src="assets/benchmark.png" width="600">', "evaluation", True),
        ("![result](https://huggingface.co/o/m/resolve/main/results/00012-1234.png)", "evaluation", False),
    ],
)
def test_an_ability_given_a_merge_recipe_and_a_results_picture(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_an_image_adapter_for_a_generator_named_in_the_title() -> None:
    text = "---\nlicense: openrail\n---\n\n# 2d pixel art (beta) embedding for SD 2.0 768px\n\nHi, I made this.\n"
    assert purpose.states_intended_use(Card.from_text(text))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a count of pictures later in the sentence that says it was trained; a collection counted
        ("The model was trained with large amount of high quality data(over 10000000 images), carefully filtered.",
         "training-data", True),
        ("The model was trained on 8 GPUs for 100 hours.", "training-data", False),
        ("A finetuned version of Silicon28 for 10 epochs off a dataset of 3990 images.", "training-data", False),
        ("For pretraining we release LAION-Audio-630K, a large collection of 633,526 audio-text pairs.",
         "training-data", True),
        # other models beaten or neared in benchmarks named by their kind (not "previous models", nowhere)
        ("- Outperforms all 7B class models in multi-lingual benchmarks", "evaluation", True),
        ("- Trade blows with MPT-7B (1T) in English evals", "evaluation", True),
        ("It outperforms previous models.", "evaluation", False),
        # what an image adapter is focused on; a use refrained from
        ("The 'Doll-Series' is a set of LORA focused on realistic Asian faces.", "intended-uses", True),
        ("Refrain from using this model for malicious intent, harm or defamation.", "intended-uses", True),
        ("The model is focused on the training efficiency.", "intended-uses", False),
    ],
)
def test_counted_data_benchmarks_by_kind_and_a_focus(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # what it was designed with in mind; what it makes when prompted
        ('- This model is designed with "anime-style" and "cute" in mind.', "intended-uses", True),
        ("A dreambooth finetune of stable diffusion that will output cool looking robots when prompted.",
         "intended-uses", True),
        ("The model can produce problematic outputs (especially when prompted to do so).", "intended-uses", False),
        # a name that "is my" merge; where its recordings were taken from
        ("## Usage\n\nRun it.\n\n## Notes\n\n**Kenshi** is my personal merges which created by combining models.",
         "description", True),
        ("The voice I make to make this model was ripped from the game (3.6 - 4.2).", "training-data", True),
        ("The model was ripped apart by critics.", "training-data", False),
    ],
)
def test_made_with_in_mind_output_when_prompted_my_merge_and_data_ripped(text: str, topic: str,
                                                                          covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a score on a benchmark named after it; where this model's metrics are, a link
        ("Starling-LM-7B-beta scores an improved 8.12 in MT Bench with GPT-4 as a judge.", "evaluation", True),
        ("The model scored 8 in total.", "evaluation", False),
        # (not a pointer to a folder of every model's results: reviewers ask for this model's in the card)
        ("Explore the dataset and runtime metrics of this model in timm [model results](https://github.com/x/results).",
         "evaluation", False),
        # an amount of data counted in pictures; an adapter for image generation
        ("- Use bucket training like novelai\n- Use large amount of high quality data(over 10000000 images)",
         "training-data", True),
        ("An all-in-one ControlNet for image generations and editing.", "intended-uses", True),
        # work its outputs still need
        ("Still requires a bit of playing around with settings in img2img to get them how you want.",
         "limitations", True),
        ("It still requires Python 3.10.", "limitations", False),
    ],
)
def test_a_score_in_a_benchmark_a_pointer_an_amount_of_data_and_work_still_needed(text: str, topic: str,
                                                                                  covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the pictures it makes; the amount a checkpoint used (a Markdown-escaped "~" too)
        ("This model creates upbeat anime style illustrations with some fx details.", "intended-uses", True),
        ("The preview checkpoint was trained briefly: it only used \\~250k image-text pairs (\\~50M tokens).",
         "training-data", True),
        ("The model creates a cache in your home folder.", "intended-uses", False),
    ],
)
def test_the_pictures_it_makes_and_the_amount_a_checkpoint_used(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the applications it is a foundation for; the training tokens counted with what they hold
        ("A more comprehensive foundation for real-world applications such as **Code Agents**.", "intended-uses", True),
        ("We scale up the training tokens into 5.5 trillion including source code and synthetic data.",
         "training-data", True),
        # a condition it needs, or its outputs break; problems it has, in Chinese
        ("The size of the picture should be at least 768, otherwise it will collapse.", "limitations", True),
        ("Faces may deform at low resolution.", "limitations", True),
        ("starlake为未融合版本，存在较多人体结构问题，可用于融合。", "limitations", True),
        ("Save the file, otherwise it will be lost.", "limitations", False),
    ],
)
def test_applications_such_as_training_tokens_and_conditions_it_needs(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # an artist's work it was trained on; the kind of sets; the sets a label says were used; by the thousand
        ("Inspired by Hollie Mengert, this a fine-tuned Stable Diffusion model trained on her work.",
         "training-data", True),
        ("- Instruction-following datasets used: instruct_nsfw_cn", "training-data", True),
        ("Trained in a week. This model used thousands of midjourney generated images.", "training-data", True),
        ("This model was trained on her laptop.", "training-data", False),
        # a section named for a use by its verb, with prose under it (not code)
        ("## Generate face with the identical poses and expression\n\nInput an image and extract its landmarks.",
         "intended-uses", True),
        ("## Generate text\n\n```python\npipe('hi')\n```", "intended-uses", False),
        # a sanity check is an evaluation; a table of top-1 accuracies is results
        ("## Sanity Check\n\nIdentical sentences should score 100.", "evaluation", True),
        ("| model | top1 | top5 |\n|---|---|---|\n| a | 84.99 | 97.29 |\n| b | 84.77 | 97.34 |", "evaluation", True),
    ],
)
def test_an_artists_work_data_kinds_labels_uses_by_heading_and_top1(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # outputs of a lower quality it may give
        ("1. This version employs TAESD, which may produce low-quality images when weight_type is float16.",
         "limitations", True),
        # a merge of various models; a frankenmerge made with mergekit
        ("A series of merged models that is just a messy merge of various models.", "training-data", True),
        ("This is a 120b frankenmerge created by interleaving layers of [a](https://x.y/a) with [b](https://x.y/b) "
         "using [mergekit](https://github.com/cg123/mergekit).", "training-data", True),
        # a table of scores whose metrics are named in a row under the header, this model's row marked "(ours)"
        ("| 模型/数据集 | Dureader-2021 | tencentmedical |\n|---|---|---|\n| | F1-score | Accuracy |\n"
         "| macbert-large | 65.49 / 64.27 | 82.5 |\n| macbert-large (ours) | 70.45 / **68.13** | **83.4** |",
         "evaluation", True),
        # tasks it does well on, in Chinese; a gain in points over another version, in Japanese
        ("此库发布的再训练模型，在 阅读理解/分类 等任务上均有大幅提高", "intended-uses", True),
        ("手元の非公開データセットでは、バージョン1よりも1.5〜2ポイントほど精度が高い結果が得られました。",
         "evaluation", True),
    ],
)
def test_lower_quality_merges_of_various_models_ours_rows_and_gains_in_points(text: str, topic: str,
                                                                              covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # scores listed for a family, "respectively on" a benchmark
        ("Qwen2.5-Math-1.5B/7B/72B-Instruct achieve 79.7, 85.3, and 87.8 respectively on the MATH benchmark.",
         "evaluation", True),
        # a comparison table with measure columns beside its scores; rows without their first pipe; "Acc@1"
        ("| Model | Vocabulary(K) | Backbone #Params(M) | SQuAD 2.0(F1/EM) | MNLI-m/mm(ACC) |\n|---|---|---|---|---|\n"
         "| RoBERTa-base | 50 | 86 | 83.7/80.5 | 87.6/- |\n| XLNet-base | 32 | 92 | -/80.2 | 86.8/- |", "evaluation", True),
        ("| Model | Pretrain | IN-1K Acc@1(%) | MACs(G) |\n|---|---|---|---|\n[TinyCLIP 39M](./a.json) | YFCC-15M | 63.5 | 9.5\n"
         "[TinyCLIP 8M](./b.json) | YFCC-15M | 41.1 | 2.0", "evaluation", True),
        ("| Model | Pretrain | IN-1K Acc@1(%) |\n|---|---|---|\n| TinyCLIP 8M | YFCC-15M | 41.1 |", "training-data", True),
        # (a column headed as a whole by a word for the data: "Corpus", "语料" over "金融语料", financial texts)
        ("| Model | Corpus | Download |\n|---|---|---|\n| fin-roberta | FinCorpus | - |", "training-data", True),
        ("| 模型简称 | 语料 | 京盘下载 |\n| - | - | - |\n| fin-roberta-wwm | 金融语料 | - |", "training-data", True),
        ("| 模型简称 | 语料 | 京盘下载 |\n| - | - | - |\n| fin-roberta-wwm | 20GB | - |", "training-data", False),
        # the set it was fit on; what users can do with it, in Chinese
        ("A low-rank adapter for LLaMA-7b fit on the [Stanford Alpaca](https://github.com/x/y) dataset.",
         "training-data", True),
        ("The model fits on a single GPU.", "training-data", False),
        ("LTP 提供了一系列中文自然语言处理工具，用户可以使用这些工具对于中文文本进行分词、词性标注等等工作。", "intended-uses", True),
        # (what it was released for, in Chinese: "to do better on tasks in finance, we release ...")
        ("为了在金融场景下各任务中取得更好效果，我们发布了jdt-fin-roberta-wwm模型。", "intended-uses", True),
        ("为了方便下载，我们把模型放在网盘。", "intended-uses", False),
        # outdated after an adverb; no guarantee it works; a bias its outputs show
        ("This repository is now significantly outdated. Use [b](https://huggingface.co/o/b) instead.", "limitations",
         True),
        # (not "do not": reviewers judged "we do not guarantee ..." and "we do not currently support ..." no caveat)
        ("I do not guarantee any of the models in this repo work as intended.", "limitations", False),
        ("If you get too many yellow faces or you dont like the strong blue bias, put them in the negative prompt.",
         "limitations", True),
    ],
)
def test_family_scores_measured_tables_fit_on_outdated_and_biases(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_card_that_says_it_is_the_gguf_version_of_a_linked_original_is_a_copy() -> None:
    text = ("---\nlicense: llama2\n---\nThis is the GGUF version of the model meant for use in [KoboldCpp](https://x.y), "
            "check the [Float16](https://huggingface.co/KoboldAI/LLaMA2-13B-Tiefighter) version for the original.\n"
            "# LLaMA2-13B-Tiefighter\nA merged model.\n")
    assert derivative.states_copy(Card.from_text(text))
    assert not derivative.states_copy(Card.from_text(text.replace("This is the GGUF version", "A GGUF version is")))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # outputs that lack detail or are not good enough; a replica
        ("**Note:** The reconstruction is lossy. The current Stage B often lacks details in the reconstructions.",
         "limitations", True),
        ("It can work in V2.1 -768 but the results sometimes aren't so good.", "limitations", True),
        ("## Usage\n\nRun it.\n\n## Notes\n\nThis is a replica of Alpaca by Stanford's tatsu.", "description", True),
    ],
)
def test_lossy_outputs_results_not_so_good_and_a_replica(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_merge_by_its_metadata_has_no_training_data_of_its_own() -> None:
    text = "---\nlicense: mit\nbase_model_relation: merge\n---\n\n# FLUX.1-merged\n\nThe merged params of two models.\n"
    def topics(card: str) -> set[str]:
        return {t for d in lint_text(card, plugins=False) if d.code == "MC201"
                for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert "training-data" not in topics(text)
    assert "training-data" in topics(text.replace("merge\n", "finetune\n"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # work it still needs; a "Use Restrictions" heading; what it can make (not a classifier one can create)
        ("This model benchmarks well, but it needs further tuning to be an excellent conversationalist.",
         "limitations", True),
        ("### Use Restrictions\n\nYou may not use the model to harm others.", "limitations", True),
        ("AnimateLCM-SVD-xt can generate good quality image-conditioned videos with 25 frames in 2~8 steps.",
         "intended-uses", True),
        ("You can create your own image classifier for anything by running the demo.", "intended-uses", False),
        # a kind of text measured in bytes, said to be used (not the memory it needs)
        ("* 70GB Korean text dataset and 42000 lower-cased subwords are used", "training-data", True),
        ("* 16GB of RAM is used at inference.", "training-data", False),
        # an introduction in Chinese
        ("## 介绍\n\nChatGLM-6B 是一个开源的、支持中英双语问答的对话语言模型。", "description", True),
    ],
)
def test_further_tuning_use_restrictions_what_it_can_make_and_sized_text(text: str, topic: str,
                                                                        covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_conversion_that_names_its_format_before_its_original_is_a_copy() -> None:
    text = ("---\nlicense: cc-by-nc-4.0\nbase_model:\n- nvidia/NVLM-D-72B\n---\n\nConverted using BitsAndBytes to NF4 "
            "(with double quantization) from [nvidia/NVLM-D-72B](https://huggingface.co/nvidia/NVLM-D-72B).\n")
    assert derivative.states_copy(Card.from_text(text))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a quality it still lacks; results it may not reach; an "Out-of-Scope:" label
        ("❗❗ **Currently, the model is still of low quality and lacks diversity** ❗❗", "limitations", True),
        ("The model also works for these languages, but might not yield the best results.", "limitations", True),
        ("**Out-of-Scope:** OpenVLA models do not zero-shot generalize to new robot embodiments.", "limitations", True),
        # a table whose header and delimiter row differ in their outer pipes
        ("Model | Initialization | MARCO Dev | BEIR\n|---|---|---|---\nDRAGON+ | RetroMAE | 39.0 | 47.4\n"
         "DRAGON-RoBERTa | RoBERTa-base | 39.4 | 47.2", "evaluation", True),
    ],
)
def test_low_quality_not_the_best_results_out_of_scope_and_mixed_pipes(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_benchmarks_score_given_as_a_value_is_a_result() -> None:
    assert "evaluation" not in _topics("RWKV-6 7B MMLU = 46.7%: https://github.com/Jellyfish042/rwkv_mmlu")
    assert "evaluation" in _topics("Run the MMLU script to get your own numbers.")


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # what it was trained using, from a named source; another model beaten across a count of datasets
        ("The model is finetuned from IgBert-unpaired using paired antibody sequences from the [Observed Antibody "
         "Space](https://opig.stats.ox.ac.uk/webapps/oas/).", "training-data", True),
        ("A version of Longformer that was further pre-trained using MIMIC-III clinical notes.", "training-data", True),
        ("The model was trained using 8 A100 GPUs in two days.", "training-data", False),
        ("Clinical-Longformer consistently out-performs ClinicalBERT across 10 baseline dataset for at least 2 percent.",
         "evaluation", True),
    ],
)
def test_trained_using_a_named_source_and_beaten_across_datasets(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_library_used_in_training_is_no_data_source() -> None:
    # "PyTorch Lightning with data parallelism" is how it was trained, not on what
    assert "training-data" in _topics("It was trained with Adam using PyTorch Lightning with data parallelism.")


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a short metric's name ("acc", "ppl") before its score
        ("* LAMBADA ppl 4.38, acc 67.18%\n* PIQA acc 76.06%", "evaluation", True),
        # more data needed; skills it lost
        ("We believe that more data is needed to train agents that can generalize to a wide range of tasks.",
         "limitations", True),
        ("Amusingly, the model lost a lot of Reasoning and Coding skills in the merger.", "limitations", True),
        ("The model lost its way in the dark.", "limitations", False),
    ],
)
def test_short_metric_names_more_data_needed_and_skills_lost(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a corpus sized and counted; data loaded from a named set, linked; other domains it may do otherwise on
        ("We extracted all French texts from the Europeana corpus.\n\nThe resulting corpus has a size of 63GB and "
         "consists of 11,052,528,456 tokens.", "training-data", True),
        ("We dynamically load data from different domains in the [RedPajama dataset](https://github.com/x/y) to prune "
         "and continue pre-training the model.", "training-data", True),
        ("As it was trained on political speeches, the model might perform differently on texts from other domains.",
         "limitations", True),
    ],
)
def test_a_sized_corpus_data_loaded_from_a_linked_set_and_other_domains(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a mergekit config used to create it; a merge model in Japanese; its own sets by their kind
        ("[Mergekit](https://github.com/cg123/mergekit) config used to create this model:", "training-data", True),
        ("このモデルはDefactaをベースにした階層マージモデルです。", "training-data", True),
        ("We perform supervised fine-tuning with our in-house instruction-following and chat datasets.",
         "training-data", True),
        ("We trained it on our in-house cluster.", "training-data", False),
    ],
)
def test_a_mergekit_config_a_japanese_merge_and_in_house_sets(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the verb's object before the data; a number with decimals among the words before "on"
        ("It is built by further training the BERT language model in the finance domain, using a large financial "
         "corpus.", "training-data", True),
        ("It is built by further training the BERT language model for 3 epochs, using a large batch.",
         "training-data", False),
        ("This model has been trained from `runwayml/stable-diffusion-v1-5` for approximately 1.6 epochs on 1.2m "
         "images total from various Instagram accounts.", "training-data", True),
        # sets named in a list that the sentence calls datasets
        ("We created Smaug-72B-v0.1 using a new fine-tuning technique, DPO-Positive (DPOP), and new pairwise "
         "preference versions of ARC, HellaSwag, and MetaMath (as well as other existing datasets).",
         "training-data", True),
        ("We evaluated it on ARC, HellaSwag, and MetaMath (as well as other existing datasets).", "training-data",
         False),
        # biases named with an adjective; weights edited by a script, not trained
        ("Please note that the base model has its inherent biases.", "limitations", True),
        ("These VAEs are modified versions of [sdxl-vae](https://huggingface.co/m/sdxl-vae). They have been modified "
         "using the ideas from [BlessUp script](https://github.com/s/b) to produce higher contrast.",
         "training-data", True),
        ("These weights were modified using the training script of [X](https://github.com/s/b).", "training-data",
         False),
    ],
)
def test_the_object_before_the_data_sets_called_datasets_and_a_scripted_edit(text: str, topic: str,
                                                                           covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_card_whose_link_says_gguf_of_a_hub_model_is_a_copy() -> None:
    text = ("---\nlicense: other\n---\n[GGUF of https://huggingface.co/O/Lexi](https://huggingface.co/O/Lexi)\n\n"
            "This model is based on Llama-3-8b-Instruct.\n")
    assert derivative.states_copy(Card.from_text(text))
    assert not derivative.states_copy(Card.from_text(text.replace("GGUF of", "GGUF and")))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a use with no subject before it, a task's verb after it; uses listed after "many things"
        ("This model comes from the paper [ToxiGen](https://arxiv.org/abs/1) and can be used to detect implicit hate "
         "speech.", "intended-uses", True),
        ("This can be used for many things, including speech transfer and voice cloning.", "intended-uses", True),
        ("It can be used to pre-train models.", "intended-uses", False),
        # the objective of the work; a model for a "multiclassification"
        ("The objective of this work was to increase the model's scientific reasoning abilities.", "intended-uses",
         True),
        ("This is pre-trained model for offensive and hateful speech multiclassification.", "intended-uses", True),
        # outputs not all of which work
        ("Keep in mind that not all generated codes might be readable.", "limitations", True),
        ("Not all of the team members were available.", "limitations", False),
    ],
)
def test_a_use_without_a_subject_an_objective_and_outputs_not_all_of_which_work(text: str, topic: str,
                                                                                covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_repository_of_the_model_in_a_format_and_an_original_rebuilt_from_deltas_are_copies() -> None:
    gguf = ("---\nlicense: apache-2.0\nbase_model: Qwen/Qwen2.5-7B-Instruct\n---\n# Qwen2.5-7B-Instruct-GGUF\n\n"
            "**This repo contains the instruction-tuned 7B Qwen2.5 model in the GGUF Format**, which has these features.\n")
    assert derivative.states_copy(Card.from_text(gguf))
    assert not derivative.states_copy(Card.from_text(gguf.replace("in the GGUF Format", "and its GGUF notes")))
    deltas = ("---\nlicense: other\n---\n# WizardLM\n\nThese files are the result of merging the [delta weights]"
              "(https://huggingface.co/victor123/WizardLM) with the original Llama7B model.\n")
    assert derivative.states_copy(Card.from_text(deltas))
    assert not derivative.states_copy(Card.from_text(deltas.replace("delta weights", "LoRA weights")))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # what a version of another model focuses on
        ("Magic Clothing is a branch version of [OOTDiffusion](https://github.com/x/y), focusing on controllable "
         "garment-driven image synthesis", "intended-uses", True),
        ("A new version of [X](https://github.com/x/y), focusing on training speed.", "intended-uses", False),
        # inputs it is not well-suited for
        ("Since the model was fine-tuned on clean audio, it is not well-suited for noisy audio like CommonVoice.",
         "limitations", True),
        # (not what its testers found: reviewers of two sets judged a card with only this no evaluation, of one set
        # an evaluation)
        ("This model has been tested with various forms of chatting, testers have found that typically less is more.",
         "evaluation", False),
    ],
)
def test_a_version_focusing_on_a_task_not_well_suited_and_what_testers_found(text: str, topic: str,
                                                                             covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_repository_that_saves_the_models_in_another_format_is_a_copy() -> None:
    text = ("# AnimateDiff Model Checkpoints for A1111 SD WebUI\nThis repository saves all AnimateDiff models in fp16 & "
            "safetensors format for A1111 AnimateDiff users.\n\nUnless specified below, use the models from the "
            "[official model repository](https://huggingface.co/guoyww/animatediff/tree/main).\n")
    assert derivative.states_copy(Card.from_text(text))
    assert not derivative.states_copy(Card.from_text(text.replace("in fp16 & safetensors format", "we trained")))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a bold line in a large font, written in HTML, reads as a heading
        ('<p><strong><font size="5">Benchmarks</font></strong></p>\n\n| ppl | 4.2 |', "evaluation", True),
        ('<p><strong><font size="5">Information</font></strong></p>', "evaluation", False),
        # the pre-training data "used in this project"; performance that may be lower on other tasks
        ("The pre-training data used in this project comes from social media (Twitter).", "training-data", True),
        ("Performance on other tasks (e.g., ~10% decrease on mmmu_val) may be lower compared to the original model.",
         "limitations", True),
        ("Performance on other tasks may be measured later.", "limitations", False),
    ],
)
def test_an_html_bold_heading_data_used_in_this_project_and_performance_maybe_lower(text: str, topic: str,
                                                                                   covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # scores a harness printed, by the benchmarks' names
        ("Benchmark scores:\n```\nhella swag: 0.8661\nwinogrande: 0.824\ngsm8k: 0.5709\nMMLU: 0.7173\n```",
         "evaluation", True),
        ("```\nbatch_size: 8\nwarmup: 0.1\n```", "evaluation", False),
        # capabilities by their tasks, over a line wrapped after a word no sentence ends with
        ("It incorporates the full range of GLaMM capabilities including\nGrounded Conversation Generation (GCG), "
         "Referring Expression Segmentation and Region-level Captioning.", "intended-uses", True),
        ("It incorporates the full range of GLaMM capabilities.\nGrounded Conversation Generation is hard.",
         "intended-uses", False),
    ],
)
def test_printed_benchmark_scores_capabilities_by_task_and_a_wrap_after_including(text: str, topic: str,
                                                                                 covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_card_that_says_the_model_was_quantized_by_someone_is_a_copy_of_its_base_model() -> None:
    text = ("---\nlicense: gemma\nbase_model:\n- google/gemma-2-9b-it\n---\n*This model was quantized by "
            "[SanctumAI](https://sanctum.ai).*\n\n# Gemma 2 9B IT GGUF\n\nGemma is a family of models trained on text.\n")
    assert derivative.states_copy(Card.from_text(text))
    assert not derivative.states_copy(Card.from_text(text.replace("quantized by", "fine-tuned by")))


def test_a_compound_that_holds_inference_is_no_section_on_how_to_run_the_model() -> None:
    from modelcard_lint.rules.structure.titles_kind import HOW_TO_RUN

    assert HOW_TO_RUN.search("Quality-of-Inference (QoI) Certification") is None
    assert HOW_TO_RUN.search("Inference with transformers") is not None


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a release not yet finished, defects there may still be, poses that do not all work
        ("This is not yet the full version of the model.", "limitations", True),
        ("In some cases there may still be mutations, duplications, etc.", "limitations", True),
        ("Not all poses work correctly in such large resolutions.", "limitations", True),
        ("There may be a new version soon.", "limitations", False),
        # not intended as what a reader may take it for
        ("T-lite is designed for further fine-tuning and is not intended as a ready-to-use conversational assistant.",
         "limitations", True),
        # a gain named after its share; a part named and what it does
        ("DePlot+LLM with one-shot prompting achieves a 24.0% improvement over finetuned SOTA on chart QA.",
         "evaluation", True),
        ("It uses 24.0% less memory than the base.", "evaluation", False),
        ("The key is a modality conversion module, named as DePlot, which translates the image of a plot to a table.",
         "description", True),
        # the skills it has
        ("Dolphin-2.9 has a variety of instruction, conversational, and coding skills.", "intended-uses", True),
    ],
)
def test_unfinished_releases_defects_a_gain_a_named_module_and_skills(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_card_that_points_to_its_original_on_the_hub_is_a_re_upload() -> None:
    text = ("---\nlicense: other\nbase_model: Hemlok/SuiMix-XL\n---\nOriginal model is [here]"
            "(https://huggingface.co/Hemlok/SuiMix-XL) and on [Civitai](https://civitai.com/models/1).\n"
            "This model created by [Hemlok](https://huggingface.co/Hemlok).\n")
    assert derivative.copies_a_model(Card.from_text(text))
    assert not derivative.copies_a_model(Card.from_text(text.replace("created by", "fine-tuned by")))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a score with a note after it in its cell
        ("The model performance on IEMOCAP test set is:\n\n| Release | Accuracy(%) |\n|:---:|:---:|\n"
         "| 19-10-21 | 78.7 (Avg: 75.3) |", "evaluation", True),
        # models compared by scores beside their names' links; "parameterized" above it is no measure
        ("We use two distinctly parameterized encoders. The following models are also available:\n\n"
         "Model | Initialization | MARCO Dev | BEIR | Query Encoder Path\n|---|---|---|---|---\n"
         "DRAGON+ | Shitao/RetroMAE | 39.0 | 47.4 | [facebook/a](https://huggingface.co/facebook/a)\n"
         "DRAGON-RoBERTa | RoBERTa-base | 39.4 | 47.2 | [facebook/b](https://huggingface.co/facebook/b)",
         "evaluation", True),
        ("Average lengths in tokens:\n\n| Model | Train | Test | Path |\n|---|---|---|---|\n| a | 39.0 | 47.4 | x/y |\n"
         "| b | 39.4 | 47.2 | x/z |", "evaluation", False),
    ],
)
def test_a_noted_score_and_models_compared_beside_their_links(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # safety it lacks; samples counted with a tilde
        ("Jamba does not have safety moderation mechanisms and guardrails should be added for responsible use.",
         "limitations", True),
        ("It does not have any dependencies beyond PyTorch.", "limitations", False),
        ("MyneFactoryBase was trained using ~18000 high scored samples from Yande.re and ~5000 from Konachan.",
         "training-data", True),
    ],
)
def test_safety_it_lacks_and_samples_counted_with_a_tilde(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_metadata_dataset_named_without_the_word_that_calls_it_data() -> None:
    from modelcard_lint.facts.datanames import names_metadata_dataset

    meta = "---\nlicense: apache-2.0\ndatasets:\n- ehartford/samantha-data\n---\n# m\n\n"
    said = "With an infusion of curated Samantha and WizardLM DNA, it can now give you personal advice.\n"
    assert names_metadata_dataset(Card.from_text(meta + said))
    assert not names_metadata_dataset(Card.from_text(meta + "Samantha says hello.\n"))


def test_examples_of_what_it_wrote_are_no_section_on_how_to_run_it() -> None:
    from modelcard_lint.rules.structure.titles_kind import HOW_TO_RUN

    assert HOW_TO_RUN.search("Example Output") is None
    assert HOW_TO_RUN.search("Examples") is not None


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # useful if you want to do something; what it allows doing (not what running it takes)
        ("This model is useful if you want to fine-tune it for a relatively simple Russian task.", "intended-uses",
         True),
        ("Motion LoRAs allow adding specific types of motion to your animations.", "intended-uses", True),
        ("This version allows fitting the whole model at full context using only 24GB VRAM.", "intended-uses", False),
        # the data a table row says a model used
        ("| Dataset | Introduction |\n|---|---|\n| [bge-m3-data](https://x.y/d) | Fine-tuning data used by bge-m3 |",
         "training-data", True),
        # (not a newer version of it: reviewers of one set judged such a card's missing limitations true, of another
        # false)
        ("We have released an updated version of this model with a more permissive license.", "limitations", False),
    ],
)
def test_useful_if_you_want_what_it_allows_and_data_used_by_a_model(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_task_that_opens_the_first_paragraph_after_a_picture() -> None:
    text = ("---\nlicense: cc\n---\n# AuraSR\n![example](https://x.y/a.webp)\n\nGAN-based Super-Resolution for "
            "upscaling generated images, a variation of the GigaGAN paper.\n\n## Usage\n\n```py\nrun()\n```\n")
    topics = {t for d in lint_text(text, plugins=False) if d.code == "MC201"
              for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert "intended-uses" not in topics
    assert "intended-uses" in {t for d in lint_text(text.replace("GAN-based Super-Resolution for upscaling generated",
                                                                 "Some notes on"), plugins=False)
                               if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


def test_converted_weights_quantized_from_and_a_name_on_the_next_line_are_copies() -> None:
    converted = ("---\nlicense: other\n---\nThis repo contains the converted model weights for Llama-2-7B-chat in "
                 "Huggingface format.\n")
    assert derivative.states_copy(Card.from_text(converted))
    assert not derivative.states_copy(Card.from_text(converted.replace("converted model weights", "our notes")))
    quantized = ("---\nbase_model: intervitens/mini-magnum-12b-v1.1\nquantized_by: someone\nlicense: apache-2.0\n---\n"
                 "# mini-magnum-12b-v1.1-iMat-GGUF\n\nInferencing in llama.cpp has now been merged.\n\n"
                 "Quantized from mini-magnum-12b-v1.1 fp16\n")
    assert derivative.states_copy(Card.from_text(quantized))
    assert not derivative.states_copy(Card.from_text(quantized.replace("Quantized from", "Fine-tuned from")))
    wrapped = ("---\nlicense: cc-by-nc-4.0\n---\n# Command-R 35B v1.0 - GGUF\n\nThis repo contains llama.cpp GGUF "
               "format model files for\n[Command-R 35B v1.0](https://huggingface.co/CohereForAI/c4ai-command-r-v01).\n")
    assert derivative.states_copy(Card.from_text(wrapped))


def test_a_merge_recipe_leaves_no_training_data_to_name() -> None:
    assert "training-data" not in _topics("<summary><strong>Merge Recipes</strong></summary>\n\nSee the cookbook.")
    assert "training-data" in _topics("<summary><strong>Recipes</strong></summary>\n\nSee the cookbook.")


def test_what_a_model_was_designed_for() -> None:
    assert "intended-uses" not in _topics("The model was originally designed for re-ranking.")
    assert "intended-uses" in _topics("The tokenizer was originally trained on web text.")


def test_a_description_in_an_html_paragraph_under_the_title() -> None:
    html = ("<Gallery />\n\n<p>This LoRA was trained on 65 AI generated images. Each of those was created with my "
            "Storyboard Sketch LoRA at 40% strength.</p><p><strong>Trigger words: graphic novel</strong></p>")
    assert "description" not in _topics(html)
    assert "description" in _topics(html.replace("<p>This LoRA", "<div>This LoRA"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # training data counted after "trained by", not who trained it
        ("A stable diffusion model trained by roughly 19.2M anime/manga style images.", "training-data", True),
        ("A stable diffusion model trained by Google on many machines.", "training-data", False),
        # the data after the method it was trained with, not a list of kinds of data
        ("The model was trained using a state-of-the-art distillation pipeline and an instruction dataset generated "
         "with EvolKit.", "training-data", True),
        ("The model was trained using a state-of-the-art distillation pipeline.", "training-data", False),
        # who it suits and what they want
        ("Might be a good fit for people wanting more variety than Magnum has.", "intended-uses", True),
        ("It is a compact form ideal for organizations seeking high performance.", "intended-uses", True),
        ("It was a good fit for the hardware we had.", "intended-uses", False),
        # flaws that show at times
        ("The prose is verbose, even if some slop words appear time to time.", "limitations", True),
        ("Some new versions are released from time to time.", "limitations", False),
        # its outputs judged in words
        ("Turned out Magnum-esque, and the writing style is pretty nice.", "evaluation", True),
        ("Turned out Magnum-esque, and the writing style is Magnum's.", "evaluation", False),
        # a merge with other models has no training data of its own
        ("epiCPhotoGASM by epinikion merged with artistic models to make your dreams come true!", "training-data",
         True),
        ("epiCPhotoGASM by epinikion, merged with care to make your dreams come true!", "training-data", False),
        # data counted in words, not machines
        ("We've trained notdiamond-0001 on hundreds of thousands of data points from cross-domain benchmarks.",
         "training-data", True),
        ("We've trained notdiamond-0001 on hundreds of GPUs.", "training-data", False),
        # a place it took on a benchmark
        ("This model achieved the 3rd place (excluding humans) on the Chinese zero-shot benchmark ZeroClue.",
         "evaluation", True),
        ("It ranks first among all models based on T5.", "evaluation", True),
        ("This model took the 3rd place in our hearts.", "evaluation", False),
        ("Work on your technique to grab a top spot in this competition.", "evaluation", False),
        # the data a fine-tuning was performed on, listed
        ("The fine-tuning was performed on the following datasets:\n\n- the [hr500k](http://x.y/1) dataset\n"
         "- the [SETimes.SR](http://x.y/2) dataset", "training-data", True),
        ("The fine-tuning was performed on the following machines:\n\n- the [A100](http://x.y/1)\n",
         "training-data", False),
        # the task it makes possible
        ("TGS enables fast reconstruction from single-view image in a few seconds.", "intended-uses", True),
        ("TGS enables fast training on a single GPU.", "intended-uses", False),
        # the tasks it is to be fine-tuned on, named
        ("This model should be fine-tuned on a downstream task, like Automatic Speech Recognition, Translation, or "
         "Classification.", "intended-uses", True),
        ("This model should be fine-tuned on a downstream task before it is used.", "intended-uses", False),
        # data counted after "by" a scale of it
        ("MedCPT was pre-trained by an unprecedented scale of 255M query-article pairs from PubMed search logs.",
         "training-data", True),
        ("MedCPT was pre-trained by an unprecedented team of 25 people.", "training-data", False),
        # a merge made with a version of mergekit; a bold count of the data
        ("The model has been made with a custom version of the [mergekit](https://x.y) library.", "training-data",
         True),
        ("The model has been made with a custom version of the [transformers](https://x.y) library.",
         "training-data", False),
        ("We released **WizardCoder-15B-v1.0** trained with **78k** evolved code instructions.", "training-data", True),
        ("We released **WizardCoder-15B-v1.0** trained with **78k** steps.", "training-data", False),
        # a named set called the training data; data measured in bytes; a kind of pair in parentheses
        ("1.6B parameter model built using SigLIP, Phi-1.5 and the LLaVa training dataset.", "training-data", True),
        ("1.6B parameter model built using SigLIP, Phi-1.5 and the training code.", "training-data", False),
        ("It took 65 days to train the model on 800 A100 cards and 1.7 TB of online texts, books and more.",
         "training-data", True),
        ("It took 65 days to train the model on 800 A100 cards with 80 GB of memory each.", "training-data", False),
        # (not a kind of pair alone: reviewers of two sets judged "trained on a variety of (audio, text) pairs" both ways)
        ("CLAP is a neural network trained on a variety of (audio, text) pairs.", "training-data", False),
        # what it stands in for, "of"
        ("Prometheus 2 is an alternative of GPT-4 evaluation when doing fine-grained evaluation.", "intended-uses",
         True),
        # data listed after "three data splits:", a dataset encompassing topics, pictures after the base model
        ("It is trained on the combinations of three data splits: (1) ChatGPT-generated Pile-NER data, (2) more.",
         "training-data", True),
        ("It is trained on the combinations of three splits of GPUs: (1) A100, (2) H100.", "training-data", False),
        ("For its training, ZySec used the DPO technique, utilizing a varied dataset encompassing critical topics such as "
         "threat hunting.", "training-data", True),
        ("For its training, ZySec used the DPO technique, utilizing a varied toolkit encompassing critical topics such as "
         "threat hunting.", "training-data", False),
        ("It was trained with the *v2.1 768 ema pruned* model on 768px images of people, layered with surroundings.",
         "training-data", True),
        # an early checkpoint
        ("Note: This is a very early checkpoint of the model. Only 200 steps.", "limitations", True),
        ("Note: This is the final checkpoint of the model.", "limitations", False),
        ("This is an early checkpoint of `sarvam-2b`, a small, yet powerful language model.", "limitations", False),
        # what the model does, opening the first paragraph
        ("Returns facial emotion with about 91% accuracy based on facial human image.", "description", True),
        ("See the notebook for facial emotion with about 91% accuracy.", "description", False),
        # a sentence that opens an HTML paragraph, its tag read as a line break
        ("<h1><b>Financial-RoBERTa</b></h1>\n<p><b>Financial-RoBERTa</b> is a pre-trained NLP model.</p>",
         "description", True),
        ("<h1><b>Financial-RoBERTa</b></h1>\n<p><b>Financial-RoBERTa</b> is here.</p>", "description", False),
        # weights left as they were; what it finds harder or does badly; a kind of text at scale; its devices
        ("This is a model of duplicated layers.\n\n### No Weights were modified in this process!", "training-data",
         True),
        ("This is a model of duplicated layers.\n\n### No layers were modified in this process!", "training-data",
         False),
        ("This one has a bit more difficulty to get faces right, but it is possible.", "limitations", True),
        ("This one has a bit more detail in faces, and it is possible.", "limitations", False),
        ("Some labels perform very strongly, whilst others (E.g. relief) perform very poorly.", "limitations", True),
        ("Out-of-the-box language models perform poorly on embedding tasks; ours is trained for them.", "limitations",
         False),
        ("BioGPT, a generative Transformer language model pre-trained on large-scale biomedical literature.",
         "training-data", True),
        ("MiniCPM-V is a strong multimodal large language model for efficient end-side deployment.", "intended-uses",
         True),
        ("MiniCPM-V is a strong multimodal large language model for efficient training.", "intended-uses", False),
        # what it is made for; a warning; a model not tested; a merge named; an artist's work
        ("THIS MODEL IS MADE FOR LEWD", "intended-uses", True),
        ("THIS MODEL IS MADE FOR FUN", "intended-uses", False),
        ("SEXUAL, CRUDE AND KINKY CONTENT IN OUTPUT CAN AND WILL HAPPEN. YOU'RE WARNED", "limitations", True),
        ("It is some preliminary model. It was neither tested nor was the training sophisticated.", "limitations",
         True),
        ("This model is a preliminary version and we will update this model continuously.", "limitations", False),
        ("This is MLewd merged with [Xwin-LM/Xwin-LM-13B-V0.2](https://huggingface.co/Xwin-LM/Xwin-LM-13B-V0.2).",
         "training-data", True),
        ("This was trained with Pepe Larraz's work. He is not affiliated with this.", "training-data", True),
        ("This was trained with Pepe Larraz's help. He is not affiliated with this.", "training-data", False),
        # the tasks it was optimized for, in Chinese
        ("经过约 1T 标识符的中英双语训练，针对中文问答和对话进行了优化。", "intended-uses", True),
        ("经过约 1T 标识符的中英双语训练，针对显存占用进行了优化。", "intended-uses", False),
        # a merge model; what it struggles with; overtrained; a heading on its purpose
        ("**ShiratakiMix** is a merge model that specializes in 2D-style painting.", "training-data", True),
        ("**ShiratakiMix** is a base model that specializes in 2D-style painting.", "training-data", False),
        ("It performs reasonably well on several tasks, but it struggles with small details such as faces.",
         "limitations", True),
        ("This LoRA is very overtrained for how it works; the strength may need to be lower than 1.0.", "limitations",
         True),
        ("This LoRA is very well trained for how it works.", "limitations", False),
        ("## Purpose of this Repo\n\nThis repo hosts the remote code files only.", "intended-uses", True),
        # a count after a label of training; what it occasionally produces; a score beside another model's; a link to
        # where its pictures came from
        ("Train: 150K Unsplash images, 1024px square, 6k steps with global batch size 32.", "training-data", True),
        ("Train: 6k steps with global batch size 32.", "training-data", False),
        ("It can be used with any text-to-image model, but it occasionally produces Midjourney-specific tags.",
         "limitations", True),
        ("Its test accuracy on the HumanEval base dataset surpasses that of GPT-4 Turbo (90.9% vs 90.2%).",
         "evaluation", True),
        ("Its design on the HumanEval base dataset follows that of GPT-4 Turbo.", "evaluation", False),
        ("The Low Poly World concept, DreamBooth-tuned.\n\n[Image Source](https://www.behance.net/gallery/1/x)",
         "training-data", True),
        # its own dataset named by a link; a dataset of things of a kind; genomes; its maker's objective
        ("It is a ResNet34 model trained on our dataset, [Homes of New York (HoNY)](https://x.y/#dataset).",
         "training-data", True),
        ("It is a ResNet34 model trained on our cluster, [Homes of New York (HoNY)](https://x.y/#dataset).",
         "training-data", False),
        ("Fine-tuned using a learning rate of 4e-7 over 27000 steps on a curated dataset of anime-style images.",
         "training-data", True),
        ("DNABERT-2 is a transformer-based genome foundation model trained on multi-species genome.", "training-data",
         True),
        ("MeinaMix Objective is to be able to do good art with little prompting.", "intended-uses", True),
        ("MeinaMix Objective is unclear to me.", "intended-uses", False),
        # what a notebook of it measures
        ("Does 8-bit affect model quality? [This notebook measures wikitext test perplexity](https://x.y/n.ipynb).",
         "evaluation", True),
        ("Does 8-bit affect model quality? [This notebook loads the model](https://x.y/n.ipynb).", "evaluation",
         False),
        # a task model the card calls its own
        ("**StripedHyena-Nous-7B** is our **chat model** for this release.", "intended-uses", True),
        ("**StripedHyena-Nous-7B** is our **new model** for this release.", "intended-uses", False),
        # how it did as others measured it, in words; a shared task it won
        ("This version supports 50+ languages. However, performance on the 15 languages mentioned in v1 are reported "
         "to be a bit lower.", "evaluation", True),
        ("This version supports 50+ languages. Its tokenizer was found to be useful for Thai.", "evaluation", False),
        ("With TransQuest, we have opensourced our research in translation quality estimation which also won the "
         "sentence-level direct assessment quality estimation shared task in [WMT 2020](http://www.statmt.org/wmt20/).",
         "evaluation", True),
        ("With TransQuest, we have opensourced our research in translation quality estimation for the shared task in "
         "[WMT 2020](http://www.statmt.org/wmt20/).", "evaluation", False),
        # a model for text mining, a task
        ("Bioformer is a lightweight BERT model for biomedical text mining.", "intended-uses", True),
        ("Bioformer is a lightweight BERT model for biomedical text.", "intended-uses", False),
        # the task its example shows it doing; a demo of fine-tuning it for a task
        ("This is the Amharic RoBERTa transformer-based LM.\n\nThe example shows possible words for the `fill in the "
         "blank -- mask` task", "intended-uses", True),
        ("This is the Amharic RoBERTa transformer-based LM.\n\nThe example shows how to load it for the first time.",
         "intended-uses", False),
        ("Pretrained from scratch on Dhivehi.\n\n## Fine-tuning Demo\n\nOn Dhivehi news classification task\n\n"
         "https://colab.research.google.com/drive/11u5", "intended-uses", True),
        ("Pretrained from scratch on Dhivehi.\n\n## Fine-tuning Demo\n\nhttps://colab.research.google.com/drive/11u5",
         "intended-uses", False),
        ("Pretrained from scratch on Dhivehi.\n\nYou can fine-tune it on Dhivehi news classification.",
         "intended-uses", True),
        # a performance it improves on named tasks; the state of the art as "SOTA"
        ("PTT5 is a T5 model pretrained in the BrWac corpus, improving T5's performance on Portuguese sentence "
         "similarity and entailment tasks.", "evaluation", True),
        ("PTT5 is a T5 model pretrained in the BrWac corpus, a collection of web pages for improving performance.",
         "evaluation", False),
        ("BigBird can handle sequences up to a length of 4096. It has achieved SOTA on various tasks involving very "
         "long sequences.", "evaluation", True),
        ("BigBird can handle sequences up to a length of 4096. Its SOTA-like speed comes from sparse attention.",
         "evaluation", False),
        ("LayoutLM is a pre-training method of text and layout. It archives the SOTA results on multiple datasets.",
         "evaluation", True),
        ("This paper studies the performance of Funnel Transformer. We find that our model achieves state-of-the-art "
         "results on several Arabic downstream tasks.", "evaluation", True),
        ("This paper studies the performance of Funnel Transformer. We find that AraBERT achieves state-of-the-art "
         "results on several Arabic downstream tasks.", "evaluation", False),
        # a performance or accuracy boosted on tasks; the state of the art over a count of tasks; better than a version
        ("With fine-tuning, Geneformer consistently boosted predictive accuracy in a diverse panel of downstream tasks.",
         "evaluation", True),
        ("With fine-tuning, Geneformer consistently boosted its vocabulary for a diverse panel of downstream tasks.",
         "evaluation", False),
        ("UNI is a vision encoder for histopathology. We show state-of-the-art performance across 34 clinical tasks.",
         "evaluation", True),
        ("UNI is a vision encoder for histopathology. We aim for state-of-the-art performance on clinical tasks.",
         "evaluation", False),
        ("This model was trained longer than the original variations model and gives better image quality and better "
         "CLIP rated similarity compared to the original version.", "evaluation", True),
        ("This model was trained longer than the original variations model; better image quality may come later.",
         "evaluation", False),
        # a link to its evaluation's page; quality comparable to other models'
        ("Kokoro is an open-weight TTS model.\n\n- [EVAL.md](https://huggingface.co/hexgrad/Kokoro-82M/blob/main/EVAL.md)",
         "evaluation", True),
        ("Kokoro is an open-weight TTS model.\n\n- [General Language Understanding Evaluation (GLUE)](https://gluebenchmark"
         ".com)", "evaluation", False),
        ("Kokoro is an open-weight TTS model. It delivers comparable quality to larger models while being faster.",
         "evaluation", True),
        ("Kokoro is an open-weight TTS model. It delivers speech comparable in size to larger models' files.",
         "evaluation", False),
        # a corpus it was trained on, sized by what it comprises
        ("We pretrained DeepSeek-V2 on a diverse and high-quality corpus comprising 8.1 trillion tokens.",
         "training-data", True),
        ("We pretrained DeepSeek-V2 with a diverse and high-quality tokenizer comprising 100 thousand tokens.",
         "training-data", False),
        # a model to fine-tune on a task before use; what it turns into what
        ("This is a Norwegian T5-base model trained on the Norwegian Colossal Corpus. It needs to be finetuned on a "
         "specific task before being used for anything.", "intended-uses", True),
        ("This is a Norwegian T5-base model trained on the Norwegian Colossal Corpus. It needs to be finetuned for "
         "longer before being used.", "intended-uses", False),
        ("A pretrained Tacotron2.\n\n## Converting your Text to Mel Spectrogram\n\n```python\nmel = model(text)\n```",
         "intended-uses", True),
        ("A pretrained Tacotron2.\n\n## Converting the model to ONNX\n\n```python\nexport(model)\n```",
         "intended-uses", False),
        # a model for general purposes
        ("A new general purpose transformer model for low-resource language Tigrinya is also released to the public.",
         "intended-uses", True),
        ("A new transformer model for low-resource language Tigrinya is also released to the public.",
         "intended-uses", False),
        # how the data was made, shown
        ("the data can be prepared like this:\nthe broken_text is used as input, while the text is the output",
         "training-data", True),
        ("the data can be loaded with the datasets library", "training-data", False),
        # a deployment it is packaged for
        ("A serialized torchscript model of faster-rcnn with a config.pbtxt for deployment using NVIDIA Triton Inference "
         "Server.", "intended-uses", True),
        ("A serialized torchscript model of faster-rcnn; its deployment is up to you.", "intended-uses", False),
        # a model trained on ELI5, a set of one task (long-form answers)
        ("- t5-v1_1 trained on the entirety of the askscience sub-section of the eli5 dataset for one epoch.",
         "intended-uses", True),
        # a purpose its files are given for; what it is good at, said as a fragment; the inputs it works best with
        ("Twelve LoRA checkpoints.\n\n`weights.pt` is the complete inference checkpoint. The `adapter/` files are\nalso "
         "provided for adapter-specific analysis.", "intended-uses", True),
        ("Twelve LoRA checkpoints.\n\n`weights.pt` is the complete inference checkpoint. The `adapter/` files are\nalso "
         "provided for reference.", "intended-uses", False),
        ("Xyrus, a cosmic personality fine-tuned from GPT-OSS.\n\n- **Creative responses**: Particularly good at storytelling and abstract "
         "concepts", "intended-uses", True),
        ("Xyrus, a cosmic personality fine-tuned from GPT-OSS.\n\n- **Creative responses**: Not good at all", "intended-uses", False),
        ("Xyrus, a cosmic personality fine-tuned from GPT-OSS.\n\n3. **Context**: Works best with philosophical and creative prompts",
         "intended-uses", True),
        ("Xyrus, a cosmic personality fine-tuned from GPT-OSS.\n\n3. **Context**: Works best with vLLM 0.9", "intended-uses", False),
        # what it generates; research as its use; the decisions it makes
        ("A 9-billion-parameter generative foundation model for Earth Observation, trained from scratch on EO data.",
         "intended-uses", True),
        ("A 9-billion-parameter foundation model trained from scratch for Earth Observation.", "intended-uses", False),
        ("Manu-S1 reads court records. It is a research model.", "intended-uses", True),
        ("Manu-S1 reads court records. It is a research group's model.", "intended-uses", False),
        ("A one-pass decision model for the procedural work of Indian courts.", "intended-uses", True),
        ("A one-pass encoder model for the procedural work of Indian courts.", "intended-uses", False),
        # a use it is kept to, or ruled out
        ("baby-MedGemma pairs a frozen encoder with a small decoder, loadable and runnable for inspection and reproduction only.",
         "intended-uses", True),
        ("baby-MedGemma pairs a frozen encoder with a small decoder, trained for 3 epochs only.", "intended-uses", False),
        ("baby-MedGemma pairs a frozen encoder with a small decoder, published for research transparency only.",
         "intended-uses", True),
        ("baby-MedGemma pairs a frozen encoder with a small decoder. Not a medical device; not for clinical use.",
         "intended-uses", True),
        ("baby-MedGemma pairs a frozen encoder with a small decoder. Not for use...", "intended-uses", False),
        # the kind of texts it was fine-tuned on, past the task it was made for
        ("Fine-tuned and unlearned variants of [Qwen/Qwen3-Embedding-0.6B](https://huggingface.co/Qwen/Qwen3-Embedding"
         "-0.6B) for three-class Russian sentiment classification on women's clothing reviews.", "training-data", True),
        ("Fine-tuned and unlearned variants of [Qwen/Qwen3-Embedding-0.6B](https://huggingface.co/Qwen/Qwen3-Embedding"
         "-0.6B) for three-class Russian sentiment classification on 8 GPUs.", "training-data", False),
        # what it has only a little of; the role it serves in; a label of the tasks it supports
        ("> Note: Due to a predominantly English training corpus, the model only exhibits basic Chinese comprehension.",
         "limitations", True),
        ("> Note: The model only has 1B parameters and exhibits Chinese comprehension.", "limitations", False),
        ("UniPic3-Teacher-Model is the high-quality teacher diffusion model of UniPic 3.0. This model serves as the "
         "**teacher backbone** for:\n\n- **Distribution Matching Distillation (DMD)**", "intended-uses", True),
        ("UniPic3-Teacher-Model is the high-quality teacher diffusion model of UniPic 3.0. It serves as a baseline.",
         "intended-uses", False),
        ("## Model Characteristics\n\n- **Role**: Teacher model\n- **Tasks Supported**:\n  - Single-image editing",
         "intended-uses", True),
        ("## Model Characteristics\n\n- **Role**: Teacher model\n- **Sampling**:\n  - Multi-step diffusion",
         "intended-uses", False),
        # the state of the art given rise to by the system a paper's abstract describes
        ("SuperPoint is a self-supervised interest point detector. The final system gives rise to state-of-the-art "
         "homography estimation results on HPatches when compared to LIFT, SIFT and ORB.", "evaluation", True),
        ("SuperPoint is a self-supervised interest point detector. The final system gives rise to homography "
         "estimation on HPatches as LIFT, SIFT and ORB do.", "evaluation", False),
        # a share of a reference's performance it reaches; what a stage of its training takes
        ("SAM 3 is a unified foundation model for promptable segmentation. It achieves 75-80% of human performance on "
         "our new [SA-CO benchmark](https://github.com/facebookresearch/sam3).", "evaluation", True),
        ("SAM 3 is a unified foundation model for promptable segmentation. It covers 75-80% of human concepts in our "
         "new [SA-CO benchmark](https://github.com/facebookresearch/sam3).", "evaluation", False),
        ("FG-CLIP's training proceeds in two stages: the first stage leverages global-level caption-image pairs to "
         "achieve initial fine-grained alignment.", "training-data", True),
        ("FG-CLIP's training proceeds in two stages: the first stage leverages a higher learning rate to achieve "
         "initial fine-grained alignment.", "training-data", False),
        # the kind of application it was made for; a heading of its intended and responsible use; data counted for
        # training (not the hardware)
        ("The GLM-4.5 series models are foundation models designed for intelligent agents.", "intended-uses", True),
        ("The GLM-4.5 series models are foundation models trained on 8 GPUs.", "intended-uses", False),
        ("## Intended and Responsible Use\n\nLaguna M.1 is subject to the license.", "intended-uses", True),
        ("## Responsible AI\n\nLaguna M.1 is subject to the license.", "intended-uses", False),
        ("Using only 35k WSIs for training, EXAONE Path 2.0 achieves state-of-the-art average performance.",
         "training-data", True),
        ("Using only 8 GPUs for training, EXAONE Path 2.0 achieves state-of-the-art average performance.",
         "training-data", False),
        # its training corpus, described (by its language too, as "English language data")
        ("> Note: Due to a predominantly English training corpus, the model only exhibits basic Chinese comprehension.",
         "training-data", True),
        ("Our synthetic training set has a few errors.", "training-data", True),
        ("> Note: See the training data section for the corpus.", "training-data", False),
        # a Chinese heading of the bounds it was checked within (not a bounding box's)
        ("## 验证边界\n\n其他 vLLM 版本、加速卡、量化格式和更广泛数据集上的质量需要单独验证。", "limitations", True),
        ("## 边界框格式\n\n其他 vLLM 版本、加速卡、量化格式和更广泛数据集上的质量需要单独验证。", "limitations", False),
    ],
)
def test_counted_data_data_after_a_method_an_audience_flaws_at_times_and_judged_outputs(
        text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("card_text", "covered"),
    [
        ("# DeltaVLM\n\nThis repository hosts the pretrained DeltaVLM checkpoint from the paper [DeltaVLM: Interactive "
         "Remote Sensing Image Change Analysis via Instruction-guided Difference Perception](https://arxiv.org/abs/2507."
         "22346).", True),
        ("# DeltaVLM\n\nThis repository hosts the pretrained DeltaVLM checkpoint, built on the paper [LLaVA: Interactive "
         "Remote Sensing Image Change Analysis via Instruction-guided Difference Perception](https://arxiv.org/abs/2507."
         "22346).", False),
        ("# SAM3D-Part — model weights\n\nWeights for **SAM3D-Part**, interactive part-level 3D generation: click a part "
         "on a rendered mesh.", True),
        ("# SAM3D-Part — model weights\n\nWeights for **SAM3D-Part**, our SIGGRAPH Asia work: see the paper.", False),
        # (or in the card's title: a reconstruction is a task)
        ("# LoGeR: Long-Context Geometric Reconstruction with Hybrid Memory\n\nSee the paper.", True),
        ("# LoGeR: Long-Context Geometric Memory\n\nSee the paper.", False),
    ],
)
def test_the_models_name_and_its_task_in_a_linked_papers_title_or_an_apposition(card_text: str, covered: bool) -> None:
    found = {t for d in lint_text(f"---\nlicense: mit\n---\n\n{card_text}\n", plugins=False)
             if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert ("intended-uses" not in found) is covered


def test_a_conversion_to_a_format_named_in_a_links_text_is_a_copy() -> None:
    text = ("---\ntags:\n- coreml\nlicense: other\n---\n# Core ML Converted Model:\n\n- This model was converted to "
            "[Core ML for use on Apple Silicon devices](https://github.com/apple/ml-stable-diffusion).\n\n# ChilloutMix\n"
            "Source(s): [Hugging Face](https://huggingface.co/TASUKU2023/Chilloutmix)\n")
    assert derivative.states_copy(Card.from_text(text))
    assert not derivative.states_copy(Card.from_text(text.replace("converted to", "shown with")))


def test_a_label_that_the_weights_are_the_originals_and_a_results_folder_of_imagenet_classifiers() -> None:
    runtime = ("---\nlicense: other\n---\n# lyraChatGLM\n\nThe fastest ChatGLM-6B available.\n\n- weights:\xa0original "
               "ChatGLM-6B weights released by THUDM.\n- **Repository:** https://huggingface.co/THUDM/chatglm-6b\n")
    assert derivative.states_copy(Card.from_text(runtime))
    assert not derivative.states_copy(Card.from_text(runtime.replace("original", "new")))
    timm = ("---\nlicense: apache-2.0\n---\n# Model card for efficientnet_b0.ra_in1k\n\nAn image classification model.\n\n"
            "## Model Comparison\nExplore the dataset and runtime metrics of this model in timm [model results]"
            "(https://github.com/huggingface/pytorch-image-models/tree/main/results).\n")
    assert pointers.points_to_evaluation(Card.from_text(timm))
    # (a model pretrained on ImageNet-21k only: the folder has no scores of it)
    assert not pointers.points_to_evaluation(Card.from_text(timm.replace("ra_in1k", "in21k")))


def test_a_copy_that_says_its_original_can_be_fine_tuned_is_still_a_copy() -> None:
    text = ("---\nbase_model: v2ray/Mixtral-8x22B-v0.1\nquantized_by: someone\nlicense: apache-2.0\ntags:\n- GGUF\n---\n"
            "# Mixtral-8x22B-v0.1-GGUF\n\nMistral released Mixtral 8x22B:\n\n- The base model can be fine-tuned\n")
    assert derivative.copies_a_model(Card.from_text(text))
    assert not derivative.copies_a_model(Card.from_text(text.replace("can be fine-tuned", "was fine-tuned")))


@pytest.mark.parametrize(
    ("text", "no_model"),
    [
        # a repository of a configuration for running other models, which says it holds no weights
        ("This model contains just the `IPUConfig` files for running the ViT base model on IPUs.\n\n**This model "
         "contains no model weights, only an IPUConfig.**", True),
        ("The repository holds only the configuration files for serving BERT.", True),
        # a template to copy
        ("This is a template repository for Text Classification to support generic inference.", True),
        ("## Text Classification repository template\n\nClone it.", True),
        # weights elsewhere, or trained weights of another kind: a model all the same
        ("This repository holds no model weights, only the LoRA adapter trained on our data.", False),
        ("This repository does not contain the weights; download them from our site.", False),
        ("We use a template for the prompts.", False),
        # (gh909) a dummy model, made to test code with, which has nothing trained to describe
        ("## Purpose\n\nThis is a dummy model that can be used for testing the transformers `pipeline` with the task "
         "`sentiment-analysis`. It should always give random results.", True),
        ("We compare our model with a dummy classifier that always predicts the majority class.", False),
    ],
)
def test_a_repository_that_says_it_holds_no_model(text: str, no_model: bool) -> None:
    topics = _topics(text)
    assert ({"training-data", "evaluation", "limitations"}.isdisjoint(topics)) is no_model


@pytest.mark.parametrize(
    ("blocks", "covered"),
    [
        # a notebook pasted into the card: each test set's cell prints its score
        (["CETUC WER: 0.1384", "CV WER: 0.3696", "LaPS WER: 0.1694"], True),
        (["CETUC WER: 0.1384", "CV WER: 0.3696"], False),  # (two values apart are no printed evaluation yet)
        (["learning_rate: 0.001", "epochs: 3", "batch_size: 8"], False),  # (a configuration's numbers)
    ],
)
def test_scores_printed_one_per_block_count_together(blocks: list[str], covered: bool) -> None:
    text = "".join(f"#### Set {i}\n\n```python\nprint(wer)\n```\n\n    {b}\n\n" for i, b in enumerate(blocks))
    assert ("evaluation" not in _topics(text)) is covered


def test_a_card_that_opens_at_level_two_is_titled_by_its_opening_heading() -> None:
    # ESPnet's cards: "## ESPnet2 DIAR model" is the card's title, "# RESULTS" a script's section lower down
    text = ("---\nlicense: cc-by-4.0\ntags:\n- diarization\n---\n\n## ESPnet2 DIAR model\n\n### `a/test`\n\nThis model was "
            "trained by A using the mini_librispeech recipe in espnet.\n\n# RESULTS\n## Environments\n- date: 2021\n")
    assert titles.title_text(Card.from_text(text)) == "ESPnet2 DIAR model"
    found = [d for d in lint_text(text, plugins=False) if d.code == "MC201"]
    assert "intended-uses" not in {t for d in found for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert found and {d.span.line for d in found} == {7}  # (on the title, not on "# RESULTS")
    # (text above the opening heading: the level-1 heading stays the title)
    assert titles.title_text(Card.from_text(text.replace("## ESPnet2", "Hello.\n\n## ESPnet2"))) == "RESULTS"


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # the languages a translation model translates from and into, labelled as the OPUS-MT cards give them
        ("* source group: German \n* target group: Vietnamese", "intended-uses", True),
        ("* source language name: English\n* target language name: Polish", "intended-uses", True),
        ("* source language(s): ind zsm_Latn\n* target language(s): ind zsm_Latn", "intended-uses", True),
        ("The source group: a; the target: b.", "intended-uses", False),
        # what it does after what it takes, and a line that opens with its task after emoji, under a note
        ("Idea is to build a model which will take keywords as inputs and generate sentences as outputs.",
         "intended-uses", True),
        ("A model which will take keywords as inputs and run fast.", "intended-uses", False),
        ("*Note: model needs to be trained on more current data*\n\n🗣 🇺🇸 Classify sentiment as Democratic or "
         "Republican.", "intended-uses", True),
        # what not to expect of it, more training it needs
        ("* You can use English, but don't expect accuracy.", "limitations", True),
        ("*Note: model needs to be trained on more current data*", "limitations", True),
        ("Don't expect it to run on CPU.", "limitations", False),
        # the data of a pre-training task
        ("It uses window-based denoising as the pre-training task on a large amount of long dialogue data.",
         "training-data", True),
    ],
)
def test_translation_labels_inputs_taken_notes_and_expectations(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("title", "covered"),
    [
        ("GPT2 Shakespeare style transfer paraphraser", True),  # a doer of its task
        ("Example ESPnet2 ENH model", True),  # ESPnet's speech enhancement
        ("ELECTRA small Japanese generator", False),  # (ELECTRA's generator is a part, not a task)
    ],
)
def test_a_title_that_names_its_task_by_a_doer_or_an_abbreviation(title: str, covered: bool) -> None:
    assert ("intended-uses" not in lint_topics_with_title(title, "Trained by A.")) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a card of sentences without headings (gh260): its task by a verb, its caveat, its data
        ("Labels Twitter biographies on Openness, strongly related to intellectual curiosity.", "intended-uses", True),
        ("Note: Performance on inputs other than Twitter biographies is not verified.", "limitations", True),
        ("Performance is great.", "limitations", False),
        ("Trained on self-described personality labels.", "training-data", True),
        ("Trained on A100 GPUs.", "training-data", False),
        # the idea it was made with, and a set built for training (gh258)
        ("The app was conceived with the idea of recreating and generate new dialogs for existing games.",
         "intended-uses", True),
        ("In order to generate a dataset for training the steps followed were:\n1. Download the wiki's dialogs.",
         "training-data", True),
    ],
)
def test_sentences_of_a_card_without_headings(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # gh261-263: a count of data in code, a doer's title and a wrong result promised, the readers it is for, a
        # first section named by its task
        ("* Training Data Volume: `156 million text-image pairs`", "training-data", True),
        ("* Training Data Volume: `x`", "training-data", False),
        ("Any text below 150 tokens will result in inaccurate results.", "limitations", True),
        ("I hope this model checkpoint can be helpful for those who want to use DPR trained only on TriviaQA.",
         "intended-uses", True),
        ("## Persian Text Classification [DigiMag, Persian News]\n\nThe task target is labeling texts in a supervised "
         "manner.", "intended-uses", True),
        ("## Installation\n\nRun pip.\n\n## Notes\n\nNone.\n\n## More\n\nNone.\n\n## Text Classification\n\nIt "
         "was compared.", "intended-uses", False),
    ],
)
def test_counts_in_code_results_promised_readers_and_a_first_section_by_task(text: str, topic: str,
                                                                              covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_title_that_opens_with_a_doer_and_what_it_uses() -> None:
    assert "intended-uses" not in lint_topics_with_title("Text classifier using DistilBERT to determine Partisanship")
    assert "intended-uses" in lint_topics_with_title("Notes using DistilBERT")


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # gh264-266: how it was evaluated, said as what was done; English data words with Korean particles
        ("To evaluate model quality, we fine-tuned DistilRuBERT-small on classification, NER and question answering "
         "tasks.", "evaluation", True),
        ("To evaluate it, download it.", "evaluation", False),
        ("huggingface에 공개된 KR-Medium BERT를 정신건강의학신문을 크롤링한 dataset으로 MLM fine-tuining한 Bert Model입니다.",
         "training-data", True),
        ("huggingface에 공개된 KR-Medium BERT입니다.", "training-data", False),
    ],
)
def test_an_evaluation_said_as_what_was_done_and_data_with_korean_particles(text: str, topic: str,
                                                                            covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_sub_heading_whose_marks_were_doubled_is_not_the_title() -> None:
    text = ("---\nlicense: mit\ntags:\n- generated_from_trainer\nmodel-index:\n- name: vit-base-patch16-224\n"
            "  results: []\n---\n\n# ## labels\n- 0: Object\n\n# vit-base-patch16-224\n\nA model.\n")
    assert titles.title_text(Card.from_text(text)) == "vit-base-patch16-224"
    assert [d for d in lint_text(text, plugins=False) if d.code == "MC131"] == []


def test_a_paper_title_under_the_card_title_names_the_task() -> None:
    # "# Gupshup" over "GupShup: Summarizing Open-Domain Code-Switched Conversations EMNLP 2021"
    text = "GupShup: Summarizing Open-Domain Code-Switched Conversations EMNLP 2021\nPaper: [x](https://x.org)"
    assert "intended-uses" not in lint_topics_with_title("Gupshup", text)
    assert "intended-uses" in lint_topics_with_title("Gupshup", "GupShup: Open-Domain Code-Switched Conversations 2021")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("It is four times faster, at the price of some impact on the accuracy (see below).", True),
        ("It is faster at the expense of a lower F1.", True),
        ("It runs at the cost of one GPU.", False),
        # what speed or size was traded for, said in other words
        ("The int4 version trades a bit of accuracy for a 3x speed-up.", True),
        ("It strikes the best trade-off between speed and accuracy.", False),
        ("This small model does not trade off retrieval accuracy for its small size.", False),
        ("The 4-bit model is slightly less accurate than the 8-bit one.", True),
        ("Accuracy is a little lower than the base model's.", True),
        ("Expect some quality loss on long inputs.", True),
        ("Baselines are less accurate than ours.", False),
        ("Its error rate is lower than the baseline's.", False),
        ("It was trained with a perceptual quality loss.", False),
    ],
)
def test_what_a_gain_cost_is_a_limitation(text: str, covered: bool) -> None:
    assert ("limitations" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # gh279-281: a dated Wikipedia dump, no further training, a measure on the test set in a table
        ("BERT base Japanese (character-level tokenization with whole word masking, jawiki-20200831).", "training-data",
         True),
        ("This model is adapted from [LEGAL-BERT](https://huggingface.co/x/y) without additional pretraining yet.",
         "training-data", True),
        ("| Release | Test-Set (WHAMR!) average l1 error |\n|:---:|:---:|\n| 18-10-21 | 1.7 dB |", "evaluation", True),
        ("| Dataset | Train | Test |\n|---|---|---|\n| CETUC | 10h | 5.4h |", "evaluation", False),
    ],
)
def test_a_wikipedia_dump_no_further_training_and_a_test_measure(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_title_that_names_document_similarity_states_the_use() -> None:
    assert "intended-uses" not in lint_topics_with_title("Aspect-based Document Similarity for Research Papers")


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # gh282-284: what it allows, as a deed; where it falls short
        ("The model allows the encoding of images as a fixed-length sequence of tokens taken from the codebook.",
         "intended-uses", True),
        ("The model allows the weights to be loaded in 8 bits.", "intended-uses", False),
        ("- The model works well on most of the emotions except: 'desire', 'disgust', 'fear'.", "limitations", True),
        ("- The model works well on most GPUs.", "limitations", False),
    ],
)
def test_what_it_allows_and_where_it_falls_short(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # gh285-287: what it is useful for, the purpose it was made for, a section of the data's statistics
        ("This is the smaller generator, useful if you want to continue pre-training the discriminator model.",
         "intended-uses", True),
        ("The model was created by [Patrick von Platen](https://huggingface.co/patrickvonplaten) for demonstration "
         "purposes.", "intended-uses", True),
        ("The model was created for many purposes.", "intended-uses", False),
        ("## Dataset statistics (`data/male`)\n\n| Total duration | 5.16 hours |", "training-data", True),
    ],
)
def test_what_it_is_useful_for_and_a_section_of_the_datas_statistics(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_lower_case_dataset_of_the_metadata_after_finetuned_on_is_named() -> None:
    text = ("---\nlicense: mit\ndatasets:\n- glue\n- mnli\n---\n\n# XLM-RoBERTa-Large-En-Ru-MNLI\n\n"
            "xlm-roberta-large-en-ru finetuned on mnli.\n")
    assert not [d for d in lint_text(text, plugins=False) if d.code == "MC201"
                and "training-data" in (d.data or {}).get("topics", [(d.data or {}).get("topic")])]


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("a RuBERT model fine-tuned on [RuSentiment dataset](https://example.org) of posts", True),
        ("fine-tuned on the go_emotions dataset", True),
        ("a cased version trained on the [OpenWebText corpus](https://example.org)", False),
        ("trained on the Common Voice dataset of Wolof speech", False),
    ],
)
def test_a_dataset_named_by_its_task_states_the_use(text: str, covered: bool) -> None:
    assert usesections.task_by_dataset(text) is covered


@pytest.mark.parametrize(
    ("title", "covered"),
    [("GPT-2 Story Generator", True), ("Quotes Generator", True), ("ELECTRA Tagalog Small Uncased Generator", False),
     ("Generator and discriminator losses", False)],
)
def test_a_title_that_names_what_the_model_generates_states_its_use(title: str, covered: bool) -> None:
    assert usesections.generator_title(title) is covered


def test_scores_in_an_html_table_are_an_evaluation() -> None:
    html = ("<table>\n<tr><th>Model</th><th>F1</th><th>Accuracy</th></tr>\n"
            "<tr><td>RuBERT</td><td>72.81</td><td>64.55</td></tr>\n</table>")
    assert "evaluation" not in _topics(html)
    assert "evaluation" in _topics(html.replace("72.81", "yes").replace("64.55", "no"))


def test_a_reinforcement_learning_card_whose_headings_name_its_environment() -> None:
    head = "---\ntags:\n- reinforcement learning\nlicense: mit\n---\n\n"
    body = ("## PPO on Cartpole Environment\n\nThe notebook trains it.\n\n### CartPole-v0\n\nA pole is attached to "
            "a cart.\n")
    topics = {t for d in lint_text(head + body, plugins=False) if d.code == "MC201"
              for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert "training-data" not in topics and "intended-uses" not in topics
    assert "training-data" in _topics(body)  # (not a reinforcement-learning card: a heading names no data)


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        # a test model, built and saved to try software with: nothing learnt, and who it is for
        ("This model is for anyone using Flux.jl and looking for a test model to make use of the Hugging Face hub.",
         set()),
        # (one said to be a test but trained on, continued pretraining, is still asked for its evaluation)
        ("This is just a Test Model. Continued pretrained from the nb-roberta-base on a corpus of news.",
         {"evaluation"}),
    ],
)
def test_a_test_model_to_try_software_with_learnt_nothing(text: str, missing: set[str]) -> None:
    assert _topics(text) == missing


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("The purpose is to enhance financial NLP research and practice in financial domain.", True),
        ("The goal is to minimize the loss.", False),
    ],
)
def test_the_purpose_said_without_naming_the_model_is_its_use(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # a measure on the test set by its acronym, in a table of one row
        ("The model performance is:\n\n| Release | Test PESQ | Test STOI |\n|:--:|:--:|:--:|\n| 21-04-27 | 3.15 | 93.0 |",
         True),
        # a header that is its own row, the metric spelt out after it
        ("| WER (word error rate) | 5.67 |\n|------|------|", True),
        ("| Release | Test set |\n|:--:|:--:|\n| 21-04-27 | 3.15 |", False),
        # or a metric's name alone beside its score (gh803 vasudevgupta/bigbird-roberta-natural-questions)
        ("| Exact Match | 47.44 |\n|-------------|-------|", True),
        ("| Epochs | 3 |\n|------|------|", False),
        ("| Model | 47.44 |\n|------|------|", False),
    ],
)
def test_a_score_under_a_test_measures_acronym_or_in_a_header_row_is_an_evaluation(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("BERT classifier fine-tuned in a news headlines dataset annotated for target polarity.", True),
        ("It is trained on the following three financial communication corpus.", True),
        ("The pretrained architecture is roberta-large and the fine-tuning data is [QAMR](https://example.org).", True),
        ("The model was fine-tuned in a day.", False),
        ("We collected a large amount of Korean text from various sources such as blog posts, comments, news.", True),
        ("We collected feedback from users.", False),
        ("A Large Arabic NER model built on a completely new dataset, annotated for 9 types of entities.", True),
        ("It is built on a large dataset.", False),
        ("It is trained on 4 x 2 Tesla V100, using Math StackExchange data with 2.7 million sentence pairs.", True),
        ("We use SimCSE with mBERT as the baseline model, training the model with Thai Wikipedia.", True),
        ("Training data pairs was generated by sampling 2 Million sentences from the descriptions of GCC.", True),
        ("Our pretraining employs subword units derived from the Japanese Wikipedia.", False),
    ],
)
def test_data_described_after_in_a_or_the_following(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


def test_a_card_of_one_link_text_repeated_is_no_description_and_gets_one_finding() -> None:
    spam = "\n".join(f'<a href="https://example.org/{k}">free robux generator</a>' for k in range(40))
    [d] = [d for d in lint_text(spam + "\n", plugins=False) if d.code == "MC201"]
    assert "none of the sections" in d.message
    # (a paragraph in Chinese, written without spaces, is one "word" and still a description)
    assert "description" not in _topics("基于有赞商品评论语料训练的bert模型。")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("A set of unstructured sparse bert-base-uncased models fine-tuned for SQuADv1.", True),
        ("It can be fine-tuned for SQuAD.", False),
        ("BERT-base tuned for Squadv1.1 is pruned with movement pruning algorithm in hybrid fashion.", True),
        ("BERT-base can be tuned for Squadv1.1 and pruned.", False),
        ("The model was fine-tuned using [STSbenchmark](ixa2.si.ehu.eus/stswiki) translated to Slovak.", True),
        ("The model was fine-tuned using Adam and a linear schedule.", False),
    ],
)
def test_a_model_fine_tuned_for_a_benchmark_was_trained_on_it(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


def test_an_observed_issue_is_a_caveat() -> None:
    text = "Observed issue - loss in model translation, discrepancy between pytorch and tensorflow models."
    assert "limitations" not in _topics(text)


def test_a_release_of_models_for_a_field_to_facilitate_a_task_states_the_use() -> None:
    text = ("We train and release masked language models for mental health to facilitate the automatic detection of "
            "mental disorders in online social content for non-clinical use.")
    assert "intended-uses" not in _topics(text)
    assert "intended-uses" in _topics("We train and release masked language models for mental health.")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("**Note**: the Answers might not make sense in some cases because of the bias in GPT-2", True),
        ("Note: There are some problems with decoding using the default sequence classification model.", True),
        ("It makes sense to fine-tune it first.", False),
    ],
)
def test_outputs_that_may_make_no_sense_and_problems_admitted_are_caveats(text: str, covered: bool) -> None:
    assert ("limitations" not in _topics(text)) is covered


def test_the_sets_combined_when_fine_tuning_are_its_training_data() -> None:
    text = ("When fine tuning for Question Answering we combined [SQuAD2.0](https://example.org/a) and "
            "[QuAC](https://example.org/b) datasets.")
    assert "training-data" not in _topics(text)
    assert "training-data" in _topics("When fine tuning for Question Answering we used a learning rate of 3e-5.")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This model can help identify five architectural styles from a photograph of a building.", True),
        ("It is ported to HuggingFace Hub to be used as a part of NeuSpell-Demo spaces.", True),
        ("I created this demo for very easy interaction with the benchmark models on Masakhane.", True),
        ("Please refer to this blog on how to fine-tune this model on a specific language.", True),
        ("It can help.", False),
        ("The model is to be used with care.", False),
    ],
)
def test_what_a_model_helps_do_or_is_to_be_used_in_states_its_use(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Note that the model doesn't expect to find punctuation marks or long pieces of text.", True),
        ("However, performance on the 15 languages mentioned in v1 are reported to be a bit lower.", True),
        ("We did not expect it to work so well.", False),
    ],
)
def test_inputs_not_expected_and_performance_reported_lower_are_caveats(text: str, covered: bool) -> None:
    assert ("limitations" not in _topics(text)) is covered


def test_a_task_of_a_named_dataset_is_its_training_data() -> None:
    assert "training-data" not in _topics("It was trained on the enh_both task of the DAMP-VSEP dataset.")


def test_labelled_data_counted_by_its_categories_is_training_data() -> None:
    text = "This model is a fine-tune of turkish-bert by using text classification data with 9 categories as follows:"
    assert "training-data" not in _topics(text)
    assert "training-data" in _topics("This model is a fine-tune of turkish-bert with 9 categories.")


def test_a_one_line_description_by_the_models_kind_of_doer() -> None:
    assert "description" not in _topics("A Classical Chinese Punctuation Marker.")


def test_a_metric_over_its_named_sets_is_an_evaluation() -> None:
    assert "evaluation" not in _topics("- BLEU:\n    - newstest2014 = 26.89\n    - newstest2017 = 28.09")
    assert "evaluation" in _topics("- Released:\n    - version2019 = 1")


def test_one_row_of_scores_called_so_above_is_an_evaluation() -> None:
    table = ("| nsmc | klue_nli | klue_sts | avg |\n| --- | --- | --- | --- |\n| 87.8846 | 66.3086 | 83.8353 | 79.34 |")
    assert "evaluation" not in _topics("Below performance was evaluated at 2021/12/15.\n\n" + table)
    assert "evaluation" in _topics("Below are the model's sizes.\n\n" + table)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Experimental sentiment analysis based on ~20k of App Store reviews in Swedish.", True),
        ("데이터는 [AIHub 한국어 대화요약](https://example.org) 데이터를 사용하였습니다.", True),
        ("This model is based on 3 layers of transformers.", False),
    ],
)
def test_texts_counted_and_data_said_used_in_korean_are_training_data(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


def test_scores_in_a_code_block_under_results_are_an_evaluation() -> None:
    block = "```yaml\nsi_sdr: 8.932601610824145\nsdr: 9.557260814240447\nsir: 17.387646884037455\n```"
    assert "evaluation" not in _topics("Results :\n\nOn Libri3Mix min test set :\n" + block)
    assert "evaluation" in _topics("Training config:\n" + block.replace("si_sdr", "lr").replace("sir", "dropout"))
    # (or a line that names the metric on a held-out set: per-label scores on the dev set)
    scores = "```\nnon-toxic  : 0.9937\ninsult     : 0.9912\nobscenity  : 0.9881\n```"
    assert "evaluation" not in _topics("The per-label ROC AUC on the dev set is:\n" + scores)
    assert "evaluation" in _topics("The probability of each label is:\n" + scores)


def test_what_it_can_be_used_to_do_is_its_use() -> None:
    assert "intended-uses" not in _topics("It can be used to improve existing dialog generation models by re-ranking "
                                          "the generated response candidates.")
    assert "intended-uses" in _topics("It can be used to load the weights in 4-bit.")


def test_a_use_case_named_as_such_states_the_use() -> None:
    assert "intended-uses" not in _topics("One use case of these models consist on fast perplexity estimation for "
                                          "filtering or sampling large datasets.")
    assert "intended-uses" in _topics("The use case of this model is unclear.")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Finetuning `airesearch/x` with the training set of `iapp_wiki_qa_squad`, `thaiqa_squad`, and `nsc_qa`.", True),
        ("Fine-tuned on the training set of SQuAD 2.0.", True),
        ("Trained with the training set of this model, which is private.", False),
        ("This model is fined-model based on Augmented Code Corpus with ACS=4.", True),
        ("This model is based on the BERT architecture.", False),
    ],
)
def test_the_training_set_of_named_data(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


def test_data_named_before_what_it_lacks_is_a_caveat() -> None:
    assert caveats.states_caveat(card("Fine-tuned on OpenSLR SLR64. Note that this data OpenSLR contains only female "
                                      "voices. Please keep this in mind before using the model for your task."))
    assert not caveats.states_caveat(card("Note that this data OpenSLR contains 40 hours of speech."))


def test_biases_a_model_may_display_are_a_caveat() -> None:
    assert caveats.states_caveat(card("The data wasn't thoroughly vetted so the model may display biases that I am "
                                      "unaware of, so tread with caution."))
    assert not caveats.states_caveat(card("The widget may display results in a table."))


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This is a RoBERTa model pre-trained on 青空文庫 texts with character tokenizer.", True),
        ("This is a RoBERTa model pre-trained on Aozora texts.", False),  # (a Latin word: a kind of text, perhaps)
        ("Pretrained model on English language.", False),  # (a language is no data)
        ("The model was trained on Icelandic and English text.", False),
        ("The model was trained on 日本語 texts.", False),
    ],
)
def test_named_texts_are_training_data_and_a_language_is_not(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("We used a subset of 141,230 Spanish captions from the WIT dataset for training.", True),
        ("Fine-tuned to generate paraphrases using:\n\n- Quora_pair_train 134337 lines of pair sentences 14 Mbytes", True),
        ("I have used IMDB movie review dataset to create custom model by using DistilBertForSequenceClassification.",
         True),
        ("This model was trained from scratch on training data: data.retriever.nq-adv-hn-train(facebookresearch/DPR).",
         True),
        ("We used PyTorch for training.", False),
        ("We used PyTorch to create the model.", False),
        ("It reads 100 lines of text at a time.", False),
    ],
)
def test_data_used_for_training_and_lines_counted(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


def test_an_aim_to_use_the_model_as_something_is_its_use() -> None:
    assert "intended-uses" not in _topics("- the aim is to use the model as a customizable chatbot with the personID "
                                          "labels as pseudo-SOT/EOT tokens")
    assert "intended-uses" in _topics("The goal is to use the model weights.")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("The model was trained based on Google's ALBERT BASE Version 2.0 over various writing styles from numerous "
         "subjects (e.g., scientific, novels, news) with more than 3.9M documents, 73M sentences, and 1.3B words.", True),
        ("A dataset of various news articles scraped from different online news agencies' websites.", True),
        ("A dataset of various news articles.", False),
    ],
)
def test_texts_counted_by_the_million_and_a_set_of_texts_scraped(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("We used a subset of 141,230 Spanish captions from the [WIT dataset](https://github.com/google-research-"
         "datasets/wit) for training.", True),
        ("We took `facebook/wav2vec2-large-960h` and fine tuned it using 1400 audio clips (around 10-15 seconds each) "
         "from various cryptocurrency related podcasts.", True),
        # (clips counted after the verb say what the data is, as gh1016's reviewers read "trained ... using 9,923
        # clips"; a script alone does not)
        ("We fine tuned it using a script.", False),
    ],
)
def test_a_linked_set_used_for_training_and_clips_from_podcasts(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


def test_texts_of_a_kind_said_where_they_came_from() -> None:
    assert "training-data" not in _topics("RoBERTa further trained for 25k steps (T=512, batch_size = 256) on text "
                                          "sourced from economics books.")
    assert "training-data" in _topics("RoBERTa further trained for 25k steps on a GPU.")
    # (the texts after "with": "trained from a bidirectional transformer ... with text sourced from Wikipedia")
    assert "training-data" not in _topics("This Megatron model was trained from a bidirectional transformer in the "
                                          "style of BERT with text sourced from Wikipedia, RealNews and OpenWebText.")
    assert "training-data" in _topics("This model was trained with a script sourced from our repository.")


def test_a_thai_heading_of_data_collection_covers_training_data() -> None:
    assert "training-data" not in _topics("## การเก็บข้อมูล\n\nเราสร้างข้อมูลตัวอย่างขึ้นเองและทำการ annotate")
    assert "training-data" in _topics("## การใช้งาน\n\nเรียกใช้โมเดลได้ดังนี้")  # ("usage": not data)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("The corpus contains 1.2 million paragraphs from National Agricultural Library (NAL) from the US Gov.", True),
        ("The dataset comprises about 40,000 tweets collected in 2020.", True),
        ("So we use 3 dataset:-\n1. [Movielines](https://www.kaggle.com/a) Longer responses.\n"
         "2. [Discord Messages](https://www.kaggle.com/b) Everyday questions.", True),
        ("We used two datasets: for evaluating, SST-2 and IMDB.", False),
        ("The corpus is large.", False),
        ("The evaluation dataset contains 2,000 sentences.", False),
    ],
)
def test_a_corpus_counted_by_what_it_holds_and_sets_counted_then_listed(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ('*Result (WER)* on Librispeech test:\n\n| "clean" | "other" |\n|---|---|\n| 6.5 | 18.7 |', True),
        ('Examples:\n\n| "clean" | "other" |\n|---|---|\n| yes | no |', False),
        ("<table><tr><td>Model</td><td>micro F<sub>1</sub></td><td>macro F<sub>1</sub></td></tr>"
         "<tr><td>SBERT-Large</td><td>75.43</td><td>72.18</td></tr></table>", True),
    ],
)
def test_a_one_row_table_of_results_and_an_html_table_whose_metric_has_inline_marks(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("This instance can be used to **re-rank a candidate set**.", "intended-uses", True),
        ("This instance can be used to run on a CPU.", "intended-uses", False),
        ("- used the Wizard of Wikipedia dataset parsed into a chat transcript structure as input  data",
         "training-data", True),
        ("We used the GLUE dataset as evaluation data.", "training-data", False),
    ],
)
def test_what_this_instance_can_be_used_to_do_and_a_named_set_used_as_input_data(
        text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("code", "covered"),
    [
        ("path = untar_data(URLs.PETS)/'images'\nlearn = cnn_learner(dls, resnet34)\nlearn.fine_tune(1)", True),
        ('ds = load_dataset("imdb", split="train")\nmodel.fit(ds, epochs=3)', True),
        ('ds = load_dataset("imdb", split="test")\nprint(model(ds[0]))', False),  # (no training in the block)
    ],
)
def test_a_named_set_loaded_in_code_that_trains(code: str, covered: bool) -> None:
    assert ("training-data" not in _topics(f"## Training\n\n```python\n{code}\n```")) is covered


def test_a_model_that_solves_or_answers_says_what_it_is_for() -> None:
    assert "intended-uses" not in _topics("Sudoku Net V2 model solves sudoku puzzles.")
    assert "intended-uses" not in _topics("The model answers questions about tables.")
    assert "intended-uses" in _topics("The model was solved for its weights.")


def test_a_writers_work_is_training_data() -> None:
    assert "training-data" not in _topics("We finetuned macedonizer/mk-gpt-2 with Blaze Koneski's poetry.")
    assert "training-data" in _topics("We finetuned macedonizer/mk-gpt-2 with a GPU.")


@pytest.mark.parametrize(
    ("text", "covered"),
    [("Test set accuray: 0.94", True), ("Dev set exactness = 81.2", True), ("Test set size: 0.2", False),
     ("Test set samples: 500", False)],
)
def test_a_sets_measure_given_as_a_label_whatever_its_spelling(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


def test_a_pointer_to_another_cards_considerations_on_limitations() -> None:
    assert "limitations" not in _topics("See the [GPT2 model card](https://huggingface.co/gpt2) for considerations on "
                                        "limitations and bias.")
    assert "limitations" in _topics("See the [GPT2 model card](https://huggingface.co/gpt2) for considerations.")


@pytest.mark.parametrize(
    ("title", "found"),
    [("Paraphrase Generation with IndoT5 Base", True), ("T5 for Question Generation", True),
     ("Grammatical Error Correction in Czech", True), ("Notes on the generation of data", False)],
)
def test_a_title_naming_a_text_to_text_task_without_a_hub_name(title: str, found: bool) -> None:
    found_topics = {t for d in lint_text(f"---\nlicense: mit\n---\n\n# {title}\n\nA small model.\n", plugins=False)
                    if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert ("intended-uses" not in found_topics) is found


@pytest.mark.parametrize(
    ("text", "covered"),
    [("You can using it from huggingface or PyThaiNLP (in the future) for few-shot learning works or text generation.",
      True),
     ("You can use it with transformers for inference.", False)],
)
def test_what_the_reader_can_use_it_for_however_far_the_sentence_puts_it(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


def test_a_fine_tuned_architecture_under_the_title_and_mistakes_told_in_chinese() -> None:
    # ("VGG16 fine tuned to classify cats and dogs": "fine tuned" in two words names the model's kind too)
    assert "description" not in _topics("VGG16 fine tuned to classify cats and dogs")
    assert "limitations" not in _topics("当然， 拿比较熟知的语句过来， 通常会有些贻笑大方的失误， 也欢迎反馈")
    assert "limitations" in _topics("模型会预测现代文的表述。")


def test_a_dataset_that_consists_of_things_counted_and_a_model_trained_for_rewriting() -> None:
    assert "training-data" not in _topics("The fine-tuning dataset is available for download and consists of 874 unique "
                                          "manual annotated ECSS requirements.")
    assert "training-data" in _topics("The dataset consists of 12 columns.")
    assert "intended-uses" not in _topics("This model is trained for conversational question rewriting.")


def test_prose_indented_by_mistake_is_read_as_one_paragraph() -> None:
    text = ("## TextAttack Model Card\n\n    This `bert-base-uncased` model was fine-tuned for sequence classificationusing "
            "TextAttack \n    and the rotten_tomatoes dataset loaded using the `nlp` library. The model was fine-tuned \n"
            "    for 10 epochs with a batch size of 16.")
    assert {"description", "training-data"}.isdisjoint(_topics(text))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("## Usage\n\n### Voice activity detection\n\n```python\nvad = pipeline(audio)\n```", "intended-uses"),
        ("The purpose of this repo is to show the usefulness of saving the normalization operation.", "intended-uses"),
    ],
)
def test_usage_sub_sections_named_by_tasks_and_the_purpose_of_a_repo(text: str, topic: str) -> None:
    assert topic not in _topics(text)
    assert topic in _topics("## Usage\n\n### Install\n\n```python\nvad = pipeline(audio)\n```")


def test_what_it_helps_you_do_with_the_verb_in_bold() -> None:
    assert "intended-uses" not in _topics("This model helps you **find** text within **ancient Chinese** literature.")


def test_a_label_with_its_link_right_after_the_colon_and_a_continued_pre_training() -> None:
    assert "training-data" not in _topics("Dataset:[Natural_Questions_HTML_reduced_all](https://huggingface.co/datasets/"
                                          "SaulLu/Natural_Questions_HTML_reduced_all)")
    assert "description" not in _topics("We continued the pre-training of [gpt2](https://huggingface.co/gpt2).")



def test_the_model_a_model_started_with_says_what_it_is() -> None:
    # (under a subtitle that is an aside, "## Finetuned AraGPT-2 demo")
    text = ("## Finetuned AraGPT-2 demo\n\nThis model started with [AraGPT2-Medium](https://huggingface.co/aubmindlab/"
            "aragpt2-medium),\nfrom AUB MIND Lab.\n")
    assert "description" not in _topics(text)
    assert "description" in _topics("## Demo\n\nThe model started slowly on our GPU.\n")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This model is fine-tuned with GPT2-xl with 8 GPUs and enhanced with safety policies (e.g., threat, "
         "profanity) using 3,000,000 math discussion posts by students and facilitators on Algebra Nation.", True),
        ('This model is the fine-tuned model of "dbmdz/bert-base-turkish-cased"\nusing a reviewed version of well '
         "known Turkish NER dataset\n(https://github.com/stefan-it/turkish-bert/files/4558187/nerdata.txt).", True),
        ("This model is fine-tuned using 8 GPUs.", False),
    ],
)
def test_things_counted_by_the_thousand_and_a_named_set_however_qualified(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    "text",
    ["This repository provides all the necessary tools to perform audio source separation with a SepFormer model.",
     "This is the standard verb disambiguation model for English that ships with Flair."],
)
def test_the_task_it_performs_names_its_use(text: str) -> None:
    assert "intended-uses" not in _topics(text)


def test_a_heading_run_on_into_its_paragraph() -> None:
    text = ("## TextAttack Model CardThis `albert-base-v2` model was fine-tuned for sequence classification using "
            "TextAttack \nand the ag_news dataset loaded using the `nlp` library.")
    assert "training-data" not in _topics(text)
    assert "training-data" in _topics("## Training\nand then some more words follow here.")


@pytest.mark.parametrize(
    ("heading", "covered"),
    [("## Keras Implementation of Bidirectional LSTMs for Sentiment Analysis on IMDB", True),
     ("## Named Entity Recognition on CoNLL-2003", True), ("## Sentiment Analysis on a GPU", False)],
)
def test_an_opening_heading_of_a_task_on_a_named_set(heading: str, covered: bool) -> None:
    assert ("training-data" not in _topics(f"{heading}\n\nThis repo contains the model and the notebook.")) is covered


def test_a_model_that_falls_short_of_something() -> None:
    assert "limitations" not in _topics("This model is useful to generate male and female text samples, but falls\n"
                                        "short of capturing gender diversity in the world.")


def test_a_score_in_code_after_a_linked_set() -> None:
    assert "evaluation" not in _topics("The result of evaluating the sacrebleu score for [JEC Basic Sentence Data](https://"
                                       "nlp.ist.i.kyoto-u.ac.jp/EN/?JEC+Basic#i0163896) was `18.18` .")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # a section that calls its subject a dataset and counts what it holds
        ("## DeepSentiPers\n\nwhich is a balanced and augmented version of SentiPers, contains 12,138 user opinions "
         "about digital products labeled with five different classes. Therefore, this dataset can be utilized for "
         "both multi-class and binary classification.", True),
        ("## Reviews\n\nThe corpus holds about 40k movie reviews, each with a star rating.", True),
        # not a table's shape, nor a set with no count, nor the test set described under results
        ("## Format\n\nThis dataset consists of 12 columns.", False),
        ("## DeepSentiPers\n\nThis dataset is a balanced version of SentiPers.", False),
        ("## Evaluation\n\nThe test dataset contains 2,400 user opinions.", False),
    ],
)
def test_a_section_that_describes_a_dataset(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("title", "covered"),
    [
        ("Generate Arabic reviews sentences with model GPT-2 Medium.", True),  # (a `###` heading is the title)
        ("Translate English to Hindi", True),
        ("Generative models for Arabic", False),  # (no verb: an adjective)
        ("Generation settings", False),
    ],
)
def test_a_title_that_opens_with_its_tasks_verb(title: str, covered: bool) -> None:
    text = f"---\nlicense: mit\n---\n\n### {title}\n\n#### Load model\n\n```\nmodel = load()\n```\n"
    topics = {t for d in lint_text(text, plugins=False) if d.code == "MC201"
              for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert ("intended-uses" not in topics) is covered


def test_a_test_accuracy_told_after_a_count_of_epochs() -> None:
    assert "evaluation" not in _topics("The **test accuracy after 50 epochs** of the model with contrastive learning was "
                                       "**81.06%** (opposed to 79.88% without contrastive learning).")
    assert "evaluation" in _topics("The model was trained for 50 epochs and was 3 times faster.")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This tutorial implements a [Graph Attention Network](https://arxiv.org/abs/1710.10903) to predict labels of "
         "scientific papers based on the papers they cite (using the [Cora dataset](https://linqs.soe.ucsc.edu/data)).",
         True),
        ("It predicts labels of papers (on the Cora dataset).", True),
        ("It predicts labels of papers (using the GPU).", False),
    ],
)
def test_the_data_a_task_is_done_on_in_parentheses(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Just for performing some experiments. Do not use.", True),
        ("Only for research. Weights may change.", True),
        ("It was trained on one GPU only for speed.", False),
    ],
)
def test_what_a_model_is_only_for_opening_a_sentence(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


def test_one_row_of_scores_under_models_called_results_above() -> None:
    table = ("Our model outperformed both classifiers:\n\n| Dataset | FT-W | INLP | iNLTK | **ours** |\n"
             "| --- | --- | --- | --- | --- |\n| iNLTK Headlines | 83.06 | 89.92 | 92.4 | **97.48** |")
    assert "evaluation" not in _topics(table)
    assert "evaluation" in _topics(table.replace("Our model outperformed both classifiers:", "Sizes:"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # what its outputs were learnt from, drawn from sources
        ("Generate arbitrary todo's.\n\nThe todo's come from a random selection of (public) repositories I had on my "
         "computer.", "training-data", True),
        ("The idea comes from a discussion on the forum.", "training-data", False),
        # a tokenizer's own card, told by its opening: the data it was trained on is the card's
        ("This is a small version of the CodeParrot tokenizer trained on the [CodeParrot Python code dataset]"
         "(https://huggingface.co/datasets/transformersbook/codeparrot).", "training-data", True),
        ("We use the tokenizer trained on the CodeParrot Python code dataset.", "training-data", False),
        # the model's purpose in Portuguese, Spanish, French, Italian
        ("O propósito deste modelo, inicialmente, é para ser usado com o servidor do KoboldAI.", "intended-uses", True),
        ("El objetivo de este modelo es clasificar tweets.", "intended-uses", True),
        ("Le but de ce modèle est de traduire des textes juridiques.", "intended-uses", True),
    ],
)
def test_statements_of_the_fresh_sets_gh486_488(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("This is a model for evaluation of naturalness of short Russian texts.", "intended-uses", True),
        ("This is a model for Russian.", "intended-uses", False),
        ("For each original text, we sampled three corrupted texts, so the model is uniformly biased towards the "
         "`unnatural` label.", "limitations", True),
        ("The model is biased.", "limitations", False),  # (towards what: no caveat said)
        ("On our private test dataset, the model has achieved 40% rank correlation with human judgements.",
         "evaluation", True),
    ],
)
def test_statements_of_the_fresh_sets_gh489_491(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("When you run the notebook, it downloads the [MS-COCO](https://cocodataset.org/#home) dataset, preprocesses and "
         "caches a subset of images using Inception V3, trains an encoder-decoder model, and generates captions.", True),
        ("The script downloads the COCO dataset for evaluation.", False),
    ],
)
def test_a_named_set_a_notebook_downloads_then_trains_on(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("The model was pretrained on a v3-32 TPU for 2.4M steps. The training data is based on **Wikipedia** and "
         "**BookCorpus**.", "training-data", True),
        ("The training procedure is based on **DeepSpeed** and **Megatron**.", "training-data", False),
        ("We proposed to build language model which work on cyber security text, as result, it can improve downstream "
         "tasks (NER, Text Classification, Semantic Understand, Q&A) in Cyber Security Domain.", "intended-uses", True),
        ("It can improve with more data.", "intended-uses", False),
    ],
)
def test_statements_of_the_fresh_sets_gh498_500(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Created from a dataset with 1M Luxembourgish sentences from Wikipedia. Corpus has approx. 16M words.", True),
        ("Created from a dataset with care.", False),
    ],
)
def test_made_from_a_set_counted_by_what_it_holds(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # TextAttack's sentence with a set's id of one word
        ("This `bert-base-cased` model was fine-tuned for sequence classification using TextAttack and the glue "
         "dataset loaded using the `nlp` library.", "training-data", True),
        # a row labelled with the training data by name, in any table
        ("### Model Details\n\n| | Description |\n|---|---|\n|**Finetuning task**| Passage Retrieval |\n"
         "|**Source dataset**| [MSMARCO-Passage-Ranking](https://github.com/microsoft/MSMARCO-Passage-Ranking) |",
         "training-data", True),
        # a short form of a heading's word
        ("# Intro\n\nA fine-tuned version of ViT-base on a collected set of Pokémon images.", "description", True),
    ],
)
def test_statements_of_the_fresh_sets_gh513_518(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_the_set_after_textattack_and_a_row_of_source_data_read_by_themselves() -> None:
    from modelcard_lint.facts.datasources import tells_source
    from modelcard_lint.facts.datatables import data_in_sections
    assert tells_source("fine-tuned for sequence classification using TextAttack and the glue dataset loaded")
    assert not tells_source("fine-tuned for sequence classification using TextAttack and the same dataset loaded")
    rows = "### Model Details\n\n| | Description |\n|---|---|\n|**Finetuning task**| Passage Retrieval |\n"
    assert data_in_sections(card(rows + "|**Source dataset**| MSMARCO-Passage-Ranking |"))
    assert not data_in_sections(card(rows + "|**Dataset**| MSMARCO-Passage-Ranking |"))  # (may be the evaluation's)


def test_a_block_of_named_percentages_is_a_result() -> None:
    assert "evaluation" not in _topics("```\nMNLI: 72.1%\nMNLI-mm: 73.76%\n```\nThese models were trained for 4 epochs.")
    assert "evaluation" in _topics("```\nlearning_rate: 0.001\ndropout: 0.1\n```")


def test_a_usage_section_whose_code_is_a_comment_that_it_is_coming_shows_no_way_to_run_it() -> None:
    def message(code: str) -> str:
        text = (f"---\nlicense: mit\n---\n\n## ESPnet2 pretrained model\n\nThis model was trained by someone.\n\n"
                f"### Demo: How to use in ESPnet2\n\n```python\n{code}\n```\n\n### Citing ESPnet\n\nCite it.\n")
        return next(d.message for d in lint_text(text, plugins=False)
                    if d.code == "MC201" and (d.data or {}).get("topic") == "intended-uses")
    assert "shows how to run the model" not in message("# coming soon")
    assert "shows how to run the model" in message("from espnet2.bin.asr_inference import Speech2Text\nrun()")


def test_a_trigger_warning_and_a_set_counted_in_words() -> None:
    text = ("TRIGGER WARNING\n---------------\nThis model was created by training GPT2-medium on a custom dataset "
            "containing tens of thousands of blog posts about people's experiences living with mental illnesses. As "
            "such, the texts that this model generates may be triggering.")
    topics = _topics(text)
    assert "limitations" not in topics and "training-data" not in topics


def test_a_sentence_set_as_a_heading_below_the_titles_subtitle_says_what_the_model_is() -> None:
    text = ("#### Using TensorFlow Decision Forests for structured data classification\n\n##### This example uses "
            "Gradient Boosted Trees model in binary classification of structured data, and covers the following "
            "scenarios:\n\n1. Build a decision forests model.")
    assert "description" not in _topics(text)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("[DistilGPT2](https://huggingface.co/distilgpt2) English language model fine-tuned on mathematical proofs "
         "extracted from [arXiv.org](https://arxiv.org) LaTeX sources from 1992 to 2020.", True),
    ],
)
def test_the_data_extracted_from_a_named_source(text: str, covered: bool) -> None:
    from modelcard_lint.facts.datasources import tells_source
    assert ("training-data" not in _topics(text)) is covered
    assert not tells_source("The classifier uses embeddings extracted from BERT.")  # (no training on them said)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("The german-gpt2-romantik model was fine-tuned on [dbmdz's german gpt-2](https://huggingface.co/dbmdz/"
         "german-gpt2 \"dbmdz's german-gpt2\") for specialization in poetry generation tasks.", True),
        ("The model was fine-tuned on X for specialization.", False),
    ],
)
def test_a_specialization_in_a_task_after_a_link_with_its_title(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


_LOADS = "```python\nmodel = AutoModel.from_pretrained('someone/DialoGPT-medium-NegaNetizen')\n```\n"


@pytest.mark.parametrize(
    ("heading", "text", "found"),
    [
        ("### About NegaNetizen", "Trained on conversations from a friend for use within their discord server.", True),
        ("## About the NegaNetizen server", "Trained on conversations from a friend for their server.", False),
        ("### About Us", "We are two friends who like to chat.", False),
        ("### About Discord", "Discord is a chat application where people talk in servers.", False),  # not its name
        ("### About NegaNetizen", "Coming soon.", False),  # (no paragraph of a few words)
    ],
)
def test_a_section_about_the_model_by_its_name_says_what_it_is(heading: str, text: str, found: bool) -> None:
    source = f"---\nlicense: mit\n---\n\n{heading}\n{text}\n\n### How to use\n\n{_LOADS}"
    described = not [d for d in lint_text(source, plugins=False)
                     if d.code == "MC201" and "description" in ((d.data or {}).get("topics") or
                                                               [(d.data or {}).get("topic")])]
    assert described is found


_SAMPLES = "\n".join(f"{k}: TODO: This implementation should be simplified, as it's too complex." for k in range(6))


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # a disclaimer set in a bare fence, as a box
        ("A Marathi DistilBERT.\n\n```\nDISCLAIMER\n\nThis model has not been thoroughly tested and may contain biased "
         "opinions or inappropriate language. User discretion is advised\n```", True),
        ("A Marathi DistilBERT.\n\n```text\nThis model may contain biased opinions. User discretion is advised\n```",
         True),
        # (not a sample of many outputs, nor code)
        (f"Generates todo's.\n\n### Sample\n\n```\n{_SAMPLES}\n```", False),
        ("A Marathi DistilBERT.\n\n```python\n# This model may contain biased opinions. Use with care.\nx = 1\n```",
         False),
    ],
)
def test_a_caveat_in_a_box_of_prose_but_not_in_samples_or_code(text: str, covered: bool) -> None:
    assert ("limitations" not in _topics(text)) is covered


def test_indented_lines_each_a_sentence_are_prose() -> None:
    # (set four spaces in by mistake, one sentence a line, the last ending in a link: Markdown shows them as code)
    text = ("An generative AI made using DialoGPT.\n\nImportant:\n\n      The AI can be a bit weird at times as it is still "
            "undergoing training!\n\n      It also sends random @Names as it tries to ping people.\n\n      Remove "
            "them with [re.sub](https://docs.python.org/3/library/re.html#re.sub)\n")
    assert "limitations" not in _topics(text)
    code = "An AI.\n\n    model = load('still undergoing training')\n    model.run(x)\n"
    assert "limitations" in _topics(code)


@pytest.mark.parametrize(
    ("heading", "covered"),
    [
        # (a task's or an experiment's performance, in Chinese, heads results as "模型效果" does)
        ("#### 任务效果", True),
        ("## 下游任务效果", True),
        ("## 实验效果", True),
        ("## 效果展示示例", False),  # (examples of its outputs shown, no scores)
    ],
)
def test_a_heading_of_a_tasks_performance_in_chinese_is_the_evaluation(heading: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(f"一个中文模型。\n\n{heading}\n\n见下表。\n")) is covered


@pytest.mark.parametrize(
    ("text", "signpost"),
    [
        ("This model has moved to https://huggingface.co/techiaith/wav2vec2-xlsr-ft-cy", True),
        ("This model has moved [here](https://huggingface.co/KBLab/wav2vec2-large-xlsr-53-swedish)", True),
        ("**Note**: This model was de-anonymized and now lives at:\n\nhttps://huggingface.co/dbmdz/german-gpt2\n\n"
         "Please use the new model name instead!", True),
        # (no address to go to, or a card that says more: read as any card)
        ("This model is deprecated.", False),
        ("This model has moved to https://huggingface.co/x/y. " + "It classifies product reviews by sentiment. " * 8,
         False),
    ],
)
def test_a_card_that_only_points_to_where_the_model_moved_asks_for_no_section(text: str, signpost: bool) -> None:
    assert (_topics(text) == set()) is signpost


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # "It" opening the sentence after the model's (gh733 pere/multi-sentencefix-byt5), a text restorer's verbs
        ("The DeUnCaser is a sequence-to-sequence model that is reversing this process. It adds punctation, and "
         "capitalises the correct words.", True),
        ("This model punctuates Classical Chinese.", True),
        ("The model is big. It was trained for 3 epochs on 8 GPUs.", False),
        # what to use it for, as a purpose (gh734 flaubert/flaubert_small_cased)
        ("Consider using it for debugging purpose only.", True),
        ("The test split was used for testing purposes.", False),
        # a rater's verb opening the card, its subject left out (gh742 k-partha/decision_bert_bio)
        ("Rates Twitter biographies on decision-making preference: Thinking or Feeling.", True),
        ("Learning rates were tuned on the dev set.", False),
        # doers in capitals, for what they are made for (gh748 KoichiYasuoka/SuPar-Kanbun); not a label's name
        ("Tokenizer, POS-Tagger and Dependency-Parser for Classical Chinese Texts.", True),
        ("A POS-tagger for Old Church Slavonic trained on the UD treebank.", True),
        ("- Golden Retriever: 90%", False),
    ],
)
def test_what_it_does_said_in_more_ways(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


def test_a_model_not_trained_has_no_training_data_to_state() -> None:
    # (gh758 lgrobol/electra-minuscule-discriminator)
    text = "A ridiculously small ELECTRA discriminator model for testing purposes. THIS MODEL HAS NOT BEEN TRAINED."
    assert not {"training-data", "limitations", "evaluation"} & _topics(text)


@pytest.mark.parametrize(("title", "named"), [
    ("SBERT-Large on Kaggle Russian News Dataset", True),
    ("BERT on the Yelp Review Corpus", True),
    ("SBERT-Large on a GPU", False),
    ("SBERT-Large on Kaggle", False),
])
def test_a_title_that_names_the_data_the_model_is_on(title: str, named: bool) -> None:
    # (the title alone: "SBERT-Large on Kaggle Russian News Dataset" is the model and the data it was trained on)
    found = lint_text(f"---\nlicense: mit\n---\n\n# {title}\n\nA sentence classifier.\n", plugins=False)
    topics = {t for d in found if d.code == "MC201" for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert ("training-data" not in topics) is named


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1016-gh1018) data counted after the verb; another model's data
        ("It was trained from the [original weights](https://huggingface.co/x/y) with offset noise using 9,923 clips "
         "and 29,769 tagged frames.", "training-data", True),
        ("It was trained on 8 GPUs using 2 nodes.", "training-data", False),
        ("It uses the same training data and strategies as the [gte-7B](https://huggingface.co/x/gte-7B) model.",
         "training-data", True),
        ("It uses the same data format as the original.", "training-data", False),
        # (not the data's date alone: gh977, gh978 and gh1012's reviewers read a knowledge cutoff as no training data)
        ("Knowledge cutoff: December 2023.", "training-data", False),
        # what its experiments showed; a comparison as a heading; benchmarks after four words
        ("Experimental results on public datasets demonstrate that it significantly outperforms other baselines.",
         "evaluation", True),
        ("These embeddings produced the same performance (established empirically by comparing on several tasks).",
         "evaluation", True),
        ("It needs less memory without any measurable performance-decrease in our experiments.", "evaluation", True),
        ("The results show that training is hard.", "evaluation", False),
        ("## Comparison\n\nA simple comparison with FLUX.1-dev under the same settings.\n\n![](compare.png)",
         "evaluation", True),
        ("OPT-IML models outperform baseline OPT on an extensive set of evaluations.", "evaluation", True),
        # a drawback of the model; a context it is meant to stay within
        ("The only drawback of V2 is being 0.5 GB larger.", "limitations", True),
        ("A drawback of the old approach is solved here.", "limitations", False),
        ("It is intended to be used with up to an 8k context window.", "limitations", True),
        ("It can handle sequences of up to 514 tokens.", "limitations", False),
        # a model made to enable a field's work
        ("This is polyBERT: A chemical language model to enable fully machine-driven polymer informatics.",
         "intended-uses", True),
        ("A model to download.", "intended-uses", False),
    ],
)
def test_data_counted_after_the_verb_experiments_drawbacks_and_a_model_to_enable(text: str, topic: str,
                                                                                   covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1019-gh1021) what it was made to work with; a learning curve, a checkpoint meant to be fine-tuned first, an
        # input that upsets it, a length it will be limited to; a record it set; large-scale sequences it learnt from
        ("Supercot was trained to work with langchain prompting.", "intended-uses", True),
        ("It was trained to work.", "intended-uses", False),
        ("Be ready for it to behave differently from other models: there's a learning curve.", "limitations", True),
        ("While it has good 0 shot performance, it is intended to be fine-tuned on a specific task.", "limitations",
         True),
        ('There should not be any space after your final ":" or you will upset the tokenizer.', "limitations", True),
        ("Save the file or you will get the answer later.", "limitations", False),
        ("As drop-in LLaMA models they will be limited to the original context length of 2048.", "limitations", True),
        ("The model sets a new record on multiple multimodal understanding tasks in few-shot settings.", "evaluation",
         True),
        ("We set a new goal for the next release.", "evaluation", False),
        ("A generative multimodal model trained on large-scale multimodal sequences.", "training-data", True),
    ],
)
def test_made_to_work_with_a_learning_curve_a_new_record_and_large_scale_sequences(text: str, topic: str,
                                                                                    covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1022-gh1024) a BibTeX abstract; a table of versions, the newest's scores to come; speed measured;
        # experiments done and what they achieved
        ('```bibtex\n@article{x2022,\n    title = {A de-identifier},\n    abstract = "We trained a model that '
         'achieves 97.9 F1 score on radiology reports from a known institution and 99.5 on i2b2 2006.",\n}\n```',
         "evaluation", True),
        ('```bibtex\n@article{x2022,\n    title = {A de-identifier},\n}\n```', "evaluation", False),
        ("| Model | **VQA v2** | **TextVQA** | **POPE** |\n|---|---|---|---|\n| nano-1.0 | 70.84 | 46.71 | 84.1 |\n"
         "| nano-1.5 | TBD | TBD | TBD |", "evaluation", True),
        ("| Model | **VQA v2** | **TextVQA** | **POPE** |\n|---|---|---|---|\n| nano-1.0 | TBD | TBD | TBD |\n"
         "| nano-1.5 | TBD | TBD | TBD |", "evaluation", False),
        ("### Image Sampling Times\n\nThe figure shows the inference times on an A100 compared to SDXL.\n\n![](t.png)",
         "evaluation", True),
        ("We do thoroughly experiments on SDXL and achieve superior performance in control ability and aesthetic score.",
         "evaluation", True),
        ("We do experiments on weekends.", "evaluation", False),
        # data admitted short of good; settings hard to get right; data that leans
        ("Even if this translation was not the best, the tradeoff between costs and results was.", "limitations", True),
        ("The settings are very finicky so be careful with your experimentation.", "limitations", True),
        ("This means that the data is more representative of people most connected to the internet.", "limitations",
         True),
        ("The data is stored as JSON.", "limitations", False),
    ],
)
def test_a_cited_abstract_scores_to_come_speed_experiments_and_data_short_of_good(text: str, topic: str,
                                                                                   covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1022-gh1027) kinds of artwork listed before the noun; a model
        # not evaluated much; a style's leaning to take out in the negative prompt; applications catered to; what its
        # makers observed
        ("This model was trained on the loading screens, gta storymode, and gta online DLCs artworks.",
         "training-data", True),
        ("None of the M-CLIP models have been extensivly evaluated, but on retrieval we see the following.",
         "limitations", True),
        ("The model has been extensively evaluated.", "limitations", False),
        ('The style leans to the TV show. This may be desirable, but if not, put "western comics" in your negative '
         'prompt.', "limitations", True),
        ("This compactness allows it to cater to a multitude of applications demanding a small memory footprint.",
         "intended-uses", True),
        ("We've observed that perplexity values correlate with AlphaFold2's plddt.", "evaluation", True),
        ("We've observed that the weather correlates.", "evaluation", False),
    ],
)
def test_a_description_in_html_listed_artworks_little_evaluation_and_applications_catered_to(
        text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_model_with_what_it_comes_with_at_a_lines_start_says_what_it_is() -> None:
    # (gh1022 natsusakiyomi/SakuraMix: its description inside an HTML block under its name)
    from modelcard_lint.card import Card
    from modelcard_lint.facts.describes import says_what_it_is

    html = ("<div>\n<h1>SakuraMixSeries</h1>\n<p>\nModel with built-in VAE for both background and character "
            "quality\n</p>\n</div>\n")
    assert says_what_it_is(Card.from_text(html, "README.md"))
    assert not says_what_it_is(Card.from_text("<p>\nDownload with the button.\n</p>\n", "README.md"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1028-gh1030) data used for training by kind, a dataset of paired records, open data only; a benchmark's
        # scores linked, a model competitive in evaluations; outputs potentially explicit or verbose, a performance
        # drop otherwise, a flaw after emphasis, an emphasised experimental model
        ("We used large-scale Chinese data for incremental pre-training.", "training-data", True),
        ("When trained on a large dataset of paired 3D and text data, it can generate complex assets.",
         "training-data", True),
        ("It was pretrained on a large corpus of text data.", "training-data", False),
        ("By training only on open-source datasets, it generates high-quality videos.", "training-data", True),
        ("Russian SuperGLUE [metrics](https://russiansuperglue.com/x)", "evaluation", True),
        ("Russian SuperGLUE [home](https://russiansuperglue.com/x)", "evaluation", False),
        ("It is competitive with the best open-source Transformers of similar sizes in short and long-context "
         "evaluations.", "evaluation", True),
        ("The model produces uncensored and potentially explicit images.", "limitations", True),
        ("Use the exact chat template. Otherwise there will be a degrade in the performance.", "limitations", True),
        ("The model output can be verbose in rare cases.", "limitations", True),
        ("**Unfortunately we were not able to use any of TheBloke models.**", "limitations", True),
        ("Introducing an *experimental* 34B LLaMa-Yi-34B based model.", "limitations", True),
        ("Introducing a *new* 34B model.", "limitations", False),
    ],
)
def test_data_used_for_training_linked_scores_explicit_outputs_and_emphasised_caveats(text: str, topic: str,
                                                                                      covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1031-gh1033) the same training data as the model compared before; tokens of a kind; fine-tuning using
        # counted images
        ("Compared to the [gte-1.5](https://huggingface.co/x/y) model, this model uses the same training data and "
         "training strategies.", "training-data", True),
        ("It has undergone pre-training with 1.4T bilingual tokens and human preference alignment training.",
         "training-data", True),
        ("It has a context of 32K tokens.", "training-data", False),
        ("Based on Evt_V2 with 20 epochs fine-tuning using 35467 images", "training-data", True),
        # experiments that show its strengths; a comparison under its label
        ("Extensive experiments demonstrate the superiority of ELLA in dense prompt following.", "evaluation", True),
        ("Comparison on my laptop:\n\n![image/jpeg](https://cdn-uploads.huggingface.co/x.jpeg)", "evaluation", True),
        ("Installation on my laptop:\n\n![image/jpeg](https://cdn-uploads.huggingface.co/x.jpeg)", "evaluation",
         False),
        # data not licensed for commerce; a limited understanding; a shortfall due to limits; an incompatibility
        ("It was trained on data that includes LLaVA's corpus which is not commercially permissive.", "limitations",
         True),
        ("The current version has limited understanding of single-round ultra-long documents.", "limitations", True),
        ("Due to limitations in training data, its event classification has some gaps.", "limitations", True),
        ("For SD1.x, use [TAESD](https://x.y/taesd) instead (the SD and SDXL VAEs are [incompatible](https://x.y/6)).",
         "limitations", True),
        # weights open for research
        ("The weights are **completely open** for academic research.", "intended-uses", True),
        ("The weights are open on the Hub.", "intended-uses", False),
    ],
)
def test_the_same_training_data_kinds_of_tokens_experiments_and_incompatibilities(text: str, topic: str,
                                                                                   covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_based_on_a_model_with_its_fine_tuning_at_a_lines_start_says_what_it_is() -> None:
    # (gh1033 haor/Evt_V3)
    from modelcard_lint.card import Card
    from modelcard_lint.facts.describes import says_what_it_is

    assert says_what_it_is(Card.from_text("Based on Evt_V2 with 20 epochs fine-tuning using 35467 images\n", "R.md"))
    assert not says_what_it_is(Card.from_text("Based on the feedback we changed the page.\n", "R.md"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1034-gh1036) "fine tuned" in two words; the data a phase of training took; a performance on par with
        # another model's; picky about prompts; a work the model is recommended for
        ("A photorealistic Stable Diffusion 1.5 model fine tuned on high quality photos.", "training-data", True),
        ("In the instruction fine-tuning phase, there are some English image-text data from the [MiniGPT-4]"
         "(https://github.com/x) and [LLAVA](https://github.com/y) projects.", "training-data", True),
        ("In the fine-tuning phase, we used a cosine schedule.", "training-data", False),
        ("The resulting models show performance on par with the recently released XGLM models.", "evaluation", True),
        ("ColorBomb: A bit picky about prompts.", "limitations", True),
        ("The full model is recommended for training your character model.", "intended-uses", True),
        ("The fp16 model is recommended for inference.", "intended-uses", False),
    ],
)
def test_fine_tuned_in_two_words_a_phases_data_on_par_picky_and_recommended_for(text: str, topic: str,
                                                                                covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1037-gh1039) a label's count after its other items; a dataset filtered; the makers' own data by its kind
        ("Training - 7000 steps, v1-5 Base, 56 images", "training-data", True),
        ("Training - 7000 steps, v1-5 Base", "training-data", False),
        ("The dataset has been filtered to avoid extremely NSFW materials.", "training-data", True),
        ("We train it on Qwen2-72B with our large-scale high-quality multimodal dataset.", "training-data", True),
        ("We train it with our large amount of data.", "training-data", False),
        # measured beside others; how it was evaluated; scores in its makers' tests; a comparison of a kind, misspelt
        ("Compared to other prompt generation models, this one runs with 50% faster forwardpropagation.", "evaluation",
         True),
        ("For evaluation, OPT follows GPT-3 by using their prompts and overall experimental setup.", "evaluation",
         True),
        ("It achieved top rank with double perfect scores in my LLM comparisons/tests.", "evaluation", True),
        ("It achieved top rank with double perfect scores in [my LLM comparisons/tests](https://x.y/z).", "evaluation",
         True),
        ("## Image Comparision (SDXL-1.0 vs SSD-1B)\n\n![](x.png)", "evaluation", True),
        ("## Image Captions\n\n![](x.png)", "evaluation", False),
    ],
)
def test_a_labels_count_filtered_data_speed_beside_others_and_a_misspelt_comparison(text: str, topic: str,
                                                                                   covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_heading_that_says_the_model_is_based_on_another_says_what_it_is() -> None:
    # (gh1037 NeverSleep/Lumimaid-v0.2-12B)
    from modelcard_lint.card import Card
    from modelcard_lint.facts.describes import says_what_it_is

    heading = "### This model is based on: [Mistral-Nemo-Instruct-2407](https://huggingface.co/m/n)\n\nWandb: x\n"
    assert says_what_it_is(Card.from_text(heading, "README.md"))
    assert not says_what_it_is(Card.from_text("### Files\n\nWandb: x\n", "README.md"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1040-gh1042) a conversation about the reader's things; what a model specialises in, in Japanese
        ("Click the image to chat with MiniGPT-4 around your images.", "intended-uses", True),
        ("Join the Discord to chat with us.", "intended-uses", False),
        ("クローズアップに特化しておりそれ以外はあまりさえない", "intended-uses", True),
        # not good beyond its speciality, a jack of all trades (Japanese); artifacts to get rid of; an input held
        # under a length in brackets
        ("クローズアップに特化しておりそれ以外はあまりさえない", "limitations", True),
        ("悪く言えば器用貧乏", "limitations", True),
        ("It is recommended to use with VAE (to improve generation quality and get rid of blue artifacts).",
         "limitations", True),
        ("To use the model, provide an input text (less than 2000 tokens) and a JSON template.", "limitations", True),
        ("To use the model, provide an input text and a JSON template.", "limitations", False),
        # more data than before; a share of another model's training data
        ("Kandinsky 3.0 incorporates more data and specifically related to Russian culture.", "training-data", True),
        (r"It requires mere **0.1\% (10k)** of the training data when compared to the original SAM-H.",
         "training-data", True),
        # what testers found; beating others across metrics; a merge's recipe
        ("According to our testers, this model seems to outperform MythoMax in RP/Chat.", "evaluation", True),
        ("We outperform current state-of-the-art models for audio generation across both objective and subjective "
         "metrics.", "evaluation", True),
    ],
)
def test_chat_about_your_images_a_speciality_artifacts_and_what_testers_found(text: str, topic: str,
                                                                             covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_merge_recipe_heading_and_models_with_what_they_come_with_say_what_the_model_is() -> None:
    # (gh1041 m4gnett/any-pastel, gh1042 natsusakiyomi/HimawariMixs)
    from modelcard_lint.card import Card
    from modelcard_lint.facts.describes import says_what_it_is

    recipe = "---\nlicense: mit\n---\n\n# AnyPastel\n\n## Recipe\n\n| Method | Primary Model |\n|---|---|\n| Weighted sum | A |\n"
    topics = {t for d in lint_text(recipe, plugins=False) if d.code == "MC201"
              for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    assert "description" not in topics and "limitations" in topics
    assert says_what_it_is(Card.from_text("<p>\nModels with built-in VAE with strong expression of backgrounds\n</p>\n",
                                          "README.md"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1043-gh1045) a base set counted in brackets, a kind of training set, a Hub dataset linked for alignment,
        # training material in Chinese
        ("I want to completely re-caption the base set (5k images) with GPT-4 Vision.", "training-data", True),
        ("Please notice this is a realistic training set, so no comic application is promised.", "training-data",
         True),
        ("- [OpenOrca](https://huggingface.co/datasets/Open-Orca/OpenOrca) and [MOSS](https://github.com/x/MOSS) for "
         "alignment.", "training-data", True),
        ("- [Gradio](https://github.com/gradio-app/gradio) for the demo.", "training-data", False),
        ("本模型注明：训练素材中不包含任何真人素材。", "training-data", True),
        # what it does poorly; a checkpoint to fine-tune first; weak points and variance in Korean
        ("Almost all models perform poorly on specialized long text retrieval datasets.", "limitations", True),
        ("It is capable of just generating random text. To use it for chatting, you must fine-tune the model first.",
         "limitations", True),
        ("(1) 이미지 크기에 따라 추론 편차가 심합니다. (2) 한국어 표, 그래프, pdf문서 해석이 약합니다.", "limitations", True),
        # a generalisation on named sets; other models beaten or trailed, in Chinese
        ("It is a conversation agent with greater generalizability on both in- and out-of-domain chitchat datasets "
         "(e.g., DailyDialog, BlendedSkillTalk).", "evaluation", True),
        ("目前以7B的全量微调模型为最佳效果，全面超过Claude-Slack版，略差于Claude2。", "evaluation", True),
        # the project's first aim, in Chinese
        ("项目的初心是，摆脱大公司的控制，建立所有人都能使用的本地大语言模型。", "intended-uses", True),
    ],
)
def test_a_counted_base_set_a_dataset_for_alignment_poor_performance_and_a_projects_aim(text: str, topic: str,
                                                                                       covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_model_released_under_its_name_then_what_it_is() -> None:
    # (gh1045 Bllossom/llama-3.1-Korean-Bllossom-Vision-8B)
    from modelcard_lint.card import Card
    from modelcard_lint.facts.describes import says_what_it_is

    released = ("We are pleased to announce the release of Bllossom-Vision, a Korean-English vision-language model "
                "based on llama3.1.\n")
    assert says_what_it_is(Card.from_text(released, "README.md"))
    assert not says_what_it_is(Card.from_text("We are pleased to announce the release of v2, a big step.\n",
                                              "README.md"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1046-gh1048) another's data tuned on, public data of a kind, sets combined, sources used
        ("This was made using Open Assistant's native fine-tune of Llama 30b on their dataset.", "training-data", True),
        ("The model is a fine-tuned large language model on using publically available medical data.",
         "training-data", True),
        ("The model is fine-tuned using publicly available data.", "training-data", False),
        ("Its training protocol combines real and synthetic datasets.", "training-data", True),
        ("All considered potential data sources were included for final training.", "training-data", True),
        # only for research
        ("These weights are for the original Github repository and it's only for research purpose.", "intended-uses",
         True),
        # harder for it; the most it supports; short of its paper
        ("Might be harder to do photorealism compared to realism focused models.", "limitations", True),
        ("This model support at most 64 frames.", "limitations", True),
        ("This model supports up to 128k tokens.", "limitations", False),
        ("Its performance is close to the model reported in the paper but does not match it exactly.", "limitations",
         True),
        # a latency measured; what testing indicates; others beaten on all datasets
        ("Low-latency speech interaction with a latency as low as 226ms.", "evaluation", True),
        ("Testing so far indicates a higher level of video coherency than the original weights.", "evaluation", True),
        ("This model largely outperforms all previous approaches, including BGE-M3, on all datasets.", "evaluation",
         True),
        ("Low latency matters for speech.", "evaluation", False),
    ],
)
def test_their_dataset_public_medical_data_research_only_at_most_and_measured_latency(text: str, topic: str,
                                                                                     covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # (gh1049-gh1051) the same dataset as another model, said as a note; a model at an early stage; slight
        # distortions; a purpose in Japanese
        ("Same Dataset used as Stheno v3.2 -> See notes there.", "training-data", True),
        ("Open-Sora is still at an early stage and under active development.", "limitations", True),
        ("The project is at the stage of release.", "limitations", False),
        ("- Slight face/limb distortion under t2i result can be fixed automatically in i2i step", "limitations", True),
        ("モデル作者である私が勉強用と自分使用目的に制作しました。", "intended-uses", True),
    ],
)
def test_the_same_dataset_as_a_note_an_early_stage_distortions_and_a_japanese_purpose(text: str, topic: str,
                                                                                     covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (GitHub cards outside the corpus) the use said with "is for", or as a demonstration or a lesson
        ("This model is for educational purposes.", True),
        ("A small, silly post-training demo: three-line, haiku-ish verse.", True),
        ("These are small educational style experiments, not reliable general assistants.", True),
        ("This is for free.", False),
        ("A demo is available in the Space.", False),
        # what runs it, its name a link that breaks over lines
        ("Style adapter used by the public\n[`comfyui-hoi4-portraits`](https://github.com/x/comfyui-hoi4-portraits)\n"
         "workflows.", True),
        ("The dataset used by the pipeline.", False),
        # in French, what it aims at (accents left out too); in Spanish, its aim
        ("Ce modele predit le prix et vise a aider acheteurs et vendeurs a estimer un prix juste.", True),
        ("Este modelo tiene como objetivo clasificar textos.", True),
        ("He said vise a lot.", False),
    ],
)
def test_a_use_as_a_lesson_a_tool_that_runs_it_or_an_aim_in_french(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trained with labels: human (0), vehicle (1). Other ids (uav, cargo) are in the head but **untrained** in v1.",
         True),
        ("The remaining classes stay untrained.", True),
        ("Start from an untrained network.", False),
    ],
)
def test_what_was_left_untrained_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_a_card_that_says_it_is_no_trained_model_has_no_training_data_to_give() -> None:
    text = "---\nlicense: mit\n---\n\n# Review harness\n\nThis is a workflow harness, not a trained model.\n"
    assert not any("training data" in d.message or "evaluation" in d.message for d in lint_text(text) if d.code == "MC201")
    kept = text.replace("not a trained model.", "not a trained model of its own.")
    assert any("training data" in d.message for d in lint_text(kept) if d.code == "MC201")


def test_a_copy_said_in_chinese_with_a_formats_tag_leaves_the_originals_topics() -> None:
    text = ("---\nlicense: apache-2.0\ntags:\n  - onnx\n---\n\n# PaddleDetection 模型分发\n\n"
            "本仓库是维护的转换权重镜像，提供固定来源。\n\n| 模型 | 精度 |\n| --- | --- |\n| PicoDet-L | FP32 |\n")
    assert derivative.states_copy(Card.from_text(text))
    assert not derivative.states_copy(Card.from_text(text.replace("转换权重镜像", "训练代码")))
    assert not derivative.states_copy(Card.from_text(text.replace("  - onnx\n", "  - detection\n")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (GitHub cards outside the corpus, second round) what it does not know, what it cannot do yet
        ("It does not have additional knowledge of Magic-specific terms.", True),
        ("This is the SFT version, still not able to update memory - it will be available from the MRL version.", True),
        ("It does not have to be retrained.", False),
        # in Korean, its performance poor
        ("결론: 대 실패작입니다..! 성능이 너무 안좋습니다.", True),
        ("성능이 좋습니다.", False),
        # a limit called known, in prose or as a row of a table of results
        ("Known issues: long inputs are cut.", True),
        ("| metric | base | fine-tune |\n|---|---|---|\n| known limit: en→zh-TW hour-long faithfulness | 3.73 | 2.29 |",
         True),
        ("| task | gender bias detection |\n|---|---|\n| a | b |", False),
    ],
)
def test_a_gap_in_knowledge_a_known_limit_or_a_poor_result_in_korean_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A policy trained to fly a quadcopter in the FPV simulator Liftoff.", True),
        ("It was trained to run for 3 epochs.", False),
        ("dualGNN is an autoregressive message-passing GNN for sampling fine, regular triangulations.", True),
        ("Our setup is a cluster for running jobs.", False),
    ],
)
def test_what_a_policy_was_trained_to_do_or_a_network_is_for(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        ("This is a transparent heuristic algorithm, not a trained neural-network layer.", False),
        ("This repository contains no OCR model, model weight, tokenizer, training data or benchmark result.", False),
        ("This repository contains no model weights; download them from the project page.", True),
    ],
)
def test_a_card_for_no_trained_model_in_other_words(body: str, topics: bool) -> None:
    text = f"---\nlicense: mit\n---\n\n# Review harness\n\n{body}\n"
    assert any("training data" in d.message for d in lint_text(text) if d.code == "MC201") is topics


@pytest.mark.parametrize(
    ("topic", "text", "found"),
    [
        # (GitHub cards outside the corpus, third round)
        ("use", "FLUX.2 Klein 9B portrait adapter for the public comfyui-hoi4-portraits ComfyUI workflows.", True),
        ("use", "The base model for the pipeline stage is BERT.", False),
        ("use", "A model aiming at investigating the heavy and light chain pairing preferences in antibody.", True),
        ("use", "权重只用于研究和比赛验证，不用于真实车辆或安全关键生产部署。", True),
        ("use", "지게차가 접근하며 패닝할 때 팔레트가 프레임을 벗어나는 상황을 겨냥했다.", True),
        ("use", "이 모델은 특정 현장에 맞추는 것이 목적이었다.", True),
        ("use", "KoHRM-Text-1.4B는 한국어/영어/코딩/터미널/툴콜 사용성을 목표로 scratch pretraining하는 모델입니다.", True),
        ("use", "KoHRM-Text-1.4B는 scratch pretraining하는 모델입니다.", False),
        ("caveat", "This model is unconditional, meaning that you cannot pick which number you'd like to generate.", True),
        ("caveat", "You can pick any number.", False),
        ("caveat", "The mIoU regression relative to V5 (63.7 %) is an artifact of mixed supervision.", True),
        ("caveat", "We run a regression on the scores.", False),
        ("data", "Base model TheBloke/Llama-2-13B-fp16 MERGED WITH Gryphe/MythoMax-L2-13b using ties-merge.", True),
        ("data", "Thank you for the Della merge, Marinara!", False),
        ("data", "현장에서 직접 라벨링한 팔레트 402장으로 X를 이어서 미세조정한 모델이다.", True),
        # (GitHub cards outside the corpus, fourth round)
        ("eval", "This card carries no quality or latency figures: the evaluation has not completed review.", True),
        ("eval", "It has no known side effects.", False),
        ("caveat", "Faithfulness degrades past ~12k tokens.", True),
        ("caveat", "Learning rate degrades over time.", False),
        ("caveat", "The trained component shows regressions in: Signal Grounding.", True),
        ("caveat", "It does not output punctuations or capitalizations.", True),
        ("data", "It learns codon usage patterns from 10 million mRNA coding sequences across 640 species.", True),
        ("data", "The model learns to classify.", False),
        ("use", "ExecuTorch .pte export of google/gemma-3n-E2B-it for on-device mobile inference.", True),
        ("use", "IlaAI helps farmers and developers get accurate, practical farming advice.", True),
        ("use", "This helps the model converge.", False),
    ],
)
def test_statements_of_the_github_rounds(topic: str, text: str, found: bool) -> None:
    read = {"use": purpose.states_intended_use, "caveat": caveats.states_caveat,
            "data": coverage.states_training_data, "eval": pointers.points_to_evaluation}[topic]
    assert read(card(text)) is found


@pytest.mark.parametrize(("text", "left"), [("A larger independent gold set is the top data TODO.", False),
                                            ("The evaluation is a TODO, see below.", False),
                                            ("Results: TODO.", True), ("TODO.", True)])
def test_a_todo_used_as_a_noun_of_a_finished_sentence_is_no_placeholder(text: str, left: bool) -> None:
    found = [d for d in lint_text(f"---\nlicense: mit\n---\n\n# a-model\n\nA model.\n\n## Notes\n\n{text}\n",
                                  plugins=False) if d.code == "MC301"]
    assert bool(found) is left


@pytest.mark.parametrize(
    ("topic", "text", "found"),
    [
        ("use", "Fine-tune of **t-tech/T-lite-it-2.1** (Qwen3-8B) that segments Russian documents into semantic chunks.",
         True),
        ("use", "An artistic age-progression LoRA. Not for biometric, forensic, or medical tasks.", True),
        ("use", "Not for now, but later.", False),
        ("caveat", "This is a research baseline, not a certified safety or maintenance-control model.", True),
        ("caveat", "The decoder is English/QWERTY-only and the language model is English-only.", True),
        ("caveat", "The model is decoder-only.", False),
    ],
)
def test_a_fine_tune_that_does_a_task_uses_ruled_out_and_what_a_model_is_not_vouched_for(
        topic: str, text: str, found: bool) -> None:
    read = {"use": purpose.states_intended_use, "caveat": caveats.states_caveat}[topic]
    assert read(card(text)) is found


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("A BERT model for the legal domain, pretrained on court rulings.", True),
        ("**Domain:** biomedical text\n\n**Base:** bert-base-uncased", True),
        ("- Target domain: customer support tickets", True),
        ("Model performance in the general domain is lower than on news.", False),
        ("Domain adaptation was used to train it.", False),
    ],
)
def test_the_domain_a_model_is_made_for_is_its_use(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # a verb of finding opening the card, what it finds in an input
        ("Lists the personal information in a text as `LABEL: value` lines, over 19 labels.", True),
        ("Flags toxic messages in a chat.", True),
        ("Lists the hyperparameters used.", False),
        # tasks by their nouns: separating sources, spotting keywords
        ("DPTNet trained with the jaCappella corpus for vocal ensemble separation.", True),
        ("A small CNN for keyword spotting.", True),
    ],
)
def test_what_a_model_finds_in_an_input_and_more_task_nouns(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # tests passed, counted in words; a column of results headed in Chinese
        ("It passed 18 of 20 unit tests.", True),
        ("It solves 41 out of 50 problems of the set.", True),
        ("在 20 个测试中通过了 18 个。", True),
        ("| 测试项 | 测试结果 |\n|---|---|\n| 算术 | 通过 |\n| 翻译 | 通过 |", True),
        ("The request passed 3 of the 5 filters in the pipeline.", False),
        # the benchmarks it was evaluated on, named; a count of a total with its share, of what succeeded
        ("Evaluated with [BEq](https://github.com/a/b) verification on mainstream benchmarks including "
         "[FormalMATH-Lite](https://huggingface.co/datasets/a/b), ProverBench, and CombiBench.", True),
        ("850 / 1,200 (71%) of generated molecules match the target profile.", True),
        ("It ranks documented off-targets at median rank 30 / 4,910 genes (top 0.6%).", True),
        ("We use 1/4 (25%) of the data for testing.", False),
        ("Recorded successes are Spatial 496/500\n(99.2%), Object 498/500 (99.6%).", True),
        ("The rough-terrain videos are qualitative results; no held-out success metric was recorded.", True),
    ],
)
def test_tests_passed_counted_and_results_headed_in_chinese(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a pointer to where the evaluation is documented
        ("The model architecture design, pretraining, and evaluation are documented in our preprint: "
         "[A Family of Models](https://arxiv.org/abs/2309.10931).", "evaluation", True),
        ("The evaluation data are documented in the dataset card.", "evaluation", False),
        # what it is capable of doing
        ("Real-ESRGAN, trained with pure synthetic data, is capable of enhancing details while removing annoying "
         "artifacts for common real-world images.", "intended-uses", True),
        ("It is capable of running on a laptop.", "intended-uses", False),
        # its training file, named after a word of training
        ("Laptop bf16 **LoRA** of the forge `khipu/` curriculum\n(`train.jsonl` + `train.abstain.jsonl`, 23 rows).",
         "training-data", True),
        ("Put your data in `train.csv` and run the script.", "training-data", False),
    ],
)
def test_evaluation_documented_what_it_is_capable_of_and_a_training_file(text: str, topic: str,
                                                                           covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_spacy_cards_components_line_and_a_timm_model_fine_tuned_on_imagenet_1k() -> None:
    spacy = ("---\nlicense: mit\ntags:\n- spacy\n- token-classification\n---\n\n"
             "Spacy transformer pipeline for Ukrainian language. Components: transformer, ner, morphologizer, parser.\n")
    assert "intended-uses" not in {t for d in lint_text(spacy, plugins=False) if d.code == "MC201"
                                   for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}
    timm = ("---\nlicense: apache-2.0\nlibrary_name: timm\n---\n\n# Model card for mobilevitv2_200.cvnets_in22k_ft_in1k_384"
            "\n\nAn image classification model.\n\nExplore the dataset and runtime metrics of this model in timm "
            "[model results](https://github.com/huggingface/pytorch-image-models/tree/main/results).\n")
    assert "evaluation" not in {t for d in lint_text(timm, plugins=False) if d.code == "MC201"
                                for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # data after "over" and a quantity, a doubled n, a distillation
        ("XLM-RoBERTa-large model finetunned over several NLI datasets.", "training-data", True),
        ("Knowledge Distillation over the Multilingual ALL-STS dataset.", "training-data", True),
        ("Trained over several GPUs.", "training-data", False),
        # the training set counted in Spanish
        ("Limitaciones: tamaño limitado del dataset de entrenamiento (455 muestras).", "training-data", True),
        # speed and size put before accuracy
        ("It is useful if you care more about speed and size than about accuracy.", "limitations", True),
        # the tables of a paper its checkpoints produced
        ("These are the exact checkpoints used to produce Tables 1–8 of the paper.", "evaluation", True),
        ("Reproduce paper Tables 1–6: python scripts/run_all_eval.py", "evaluation", True),
    ],
)
def test_data_over_a_quantity_speed_before_accuracy_and_a_papers_tables(text: str, topic: str,
                                                                         covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # in Portuguese: what it was designed for, data used by name, kept to one language
        ("O Oráculo é um sistema projetado para auditoria preditiva e análise de modelos BIM.", "intended-uses", True),
        ('O modelo foi treinado por fine-tuning utilizando o dataset "Portuguese Tweets for Sentiment Analysis".',
         "training-data", True),
        ("É altamente recomendado utilizá-lo apenas para o português.", "limitations", True),
        # the domain after a model's name in bold brackets, vectors made from a corpus of a kind
        ("We provide **Chinese DKPLM (Decomposable Knowledge-enhanced Pre-trained Language Model)** for the financial "
         "domain.", "intended-uses", True),
        ("Word-vectors created from a large corpus of competitive debate evidence.", "training-data", True),
    ],
)
def test_portuguese_statements_a_domain_after_a_bold_name_and_vectors_from_a_corpus(text: str, topic: str,
                                                                                    covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(("title", "found"), [("HydraView - Temporal Action Detection", True),
                                              ("HydraView - Training Notes", False)])
def test_a_task_after_a_spaced_hyphen_in_the_title(title: str, found: bool) -> None:
    assert ("intended-uses" not in lint_topics_with_title(title)) is found


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a held-out score as a row of a table of details
        ("| Property | Value |\n|---|---|\n| Training epochs | 4 |\n| Validation Mel Loss | 0.286 |", "evaluation", True),
        ("| Property | Value |\n|---|---|\n| Training loss | 0.2 |\n| Test set | 500 |", "evaluation", False),
        # the coverage its intervals reach
        ("Empirical 90% prediction-interval coverage is approximately 89.5% for the deployed form.", "evaluation", True),
        ("Test coverage of 90% for the codebase.", "evaluation", False),
        # data: pairs across an arrow, the training split counted, the years, a dataset in apposition
        ("The model is fine-tuned on parallel dialect → Hindi pairs.", "training-data", True),
        ("Norms fit on the training split only (n = 422,326).", "training-data", True),
        ("- Train years: 2019–2020\n- Test year: 2021", "training-data", True),
        ("A spaCy pipeline with a RoBERTa-based model and a dataset, Pharmaconer, a NER dataset annotated with "
         "substances.", "training-data", True),
    ],
)
def test_held_out_rows_interval_coverage_and_data_counted_or_dated(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(("title", "found"), [
    ("INTERPRESS TURKISH NEWS CATEGORY CLASSIFICATION MODEL - TEST - v0.2", True),
    ("Graph Classification on SNAP Reddit Threads", True),
    ("Notes - TEST - v0.2", False),
])
def test_a_task_model_in_the_titles_first_part_and_a_task_on_a_set(title: str, found: bool) -> None:
    assert ("intended-uses" not in lint_topics_with_title(title)) is found


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("It achieves a speaker similarity score of 74.9%, against 80.9% for our main model.", "evaluation", True),
        ("It achieves a high score of 5 points.", "evaluation", False),
        ("This model was trained on custom audio loops to generate music in a specific style.", "training-data", True),
    ],
)
def test_a_score_achieved_named_before_score_of_and_audio_loops(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("An overview of the finetuned models and benchmarking results are shared at [Link1](https://x.org/a).",
         "evaluation", True),
        ("The benchmarking data are shared at [here](https://x.org/a).", "evaluation", False),
        ("- 在Wider Face数据集上使用SGD优化器，Warmup 5个epoch, 初始学习率为1e-2，batch size 为32，训练了80个epoch。",
         "training-data", True),
        ("在COCO数据集上测试，mAP 为 0.5。", "training-data", False),
    ],
)
def test_results_shared_at_a_link_and_a_chinese_line_of_training_on_a_named_set(text: str, topic: str,
                                                                                 covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("It text-to-speech model that takes phonemes as an input and outputs wav data of a voice speaking the text.",
         "intended-uses", True),
        ("The model takes an image as input and returns the predicted class.", "intended-uses", True),
        ("It takes a long time as input and then fails.", "intended-uses", False),
        ("This is the artifact template for a 3D papyrus-surface segmentation student.", "intended-uses", True),
        ("Our best student ranks first.", "intended-uses", False),
    ],
)
def test_what_it_gives_back_for_its_input_and_a_task_student(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a verb of training misspelt with a doubled n
        ("The model was trainned on different spectral and chroma features extracted from the DNLE dataset.",
         "training-data", True),
        ("It was fine-tunned on the SQuAD dataset.", "training-data", True),
        # what it was fine-tuned with, downloaded from a named site (not the weights it started from)
        ("We fine-tuned Realistic Vison 5.1 with street snaps downloaded from the website of Musinsa.",
         "training-data", True),
        ("We fine-tuned it with the weights downloaded from Hugging Face.", "training-data", False),
        # what it is used as, what it gives back, the environment it was trained for
        ("This is used as the initial model for policy and value RL training in Diplodocus.", "intended-uses", True),
        ("This is used as follows.", "intended-uses", False),
        ("This model provides transcribed speech as a string for a given audio sample.", "intended-uses", True),
        ("This model provides good results.", "intended-uses", False),
        ("VQ-BeT policy trained for the `PushT` environment from gym-pusht.", "intended-uses", True),
        # what it was trained on, against what it was not
        ("The model is trained on face crops, not full scene images.", "limitations", True),
        ("It was trained on GPUs, not TPUs.", "limitations", False),
    ],
)
def test_misspelt_training_data_from_a_site_what_it_is_used_as_and_what_it_was_not_trained_on(
        text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_metadata_dataset_named_in_a_two_column_table_of_details() -> None:
    def topics(text: str) -> set[str]:
        return {t for d in lint_text(text, plugins=False) if d.code == "MC201"
                for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}

    text = ("---\nlicense: apache-2.0\ndatasets:\n- namruni/meb-ogretmen-soru-cevap\n---\n\n# qwen3-14b-meb\n\n"
            "A LoRA adapter.\n\n| | |\n|---|---|\n| **Taban model** | `unsloth/Qwen3-14B` |\n"
            "| **Eğitim verisi** | `namruni/meb-ogretmen-soru-cevap` — 450 örnek |\n")
    assert "training-data" not in topics(text)
    assert "training-data" in topics(text.replace("namruni/meb-ogretmen-soru-cevap` —", "x` —"))


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # data used for training, named; the set to train on as the subject; data specific to a domain; splits counted
        ("We used Open Reaction Database (ORD) dataset for model training.", "training-data", True),
        ("The dataset to train the Tc prediction model is a distinct literature source.", "training-data", True),
        ("Fine-tuned from `distilbert-base-uncased` on game-specific examples.", "training-data", True),
        ("- MELD official splits: 9,989 / 1,109 / 2,610 utterances.", "training-data", True),
        ("We wanted to tune it for the EU using the AUTO.RIA Numberplate Dataset.", "training-data", True),
        ("We wanted to tune it for the EU using the new settings.", "training-data", False),
        # the data said unknown or undisclosed answers the question
        ("Since the model used is proprietary, we have no details on the training data and process.", "training-data",
         True),
        ("The training data is not publicly available.", "training-data", True),
        # a pointer to the benchmarks; a report of results by name
        ("See our [GitHub](https://github.com/x/y) and learn more about the benchmarks and costs.", "evaluation", True),
        ("## Confusion Matrix\n\n![Confusion matrix](cm.png)", "evaluation", True),
        ("Learn more about the model.", "evaluation", False),
        # what not to use it for; what to use it as; doers in the plural; a verifier
        ("They are not suitable for surveillance or high-impact decisions about individuals.", "intended-uses", True),
        ("Use it as a fast first pass alongside an LLM or human judgement.", "intended-uses", True),
        ("Real-time DETR detectors, ready to run: OpenVINO IR for inference on a CPU.", "intended-uses", True),
        ("The two text encoders used by Flux are already included in this one safetensor.", "intended-uses", False),
        ("This is the verifier we used in General Reasoner.", "description", True),
        # untested or unvalidated, unreliable; limitations headed in Turkish and Indonesian
        ("Standalone stock PEFT/OFT end-to-end loading has not been validated.", "limitations", True),
        ("Thus, results for language pairs containing uncovered languages are unreliable!", "limitations", True),
        ("## Kısıtlar\n\n- Ön-token'lanmış girdi bekler.", "limitations", True),
        ("## Batas penggunaan\n\n- Belum ada validasi eksternal.", "limitations", True),
    ],
)
def test_data_used_for_training_pointers_scope_of_use_and_unvalidated_loading(text: str, topic: str,
                                                                             covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


def test_a_rule_based_system_that_says_it_is_no_model_needs_no_training_data() -> None:
    text = ("Not applicable - this is a rule-based system using predefined business logic, not a machine learning "
            "model.")
    assert "training-data" not in _topics(text)
    assert "training-data" in _topics("This is a rule-based system using predefined business logic.")


def test_a_metadata_dataset_named_by_its_acronym_in_parentheses() -> None:
    def topics(text: str) -> set[str]:
        return {t for d in lint_text(text, plugins=False) if d.code == "MC201"
                for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}

    head = ("---\nlicense: mit\ndatasets:\n- ORD\n---\n\n# reaction-t5\n\nA T5 model for chemistry.\n\n"
            "## Training Details\n\n")
    assert "training-data" not in topics(head + "We used [Open Reaction Database (ORD) dataset](x) for model training.\n")
    assert "training-data" in topics(head + "We used [Open Reaction Database dataset](x) for model training.\n")


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        ("In most cases, the use of sdadas/polish-reranker-roberta-v2 is preferred to this model as it achieves "
         "better results.", "limitations", True),
        ("Standalone it is weaker than the language-specific models it routes to.", "limitations", True),
        ("It is better than the others.", "limitations", False),
        ("Train/test: 178/76 (stratified, seed=42)", "training-data", True),
        ("## Bilinen ve ölçülmüş sınırlama: kalibrasyon sorunu\n\nKalibrasyon zayıf.", "limitations", True),
    ],
)
def test_another_model_preferred_weaker_than_others_train_test_counted(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("| Horizon | T MAE | Wind-speed MAE | Z MAE |\n|---|---:|---:|---:|\n| +6 h | 1.02 °C | 12.1 km/h | 32 m |\n"
         "| +24 h | 1.23 °C | 15.9 km/h | 36 m |", True),
        ("| Subset | Top-1 Acc |\n|---|---|\n| clean | 91.2% |\n| noisy | 84.0% |", True),
        # not a column of other measures, of words, nor a single value
        ("| Variant | Latency (ms) |\n|---|---|\n| small | 12.1 |\n| large | 30.5 |", False),
        ("| Target | MAE |\n|---|---|\n| wind | low at night |\n| heat | high at noon |", False),
        ("| Setting | MAE |\n|---|---|\n| default | 1.02 °C |", False),
    ],
)
def test_a_column_headed_by_a_metric_over_measured_values(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("This is a base language model (text completion), not instruction-tuned.", True),
        ("A small encoder (sentence similarity) trained on forum posts.", True),
        ("This model (see below) is good.", False),
        ("The model (7B) is big.", False),
    ],
)
def test_a_models_kind_with_its_task_in_brackets(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a score after "approximately": the metric named before the word
        ("The final ROC–AUC score achieved by the model is approximately **0.75**, which is good.", "evaluation", True),
        ("The final AUC score achieved by the model is about 0.75.", "evaluation", True),
        ("It took about 0.75 seconds per image.", "evaluation", False),
        # a generative network and what it makes
        ("Simple DCGAN implementation in TensorFlow to generate CryptoPunks.", "intended-uses", True),
        ("A GAN implementation that generates CryptoPunks.", "intended-uses", True),
        ("The organs to generate energy.", "intended-uses", False),
    ],
)
def test_a_score_after_approximately_and_what_a_gan_generates(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a task's architecture or head
        ("A PyTorch deepfake detection architecture fusing a ConvNeXt-Small spatial backbone.", "intended-uses", True),
        ("Single-scale coastline edge detection head for the CoastGPT framework.", "intended-uses", True),
        ("It uses a new architecture.", "intended-uses", False),
        # tool calling as a task; the tools a repository gives to do one
        ("A Korean-first tiny agentic model for tool calling on the device.", "intended-uses", True),
        ("This repository provides all the necessary tools to extract speaker embeddings with a pretrained TDNN "
         "model using SpeechBrain.", "intended-uses", True),
        ("We used tools to train it.", "intended-uses", False),
        # the abilities the tuning improves, of "the model"
        ("We fine-tune mistralai/Mistral-7B-v0.1 in order to improve the model's reasoning and planning abilities.",
         "intended-uses", True),
        ("We fine-tune it in order to improve the model's generalization ability.", "intended-uses", False),
        # a task label over a value in code
        ("- **Task**: `time-series-forecasting`", "intended-uses", True),
        # a use ruled out in bold; erroneous annotations; outputs often off-topic; a score that declines; one seed
        ("**Not intended** for real clinical decision-making.", "limitations", True),
        ("No humans were involved in annotating the dataset used, so there may be erroneous annotations.",
         "limitations", True),
        ("The meaning is often loose or off-topic.", "limitations", True),
        ("It is often used for chat.", "limitations", False),
        ("The Transformer's agreement accuracy declines as the subject–verb distance grows.", "limitations", True),
        ("Performance improves with scale.", "limitations", False),
        ("These results are from a single seed, data split, and run, so variance is not fully characterized.",
         "limitations", True),
        ("We trained it with a single seed.", "limitations", False),
        # data it was self-supervised on
        ("The encoder was self-supervised on MSD Hepatic-Vessel, LoRA fine-tuned for slice-level classification.",
         "training-data", True),
        ("A self-supervised model.", "training-data", False),
        # a merge shown by mergekit's configuration
        ("YAML:\n\n```\nmodels:\n  - model: KoboldAI/LLaMA2-13B-Tiefighter\nmerge_method: linear\ndtype: float16\n```",
         "description", True),
        ("```\nmodels:\n  - model: a/b\n```", "description", False),
    ],
)
def test_the_ninth_rounds_statements(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered



@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("| Metric | Value |\n|---|---|\n| R² | **0.939** |\n| MAE | **$3,155** |", True),
        ("The model reaches an R2 score of 0.94 on the held-out year.", True),
        ("We keep the checkpoints on R2 storage.", False),
    ],
)
def test_a_regressions_r_squared_is_a_result(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # trained on data named by a word for it, in Portuguese and Spanish
        ("- Treinado com **dados sintéticos** ,  não reflete distribuições reais.", "training-data", True),
        ("Entrenado con datos públicos de ventas.", "training-data", True),
        ("Foi treinado com cuidado.", "training-data", False),
        # an agent's environment by its id in lower case, or under its label
        ("This is a trained model of a **TQC** agent playing **donkey-mountain-track-v0** using SB3.", "training-data",
         True),
        ("- **Environment**: `Isaac-SO-ARM101-Lift-Cube-v0`", "training-data", True),
        ("Environment: Python 3.10", "training-data", False),
        # a model for use in a library, after a comma
        ("A wrapper around `wespeaker-voxceleb-resnet34-LM` pretrained speaker embedding model, for use in "
         "`pyannote.audio`.", "intended-uses", True),
        # the paper pointed to for the evaluation
        ("See the paper for datasets, losses and evaluation.", "evaluation", True),
        ("See the paper for the method.", "evaluation", False),
        # a text detector's harmonic mean
        ("| Model| Hmean (%) |\n| --- | --- |\n|PP-OCRv4_server_seal_det |  98.21 |\n\nThe metric is based on a "
         "custom test dataset of 500 images.", "evaluation", True),
        # no warranty of its performance elsewhere (not a license's)
        ("The team does not provide any warranty on the performance achieved by this model when used on other "
         "datasets.", "limitations", True),
        ("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.", "limitations", False),
    ],
)
def test_the_rounds_later_sets(text: str, topic: str, covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Mamba-3 and the hybrid have lower perplexity than the Transformer in every seed.", True),
        ("Our model achieves higher accuracy than BERT on the held-out set.", True),
        ("It has lower latency than the original.", False),
        ("Use a lower learning rate than usual.", False),
    ],
)
def test_a_score_compared_in_words(text: str, covered: bool) -> None:
    assert ("evaluation" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "topic", "covered"),
    [
        # a heading of two topics joined by "and" in Spanish or German
        ("## Datos y límites\n\n183 ejemplos, en su mayoría sintéticos.", "training-data", True),
        ("## Daten und Grenzen\n\n183 Beispiele.", "training-data", True),
        # the use it names as the primary one
        ("Single-image VQA — the primary use case.", "intended-uses", True),
        ("Our use cases vary.", "intended-uses", False),
    ],
)
def test_a_heading_of_two_topics_in_other_languages_and_the_primary_use_case(text: str, topic: str,
                                                                              covered: bool) -> None:
    assert (topic not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # a sentence that opens with what it does, in Spanish or German
        ("Es un modelo afinado. Clasifica el mensaje de un usuario en una intención.", True),
        ("Erkennt Emotionen in gesprochener Sprache.", True),
        ("The genera of plants.", False),
        # the doer of a task in Russian or Spanish
        ("Четырёхклассовый классификатор эмоций по аудио.", True),
        ("Un clasificador de sentimientos para reseñas.", True),
    ],
)
def test_what_it_does_by_a_verb_or_a_doer_in_other_languages(text: str, covered: bool) -> None:
    assert ("intended-uses" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("A PPO agent trained with league-style self-play against a fixed baseline opponent.", True),
        ("It plays against itself for fun.", False),
    ],
)
def test_an_agents_self_play_is_its_training_data(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Most training data derives from machine-translated mMARCO.", True),
        ("The data stems from user logs.", True),
        ("This model derives from BERT.", False),
    ],
)
def test_the_data_derives_or_stems_from_a_source(text: str, covered: bool) -> None:
    assert ("training-data" not in _topics(text)) is covered
