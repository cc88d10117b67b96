"""The shapes in which a card states a topic without a heading (facts/coverage.py), as missing-section reads
them: each statement below covers its topic or, just as plainly, does not."""

from __future__ import annotations

import pytest

from modelcard_lint.api import lint_text
from modelcard_lint.card import Card
from modelcard_lint.facts import anchors, architectures, caveats, claims, coverage, pointers, purpose, results, titles
from modelcard_lint.facts.labels import column_labels, plain_labels


def card(text: str, title: str = "a-model") -> Card:
    return Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n")


@pytest.mark.parametrize(
    "text",
    [
        "A RoBERTa-like model trained on the [CodeSearchNet](https://github.com/github/CodeSearchNet) dataset.",
        "This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on the SQuAD v2 dataset.",
        "Fine-tuned [facebook/wav2vec2-large-xlsr-53](https://huggingface.co/f) on Finnish using Common Voice.",
        "It is a DistilBERT model trained on 1 million reviews from the Yelp open dataset.",
        "This model was fine-tuned for sequence classification on **IMDB**.",
        "We continued pretraining on 2.68 million full-text papers from Semantic Scholar.",
        "The training corpus was papers taken from Semantic Scholar.",
        "It was fine-tuned on SQuAD for 2 epochs.",
        "The data comes from a Kaggle game script dataset.",
        "It is a RoBERTa model trained on an uncased version of [big Spanish corpus](https://example.org).",
        "It is trained on a\nTurkish corpus of 35 GB.",
        "It was post-trained (fine-tuned) on a combination of 5-core Amazon reviews and Yelp data.",
        "The dataset was collected from public Telegram channels.",
        "The dataset was compiled from all texts of https://www.feinschwarz.net (as of 2021).",
        "This model was fine-tuned for sequence classification using TextAttack\nand the imdb dataset loaded using nlp.",
        "Math-RoBERTa was trained with 8 GPUs using 3,000,000 math discussion posts by students on Algebra Nation.",
        "These are LoRA adaption weights. The weights were trained on a photo of sks dog using DreamBooth.",
        "The weights were trained on a drone image of a humpback whale using DreamBooth.",
        "GPT2 fine-tuned to produce positive movie reviews based the [IMDB dataset](https://example.org/imdb).",
        "A Bert2Bert model on the Wiki Summary dataset to summarize articles.",
        "Fine-tuned [x/base](https://huggingface.co/x/base) in Swedish using the [Common Voice]"
        "(https://huggingface.co/datasets/common_voice)",
        "Fine-tuned x/base in Russian using the Common Voice 7.0, M-AILABS plus data augmentation.",
        "Finetuned version of Facebook's VoxPopuli-sv base model using NST and Common Voice data.",
        "It was post-trained from [Amazon Dataset](https://x.org) and [Yelp Dataset](https://y.org).",
        "Model trained with SemEval 2019 Task 5: HatEval (SubTask B) corpus for hate speech detection.",
        "The Common Voice `train`, `validation` datasets were used for training.",
        "The source data for the model consists of a recent Wikipedia dump, EU Bookshop corpus.",
        "The dataset was created manually (perfectible). Sentences example : 19 séries de 3 minutes",
        "NER labels locations and organisations. The datasets used for this task contain sentences.",
        "With RoBERTa and the ByteLevel tokenizer, we are able to train on a large corpus of 100k SMILES strings.",
        "It is trained on a filtered and sentence segmented version of the Turkish OSCAR corpus.",
        "The model is finetuned on the dutch section of the [OSCAR](https://huggingface.co/datasets/oscar) dataset.",
        "It was trained on the <b>OSCAR</b> corpus.",
        "The model is trained with unlabelled sentence pairs sampled from STS2012-2016, STS-b, and SICK-R.",
        "GigaBERT is pre-trained in a large-scale corpus (Gigaword+Oscar+Wikipedia) of 10B tokens.",
        "The final training corpus has a size of 51GB and consists of 8,035,986,369 tokens.",
        "It is an Electra like model trained on a + 20 GB of  the [OSCAR](https://oscar-corpus.com/) Spanish corpus.",
        "It was finetuned on 20/12/2021 in Google Colab from [B](https://x.org/b) on the dataset [L](https://x.org/l).",
        "Fine-tuned weights(converted from [the original repo](https://x.org/r)) for [P](https://x.org/p) on question "
        "generation\nSQuAD 1.1.",
        # data crawled, and by what; a trained model for a named set
        "- Data has been web-crawled using `https://github.com/YoongiKim/AutoCrawler`",
        "The central finetuning data of the project have been 200k translation units (TU) from textbooks.",
        "Fine tuned sparse BERT base to MNLI (GLUE Benchmark) task from [X](https://huggingface.co/X).",
        "It was fine-tuned to the PERSONA-CHAT dataset.",
        "This model is a fine-tune checkpoint of mBERT-base-cased over **Hugging Face Kore_Scm** dataset.",
        # the data used as the training set; texts of a source after a link to the base
        "We used the verified high-quality “Siku Quanshu” full-text corpus as the training set, based on BERT.",
        "CLUECorpus2020 and CLUECorpusSmall are used as training corpus.",
        "Fine-tuned [facebook/wav2vec2-large-xlsr-53](https://huggingface.co/facebook/wav2vec2-large-xlsr-53) on the "
        "several downloaded youtube samples.",
        "This repo provides pre-trained transducer Conformer model for the LibriSpeech dataset using icefall.",
        # the tokens it was trained on, counted, in Chinese (gh991 silver/chatglm-6b-slim)
        "ChatGLM-6B 使用了和 ChatGPT 相似的技术。经过约 1T 标识符的中英双语训练，辅以监督微调。",
        # a curated set counted that training used (gh1004 GAIR/Anole-7b-v0.1)
        "Through an innovative fine-tuning process using a carefully curated dataset of approximately 6,000 images, "
        "Anole achieves remarkable image generation.",
        # counted samples of a kind of data (gh1008 NTQAI/Nxcode-CQ-7B-orpo)
        "Nxcode-CQ-7B-orpo is an ORPO fine-tune of Qwen/CodeQwen1.5-7B on 100k samples of high-quality ranking data.",
        "This fine-tuned version is based on a hand-curated dataset for text-to-image models.",
    ],
)
def test_sentences_that_name_the_training_data(text: str) -> None:
    assert coverage.states_training_data(card(text))


@pytest.mark.parametrize(
    "text",
    [
        "The model was trained on 8 GPUs.",
        "Trained on a single NVIDIA V100 in Google Colab.",
        "It can be fine-tuned on NER or any other task.",
        "The tokenizer was trained on Wolne Lektury.",
        "The pre-training approach is based on [RoBERTa](https://github.com/pytorch/fairseq).",
        "This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on the None dataset.",
        "This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on an unknown dataset.",
        "It was fine-tuned on downstream tasks.",
        "```\nmodel trained on SQuAD\n```",
        "#### Fine-tuning on NLU tasks",
        "Pretrained model on English language using a masked language modeling objective.",
        "It was trained on Icelandic and English text.",
        "DistilBERT was trained on 8 16 GB V100 for 90 hours.",
        "The model was trained on Google Cloud Engine TPUv3-8 machine.",
        "This model is fine-tuned from [bert-base-uncased](https://huggingface.co/bert-base-uncased).",
        "It was trained with Adam and a linear schedule.",
        "The model was trained using PyTorch Lightning with data parallelism.",
        "It was trained with the Trainer API using a data collator.",
        "You can fine-tune on SQuAD with the script below.",
        "Here is how to train on Colab.",
        "It was fine-tuned on 20/12/2021 in Colab.",
        "It was trained in English and French for three days.",
        "It was fine-tuned on a downstream task such as NER.",
        "The dataset used for evaluation is SQuAD.",
        "[TODO: describe the data used to train the model]",
        "Outputs were sampled from the model with a temperature of 0.7.",
        "A pre-trained model for the data of your own task.",
        "The test images were collected from Flickr.",
        "It was fine-tuned to the NER task.",
        "We used the test split as the evaluation set.",
        "It was fine-tuned on several samples.",
    ],
)
def test_sentences_that_do_not(text: str) -> None:
    assert not coverage.states_training_data(card(text))


@pytest.mark.parametrize(
    "text,found",
    [
        ("It reaches an accuracy of 91.3 on the dev set.", True),
        ("Weighted F1 score on hold out test set: This model - 0.97", True),
        ("The performance of ERNIE-tiny only decreases by an average of 2.37% compared to ERNIE 2.0 base.", True),
        ("Bort obtains performance improvements of between 0.3% and 31%, absolute, with respect to BERT-large.", True),
        ("It uses 10% more data than BERT.", False),
        ("Benchmark (434 cases): 352/372 planted errors caught, 32/62 false alarms.", True),
        ("It reaches 89% on the news classification task.", True),
        # (gh734 monsoon-nlp/bert-base-thai: a set's scores after "for", not a split's share)
        ("The model can achieve 0.56612 and 0.57057 for public and private test-set scores respectively.", True),
        ("We keep 20% for the test set.", False),
        ("It achieves 91.2 on the GLUE benchmark.", True),
        ("We use 3 GPUs on the task.", False),
        ("On an internal 22-bug benchmark it catches ~82% of seeded bugs.", True),
        ("The base model already answers 91% of these when asked as a question.", True),
        ("It passes 20% of the data to the second stage.", False),
        # a metric's value further on in its sentence
        ("The accuracy of the trained model on the masked language modeling task was 0.795.", True),
        ("The learning rate was 0.001.", False),
        ("Accuracy is 3 times more important than speed.", False),
        # a column of metrics beside a column of values, in any of the languages read
        ("Sobre el conjunto de prueba independiente:\n\n| Modelo | Métrica | Valor |\n|---|---|---|\n"
         "| M2 | Exactitud / F1 macro | 0.969 / 0.968 |", True),
        ("| Metric | Value |\n|---|---|\n| Parameters | 7B |", False),
        # a table of scores introduced in Spanish
        ("## Desempeño\n\n| Tarea | SQuAD | MNLI |\n|---|---|---|\n| base | 91.5 | 87.6 |\n| large | 93.1 | 88.8 |", True),
        ("Released on 12/05 with 3 files found.", False),
        ("Released 12/05, tests passed.", False),
        ("We report F1 on the data of 2019.", False),
        ("It gets **98.08%** accuracy on the test set.", True),
        ("The model achieved 84.4 F1 on SQuAD 2.0.", True),
        ("Evaluation on the dev set gives a perplexity of 50.16.", True),
        ("The model achieves 98% on the test set.", True),
        ("Split 70/30 for train and test: test f1-weighted score = %94", True),
        ("We trained for 94 epochs with a batch of 32.", False),
        ("The best validation score achieved is 0.837288.", True),
        # a held-out loss as a log names it
        ("## Training\n\nFinal val_loss ≈ 0.23", True),
        ("Set val_loss_threshold to 0.5 to stop early.", False),
        # the card's own model scored in a table beside others; a percentage of errors cut by a soft wrap
        ("| Drafter | accept / target-forward |\n|---|---|\n| Unaligned base | 2.26 |\n| **+ this adapter** | **2.79** |",
         True),
        ("| Variant | Size |\n|---|---|\n| this model | 7B |\n| base | 8B |", False),
        ("On known objects, **0% categorical (off-branch) errors** with\n~24% calibrated abstention, vs a flat head's "
         "~53% off-branch errors.", True),
        ("## STS dev (german)\n\n87.9%\n\n## STS test (german)\n\n**84.3%**", True),
        ("## Dev setup\n\n3.11", False),
        ("| Model | Accuracy |\n|---|---|\n| ours | 0.91 |", True),
        ("We evaluate with accuracy and F1 on two benchmarks.", False),
        ("The best checkpoint by ROUGE-1 on the validation set was kept.", False),
        ("| Training Loss | Epoch |\n|---|---|\n| 0.5 | 1 |", False),
        # a loss on held-out data is a result, as the Trainer's own list says ("results on the evaluation set")
        ("| Training Loss | Epoch | Step | Validation Loss |\n|---|---|---|---|\n| 0.07 | 1.0 | 1140 | 0.1121 |\n"
         "| 0.13 | 2.0 | 2280 | 0.1009 |", True),
        ("| | test-clean | test-other |\n|---|---|---|\n| WER | 3.16 | 7.71 |", True),
        ("| Task | Metric | Ours |\n|---|---|---|\n| NER UGM | F1 | 70.9 |", True),
        ("| Task | Metric |\n|---|---|\n| NER | F1 |", False),
        # models beside one score each, in two columns (not beside their versions or sizes)
        ("| Model | Arena-Hard |\n|---|---|\n| GPT-4o | 79.2% |\n| **Athene-70B** | 77.8% |\n| Llama-3-70B | 46.6% |",
         True),
        ("| Model | Version |\n|---|---|\n| base | 1.5 |\n| large | 2.1 |\n| xl | 3.0 |", False),
        ("| Model | Size (GB) |\n|---|---|\n| Q4_K_M | 4.1 |\n| Q5_K_M | 4.8 |\n| Q8_0 | 7.2 |", False),
        # an agent's reward, often a whole number
        ("An agent that lands in the LunarLander-v3 environment with an average reward score of **200+ PTS**.", True),
        ("The agent reaches a mean episode return of 250 after 1M steps.", True),
        ("We trained for 200 episodes and saved the agent.", False),
    ],
)
def test_results_in_the_text(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


def test_results_in_model_index_but_not_a_nan() -> None:
    index = (
        "model-index:\n- name: m\n  results:\n  - task: {type: text-classification}\n"
        "    dataset: {name: imdb, type: imdb}\n    metrics:\n    - {type: accuracy, value: %s}\n"
    )
    assert results.reports_results(Card.from_text(f"---\n{index % '0.91'}---\n\n# m\n"))
    assert not results.reports_results(Card.from_text(f"---\n{index % 'NaN'}---\n\n# m\n"))


@pytest.mark.parametrize(
    "text,found",
    [
        ("It is mostly intended to be fine-tuned on a downstream task.", True),
        ("The smaller BERT models are intended for environments with restricted resources.", True),
        ("We intend for this to be used for fun and not as a commercial product.", True),
        ("You can use this model for extreme summarization.", True),
        ("This model is used for sentiment analysis of English reviews.", True),
        ("It maps sentences to a vector space and can be used for clustering or semantic search.", True),
        ("It can be used for tasks like semantic textual similarity and paraphrase mining.", True),
        ("This model is used detecting hatespeech in French.", True),
        ("It can be used for 3 epochs at most.", False),
        ("The model can be used as follows:", False),
        ("Model is used as a proof of concept that the forward pass works.", True),
        ("ELECTRA is a method; it can be used to pre-train transformer networks.", False),
        # (what an embedding model does is its use: it maps its inputs to vectors, as "computes sentence embeddings")
        ("It maps sentences to a dense vector space.", True),
        ("It maps the labels in the config.", False),
        ("You can use the model directly from the model repository to compute sentence embeddings.", True),
        ("You can use the model with the following code to fine-tune it.", False),
        ("PEYMA NER. This task aims to extract named entities in the text.", True),
        ("Fine-tuned Wav2Vec2 model on Vietnamese Speech Recognition task using about 270h of data.", True),
        ("roberta-base fine-tuned on binary sentiment classification from Yelp polarity.", True),
        ("It was trained on existing datasets of news articles.", False),
        ("BERT fine-tuned on the classification models of our team.", False),
        ("The model was trained on 8 GPUs and can be fine-tuned on NER.", False),
        ("- Problem type: Binary Classification\n- Model ID: 1234", True),
        ("It is trained on the art dataset and includes a prediction head for multiple choice.", True),
        # a family of models named by their task; the tasks it was made to take on (not "downstream tasks")
        ("Chronos is a family of **pretrained time series forecasting models** based on T5.", True),
        ("CodeReviewer is a model pre-trained with code change and code review data to support code review tasks.",
         True),
        ("The encoder was pre-trained to support downstream tasks.", False),
        # what it aims at, or is a way to do; a task given as the model's type
        ("Resemble Enhance is an AI-powered tool that aims to improve the overall quality of speech.", True),
        ("This package provides an efficient way to perform forced alignment between text and audio.", True),
        ("This project aims to be fast.", False),
        # what to do to use it for a task (the "for" left out); not a place to use it in
        ("In order to use this model **speech recognition**, a tokenizer should be created.", True),
        ("To use this model in production, see below.", False),
        # a first paragraph that opens with a task written with hyphens, as the Hub writes it
        ("MeloTTS is a **high-quality multi-lingual** text-to-speech library by MyShell.ai.", True),
        ("Shining Valiant is a chat model built on the Llama 2 architecture.", True),
        # what it is good for, a framework to do a task, a team's intent; not a method of learning
        ("I think this model is Good for realistic portraits.", True),
        ("Here is a novel framework to animate any portrait image by a segment of audio.", True),
        ("The team intends to create a family of code generation models that run fast on local computers.", True),
        ("ELECTRA is a new method for self-supervised language representation learning.", False),
        # the tasks it is for, named after "such as"
        ("A pre-training method of text and markup language for document understanding and information extraction "
         "tasks, such as webpage QA.", True),
        ("- **Model Type:** Image classification / feature backbone", True),
        ("- **Model type:** Causal decoder-only language model", False),
        # fine-tuned "in" a task, as "on" one
        ("This model is fine-tuned in question generation in German.", True),
        ("This model was trained in German.", False),
        ("This model was trained in the same way as BERT.", False),
        # an agent for a task of perception or reasoning (gh989 OpenDFM/CharTool-7B)
        ("CharTool-7B is a tool-integrated multimodal agent for fine-grained chart perception and accurate numerical "
         "reasoning.", True),
        # a use ruled out, as a line of its own (gh996 dmsnoa/Simple_DTS); not a sentence of another subject
        ("- Stylized detail-level modification only\n- Not intended for biometric or forensic usage", True),
        ("We did not intend for this to happen.", False),
        # a task it is used for, in Chinese and Japanese (gh991); not data used for training
        ("backbone 输出 960 维池化嵌入，用于冻结特征抽取（线性探针、检索）。", True),
        ("这些数据用于训练。", False),
        ("「大規模言語モデル入門」の第5章で紹介している(意味類似度計算)のモデルです。", True),
        # a strength, and what it excels at (gh998, gh1000)
        ("Llama 3 excels at all the general usage situations, including multi turn conversations and coding.", True),
        ("<br>\\- Better at Storywriting / Narration.", True),
        ("Results are better at higher resolutions.", False),
        # what it was trained to be good at, who should use it (gh1001)
        ("It is trained to be good at 10 Indic languages + English.", True),
        ("You should only use this repository if you have been granted access to the model.", True),
        # a card that opens with what it does (gh1004 dima806/facial_emotions_image_detection)
        ("Returns facial emotion with about 91% accuracy based on facial human image.", True),
        ("The function returns a list.", False),
        ("A multilingual-e5-base model fine-tuned with the task of semantic textual similarity in mind.", True),
    ],
)
def test_intended_use_sentences(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    "text,labels",
    [
        ("Pretraining Dataset: [C4](https://huggingface.co/datasets/c4)", ["Pretraining Dataset"]),
        ("- Dataset: GitHub Typo Corpus for 15 languages", ["Dataset"]),
        ("* dataset: opus", ["dataset"]),
        ("- Datasets: 4.3.0", []),  # a library's version, in a list of framework versions
        ("Result: `0.9942`", []),  # sample output
        ("Results:", []),  # nothing on the line
        ("Evaluation is presented in our article: see the preprint", []),  # a sentence, not a label
        # a dash right after the label's word, as some cards write them ("Training time- ~40 hours"); not a list's
        # dash, nor one between words
        ("* Dataset- mc4 Bengali\n* Written in- JAX", ["Dataset", "Written in"]),
        ("- Model - a note on it\n- Fine-tuning is easy", []),
        # a table of two columns is such lines set out as a table; a result's row gives a number
        ("| Item | Value |\n|---|---|\n| Intended use | img2img generation |\n| Result | loss decreasing, no NaN |\n"
         "| Accuracy | 0.91 |\n| Base | `sd-1.5` |", ["Intended use", "Accuracy"]),
        # a label in any alphabet, and without its aside in brackets (gh991)
        ("- Dữ liệu: nhãn đáp án chuẩn do chính dự án làm", ["Dữ liệu"]),
        ("- Dados (v2): 3.600 frases de documentos sintéticos", ["Dados"]),
    ],
)
def test_plain_labels(text: str, labels: list[str]) -> None:
    assert plain_labels(card(text)) == labels


@pytest.mark.parametrize(
    "text,words,found",
    [
        ("Pretrained ELECTRA base language model for Malay.", 7, True),
        ("Finetuned T5 base summarization model for Indonesian.", 7, True),
        ("For details see the related issue.", 6, False),
        ("Silero model.", 2, False),  # too short to say anything
    ],
)
def test_short_descriptions(text: str, words: int, found: bool) -> None:
    assert architectures.describes_model(text, words) is found


def test_a_title_that_names_the_data() -> None:
    assert coverage.states_training_data(Card.from_text("# ALBERT-xxlarge fine-tuned on SQuAD 2.0\n\nA QA model.\n"))
    assert not coverage.states_training_data(Card.from_text("# albert-xxlarge-squad\n\nA QA model.\n"))
    assert coverage.states_training_data(Card.from_text('## Reformer trained on "Crime and Punishment"\n\nA model.\n'))


SCORES = "| Model | SQuAD 1.1 | SQuAD 2.0 | MNLI-m |\n|---|---|---|---|\n| RoBERTa-base | 91.5/84.6 | 83.7/80.5 | 87.6 |\n" \
    "| XLNet-Large | -/- | -/80.2 | 86.8 |\n| **Ours** | 93.1/87.2 | 86.2/83.1 | 88.8 |"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We present the dev results on SQuAD 1.1/2.0 and MNLI.\n\n" + SCORES, True),
        ("## Results on GLUE\n\n" + SCORES, True),
        # the same decimals introduced as something else: sizes, lengths
        ("Average lengths in tokens, by language:\n\n" + SCORES, False),
        # or not introduced: models compared by a score in each column, but not by their sizes
        (SCORES, True),
        (SCORES.replace("| Model |", "| Corpus |"), False),
        ("| Model | Params (B) | Layers | Avg |\n|---|---|---|---|\n| A | 1.5 | 2.4 | 3.5 |\n| B | 7.1 | 3.2 | 4.5 |",
         False),
        ("Dev results of each task:\n\n| Task | lr | batch | epochs |\n|---|---|---|---|\n| MNLI | 1e-5 | 32 | 3 |\n"
         "| SST-2 | 2e-5 | 16 | 3 |", False),
        ("Test results:\n\n| Epoch | Step | a | b |\n|---|---|---|---|\n| 1 | 10 | 0.5 | 0.6 |\n| 2 | 20 | 0.4 | 0.7 |",
         False),
    ],
)
def test_a_table_of_scores_under_benchmark_names(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


def test_a_title_that_names_a_part_of_the_data() -> None:
    text = "---\nlicense: mit\n---\n\n# RoBERTa-like language model trained on part of part of TAIGA corpus\n"
    assert coverage.states_training_data(Card.from_text(text))


def test_a_tokenizers_card_states_its_own_data() -> None:
    said = "The tokenizer was trained on the National Corpus of Polish."
    assert not coverage.states_training_data(card(said))
    text = f"---\nlicense: mit\n---\n\n# HerBERT tokenizer\n\n{said}\n"
    assert coverage.states_training_data(Card.from_text(text))


@pytest.mark.parametrize(
    ("title", "text", "found"),
    [
        ("astroGPT", "You can use astroGPT to generate a daily horoscope by entering the date.", True),
        ("astroGPT", "You can use pip to install the requirements.", False),
        ("a-model", "The model is used to generate Chinese couplets.", True),
        ("a-model", "The model is mainly used for SeemsPhishy to generate answers.", True),
        ("a-model", "This is the generator. Only use this model for retraining and mask-filling.", True),
        ("guwenbert-base", "You can fine-tune GuwenBERT for downstream tasks, such as sentence breaking.", True),
        ("a-model", "Designed for use with ai-msgbot to create an open-ended chatbot.", True),
        ("a-model", "The generator is especially useful for masking experiments.", True),
        ("a-model", "We recommend using this model if you intend to finetune it on your own data.", True),
        ("a-model", "The dataset is large and the training took two days.", False),
        ("a-model", "SpanBERT is a pre-training method that is designed to better represent spans of text.", False),
        ("a-model", "I recommend using the cased model.", False),
        ("a-model", "SpeechBrain is a speech toolkit. It is designed to be simple and flexible.", False),
        # what it was made for: a task or an action, not a duration, a quality or a link's text
        ("a-model", "DeBERTa-v3-large fine-tuned for multiword expression identification.", True),
        ("a-model", "This is a port of [X](https://hf.co/x) to sentence-transformers, optimized for the task of "
                    "semantic search.", True),
        ("a-model", "This is the ONNX-ported version of [X](https://hf.co/x) for generating text embeddings.", True),
        ("a-model", "[Longformer](https://hf.co/l) fine-tuned on [SQuAD v2](https://x.org) for **Q&A** downstream "
                    "task.", True),
        ("a-model", "It establishes a **strong baseline** for automatically translating texts into Yoruba.", True),
        ("a-model", "It aims to classify text, such as comments, based on their emotional bias.", True),
        ("a-model", "NER model trained on 58 annotated novels, with the aim to recognize only characters.", True),
        ("a-model", "**Downstream-task:** Extractive QA", True),
        ("a-model", "We trained a gbert-large model on the task of estimating semantic similarity.", True),
        ("a-model", "The model was trained for 3 epochs and optimized for speed.", False),
        ("a-model", "Our preprocessing (sentence piece model for vocab generation) follows SciBERT.", False),
        ("a-model", "A non-finetuned version of RAG of the paper [Retrieval-Augmented Generation for NLP Tasks](x).",
         False),
        ("a-model", "It is shown how the model can be used in inference on a sample.", False),
        ("a-model", "If you use this model for any task, please share the results.", False),
        ("a-model", "The aim is to distinguish findings that apply to one checkpoint.", False),
    ],
)
def test_intended_use_in_other_words(title: str, text: str, found: bool) -> None:
    card_text = f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n"
    assert purpose.states_intended_use(Card.from_text(card_text)) is found


@pytest.mark.parametrize(("intro", "found"), [
    ("IceBERT was trained with fairseq. The training data used is shown in the table below.", True),
    ("It was pre-trained on the corpora below.", True),
    ("The evaluation data is shown in the table below.", False),
    ("The sizes of the datasets we compare against are shown below.", False),
])
def test_a_table_of_data_introduced_as_the_training_data(intro: str, found: bool) -> None:
    # (vesteinn/IceBERT: the table sits under the title, no heading on training above it)
    table = ("| Dataset | Size | Tokens |\n|---|---|---|\n| Icelandic Gigaword Corpus v20.05 (IGC) | 8.2 GB | 1,388M |\n"
             "| Greynir News articles | 456 MB | 76M |")
    assert coverage.states_training_data(card(f"{intro}\n\n{table}")) is found


def test_a_column_of_training_data_in_a_table_of_models() -> None:
    table = ("| Model | #params | Training data |\n|---|---|---|\n| `camembert-base` | 110M | OSCAR (138 GB) |\n"
             "| `camembert-base-ccnet-4gb` | 110M | Subsample of CCNet (4 GB) |")
    assert "Training data" in column_labels(card(table))
    amount = "| Model | #params | Pre-training data |\n|---|---|---|\n| `phobert-base` | 135M | 20GB of texts |"
    assert column_labels(card(amount)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We train the model using over 220M words, aggregated from three main sources.", True),
        ("For training the model, we used the spanish version of SQUAD.", True),
        ("Synthetic dataset has been used (perfectible).", True),
        ("We train the model using 8 GPUs for 220 hours.", False),
        # data described without a name; not the Trainer's unknown dataset, nor a size alone
        ("Trained on a private, custom-annotated dataset of drone imagery.", True),
        ("The model was fine-tuned on an in-house corpus.", True),
        ("Trained on custom baby cry dataset with data augmentation.", True),
        ("Trained on large dataset.", False),
        ("This model is a fine-tuned version of [x](https://huggingface.co/x) on an unknown dataset.", False),
        # the Trainer's sentence with its dataset written by hand, not a loader nor None
        ("This model is a fine-tuned version of xlm-roberta-base on a custom contracts dataset.", True),
        ("This model is a fine-tuned version of [x](https://huggingface.co/x) on the audiofolder dataset.", False),
        ("This model is a fine-tuned version of [x](https://huggingface.co/x) on the None dataset.", False),
        # the model as "it", or "training" on pictures of what it learnt
        ("We fine-tuned it on our human-annotated dataset for net zero target sentences.", True),
        ("You can fine-tune it on your own dataset.", False),
        ("This is my experiment with training on detailed photos of people featured textured skin.", True),
        # a policy's experience, counted; "pre-trains"
        ("PPO locomotion on a simulated Unitree Go1: 201,523,200 environment steps on flat and rough terrain.", True),
        ("~25 training episodes recorded (piggybacked on an existing community dataset).", True),
        ("It pre-trains on a corpus mixed with a 10% English replay dataset.", True),
        ("Create your own finetunes and loras on top of WD 1.5 Base.", False),
        ("It is trained on features such as study hours, attendance rate, teacher quality, etc.", True),
        ("The model uses features such as color.", False),
        # a pointer to the data that leads to a dataset of the Hub; not an evaluation's, nor a link alone
        ("You can find dataset list here: https://huggingface.co/datasets/cpm-ai/gpt-self-introduction-all", True),
        ("To see the original dataset, have a look here: [it](https://huggingface.co/datasets/a/prompts).", True),
        ("The test dataset is here: https://huggingface.co/datasets/a/b", False),
        ("- [BOOM Dataset](https://huggingface.co/datasets/Datadog/BOOM), an observability benchmark", False),
        ("The model was trained on a large dataset.", False),
        ("It was trained on a lot of data.", False),
        ("The original dataset was built via this pipeline: STL files from many artists, rendered.", True),
        ("The corpus was curated by two annotators.", True),
        ("The training inventory contains 513,361 pseudo-labeled samples from AnimeText-OCR.", True),
        # a reinforcement-learning agent's environment is its training data
        ("A trained **Dueling DQN** agent capable of landing in the **Gymnasium LunarLander-v3** environment.", True),
        ("The agent can be deployed in any environment.", False),
        # a name in camel case that starts in lower case
        ("Created by fine-tuning Wav2Vec2-Large-Robust on aGender, Common Voice and TIMIT.", True),
        # a link's text broken over two lines
        ("The model was created by fine-tuning [\nWav2Vec2-Large-Robust](https://huggingface.co/facebook/x)\n"
         "on [aGender](https://paperswithcode.com/dataset/agender) and [Timit](https://catalog.ldc.upenn.edu/x).", True),
        # tokens counted by the billion with the data they come from, in a card on a model trained from scratch
        ("Trained from scratch.\n\n- **2B tokens** mixed corpus (FineWeb + WikiText + Wikipedia)", True),
        ("Trained from scratch on 1.4T tokens of web text and code.", True),
        ("Pretrained on a 2B-token mixed corpus.", True),
        ("Trained from scratch. It supports 1M tokens of context.", False),
        ("Trained from scratch. It reads 2M tokens per second.", False),
        ("Trained from scratch. A context window of 128k tokens.", False),
        # the training data measured in bytes, not a machine's memory
        ("DeBERTa was trained and outperforms RoBERTa on most NLU tasks with 80GB training data.", True),
        ("It was trained on a GPU with 16GB of RAM.", False),
        # no training, which leaves no data to name
        ("- Training-free (pretrained YOLO + CLIP zero-shot).", True),
        ("- Not new weights: a layer over the detector's features.", True),
        ("The model weights are **identical** to the original Wan2.2.", True),
        ("The weights are trained on new data.", False),
        # a data file it was trained on, named by its kind; not a configuration's file
        ("The model weights have been tuned by training using the `triples.train.small.tar.gz from` [MSMARCO-Passage-"
         "Ranking](https://github.com/microsoft/MSMARCO-Passage-Ranking).", True),
        ("Fine-tuned on `reviews_2021.csv` from our shop.", True),
        ("It was trained using the settings in `config.json`.", False),
        # a variant of a named corpus, as the part of one is
        ("Trained on the non-shuffled variant of the oscar corpus, without any operations to preserve this order.",
         True),
        # an excerpt of one, its name in curly quotes (gh783 Tuana/eigenfaces-sklearn-lfw)
        ("Simple model that was trained on a preprocessed excerpt of the “Labeled Faces in the Wild”, aka LFW.", True),
        ("It was trained on ‘Labeled Faces in the Wild’.", True),
        ("It was trained on “our own” GPUs.", False),
        # where the data comes from, by its address (gh804 ... helpful-sentences-from-reviews)
        ("This model was trained with data from https://registry.opendata.aws/helpful-sentences-from-reviews/ to "
         "predict how helpful a review is.", True),
        ("It was fine-tuned with the script from https://github.com/user/data-tools.", False),
    ],
)
def test_training_data_in_more_words(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "code,found",
    [
        ('fill_mask = pipeline("fill-mask", model="org/model")', True),
        ("nlp = pipeline(\n    task='ner', model=name)", True),
        ("model = AutoModelForSequenceClassification.from_pretrained(name)", True),
        ("model = Wav2Vec2ForCTC.from_pretrained(name)", True),
        ("model = AutoModel.from_pretrained(name)", False),
        ("pipe = pipeline(model=name)", False),
        ("pip install transformers", False),
        # a diffusers pipeline's images: text to image
        ('images = pipeline(\n    prompt="a person is feeding a cat",\n    num_inference_steps=50,\n    ).images', True),
        ("pixels = batch.images", False),
        ('payload = json.dumps({"model_id": "realistic-vision-v51", "prompt": "a portrait", "negative_prompt": "blurry"})',
         True),
    ],
)
def test_usage_code_that_runs_the_model_on_a_task(code: str, found: bool) -> None:
    assert purpose.runs_a_task(card(f"## How to use\n\n```python\n{code}\n```")) is found
    # the same words in prose are no usage code
    assert purpose.runs_a_task(card(code.replace("\n", " "))) is False


