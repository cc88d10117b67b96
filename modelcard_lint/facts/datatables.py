"""The data a model was trained on, named in a table under a heading about its training or in a training config.

Cards of larger models list their training mixture in a table under "## Training Details" or "### Pretraining"
(``| Data Source | Type of Data | Number of Samples |``), with no heading on the data itself. Such a table covers
the training data: a column whose header names data, a dataset or a corpus, whose cells name something (not only
amounts), in a section whose heading, or one of its parents', is about training and not about evaluation (a
results table's "Dataset" column holds the benchmarks).

A block of code that trains names its data too: the example scripts' ``--dataset_name samsum`` (``"dataset_name":
"samsum"``) beside ``do_train`` or ``train.py``, a YAML config's data key ("dataset: identity,alpaca_en_demo" in
LLaMA-Factory's, "data: librispeech_asr train.100") beside a training hyperparameter ("stage1_epochs: 2"); not a
block that only evaluates.

And a sentence that counts the training data ("56 training images generated via gpt-image-2", "10k training
examples") or lists it after a colon ("trained to reconstruct microscopy images over three datasets: RxRx3, ...").
"""

from __future__ import annotations

import re

from ..card import Card
from ..card.body import Section
from .anchors import found_near
from .datasources import counts_data, tells_source
from .dataused import trained_on_task_in_named_data, used_for_training
from .lazyre import lazy
from .learntfrom import learnt_from
from .tables import text_above
from .tasknames import tuned_for_benchmark
from .untrained import not_trained

_DATA = lazy(r"\b(?:data(?:sets?)?|corp(?:us|ora)|sources?|mixture)\b", re.I)
# (in French, Spanish, Portuguese and Italian too: "## Entrainement", "## Entrenamiento", "## Treinamento")
_TRAINING = lazy(r"\b(?:pre-?train\w*|post-?train\w*|train\w*|fine-?tun\w*|finetun\w*|sft|instruction[ \t-]tun\w*"
                 r"|entra[iî]n\w*|entrenamiento|treinamento|treino|addestramento)\b", re.I)
_EVALUATION = lazy(r"\b(?:eval\w*|test\w*|results?|benchmarks?|performance|scores?|metrics?|leaderboard)\b", re.I)
_NAME = lazy(r"[A-Za-z][A-Za-z0-9]")  # a cell that names something: letters, not only an amount
# a dataset's name and its training split in one cell: "SQuAD2.0 Train", "Dutch SQuAD2.0 train set"
_TRAIN_SPLIT = lazy(r"[A-Za-z][\w.-]*[ \t]+(?:train|training)(?:[ \t]+(?:set|split))?[ \t*_]*\Z", re.I)


def data_in_sections(card: Card) -> bool:
    """Whether a table or a section's prose tells the training data (the three functions below)."""
    return data_table_under_training(card) or data_counted_under_training(card) or dataset_described(card)


def data_table_under_training(card: Card) -> bool:
    """Whether a table naming data stands under a heading about training (and none about evaluation), or a table
    of datasets names a training split of one (``| Dataset | # Q&A |`` over ``| Dutch SQuAD2.0 Train | 99 K |``)."""
    for table in card.body.tables:
        if (table.rows and table.header and _DATA.search(table.header[0].text)
                and any(row.cells and _TRAIN_SPLIT.search(row.cells[0].text) for row in table.rows)):
            return True
        # (a row labelled with the training data by name, in any table: "| **Source dataset** | MSMARCO-Passage |")
        if any(len(row.cells) >= 2 and _TRAINING_DATA_LABEL.match(row.cells[0].text) and _NAME.search(row.cells[1].text)
               for row in table.rows):
            return True
        if not table.rows or table.section is None or not (_about_training(table.section) or (
                _TRAINING_DATA.search(text_above(card, table)) and not _on_evaluation(table.section))):
            continue
        for k, cell in enumerate(table.header):
            if _DATA.search(cell.text) and not _EVALUATION.search(cell.text) and sum(
                    1 for row in table.rows if k < len(row.cells) and _NAME.search(row.cells[k].text)) >= 1:
                return True
        # or a row of a settings table labelled with the data: "| Demonstrations | 50 PushT expert episodes |"
        if any(len(row.cells) >= 2 and _DATA_LABEL.match(row.cells[0].text) and _NAME.search(row.cells[1].text)
               for row in table.rows):
            return True
    return False


