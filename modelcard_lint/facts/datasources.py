"""Training data a card tells of without a set's name, as ``datatables`` reads it for ``missing-section`` (MC201): data
counted (by the thousand, in pictures, or a named collection), where its recordings or pictures came from, an
artist's work, or the sets a label says were used."""

from __future__ import annotations

import re

from .anchors import Shapes
from .lazyre import lazy

# or an amount of data counted in pictures: "trained with large amount of high quality data(over 10000000 images)";
# or the amount a checkpoint used: "The preview checkpoint only used \~250k image-text pairs (\~50M tokens)"; or a named
# collection counted: "we first release LAION-Audio-630K, a large collection of 633,526 audio-text pairs"
# (not "a dataset of 3990 images", which says nothing of what it holds)
_COUNTED_LATER = lazy(r"\b(?:model|checkpoint|it|we)[ \t]+(?:only[ \t]+)?(?:used|uses|saw|sees)[ \t]+"
                      # (or by the thousand: "This model used thousands of midjourney generated images")
                      r"(?:(?:\\?~[ \t]*|about[ \t]+|around[ \t]+|over[ \t]+|roughly[ \t]+|nearly[ \t]+)?\d[\d,.]*+"
                      r"(?:[ \t]*+[kKmMbB])?[ \t]++|(?:hundreds|thousands|millions)[ \t]+of[ \t]+)"
                      r"(?:[\w-]+[ \t]+){0,2}?(?:pairs|images|examples|samples|sentences|"
                      r"documents|hours|clips|conversations|dialogues|texts|tokens)\b"
                      r"|\bamount[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?data(?:set)?[ \t]*\([ \t]*"
                      r"(?:over[ \t]+|more[ \t]+than[ \t]+|about[ \t]+|~[ \t]*)?"
                      r"\d[\d,.]*+(?:[ \t]*+[kKmM])?[ \t]++(?:images|pictures|photos|samples|"
                      r"examples|pairs|hours|clips|videos|documents)\b"
                      r"|(?-i:[A-Z])[\w.-]*[\w*_`]{0,2},[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
                      r"(?:collection|corpus|dataset|set)[ \t]+of[ \t]+\d[\d,.]*+(?:[ \t]*+[kKmM])?[ \t]++"
                      r"(?:[a-z-]+[ \t]+){0,2}?(?:images|pairs|utterances|documents|clips|recordings|videos|"
                      r"conversations|dialogues|texts|sentences|examples|samples|hours)\b"
                      # (or a set counted with what it holds: "a large-scale dataset of around 200 million Chinese
                      # image-text pairs"; not "a dataset of 3990 images")
                      r"|\b(?:data-?set|corpus)[ \t]+of[ \t]+(?:(?:around|about|approximately|over)[ \t]+|~)?\d[\d,.]*+"
                      r"(?:[ \t]*+(?:thousand|million|billion|[kmb]\b))?+[ \t]++"
                      r"(?!(?:training|train|test|labell?ed|annotated|high-quality|unique|thousand|million|billion)\b)"
                      r"(?:[a-z-]+[ \t]+){1,3}?"
                      r"(?:pairs|images|texts|sentences|documents|utterances|clips|videos|recordings|conversations)\b",
                      re.I)