@pytest.mark.parametrize(
    "text,found",
    [
        ("These models may have bias and/or any other undesirable distortions.", True),
        ("The model can generate offensive or harmful text when prompted.", True),
        # (an adverb between: gh799 Kamel/DarijaBERT-arabizi)
        ("This model being trained on texts from social networks, it can unfortunately generate toxic outputs.", True),
        ("It can easily generate a daily horoscope.", False),
        ("It does not work well on noisy telephone audio.", True),
        ("Note: AutoTokenizer won't work with this checkpoint.", True),
        ("This model is deprecated. Please use the newer one instead.", True),
        ("Use with caution: it has not been evaluated on downstream tasks.", True),
        ("Performance may degrade on texts longer than 512 tokens.", True),
        ("It was trained on a very small dataset, so the performance might not be as expected, for now.", True),
        ("The pipeline works as expected.", False),
        ("One limitation is the small vocabulary.", True),
        ("A model for gender bias detection in Hindi tweets.", False),
        ("The model works well on clean speech.", False),
        ("It can generate a daily horoscope.", False),
        ("We removed the bias terms of the final layer.", False),
        ("This is just a Test Model. Do NOT use for anything!", True),
        ("This drop in performance could be due to several reasons.", True),
        ("Unfortunately, a wrong vocab size was used when training the XXL models.", True),
        ("The model had to be restarted July 20. It is currently still running.", True),
        ("The AI can be a bit weird at times as it is still undergoing training!", True),
        ("The tokenizer is still in training mode by default.", False),
        ("Note: the model is not fully trained.", True),
        # (gh734 flaubert/flaubert_small_cased: trained in part; not the data it was partly trained on)
        ("**Note:** `flaubert-small-cased` is partially trained so performance is not guaranteed.", True),
        ("The model is only partly trained.", True),
        ("The encoder was partially trained on Wikipedia.", False),
        ("Eventually remove common voice if the model was not trained on common voice.", False),
        ("The training loss of accuracy-weighted samples is shown.", False),
        ("We did not use any external data.", False),
        ("Only use this model for retraining and mask-filling.", True),
        ("We intend for this to be used for individual fun and experimentation and not as a commercial product.", True),
        ("It doesn't do anything useful, other than testing that FSMT works.", True),
        ("It speaks French with some minor grammar issues, coherence of text is somehow limited.", True),
        ("Note the model does not replicate the exact numbers in the paper.", True),
        ("These labels are subject to change.", True),
        ("The experimental results are shown below.", False),
        ("Note: Unfortunately, a wrong vocab size was used when training the XXL models.", True),
        ("The results are actually slightly worse than given in the paper.", True),
        ("Note that there is high variance in the results.", True),
        ("The answer could not always be found in the translated text. This is a potential problem.", True),
        ("This is a first attempt at using ViT + GPT2-Hindi for image captioning.", True),
        ("This a first shot and purely experimental.", True),
        ("The first shot of the video shows a cat.", False),
        ("The base model is worse at long inputs; ours handles them.", False),
        ("We fixed the known bug in the tokenizer config.", False),
        ("Sentiment: positive, negative, mixed. Mixed category is not accurate and may confuse others.", True),
        ("The model is by no means a state-of-the-art model, but produces reasonable summaries.", True),
        ("The corpus contains some non-Arabic words inlines, which we did not remove from sentences.", True),
        ("This checkpoint needs to be fine-tuned before use!", True),
        ("We did not use any external data, and our results are accurate.", False),
        ("The model has a limited context, so long contexts may lose their last portions.", True),
        ("Language generation using `ReformerModelWithLMHead` is not optimized yet and is rather slow.", True),
        ("If you are looking for a regular language model, please use deepset/gelectra-large.", True),
        ("It was initialized from BioBERT & trained on only discharge summaries from MIMIC.", False),
        ("生成される文章にはバイアスや有害な内容が含まれる可能性があります。", True),
        ("Use this repo instead of the official BERT one.", False),
        ("This is the discriminator. For generation, mask-filling, and retraining, refer to the Generator models.", True),
        ("For details, refer to the paper.", False),
        ("It does not miss a beat.", False),
        ("Notes:\n* Unfortunately, due to lack of resources it is fine tuned with batch_size=10.", True),
        ("As a statistical model, it cannot comprehend, express personal opinions or make value judgements.", True),
        ("The assistant does not replace a doctor's advice.", True),
        ("Do not interpret these numbers as a measure of the released checkpoint.", True),
        ("Its answers should not be relied upon for legal decisions.", True),
        ("You do not need to install anything else.", False),
        ("> **Not for clinical diagnosis.** Research / education / synthetic-data tooling only.", True),
        ("This model is intended for academic purposes only.", True),
        ("Not for now: the weights come next week.", False),
        ("Unreliable: the compound lies outside the training chemical space; interpret with caution.", True),
        ("We thank the research team for their testing of the only GPU we had.", False),
        # what the model is incapable of, the model as the subject
        ("Trained only on TinyStories, it is completely incapable of performing complex reasoning.", True),
        ("The model is unable to follow instructions.", True),
        ("If you are unable to run it on GPU, use the CPU.", False),
        ("The model is capable of answering questions.", False),
        # where to read of its limits: another card's
        ("We encourage to check [RoBERTa-base model](https://huggingface.co/roberta-base) to know more about usage, "
         "limitations and potential biases.", True),
        ("See the original model card for more on its limitations.", True),
        ("See the paper for more about the training setup.", False),
        # a result no surer than its noise
        ("The Seal-in margin (+0.5 on 700 rows) is within sampling noise and we say so.", True),
        ("The gain is not statistically significant.", True),
        ("We sample with noise.", False),
        # room left to improve, inputs that score lower, and what alone it handles (gh993, gh991)
        ("First pass on whisper-small, room to improve with more data or a bigger base.", True),
        ("Numbers are written as words, so references with digits score lower.", True),
        ("The score is lower for better models.", False),
        ("模型仅支持英语输入，其他语言可以通过大模型润色时翻译为英语。", True),
        ("模型支持英语输入。", False),
        # what it does not support (yet), its largest input; what its results do not vouch for (gh994, gh989)
        ("The maximum supported length for 720P video is 20s.", True),
        ("Transformers has not been directly supported yet.", True),
        ("It is supported by a grant of the EU.", False),
        ("该标签不代表场景安全保证。", True),
        ("离线指标及工作站延迟不能证明真实导航安全。", True),
        ("hỏi kiểu khác thì không có gì bảo đảm.", True),
        ("**Status:** This is a static model trained on an offline dataset.", True),
        # a checkpoint not yet finished, files for a loader yet to come (gh1001, gh1002)
        ("This is an early checkpoint of `sarvam-2b`. The current checkpoint has not undergone any post-training.", True),
        ("This is very much an alpha version.", True),
        ("An early version of this model was described in the paper.", False),
        ("The ones without are preliminary for yet to be implemented nf4 loader.", True),
        # a bias it leans by, what can do harm, an untested range, uncensored in emphasis (gh1005, gh1006)
        ("Portraits come out well, with a subtle bias towards Asian features.", True),
        ("Large amounts of quality tags and negative prompts can have negative effects.", True),
        ("Resolutions up to 832x832 work. Higher isn't tested.", True),
        ("The model is _mostly uncensored_, so use it with care.", True),
        ("It learns a bias term for each layer.", False),
        # a fit or ability admitted short, a prompt word that degrades, a tendency of its style (gh1007-gh1009)
        ("delta: Slightly underfit but better diversity.", True),
        ("alpha: Limited ability to follow long prompts.", True),
        ("Important note: 'RAW photo' in the prompt may degrade the result.", True),
        ("Note that it tends to have a quite formal and sophisticated style.", True),
        ("Prices tend to rise in winter.", False),
        ("Any other format that isn't asterisks/quotes is likely to cause issues.", True),
        # a quality it does not reach, a state of the art disclaimed, a length not recommended, in Japanese what is
        # hard to handle or experimental (gh1013-gh1015)
        ("Trained on 768x768; lower resolution works but quality will not be as good.", True),
        ("Amber is not a SOTA model, but a fully open one.", True),
        ("It can handle sequences of up to 514 tokens, however, going beyond 128 is not recommended.", True),
        ("EXモデルはかなり扱いにくいです。", True),
        ("v9は実験的なモデルです。", True),
        ("It can handle sequences of up to 514 tokens.", False),
    ],
)
def test_caveat_sentences(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on the common_voice dataset.",
         True),
        ("This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on the wikiann dataset.", True),
        ("This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on the None dataset.", False),
        ("This model is a fine-tuned version of [x/base](https://huggingface.co/x/base) on the imagefolder dataset.",
         False),
        ("It was then fine-tuned on the same dataset for two more epochs.", False),
        ("A fine-tuned version of [x/base](https://huggingface.co/x/base) on the wikiann and conll2003 dataset.", True),
        ("Training the model longer, with bigger batches over more data, helps.", False),
        ("The dataset used for this fine-tuning is STSb extended to 15 languages.", True),
        ("The dataset used in model training was created from the QQP dataset.", True),
        ("This model was fine tuned on [Jigsaw Toxicity](https://kaggle.com/c/jigsaw).", True),
        ("The model is jointly finetuned on the *wiki_dpr* QA dataset in an end-to-end fashion.", True),
        # a share of a named set, however it is called
        ("Trained on a small fraction of the xsumm training dataset.", True),
        ("Trained on a selection of the Pile.", True),
        ("It was fine-tuned on a fraction of a GPU.", False),
        # texts of a kind: prompts, problems
        ("Qwen3.5-2B trained with GRPO on mathematics prompts.", True),
        ("Fine-tuned on math word problems.", True),
        ("Trained on 8 GPUs without problems.", False),
        # the data counted as the subject of a sentence
        ("The default lab corpus has 250 examples, split into 225 training and 25 validation examples.", True),
        ("This dataset contains 62,321 user comments with three labels.", True),
        ("The test dataset contains 500 examples.", False),
        ("The data has 3 columns.", False),
        # or counted in brackets after the verb (gh764 bioformers/bioformer-cased-v1.0), not a run's time or batch
        ("Bioformer was pre-trained from scratch on the same corpus as the vocabulary (33 million PubMed abstracts "
         "+ 1 million PMC full-text articles).", True),
        ("The model was trained for 3 epochs (about 12 hours on 8 GPUs).", False),
        ("Trained on 4 GPUs (2 sentences per batch).", False),
        # or a corpus of a kind of text (gh753 antoiloui/netbert), not text alone
        ("A BERT-base model pre-trained on a huge corpus of computer networking text (~23Gb).", True),
        ("RoBERTa is a transformers model pre-trained on a large corpus of text data in a self-supervised fashion.",
         False),
        # or a dataset's id with an underscore ending the clause (gh750 facebook/mbart-large-en-ro), not a setting
        ("This is mbart-large-cc25, finetuned on wmt_en_ro.", True),
        ("t5-base-openwebtext, fine-tuned on cnn_dailymail", True),
        ("Trained with max_seq_length 512.", False),
        # or counted after "is" (gh730 nasa-impact/bert-e-base-mlm), not a size compared nor a test set's
        ("Further trained on top of scibert-base. The corpus is roughly 270,000 earth science-based publications.",
         True),
        ("The dataset is 3 times larger than SQuAD.", False),
        ("The test corpus is 2,000 sentences.", False),
    ],
)
def test_training_data_named_as_the_hub_spells_it(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("T5-base model fine-tuned on SQuAD1.1 for QA using a text-to-text approach.", True),
        ("T5 Model for generating paraphrases of English sentences.", True),
        ("The goal of this model is to save students GPU time when establishing baselines.", True),
        ("Our preprocessing (sentence piece model for vocab generation) follows SciBERT.", False),
        ("The goal of this section is to explain the training.", False),
    ],
)
def test_intended_use_at_a_lines_start_or_as_a_goal(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_intended_use_in_the_title() -> None:
    title = "# bert-base-german-cased fine-tuned on PAWS-X-de for Paraphrase Identification\n\nA model.\n"
    assert purpose.states_intended_use(Card.from_text(f"---\nlicense: mit\n---\n\n{title}"))
    assert not purpose.states_intended_use(Card.from_text("---\nlicense: mit\n---\n\n# bert-base-german-cased\n"))
    # a title that is the model's task, before what does it; a plus sign in the words before "architecture for"
    title = "# Handwritten Digit Classification — CNN + Transformer Hybrid\n\nA model.\n"
    assert purpose.states_intended_use(Card.from_text(f"---\nlicense: mit\n---\n\n{title}"))
    text = "# hwd\n\nHybrid CNN + Transformer architecture for handwritten digit classification (0-9).\n"
    assert purpose.states_intended_use(Card.from_text(f"---\nlicense: mit\n---\n\n{text}"))
    # an HTML title over the Markdown's headings is the card's title
    text = "<h1>General OCR Theory: Towards OCR-2.0 via a Unified Model\n</h1>\n\n![figure](x.png)\n\n## Usage\n\nRun it.\n"
    assert titles.title_text(Card.from_text(f"---\nlicense: mit\n---\n\n{text}")).startswith("General OCR Theory")
    assert purpose.states_intended_use(Card.from_text(f"---\nlicense: mit\n---\n\n{text}"))


@pytest.mark.parametrize(
    "text,found",
    [
        ("It is used to classify text as normal, offensive or hate speech.", True),
        ("It is used for Turkish text processing.", False),
        ("A GPT-2 language model fine-tuned to produce negative movie reviews.", True),
        ("More precisely, it was trained to guess the next word in sentences.", False),
        ("The model was fine-tuned to convergence on 4 GPUs.", False),
        ("It is the official gpt2-small fine-tuned to ArXiv papers on physics.", False),
        ("roberta-base-ca-cased-te is a Textual Entailment (TE) model for the Catalan language.", True),
        ("GPT2-Spanish is a language generation model trained from scratch.", True),
        ("BERT is a language model pre-trained on English.", False),
        ("This is a pre-trained model for Turkish.", False),
        ("This is a tiny-layoutlm random model to be used for basic testing.", True),
        ("This is a tiny model that is used in the `transformers` test suite.", True),
        ("A tiny pirate-themed GPT trained from scratch. Built as a learning project.", True),
        ("Built as a replacement for the old one.", False),
        # a repository that is a template says what it is for; a prompt's template is a format, no purpose
        ("This is a template reprository for the SUPERB benchmark for the _fine-tuned model_ category.", True),
        ("This is a template repository for Text Classification to support generic inference.", True),
        ("This is the prompt template for inference.", False),
        ("Demo model for use as part of the Augmented SBERT chapters of the course.", True),
        ("It translates Ainu language to Japanese.", True),
        ("The model classifies tweets into five emotions.", True),
        ("It can answer questions about COVID-19.", True),
        ("It tagged along with the release.", False),
        ("RuBERT is a representation-based sentence encoder for Russian.", True),
        ("This is an image classifier built with HuggingPics.", True),
        ("It is an ELECTRA generator for German.", False),
        ("BERT is a Transformer encoder pre-trained on English.", False),
        # a model's kind by another word: an architecture, a network, an adapter, an agent made for a task
        ("A **Joint Embedding Predictive Architecture** (JEPA) for semantic code search.", True),
        ("A LoRA adapter for financial sentiment classification of news headlines.", True),
        ("A convolutional network for the Fashion-MNIST images.", False),
        ("EchoGPT is a fine-tuned LLM that handles echocardiography report summarization tasks.", True),
        ("This is a LoRA adapter trained for a clean, readable cartoon game-asset style on top of ideogram-4.", True),
        ("It was trained for a long time, with care.", False),
        ("Five-fold plain U-Net ensemble (nnU-Net v2.8.1, 3d_fullres, patch 96x160x160, spacing 2.0x1.5x1.5 mm, "
         "30.9 M parameters per fold) for pan-cancer lesion segmentation on CT.", True),
        ("A model (trained with care, over many days and nights, on many machines) for a while.", False),
        ("LayoutLM is a simple but effective pre-training method of text and layout for document image understanding "
         "and information extraction tasks, such as form understanding.", True),
        ("This is mbart-large-cc25, finetuned on a subset of the UN corpus for en_ar.", True),
        ("It was trained for en-US users.", False),
        ("Scripts for en_ar.", False),
        ("It was trained for 3 epochs for en_en.", False),
        ("A 5.58M-parameter policy+value transformer that plays chess from a single forward pass.", True),
        ("The transformer plays a key role here.", False),
        ("Five deep-ensemble PyTorch models that predict fractal-turbulence parameters from a 2D image.", True),
        ("A multimodal **sentence-level humor strength** predictor (0-100 continuous score).", True),
        ("**A 1.2M-parameter model that builds CAD parts in FreeCAD.**", True),
        ("A 511k-parameter Transformer that encodes one 24-hour CGM day into a 128-number fingerprint.", True),
        ("Our model builds on BERT.", False),
        ("Fine-tuned structurally pruned YOLOv8n detector for the six DeepPCB defect classes.", True),
        ("The system handles long inputs well.", False),
        # the task after the tool it serves and a colon
        ("Trained checkpoints for **[HerbivoR](https://github.com/x/HerbivoR)** (or your local clone): contour / ROI "
         "completion and herbivory damage segmentation.", True),
        ("Weights for [Tool](https://x.y): see the docs.", False),
        # a doer far from its article, past words in bold or a parenthesis
        ("This is a Vision Transformer (ViT) based **Kuzushiji** classifier.", True),
        ("It is an ELECTRA generator.", False),
        # control, manipulation, navigation, planning and design as tasks
        ("Dreamer 4 models for continuous control.", True),
        ("A model for protein sequence design.", True),
        # what it lets its users do, not how to get or run it
        ("Stemify allows users to separate audio tracks into individual components (vocals, drums, bass, other).", True),
        ("It converts SQL into text, making it easier for users to understand the business meaning of SQL queries.",
         True),
        ("It helps analysts triage support tickets.", True),
        ("This helps you load the model faster.", False),
        # the use it is released for
        ("The adapter checkpoints are released for research use.", True),
        ("The dataset was released for research use in 2019.", False),
        ("This repository allows you to load the model in 4-bit.", False),
        # adapted to do a task, its task as a label opening a line
        ("It has been adapted to forecast Serum Creatinine (SCr) trajectories.", True),
        ("It was adapted to the medical domain.", False),
        ("- **Target Task:** Multivariate Time-Series Forecasting", True),
        ("The task: we must finish the paper.", False),
        # several checkpoints made for a task; but models "on" tasks are others it is compared with, and "and" is no
        # article ("The Russian Drug Reaction Corpus and Neural Models for Drug Reactions ... Detection", a citation)
        ("PyTorch checkpoints and deployment code for astronomical image denoising and star removal.", True),
        ("Spectral CNN models for CMB parameter estimation on the HEALPix sphere.", True),
        ("It outperforms previous state-of-the-art models on three downstream Tweet NLP tasks.", False),
        ("LoRA adapters: models fine-tuned on narrow multimodal tasks.", True),
        ("[1] Tutubalina E, et al. The Russian Drug Reaction Corpus and Neural Models for Drug Reactions and "
         "Effectiveness Detection in User Reviews.", False),
    ],
)
def test_intended_use_as_what_it_does(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(("front", "text", "found"), [
    ("pipeline_tag: reinforcement-learning", "PPO policy checkpoints for a self-play agent on\n"
     "[OpenFront.io](https://openfront.io), trained with oftrain.", True),
    ("tags:\n- reinforcement-learning", "A DQN agent for CartPole-v1.", True),
    ("pipeline_tag: reinforcement-learning", "The policy was trained via self-play for two weeks.", True),
    ("pipeline_tag: reinforcement-learning", "An agent on the server.", False),  # (no name)
    ("license: mit", "A DQN agent for CartPole-v1.", False),  # (not a reinforcement-learning card)
    ("pipeline_tag: text-generation", "Deploy the agent on AWS.", False),
    ("tags:\n- reinforcement-learning", "Trained agent model for [NVIDIA Omniverse Isaac Gym](https://github.com/"
     "NVIDIA-Omniverse/OmniIsaacGymEnvs) environment", True),
    ("tags:\n- reinforcement-learning", "A **episodic** policy for the [microduck](https://github.com/x/microduck).",
     True),
    ("tags:\n- reinforcement-learning", "## Training\n\n- **task_id**: `Mjlab-GroundPick-Flat-MicroDuck`", True),
    ("tags:\n- reinforcement-learning", "- Environment: Custom Gymnasium environment", True),
    ("license: mit", "- Environment: Custom Gymnasium environment", False),
    ("tags:\n- reinforcement-learning", "- Environment: 4 GPUs, 2 days", False),
])
def test_an_agent_on_a_named_environment_is_its_use_and_its_data(front: str, text: str, found: bool) -> None:
    rl = Card.from_text(f"---\n{front}\n---\n\n# openfront-rl\n\n{text}\n")
    assert purpose.states_intended_use(rl) is found
    assert coverage.states_training_data(rl) is found


def test_a_window_ends_after_a_whole_word() -> None:
    # a window around an anchor must not end inside "follows", or "can be used as f" reads as a use
    text = "model can be used as follows"
    assert anchors.window_end(text, text.index("follows") + 1) == len(text)
    text = "it was not trained on Wikipedia"
    assert anchors.window_end(text, text.index(" on")) == text.index("Wikipedia")
    assert not purpose.states_intended_use(card("Bert2Bert is an encoder-decoder model; a model can be used as follows:"))


@pytest.mark.parametrize(
    "text,found",
    [
        ("I submitted prediction files to the GLUE leaderboard, and the overall GLUE score was 77.9.", True),
        ("The best score the model achieved on this task was 0.9033, as measured by the eval set accuracy.", True),
        ("The average score of 12 annotators is shown in figure 3.", False),
    ],
)
def test_a_best_or_overall_score_in_a_sentence(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Entrenado por 3 epochs sobre CC-NEWS-ES (2019).", True),
        ("Le modèle a été entraîné sur OSCAR et Wikipédia.", True),
        ("O modelo foi treinado com o corpus BrWaC.", True),
        ("Il modello è stato addestrato su Wikipedia italiana.", True),
        ("El modelo fue entrenado en una GPU.", False),
        ("Entrenado con una tasa de aprendizaje de 2e-5.", False),
        ("基于有赞商品评论语料训练的bert模型", True),
        ("KorSTS, KorNLI 학습 데이터셋으로 멀티 태스크 학습을 진행한 후 평가했습니다.", True),
        ("日本語Wikipediaのコーパスで事前学習したモデルです。", True),
        ("这是一个中文模型。", False),
        ("모델 사용법은 아래와 같습니다.", False),
        # the data by its name, in Latin letters
        ("这是一个中文小说续写模型，训练自h-corpus-2023。", True),
        ("本模型在 SQuAD 上微调。", True),
        ("本模型在 GPU 上运行。", False),
        # an English word for the data or for the training beside the other in Chinese
        ("利用THUC dataset 訓練的文章分類器，共支援14種種類", True),
        ("中文环境文本分类模型，1.6M的数据集，在env-bert-chinese上进行fine-tuning", True),
        ("利用THUC dataset 的文章分類器，共支援14種種類", False),
        ("中文环境文本分类模型，在env-bert-chinese上进行推理", False),
        # in Swedish, Dutch, Russian and Indonesian
        ("Pre Träna CodeBert med JavaFx + Java FXML + JavaFx relaterat logik kod.", True),
        ("Het model is getraind op SoNaR en Wikipedia.", True),
        ("Модель обучена на Wikipedia и новостях.", True),
        ("Model ini dilatih menggunakan OSCAR.", True),
        ("Modellen tränades på en GPU.", False),
    ],
)
def test_training_data_in_other_languages(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "title,found",
    [
        ("Russian Speech Recognition model", True),
        ("Bert2Bert Summarization with 🤗 EncoderDecoder Framework", True),
        ("roberta-base-squad2-question-answering", True),
        ("Flair NER model trained on GermEval14 dataset", True),
        ("Part of Speech tagging Model for Telugu", True),
        ("Hate Speech detection in Spanish", True),
        ("opus-mt-kl-en", True),
        ("Coqui Model for TTS", True),
        ("Repo-JEPA: SOTA Semantic Code Search (90.5% MRR)", True),
        ("Hyperparameter search results", False),
        ("mt5-small-base", False),
        ("xlm-roberta-base-finetuned-panx-it", False),
        ("Rick DialoGPT Model", False),
        ("bert-base-cased fill-mask", False),
        ("A masked language modeling checkpoint", False),
    ],
)
def test_a_title_that_names_the_task_by_the_hubs_name_for_it(title: str, found: bool) -> None:
    assert purpose.names_a_task(title) is found
    assert purpose.states_intended_use(Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\nHello.\n")) is found


@pytest.mark.parametrize("text,found", [("基于有赞商品评论语料训练的bert模型", True), ("日本語のBERTモデルです", True),
                                        ("这是一个中文的东西", False)])
def test_a_model_named_in_chinese_japanese_or_korean(text: str, found: bool) -> None:
    assert architectures.describes_model(text, architectures.SHORT_DESCRIPTION) is found


def test_prose_indented_by_mistake_is_read_as_prose() -> None:
    text = ("## roberta-base fine-tuned with TextAttack\n\n    This model was fine-tuned with TextAttack. The best score"
            " the model achieved on this task was 0.9033, as measured by the eval set accuracy.\n")
    assert results.reports_results(card(text))
    code = "    from transformers import pipeline\n    p = pipeline('x'). The best score was 0.9033, the accuracy.\n"
    assert not results.reports_results(card("Usage:\n\n" + code))
    # (a box of prose in a bare fence is prose too; code in a fence of its language is not)
    fenced = "```\nThe best score the model achieved on this task was 0.9033, as measured by the eval set accuracy.\n```"
    assert results.reports_results(card(fenced))
    assert not results.reports_results(card(fenced.replace("```\nThe", "```python\n# The")))


def test_a_subtitle_that_says_what_the_model_was_made_for() -> None:
    assert purpose.states_intended_use(card("## A tiny GPT2 model for generating Hebrew text\n\nHello."))
    assert not purpose.states_intended_use(card("## Scripts for training\n\nHello."))


@pytest.mark.parametrize(
    "text,found",
    [
        ("Distilbert base uncased trained on SQuAD v2.", True),
        ("`bert-base-uncased` fine-tuned on MNLI dataset, using torchdistill.", True),
        ("A Bert2Bert model fine-tuned on the CNN/DailyMail dataset.", True),
        ("It was pre-trained on Wikipedia and evaluated on GLUE.", False),
        ("The SQuAD leaderboard lists many models.", False),
        ("A GPT2 (`gpt2`) language model fine-tuned on the IMDB dataset.", False),
    ],
)
def test_trained_on_a_benchmark_of_one_task(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_a_reinforcement_learning_agent_by_the_environment_it_plays() -> None:
    text = ("This is a trained model of a **PPO** agent playing **LunarLander-v2** using the "
            "[stable-baselines3 library](https://github.com/DLR-RM/stable-baselines3).")
    assert purpose.states_intended_use(card(text))
    assert coverage.states_training_data(card(text))
    assert not coverage.states_training_data(card("You can watch the agent playing by using this notebook."))


def test_a_mean_reward_and_its_spread_in_model_index_is_a_result() -> None:
    index = ("model-index:\n- name: PPO\n  results:\n  - task:\n      type: reinforcement-learning\n"
             "    dataset:\n      name: LunarLander-v2\n      type: LunarLander-v2\n    metrics:\n"
             "    - type: mean_reward\n      value: %s\n")
    assert results.reports_results(Card.from_text(f"---\n{index % '262.35 +/- 17.46'}---\n\n# m\n"))
    assert not results.reports_results(Card.from_text(f"---\n{index % 'not measured'}---\n\n# m\n"))


@pytest.mark.parametrize(
    "code,found",
    [
        ("outputs = model.generate(input_ids, do_sample=True, max_length=50)", True),
        ("pipe = TextGenerationPipeline(model, tokenizer)", True),
        ("embeddings = model.encode(sentences)", True),
        ("ids = tokenizer.encode(text)\nmodel = AutoModel.from_pretrained(name)", False),
    ],
)
def test_usage_code_that_generates_or_embeds(code: str, found: bool) -> None:
    assert purpose.runs_a_task(card(f"```python\n{code}\n```")) is found


@pytest.mark.parametrize(("title", "found"), [("DALL·E mini - Generate images from text", True),
                                              ("Pegasus: Summarize long documents", True),
                                              ("DALL·E mini - images from text", False),
                                              ("mMiniLM-L6-v2 Reranker finetuned on mMARCO", True),
                                              ("mMiniLM-L6-v2 finetuned on mMARCO", False)])
def test_a_titles_part_after_its_name_may_open_with_the_task_verb(title: str, found: bool) -> None:
    assert purpose.states_intended_use(Card.from_text(f"---\nlicense: mit\n---\n\n## {title}\n\nHello.\n")) is found


def test_a_huggingpics_card_is_an_image_classifier() -> None:
    text = "Autogenerated by HuggingPics🤗🖼️\n\nCreate your own image classifier for **anything** by running the demo."
    assert purpose.states_intended_use(card(text))


@pytest.mark.parametrize(
    "text,found",
    [
        ("The results produced by the model are not intended for direct diagnostic use.", True),
        ("It is not only intended for research but also for production.", False),
        ("Special tokens will be deleted, and the output results may not be neat.", True),
        ("You may not be able to reach the server on weekends.", False),
        ("Currently, the tokenizers have a bug concerning the letters ı, i, I and İ.", True),
        ("The bug tracker is on GitHub.", False),
        ("The model was pre-trained in English and should therefore perform well only in English.", True),
        ("It only works with two (separated) inputs.", True),
        ("Please be aware that the bn models use BatchNorm, which makes the bias superfluous.", True),
        ("The result is without a language model, so you may witness a higher WER in some cases.", True),
        ("You may see a list of the checkpoints below.", False),
        # text in lower case only; an input's greatest length
        ("* pre-processing: tokenization + lower-casing + BPE segmentation\n* output: lowercase only, for mixed-cased "
         "model use this: https://huggingface.co/x/y-cased", True),
        ("* pre-processing: tokenization + lower-casing + BPE segmentation\n* output: Greek text", False),
        ("When using the model make sure that your speech input is sampled at 16Khz. Audio length should be shorter "
         "than 10s.", True),
        ("When using the model make sure that your speech input is sampled at 16Khz. The learning rate should be less "
         "than 1e-4.", False),
        # what it does when a setting is left out
        ("- this param forces the model to use new vocabulary and create an abstractive summary, otherwise it may l "
         "compile the best _extractive_ summary from the input provided.", True),
        ("The models are downloaded on first use. Otherwise, you could download the models manually.", False),
        # an output held to a bound, training on little, a warning not to see something as more than it is
        ("Note that for the inference API, the model is restricted to outputting 64 tokens.", True),
        ("Note that the inference API is restricted to logged-in users.", False),
        ("This model was trained on a limited number of indicators, values and dates.", True),
        ("This model was trained on a number of indicators, values and dates.", False),
        ("They should not be seen as all-encompassing or foundational to a safe AI.", True),
        ("They should be seen as a starting point.", False),
        # what it failed at; good outputs only when asked for so
        ("Emotion detection reached an F1-score of 0.78-0.97, with the exception of *surprise*, which the model failed "
         "to capture (F1 = 0.41).", True),
        ("Emotion detection reached an F1-score of 0.78-0.97; the first run failed to start.", False),
        ("If you want non-garbage outputs, these need to be specified manually.", True),
        ("If you want more outputs, raise the number of beams.", False),
        # what is broken, or alone works
        ("Context is broken right now. So only the first message works.", True),
        ("The link to the paper is broken right now; see the repository.", False),
        # what it does at times
        ("This forces the model to create an abstractive summary, as at times it will compile the best extractive "
         "summary from the input provided.", True),
        ("At times, the authors updated the checkpoint.", False),
        # what it sometimes gets wrong; a test set it may have seen in training
        ("Avoid the fast tokenizer for now: the auto-converted fast tokenizer sometimes gives incorrect tokenizations.",
         True),
        ("Use the fast tokenizer for now: the auto-converted fast tokenizer gives the same tokenizations.", False),
        ("We hypothesize that there could be a benchmark data contamination in the training set.", True),
        ("The model is available without risk of data contamination on public benchmarks.", False),
        # what is not supported yet; what lowers its quality; the only use it is recommended for
        ("MLA Eagle3 draft model is not yet supported in SGLang.", True),
        ("The Eagle3 draft model is supported in SGLang.", False),
        ("The model does not support function calling.", True),
        ("The model does not need function calling.", False),
        ("Omitting the prompts silently degrades retrieval quality.", True),
        ("Adding the prompts improves retrieval quality.", False),
        ("Pruning the heads does not hurt accuracy.", False),
        ("The model is recommended only for short-context retrieval use cases.", True),
        ("The model is recommended for retrieval use cases.", False),
        # what its results hang on (not when they do not)
        ("AVCocktail values are word-weighted across 51 videos. Scores depend on preprocessing, synchronization, face "
         "tracking, dataset revision, checkpoint, segmentation, and decoder settings.", True),
        ("Accuracy varies considerably across languages.", True),
        ("Results may vary with the prompt.", True),
        ("AVCocktail values are word-weighted across 51 videos. Scores are given with the preprocessing settings.",
         False),
        ("Performance barely varies across seeds.", False),
        ("The results do not depend on the seed.", False),
        ("Inference speed depends on your GPU.", False),
        # what it is better suited for than something else; a leak of private data guarded against
        ("In our experience, the InternViT V2.5 series is better suited for building MLLMs than traditional computer "
         "vision tasks.", True),
        ("In our experience, the InternViT V2.5 series is suited for building MLLMs.", False),
        ("As additional precaution to ensure that no proprietary data or Protected Health Information (PHI) is leaked "
         "untentionally, we have removed the weights for the decoder.", True),
        ("As additional precaution to ensure that no proprietary data or Protected Health Information (PHI) is lost, "
         "we have kept the weights for the decoder.", False),
        # what it does not work with, what its makers advise against, what it may cut short, controls it leans towards
        ("Since the system prompt is not compatible with this version of our models, we DO NOT RECOMMEND including the "
         "system prompt in your input.", True),
        ("Since the system prompt is compatible with this version of our models, we recommend including the system "
         "prompt in your input.", False),
        ("Duration is a requested upper bound: the autoregressive stage may emit its end token early.", True),
        ("Duration is a requested upper bound: you can stop the generation early.", False),
        ("Style, tempo, instrument, and vocal controls are probabilistic rather than strict.", True),
        ("Style, tempo, instrument, and vocal controls are given as text rather than numbers.", False),
        # what may come out wrong; a scope it only targets
        ("Example usage (the code returns a list with keywords. duplicates are possible):", True),
        ("Example usage (the code returns a list with keywords; several are possible):", False),
        ("It could be used as an alternative for `google/mt5-base`, as it's much smaller and only targets Arabic and "
         "English based tasks.", True),
        ("It could be used as an alternative for `google/mt5-base`, as it's much smaller.", False),
    ],
)
def test_caveats_of_use_bugs_and_what_readers_may_see(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("LEGAL-BERT is a family of BERT models for the legal domain, intended to assist legal NLP research.", True),
        ("The model, intended to be small, has six layers.", False),
        ("It was trained using the AI-SOCO dataset to do text classification.", True),
        ("It can later be used to perform a downstream task of your needs.", True),
        ("You need to do the following steps first.", False),
        ("I fine-tuned the kykim/bert-kor-base model as a dense passage retrieval context encoder.", True),
        ("This ASR model is a fine-tuned version of facebook/wav2vec2-xls-r-300m on Turkish.", True),
        ("Add a 5-gram language model to the decoder.", False),
        ("This is an upload of the bert-base-nli-stsb-mean-tokens pretrained model.", False),
    ],
)
def test_intended_use_as_a_task_to_do_or_the_kind_a_task_names(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("The cross-entropy validation loss at the last step was 2.821.", True),
        ("Training over 5 epochs, the model achieves a decent loss of 0.398.", True),
        ("We use the cross-entropy loss with label smoothing 0.1.", False),
        # (a whole number after its metric, ending the clause: "a F1 score of 86.", not a count)
        ("This model reaches a F1 score of 86.\nThis model reaches a EM score of 83.", True),
        ("The model reaches an accuracy of 91 on the test set.", True),
        ("We report the F1 score of 2 models.", False),
        ("An accuracy of 3 runs was averaged.", False),
    ],
)
def test_a_loss_on_a_named_set_or_a_loss_of_a_value(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Fine-tuning facebook/blenderbot-400M-distill on subtitles rick and morty.", True),
        ("Model trained on news comments.", True),
        ("The mono setting: the model is trained using only English language data.", True),
        ("Pretrained model on English language using a masked language modeling objective.", False),
        ("It was trained on 4 GPUs for two days.", False),
        # (clinical narratives, notes, records and reports are kinds of text too)
        ("A clinical version of BioBERTpt, trained on clinical narratives from electronic health records.", True),
        ("It is based on BioBERT and further pre-trained on clinical notes and disease descriptions.", True),
        ("Fine-tuned on radiology reports.", True),
        # (a dataset's id in lower case, marked as a name: not a kind of task in italics)
        ("Model was trained on *librispeech-clean-train.100* with following hyper-parameters:", True),
        ("This pre-trained model can be fine-tuned on *sequence-to-sequence* tasks.", False),
        # (counted, then used; or listed after a colon, the items opening with "about")
        ("It is trained from Oscar. 3.7M pairs of images and texts were used, including 0.7M image-caption pairs.", True),
        ("It is trained from Oscar. 200 images were used for evaluation.", False),
        # (a count of datasets, or their label, over a list of them; not metadata's key pasted into the text)
        ("A model for DST.\n\n- 5 datasets\n  - tweeter_dialogue : xlsx\n  - speech : trn\n", True),
        ("A model for DST.\n\nDatasets:\n- squad\n- glue\n", True),
        ("A model for DST.\n\ndatasets:\n- squad widget:\n- text: hello\n", False),
        ("A model for DST.\n\nEvaluation datasets:\n- squad\n- glue\n", False),
        ("A model with additional training on two sets of medicine-domain texts:\n* about 250.000 text reviews on "
         "medicines\n* the raw part of the RuDReC corpus", True),
        ("It was trained on 8 GPUs.", False),
    ],
)
def test_training_data_as_a_kind_of_text(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "code,found",
    [
        ('{"dataset_name": "samsum", "do_train": true, "learning_rate": 5e-05}', True),
        ("python run_summarization.py --dataset_name samsum --do_train --output_dir out", True),
        ("python eval.py --dataset_name samsum --split test", False),
        # a file the script trains on, or a file read into a frame that is fit
        ("accelerate launch train.py --train_file data/train.jsonl --epochs 3", True),
        ('train_df = pd.read_csv("reviews_train.csv")\nclf.fit(train_df.text, train_df.label)', True),
        ("df = pd.read_csv(path)\nprint(model.predict(df))", False),
        ("python predict.py --data_dir ./inputs", False),
    ],
)
def test_a_training_scripts_dataset_argument(code: str, found: bool) -> None:
    assert coverage.states_training_data(card(f"```\n{code}\n```")) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("This is the discriminator model, which is the main Transformer used for finetuning to downstream tasks.",
         True),
        ("The model is primarily aimed at being fine-tuned on tasks that use the whole sentence.", True),
        ("It could be used to fine-tune other tasks in the software development domain.", True),
        ("From there, you can fine-tune it on clinical tasks that benefit from patient outcome knowledge.", True),
        ("You can fine-tune it on a single GPU.", False),
        ("Try this if you are working with task like QA.", True),
        ("If you are working with a GPU, set fp16=True.", False),
    ],
)
def test_intended_use_as_fine_tuning_on_tasks_or_the_reader_it_is_for(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_a_proof_of_concept_is_a_caveat() -> None:
    assert caveats.states_caveat(card("Model is used as a proof of concept, trained for 30 minutes."))
    assert not caveats.states_caveat(card("The proof is in the appendix."))


@pytest.mark.parametrize(
    "text,found",
    [
        ("This is a fine tuned RoBERTA model over STS-B.", True),
        ("It was trained over 3 epochs.", False),
        ("ALBERT-Persian trained on a massive amount of public corpora ([Persian Wikidumps](https://x.org/a)).", True),
        ("It was finetuned on 20/12/2021 in Google Colab from the model [BERTimbau large](https://huggingface.co/a/b) "
         "on the dataset [LeNER-Br language modeling](https://huggingface.co/datasets/a/b).", True),
        ("This model was trained by kamo-naoyuki using wsj/asr1 recipe in espnet.", True),
        ("This model was trained by kamo-naoyuki using the default recipe.", False),
    ],
)
def test_training_data_over_a_benchmark_in_corpora_listed_or_by_a_recipe(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Do consider the biases which come from both the pre-trained model and the dataset.", True),
        ("Keep in mind the limitations of a small evaluation set.", True),
        ("We consider the results final.", False),
    ],
)
def test_biases_the_reader_is_told_to_weigh(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "title,text,found",
    [
        ("DistilBart-MNLI", "A distilled version of bart-large-mnli.", True),
        ("bert-german-dbmdz-uncased-sentence-stsb", "", True),
        ("gpt2-imdb", "A GPT2 model.", False),
        ("logisgenerator", "Potential use case can include: Marketing, Search Engine Optimization.", True),
        ("my-model", "Use cases: writing product descriptions.", True),
    ],
)
def test_intended_use_by_a_benchmark_in_the_title_or_its_use_cases(title: str, text: str, found: bool) -> None:
    card_ = Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n")
    assert purpose.states_intended_use(card_) is found