# (the whole cell: not "Data type", "Data loader")
# (or the training set's file: "| Train file | `l3_grounding_train_v14a.jsonl` (850 rows) |")
_TRAINING_DATA_LABEL = lazy(r"[ \t*_]*(?:(?:training|train|fine-?tuning|finetuning|source|pre-?training)[ \t]+"
                            r"(?:data(?:sets?)?|corp(?:us|ora))|(?:training|train)[ \t]+(?:files?|set|split))"
                            r"[ \t*_:]*\Z", re.I)
_DATA_LABEL = lazy(r"[ \t*_]*(?:(?:training|train|fine-?tuning)[ \t]+)?(?:data(?:sets?)?|corp(?:us|ora)|"
                   r"demonstrations?|demos)[ \t*_:]*\Z"
                   r"|[ \t*_]*(?:training|train)[ \t]+(?:set|samples|examples)[ \t*_:]*\Z", re.I)


# data counted in a section on training ("## Training" over "1075 segments / 12712 words → 1017 clean clips"): not what
# a batch or a step holds ("100 batches × 128 samples", "a batch of 32 samples", "64 samples per device")
# (thousands may be set apart by spaces: "500 000 messages"; bold, or a kind in brackets between: "2,848 lessons →
# **1,463** (anchor, positive) pairs"; a paragraph's line may break after the count: "1,354" / "(anchor, ...) pairs")
_COUNTS = lazy(r"(?<![\w.])\d[\d,.]*+(?:[ \u202f\u00a0]\d{3}(?!\d))*+(?:[ \t]*+[kKmM]\+?)?(?:\*\*|__)?"
               r"[ \t]*+\n?[ \t]*+(?<=\s)"
               r"(?:[a-z-]+[ \t]+|\([^()\n]{1,30}\)[ \t]+){0,2}?"
               r"(?:images|examples|samples|sentences|pairs|utterances|documents|clips|recordings|videos|photos|messages|"
               r"conversations|dialogues|texts|records|rows|instances|questions|segments|transcripts|tickets|reviews|"
               r"tweets|articles|frames|words|tokens|episodes|trajectories|games|puzzles)\b"
               r"(?![ \t]+(?:per|each|at[ \t]+a[ \t]+time)\b)", re.I)
_BATCH = lazy(r"batch|×|\bx[ \t]*\Z|\bof[ \t]*\Z", re.I)
# or a label that counts them: "- SFT rows: 800", "Training examples: 12,000" (not "Steps: 100", "Batch size: 8")
_COUNT_LABEL = lazy(r"(?m:^)[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:images|examples|samples|sentences|pairs|utterances|"
                    r"documents|clips|recordings|conversations|dialogues|texts|records|rows|instances|questions|"
                    r"episodes|trajectories)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*(?:~[ \t]*)?\d", re.I)


# or names it by its short name: "Download MNLI data" under "## Fine-tuning" (not a tool's, "the HF data loader")
_NAMED_DATA = lazy(r"\b(?!(?:HF|GPU|CPU|TPU|API|JSON|CSV|PDF|URL|AI|ML|NLP|LLM|S3|GCS)\b)"
                   r"(?-i:[A-Z][\w.-]*[A-Z0-9][\w.-]*)[ \t]+(?:data|dataset|corpus)\b"
                   r"(?![ \t]*(?:loaders?|collators?|parallel\w*|pipelines?|types?|formats?|processing)\b)")


