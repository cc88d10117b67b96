"""Where a card covers a topic without a heading of its own: what ``missing-section`` (MC201) accepts
besides headings and bold labels.

Many cards, older ones above all, say what a model card must say in their own way: a plain label
line (``Pretraining Dataset: C4``, ``- Dataset: GitHub Typo Corpus``), a table whose first header
names the topic (the Model Card Toolkit's ``| Intended Use | Description |``), or a sentence under
the title ("a RoBERTa model trained on the CodeSearchNet dataset", "reaches an F1 score of 86.9 on
the dev set", "it is intended to be fine-tuned on a downstream task").  Each function reads one such
shape; the shapes are the grammar of the statement, not lists of cards' phrases:

- labels (``Label: value`` lines, tables' first header cells, columns that name data) are read in ``labels``;
- ``states_training_data``: a sentence saying the model was (pre-)trained or fine-tuned on named data:
  a link, a name that starts with a capital or a digit ("on 1 million reviews"), or "with / using /
  from / in" what the next words call data; not hardware ("on 8 GPUs", "on a TITAN RTX"), not a date,
  not a possibility ("can be fine-tuned on NER"); or the data as the subject ("The datasets were used
  for training");
- results are read in ``results`` (``reports_results``), intended uses in ``purpose`` (``states_intended_use``),
  caveats in ``caveats``, training data in other languages in ``otherlanguages``, what kind of thing the model is in
  ``architectures`` (``describes_model``: "Pretrained ELECTRA base language model for Malay and Indonesian.").
"""

from __future__ import annotations

import re

from ..card import Card
from ..hub.languages import language_fix
from ..hub.vocabulary import LOADERS
from .anchors import matches_at_words, matches_near
from .datadescribed import describes_training_data
from .datamore import states_more_data
from .datatables import (
    counts_or_lists_data,
    data_in_sections,
    learnt_from_or_untrained,
    lists_datasets,
    trains_on_named_data,
)
from .dataused import made_for_shared_task
from .environments import acts_in_named_environment
from .lazyre import lazy
from .otherlanguages import CASELESS, names_language, starts_caseless, trained_in_other_languages
from .otherlanguages import NO_DATA as _NO_DATA
from .prose import prose_text
from .tables import cell_sentences
from .titles import TITLE_CHARS, title_text

# words for data that name none: the Trainer's "on the None dataset" and its loaders, "a custom dataset"
_UNNAMED = (r"(?:none|unkn?own|imagefolder|audiofolder|generator|json|csv|text|parquet|custom|own|same|following|new|"
            r"private|internal|public|small|large|big|original|given|whole|full|entire|other|different|this|that|our|"
            r"my|your|their|its|training|train|test|validation|eval|evaluation|labeled|labelled|unlabeled|annotated)")
_PART = (r"(?-i:version|variant|part|parts|subset|portion|fraction|selection|slice|sample|mixture|combination|"
         r"collection|dump|section|split|half|excerpt|subtask)")