def test_a_disclaimer_about_the_card_itself_is_no_caveat_label() -> None:
    boiler = "Disclaimer: The team releasing X did not write a model card for this model."
    assert plain_labels(card(boiler)) == []
    assert plain_labels(card("Disclaimer: The data may contain offensive text.")) == ["Disclaimer"]


@pytest.mark.parametrize(
    "text,found",
    [
        ('The weights were trained on "a photo of a person showing <thumbs_up> thumbs up" using DreamBooth.', True),
        ("The weights were fine-tuned on the mdass/gpt_gen_desc_logos dataset.", True),
        ("The weights were fine-tuned on the same dataset.", False),
    ],
)
def test_training_data_of_image_adapters(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "title,text,found",
    [
        ("personal-lora", "## Trigger words\n\nYou should use `<phigep>` to trigger the image generation.", True),
        ("roman-mosaics", "To generate images, use a photo of a Roman mosaic as the trigger.", True),
        ("LoRA text2image fine-tuning - user/logo-lora", "These are LoRA adaption weights.", True),
        ("my-lora", "Trigger the download with the button.", False),
        # an adapter made for an image generator; not for a number of steps
        ("knollingcase", "The embeddings were trained for the 768px [Stable Diffusion v2.0](https://x.org) model.", True),
        ("my-lora", "The LoRA was trained for 4000 steps.", False),
    ],
)
def test_intended_use_of_image_adapters(title: str, text: str, found: bool) -> None:
    card_ = Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n")
    assert purpose.states_intended_use(card_) is found