def data_counted_under_training(card: Card) -> bool:
    """Whether a section about training (and not evaluation) counts the data in its own prose, or names it."""
    for section in card.body.sections():
        if section.level < 2 or not section.blocks or not _about_training(section):
            continue
        for block in section.blocks:
            for b in block.walk():
                if b.kind != "paragraph":
                    continue
                for m in _COUNTS.finditer(b.text):
                    if not _BATCH.search(b.text, max(0, m.start() - 24), m.start()):
                        return True
                if _NAMED_DATA.search(b.text) or _COUNT_LABEL.search(b.text):
                    return True
                if (label := _DATA_NAMED.match(b.text)) is not None and not _EVALUATION.search(label.group(1)):
                    return True
    return False


# or a label of the data over its name: "1. Dataset preparation: [FFHQ](https://github.com/NVlabs/ffhq-dataset)"
# (not "Data format: json": a name starts with a capital or is a link's)
_DATA_NAMED = lazy(r"[ \t*_]*((?:[\w-]+[ \t]+){0,2}?(?:data(?:sets?)?|corp(?:us|ora))(?:[ \t]+[\w-]+){0,2}?)[ \t*_]*:"
                   r"[ \t*_]*(?:\[[ \t*_]*)?(?-i:[A-Z])", re.I)


# a section that describes a dataset: it calls its subject one ("this dataset can be utilized for ...") and counts what
# it holds ("### DeepSentiPers" over "... contains 12,138 user opinions about digital products labeled with five
# different classes"); not the columns or classes of a table ("consists of 12 columns")
_THIS_SET = lazy(r"\b(?:this|the)[ \t]+(?:data-?set|corpus)\b", re.I)
_HOLDS = lazy(r"\b(?:contains|consists[ \t]+of|comprises|includes|holds)[ \t]+(?:(?:about|around|over|roughly|nearly|"
              r"approximately|more[ \t]+than)[ \t]+|~[ \t]*)?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d[\d.]*[ \t]*[kKmM])[ \t]+"
              r"(?:[\w-]+[ \t]+){0,3}?[a-z]{3,}s\b(?<!columns)(?<!classes)(?<!labels)(?<!features)(?<!fields)"
              r"(?<!files)(?<!splits)(?<!parameters)(?<!layers)", re.I)


def dataset_described(card: Card) -> bool:
    """Whether a section (not the title, nor one on evaluation) describes a dataset in its own prose: it calls its
    subject a dataset or a corpus and counts what the set holds."""
    for section in card.body.sections():
        if section.level < 2 or not section.blocks or _on_evaluation(section):
            continue
        text = "\n".join(b.text for block in section.blocks for b in block.walk() if b.kind == "paragraph")
        if _THIS_SET.search(text) and _HOLDS.search(text):
            return True
    return False


def _on_evaluation(section: Section) -> bool:
    s: Section | None = section
    while s is not None:
        if s.heading is not None and s.level > 1 and _EVALUATION.search(s.heading.text):
            return True
        s = s.parent
    return False


# a table introduced as the training data: "The training data used is shown in the table below." (not "the evaluation
# data", nor "not the training data")
_TRAINING_DATA = lazy(r"(?<!not the )(?<!not )\b(?:pre-?)?train(?:ing|ed)?[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?"
                      r"(?:data(?:sets?)?|corp(?:us|ora))\b", re.I)


def _about_training(section: Section) -> bool:
    headings = []
    s: Section | None = section
    while s is not None:
        if s.heading is not None and s.level > 1:  # not the title, which names the model
            headings.append(s.heading.text)
        s = s.parent
    text = " ".join(headings[:3])  # the table's own heading and two above it
    return bool(_TRAINING.search(text)) and not _EVALUATION.search(text)