_TRAINED = lazy(
    # a verb ("fined-tuned", a typo, too), up to six words or links ("fine-tuned version of [X](...)", "fine-tuned for
    # sequence classification"), "on", the data's name
    # ("learned using over 1.4 million offensive instances from the SOLID dataset")
    # (misspelt with a doubled n too, "finetunned"; and a distillation: "Knowledge Distillation over the X dataset")
    r"\b(?:pre-?trained|post-?trained|fined?[- ]?tunn?ed|finetunn?ed|trained|distilled|distillation|pre-?training|"
    r"fine-?tuning|training"
    r"|learned|learnt|learns|self-?supervised"  # ("self-supervised on MSD Hepatic-Vessel, LoRA fine-tuned for ...")
    # ("It pre-trains on a corpus mixed with ..."; not "fine-tunes", mostly a noun: "create your own finetunes and
    # loras on top of WD 1.5 Base")
    r"|pre-?trains|(?<=\bit[ \t])trains"
    r"|(?P<base>pre-?train|fine-?tune|finetune|train))"
    # (a parenthesis counts as one word: "fine-tuned using (a second step of) knowledge distillation on SQuAD v1.1")
    # (a link's text may break over lines: "fine-tuning [\nWav2Vec2-Large-Robust](...) \non [aGender](...)")
    # (a number with its decimals counts as one word: "trained from X for approximately 1.6 epochs on 1.2m images")
    r"\s+(?:(?:\[[^\]]{0,200}\]\([^)\s]{0,500}\)[^\s\w]{0,2}|\([^()\n]{1,60}\)|\d++\.\d++|[^\s.]+)\s+){0,6}?"
    # "on" the data, or "from", "with", "using" what the next words call data ("using the Common Voice 7.0 data",
    # "post-trained from [Amazon Dataset](...)", "with SemEval 2019 Task 5 corpus", "with Thai Wikipedia"), which
    # keeps out the model fine-tuned "from [bert-base](...)" and the one trained "with Adam" or "using PyTorch"
    # (or a link whose address names data, however long its text: "using the [Multilingual ... ASR](.../data.html)")
    # ("for" a name that the next words call a dataset: "training of ResNet or OdeNet for MNIST dataset")
    r"(?:for(?=\s+(?:the\s+)?(?-i:[A-Z][\w.-]*)(?:\s+[\w-]+)?\s+(?:data(?:set)?|corpus)\b(?![ \t]+[a-z]+ing\b))|"
    r"on:?|over(?=\s+(?:the\s+|an?\s+(?:mix(?:ture)?|combination|blend|union)\s+of\s+|(?:several|multiple|many|"
    r"various|two|three|four|five|six)\s+)?[*_]{0,2}(?-i:[A-Z\[]))"
    r"|(?:with|using)(?=\s+(?:the\s+)?(?:[\w-]+\s+)?\[?wikipedia\b)"
    r"|(?:from|with|using|in)(?=\s+(?:the\s+)?\[[^\]\n]{1,200}\]\("
    r"[^)\s]{0,300}?/(?:datasets?|data|corpus|corpora)[/.?#)])"
    r"|(?:from|with|using|in)(?=(?:[^.\n]|\.(?=\S)|\n(?![ \t]*\n)){0,80}?"
    r"(?:\b(?:data(?:sets?)?|corpus|corpora|splits?|subsets?)\b"
    r"(?![ \t]+(?:collator|loader|parallel))|\ban?[ \t]+(?:[\w-]+[ \t]+)?sample[ \t]+of\b|/datasets/"
    # (the blanks between a count and its unit read once: a run of a thousand tabs after "9" took a card 0.1 s)
    r"|(?<![\w.])\d[\d.,]*+(?:[ \t]*+(?:[kmb]|thousand|million|billion))?"
    r"[ \t]++(?:[\w-]+[ \t]+){0,3}?(?:words|tokens|sentences|documents|utterances|hours|posts|comments|reviews|tweets|"
    r"articles|pairs|images|texts|dialogues|files|examples|samples|rows|records|recordings|clips|trajectories|episodes|"
    r"conversations|transcripts|videos|sequences|songs|tracks)\b(?![ \t]+(?:per|each|a)\b)))"
    # ("a model trained by roughly 19.2M anime/manga style images": "by" a count of them, not by whom)
    # ("pre-trained by an unprecedented scale of 255M query-article pairs from PubMed search logs")
    r"|by(?=[ \t]+(?:(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:scale|amount|total|number|collection)[ \t]+of[ \t]+)?"
    r"(?:(?:about|around|over|roughly|approximately|some|~)[ \t]*)?\d[\d.,]*+(?:[ \t]*+(?:[kmb]|thousand|"
    r"million|billion))?[ \t]++(?:[a-z/-][\w/-]*[ \t]+){0,3}?(?:sentences|documents|utterances|images|texts|photos|"
    r"dialogues|conversations|examples|samples|pairs)\b))\s+"
    # the data's name, or a link to it a few words on ("on an uncased version of [big Spanish corpus](...)")
    # ("on a filtered and sentence segmented version of the Turkish OSCAR corpus", "on part of TAIGA corpus")
    rf"(?:(?:the|a|an)\s+)?(?:[*_]{{0,2}}(?-i:[a-z-]+)[*_]{{0,2}}\s+){{0,3}}?"
    rf"(?:(?:(?-i:[a-z-]+)\s+){{0,4}}?{_PART}\s+(?:of|from)\s+(?:the\s+)?)?"
    rf"(?:[+~>]{{1,2}}[ \t]*)?(?!{_NO_DATA})(?P<what>\[|[*_`\"'(“‘«]{{0,2}}(?-i:[a-z]{{0,2}}[A-Z0-9]|{CASELESS})"
    # (or where the data comes from, by its address: "trained with data from https://registry.opendata.aws/...")
    r"|(?:(?<=data[ \t]from[ \t])|(?<=dataset[ \t]from[ \t]))https?://[\w.-]+/"
    # or a dataset's id in lower case, after "the" and before what calls it a dataset ("on the common_voice dataset"),
    # not the Trainer's loaders nor a word for unnamed data ("on the None dataset"); or marked as a name, in three
    # parts or more, a digit, _ or . in it ("trained on *librispeech-clean-train.100*", not "*sequence-to-sequence*"),
    # or unmarked with an underscore in it, ending the clause ("This is mbart-large-cc25, finetuned on wmt_en_ro.")
    rf"|(?<=\bthe[ \t])[*_`]{{0,2}}(?!{_UNNAMED}\b)(?-i:[a-z][\w.-]*(?:/[\w.-]+)?)[*_`]{{0,2}}"
    r"(?:[ \t]+(?:and|&)[ \t]+[*_`]{0,2}(?-i:[a-z][\w.-]*)[*_`]{0,2})?(?:[ \t]+(?-i:[A-Z][A-Za-z]{1,5}))?"
    r"(?:[ \t]+(?:train|training|validation|dev|test))?"
    r"[ \t]+(?:data(?:set)?s?|corpus|corpora)\b"
    r"(?P<lower>)|(?:[*`]{1,2}(?=[a-z0-9-]*[\d_.])(?-i:[a-z][a-z0-9]*(?:[-_.][a-z0-9]+){2,})[*`]{1,2}"
    r"|(?-i:[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?=[ \t]*(?:[.,;)]|$)))(?P<marked>))"
    # or the data as the subject: "The training corpus was papers taken from Semantic Scholar", "The data comes
    # from a Kaggle dataset", "The source data for the model consists of ...", or the data used for training
    # ("The Common Voice `train`, `validation` datasets were used for training", "The datasets used for this task
    # contain ...": the data of the task a model is fine-tuned for)
    # ("The pre-training data used in this project comes from social media (Twitter)", "the fine-tuning data is [QAMR]")
    r"|\b(?:(?:pre-?)?training|fine-?tuning|source)[ \t]+"
    r"(?:data(?:set)?|corpus|corpora|set|split|mix(?:ture)?|inventory|pool)(?:[ \t]+(?:pairs|samples|examples))?"
    r"(?:[ \t]+(?:for|of)[ \t]+(?:the|this)[ \t]+(?:model|project)|[ \t]+used[ \t]+(?:in|for|by)[ \t]+(?:this|the|our)"
    r"[ \t]+(?:project|model|work|paper))?[ \t]+(?:is|was|were|are|has|have|had|consists?|comes?|"
    r"includes?|contains?)\b(?P<subject>)"
    r"|\b(?:data(?:set)?s?|corpus|corpora)[ \t]+(?:(?:comes?|came|used|derives?|derived|originates?|stems?)[ \t]+from"
    r"|from:"  # ("Data from: Ai Crowd"; "Most training data derives from machine-translated mMARCO")
    r"|(?:(?:is|was|were|are)[ \t]+)?(?:collected|generated|"
    r"taken|gathered|scraped|crawled|drawn|compiled|built|extracted|derived|created|curated|assembled)[ \t]+"
    r"(?:from|via|by|through|using|manually)\b"
    r"|(?:has|have)[ \t]+been[ \t]+used\b"
    # ("| [bge-m3-data](...) | Fine-tuning data used by bge-m3 |")
    r"|used[ \t]+by[ \t]+(?:the[ \t]+|this[ \t]+)?(?-i:[\w.-]*[A-Za-z0-9])"
    r"|(?:is|was|were|are)[ \t]+used[ \t]+(?:for|to|in|during)"
    r"[ \t]+(?:the[ \t]+)?(?:pre-?|fine-?)?(?:train|tun)|used[ \t]+for[ \t]+this[ \t]+task\b"
    # "The dataset used for this fine-tuning is STSb", "The dataset used in model training was created with"
    r"|used[ \t]+(?:for|in)[ \t]+(?:(?:the|this|model)[ \t]+)*(?:pre-?|fine-?)?(?:train|tun)\w*[ \t]+"
    r"(?:is|was|were|are)\b)(?P<source>)"
    # or counted: "The default lab corpus has 250 examples", "This dataset contains 62,321 comments", "The corpus is
    # roughly 270,000 earth science-based publications" (not a test set's)
    r"|\b(?<!test[ \t])(?<!eval[ \t])(?<!evaluation[ \t])(?<!validation[ \t])(?<!benchmark[ \t])"
    # (or the count in brackets: "on a private dataset (around ~8k analyst report sentences)")
    r"(?:data(?:set)?s?|corpus|corpora)(?:[ \t]+(?:has|had|contains|contained|consists[ \t]+of|comprises|includes|is|"
    r"was|are|were)[ \t]+(?:only[ \t]+|just[ \t]+)?|[ \t]*\([ \t]*|[ \t]+(?:of[ \t]+)?(?=about|around|roughly|~))"
    r"(?:(?:about|around|over|roughly|approximately|some)[ \t]+)?(?:~[ \t]*)?"
    r"\d[\d,.]*[ \t]*[kKmM]?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:examples|samples|sentences|documents|utterances|hours|posts|"
    r"comments|reviews|tweets|articles|pairs|images|texts|dialogues|conversations|questions|tickets|rows|records|"
    r"recordings|clips|words|tokens|entries|publications|papers|abstracts|books|passages|paragraphs)\b(?P<counted>)"
    # or what was used for it: "For training the model, we used the spanish version of SQUAD"
    r"|\b(?:(?:pre-?|fine-?)?training|fine-?tuning|finetuning)(?:[ \t]+(?:the|this)[ \t]+model)?,?[ \t]+(?:we|i)"
    r"[ \t]+used[ \t]+\S(?P<used>)"
    # or where it was taken from: "sentence pairs sampled from STS2012-2016", "texts crawled from Reddit"
    r"|\b(?:sampled|crawled|scraped)[ \t]+from[ \t]+(?:the[ \t]+)?(?:(?-i:[A-Z0-9\[])|(?:web|internet|online)\b)"
    r"(?P<taken>)"
    # ("The fine-tuning was performed on the following datasets:", then the list)
    r"|\b(?:(?:pre-?|fine-?)?training|fine-?tuning|finetuning)[ \t]+(?:was|were|has[ \t]+been)[ \t]+(?:performed|done|"
    r"carried[ \t]+out|conducted|run)[ \t]+on[ \t]+the[ \t]+following[ \t]+(?:data(?:sets?)?|corpora)[ \t]*:(?P<done>)"
    # or a named dataset the model is based on or made on: "to produce positive movie reviews based the [IMDB
    # dataset](...)", "A Bert2Bert model on the Wiki Summary dataset"
    r"|\b(?:based[ \t]+(?:on[ \t]+)?|model[ \t]+on[ \t]+)the[ \t]+\[?(?-i:[A-Z])[\w. -]{0,40}?[ \t]dataset\b(?P<named>)"
    # ("A Bert2Bert model on VoA Persian Corpus", "pre-trained RNN-T Conformer model for the librispeech dataset")
    r"|\bmodel[ \t]+on[ \t]+\[?(?-i:[A-Z])[\w. -]{0,40}?[ \t](?:corpus|corpora|dataset)\b(?P<named_corpus>)"
    rf"|\bmodel[ \t]+(?:on|for)[ \t]+the[ \t]+(?!{_UNNAMED}\b)(?-i:[a-z][\w.-]*)[ \t]+dataset\b(?P<named_id>)"
    # or pictures of what it learnt, as DreamBooth's cards say: "The weights were trained on a photo of sks dog"
    # (the prompt quoted too: 'trained on "a photo of a person showing <thumbs_up> thumbs up"')
    r"|\b(?:trained|fine-?tuned|finetuned|training)[ \t]+(?:\S*[^\s.][ \t]+){0,8}?on[ \t]+[\"'“]?"
    r"(?:a[ \t]+|an[ \t]+|\d+[ \t]+|some[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?(?:photos?|images?|pictures?|drawings?|paintings?)[ \t]+of[ \t]+\S(?P<pics>)"
    # or texts or pictures of a kind it was trained on: "Fine-tuning facebook/blenderbot-400M-distill on subtitles rick
    # and morty", "trained with depth maps computed with [X](...)", "fine-tuned on Spanish tweets" (a genre, not a
    # language alone: "trained on English text")
    # (the participle written as its base, "This model is train on reuters news articles")
    r"|\b(?:(?:pre-?)?trained|fine-?tuned|finetuned|fine-?tuning|finetuning|training|(?:[a-z]+-)?tuned|(?<=-)tuning"
    r"|(?<=\bis[ \t])train|(?<=\bwas[ \t])train|(?<=\bare[ \t])train|(?<=\bwere[ \t])train)[ \t]+"
    r"(?:(?:\[[^\]\n]{0,200}\]\([^)\s]{0,300}\)|[^\s.]+)[ \t]+){0,6}?"  # (a link: a word)
    # (past the task it was made for: "Fine-tuned and unlearned variants of [X](...) for three-class Russian
    # sentiment classification on women's clothing reviews")
    r"(?:for[ \t]+(?:[^\s.]+[ \t]+){0,5}?)?(?:on|with|off[ \t]+of)[ \t]+"
    # (not past another preposition: "trained on 8 GPUs without problems")
    # (a count, "more than" it too, and what it counts by: "with more than 2M lines of long and short titles")
    r"(?:(?:the|a|an|some|many|(?:(?:more[ \t]+than|over|about|around|nearly|almost|roughly)[ \t]+)?"
    r"[*_]{0,2}\d[\d.,]*[kmb]?[*_]{0,2}(?:[ \t]+(?:lines|rows|items|pieces)[ \t]+of)?)[ \t]+)?"
    r"(?:(?!(?:without|with|for|in|on|using|via|after|at|by)\b)"
    r"(?:[\w'’-]+|→|->)[ \t]+){0,4}?(?:(?:open)?subtitles|tweets|reviews|reports|news|posts|words|pairs|stories|"
    r"passages|titles|headlines|loops|tracks|songs|melodies|"
    # (a film's scripts, not a training's: "trained on movie scripts", not "trained with the scripts in this repo")
    r"messages|screenplays|(?:movie|film|tv|television|play|theat(?:re|er)|anime|show)[ \t]+scripts|"
    r"comments|dialogues|conversations|transcripts|papers|abstracts|books|lyrics|recipes|poems|emails|articles|"
    r"questions|sentences|documents|utterances|recordings|records|prompts|problems|instructions|puzzles|videos|scans|"
    r"renders|sketches|screenshots|maps|masks|molecules|proteins|genomes?|repositories|snippets|notebooks|biographies|"
    r"narratives|notes|(?:art)?styles|(?:youtube|podcast|radio|tv|web)[ \t]+(?:samples|clips|audio))\b(?P<genre>)"
    # or what a stage of its training takes: "FG-CLIP's training proceeds in two stages: the first stage leverages
    # global-level caption-image pairs to achieve initial fine-grained alignment"
    r"|\btraining\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:stages?|phases?|steps?)[ \t]+(?:leverages|uses|employs|utili[sz]es|"
    r"relies[ \t]+on|draws[ \t]+on)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:pairs|captions|images|texts|sentences|documents|"
    r"conversations|dialogues|recordings|utterances|transcripts|annotations|descriptions)\b(?P<stage_data>)"
    # ("We've trained notdiamond-0001 on hundreds of thousands of data points from ... evaluation benchmarks")
    r"|\b(?:(?:pre-?)?trained|fine-?tuned|finetuned)[ \t]+(?:[^\s.]+[ \t]+){0,3}?(?:on|with)[ \t]+"
    r"(?:hundreds|thousands|millions|billions|tens|dozens)[ \t]+of[ \t]+"
    r"(?:(?:thousands|millions|billions)[ \t]+of[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:data[ \t]+points|examples|samples|queries|images|documents|sentences|pairs|conversations|records)\b(?P<many>)"
    # ("trained on a massive amount of public corpora ([Persian Wikidumps](...), ...)")
    r"|\b(?:trained|fine-?tuned|finetuned)[ \t]+on[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:corpora|corpus)"
    r"[ \t]*\([ \t]*\[(?P<listed>)"
    # or a dataset named by its link, further on in the sentence: "finetuned on 20/12/2021 in Google Colab from the
    # model [BERTimbau large](...) on the dataset [LeNER-Br language modeling](...)"
    # ("This model trains [T5-V1_1-base](...) on the Norwegian dataset of [Oscar](...)")
    r"|\b(?:fine-?tuned|finetuned|trained|trains|fine-?tunes)\b(?:[^.\n]|\.(?=\S)){0,200}?\bon[ \t]+the[ \t]+"
    r"(?:(?-i:[A-Z])[\w-]*[ \t]+)?(?:data(?:set)?|corpus)[ \t]+(?:of[ \t]+)?"
    r"\[(?P<linked>)"
    # or an ESPnet recipe, named by its corpus: "This model was trained by kamo-naoyuki using wsj/asr1 recipe"
    # ("... using librispeech recipe"; not "using the default recipe", "using our recipe")
    r"|\btrained[ \t]+by[ \t]+(?:\S+[ \t]+){1,3}?using[ \t]+(?!(?:the|our|a|an|this|my|their|default|same)\b)[\w.-]+"
    r"(?:/(?:asr|tts|enh|st|diar|s2st|s2t|mt|lm|ssl|slu|svs|uasr)\d)?"
    r"[ \t]+recipe\b(?P<recipe>)"
    # or, for a reinforcement-learning agent, the environment it learnt in: "a PPO agent playing **LunarLander-v2**"
    # (an environment's id in lower case too, by its version: "playing **donkey-mountain-track-v0**"; or under its
    # label: "**Environment**: `Isaac-SO-ARM101-Lift-Cube-v0`", not "Environment: Python 3.10")
    r"|\bagents?[*_]{0,2}[ \t]+play(?:ing|s)[ \t]+[*_`]{0,2}(?:the[ \t]+[*_`]{0,2})?(?:(?-i:[A-Z0-9])|[\w.-]+-v\d+\b)"
    r"(?P<env>)|\benvironment[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*[*_`]{0,2}[\w.:/-]+-v\d+\b(?P<env_label>)"
    # or the environment it was trained in, as Sample-Factory's cards say: "A(n) **APPO** model trained on the
    # **doom_health_gathering_supreme** environment"
    r"|\btrained[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:[*_`]{0,2}[\w.-]+[*_`]{0,2}[ \t]+){1,3}environments?\b"
    r"(?P<env_in>)"
    # ("A trained Dueling DQN agent capable of landing in the **Gymnasium LunarLander-v3** environment")
    r"|\bagents?\b(?:[^.\n]|\.(?=\S)){0,120}?\b(?:in|on)[ \t]+(?:the[ \t]+)?[*_`]{0,2}(?-i:[A-Z])[\w.-]*[*_`]{0,2}"
    r"(?:[ \t]+[*_`]{0,2}[\w.-]+[*_`]{0,2}){0,2}[ \t]+environments?\b(?P<env_agent>)"
    # or data it describes without a name: "Trained on a private, custom-annotated dataset", "fine-tuned on an
    # in-house corpus" (the words are read in states_training_data: not the Trainer's "an unknown dataset", nor
    # only a size, "a large dataset")
    # (or "Tuning using custom-made instruction following data specialized for Korean", "fine-tuned with the Coconut
    # curriculum to perform multi-digit addition", "Fine-tuned via supervised fine-tuning (SFT) on conversational data")
    # (its object first: "further training the BERT language model in the finance domain, using a large financial ...")
    # (or the labels people gave: "we fine-tune using the direct assessment annotations collected in the WMT")
    r"|\b(?:(?:pre-?)?trained|fine-?tuned|finetuned|(?:fine-?)?tuning|training|built"
    r"|(?<=\bwe[ \t])(?:(?:pre-?)?train|fine-?tune|finetune))[ \t]+(?:\([^()\n]{1,30}\)[ \t]+)?"
    # (the Trainer's sentence, its dataset written by hand: "a fine-tuned version of xlm-roberta-base on a custom
    # contracts dataset")
    r"(?:version[ \t]+of[ \t]+[^\s.]+(?:\.[^\s.]+)*[ \t]+)?"
    r"(?:(?:task|objective|phase|stage)[ \t]+)?"  # ("uses window-based denoising as the pre-training task on ...")
    r"(?:(?:(?:the|this|our|a)[ \t]+(?:[\w-]+[ \t]+){0,2}?model(?:[ \t]+(?:in|for)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    # (the model as "it": "We fine-tuned it on our human-annotated dataset"; "in a news dataset")
    r"[\w-]+)?|it),?[ \t]+)?(?:on|using|with|in(?=[ \t]+an?[ \t]))[ \t]+(?:an?[ \t]+|the[ \t]+)?[*_]{0,2}"
    r"(?:(?:[\w-]+[ \t]+)?(?:amounts?|volumes?)[ \t]+of[ \t]+)?"  # ("a huge amount of cybersecurity data")
    # (after a method: "trained using a state-of-the-art distillation pipeline and an instruction dataset")
    r"(?:(?:[\w-]+[ \t]+){0,3}?(?:pipeline|method|recipe|approach|technique|objective|procedure|framework|process|"
    r"strategy)[ \t]+(?:and|&)[ \t]+(?:an?[ \t]+|the[ \t]+)?)?"
    r"(?P<described>(?:(?!(?:of|with|using|on|for)\b)[\w-]+,?[ \t]+){1,4}?)"
    r"(?:data-?sets?|corpus|corpora|curricul(?:um|a)|annotations|"
    r"data(?![ \t-]*(?:parallel\w*|loaders?|collators?|augmentation|pipelines?|processing|types?|formats?)\b))\b",
    re.I,
)
# words that say nothing of what data it was: its size, or that it is some data ("a new dataset")
_VAGUE = frozenset({"unknown", "large", "larger", "small", "smaller", "big", "bigger", "huge", "massive", "vast", "new",
                    "different", "specific", "certain", "single", "similar", "diverse", "given", "same", "unkown",
                    "other", "particular", "special", "separate", "whole", "full", "entire", "public", "publicly",
                    "available", "open", "standard", "common", "well-known", "popular", "second", "third", "first",
                    "final", "the", "this", "that", "these", "those", "our", "its", "their", "my", "your", "own", "his",
                    "her", "some", "any", "each", "every", "one", "above", "following", "previous", "more", "less",
                    "much", "additional", "extra", "enough", "all", "most", "various", "training", "train", "test",
                    "such", "none"})