def test_a_lora_is_a_kind_of_model() -> None:
    assert architectures.names_kind("A Flux LoRA trained on a local computer with Fluxgym")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Since jaguars and leopards look alike, the model might confuse the two.", True),
        ("Our evaluation suggests that this model is somewhat undertrained.", True),
        ("For best performance on downstream tasks, we recommend deepset/gbert-base.", True),
        ("We recommend a learning rate of 3e-5.", False),
    ],
)
def test_caveats_of_confusion_undertraining_and_a_better_model(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("longformer2roberta is consequently fined-tuned on the `CNN/Daily Mail`dataset.", True),
        ("It was pretrained on the english collection of consumer comments on drug administration.", True),
        ("This model was trained by Shinji Watanabe using laborotv/asr1 recipe in espnet.", True),
    ],
)
def test_training_data_despite_a_typo_long_descriptions_and_two_word_authors(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_a_model_that_does_its_task() -> None:
    assert purpose.states_intended_use(card("The model that generates the My little pony script."))


def test_a_label_of_fine_tuning_data_with_a_space() -> None:
    text = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\nFine tuning data: [Kaggle](https://kaggle.com/x)\n"
    from harness import lint
    topics = {d.data["topic"] for d in lint(text, select=["MC201"])}
    assert "training-data" not in topics


@pytest.mark.parametrize(
    "text,found",
    [
        ("It is fine-tuned using (a second step of) knowledge distillation on SQuAD v1.1.", True),
        ("The best fine-tuned models for Gronings and West Frisian are available on the HuggingFace model hub.",
         False),
        ("The model is trained with unlabelled raw sentences, using bert-base-uncased as the base model.", True),
        ("Language identification of spanish-english code-mixed data used from [LinCE](https://ritual.uh.edu).",
         True),
    ],
)
def test_training_data_past_a_parenthesis_as_sentences_or_data_used_from(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("For English-only classification, it is recommended to use bart-large-mnli.", True),
        ("This model is a pretrained checkpoint and has to be fine-tuned for practical usage.", True),
        ("The dataset and annotations are not good, but this is the best dataset I could find.", True),
        ("For training, it is recommended to set a seed.", False),
    ],
)
def test_caveats_of_another_model_fine_tuning_first_and_poor_data(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_useful_for_tasks_is_an_intended_use() -> None:
    assert purpose.states_intended_use(card("The checkpoint is only useful for English NLP tasks."))
    assert not purpose.states_intended_use(card("A useful checkpoint."))


@pytest.mark.parametrize(
    "text,found",
    [
        ("It matches the performance of RoBERTa on GLUE and SQuAD, with gains of up to 6 ROUGE.", True),
        ("We trained it for 6 epochs on 2 GPUs.", False),
    ],
)
def test_a_whole_number_with_its_metric_next_is_a_result(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("This repo provides pre-trained RNN-T Conformer model for the librispeech dataset.", True),
        ("A model for the same dataset.", False),
        ("This model was trained by simpleoier using librispeech recipe in espnet.", True),
        ("This model was trained by someone using our recipe.", False),
    ],
)
def test_training_data_named_by_a_model_for_it_or_an_espnet_recipe(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_skewed_data_is_a_caveat() -> None:
    assert caveats.states_caveat(card("However the CommonVoice dataset is skewed towards male voices."))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is highly recommended to use a prior classification step before applying ClimateBERT-NetZero.", True),
        ("It is recommended to read the paper before using the code.", False),
        ("It is advised to calibrate the scores before relying on the model.", True),
        ("It is recommended to use a GPU.", False),
    ],
)
def test_a_step_needed_before_using_the_model_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("OOV on literary text remains challenging.", True),
        ("- Long inputs remain hard.", True),
        ("Despite the success of self-supervised learning, accurately capturing fine-grained semantic relationships in"
         " the biomedical domain remains a challenge.", False),
        ("The question remains whether this works.", False),
        ("The full checkpoint's task and dataset scores have not been reproduced here.", True),
        ("The scores have been reproduced here.", False),
    ],
)
def test_what_stays_hard_and_scores_nobody_reproduced_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Across tasks from 20 medical image datasets, it achieves up to 70x improvement in throughput.", True),
        ("Use a 2x larger batch for more speed.", False),
    ],
)
def test_a_gain_measured_as_a_factor_is_an_evaluation(text: str, found: bool) -> None:
    assert claims.states_performance(card(text)) is found


def test_a_label_of_training_over_named_sets_counted_in_brackets() -> None:
    assert coverage.states_training_data(card("## Eğitim\n\n- train: UD_Turkish Kenet (15.398) + BOUN (7.803)"))
    assert not coverage.states_training_data(card("- Train: Adam (0.001)"))


def test_training_data_counted_after_plus_signs() -> None:
    assert coverage.states_training_data(card("Fine-tuned with ++800,000 samples from a public repository."))


@pytest.mark.parametrize(
    ("row", "found"),
    [
        ("| Train file | `l3_grounding_train_v14a.jsonl` (850 rows, capped excerpts) |", True),
        ("| Source files | [github](https://github.com/x/y) |", False),
    ],
)
def test_a_row_that_names_the_training_file(row: str, found: bool) -> None:
    assert coverage.states_training_data(card(f"| Item | Value |\n|---|---|\n{row}")) is found


def test_a_subtitle_of_fine_tuning_on_tasks_is_an_intended_use() -> None:
    assert purpose.states_intended_use(card("## Fine-tuning on NLU tasks\n\nWe present the dev results."))
    assert not purpose.states_intended_use(card("## Fine-tuning on a GPU\n\nUse fp16."))


def test_a_title_that_names_an_architecture_says_what_the_model_is() -> None:
    from harness import lint
    text = "---\nlicense: mit\n---\n\n# German BERT with old vocabulary\n\n## Usage\n\nLoad it.\n"
    assert "description" not in {d.data["topic"] for d in lint(text, select=["MC201"])}
    named = "---\nlicense: mit\n---\n\n# bert-base-german-cased-oldvocab\n\n## Usage\n\nLoad it.\n"
    assert "description" in {d.data["topic"] for d in lint(named, select=["MC201"])}


@pytest.mark.parametrize(("title", "found"), [("SBERT-Large on Kaggle Russian News Dataset", True),
                                              ("RuBERT for Sentiment on KRND", True), ("Robert on Kaggle News", False),
                                              ("Hubertus on Kaggle News", False)])
def test_bert_named_with_a_prefix_in_capitals_is_an_architecture(title: str, found: bool) -> None:
    assert architectures.names_architecture(title) is found


@pytest.mark.parametrize(("text", "found"), [("Swedish RoBERTa", True), ("BERT Persian", True),
                                             ("samyarn-bert-base-multilingual-cased kao", False),
                                             ("bert-base-cased english", False), ("Swedish model", False),
                                             # (or an architecture trained on something)
                                             ('Trained GPT2-XL on "Choose Your Own Adventure" stories', True),
                                             ("RoBERTa trained on 8.8 Million Telugu Sentences", True),
                                             ("Trained on 8.8 Million Telugu Sentences", False)])
def test_two_words_a_language_and_an_architecture_say_what_the_model_is(text: str, found: bool) -> None:
    assert architectures.describes_model(text, len(text.split())) is found


@pytest.mark.parametrize(
    "text,found",
    [
        (":warning: You may want to use the v2 model, which was trained on more recent data :warning:", True),
        ("**IMPORTANT**: The model was not trained on the double quotation mark character.", True),
        ("<!-- TODO: write output of print here. IMPORTANT: Please remember to replace {wer_result} -->", False),
        ("Training halted due to time limit. To retrain.", True),
        ("The library does not implement layer-wise decay, which affects the performance on SQuAD.", True),
        ("It will perform best at zero-shot topic classification.", True),
        ("It is an important model for Dutch.", False),
    ],
)
def test_caveats_by_a_warning_sign_training_cut_short_or_where_it_performs_best(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "title,text,found",
    [
        ("TUNiB-Electra Stereotype Detector", "Finetuned TUNiB-Electra base with K-StereoSet.", True),
        ("xlm-r-large-arabic-toxic (toxic/hate speech classifier)", "A model.", True),
        ("Detector training notes", "A model.", False),
        # the task closing the title's first part, before a dash
        ("Road Damage Detection AI — SSD-MobileNetV2 FPNLite 640x640", "Classes D00, D10, D20, D40.", True),
        ("Road Damage Data — SSD-MobileNetV2 FPNLite 640x640", "Classes D00, D10, D20, D40.", False),
        ("scientific-challenges", "The model is designed for multi-label text classification.", True),
        # (a tokenizer: what it is for is its kind, text of the language it names turned into tokens)
        ("Hindi BPE Tokenizer", "Trained on 2 GB of Hindi news.", True),
        ("Bornomala Bengali Tokenizer", "A grapheme-cluster-aware tokenizer that never splits a conjunct.", True),
        ("Thai Wav2Vec2 with CommonVoice V8 (newmm tokenizer) + language model", "A model.", False),
    ],
)
def test_intended_use_by_a_doer_in_the_title_or_a_design(title: str, text: str, found: bool) -> None:
    card_ = Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n")
    assert purpose.states_intended_use(card_) is found


def test_a_relative_reduction_in_word_error_rate_is_a_result() -> None:
    assert results.reports_results(card("It gives a 13.5% relative reduction in word error rate."))