_DATASET_ARG = lazy(r"""\bdataset_name["']?\s*[:=]?\s*["']?[\w./-]*[A-Za-z]"""
                    r"""|(?m:^)[ \t]*(?:-[ \t]+)?(?:datasets?|data|train_data|train_file|train_dataset|data_path)"""
                    r"""[ \t]*:[ \t]*["']?(?!(?:null|none|true|false)\b)[\w./-]*[A-Za-z]"""
                    # (or a loader's call with a named set: `load_dataset("imdb")`, fastai's `untar_data(URLs.PETS)`)
                    r"""|\b(?:load_dataset|tfds\.load)\(\s*["'][\w./-]*[A-Za-z]|\buntar_data\(\s*URLs\.[A-Z]"""
                    # (or a script's argument, `--train_file data/train.jsonl`, or a file read into a frame that is fit,
                    # `pd.read_csv("reviews_train.csv")`)
                    r"""|--(?:train[_-](?:file|data|dir)|dataset(?:[_-]name)?|data[_-](?:dir|path|file))"""
                    r"""(?:[ \t]+|[ \t]*=)["']?[\w./-]*[A-Za-z]"""
                    r"""|\bread_(?:csv|json|parquet|table|excel)\(\s*[rf]?["'][^"'\n]*\w""")
_TRAINS = lazy(r"\bdo_train\b|train\.py\b|\btrain\(|(?m:^)[ \t]*\w*(?:epochs|learning_rate|_lr|batch_size)\w*[ \t]*:"
               r"|\.(?:fine_tune|fit|fit_one_cycle)\(", re.I)  # (Keras' and fastai's: `learn.fine_tune(1)`)


# a task on a named set, as a title or an opening heading names it: "Bidirectional LSTMs for Sentiment Analysis on
# IMDB"
_TASK_ON_SET = lazy(r"\b(?:analysis|classification|recognition|detection|answering|tagging|translation|"
                    r"summari[sz]ation|segmentation|ner|qa|parsing|labell?ing)[ \t]+on[ \t]+(?:the[ \t]+)?"
                    r"(?-i:[A-Z][\w.-]*)", re.I)


def trains_on_named_data(card: Card) -> bool:
    """Whether a block of code that trains names its data (a dataset argument or a config's data key), or one of the
    first headings names a task on a named set."""
    if any(_TASK_ON_SET.search(h.text) for h in card.body.headings[:3]):
        return True
    return any(b.kind == "code" and ("data" in b.text or "read_" in b.text) and _DATASET_ARG.search(b.text)
               and _TRAINS.search(b.text)
               for b in card.body.walk())


# the training data listed after a colon: "trained to reconstruct microscopy images over three datasets: RxRx3, ...",
# "Trained on on-the-fly mixtures: LibriSpeech primary + 0-3 interfering speakers"
# ("trained on the combinations of three data splits: (1) ChatGPT-generated [Pile-NER-type data](...)")
_LISTED = lazy(r"\b(?:trained|fine-?tuned|finetuned|pre-?trained|training)\b[^.\n]{0,80}?\b(?:on|over|using|with)[ \t]+"
               r"(?:[\w-]+[ \t]+){0,5}?(?:data-?sets?|corpora|corpus|mixtures?|(?<=data[ \t])splits|(?<=of[ \t])"
               r"(?:[\w-]+[ \t]+)?(?:texts|documents))[ \t]*:\s*(?:(?:\d+[.)]|\(\d+\)|[-*+])[ \t]+)?"
               # ("additional training on two sets of medicine-domain texts:" over "* about 250.000 text reviews")
               r"[*_`\[]*(?:(?:about|around|over|approximately|some|~)[ \t]*)?(?-i:[A-Z0-9])"
               # or a list of names straight after "trained on:" ("The models are trained on:\n- Government Text\n-
               # Swedish Literature"; not the hardware, "Trained on:\n- 8x A100 GPUs")
               r"|\b(?:trained|fine-?tuned|finetuned)[ \t]+(?:on|with|using)[ \t]*:[ \t]*\n"
               r"(?:[ \t]*(?:[-*+]|\d+[.)])[ \t]+[*_`\[]*(?-i:[A-Z])"
               r"(?![^\n]*\b(?:GPUs?|TPUs?|NVIDIA|A100|V100|H100|T4|Colab|CPUs?|RTX)\b)[^\n]*\n){2}",
               re.I)