# the words a statement of the training data starts with hold one of these ("pre-trained", "fine-tuning", "data
# comes from"), this far into the word at most ("pre-" before "train")
_TRAINED_WORDS = ("train", "tun", "fine", "distill", "data", "corpu", "sourc", "sampl", "crawl", "scrap", "agent",
                  "based", "model on", "model for", "built on", "learned", "learnt", "learns", "supervised",
                  "environment")
# "dataset of real and synthetic faces", or data named by examples: "trained on public datasets that are not
# redistributed, some of which are for research only (e.g. ScienceQA ..., ESC-50 ...)"
_OF_WHAT = lazy(r"[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,4}?[a-z][\w-]*s\b|[ \t]*:[ \t]*[`*\[]?(?:(?-i:[A-Z0-9])|[\w.-]+/\w)"
                r"|(?:[^.\n]|\n(?![ \t]*\n)){0,160}?\((?:e\.g\.|eg\.|for[ \t]+example|such[ \t]+as|including)"
                r"[,:]?[ \t]*\[?(?-i:[A-Z0-9])", re.I)
_POSSIBLE = lazy(r"\b(?:can|could|may|might|should|must|to|will)[ \t]+be[ \t]+\Z", re.I)
# a verb's base form says what could be done, not what was: "You can fine-tune on SQuAD", "how to train on X"
_HOW_TO = lazy(r"\b(?:can|could|may|might|should|must|will|would|you|how[ \t]+to|want[ \t]+to)[ \t]+\Z", re.I)
_BASED = lazy(r"\bbased[ \t]+on[ \t]+(?:(?:the|a|an)[ \t]+)?\Z", re.I)  # "approach is based on [RoBERTa]"
_TOKENIZER = lazy(r"tokeni[sz]er\b[^.,;:\n]*\Z", re.I)  # "the tokenizer was trained on X": not the model's data
_TOKENIZER_TITLE = lazy(r"tokeni[sz]er", re.I)
_THIS_TOKENIZER = lazy(r"\s*this[ \t]+is[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,6}?tokeni[sz]er\b", re.I)
# a title that is a model's name and the named data it was trained on: "SBERT-Large on Kaggle Russian News Dataset"
_TITLE_ON_DATA = lazy(r"[ \t*_]*[\w.+/-]+(?:[ \t]+[\w.+/-]+){0,3}?[ \t]+on[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w.-]*"
                      r"(?:[ \t]+[\w.-]+){0,4}?[ \t]+(?:data-?set|corpus)\b", re.I)