@pytest.mark.parametrize(
    "text,found",
    [
        ("It is fine\u2011tuned on english MultiNLI and on dev set of multilingual XNLI.", True),
        ("A Bert2Bert model on VoA Persian Corpus (a medium-sized corpus) generates headlines.", True),
        ("It was trained using a subset from the persona-chat validation dataset, machine translated to Arabic.", True),
        ("- Datasets: 4.3.0", False),
    ],
)
def test_training_data_past_unicode_hyphens_a_corpus_named_or_a_split(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_a_data_label_whose_value_is_a_link_names_the_data() -> None:
    assert plain_labels(card("Fine tuning data: https://www.kaggle.com/x/rickmorty-scripts")) == [
        "Fine tuning data"]
    assert plain_labels(card("Demo: https://example.com/demo")) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("**This model is outdated!** Use the newer one.", True),
        ("By default, input text longer than 256 word pieces is truncated.", True),
        ("We replaced the outdated tokenizer.", False),
    ],
)
def test_outdated_models_and_truncated_inputs_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Using SimpleTransformers to classify news.", True),
        ("Stanza is a collection of accurate and efficient tools for the linguistic analysis of many languages.", True),
        ("We used the emoji package to translate emotion icons into text strings.", False),
    ],
)
def test_intended_use_to_classify_or_tools_for_analysis(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_a_score_on_the_leaderboard_is_a_result() -> None:
    assert results.reports_results(card("The model achieved 0.90268 on the public leaderboard."))


def test_a_reinforcement_learning_model_by_the_environment_it_was_trained_in() -> None:
    text = "A(n) **APPO** model trained on the **doom_health_gathering_supreme** environment."
    assert coverage.states_training_data(card(text))
    assert purpose.states_intended_use(card(text))
    lander = "A trained DQN agent capable of landing in the **Gymnasium LunarLander-v3** environment."
    assert purpose.states_intended_use(card(lander))
    assert not coverage.states_training_data(card("We set up the environment with conda."))


@pytest.mark.parametrize(
    "text,found",
    [("Best validation mIoU: 74.45%", True), ("It reaches a PSNR of 24.3 dB and an SSIM of 0.81.", True),
     ("The mae of 3 runs.", False)],
)
def test_vision_and_regression_metrics_are_results(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Epoch \tTraining Loss \tValidation Loss \tF1 \tRoc Auc \tAccuracy\n"
         "1 \t0.115400 \t0.099458 \t0.888763 \t0.920410 \t0.731760", True),
        ("Epoch\tStep\tTraining Loss\n1\t500\t0.1154", False),  # (the training's loss only)
        ("Name\tAccuracy\tNotes\nbase\tsoon\tto do", False),  # (no numbers under it)
        # or comma-separated, as an evaluator writes its file (sentence-transformers), but not a sentence
        ("Below is the performance over the course of training\nepoch,steps,cosine_pearson,cosine_spearman\n"
         "0,1000,0.5944576426835938,0.6010801382777033\n0,2000,0.6404,0.6416", True),
        ("epoch,steps,train_loss\n0,1000,0.59", False),
        ("We report accuracy, F1, recall and more.\n1, 2, 3, 4", False),
    ],
)
def test_a_log_pasted_as_tab_separated_lines_gives_results(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- weights: trained on public datasets that are not redistributed, some of which are for non-commercial "
         "research only (e.g. ScienceQA CC BY-NC-SA 4.0, ESC-50 CC BY-NC 3.0)", True),
        ("It was trained on public datasets (e.g. on a GPU).", False),
    ],
)
def test_data_named_by_examples_in_parentheses(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("**Caveats I'd want to know.** Trained CLM is compared against untrained Laya.", True),  # a run-in heading
        ("**Limitations:** none known.", True),
        ("**This is a long bold sentence that says nothing of any caveat at all.** More text.", False),
        ("It is **not a calibrated experimental kcal/mol measurement**.", True),
        ("The probabilities are uncalibrated.", True),
        ("We calibrated the thresholds on the dev set.", False),
        ("MPAC covers autosomes only; `from_pretrained` raises on chrX, chrY.", True),
        ("Skipping either step returns plausible-looking but wrong numbers instead of an error.", True),
        ("It returns the numbers in a list.", False),
        # what the data lacks, which the outputs then miss
        ("As the dataset is based on SQuAD v1.1, there are no unanswerable questions in the data.", True),
        ("This data contains only female voices but the model works well for male voices too.", True),
        ("The dataset does not include any children's speech.", True),
        ("The training data lacks code.", True),
        ("The data does not contain personal information.", False),
        ("There is no need to preprocess the data.", False),
        ("The dataset has 10 classes.", False),
        # a use ruled out as not ready, a warning label after its translation or in bold, training still going on
        ("**CẢNH BÁO / WARNING: REGRESSION GATE FAILED — NOT FOR DEPLOYMENT.**", True),
        ("This artifact is for educational analysis and research, not production deployment.", True),
        ("**Warning:** the outputs are unchecked.", True),
        ("Fine-tuning is still in progress.", True),
        ("We did not use clinical notes.", False),
        # what its outputs leave out, a model to fine-tune further, a task where it stays at chance
        ("The model outputs transcripts that do NOT include punctuation, capitalization, or time-stamps.", True),
        ("You may need to further fine-tune the model on your domain-specific datasets.", True),
        ("MNLI specialist. Transfers to WANLI at 0.5645; ANLI stays at chance.", True),
        ("The outputs include punctuation.", False),
        ("**It does not decode pinyin.** Feeding it a pinyin string will not give you Chinese text.", True),
        ("It does not require a GPU.", False),
        ("Ready for production.", False),
        ("The conversion is in progress.", False),
        # what it is not, though readers may take it for one
        ("The repetitive output is expected because this is a pretraining-only checkpoint, not an SFT/chat model.",
         True),
        ("This is a base model, not a chat model.", True),
        ("It is not a chat template issue.", False),
        # a use ruled out, outputs that may be incomplete
        ("Synthetic single-task training. Not a capability model, not for domain use.", True),
        ("Intermediate checkpoints may be incomplete and may not represent the final architecture.", True),
        ("The data is not for sale.", False),
    ],
)
def test_a_run_in_heading_and_uncalibrated_outputs_state_caveats(text: str, found: bool) -> None:
    assert ("limitations" not in missing_topics(text)) is found


def test_a_use_restricted_is_a_caveat() -> None:
    assert caveats.states_caveat(card("The images should only be used for private entertainment."))


@pytest.mark.parametrize(
    ("title", "text", "found"),
    [
        ("This is just a Test Model. Do NOT use for anything!", "Continued pretrained from the nb-roberta-base.", True),
        ("a-model", "Just a bad GPT-2 Network trained with almost nothing", True),
        ("a-model", "This is only a toy model.", True),
        ("a-model", "It is a test set of 500 sentences; the model was tested on it.", False),
        ("Test results", "The model does well.", False),
    ],
)
def test_a_caveat_in_the_title_and_a_model_its_authors_call_bad(title: str, text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text, title=title)) is found


@pytest.mark.parametrize(
    "body,found",
    [
        ("Named Entity Recognition (Token Classification Head) for Serbian / Croatian languages.", True),
        ("The model was trained on 8 GPUs for a week and can be fine-tuned on NER.", False),
        ("Silero VAD model micro. [github](https://github.com/snakers4/silero-vad)", True),
        ("This is an upload of the bert-base-nli-stsb-mean-tokens pretrained model.", False),
        ("Slavic BERT from https://github.com/deepmipt/Slavic-BERT-NER", False),
        ("A BERT model.\n\nWe compared it with others on question answering.", False),
    ],
)
def test_a_first_paragraph_that_names_the_task_by_the_hubs_name(body: str, found: bool) -> None:
    card_ = Card.from_text(f"---\nlicense: mit\n---\n\n# m\n\n{body}\n")
    assert purpose.states_intended_use(card_) is found


def test_a_title_that_names_a_model_by_its_task_and_ocr_as_a_task() -> None:
    title = Card.from_text("---\nlicense: mit\n---\n\n# Cursive Chinese Calligraphy Recognition Model\n\nWeights.\n")
    assert purpose.states_intended_use(title)
    assert purpose.states_intended_use(card("This is an OCR model for Japanese manga text crops."))


def test_average_precision_is_a_result_and_a_degradation_a_caveat() -> None:
    assert results.reports_results(card("It reaches 52.5 AP on COCO zero-shot."))
    assert caveats.states_caveat(card("We observe a modest degradation on other languages."))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Este modelo puede ser usado para clasificar reseñas de productos.", True),
        ("Ce modèle peut être utilisé pour la reconnaissance d'entités nommées.", True),
        ("Das Modell kann für die Klassifikation von Nachrichten verwendet werden.", True),
        ("Il modello è progettato per la traduzione automatica.", True),
        ("Модель может использоваться для классификации текстов.", True),
        ("一个中文句子嵌入模型，可用于检索和语义相似度。", True),
        ("このモデルは文書分類に利用できます。", True),
        ("이 모델은 감성 분석에 사용할 수 있습니다.", True),
        ("本 adapter 僅供研究與教育用途，不構成醫療建議。", True),
        # (or fine-tuned for a task by its name)
        ("Es un modelo de BERT (bert-base-cased) afinado para el analisis de sentimientos para dos clases.", True),
        ("Modèle affiné pour la détection des entités nommées.", True),
        # the same languages saying something else
        ("Es un modelo de BERT afinado para el español.", False),
        ("Este modelo fue entrenado durante 3 épocas.", False),
        ("这是一个中文模型。", False),
        ("Das Modell wurde mit PyTorch trainiert.", False),
    ],
)
def test_intended_use_in_other_languages(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a sentence wrapped at the column width reads as one line
        ("A **recurrent spiking neural network** for odor identity\nclassification in *Drosophila*.", True),
        ("A network for odor identity\n  classification, indented under a list item.", True),
        # a new sentence, a label or a list item keeps its own line
        ("A network for odor identity.\nclassification is done elsewhere.", False),
        ("Kind: a network for odor identity\n- classification", False),
        ("A network for odor identity\n\nclassification", False),
    ],
)
def test_a_sentence_wrapped_across_lines(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_a_sentence_wrapped_before_a_link() -> None:
    text = ("For English-only classification, it is recommended to use\n"
            "[bart-large-mnli](https://huggingface.co/facebook/bart-large-mnli) or a distilled model.")
    assert caveats.states_caveat(card(text))
    # a line of links after a label keeps its own line
    assert coverage.prose_text(card("Links:\n[Paper](https://arxiv.org/abs/1)")).count("\n") >= 2


def test_a_sentence_wrapped_before_an_aside_in_brackets() -> None:
    # (gh744 akdeniz27/xlm-roberta-base-turkish-ner: the aside opens a line, and the sentence goes on after it)
    text = ('This model is the fine-tuned version of "xlm-roberta-base"\n(a multilingual version of RoBERTa)\n'
            "using a reviewed version of well known Turkish NER dataset\n(https://github.com/x/y/nerdata.txt).")
    assert coverage.states_training_data(card(text))
    # an item's mark keeps its own line
    assert "\n(a) second" in coverage.prose_text(card("Two steps: first\n(a) second"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本模型仅供学习使用，不保证模型真实性及有效性。", True),
        ("このモデルは研究目的でのみ使用してください。", True),
        ("이 모델은 연구 목적으로만 사용해야 합니다.", True),
        ("Este modelo es solo para fines de investigación.", True),
        ("Nous ne garantissons pas les résultats sur le long terme.", True),
        ("Das Modell ist nur für Forschungszwecke gedacht.", True),
        ("Il modello non deve essere utilizzato per diagnosi mediche.", True),
        ("El modelo puede contener sesgos de sus datos.", True),
        ("Модель может допускать ошибки.", True),
        # the same languages saying something else
        ("Este modelo fue entrenado en español.", False),
        ("Das Modell wurde nur auf Deutsch trainiert.", False),
        ("このモデルは研究に使えます。", False),
        ("Solo necesitas Python para usarlo.", False),
    ],
)
def test_caveat_in_other_languages(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This model is uncensored. It will be highly compliant to any requests.", True),
        ("An uncensored version of Llama 3, fine-tuned on chat logs.", True),
        ("You are responsible for any content you create using this model.", True),
        ("The team responsible for the model is at MIT.", False),
        ("Uncensored chat logs were removed from the data.", False),
    ],
)
def test_an_uncensored_model_and_the_reader_responsible_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "A product recommendation model.",
        "A speaker verification model trained on VoxCeleb.",
        "A speech enhancement model for noisy calls.",
        "A spiking network for odor identity prediction.",
        "A pose estimation network for mice.",
    ],
)
def test_a_model_named_by_more_tasks(text: str) -> None:
    assert purpose.states_intended_use(card(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("SqueezeBERT is 4.3x faster than bert-base-uncased on a Google Pixel 3 smartphone.", True),
        ("It runs 2 times faster than the original on a CPU.", True),
        ("Use x2.5 faster settings.", False),
        ("It is faster than the original.", False),
    ],
)
def test_a_measured_comparison_is_a_result(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This Dolphin is *really good* at coding, I trained it with a lot of coding data.", True),
        ("The Chinese version of Longformer is adept at handling lengthy text.", True),
        ("This model is being used by Fusion Quill - a Windows app that runs Stable Diffusion models locally.", True),
        ("This model is used by many people.", False),
        ("The model is proficient at summarizing legal documents.", True),
        ("It is not good at all.", False),
        ("It is great at first glance.", False),
    ],
)
def test_what_a_model_is_good_at_is_its_use(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We train LSTMs and a gated multi-modal architecture to predict spacecraft orbits 6 hours ahead.", True),
        ("It was fine-tuned to classify headlines as clickbait.", True),
        ("It was trained to predict the next token.", False),
        ("The model was trained to predict masked words.", False),
        ("A LoRA adapter for ADE/DDI extraction from clinical notes.", True),
        ("It works well for direct Kubernetes knowledge questions.", True),
        ("It does not work well at all.", False),
    ],
)
def test_what_a_model_was_trained_to_do_or_works_well_for(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 4B model cannot reliably compute over raw telemetry tables.", True),
        ("It does not consistently follow the output format.", True),
        ("Results are data-limited: more data would help.", True),
        ("It cannot be loaded without trust_remote_code.", False),
    ],
)
def test_an_unreliable_or_limited_model_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("title", "text", "found"),
    [
        ("Deteksi Clickbait Bahasa Indonesia", "Model berbasis IndoBERT.", True),
        ("中文情感分析模型", "基于 BERT。", True),
        ("a-model", "Modelo de clasificación de noticias en español.", True),
        ("whisper-ka", "Spracherkennung für Georgisch, auf Whisper small.", True),
        # image generation and editing
        ("LLaDA-Image — ComfyUI AIO", "在 ComfyUI 中使用 LLaDA-Image Base / Turbo，支持**文生图、VQ 生成和图片编辑**。", True),
        ("a-model", "在 ComfyUI 中使用 LLaDA-Image Base / Turbo。", False),
        # a link's address not counted among the first characters
        ("流萤 (Firefly) RVC 模型", "本仓库是基于 [RVC](https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI) "
         "框架微调的《崩坏：星穹铁道》角色 **流萤（Firefly）** 语音转换模型。", True),
        # English spells "classification" the same: alone, no task (as in English)
        ("a-model", "Since this was a classification task, the loss was cross-entropy.", False),
        ("my-bert", "Un modèle pour le français.", False),
    ],
)
def test_a_task_named_in_other_languages(title: str, text: str, found: bool) -> None:
    body = Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\n{text}\n")
    assert purpose.states_intended_use(body) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is intended as a foundation for target-singer fine-tuning.", True),
        ("Best checkpoint for Hong Kong 6-band optical HLS imputation.", True),
        ("It is intended as is.", False),
    ],
)
def test_intended_as_and_imputation(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- **56 training images** generated via gpt-image-2", True),
        ("We used 10k training examples from support tickets.", True),
        ("One pass over 1,536 synthetic numeric TRAIN examples.", True),
        ("Trained for 3 epochs on one GPU.", False),
        ("We ran 3 full training epochs.", False),
        ("The models are trained on:\n- Government Text\n- Swedish Literature\n- Swedish News\n", True),
        ("Trained on:\n- Google Colab\n- NVIDIA T4\n", False),  # (the hardware)
        ("Trained on:\n- Government Text\n", False),  # (one item: a list starts at two)
        ("This is a custom Financial Transformer model trained on historical stock data.", True),
        ("It was trained on more data.", False),
        ("It was trained on the training data.", False),
        ("Tuning using custom-made instruction following data specialized for Korean language.", True),
        ("We achieve this through only minimal instruction-tuning with translated multimodal data.", True),
        ("Training with more data helps.", False),
        ("- Trained only from the teacher on the model's own samples, with no motion data", True),
        ("Self-supervised, no labels: targets are simply the vision encoder's own outputs.", True),
        ("It was trained on its own.", False),
        ("## Links\n\n- [GitHub Repository](https://github.com/x/y)\n- [Dataset](https://github.com/x/ocr_dataset)", True),
        ("See the [dataset](https://x.org/d) for more.", False),  # (a link in a sentence: which data is not said)
        ("It was trained using a large dataset.", False),
        ("I fine-tuned Turkish-Bert-Model for Question-Answering problem with Turkish version of SQuAD; TQuAD", True),
        ("It was trained with a version of the optimizer.", False),
    ],
)
def test_counted_training_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_an_agent_in_bold_playing_an_environment_in_bold() -> None:
    text = "A **trained PPO agent** playing the **Huggy environment**, built with ML-Agents."
    assert purpose.states_intended_use(card(text))
    assert coverage.states_training_data(card(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("同一评测协议下的结果:\n\n| 配方 | CMExam | CMB-val |\n|---|---|---|\n| 基座 | 70.8% | 59.6% |\n"
         "| + DPO | 70.7%(−0.1) | 56.1%(−3.5) |", True),
        ("| recipe | CMExam | CMB-val |\n|---|---|---|\n| base | 70.8% | 59.6% |\n| + DPO | 70.7%(−0.1) | 56.1%(−3.5) |",
         False),
    ],
)
def test_a_table_of_scores_with_their_changes(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Version | File | CompF1 | NED ↓ |\n|---|---|:-:|:-:|\n| v2 | `a.pdparams` | **0.304** | **0.942** |", True),
        ("| Version | Score (higher is better) |\n|---|---|\n| v2 | 71.5 |", True),
        ("| Version | NED ↓ |\n|---|---|\n| v2 | soon |", False),  # (no score under it)
        ("| Version | File | Size |\n|---|---|---|\n| v2 | `a.pdparams` | 0.94 |", False),
    ],
)
def test_a_score_under_a_header_that_says_which_way_is_better(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Setting | Value |\n|---|---|\n| Training Steps | 2,000 |\n| Final Val Loss | 1.04 |", True),
        ("| Setting | Value |\n|---|---|\n| Training Steps | 2,000 |\n| Final Train Loss | 0.57 |", False),
    ],
)
def test_a_held_out_loss_as_a_rows_label(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It should not be treated as a public benchmark improvement.", True),
        ("It should not be considered a medical device.", True),
        ("It should be treated as a draft of the next version.", False),
    ],
)
def test_not_to_be_treated_as_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_used_in_a_place_in_french_is_a_use() -> None:
    assert purpose.states_intended_use(card("Il peut être utilisé dans des forums afin de détecter des propos haineux."))


def test_a_first_paragraph_in_japanese_that_names_its_task() -> None:
    body = Card.from_text("---\nlicense: mit\n---\n\n# 最終モデル v1\n\nこのモデルは、実データか生成データかを判別する二値分類モデルである。\n")
    assert purpose.states_intended_use(body)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("SmartisanStyle SDXL LoRA", True),
        ("Whisper Small Georgian", True),
        ("figpanel YOLOv12", True),
        ("Stable Diffusion icons", True),
        ("Mistral 7B Georgian", False),
    ],
)
def test_a_family_made_for_one_task_names_it(title: str, found: bool) -> None:
    assert purpose.names_a_task(f"# {title}") is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("验证损失: 1.578 (下降 23.8%)", True),
        ("准确率为 92.3%。", True),
        ("정확도 0.91", True),
        ("这是一个中文模型，训练了3个epoch。", False),
    ],
)
def test_a_metric_value_in_chinese_japanese_or_korean(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A small, local pipeline that turns a free-form food log\n(*\"had 2 eggs and dahi\"*) into structured nutrition.",
         True),
        ("Trained restoration networks for **[ai2pixelart](https://example.org)** — turning\nAI-generated pixel art "
         "into pixel-perfect art.", True),
        ("The script converts the checkpoint into GGUF.", False),
        ("The data was split into three parts.", False),
    ],
)
def test_what_a_model_turns_into_what(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A masked autoencoder trained to reconstruct microscopy images over three datasets:\n1. RxRx3\n2. JUMP-CP", True),
        ("It was trained on the following datasets: see below.", False),
    ],
)
def test_training_data_listed_after_a_colon(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Distilled decoders that turn diffusion latents into scene-linear HDR instead of tone-mapped SDR.", True),
        ("A Hierarchical Reasoning Model trained to solve multi-layer 3D chip routing problems.", True),
        ("Trained models for antimicrobial peptide (AMP) prediction.", True),
        ("This model is fine-tuned for computer science research assistance.", True),
        ("The model was trained to convergence on 8 GPUs.", False),
    ],
)
def test_more_doers_and_tasks(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The SDXL decoders were trained on a smaller pair set and can be improved with more data.", True),
        ("A naive random split gives AUC 1.000, inflated by homology leakage.", True),
        ("These scores are likely overly optimistic.", True),
        ("The model has been improved since version 1.", False),
    ],
)
def test_room_to_improve_and_inflated_scores_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Backbone | Quality (PSNR_log) |\n|---|---|\n| Flux.1 | 29.77 |\n| SDXL | 33.86 |", True),
        ("| Model | FID |\n|---|---|\n| ours | 12.4 |", True),
        ("| Backbone | File |\n|---|---|\n| Flux.1 | a.safetensors |", False),
    ],
)
def test_image_metrics_in_a_table_are_results(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Final loss reached: ~3.25", False),  # (a loss that names no held-out set is the training's)
        ("**Final SFT loss:** 1.135", False),
        ("- **Final training loss**: 0.843", False),
        ("The best validation loss was 0.21.", True),
        ("Extraction ~72% exact (in-distribution).", True),
        ("The tagger is 94% accurate on held-out news.", True),
        ("About 90% of the data is English.", False),
    ],
)
def test_a_share_that_came_out_right_is_a_result_a_final_loss_is_not(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [("Honest status: Research/prototype.", True), ("This is an early prototype.", True),
     ("The model compares queries with class prototypes.", False)],
)
def test_a_prototype_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('<pre>\npipeline = transformers.pipeline("text-classification", model=model)\n</pre>', True),
        ("```bash\npython run_generation.py --model_type=gpt2 --model_name_or_path=mrm8488/GPT-2-finetuned-CORD19\n```",
         True),
        ("```bash\npython run_squad.py --model_name_or_path aubmindlab/bert-base-arabert --do_train\n```", True),
        ("```bash\npython run_mlm.py --model_name_or_path roberta-base\n```", False),
        ("<pre>\nmodel = AutoModel.from_pretrained(name)\n</pre>", False),
    ],
)
def test_code_in_pre_tags_and_example_scripts_run_a_task(text: str, found: bool) -> None:
    assert purpose.runs_a_task(card(text)) is found