# the training data counted: "56 training images generated via gpt-image-2", "10k training examples"
# (possessive: a number before a long run of blanks is tried once, not once per way of splitting the run)
# ("56 training images", "1,536 synthetic numeric TRAIN examples")
# (or after a label of training: "Train: 150K Unsplash images, 1024px square, 6k steps")
# (the label's word after "training" may be the data's own: "Training scroll: PHerc0139, 4,096 atlas rows, two passes";
# not a rate, "Training throughput: 1,200 samples/s")
_COUNTED = lazy(r"(?m:^)[ \t*_>-]*train(?:ing)?(?:[ \t]+(?!batch|speed|throughput|rate)[a-z]+)?[*_]{0,2}[ \t]*"
                r"(?::|[ \t]-|–)[*_]{0,2}[ \t]*"
                r"(?:[^\n]{0,40}?,[ \t]*)?\d[\d,.]*[kKmM]?"
                r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:images|examples|samples|sentences|pairs|clips|videos|photos|texts|"
                r"rows|records|files|utterances|recordings)\b(?![ \t]*(?:/|per\b))"
                r"|(?<![\w.])\d[\d,.]*+(?:[ \t]*+[kKmMbB]\+?)?[ \t]++(?:[a-z-]+[ \t]+){0,2}?"
                r"(?:training|train|fine-?tuning)[ \t]+"
                r"(?:images|examples|samples|sentences|pairs|utterances|hours|documents|clips|recordings|videos|photos|conversations|"
                r"dialogues|tokens|texts|records|rows|instances|questions)\b"
                # (or counted in brackets after the verb: "pre-trained from scratch on the same corpus as the vocabulary
                # (33 million PubMed abstracts + 1 million PMC full-text articles)")
                r"|\btrained\b[^.\n(]{0,80}\([ \t]*(?:about[ \t]+|over[ \t]+|~[ \t]*)?\d[\d,.]*+[ \t]*"
                r"(?:[kKmMbB]|million|billion|thousand)?[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                r"(?:abstracts|articles|documents|texts|sentences|images|papers|pairs|tweets|reviews|utterances)\b"
                r"(?![ \t]+per\b)"
                # (or a label of training over named sets counted in brackets: "train: UD_Turkish Kenet (15.398) + BOUN
                # (7.803)"; a whole number, not a rate, "Train: Adam (0.001)")
                r"|(?m:^)[ \t*_>-]*train(?:ing)?(?:[ \t]+(?:sets?|data|splits?|corpus))?[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*"
                r"[`*_\[]{0,2}(?-i:[A-Z])[^\n(]{0,40}\([ \t]*[1-9][\d,.]*[ \t]*[kKmM]?[ \t]*\)", re.I)
# (a label's count may come after its other items: "Training - 7000 steps, v1-5 Base, 56 images")
# or counted in tokens by the billion, with the data it was drawn from: "**2B tokens** mixed corpus (FineWeb +
# WikiText)", "1.4T tokens of web text", "a 2B-token corpus" (not a context: "1M tokens of context")
# (or the training tokens counted and what they hold: "we scale up the training tokens into 5.5 trillion including
# source code, text-code grounding, Synthetic data")
_TOKENS = lazy(r"\btraining[ \t]+(?:tokens|data)[ \t]+(?:[\w-]+[ \t]+){0,3}?\d[\d,.]{0,8}[ \t]*"
               r"(?:[BMT]|billion|million|trillion)\b[^.\n]{0,20}?\b(?:including|of|from|spanning|covering)[ \t]+\w|"
               r"(?<![\w.])\d[\d,.]{0,8}[ \t]*(?:[BMT]|billion|million|trillion)[ \t*_-]{0,4}tokens?\b[ \t*_]{0,4}"
               r"(?:(?:of|from)[ \t]+(?!(?:context|input|output|text[ \t]+per)\b)[\w\[(]"
               r"|(?:[\w-]+[ \t]+){0,2}?(?:corpus|corpora|data(?:sets?)?|mixture|dataset)\b)", re.I)