_NOT_DATA = frozenset({"None"})  # the Trainer's "on the None dataset" (MC301 reports it)



# the data named before the verb, in one word: "the official COCO-pretrained Ultralytics YOLOv8n model", "an
# ImageNet-pretrained backbone" (not a prefix, "Pre-Trained", "Self-trained", nor a language, "English-trained")
_COMPOUND = lazy(r"\b(?!(?:pre|post|self|fine|well|re|co|un|non|semi|multi|over|under|jointly|newly)-)"
                 r"((?-i:[A-Z][\w.]*[A-Za-z0-9]))-(?:pre-?trained|trained|fine-?tuned|finetuned)\b", re.I)
_COMPOUND_WORDS = ("-pretrained", "-pre-trained", "-trained", "-finetuned", "-fine-tuned")



def states_training_data(card: Card) -> bool:
    """Whether a sentence, or the title ("BERT fine-tuned on SQuAD 2.0"), says the model was trained or
    fine-tuned on named data."""
    title = title_text(card)
    # (and the other headings: "### GIAA mode pretrained on PARA", "## Fine-tuning on SQuAD"; not a heading of the
    # tasks it can be fine-tuned on, "#### Fine-tuning on NLU tasks", which names a kind of task, not data)
    headings = "\n".join(h.text[:TITLE_CHARS] for h in card.body.headings
                         if h.text != title and "task" not in h.text.lower())
    text = title + "\n" + headings + "\n" + prose_text(card)
    # a tokenizer's repository, by its title or its opening ("This is a small version of the CodeParrot tokenizer")
    tokenizer_card = bool(_TOKENIZER_TITLE.search(title) or _THIS_TOKENIZER.match(prose_text(card)[:300]))
    # (the verb and its data are read in the cells of tables too: "| `MODELS/morgan/` | SVM classifiers trained on
    # Morgan (ECFP6) fingerprints |")
    if _names_trained_data(text, tokenizer_card) or _names_trained_data(cell_sentences(card), tokenizer_card):
        return True
    return (trained_in_other_languages(text) or trains_on_named_data(card) or data_in_sections(card)
            or (any(w in text for w in ("train", "Train", "TRAIN", "ed on ")) and counts_or_lists_data(text))
            or learnt_from_or_untrained(text) or lists_datasets(text) or acts_in_named_environment(card, text)
            or made_for_shared_task(text) or _TITLE_ON_DATA.match(title) is not None or states_more_data(text))