@pytest.mark.parametrize(("title", "found"), [("ESPnet2 DIAR pretrained model", True), ("ESPnet2 model", False)])
def test_diarization_is_a_task(title: str, found: bool) -> None:
    assert purpose.names_a_task(title) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A small transformer (~647k parameters) that maps quantum circuits to 128-dim embeddings.", True),
        ("It converts the weights to fp16 first.", False),
    ],
)
def test_a_model_that_maps_one_thing_to_another(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # what the model serves, said otherwise
        ("SkinGPT-R1 is a dermatological reasoning vision language model for research and education.", True),
        ("Useful for: local scoring at a specific transcript position, attention probing.", True),
        ("Please refer to our publication to check how to use the model to evaluate the question.", True),
        ("Hoping to use this as a base model for further fine tunes so that models can look more realistic.", True),
        ("Here is how to use this model to get the features of a given text in PyTorch.", False),
        ("You can't use the model to deliberately produce or share illegal or harmful outputs.", False),
        ("Fine-tuning is useful for many things.", False),
        ("This model has been trained on the SAMSum dataset, and can invert summaries into full news articles.", True),
        ("The script can convert the checkpoint into GGUF.", False),
        ("Writes a customer-support reply to a request.", True),
        ("_Writes checkpoints to `outputs/train/x/checkpoints/`._", False),
        ("LCM-distilled AnimateDiff weights for fast inference on Tenstorrent Blackhole hardware.", True),
        ("This model is optimized for speed.", False),
        ("This LoRA should be treated as a lightweight travel adapter rather than a broad domain model.", True),
        ("These models are benchmarked to provide a simple baseline for PDE surrogate modeling.", True),
        ("We report a simple baseline for comparison.", False),
        ("Full credits go to the authors.\n\nThe goal in monocular depth estimation is to predict the depth of a pixel.",
         True),
    ],
)
def test_what_a_model_serves_said_otherwise(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_a_sentence_that_opens_with_the_title_and_a_task_verb() -> None:
    assert purpose.states_intended_use(card("VTS (Voice To Sound) generates sound effects from:\n\n- a sketch", "VTS"))
    assert not purpose.states_intended_use(card("Some text. VTS files are stored here.", "VTS"))
    text = ("MPAC (Malinois with Parallel Aggregated Cross-validation) predicts cis-regulatory activity of 200 bp "
            "human sequences.")
    assert purpose.states_intended_use(card(text, "MPAC"))
    text = "StabilityArc uses frozen ESMC-600M sequence embeddings to predict single amino-acid substitution effects."
    assert purpose.states_intended_use(card(text, "StabilityArc"))
    assert not purpose.states_intended_use(card("StabilityArc uses PyTorch to load its weights.", "StabilityArc"))
    # after an opening clause, with "will", under a title that adds "Model Card" to the name
    text = "Given a sequence and/or structure, Dyna-1 will predict the probability that each residue moves."
    assert purpose.states_intended_use(card(text, "Dyna-1 Model Card"))
    assert not purpose.states_intended_use(card("Given a sequence, Dyna-1 will be slow.", "Dyna-1 Model Card"))



@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Translates Himachali dialects (Bilaspuri, Mandeali, Kangri, Kulluvi) into Hindi.", True),
        ("**Detects** phishing URLs from their text alone.", True),
        ("Some words first.\n\nTranslates x into y.", True),  # (any sentence or item of a list that opens with it)
        ("Generated with care; weights only.", False),
    ],
)
def test_a_first_paragraph_that_opens_with_what_the_model_does(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It's not as accurate as the main canary-1b-v2 encoder-decoder for general transcription.", True),
        ("Sparser outputs, leading to lower exact-match accuracy.", True),
        ("Optimized for surface defects; it may require fine-tuning for other defect detection tasks.", True),
        ("It reaches a lower WER than the baseline.", False),
        ("You need fine-tuning code from the repository.", False),
    ],
)
def test_weaker_than_another_or_needing_more_work_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A LoRA adapter fine-tuned using GRPO via TRL + Unsloth on the **LifeStack** environment.", True),
        ("Fine-tuned to solve trading signals in the IndicatorsEnv (OpenEnv) reinforcement learning environment.",
         True),
        ("Trained from a labeled crop set exported by the detector itself.", True),
        ("The weights provided in this repository are **untrained (Architecture only)**.", True),
        ("No fine-tuning. Identity layers are replaced by an overlay; no weight update.", True),
        ("The weight of this model is randomly initiated.", True),
        ("The decoders were trained on a smaller pair set.", False),
        ("No fine-tuning is needed for zero-shot use.", False),
        ("A vision tower stripped of its untrained weights.", False),
    ],
)
def test_data_learnt_from_otherwise_or_no_training_at_all(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Dataset | # Q&A |\n|---|---|\n| SQuAD2.0 Train | 130 K |\n| Dutch SQuAD2.0 Train | 99 K |", True),
        ("| Dataset | # Q&A |\n|---|---|\n| SQuAD2.0 Dev | 12 K |", False),
        ("| Model | Score |\n|---|---|\n| bert train | 0.9 |", False),
    ],
)
def test_a_table_of_datasets_that_names_a_training_split(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_a_short_paragraph_that_names_the_task_describes_the_model() -> None:
    assert "description" not in missing_topics("SQuAD 1.1 question-answering based on T5-small.")
    assert "description" in missing_topics("Weights for the demo.")



def test_a_title_in_chinese_that_names_the_models_kind_describes_it() -> None:
    from modelcard_lint.rules.structure.titles_kind import names_kind_title as _names_kind

    assert _names_kind("基于有赞商品图片和标题语料训练的clip模型。", 4)
    assert not _names_kind("模型", 4)
    assert not _names_kind("bert-base model", 4)


def test_a_title_that_ends_with_a_doer_and_its_base_in_parentheses() -> None:
    text = "Weights and code."
    assert "intended-uses" in missing_topics(text)
    assert purpose.states_intended_use(card(text, title="Himachali → Hindi Translator (mT5-small)"))
    assert purpose.states_intended_use(card(text, title="HaHaScore Cascade v8 — Sentence-Level Humor Strength Predictor"))
    assert not purpose.states_intended_use(card(text, title="Himachali → Hindi (mT5-small)"))


def test_a_heading_without_its_space_is_read_as_the_paragraph_it_is() -> None:
    text = "#GuaPeTe-2-tiny: a tiny GPT-2 like model trained on Spanish Wikipedia corpus\n\nSee the widget."
    assert "training-data" not in missing_topics(text)
    assert "Spanish Wikipedia" not in coverage.prose_text(card("## Trained on Spanish Wikipedia\n\nSee it."))


def test_labels_indented_by_mistake_are_read() -> None:
    text = ("### Model information\n\n    Fine tuning data 1: https://www.kaggle.com/andradaolteanu/rickmorty-scripts\n"
            "    Base model: e-tony/gpt2-rnm\n    Epoch: 3\n")
    assert "training-data" not in missing_topics(text)
    code = "### Model information\n\n    Fine tuning data 1: https://www.kaggle.com/x\n    x = load(1)\n"
    assert "training-data" in missing_topics(code)  # (a line of code: the block is code)


def test_a_description_indented_by_mistake_is_read() -> None:
    text = ("    Turkish text classification model obtained by fine-tuning the Turkish bert model "
            "(dbmdz/bert-base-turkish-cased)\n\n## Data\n\nNews.")
    assert "description" not in missing_topics(text)
    assert "description" in missing_topics("```\nTurkish text classification model obtained by fine-tuning\n```")
    assert "description" in missing_topics("    pip install transformers torch accelerate datasets")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A Bert2Bert model on the Wiki Summary dataset to summarize articles.", True),
        ("A model trained on VoA Persian news generates headlines for articles.", True),
        ("GPT-2 finetuned on 0.5m PubMed abstracts. Used in the writemeanabstract.com and the following preprint.",
         True),
        ("Load the base model to predict masked tokens.", False),
        ("The library used in training is PyTorch.", False),
    ],
)
def test_a_model_to_do_a_task_doing_it_or_used_in_something(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 48M-parameter tool-calling model.", True),
        ("LarNO is a memory-efficient, discretization-invariant neural operator for large-scale urban flood "
         "forecasting.", True),
        ("It learns continuous-space hydrodynamic mappings to predict water depth distributions.", True),
        ("A well-performing model.", False),
    ],
)
def test_an_activity_model_an_operator_and_what_it_learns_to_do(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please use responsibly and respect privacy and consent when analyzing media.", True),
        ("Metrics on the released 20 m data will differ from the 5 m paper results.", True),
        ("The two tokenizers differ in their vocabulary.", False),
    ],
)
def test_use_responsibly_and_results_that_will_differ_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [("The models are trained on a large dataset of real and synthetic faces.", True),
     ("The models are trained on a large dataset.", False)],
)
def test_a_dataset_said_by_what_it_holds(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A fine-tuned LLM that converts natural language voice commands into executable macOS bash commands.", True),
        ("A plain U-Net ensemble for pan-cancer lesion segmentation.", True),
        ("El resultado está pensado como apoyo a la priorización preventiva.", True),
    ],
)
def test_an_llm_that_converts_an_ensemble_for_a_task_and_pensado_como(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It also invents bill numbers, dates, statistics, and names with complete confidence.", True),
        ("Treat every factual claim as unverified.", True),
        ("We invented a new loss for this model.", False),
    ],
)
def test_made_up_facts_and_claims_to_treat_as_unverified_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_training_data_in_spanish_in_the_past_tense() -> None:
    assert coverage.states_training_data(card("Los modelos se entrenaron con históricos EGIF de 2016-2020."))


def test_training_data_listed_after_mixtures() -> None:
    assert coverage.states_training_data(card("Trained on on-the-fly mixtures: LibriSpeech primary + MUSAN noise."))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| 参数 | 值 |\n|---|---|\n| 训练数据 | `cnc_diagnosis_sft`（~1440 条） |", True),
        ("| Setting | Value |\n|---|---|\n| Training data | `my-org/support-tickets` |", True),
        ("| Setting | Value |\n|---|---|\n| Optimizer | `adamw_torch` |", False),
    ],
)
def test_a_dataset_id_in_code_in_a_table_of_two_columns(text: str, found: bool) -> None:
    assert ("training-data" not in missing_topics(text)) is found


def missing_topics(text: str) -> set[str]:
    """The topics missing-section reports for ``card(text)`` (headings, labels and sentences all read)."""
    from modelcard_lint.app.runner import Runner
    from modelcard_lint.app.settings import Overrides
    from modelcard_lint.core.engine import lint_card

    rules = Runner(Overrides(select=["MC201"]), isolated=True, plugins=False).finder.default.ruleset
    # (a card that lacks every topic gets one finding, which lists them)
    return {t for f in lint_card(card(text), rules) if f.code == "MC201"
            for t in f.data.get("topics", [f.data.get("topic")])}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # data counted in a section on training
        ("## Training\n\n- ~84 min single-speaker Japanese\n- 1075 segments / 12712 words → 1017 clean clips → 538 "
         "curated (36.4 min)\n- SoVITS 8 epochs, single RTX 4090", True),
        ("## Training details\n\n~15k examples: ~3k labeled fault scenarios with rationales.", True),
        # not what a batch holds, nor a count under evaluation
        ("## Training\n\nHyperparameters: 100 epochs × 100 batches × 128 samples.", False),
        ("## Training\n\nA batch of 32 samples, 3 epochs, 64 samples per device.", False),
        ("## Training and evaluation\n\nThe test split has 500 examples.", False),
        ("## Evaluation\n\nWe scored 500 examples.", False),
        # or named by its short name in a section on training, not a tool's data
        ("## Fine-tuning\n\nDownload MNLI data\n\n```bash\npython download_glue_data.py --tasks MNLI\n```", True),
        ("## Training\n\nWe used the HF data loader and the PyTorch data parallel.", False),
    ],
)
def test_training_data_counted_in_a_section_on_training(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("value", "covered"),
    [("`drug_type_def_list.csv`", True), ("`train.jsonl`", True), ("`medalpaca/flashcards`", True), ("`train.py`", False)],
)
def test_a_data_label_naming_a_file_or_a_repository_in_code(value: str, covered: bool) -> None:
    text = f"A model for drug search, described in a sentence of many words here.\n\n- 데이터셋: {value}\n"
    assert ("training-data" not in missing_topics(text)) is covered


def test_a_title_of_words_that_names_the_task_says_what_the_model_is() -> None:
    from modelcard_lint.rules.structure.titles_kind import names_kind_title as _names_kind

    assert _names_kind("Turkish Question Answering", 4)
    assert _names_kind("Named Entity Recognition for Serbian", 4)
    assert not _names_kind("bert-turkish-question-answering", 4)  # a repository's name
    assert not _names_kind("My Project", 4)