# or measured in bytes: "It outperforms BERT and RoBERTa on majority of NLU tasks with 80GB training data" (not a
# model's or a machine's size: "16GB of RAM", "a 7GB model")
_SIZED = lazy(r"(?<![\w.])\d[\d,.]{0,8}[ \t]*(?:GB|TB|GiB|TiB)[ \t]+(?:of[ \t]+)?(?:pre-?)?training[ \t]+"
              r"(?:data|text|corpus|corpora)\b"
              # ("1.7 TB of online texts, books, and countless other sources")
              r"|(?<![\w.])\d[\d,.]{0,8}[ \t]*(?:GB|TB|GiB|TiB)[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?"
              r"(?:texts?|books|documents|articles|code|web[ \t]+pages|tweets|news|speech|audio|images)\b", re.I)




# or the kind of data its training data is: "Private clinical training, validation, or test datasets", "a
# proprietary training corpus", "synthetic training data" (not only its size or that it is some: "the training data")
_KIND = lazy(r"\b(?:private|proprietary|internal|in-house|clinical|medical|synthetic|licensed|crawled|scraped|"
             r"curated|hand-labell?ed|annotated|simulated)\b[ \t,]+(?:[\w-]+[ \t,]+){0,2}?(?:training|train)\b"
             r"(?:[ \t,]+(?:and|or|validation|test|eval|evaluation|dev)\b)*[ \t,]+(?:data(?:sets?)?|corpus|corpora|"
             r"sets?|splits?)\b", re.I)


_KIND_WORDS = ("private", "proprietary", "internal", "in-house", "clinical", "medical", "synthetic", "licensed",
               "crawled", "scraped", "curated", "hand-label", "annotated", "simulated")