# or where its recordings or pictures were taken from: "The voice I make to make this model was ripped from the game
# (3.6 - 4.2)", "All clips were extracted from the anime's episodes"; an artist's work it was trained on ("a fine-tuned
# Stable Diffusion model trained on her work"); the sets a label says were used ("- Instruction-following datasets
# used: instruct_nsfw_cn")
# (or a kind of text measured in bytes, said to be used: "70GB Korean text dataset and 42000 lower-cased subwords are
# used"; not "16GB of RAM", "the 4GB model files"; or the set it was fit on: "This repo contains a low-rank adapter
# for LLaMA-7b fit on the [Stanford Alpaca](...) dataset"; not "fits on a single GPU")
# (each shape with the words, in lower case, that every match of it holds: it is tried only around them)
_TAKEN_FROM = Shapes(
    # (or a set described by what it holds and how it is labelled, as a section on it says: "user comments containing
    # 70,000 comments with two labels (i.e. polarity classification)", "contains 12,138 user opinions about digital
    # products labeled with five different classes")
    (("containing", "contains", "consisting of", "consists of", "comprising"),
     r"\b(?:containing|contains|consist(?:s|ing)[ \t]+of|comprising)[ \t]+(?:about[ \t]+|over[ \t]+|around[ \t]+|~)?"
     r"\d[\d,.]*+[ \t]*[kKmM]?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:comments|opinions|reviews|sentences|documents|texts|"
     r"tweets|articles|samples|examples|images|utterances|posts|messages|questions|pairs|news)\b[^.\n]{0,120}?"
     r"\b(?:labels|label(?:l?ed)|classes|categories)\b"),
    # (or made from a set counted by what it holds: "Created from a dataset with 1M Luxembourgish sentences from
    # Wikipedia")
    # ("created by training GPT2-medium on a custom dataset containing tens of thousands of blog posts", "We pretrained
    # DeepSeek-V2 on a diverse and high-quality corpus comprising 8.1 trillion tokens")
    (("dataset with", "dataset of", "corpus with", "corpus of", "dataset containing", "corpus containing",
      "dataset comprising", "corpus comprising", "dataset consisting", "corpus consisting"),
     r"\b(?:created|built|made|trained|training|derived|pre-?trained|fine-?tuned|finetuned)[ \t]+"
     r"(?:[\w.-]+[ \t]+){0,2}?(?:from|on|using|with)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:data-?set|corpus)"
     r"[ \t]+(?:with|of|containing|comprising|consisting[ \t]+of)[ \t]+(?:about[ \t]+|approx\.?[ \t]+|over[ \t]+|~)?"
     r"(?:\d|(?:tens[ \t]+of[ \t]+|hundreds[ \t]+of[ \t]+)?(?:thousands|millions|billions)[ \t]+of\b)"),
    # (or how the data was made, shown: "the data can be prepared like this: the broken_text is used as input, while
    # the text is the output" over the code that corrupts the texts)
    (("data can be", "data is", "data was", "data were"),
     r"\bdata[ \t]+(?:can[ \t]+be|is|was|were)[ \t]+(?:prepared|created|generated|built|made|produced)[ \t]+"
     r"(?:like[ \t]+this|as[ \t]+follows|this[ \t]+way|in[ \t]+this[ \t]+way)\b"),
    # (or the training data as the subject, a named source after it: "The training data is based on **Wikipedia** and
    # **BookCorpus**")
    (("based on", "drawn from", "taken from", "built from", "composed of"),
     r"\b(?:pre-?training|training|fine-?tuning)[ \t]+(?:data|corpus|dataset)[ \t]+(?:is|was|are|were)[ \t]+"
     r"(?:based[ \t]+on|drawn[ \t]+from|taken[ \t]+from|built[ \t]+from|composed[ \t]+of)[ \t]+(?:the[ \t]+)?"
     r"[*_`\[]*(?-i:[A-Z])"),
    # (or what its outputs were learnt from, drawn from sources: "The todo's come from a random selection of (public)
    # repositories I had on my computer")
    (("come from", "comes from", "came from"),
     r"\b(?:come|comes|came)[ \t]+from[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:selection|sample|collection|"
     r"mix|subset)[ \t]+of[ \t]+(?:[\w()-]+[ \t]+){0,3}?(?:repositories|repos|websites|sites|books|articles|posts|"
     r"documents|papers|pages|projects|sources|files|forums|channels)\b"),
    (("gb", "tb", "gib", "tib"),
     r"(?<![\w.])\d[\d,.]{0,8}[ \t]*(?:GB|TB|GiB|TiB)[ \t]+(?:of[ \t]+)?"
     r"(?!(?:of|ram|vram|memory|gpu|disk|model|weights|checkpoints?|files?)\b)[\w-]+[ \t]+"
     r"(?:text[ \t]+)?(?:data(?:set)?|text|corpus|corpora)\b[^.\n]{0,60}?\b(?:used|for[ \t]+(?:pre-?)?"
     r"training)\b"),
    # (or what it was trained using, from a named source: "finetuned from IgBert-unpaired using paired
    # antibody sequences from the [Observed Antibody Space](...)", "further pre-trained using MIMIC-III
    # clinical notes", "trained using ~18000 high scored samples from Yande.re")
    (("using",),
     r"\b(?:pre-?trained|trained|fine[- ]?tuned|finetuned)\b[^.\n]{0,80}?\busing[ \t]+"
     r"(?:~?[\w-]+[ \t]+){0,3}?"
     r"(?:sequences|data|texts|notes|images|recordings|records|documents|pairs|samples|clips|utterances)"
     # ("fine tuned it using 1400 audio clips (around 10-15 seconds each) from various cryptocurrency related podcasts")
     r"(?:[ \t]+\([^()\n]{1,60}\))?[ \t]+from[ \t]+(?:the[ \t]+)?(?:[\[*`]?(?-i:[A-Z])|(?:[\w-]+[ \t]+){0,4}?"
     r"(?:podcasts|videos|websites|books|papers|forums|channels|episodes|movies|shows|news)\b)"),
    (("using",),
     r"\b(?:pre-?trained|trained|fine-?tuned|finetuned)[ \t]+(?:[\w-]+[ \t]+){0,2}?using[ \t]+"
     r"(?-i:[A-Z][\w.-]*[A-Z0-9][\w.-]*)[ \t]+(?:[\w-]+[ \t]+)?(?:notes|data|texts|corpus|sequences|"
     r"records|images)\b(?![ \t-]*parallel)"),
    # (or a corpus sized or counted: "The resulting corpus has a size of 63GB and consists of
    # 11,052,528,456 tokens"; or data loaded from a named set, linked: "We dynamically load data from
    # different domains in the [RedPajama dataset](...)")
    (("size",),
     r"\b(?:corpus|dataset|training[ \t]+data)[ \t]+(?:has|had)[ \t]+a[ \t]+size[ \t]+of[ \t]+\d"),
    # (or what it holds, counted: "The corpus contains 1.2 million paragraphs from National Agricultural Library")
    (("consists", "contains", "comprises", "includes"),
     r"\b(?<!test[ \t])(?<!eval[ \t])(?<!evaluation[ \t])(?<!validation[ \t])(?<!dev[ \t])(?:corpus|dataset)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,6}?(?:consists[ \t]+of|contains|comprises|includes)[ \t]+"
     r"(?:(?:about|around|over|approximately|roughly|nearly|more[ \t]+than)[ \t]+|~[ \t]*)?\d[\d,.]*[ \t]*"
     r"(?:[kmbt]|thousand|million|billion|trillion)?[ \t]*(?:tokens|words|sentences|documents|images|paragraphs|"
     r"articles|pairs|examples|samples|texts|utterances|recordings|hours|conversations|dialogues|posts|tweets|"
     r"messages|reviews)\b"
     # (or any things counted by the ten at least: "consists of 874 unique manual annotated ECSS requirements")
     r"|\b(?<!test[ \t])(?<!eval[ \t])(?<!evaluation[ \t])(?<!validation[ \t])(?<!dev[ \t])(?:corpus|dataset)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,6}?(?:consists[ \t]+of|contains|comprises)[ \t]+(?:(?:about|around|over|more[ \t]+than)"
     r"[ \t]+)?\d[\d,.]*\d[ \t]+(?:[\w-]+[ \t]+){0,4}?[a-z]{3,}s\b(?<!columns)(?<!classes)(?<!labels)"
     r"(?<!features)(?<!fields)(?<!files)(?<!splits)"),
    # (or sets counted and listed, said used: "So we use 3 dataset:-" over a list of them; not for evaluating)
    (("use", "used", "combine", "combined", "mix", "mixed"),
     r"\b(?:we|i)[ \t]+(?:use|used|combine|combined|mix|mixed)[ \t]+(?:\d{1,2}|two|three|four|five|six|seven|"
     r"eight|nine|ten|several|multiple)[ \t]+(?:[\w-]+[ \t]+)?data-?sets?[ \t]*:"
     r"(?![^\n]{0,80}\b(?:evaluat|test|benchmark))"),
    (("from",),
     r"\bdata[ \t]+from[ \t]+[^.\n\[]{0,60}\[[^\]\n]{1,60}\b(?:dataset|corpus|data)\]\("),
    # (or its own sets by their kind: "supervised fine-tuning with our in-house instruction-following
    # and chat datasets")
    (("in-house", "internal", "proprietary", "private"),
     r"\bour[ \t]+(?:own[ \t]+)?(?:in-house|internal|proprietary|private)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
     r"(?:data(?:sets?)?|corpus|corpora)\b"),
    # ("This was trained with Pepe Larraz's work")
    # (or a writer's: "We finetuned macedonizer/mk-gpt-2 with Blaze Koneski's poetry")
    (("train", "tuned"),
     r"\b(?:train(?:ed|ing)|fine-?tuned|finetuned)[ \t]+(?:[\w./-]+[ \t]+)?(?:on|with)[ \t]+(?:her|his|their|my|our|"
     r"the[ \t]+artist'?s|(?-i:[A-Z][\w.-]*)(?:[ \t]+(?-i:[A-Z][\w.-]*)){0,2}['’]s)[ \t]+(?:own[ \t]+)?"
     r"(?:works?|art|artworks?|illustrations|paintings|drawings|photos|photographs|sketches|poetry|poems|songs|"
     r"lyrics|writings|novels|books|speeches|letters|tweets)\b"),
    # (the marks before the label taken once, possessively: a line of thousands of dashes is no label)
    (("used",),
     r"(?m:^)[ \t>*_-]*+(?:[\w-]+[ \t]+)?data-?sets?[ \t]+used[*_]{0,2}[ \t]*[:：][*_]{0,2}[ \t]*[\w\[`]"),
    # (or crawled, and by what: "Data has been web-crawled using `AutoCrawler`"; not a test set's, "The test data was
    # collected from ...")
    (("ripped", "extracted", "scraped", "collected", "taken", "sourced", "gathered", "captured", "cut", "clipped",
      "crawled"),
     r"(?<!test[ \t])(?<!evaluation[ \t])(?<!validation[ \t])"
     r"\b(?:voices?|audio|clips|recordings|samples|images|pictures|screenshots|footage|frames|lines|data|paintings|"
     r"drawings|artworks|photos|texts|documents|articles|posts|tweets|reviews)\b"
     r"[^.\n]{0,60}?\b(?:was|were|are|is|been)[ \t]+(?:\w+ly[ \t]+)?(?:web-?)?(?:ripped|extracted|scraped|"
     r"collected|taken|sourced|gathered|captured|cut|clipped|crawled)[ \t]+(?:from|off|using|with|via)[ \t]+\S"),
    # (or the verb first, its material's source after it: "The voice was trained with audio from the Vekol server
    # model", "Trained with audio from LibriVox")
    (("trained with", "trained on", "fine-tuned with", "fine-tuned on", "finetuned with", "finetuned on"),
     r"\b(?:trained|fine-?tuned|finetuned)[ \t]+(?:with|on)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:audio|recordings|voice|"
     r"speech|clips|images|photos|pictures|footage|videos|texts|transcripts)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?"
     r"[*_`\[]{0,2}(?-i:[A-Z0-9])"),
    # (or its own dataset named by a link after it: "trained on our dataset, [Homes of New York
    # (HoNY)](...)"; or a dataset of things of a kind: "fine-tuned using a learning rate of 4e-7 ... on
    # a curated dataset of superior-quality anime-style images")
    (("trained",),
     r"\btrained[ \t]+on[ \t]+(?:our|their|its)[ \t]+(?:own[ \t]+)?(?:data-?set|corpus|data)"
     r"[ \t]*,?[ \t]*\["),
    (("set",),
     r"\b(?:fine-?tuned|trained)\b[^.\n]{0,120}?\bon[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
     r"data-?set[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:images|photos|pictures|texts|pairs|conversations|"
     r"dialogues|recordings|videos|documents)\b"),
    # (or a link to where its pictures came from, as DreamBooth concepts' cards give it: "[Image
    # Source](https://www.behance.net/gallery/...)")
    (("source",),
     r"\[(?:images?|pictures?|photos?|training[ \t]+(?:images?|data))[ \t]+sources?\]\(\S"),
    # (or a named set called the training data: "built using SigLIP, Phi-1.5 and the LLaVa training
    # dataset")
    (("training", "tuning"),
     r"\bthe[ \t]+(?-i:[A-Z][\w.+-]*)(?:[ \t]+(?-i:[A-Z0-9][\w.+-]*)){0,2}[ \t]+"
     r"(?:training|fine-?tuning)[ \t]+(?:data-?sets?|data|corpus|set)\b"),
    # (or where the training set is on the Hub: "See the training dataset here for a list of races:
    # https://huggingface.co/datasets/0xJustin/Dungeons-and-Diffusion")
    (("/datasets/",),
     r"\btraining[ \t]+(?:data-?sets?|data|corpus|images)\b[^\n]{0,80}?\b(?:huggingface\.co|hf\.co)/"
     r"datasets/[\w.-]+/[\w.-]"),
    # (or labels of a kind, words not a count: "Trained on self-described personality labels"; or a set
    # built for training: "In order to generate a dataset for training the steps followed were:")
    (("labels", "annotations"),
     r"\btrained[ \t]+on[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}?(?:labels|annotations)\b"),
    (("training",),
     r"\b(?:generate|build|create|construct|collect|compile|make)[ \t]+(?:a|the|our)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,2}?data-?set[ \t]+for[ \t]+(?:the[ \t]+)?training\b"),
    # (or its splits counted: "8,000 train / 1,000 val / 1,000 test", "1,974 quiet train + 349 early-stop", "train: 12k,
    # val: 1.5k"; the data counted is the data it was trained on)
    (("train",),
     r"(?<![\w.])(?:\d[\d,.]{2,}|\d+(?:\.\d+)?[ \t]*[kKmM])[ \t]+(?:[\w-]+[ \t]+){0,2}?train(?:ing)?\b"
     r"(?![ \t]+(?:jobs?|runs?|steps?|epochs?|batch))(?:[ \t]+[\w-]+){0,2}?[ \t]*"
     r"(?:/|\+|,|;|\||and)[ \t]*\d[\d,.]*[ \t]*[kKmM]?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:val(?:idation)?|dev|test|"
     r"eval(?:uation)?|early-stop|held-?out)\b"
     r"|\btrain(?:ing)?[ \t]*[:=][ \t]*\d[\d,.]*[ \t]*[kKmM]?\b[^\n]{0,40}?\b(?:val(?:idation)?|dev|test)[ \t]*[:=]"
     r"[ \t]*\d"),
    # (or its training file, named after a word of training: "bf16 LoRA ... of the forge `khipu/` curriculum
    # (`train.jsonl` + `train.abstain.jsonl`, 23 rows)"; not "Put your data in `train.csv`", an instruction)
    (("train",),
     r"\b(?:trained|fine-?tuned|finetuned|tuned|training|fine-?tuning|lora|adapter)\b(?:[^.\n]|\n(?![ \t]*\n)){0,100}?"
     r"[`'\"][\w./-]*\btrain(?:ing)?(?:[._-][\w-]+)*\.(?:jsonl?|csv|tsv|parquet|txt|arrow|xlsx?)[`'\"]"),
    # (or, in Spanish, Portuguese, French or Italian, the training set counted: "tamaño limitado del dataset de
    # entrenamiento (455 muestras)")
    (("entrenamiento", "treino", "treinamento", "entraînement", "addestramento"),
     r"\b(?:dataset|conjunto[ \t]+de[ \t]+datos|datos|dados|données|jeu[ \t]+de[ \t]+données|corpus|dati)[ \t]+"
     r"(?:de|d'|di)[ \t]*(?:entrenamiento|treino|treinamento|entraînement|addestramento)\b[^.\n]{0,40}?\d[\d.,]*"
     r"[ \t]*(?:muestras|ejemplos|imágenes|amostras|exemplos|imagens|exemples|échantillons|images|esempi|campioni|"
     r"filas|linhas|lignes|righe|frases|phrases)\b"),
    # (or vectors or a model made from a corpus of a kind: "Word-vectors created from a large corpus of competitive
    # debate evidence")
    (("from a", "from the"),
     r"\b(?:created|built|made|derived|learned|learnt|computed|extracted)[ \t]+from[ \t]+(?:a|the)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,2}?(?:corpus|corpora|collection|dump)[ \t]+of[ \t]+\w"),
    # (or the training split counted, "norms fit on the training split only (n = 422,326)"; the years it covers, "-
    # Train years: 2019–2020"; a dataset named in apposition, "and a dataset, Pharmaconer, a NER dataset annotated")
    (("training split", "training set", "train split", "train set"),
     r"\btrain(?:ing)?[ \t]+(?:split|set)\b[^.\n]{0,30}?\([ \t]*n[ \t]*=[ \t]*\d"),
    (("train years", "training years", "training period", "train period"),
     r"(?m:^)[ \t>*_-]*train(?:ing)?[ \t]+(?:years?|period)[*_]{0,2}[ \t]*:[*_ \t]*(?:19|20)\d\d\b"),
    # (or the training set counted by what it holds: "The training set holds 3,569 records", "'train_set' data (3,569
    # records)", "training dataset containing 1,010 clean, conversational Telglish informational pairs"; not "trained
    # on 8 GPUs")
    (("train",),
     r"\btrain(?:ing)?[ _-]?(?:set|split|data(?:set)?)\b['\"`]?[^.\n]{0,40}?(?<![\w.])\d[\d,.]*[ \t]*[kKmM]?[ \t]+"
     r"(?:[\w-]+,?[ \t]+){0,4}?(?:records|rows|examples|samples|images|sentences|utterances|pairs|documents|items|"
     r"instances|entries|hours|tokens|clips|texts|reviews|tweets|questions|dialogues|conversations)\b"),
    # (or its train and test splits counted together: "Train/test: 178/76 (stratified, seed=42)")
    (("train/test", "train/val", "train/dev", "train / test"),
     r"\btrain[ \t]*/[ \t]*(?:test|val(?:idation)?|dev)\b[ \t*_]*:?[ \t*_]*\d[\d,.]*[ \t]*/[ \t]*\d"),
    (("dataset,",),
     r"\b(?:a|the)[ \t]+dataset,[ \t]+[*_`\[]*(?-i:[A-Z])[\w.-]+[*_`\]]*,[ \t]+(?:a|an|the)[ \t]+"),
    # (or a generative model's data, named by what it makes: "a Conditional GAN that can generate MNIST handwritten
    # digits", "generates CelebA faces"; a set's name in capitals, not a format, "generates RGB images", "HD images")
    (("generat", "synthesi"),
     r"\b(?:generat|synthesi[sz])(?:e|es|ed|ing)[ \t]+(?:new[ \t]+|realistic[ \t]+|synthetic[ \t]+|fake[ \t]+)?"
     r"(?!(?:RGB|HD|SD|SDXL|HDR|NSFW|SVG|PNG|JPE?G|GIF|AI|UHD|ASCII|RAW|LORA|GPT|LLM|VAE|GAN|UI|API|PDF|HTML|JSON|"
     r"CSV|SQL|URL)\b)"
     r"(?-i:[A-Z][A-Za-z]*[A-Z](?:-?\d+)?)[ \t]+(?:[\w-]+[ \t]+)?(?:digits|images|faces|samples|pictures|photos|"
     r"characters|handwriting|scenes)\b"),
    # (or a dated dump of Wikipedia, named as its files are: "jawiki-20200831", "enwiki 20230601")
    (("wiki",),
     r"\b[a-z]{2,3}wiki[-_ ]?(?:dump[-_ ]?)?(?:19|20)\d{6}\b"),
    # (or the training part of named sets: "with the training set of `iapp_wiki_qa_squad`, ...")
    (("set", "split", "portion"),
     r"\b(?:train(?:ing)?|fine-?tuning)[ \t]+(?:sets?|splits?|portions?)[ \t]+of[ \t]+(?:the[ \t]+)?"
     r"(?!(?:this|that|these|those|our|its|their|my)\b)(?:`[\w./-]+`|\[[^\]\n]{1,80}\]\(|(?-i:[A-Z0-9][\w.-]*)"
     r"|[a-z][\w.-]*[_/][\w.-]*)"),
    # (or a model said based on a named corpus: "This model is fined-model based on Augmented Code
    # Corpus"; not "The evaluation is based on the GLUE dataset")
    (("based",),
     r"\bmodel\b[^.\n]{0,80}?\bbased[ \t]+on[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w.-]*)"
     r"(?:[ \t]+(?-i:[A-Z][\w.-]*)){0,4}[ \t]+(?:corpus|data-?set)\b"),
    # (or what the authors used for training: "We used a subset of 141,230 Spanish captions from the WIT dataset for
    # training", "I have used IMDB movie review dataset to create custom model"; or data counted in lines, a thousand
    # at least: "Quora_pair_train 134337 lines of pair sentences")
    (("used",),
     r"\b(?:we|i|they)[ \t]+(?:have[ \t]+)?used[ \t]+(?:[^.\n]|\.(?=\S)){0,90}?\b(?:data(?:sets?)?|corpus|corpora|"
     r"captions|images|texts|sentences|examples|samples|pairs|utterances|recordings)\b(?:[^.\n]|\.(?=\S)){0,100}?"
     r"\b(?:for[ \t]+(?:the[ \t]+)?(?:pre-?|fine-?)?(?:training|tuning)|to[ \t]+(?:create|train|build|fine-?tune|"
     r"finetune|make))\b"),
    # (or a named set used as its input data: "used the Wizard of Wikipedia dataset parsed into a chat transcript
    # structure as input data")
    (("used",),
     r"\bused[ \t]+(?:the[ \t]+)?[\[`*]?(?-i:[A-Z])[^.\n]{0,60}?\b(?:data-?set|corpus)\b[^.\n]{0,100}?\bas[ \t]+"
     r"(?:the[ \t]+|its[ \t]+)?(?:input|training|fine-?tuning)[ \t]+data\b"),
    # (or a set of texts of a kind said where they were taken from: "A dataset of various news articles scraped from
    # different online news agencies' websites")
    (("scraped", "collected", "crawled", "gathered", "extracted"),
     r"\bdata-?sets?[ \t]+of[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:scraped|collected|crawled|gathered|extracted)[ \t]+"
     r"(?:from|off)[ \t]+\S"),
    # (or texts of a kind, said where they came from: "further trained for 25k steps (T=512, batch_size = 256) on text
    # sourced from economics books", "trained from a bidirectional transformer in the style of BERT with text sourced
    # from Wikipedia, RealNews, OpenWebText, and CC-Stories")
    (("sourced", "collected", "taken", "drawn", "scraped", "crawled", "gathered", "extracted"),
     r"\b(?:trained|tuned|fine-?tuned|finetuned)\b[^.\n]{0,120}?\b(?:on|with|using)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
     r"(?:text|texts|data|images|documents|articles|posts|recordings)[ \t]+(?:sourced|collected|taken|drawn|scraped|"
     r"crawled|gathered|extracted)[ \t]+from[ \t]+\S"),
    # (or a label of its data within a sentence: "was trained from scratch on training data:
    # data.retriever.nq-adv-hn-train(facebookresearch/DPR)")
    (("training data",), r"\b(?:on|with|using)[ \t]+(?:the[ \t]+)?training[ \t]+data(?:set)?s?[ \t]*:[ \t]*[\w\[`]"),
    # (or the data said unknown or undisclosed, which answers the question: "Since the model used is proprietary, we
    # have no details on the training data", "The training data is not publicly available")
    (("training data", "training set", "training corpus"),
     r"\bno[ \t]+(?:details|information|info|knowledge)[ \t]+(?:on|about|of|regarding)[ \t]+(?:the[ \t]+|its[ \t]+)?"
     r"training[ \t]+(?:data|set|corpus)\b|\btraining[ \t]+(?:data|set|corpus)[ \t]+(?:is|are|was|were|remains?)[ \t]+"
     r"(?:not[ \t]+(?:disclosed|public|publicly[ \t]+(?:available|released)|available|released|known|shared)|unknown|"
     r"undisclosed|proprietary|private|confidential)\b"),
    # (or a named set said used for training: "We used Open Reaction Database (ORD) dataset for model training"; the
    # set to train it on as the subject: "The dataset to train the Tc prediction model is a distinct literature source")
    (("used",),
     r"\bused[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[^.\n]{0,60}?\b(?:data-?set|corpus|data)[ \t]+(?:for|in|to)[ \t]+"
     r"(?:the[ \t]+)?(?:model[ \t]+)?(?:train|fine-?tun|pre-?train)"),
    (("to train", "to fine-tune", "to finetune", "for training"),
     r"\bthe[ \t]+(?:[\w-]+[ \t]+)?(?:data-?set|data|corpus)[ \t]+(?:used[ \t]+)?(?:to[ \t]+(?:train|fine-?tune)|"
     r"for[ \t]+training)\b[^.\n]{0,80}?\b(?:is|was|are|were|consists|comes|came|contains)\b"),
    # (or data of a kind, said to be specific to a domain: "Fine-tuned from X on game-specific examples")
    (("-specific",),
     r"\b(?:fine-?tuned|finetuned|trained)\b[^.\n]{0,80}?\bon[ \t]+(?:[\w-]+[ \t]+){0,2}?[a-z]+-specific[ \t]+"
     r"(?:examples|data|texts?|samples|conversations|dialogues|sentences|documents|prompts|images|recordings)\b"),
    # (or splits counted without their names: "MELD official splits: 9,989 / 1,109 / 2,610 utterances")
    (("splits",),
     r"\bsplits?\b[^.\n]{0,20}?\d[\d,.]*[ \t]*/[ \t]*\d[\d,.]*(?:[ \t]*/[ \t]*\d[\d,.]*)?[ \t]+(?:utterances|"
     r"sentences|examples|samples|images|documents|pairs|clips|hours|rows|dialogues|conversations)\b"),
    (("lines",),
     r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d{4,})[ \t]+lines[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:sentences|pairs|texts?|"
     r"dialogues|conversations|documents)\b"),
    flags=re.I, reach=200,
)
# (the shapes that may span a few hundred characters around their words: a link's address, a long sentence)
_TAKEN_FROM_FAR = Shapes(
    (("fit",),
     r"\bfit(?:ted)?[ \t]+on[ \t]+the[ \t]+(?:\[[^\]\n]{1,80}\]\([^)\s]{0,300}\)|[^.\n\[]{1,80}?)[ \t]+"
     r"data-?set\b"),
    # (or a set named after how long: "distilled for 100k training steps using a total batch size of
    # 192 on the PubMed dataset"; not the Trainer's "on the None dataset")
    (("set", "corpus"),
     r"\b(?:fine-?tuned|finetuned|trained|distilled)[ \t]+for\b(?:[^.\n]|\.(?=\S)){0,200}?\bon[ \t]+"
     r"the[ \t]+(?!(?:None|Unknown)\b)(?-i:[A-Z])[\w.-]*(?:[ \t]+[\w.-]+){0,2}?[ \t]+"
     r"(?:data-?set|corpus)\b"),
    # (or a data file it was trained on, named by its kind: "The model weights have been tuned by
    # training using the `triples.train.small.tar.gz` from [MSMARCO-Passage-Ranking](...)"; not
    # `config.json`)
    ((".csv", ".tsv", ".jsonl", ".parquet", ".arrow", ".tar.gz", ".tgz", ".zip"),
     r"\b(?:pre-?trained|trained|(?:fine-?)?tuned|finetuned|training)\b[^.\n]{0,80}?"
     r"\b(?:using|on|with|from)[ \t]+(?:the[ \t]+)?`?[\w-][\w.-]{0,80}?"
     r"\.(?:csv|tsv|jsonl|parquet|arrow|tar\.gz|tgz|zip)\b"),
    # (or texts counted by the million after the verb: "trained ... over various writing styles from numerous subjects
    # (e.g., scientific, novels, news) with more than 3.9M documents, 73M sentences, and 1.3B words")
    (("documents", "sentences", "words", "tokens", "articles"),
     r"\b(?:pre-?)?trained\b(?:[^.\n]|\.(?=\S)){0,250}?\b(?:with|on|over|using|from)[ \t]+(?:(?:more[ \t]+than|over|"
     r"about|around|nearly|approximately|some)[ \t]+|~[ \t]*)?\d[\d.,]*[ \t]*(?:[kmb]|thousand|million|billion)"
     r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:documents|sentences|words|tokens|articles)\b"),
    # (or a named set said used, however it is qualified: "the fine-tuned model of X using a reviewed version of well
    # known Turkish NER dataset")
    # ("tune it for the EU using the AUTO.RIA Numberplate Dataset")
    (("using",),
     r"\b(?:fine-?tuned|finetuned|trained|(?:fine-?)?tune|train)\b[^.\n]{0,120}?\busing[ \t]+(?:a|an|the)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,6}?"
     r"(?-i:[A-Z])[\w.-]*(?:[ \t]+[\w.-]+){0,2}?[ \t]+(?:data-?set|corpus)\b"),
    # (or things counted by the thousand after the verb: "fine-tuned with GPT2-xl ... using 3,000,000 math discussion
    # posts by students and facilitators on Algebra Nation")
    (("using",),
     r"\b(?:fine-?tuned|finetuned|trained)\b(?:[^.\n]|\.(?=\S)){0,200}?\busing[ \t]+(?:about[ \t]+|over[ \t]+|~)?"
     r"\d{1,3}(?:,\d{3})+[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:posts|messages|texts|documents|sentences|examples|samples|"
     r"images|pairs|conversations|dialogues|articles|reviews|tweets|comments|questions|recordings|hours|utterances)\b"),
    # (or a set's id, its words joined, after the verb: "fine-tuned for sequence classification using TextAttack and the
    # rotten_tomatoes dataset loaded using the `nlp` library")
    (("dataset",),
     r"\b(?:fine-?tuned|finetuned|trained)\b(?:[^.\n]|\.(?=\S)){0,160}?\b(?:and|on|with|using)[ \t]+the[ \t]+`?"
     r"(?-i:[a-z0-9]+(?:[_-][a-z0-9]+)+|(?!(?:same|whole|full|entire|following|new|original|given|other|different|"
     r"training|train|test|validation|eval|evaluation|custom|own|private|public|small|large|big|none|unknown|labell?ed|"
     r"annotated|target|base|above|below|said|first|second|last|final|unkown|imagefolder|audiofolder|generator|json|"
     r"csv|text|parquet|arrow|webdataset)\b)[a-z][a-z0-9]{2,})`?[ \t]+dataset\b"),
    # (or a named set a notebook downloads and then trains on: "When you run the notebook, it downloads the
    # [MS-COCO](https://cocodataset.org/#home) dataset, preprocesses and caches a subset of images ..., trains an
    # encoder-decoder model")
    (("downloads the",),
     r"\bdownloads[ \t]+the[ \t]+(?:\[[^\]\n]{1,80}\]\([^)\s]{0,300}\)|(?-i:[A-Z])[\w.-]*)[ \t]+(?:data-?set|corpus)\b"
     r"[^.\n]{0,200}?\btrains?\b"),
    # (or the data it was trained on, extracted or collected from a named source: "fine-tuned on mathematical proofs
    # extracted from [arXiv.org](https://arxiv.org) LaTeX sources"; not "embeddings extracted from BERT", no training;
    # or with what was downloaded from a site: "fine-tuned Realistic Vison 5.1 with street snaps downloaded from the
    # website of Musinsa", not "with the weights downloaded from the Hub")
    (("extracted from", "collected from", "gathered from", "drawn from", "taken from", "downloaded from",
      "scraped from", "crawled from"),
     r"\b(?:fine-?tuned|finetuned|trained|pre-?trained)(?:[ \t]+on|(?:[^.\n]|\.(?=\S)){0,60}?[ \t]with)[ \t]+"
     r"(?!(?:the[ \t]+)?(?:pre-?trained[ \t]+)?(?:weights|checkpoints?|models?|parameters)\b)[^.\n]{0,80}?"
     r"\b(?:extracted|collected|gathered|drawn|taken|downloaded|scraped|crawled)[ \t]+from[ \t]+(?:the[ \t]+)?"
     r"(?:(?:website|site|pages?|archives?|forums?)[ \t]+of[ \t]+)?(?:\[\w|(?-i:[A-Z0-9]))"),
    # (or the data a task is done on, in parentheses after it: "to predict labels of scientific papers based on the
    # papers they cite (using the [Cora dataset](https://linqs.soe.ucsc.edu/data))")
    (("(using the", "(on the", "(with the"),
     r"\((?:using|on|with)[ \t]+the[ \t]+\[?(?-i:[A-Z])[\w.-]*(?:[ \t]+[\w.-]+){0,3}?[ \t]+data-?set\b"),
    flags=re.I, reach=400,
)