def test_training_data_the_metadata_names_but_the_text_never_describes() -> None:
    from harness import lint

    body = "# phish-detector\n\nA model that flags phishing URLs. It may miss new attack patterns.\n"
    (plain,) = [d for d in lint("---\nlicense: mit\n---\n" + body, select=["MC201"])
                if d.data["topic"] == "training-data"]
    assert plain.message.startswith("the card has no section on training data")
    # the Hub links the datasets the metadata names: the message says the text says nothing of them
    (named,) = [d for d in lint("---\nlicense: mit\ndatasets:\n- org/phishing-url\n---\n" + body, select=["MC201"])
                if d.data["topic"] == "training-data"]
    assert "the metadata names `org/phishing-url`" in named.message
    assert "says what the data holds" in (named.help or "")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The evaluation script and test manifest are in the\n[GitHub repository](https://github.com/x/y). We are not "
         "publishing\nour own scores for this model.", True),
        ("Evaluation code: https://github.com/x/y", True),
        ("We are not publishing our own scores for this model.", True),
        ("The evaluation suite is coming soon.", False),
        ("We did not use evaluation code from the paper.", False),
        # or that there is none yet
        ("I have no downstream tasks in Norwegian to test on so I have no idea of its performance yet.", True),
        ("The model has not been evaluated yet.", True),
        ("The tokenizer has no idea of casing.", False),
    ],
)
def test_where_the_evaluation_is_instead_of_its_scores(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("scene-based complementary product recommendation model. given an outfit photo, find products that match the "
         "style.", True),
        ("Our work. Sentiment analysis model for tweets.", True),
        ("The base model is loaded in 8 bits.", False),
    ],
)
def test_a_first_paragraph_that_opens_with_a_task_model_without_its_article(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Stage | Notes |\n|---|---|\n| Stage 1 | 10 epochs on an A100. Final val_loss ≈ 0.23 |", True),
        ("| Stage | Notes |\n|---|---|\n| Stage 1 | val_loss 0.23 |", True),  # a metric's value, whatever its words
        ("| Parameter | Value |\n|---|---|\n| learning rate | 2e-5 with linear decay |", False),
        ("| Parameter | Value |\n|---|---|\n| batch size | 32 on each of 8 GPUs |", False),
    ],
)
def test_a_score_in_a_tables_cell_of_a_few_words(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Manual probe testing post-merge confirmed responses are coherent prose.", True),
        ("In our tests, it handled long prompts well.", True),
        ("Human evaluation showed a preference for our outputs.", True),
        ("The test set contains 500 examples.", False),
        ("Our test split is 10% of the data.", False),
    ],
)
def test_what_a_test_without_scores_found(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our versions give exactly the same representations produced by the original model which preserves the "
         "original accuracy.", True),
        ("The pruned model retains the full model's quality.", True),
        ("Quantized to 4 bits without any loss of accuracy.", True),
        ("It keeps the original tokenizer.", False),
        ("We keep the original learning rate schedule.", False),
    ],
)
def test_a_claim_that_it_scores_as_its_original(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This is a smaller version of mBERT that handles only 5 languages (en, fr, es, de and zh) instead of 104.", True),
        ("It only supports English text.", True),
        ("The model is currently only able to respond based on the history of 3 previous utterances.", True),
        ("Our team is only able to answer emails on weekdays.", False),
        ("One of the main downsides to using this pre-trained model is this model was trained in German.", True),
        ("The main drawback of this model is its speed.", True),
        ("The dataset was created to address a major weakness of the original version.", False),
        ("Drawbacks of other methods include slow training.", False),
        ("Only English is supported.", True),
        ("We only support the PyTorch weights.", False),
        ("Only the adapter is uploaded.", False),
    ],
)
def test_what_the_model_supports_only(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fine-tuned X hindi using the [Multilingual and code-switching ASR challenges for low resource Indian "
         "languages](https://navana-tech.github.io/IS21SS-indicASRchallenge/data.html).", True),
        ("Fine-tuned with the [crawl of Persian news sites we made last spring for this](https://example.org/datasets/"
         "persian-news).", True),
        ("Trained with the [fairseq toolkit for speech and language modelling research](https://github.com/pytorch/"
         "fairseq).", False),
    ],
)
def test_data_used_from_a_link_whose_address_names_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_the_prose_of_sections_an_unclosed_code_block_swallowed() -> None:
    text = ("BART for extreme summarization.\n\n## How to use\n\n```python\nfrom transformers import pipeline\n\n"
            "## Limitations and bias\nTrained on a small fraction of the xsumm training dataset\n")
    assert coverage.states_training_data(card(text))
    # (the code before the first swallowed heading is code, and so is a block the author opened after it)
    code = "BART.\n\n```python\ntrained_on = 'the XSum dataset'\n\n## Notes\n```bash\ntrained on the XSum dataset\n"
    assert not coverage.states_training_data(card(code))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Syntethic voice data over 60 hrs used for initial training.", True),
        ("Synthetic voice data (60 hours) was used for training.", True),
        ("We used 200 hours of speech for training.", True),
        ("The test set was not used for training.", False),
        ("Images uploaded by users are never used for training.", False),
        # or used to train (gh731 whaleloops/phrase-bert), not a template's request for it
        ("The datasets we used to fine-tune Phrase-BERT are here: [training data csv file](https://x.y/t.csv).", True),
        ("The dataset used to train this model is available [HERE](https://huggingface.co/datasets/x/y).", True),
        ("[TODO: describe the data used to train the model]", False),
        ("Below is the list of datasets used to train the model: OSCAR and Wikipedia.", True),
        # or a counted corpus the authors used (gh740 recobo/chemical-bert-uncased), not one to evaluate on
        ("Pre-trained from SciBERT. We used a corpus of over 40,000+ technical documents from the Chemical domain.",
         True),
        ("Pre-trained from SciBERT. We used a dataset of 500 images to evaluate the model.", False),
        ("The test data was not used to train the model.", False),
        # or the data the training used, counted in a clause after it (mnaylor/psychbert-cased)
        ("This domain adapted language model is pretrained from the `bert-base-cased` checkpoint on masked language "
         "modeling, using a dataset of ~40,000 PubMed papers in the domain of psychology.", True),
        ("It was evaluated on masked language modeling, using a dataset of 500 PubMed papers.", False),
        # or loaded for the fine-tuning that follows (gh802 textattack/roberta-base-CoLA, its opening run into its title)
        ("## TextAttack Model Cardand the glue dataset loaded using the `nlp` library. The model was fine-tuned\nfor 5 "
         "epochs with a batch size of 32. Since this was a classification task, the model was trained with a "
         "cross-entropy loss function.", True),
        ("The glue dataset loaded using the `nlp` library gives the test scores below.", False),
    ],
)
def test_data_said_to_be_used_for_training(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A larger vocab model file is slightly bigger and might generalize a bit less to very rare or new words.",
         True),
        ("It may not generalize well to new domains.", True),
        ("Despite our efforts, unforeseen issues may arise due to the complexity of the models and data.", True),
        ("The model can generalize well to unseen speakers.", False),
        ("If issues arise, open a ticket.", False),
    ],
)
def test_what_it_may_do_less_well_and_what_may_go_wrong(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("基于Llama2，支持4K的上下文长度，能满足更长的多轮对话、知识问答与摘要等需求，模型应用场景更广泛。", True),
        ("基于Llama2，显存占用更低。", False),
    ],
)
def test_the_needs_of_tasks_it_meets_in_chinese(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This is an **applied retrieval system** built on top of [`sentence-transformers/paraphrase-multilingual-"
         "MiniLM-L12-v2`](https://huggingface.co/sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2) for "
         "matching African business profiles to the most relevant grant and tender opportunities.", True),
        ("These models power the [Kaya](https://github.com/kaya-go/kaya) app, a web-based Go application with "
         "AI-powered game analysis and move suggestions.", True),
        ("The model powers our search engine.", True),
        ("It has more power than the base model for the app.", False),
    ],
)
def test_a_purpose_past_a_links_address_and_what_the_model_powers(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [("GPT-2-large fine-tuned with the Coconut curriculum to perform multi-digit addition.", True),
     ("Trained with a big curriculum.", False)],
)
def test_a_curriculum_it_was_trained_with(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_a_look_back_over_links_counts_their_words_not_their_addresses() -> None:
    from modelcard_lint.facts.linkpath import back_over_links

    address = "](https://example.org/" + "x" * 100 + ")"
    text = "words " * 20 + "built on [a base" + address + " for matching"
    end = text.index(" for")
    assert back_over_links(text, end, 20) == end - 20 - len(address)
    assert back_over_links("no links in these words at all", 30, 10) == 20


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Folder | Contents |\n|---|---|\n| `MODELS/morgan/` | SVM classifiers trained on Morgan (ECFP6) fingerprints — "
         "one per receptor |", True),
        ("| Item | Value |\n|---|---|\n| Hardware | trained on 8 A100 GPUs |", False),
        ("| Item | Value |\n|---|---|\n| Schedule | trained for 3 epochs with AdamW |", False),
    ],
)
def test_training_data_said_in_a_tables_cell(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("**Status: pre-alpha. No weights yet.**", True),
        ("This is an alpha release.", True),
        ("Automatic labelling noise concentrates on this class.", True),
        ("Please review and test the generated code before using it in production.", True),
        ("*이 모델은 연구 및 교육 목적으로 개발되었습니다. 프로덕션 환경에서 사용 시 코드 검토 및 테스트를 반드시 "
         "수행하시기 바랍니다.*", True),
        ("We release a beta version of the model trained from scratch.", False),  # (a release's history)
        ("We use alpha 0.5 for the loss.", False),
        ("Adds noise to labels for augmentation.", False),
    ],
)
def test_an_early_release_noisy_labels_and_a_check_before_production(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A small 3D pixel-space diffusion model that runs on top of Wan 2.1's VAE-decoded video frames to fix the "
         "waxy look of latent diffusion decoders.", True),
        ("We extend it to video, in 3D, as a plug-in for Wan 2.1.", True),
        ("The model that runs on our cluster takes 3 hours to train.", False),
    ],
)
def test_what_a_model_run_on_something_else_is_for(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("These graphs derive from the official COCO-pretrained Ultralytics YOLOv8n model.", True),
        ("An ImageNet-pretrained ResNet-50 backbone.", True),
        ("A LibriSpeech-trained ASR model.", True),
        ("An English-trained model.", False),  # a language is no data
        ("Compression of Pre-Trained Transformers.", False),
        ("A Self-Trained model.", False),
    ],
)
def test_the_data_named_before_the_verb_in_one_word(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It does not include:\n\n- Private clinical training, validation, or test datasets.", True),
        ("We used a proprietary training corpus.", True),
        ("Synthetic training data.", True),
        ("A large training dataset.", False),  # only its size
    ],
)
def test_the_kind_of_data_the_training_data_is(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("This is a known GRPO failure mode.", True),
        ("Neutral recall dropped to 0 across all 14 evaluated checkpoints.", True),
        ("Loss dropped to 0.3 in epoch 2.", False),  # a loss that drops, as it should
    ],
)
def test_a_failure_named_as_such_or_measured(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_the_environment_a_model_was_fine_tuned_to_solve() -> None:
    text = ("Qwen-7B fine-tuned to solve the **IndicatorsEnv v4.0** multi-stock relative alpha RL environment on real "
            "NSE (India) equities.")
    assert coverage.states_training_data(card(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("IUS is an interpretable measure for assessing the utility of synthetic medical image datasets.", True),
        ("This is a model for detecting hate speech in tweets.", True),
        ("It is a model for example purposes.", False),
    ],
)
def test_a_kind_of_thing_for_doing_something(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A single unified model reaches state-of-the-art retrieval on CT-RATE, competitive disease classification.",
         True),
        ("Our model achieves state-of-the-art results on GLUE.", True),
        ("At large scale, ELECTRA achieves state-of-the-art results on the SQuAD 2.0 dataset.", False),  # a method's
    ],
)
def test_the_state_of_the_art_this_model_reaches_on_a_named_benchmark(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pre-trained neural granular engine trained on 2389 tracks. Generates new drone landscapes, textures, and "
         "atmospheres from a learned grain field.", True),
        ("- generates icons inspired by fantasy games with mostly plain backgrounds", True),
        ("> Neural networks predict packet loss before it happens, optimize routing in real-time.", True),
    ],
)
def test_what_it_does_with_its_subject_left_out_or_a_network_as_it(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_the_environment_after_versions_with_points() -> None:
    text = ("This is v4 of our LoRA adapter, fine-tuned using **episodic GRPO** via TRL 0.15.1 + Unsloth 2026.4.8 on "
            "the **LifeStack** environment.")
    assert coverage.states_training_data(card(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- Adaptive curriculum across 4 tasks", True),
        ("- 100 rollouts generated, 40 kept (score ≥ 0.28)", True),
        ("We trained for 1000 episodes.", False),  # (how long, not what from)
    ],
)
def test_the_experience_an_agent_learnt_from_counted_or_set_out(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No formal evaluation benchmarks.", True),
        ("There are no benchmarks yet.", True),
        ("The conversion preserves encoder-output parity.", True),
        ("Checked for parity with the pinned reference.", True),
        ("No evaluation data was used.", False),
    ],
)
def test_no_evaluation_said_and_outputs_checked_equal_to_the_originals(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


def test_an_architecture_section_says_what_the_model_is() -> None:
    text = "## Architecture\n\nIt uses a CLIP text encoder and a diffusion image prior between the two latent spaces."
    assert "description" not in missing_topics(text)


@pytest.mark.parametrize(
    ("text", "described"),
    [
        # (gh876) the model it was fine-tuned from, the subject left out, under a heading of its own
        ("## Spaces Demo\n\nSee the demo.\n\n## Pretrained Model\n\nFine-tuned on Multilingual Pretrained Model "
         "[CLSRIL-23](https://arxiv.org/abs/2107.07402). The original fairseq checkpoint is present here.", True),
        ("## Demo\n\nSee the demo.\n\n## Base\n\nFine-tuned [facebook/wav2vec2-large-xlsr-53]"
         "(https://huggingface.co/facebook/wav2vec2-large-xlsr-53) on Greek.", True),
        # (the data alone, or a dataset's link, say nothing of what the model is)
        ("## Demo\n\nSee the demo.\n\n## Training\n\nFine-tuned on SQuAD for two epochs.", False),
        ("## Demo\n\nSee the demo.\n\n## Training\n\nFine-tuned on [cv](https://huggingface.co/datasets/cv).", False),
    ],
)
def test_the_model_it_was_fine_tuned_from_says_what_it_is(text: str, described: bool) -> None:
    assert ("description" not in missing_topics(text)) is described


def test_a_heading_of_the_downstream_tasks_covers_intended_uses() -> None:
    # (gh900 snunlp/KR-Medium) the tasks to fine-tune it for, the Hub template's "Downstream use"
    text = ("## Downstream tasks\n\n* Movie Review Classification on Naver Sentiment Movie Corpus (NSMC)\n"
            "* Hate Speech Detection\n")
    assert "intended-uses" not in missing_topics(text)
    # (not results on them, which say how well it does)
    assert "intended-uses" in missing_topics("## Results on Korean downstream tasks\n\n| NSMC | 90.1 |\n|---|---|\n")


def test_a_spacer_heading_is_not_the_title() -> None:
    text = "---\nlicense: mit\n---\n\n# .\n\n# Portrait Diffusion\n\nA latent text-to-image diffusion model trained from scratch.\n"
    assert titles.title_text(Card.from_text(text)) == "Portrait Diffusion"


def test_a_data_label_over_its_link_on_the_next_line_names_the_data() -> None:
    # (Markdown shows the two lines as one: "Dataset: https://...")
    text = "Dataset:\nhttps://www.kaggle.com/someone/quora-question-keyword-pairs\n\nKaggle Notebook:\nhttps://x.y/nb"
    assert "Dataset" in plain_labels(card(text))
    assert "Dataset" not in plain_labels(card("Dataset:\n\nhttps://www.kaggle.com/someone/pairs"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("An generative AI made using [microsoft/DialoGPT-small](https://huggingface.co/microsoft/DialoGPT-small).",
         True),
        ("A Discord chatbot that talks like my friend.", True),
        ("Made by the Acme AI team in Berlin.", False),  # (a team's name, not a kind of model)
        ("A custom finetune of GPT-2 trained on a custom dataset of victorian literature", True),
        ("Please finetune of course with care.", False),
        ("Trained with AI hardware from a cloud.", False),
    ],
)
def test_a_kind_of_ai_or_bot_after_its_article(text: str, found: bool) -> None:
    assert architectures.describes_model(text, architectures.SHORT_DESCRIPTION) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On Soham Chatterjee's news classification task:\n(Random: 16.7%, mBERT: 72.3%, Bangla-Electra: 82.3%)", True),
        ("Splits: train: 80%, test: 20%", False),  # (two shares of a split, not the models' scores)
    ],
)
def test_the_models_scores_listed_compare_their_performance(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


def test_a_data_label_over_its_value_in_the_same_paragraph_names_the_data() -> None:
    # (gh807: "Dataset:" over "German Wikipedia Text Corpus - https://...", one line as Markdown shows it)
    text = "Dataset:\nGerman Wikipedia Text Corpus - https://github.com/org/german-wikipedia-text-corpus\n\nVersions:\n"
    assert "Dataset" in plain_labels(card(text))
    assert "training-data" not in missing_topics(text)
    # (not a value in the next paragraph, nor a list under the label)
    assert "Dataset" not in plain_labels(card("Dataset:\n\nGerman Wikipedia Text Corpus"))
    assert "Dataset" not in plain_labels(card("Dataset:\n- German Wikipedia Text Corpus"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # what the model is loaded for (gh807): "we have to load model for LM task"
        ("In case of NER or Classification task we have to load model for LM task and change pooler:", True),
        ("How to load model for LM task:", True),
        ("How to load model for inference:", False),
        ("Then load model for 3 epochs of training.", False),
        # a model named by its task as an algorithm or a network (gh808): "a blind face restoration algorithm"
        ("GFPGAN is a blind face restoration algorithm towards real-world face images.", True),
        ("It is a speaker embedding network.", True),
        ("It is a neural network.", False),
        ("We propose a novel pre-training algorithm.", False),  # (how it was made, not what it is for)
        ("We propose a novel pre-training model.", False),
        # (nor a pre-training model made for something: "a pre-training model specifically for the automatic
        # processing of ancient texts", SikuBERT)
        ("There is a need for a pre-training model specifically for the automatic processing of ancient texts.", True),
        ("The model was pre-trained with the same processing pipeline.", False),
        # the model as the reader's starting point (gh810): what starting from it spares them
        ("Starting from `bert-base-5lang-cased` will facilitate the deployment of your model on public cloud "
         "platforms while keeping similar results.", True),
        ("Starting from the checkpoint, we can fine-tune it.", False),
    ],
)
def test_intended_use_by_what_it_is_loaded_for_or_a_task_algorithm(text: str, found: bool) -> None:
    # (after an opening that says nothing of it: the opening paragraph is read on its own terms)
    assert purpose.states_intended_use(card(f"Here is a tinybert model for German.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh808) a label of the data over its name in a section on training
        ("## Training\n\nWe provide training code.\n\n1. Dataset preparation: [FFHQ](https://github.com/NVlabs/ffhq-dataset)"
         "\n2. Download the pretrained models.", True),
        ("## Training\n\n- Training corpus: OSCAR (German part)", True),
        ("## Training\n\n- Data format: json lines", False),  # (no name)
        ("## Training procedure\n\nTrained with SFT.\n\n### Framework versions\n\n- Datasets: 4.3.0", False),  # (a version)
        ("## Training\n\n- Evaluation dataset: [FFHQ](https://github.com/NVlabs/ffhq-dataset)", False),
        ("## Usage\n\n- Dataset preparation: [FFHQ](https://github.com/NVlabs/ffhq-dataset)", False),  # (not training)
    ],
)
def test_a_data_label_over_its_name_under_training(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh814) a label of results over a list of what each model scores, a blank line between
        ("Current performance:\n\n- mBERT: 52%\n- **byt5-dv**: 81%\n- dv-wave (ELECTRA): 89%", True),
        ("Performance:\n- mBERT: 52%\n- byt5-dv: 81%", True),
        ("Results:\n\n- Epochs: 3\n- Batch size: 16", False),  # (settings, whole numbers)
        ("Scores:\n- v1: 2021", False),
    ],
)
def test_a_label_of_results_over_a_list_of_models_scores(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("title", "found"),
    [
        # (gh808) a title that is the model's task, an emoji before it as before any word
        ("🎹 Speaker embedding", True),
        ("Speaker embedding", True),
        ("🎹 Some thing", False),
    ],
)
def test_a_title_that_is_its_task_after_an_emoji(title: str, found: bool) -> None:
    text = "Relies on pyannote.audio 2.0 currently in development.\n\n## Usage\n\n```python\nx = 1\n```"
    assert purpose.states_intended_use(card(text, title=title)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # natural language processing is a field, not a task a model is for (gh600, gh815: hfl's cards)
        ("It is a model for natural language processing.", False),
        ('This repository contains the resources in our paper **"Revisiting Pre-trained Models for Chinese Natural '
         'Language Processing"**, which will be published.', False),
        ("It is a model for the automatic processing of ancient texts.", True),
    ],
)
def test_language_processing_is_a_field_not_a_task(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model for German.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh816) the repository as the subject of what it is used to do, not of what it holds
        ("This repository is used to debug models, functionalities in transformers, etc...", True),
        ("This repository is used to store the weights.", False),
        ("It is used to store the weights of the run.", False),
        ("This checkpoint is used to detect spam.", True),
    ],
)
def test_what_a_repository_is_used_to_do(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model for German.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh824) a task trained on, then the named texts it was learnt from
        ("Starting with Google's base BigBird model, we fine-tuned on binary mortality prediction in MIMIC admission "
         "notes.", True),
        ("We fine-tuned on sentiment classification in English texts.", False),  # (a language, not data)
    ],
)
def test_a_task_trained_on_in_named_texts(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh827) outputs that may be poor or unsafe for some readers
        ("Generated lyrics may be repetitive and/or incoherent at times, but hopefully you'll encounter something "
         "interesting.", True),
        ("You may see NSFW lyrics unexpectedly.", True),
        ("You may see the results in the table.", False),
        ("The lyrics are coherent and rarely repetitive.", False),
    ],
)
def test_outputs_that_may_be_poor_or_unsafe_are_caveats(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh827) a generator of what it makes
        ("A [GPT-2](https://openai.com/blog/better-language-models/) based lyrics generator fine-tuned on the writing "
         "styles of 16000 songs.", True),
        ("We release an ELECTRA generator.", False),
        ("A small generator and a discriminator.", False),
    ],
)
def test_a_generator_of_what_it_makes_is_an_intended_use(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model for German.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # how long, after "on", is no data: "fine-tuned on sentiment classification for 3 epochs"
        ("The model was fine-tuned on sentiment classification for 3 epochs.", False),
        ("This first prototype was trained on 3 epochs for 1 hours using Colab.", False),
        # (but what the epochs went over is: "on 2 epochs of the MARINONE94/NST_SV - SV dataset")
        ("It is a fine-tuned version of [x/y](https://huggingface.co/x/y) on 2 epochs of the MARINONE94/NST_SV - SV "
         "dataset.", True),
        ("It was trained on 1 million reviews.", True),
        # a named set the authors used to train, and a label of where the data comes from
        ("We used the HARD dataset of hotels review to fine tune the model. It was trained on 3 epochs.", True),
        ("We used the Adam optimizer to train the model.", False),
        ("Trained on 80 epochs - \n\nData from: Ai Crowd - Blitz \nai-blitz-xiii - Age Prediction", True),
        # (a cited work that presents the data names none: gh512, two reviewers)
        ("If you find the model useful, please cite my thesis which presents the dataset used for finetuning:\n\n"
         "Evans, R. (2020) Sentence Simplification for Text Processing. Doctoral thesis.", False),
    ],
)
def test_epochs_are_no_data_but_a_set_used_or_a_source_is(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh825) a score no better than chance somewhere is a limitation
        ("When testing on Kannada, a language which was included during pre-training but not fine-tuning, it "
         "performed close to random.", True),
        ("It performs no better than chance on Kannada.", True),
        ("Tokens are masked at random.", False),
        ("Words are chosen close to random.", False),
    ],
)
def test_a_score_no_better_than_chance_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_a_table_of_fractions_written_without_their_zero_gives_results() -> None:
    # (gh833: ".8704", "spearman correlation on the STS benchmark" over a table of models by Dev and Test)
    text = ("## Model Comparison\n\nWe compute the spearman correlation on the STS benchmark (bigger is better):\n\n"
            "|  | Dev | Test |\n| --- | --- | --- |\n| bert-base-nli-stsb-mean-tokens | .8704 | .8505 |\n"
            "| TinyBERT_L-4_H-312_v2 | .8587 | .8283 |")
    assert results.reports_results(card(text))
    assert not results.reports_results(card("| Model | Size |\n|---|---|\n| a | .5 |\n| b | .7 |"))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # (gh833) the topics' headings in Swedish, Norwegian, Danish and Dutch
        ("## Träningsdata\n\nMeningar från Europarlamentet.", "training-data"),
        ("## Treningsdata\n\nSetninger fra Wikipedia.", "training-data"),
        ("## Begränsningar\n\nModellen gör fel.", "limitations"),
        ("## Beperkingen\n\nHet model maakt fouten.", "limitations"),
        ("## Utvärdering\n\nSe tabellen.", "evaluation"),
        ("## Resultaten\n\nZie de tabel.", "evaluation"),
        # the topics' headings in Polish, Ukrainian, Finnish, Greek and Catalan
        ("## Ograniczenia\n\nModel halucynuje fakty.", "limitations"),
        ("## Dane treningowe\n\n2,96 GB, 803 177 dokumentów.", "training-data"),
        ("## Wyniki\n\nZobacz tabelę.", "evaluation"),
        ("## Обмеження\n\nМодель помиляється.", "limitations"),
        ("## Навчальні дані\n\nУкраїнська Вікіпедія.", "training-data"),
        ("## Rajoitukset\n\nMalli tekee virheitä.", "limitations"),
        ("## Περιορισμοί\n\nΤο μοντέλο κάνει λάθη.", "limitations"),
        ("## Dades d'entrenament\n\nViquipèdia en català.", "training-data"),
        ("## Avaluació\n\nVegeu la taula.", "evaluation"),
        # where it must not be used, as its own section
        ("## Not intended use\n\n- Medical diagnosis\n- Any clinical decision making", "limitations"),
    ],
)
def test_headings_in_nordic_and_other_european_languages(text: str, topic: str) -> None:
    assert topic not in missing_topics(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("DeFormer är en modell som har tränats på att skilja mellan `de` och `dem` i svenska meningar.", True),
        ("Modellen kan användas för att klassificera texter.", True),
        ("Modellen kan brukes til å klassifisere tekst.", True),
        ("Het model kan gebruikt worden voor sentimentanalyse.", True),
        ("Modellen har tränats på Wikipedia.", False),  # (what it learnt from, not what it is for)
    ],
)
def test_intended_use_in_nordic_languages_and_dutch(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh835) a mixture of named sets after "over"
        ("The model is fine-tuned over a mixture of OntoNotes, LitBank, and PreCo.", True),
        ("It was trained over a mixture of losses.", False),
        ("It was trained over 3 days.", False),
    ],
)
def test_trained_over_a_mixture_of_named_sets(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh839) a section on training in French, the data counted with spaces between its thousands
        ("## Entrainement\n\n* 500 000 messages twitchs échantillonnés\n* Batch size: 24", True),
        ("## Entrainement\n\n* Batch size: 24\n* Epochs: 24", False),
        ("## Training\n\n* Batch size: 24\n* 128 000 steps", False),
        # (gh837) a sample of a named set, after "using"
        ("The model weights have been tuned by training using a randomized sample of MS Marco training triplets.", True),
        ("It was trained using 8 samples per batch.", False),
    ],
)
def test_data_in_a_french_training_section_or_a_sample_of_a_named_set(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh837) a tokenizer to be used with the model it was made for
        ("Herbert tokenizer should be used together with [HerBERT model](https://huggingface.co/allegro/herbert):", True),
        ("The tokenizer should be used with care.", False),
        ("It can be used with the transformers library.", False),
    ],
)
def test_a_part_to_be_used_with_its_model_is_an_intended_use(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh848) what its ability is good for
        ("It allows an 8x wider `max_seq_length`, which is handy in case of working with long texts.", True),
        ("The model is useful when dealing with noisy transcripts.", True),
        ("The library is handy.", False),
        ("We thank our colleagues for their helpful comments.", False),
    ],
)
def test_what_its_ability_is_good_for_is_an_intended_use(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh885, gh463: ParsBERT's sentiment cards) a set described by what it holds and how it is labelled
        ("### SnappFood\n\n[Snappfood](https://snappfood.ir/) (an online food delivery company) user comments containing "
         "70,000 comments with two labels (i.e. polarity classification):", True),
        ("### DeepSentiPers\n\nwhich is a balanced and augmented version of SentiPers, contains 12,138 user opinions about "
         "digital products labeled with five different classes.", True),
        ("The model outputs 12 labels.", False),
        ("The vocabulary contains 30,000 tokens.", False),
    ],
)
def test_a_set_described_by_its_size_and_labels_is_its_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh909) a compound "-tuning" before texts of a kind
        ("It is a BERT model obtained by MLM adaptive-tuning [bert-base-italian-xxl-cased](https://huggingface.co/dbmdz/"
         "bert-base-italian-xxl-cased) on Italian cooking recipes, approximately 50k sentences.", True),
        ("Tuning on your own tweets is easy.", False),
        # (gh910) "trains" a model on a set named by its link, a language before "dataset"
        ("This model trains [T5-V1_1-base](https://huggingface.co/google/t5-v1_1-base) on the Norwegian dataset of "
         "[Oscar](https://huggingface.co/datasets/oscar).", True),
        # (gh911) a subtask of a named benchmark
        ("CodeT5-small model, fine-tuned on the code summarization subtask of CodeXGLUE (Ruby programming language).",
         True),
    ],
)
def test_a_compound_tuning_a_present_trains_and_a_subtask_name_the_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh884) the participle written as its base, before texts of a kind
        ("This model is train on reuters news articles", True),
        ("The models were train with news articles.", True),
        ("You can train on your own news articles.", False),
    ],
)
def test_a_participle_written_as_its_base_still_names_the_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh867) the annotations it was fine-tuned with, after "we fine-tune"
        ("A MiniLM model that we fine-tune using the direct assessment annotations collected in the Workshop on "
         "Statistical Machine Translation (WMT) 2015 to 2020.", True),
        ("It was fine-tuned on crowd-sourced relevance annotations.", True),
        ("You can fine-tune using your own annotations.", False),
    ],
)
def test_the_annotations_it_was_fine_tuned_with_are_its_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh808) a model made for a shared task, whose organisers give its data
        ("Based on our paper we release a new baseline model for the German\n[CLEF-HIPE shared task]"
         "(https://impresso.github.io/CLEF-HIPE-2020/).", True),
        ("This Spanish language model was created for the MEDDOPROF shared task as part of a team submission.", True),
        # (a cited paper's title, or the task's findings, are no statement of the model's data)
        ("See the Introduction to the CoNLL-2003 Shared Task: Language-Independent Named Entity Recognition.", False),
        ("A model. Findings of the First Shared Task on Machine Translation Robustness are in the paper.", False),
    ],
)
def test_a_model_made_for_a_shared_task_states_its_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh842) an input prefix used to generate what the task gives
        ('Use prefix "question: {question} context: {context}" before input to generate the question answering', True),
        ("We trained it to generate summaries of news articles.", True),
        ("Use prefix `translate:` before input.", False),
    ],
)
def test_what_it_is_used_to_generate_is_an_intended_use(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(f"Here is a tinybert model.\n\n{text}")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh845) "for" a name the next words call a dataset
        ("<code>main.py</code> will execute training of ResNet or OdeNet for MNIST dataset.", True),
        ("We trained it for NER data labelling.", False),
        ("Fine-tuned for GPU inference.", False),
    ],
)
def test_training_for_a_named_dataset(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh848) a converted checkpoint that no training followed: its data is its source model's
        ("Note that no additional MLM pretraining of the Longformer was performed.", True),
        ("No further training was performed.", True),
        ("No extra training samples were collected.", False),
    ],
)
def test_no_further_training_performed_says_what_it_learnt_from(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh850) exact match by its initials, a whole number's clause ended by "and"
        ("Model attained an EM score of 17 and a Subset Match score of 24.5", True),
        ("resultados em 10 épocas e 3 camadas", False),  # ("em": Portuguese for "in")
        ("The F1 score of 3 runs and 2 seeds was averaged.", False),
    ],
)
def test_an_em_score_in_a_sentence(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh851) a list's item that opens with "used the <name> dataset", in a card that speaks of training
        ("- trained for one epoch with deepspeed\n- used the Wizard of Wikipedia dataset parsed into a chat transcript "
         "structure", True),
        ("- trained for one epoch\n- used the SQuAD dataset for evaluation", False),
        ("- trained for one epoch\n- used the Adam optimizer", False),
    ],
)
def test_a_list_item_that_opens_with_the_dataset_used(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (gh852) "learned" as a verb of training
        ("fBERT is a bert-base-uncased model that has been learned using over 1.4 million offensive instances from the "
         "SOLID dataset.", True),
        ("The model learned to classify sentiment.", False),
        ("It learned from the Adam optimizer.", False),
    ],
)
def test_learned_using_named_data(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (GitHub cards outside the corpus) the data counted after "trained from" ...
        ("Version `0.1.0` was trained from 161 CWRU MATLAB files using RMS, peak, kurtosis, and crest-factor features "
         "from vibration windows.", True),
        ("It was trained from scratch for 800 steps.", False),
        ("It was trained using 8 samples per batch.", False),
        # ... under a label whose word after "training" is the data's own ("Training scroll"), not a rate
        ("- Training scroll: PHerc0139, 4,096 deterministic atlas rows, two passes.", True),
        ("- Training throughput: 1,200 samples/s", False),
        ("- Training batch: 32 samples", False),
        # ... in bold, with its kind in brackets, in a section on training
        ("## Training\n\nNotes then pairs: 2,848 lessons → **1,463** (anchor, positive) pairs, 3 epochs.", True),
        ("## Training\n\nBatch of 32 (anchor, positive) pairs per step.", False),
        # ... or by a label that counts it there
        ("## Training\n\n- SFT rows: 800\n- optimizer steps: 100", True),
        ("## Training\n\n- Batch size: 8\n- Steps: 100", False),
    ],
)
def test_training_data_counted_from_files_rows_and_pairs(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an evaluation said to be withheld or not yet done, in so many words
        ("Historical ROUGE results have not been independently reproduced, so this card does not advertise benchmark "
         "scores.", True),
        ("Model quality has not been established by these smoke tests.", True),
        ("The results have been reproduced.", False),
        ("It does not list the dependencies.", False),
        # a score as a count out of a total after a verb of scoring
        ("On 32 new prompts with greedy decoding, the starting model scored 1/32 and 0/32 respectively.", True),
        ("The model reached 2/3 of the training.", False),
        ("It was updated 12/05.", False),
    ],
)
def test_an_evaluation_withheld_or_scored_out_of_a_total(text: str, found: bool) -> None:
    assert (results.reports_results(card(text)) or pointers.points_to_evaluation(card(text))) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a quote's sentence across its lines
        ("> **OpenRAL rSkill** — Diffusion Policy (Chi et al., 2023) trained on\n> the PushT 2-D pushing benchmark.", True),
        # in French, retrained on a count of data
        ("Il a été réentraîné 2 époques sur 2,14 M de triplets (vecteur, hypothèse, texte vrai).", True),
        ("Il a été réentraîné pendant 2 époques.", False),
    ],
)
def test_training_data_in_a_quote_or_retrained_in_french(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("E003 Kaggle ref 56117057, public score 0.63142.", True),
        ("The organizer's official full-test service reported a TartanIMU score of `0.53485`.", True),
        ("Predictions with a confidence score of 0.5 or more are kept.", False),
        ("The test score is computed later.", False),
    ],
)
def test_a_leaderboards_score_by_its_number(text: str, found: bool) -> None:
    assert (results.reports_results(card(text)) or pointers.points_to_evaluation(card(text))
            or claims.states_performance(card(text))) is found