# or what it holds, unnamed: "a dreambooth model trained on a diverse set of close to medium range portraits of people"
# (a set of things, not of settings: "trained on a set of 8 GPUs" holds a digit, "a range of learning rates" none)
_DESCRIBED = lazy(r"\b(?:trained|fine-?tuned|finetuned|training)[ \t]+on[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+){0,3}?"
                  r"(?:set|"
                  r"collection|corpus|selection|variety|mix(?:ture)?)[ \t]+of[ \t]+(?:(?!(?:gpus?|tpus?|nodes|machines|"
                  r"hyper-?parameters|learning|steps|epochs)\b)[a-z-]+[ \t]+){0,5}?(?!(?:gpus|tpus|nodes|machines|"
                  r"hyper-?parameters|steps|epochs|rates)\b)(?:[a-z-]{3,}s|(?<!\bof[ \t])(?:text|code|speech|audio|"
                  r"literature|prose))\b"
                  # ("pre-trained on a huge corpus of computer networking text (~23Gb)": a mass noun too, of a kind,
                  # not "a large corpus of text data")
                  # or the kind of records it learnt from: "conditioned on high-quality anime images"
                  # ("trained with high quality and detailed anime images"; not "with images of size 224")
                  # (a list of kinds before them too: "trained on the loading screens, gta storymode, and gta online
                  # DLCs artworks"; "fine tuned" in two words: "fine tuned on high quality photos")
                  r"|\b(?:conditioned|trained|fine[- ]?tuned|finetuned)[ \t]+(?:on|with)[ \t]+(?:[\w-]+,?[ \t]+){0,9}?"
                  r"(?:images|photos|photographs|pictures|artworks|illustrations|paintings|drawings|recordings|videos|"
                  r"conversations|dialogues)\b(?![ \t]+(?:of[ \t]+(?:size|resolution)|at|resized|cropped|with[ \t]+a))"
                  # or its scale and kind: "train them on large-scale pairs data using contrastive learning"
                  # ("a language model pre-trained on large-scale biomedical literature", "trained on large-scale
                  # multimodal sequences")
                  r"|\b(?:train|(?:pre-?)?trained|fine-?tune|fine-?tuned)[ \t]+(?:them|it|the[ \t]+models?[ \t]+)?"
                  r"[ \t]*on[ \t]+(?:large-scale|massive|huge|billions[ \t]+of|millions[ \t]+of)[ \t]+"
                  r"(?:[\w-]+[ \t]+){0,2}?(?:data|pairs|corpus|corpora|texts|images|literature|sequences)\b"
                  # or which part of a dataset it took: "trained on top of X, with a subset of the dataset - responses
                  # that contained alignment / moralizing were removed"
                  r"|\b(?:with|on|using|from)[ \t]+a[ \t]+(?:[\w-]+[ \t]+)?subset[ \t]+of[ \t]+"
                  r"(?:the|its|our|their|this)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:dataset|data|corpus)\b"
                  # or the set its authors made, and what it holds: "we carefully collected a high-quality bilingual
                  # dataset that covers common scenes, document images"
                  # ("We have collected and compiled a large-scale open source annotated sentence pair data set,
                  # including a total of 30 million sentence pair samples")
                  r"|\b(?:we|i)[ \t]+(?:have[ \t]+)?(?:\w+ly[ \t]+)?(?:collected|curated|constructed|assembled|"
                  r"gathered|compiled|built|created|annotated)(?:[ \t]+and[ \t]+[a-z]+ed)?[ \t]+(?:a|an|our)[ \t]+"
                  r"(?:[\w-]+[ \t]+){0,6}?(?:dataset|data[ \t]+set|data|corpus)[ \t,]+(?:that|which|of|with|covering|"
                  r"containing|from|including)\b"
                  # ("utilizing a varied dataset encompassing critical topics such as: ...")
                  r"|\b(?:using|utili[sz]ing|leveraging|with)[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                  r"(?:dataset|data[ \t]+set|corpus)[ \t]+(?:encompassing|spanning|covering)[ \t]+"
                  r"(?:[\w-]+[ \t]+){0,3}?(?:topics|domains|areas|subjects|fields|languages|tasks)\b", re.I)


def counts_or_lists_data(text: str) -> bool:
    """Whether ``text`` counts the training data or lists it after a colon, says it was used for training, or what
    kind of data it is or what it holds."""
    return (_COUNTED.search(text) is not None or counts_data(text)
            or _LISTED.search(text) is not None or _TOKENS.search(text) is not None
            or _SIZED.search(text) is not None or used_for_training(text) or trained_on_task_in_named_data(text)
            or found_near(_KIND, text, _KIND_WORDS, WORDS_REACH)
            or found_near(_DESCRIBED, text, (" set of", "collection of", "corpus of", "selection of", "variety of",
                                             "mix of", "mixture of", "subset of", "ed on ", " on large-scale",
                                             " on massive", " on huge", " on billions", " on millions", "collected",
                                             "curated", "constructed", "assembled", "gathered", "compiled", "built",
                                             "created", "annotated", "ed with ", "encompassing", "spanning",
                                             "covering"), WORDS_REACH))


WORDS_REACH = 120  # characters around a word of these statements that they may span

# a line that is only a count of datasets or their label, over a list of them: "- 5 datasets" over "  -
# tweeter_dialogue : xlsx" and four more, "Datasets:" over "- squad" (the list's items name the data; not metadata's
# `datasets:` key pasted into the text)
_DATASETS_OVER = lazy(r"^[ \t]*(?!(?-i:datasets|corpora):)(?:[-*+][ \t]+)?[*_]{0,2}(?:\d+[ \t]+)?(?:training[ \t]+)?"
                      r"(?:data-?sets|corpora)[*_]{0,2}[ \t]*[:：]?[ \t]*\n"
                      r"(?:[ \t]*[-*+][ \t]+[*_`\[]{0,2}[\w.-]+[^\n]*\n?){2}", re.I | re.M)