# or sets named in a list the sentence then calls datasets: "We created Smaug-72B-v0.1 using a new fine-tuning technique
# ... and new pairwise preference versions of ARC, HellaSwag, and MetaMath (as well as other existing datasets)"
_LISTED_AS_DATA = lazy(r"\b(?:created|built|made|trained|fine-?tuned|finetuned|tuned)\b(?:[^.\n]|\.(?=\S)){0,200}?"
                       r"(?<![\w-])(?-i:[A-Z][\w-]*+),[ \t]+(?:and[ \t]+)?(?-i:[A-Z][\w-]*+)"
                       r"(?:,?[ \t]+(?:and[ \t]+)?(?-i:[A-Z][\w-]*+)){0,8}+[ \t]*\(?(?:as[ \t]+well[ \t]+as|and|plus|"
                       r"along[ \t]+with)[ \t]+(?:\w+[ \t]+){0,2}?other[ \t]+(?:[\w-]+[ \t]+){0,2}?data-?sets\b", re.I)


def counts_data(text: str) -> bool:
    """Whether ``text`` counts the data a checkpoint used, an amount of data in pictures, or a named collection."""
    return _COUNTED_LATER.search(text) is not None


def tells_source(text: str) -> bool:
    """Whether ``text`` says where the recordings or pictures came from, whose work, or which sets a label says were
    used."""
    return (_TAKEN_FROM.search(text) is not None or _TAKEN_FROM_FAR.search(text) is not None
            or (" other " in text and _LISTED_AS_DATA.search(text) is not None))