@pytest.mark.parametrize(
    "text,found",
    [
        # the splits counted
        ("Split: 8,000 train / 1,000 val / 1,000 test", True),
        ("- Calibration: 1,974 quiet train + 349 early-stop; 121 loud windows dropped", True),
        ("train: 12k, val: 1.5k", True),
        ("It ran 3 train and 2 test jobs.", False),
        ("Batch size 32 train, 64 eval", False),
        ("2000 train steps, 100 eval steps", False),
        # a count and what it counts by
        ("Trained with more than 2M lines of long and short titles from real products.", True),
        ("Trained on news headlines.", True),
        # training as a Russian noun, on data of a kind; items of training counted in Korean
        ("произведено дообучение (Continued pretraining) на русскоязычном корпусе", True),
        ("Обучение на GPU заняло 3 дня.", False),
        ("평가 단위는 49개 수식이다. 학습 47개 수식과 중복은 없다.", True),
    ],
)
def test_training_data_counted_by_split_line_or_item(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("<!-- This model was trained on the SQuAD dataset. -->", False),
        ("<!--\nFine-tuned on the\nSQuAD dataset.\n-->\n\nA question answering model.", False),
        ("This model was trained on the SQuAD dataset. <!-- a note -->", True),
        ("<!-- hidden -->\nThis model was trained on the SQuAD dataset.", True),
        # a comment closed on a table's line, which the statements do not read, hides nothing after it
        ("<!-- # Model Info\n\n| Model | Size |\n|---|---|\n| A | 1B | -->\n\nIt was trained on the SQuAD dataset.",
         True),
    ],
)
def test_what_an_html_comment_hides_states_nothing(text: str, found: bool) -> None:
    # the Hub does not show a comment: a statement inside one is not made to readers
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("We build a Conditional GAN that can generate MNIST handwritten digits conditioned on a given class.", True),
        ("A small DCGAN that generates CelebA faces.", True),
        ("It generates CIFAR-10 images.", True),
        ("It generates RGB images.", False),
        ("It generates SDXL images in the style of a painter.", False),
    ],
)
def test_a_generative_models_data_named_by_what_it_makes(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("- **Win Rate**: 73% (adapted) vs 27% (baseline)", True),
        ("It has a 63.3% win rate over v0.1 on AlpacaEval.", True),
        ("The win rate is what we hope to improve.", False),
    ],
)
def test_a_win_rate_is_a_result(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("If you want to know about training details or evaluation results, see SlovakT5_report.pdf.", True),
        ("Benchmarks shared on wandb using validation and test sets of iapp_wiki_qa_squad.", True),
        ("Training curves are logged on wandb.", False),
        ("For evaluation results, see below.", False),
    ],
)
def test_evaluation_results_in_a_file_or_on_a_tracking_service(text: str, found: bool) -> None:
    assert pointers.points_to_evaluation(card(text)) is found


@pytest.mark.parametrize(
    "title,found",
    [
        ("KGR10 word2vec Polish word embeddings", True),
        ("Hungarian word vectors for HuSpaCy", True),
        ("Korean-Sentence-Embedding", True),
        ("Visualising the word embeddings of BERT", False),
    ],
)
def test_static_embeddings_named_by_the_title_say_what_they_are_for(title: str, found: bool) -> None:
    card_ = Card.from_text(f"---\nlicense: mit\n---\n\n# {title}\n\nTrained on the KGR10 corpora.\n")
    assert purpose.states_intended_use(card_) is found


def test_the_text_in_the_html_block_of_a_heading_is_a_paragraph() -> None:
    text = ("---\nlicense: mit\n---\n\n<h1>Tamil Named Entity Recognition</h1>\nFine-tuning bert-base-multilingual-"
            "cased on Wikiann dataset for performing NER on Tamil language.\n")
    blocks = [b for b in Card.from_text(text).body.blocks if b.kind == "html"]
    assert titles.paragraph_text(blocks[0]) == ("Fine-tuning bert-base-multilingual-cased on Wikiann dataset for "
                                                "performing NER on Tamil language.")
    assert titles.paragraph_text(Card.from_text("<h1>Title</h1>\n\nText.\n").body.blocks[0]) is None


@pytest.mark.parametrize(
    "text,found",
    [
        ("Models very sensitive to camera positioning.", True),
        ("It is a highly experimental merge, so expect some aspects not working as intended.", True),
        ("Note that this model can process Japanese audio clips up to ~30 seconds.", True),
        ("Training performance is quite sensitive to learning rate and number of epochs.", False),
        ("The tokenizer is case sensitive.", False),
        ("The script can use up to 8 GPUs.", False),
        ("It can handle sequences of up to 514 tokens.", False),
        # a small training set, results not to be taken as the best, a use beyond training that stays experimental
        ("The fine-tuning dataset is small, so this LoRA should be treated as a lightweight adapter.", True),
        ("The training data is much lower resolution, so the outputs are intended to be scaled down.", True),
        ("The learning is robust even when the training dataset is small (< 50k).", False),
        ("They should not be considered as state-of-the-art.", True),
        ("It achieves state-of-the-art results on GLUE.", False),
        ("For other languages this will be mainly experimental.", True),
        ("Thus, performance is obviously dependent on the translation model.", True),
    ],
)
def test_caveats_of_sensitivity_of_what_may_not_work_and_of_input_length(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Real-robot result: 10/10 successes (95% Wilson CI 72–100%).", True),
        ("Success rate: 85% over 20 trials.", True),
        ("Please check our blog post for more details, samples, evaluations and more.", True),
        ("Please check our blog post for more details.", False),
    ],
)
def test_evaluation_by_successes_a_success_rate_or_a_blog_post(text: str, found: bool) -> None:
    assert (results.reports_results(card(text)) or pointers.points_to_evaluation(card(text))) is found


@pytest.mark.parametrize(
    "text,found",
    [
        ("The goal is to automatically detect the presence of a specific issue with the engine.", True),
        ("The goal is to have fun.", False),
    ],
)
def test_a_goal_that_is_a_task(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


def test_the_trainers_sentence_in_portuguese_with_a_linked_base_model_names_the_data() -> None:
    text = ("Este modelo é uma versão ajustada do [neuralmind/bert-base-portuguese-cased](https://huggingface.co/"
            "neuralmind/bert-base-portuguese-cased) no conjunto de dados OLID-BR.")
    assert coverage.states_training_data(card(text))
    assert not coverage.states_training_data(card("Este modelo é uma versão ajustada. No fim, ótimo."))


@pytest.mark.parametrize(
    "text,found",
    [
        ("This is a fine-tuned version of FinBERT, based on [bert-base-chinese](https://huggingface.co/bert-base-"
         "chinese), on a private dataset (around ~8k analyst report sentences) for sentiment analysis.", True),
        ("It was evaluated on a test dataset (2k sentences).", False),
    ],
)
def test_a_datasets_size_in_brackets_describes_it(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


def test_news_over_the_card_is_not_its_title() -> None:
    text = ("---\nlicense: apache-2.0\n---\n## News\n\n- 2022年09月: 上线Huge模型，欢迎试用。\n\n# OFA-图像描述(英文)\n\n"
            "如果你希望为一张图片配上一句文字，OFA模型就是你的绝佳选择。\n")
    assert titles.title_text(Card.from_text(text)) == "OFA-图像描述(英文)"
    # (the title names its task, image captioning, in Chinese)
    assert purpose.states_intended_use(Card.from_text(text))
    assert titles.title_text(Card.from_text(text.replace("## News", "## ESPnet2 DIAR model"))) == "ESPnet2 DIAR model"


@pytest.mark.parametrize("text,found", [("The Huge model reaches a CIDEr of 154.9 on the Karpathy test split.", True),
                                        ("<table><tr><td>Metric</td><td>BLEU-4</td><td>CIDEr</td></tr>"
                                         "<tr><td>OFA</td><td>43.9</td><td>154.9</td></tr></table>", True),
                                        ("It reaches a METEOR of 31.5 on the Karpathy test split.", True),
                                        ("We use the METEOR metric.", False)])
def test_caption_metrics_are_scores(text: str, found: bool) -> None:
    assert results.reports_results(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ewe↔French is weak (much less parallel data) and should be considered experimental.", True),
        ("The model is not qualified for production or code search.", True),
        ("The results are not ready for publication.", False),
        ("Domain transfer and other languages require separate evaluation.", True),
        ("It's quirky and has some weird outputs.", True),
        ("The outputs are weird in style, by design.", False),
    ],
)
def test_caveats_of_an_experimental_pair_unfit_uses_unevaluated_languages_and_weird_outputs(
        text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It was trained for 20k steps with a val_metric of 0.03413819904382196 at the end.", True),
        ("Final metrics are stored in `metadata.json`.", True),
        ("Hyperparameters and metrics are recorded in the [W&B training run](https://wandb.ai/x).", False),
        ("Training metrics are logged in wandb.", False),
        ("Measured on a 37-question adversarial fact eval: 24/37 (base-prior v1) → 34/37 (this model).", True),
        ("Measured on a single GPU.", False),
    ],
)
def test_evaluation_by_a_validation_value_where_results_are_kept_or_a_named_eval(text: str, found: bool) -> None:
    assert claims.states_performance(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A LoRA adapter fine-tuned from unsloth/gemma-4-12b-it for a restrained Publius-like constitutional assistant.",
         True),
        ("You are a helpful assistant.", False),
        ("An offline back-office copilot for African small businesses: invoices and quotes.", True),
        ("The trained encoder behind Inbox Atlas.", True),
        ("The team behind Mistral trained it.", False),
        ("Handwritten text recognition checkpoint for syriac manuscripts", True),
    ],
)
def test_intended_use_as_a_role_a_copilot_the_product_behind_or_a_task_checkpoint(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The seed corpus has only 12 examples.", True),
        ("A custom dataset about 28k images", True),
        ("A custom dataset about cats.", False),
    ],
)
def test_training_data_counted_after_only_or_about(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Hyperion Toolkit Speaker Verification pre-trained Model", True),
        ("SmolVLA: A vision-language-action model for affordable and efficient robotics", True),
        ("Decision Transformer model trained on expert trajectories sampled from the Gym Hopper environment", False),
        ("My fine-tuned model", False),
    ],
)
def test_a_title_that_names_the_models_task_or_its_field(title: str, found: bool) -> None:
    assert purpose.states_intended_use(card("Some text.", title=title)) is found


def test_training_data_counted_in_songs() -> None:
    assert coverage.states_training_data(card(
        "The [project README](https://github.com/x/y/README.md) describes fine-tuning from "
        "`MIT/ast-finetuned-audioset-10-10-0.4593` on stems from 1,000 songs across ten genres, with ESC-50 noise."))


def test_unsloths_sentence_says_what_the_model_is() -> None:
    text = ("---\nbase_model: unsloth/llama-3-8b-bnb-4bit\nlicense: apache-2.0\n---\n\n# DataSet\n\n"
            "[b-mc2/sql-create-context](https://huggingface.co/datasets/b-mc2/sql-create-context)\n\n# Model train\n\n"
            "The loss drops sharply and then stabilizes.\n\n# Uploaded model\n\n- **Developed by:** someone\n\n"
            "This llama model was trained 2x faster with [Unsloth](https://github.com/unslothai/unsloth) and "
            "Huggingface's TRL library.\n")
    assert "description" not in {t for d in lint_text(text, plugins=False) if d.code == "MC201"
                                 for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fine-tuned [facebook/wav2vec2-large-xlsr-53](https://huggingface.co/facebook/wav2vec2-large-xlsr-53) on "
         "Catalan language using the [Common Voice](https://huggingface.co/datasets/common_voice) and "
         "[ParlamentParla](https://www.openslr.org/59/) datasets.", True),
        ("Fine-tuned X on Catalan language using the Common Voice dataset.", True),
        ("Trained on English text using a GPU.", False),
    ],
)
def test_training_data_named_after_the_language_it_is_in(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is NOT recommended for use in ranked matches.", True),
        ("This model is not recommended for use in production.", False),
        ("**Chronos-2** is a 120M-parameter, encoder-only time series foundation model for zero-shot forecasting.",
         True),
        ("The table also shows some alternative methods for the same tasks.", False),
    ],
)
def test_intended_use_as_a_use_not_recommended_or_after_a_models_size(text: str, found: bool) -> None:
    assert purpose.states_intended_use(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| Protocol | Backend | Success |\n|---|---|---|\n| Demo-mean | EGL | **1/10** |", True),
        ("| Protocol | Backend | Date |\n|---|---|---|\n| Demo-mean | EGL | 1/10 |", False),
        ("| Check | Result |\n|---|---|\n| Smoke test | 6/6 PASS |", True),
    ],
)
def test_successes_counted_in_a_table(text: str, found: bool) -> None:
    assert claims.states_performance(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("## Training\n\nSynthesized from the memory lifecycle. 2,848 lessons → 1,354\n(anchor, positive) pairs → "
         "MultipleNegativesRankingLoss, LoRA r=16, 3 epochs.", True),
        ("The model was fine-tuned on a hand-curated, grep-verified fact base built from the OCR'd official Gazette.",
         True),
        ("## Training\n\nWe trained with a batch of 32\nsamples per device.", False),
    ],
)
def test_training_data_counted_over_a_line_break_or_built_from_a_source(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tested against real-world breaches including Capital One (2019), Equifax (2017), and Uber (2022) - correctly "
         "identifying root causes.", True),
        ("Tested on Ubuntu 22.04.", False),
        ("I have compared the PEFT model response with the original model response in the notebook.", True),
        ("We compared the licenses with the original ones.", False),
    ],
)
def test_evaluation_as_cases_got_right_or_outputs_compared_with_the_base_models(text: str, found: bool) -> None:
    assert claims.states_performance(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The voice was trained with audio from the Vekol server model (built on Coqui XTTS, non-commercial).", True),
        ("Trained with audio from LibriVox.", True),
        ("Trained with images of size 512.", False),
    ],
)
def test_training_material_and_its_source_after_the_verb(text: str, found: bool) -> None:
    assert coverage.states_training_data(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("但受限于训练数据与训练方式，其事件分类效果专业的事件检测模型相比仍然有一定的差距。", True),
        ("结果以合成标注为参照，实际业务效果请使用自己的数据验证。", True),
        ("本模型基于Qwen训练。", False),
    ],
)
def test_caveats_in_chinese_what_holds_it_back_and_results_to_check_on_your_data(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("emotion2vec+的性能显著超过其他高下载量的huggingface开源模型。", True),
        ("数据量超过1000条。", False),
    ],
)
def test_evaluation_in_chinese_other_models_beaten_as_a_class(text: str, found: bool) -> None:
    assert claims.states_performance(card(text)) is found


def test_what_the_model_is_in_russian_french_german_or_italian() -> None:
    for text in ("Эта модель является квантизированной версией.", "Ce modèle est un classifieur de sentiments.",
                 "Dieses Modell ist ein feinabgestimmtes BERT.", "Questo modello è una versione quantizzata."):
        assert "description" not in {t for d in lint_text(f"---\nlicense: mit\n---\n\n## Notes\n\n{text}\n",
                                                           plugins=False) if d.code == "MC201"
                                     for t in (d.data or {}).get("topics", [(d.data or {}).get("topic")])}, text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cross-event generalisation to a fully unseen disaster is harder for the subtle minor/major classes.", True),
        ("Training is harder for large batches.", False),
    ],
)
def test_what_the_model_does_less_well_on_is_a_caveat(text: str, found: bool) -> None:
    assert caveats.states_caveat(card(text)) is found


def test_what_a_model_assigns_says_what_it_is_for() -> None:
    assert purpose.states_intended_use(card("It assigns each building a damage level on the xBD Joint Damage Scale."))