def lists_datasets(text: str) -> bool:
    """Whether ``text`` lists datasets under a line that counts or names them (``_DATASETS_OVER``)."""
    return ("ataset" in text or "orpora" in text) and _DATASETS_OVER.search(text) is not None




# or a link named for the data, alone on its line: "- [Dataset](https://github.com/ZhangJ83/circuit_ocr_dataset_final)"
_DATA_LINK = lazy(r"^[ \t]*(?:[-*+][ \t]+)?\[(?:training[ \t]+|fine-?tuning[ \t]+)?(?:data|data-?sets?|corpus|"
                  r"corpora)\]\((?:https?://|\.{0,2}/)[^)\s]+\)[ \t]*$"
                  # (or anywhere, named for the training data and leading to a dataset of the Hub: "[Training Data](
                  # https://huggingface.co/datasets/nvidia/ChatQA-Training-Data)" in a row of links)
                  r"|\[(?:training|train|fine-?tuning)[ \t]+(?:data|data-?sets?|corpus)\]\(https?://(?:www\.)?"
                  r"(?:huggingface\.co|hf\.co)/datasets/[^)\s]+\)"
                  # (or a pointer to the data that leads to a dataset of the Hub: "You can find dataset list here:
                  # https://huggingface.co/datasets/...", "to look at the original dataset, you can have a look here:
                  # [...](https://huggingface.co/datasets/...)"; not an evaluation's: "the test dataset is here: ...")
                  r"|^(?:(?!eval|test|benchmark|validation)[^\n])*?\bdata-?sets?\b[^\n]{0,60}?\b(?:here|there|below)\b"
                  r"[ \t]*:?[ \t]*(?:\[[^\]\n]*\]\()?https?://(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/\S",
                  re.I | re.M)


_LETTER = lazy(r"[^\W\d_]")


def learnt_from_or_untrained(text: str) -> bool:
    """Whether ``text`` says what a model learnt from otherwise (the environment an agent was fine-tuned in, a set
    of crops it was trained from), or that it was not trained at all (untrained, randomly initialised weights)."""
    if _LETTER.search(text) is None:
        return False  # (no word at all: a card of blank lines, whose every line start the patterns would try)
    return (learnt_from(text) or not_trained(text) or tells_source(text)
            or tuned_for_benchmark(text)
            or (("](" in text or "/datasets/" in text) and _DATA_LINK.search(text) is not None)
            or ("-only " in text and _ONLY_ON.search(text) is not None)
            or found_near(_PICTURES, text, (" on ",), PICTURES_REACH))


# or the kind of pictures or records it learnt from: "Trained mostly on synthetic renders plus hand-checked real
# frames", "trained on 40k dermoscopic images", "Trained on synthetic patient cases, not real EHR data" (not what it
# was trained with, "with images of size 224")
_PICTURES = lazy(r"\b(?:(?:pre-?)?trained|fine-?tuned|finetuned)[ \t]+(?:[\w-]+[ \t]+){0,2}?on[ \t]+"
                 r"(?:(?!(?:on|in|with|using|via|by|at|for)\b)[\w,-]+[ \t]+){0,4}?(?:images|photos|photographs|"
                 r"pictures|frames|renders|renderings|scans|videos|screenshots|sketches|radiographs|spectrograms|"
                 r"cases|records|conversations|dialogues|dialogs|transcripts|emails|recordings|reviews|tweets)\b",
                 re.I)
PICTURES_REACH = 80


# or the only data it was trained on, named before: "Clean50-only training"
_ONLY_ON = lazy(r"\b(?-i:[A-Z][\w.]*)-only[ \t]+(?:training|fine-?tuning|finetuning|pre-?training)\b", re.I)