# the data named after the language it is in: "on Catalan language using the [Common Voice](.../datasets/...) and
# [ParlamentParla](...) datasets" (the XLSR fine-tuning week's sentence)
_DATA_AFTER = lazy(r"[^.\n]{0,60}?\b(?:using|with|from)[ \t]+(?:the[ \t]+)?"
                   r"(?:\[[^\]\n]{1,100}\]\([^)\s]{0,300}?/datasets?/"
                   r"|(?-i:[A-Z])[\w.-]*(?:[ \t]+[\w.-]+){0,3}?[ \t]+(?:data(?:sets?)?|corpus|corpora)\b)", re.I)


def _names_trained_data(text: str, tokenizer_card: bool) -> bool:
    """Whether ``text`` names the data a verb of training took (``_TRAINED``, ``_COMPOUND``)."""
    if any(language_fix(m.group(1))[0] != "name" for m in matches_near(_COMPOUND, text, _COMPOUND_WORDS, 60)):
        return True
    if describes_training_data(text):
        return True
    for m in matches_at_words(text, _TRAINED_WORDS, _TRAINED):
        if any(m.group(g) is not None
               for g in ("subject", "source", "taken", "used", "lower", "env", "pics", "named", "named_id", "many",
                         "named_corpus", "genre", "listed", "linked", "recipe", "env_in", "env_agent", "env_label",
                         "counted", "done", "marked", "stage_data")):
            return True
        if m.group("described") is not None:
            # (or says what it holds: "trained on a large dataset of real and synthetic faces")
            if any(w.strip(",").lower() not in _VAGUE and w.strip(",").lower() not in LOADERS
                   for w in m.group("described").split()) or _OF_WHAT.match(
                    text, m.end()):
                return True
            continue
        last = text[m.end() - 1]
        if not last.isupper() and not last.isdigit() and last not in "[/" and not starts_caseless(last):  # ("青空文庫")
            continue  # the pattern is read without case for its verbs, the name must start with a capital (or be
            # written in a script without case: "pre-trained on 青空文庫 texts")
        named = text[m.start("what") :].lstrip("*_`\"'(“‘«")
        if named.split(maxsplit=1)[0].strip(".,;:") in _NOT_DATA:
            continue
        if m.group("base") is not None and _HOW_TO.search(text, max(0, m.start() - 12), m.start()):
            continue
        if (_POSSIBLE.search(text, max(0, m.start() - 12), m.start())
                or _BASED.search(text, m.start(), m.start("what"))
                or (_TOKENIZER.search(text, max(0, m.start() - 30), m.start()) and not tokenizer_card)
                or (names_language(text, m.start("what")) and not _DATA_AFTER.match(text, m.start("what")))):
            continue
        return True
    return False
