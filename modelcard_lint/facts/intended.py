"""The shapes of a statement of what a model is intended, meant, made or good for, which ``purpose`` reads in a card's
prose: "is intended for", "This model is used for sentiment analysis", "fine-tuned to produce negative movie reviews",
"an image classifier", "It aims to classify text", "Downstream-task: Extractive QA".

Each shape is tried only around the words (lower case) that every match of it holds (``anchors.Shapes``): one
alternation of all of them, tried around every such word, cost each window a try of every shape at every character.
"""

from __future__ import annotations

import re

from .anchors import Shapes
from .taskwords import DOER, DOER_WORDS, DOES_VERBS, TASK, TASK_NOUN
from .untrained import MADE_FOR_TESTS

REACH = 40  # characters around a shape's word that its statement may span

_MADE_AS = ("built as", "made as", "created as", "developed as", "trained as")
_RELEASED_FOR = ("for research", "for academic", "for educational", "for non", "for personal", "for teaching")
_ALLOWS = ("allow", "lets ", "let ", "enable", "help", "easier for", "easy for")
_TUNED_TO = ("tuned to", "adapted to", "lized to", "lised to", "tailored to")
_GOOD_AT = ("good at", "good* at", "good_ at", "great at", "great* at", "excellent at", "strong at", "skilled at",
            "proficient at", "adept at")

INTENDED = Shapes(
    (("intend", "meant"),
     r"\b(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?(?:intended|meant)[ \t]+(?:to|for|as[ \t]+(?:an?|the)[ \t]+\w)"),
    (("intend",), r"\b(?:we|i)[ \t]+intend[ \t]+(?:for|to|it|this)\b"),
    # ("You can use the model directly from the model repository to compute sentence embeddings")
    (("use this model", "use the model"),
     r"\b(?:you[ \t]+can|only)[ \t]+use[ \t]+(?:this|the)[ \t]+model[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:for|to)[ \t]+"
     r"(?!pre-?train|fine-?tune|finetune|train)\w"),
    # ("a tiny-layoutlm random model to be used for basic testing", "Demo model for use as part of a course")
    (("for use",), r"\bmodel,?[ \t]+for[ \t]+use[ \t]+(?:as|in|with|by)\b"),  # ("embedding model, for use in X")
    # (or made for tests: "Toy Wordlevel Tokenizer created for testing."; not "for testing the limits of attention")
    (("for test",), MADE_FOR_TESTS),
    # a repository that is a template says what it is for: "This is a template reprository for the SUPERB benchmark",
    # "This is a starter template repo to build a chatbot" (not "This is the prompt template for inference": a format)
    (("template",),
     r"\b(?:this|it)[ \t]+is[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+)?template[ \t]+(?:rep\w*|project)[ \t]+"
     r"(?:for|to)[ \t]+\w"),
    # (or built as a project of learning: "A tiny pirate-themed GPT ... Built as a learning project")
    (_MADE_AS,
     r"\b(?:built|made|created|developed|trained)[ \t]+as[ \t]+(?:an?[ \t]+)?(?:learning|educational|teaching|"
     r"demo|demonstration|toy|hobby|student|class|course|homework)[ \t]+(?:project|exercise|experiment|artifact)\b"),
    # the model as the subject: "This model is used for sentiment analysis", "This model is used detecting hate
    # speech" (not "can be used as follows" or "It can be used to pre-train", which describe a method); "a tiny model
    # that is used in the `transformers` test suite"; or by an application: "This model is being used by Fusion
    # Quill - a Windows app that runs Stable Diffusion"
    (("used ",),
     r"\bmodel[ \t]+(?:(?:that|which)[ \t]+)?(?:is|can[ \t]+be|could[ \t]+be|may[ \t]+be|to[ \t]+be)[ \t]+"
     r"(?:being[ \t]+)?(?:\w+ly[ \t]+)?used[ \t]+"
     r"(?:(?:for|as|to|in(?![ \t]+(?:inference|practice)\b)|by(?=[^.\n]{0,60}\b(?:app|application|tool|service|"
     r"product|plugin|extension)\b))[ \t]+(?!example\b|follows\b)\w|[a-z]{3,}ing\b)"),
    # (or what not to use it for, its use's scope: "They are not suitable for surveillance or high-impact decisions"; or
    # what to use it as: "use it as a fast first pass alongside an LLM or human judgement")
    (("not suitable", "not appropriate", "not fit for", "not recommended for use"),
     r"\b(?:is|are)[ \t]+not[ \t]+(?:suitable|appropriate|fit)[ \t]+for[ \t]+(?!production\b)\w"
     # (or not recommended for a use: "NOT recommended for use in ranked matches")
     r"|\b(?:is|are)[ \t]+not[ \t]+recommended[ \t]+for[ \t]+use[ \t]+(?:in|with|on|as)[ \t]+(?!production\b)\w"),
    (("use it as", "use this model as", "use the model as"),
     r"\buse[ \t]+(?:it|this[ \t]+model|the[ \t]+model)[ \t]+(?:only[ \t]+)?as[ \t]+(?:an?|the)[ \t]+\w"),
    # (or what it is used as: "This is used as the initial model for policy and value RL training in Diplodocus")
    (("used as",), r"\b(?:this|it)[ \t]+is[ \t]+(?:\w+ly[ \t]+)?used[ \t]+as[ \t]+(?:an?|the)[ \t]+\w"),
    # (or what it gives back: "This model provides transcribed speech as a string for a given audio sample")
    (("provides", "returns", "outputs", "produces"),
     r"\b(?:model|it)[ \t]+(?:provides|returns|outputs|produces)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:transcri(?:bed|ptions?)|"
     r"translations?|embeddings?|summar(?:y|ies)|captions?|answers?|masks?|bounding[ \t]+boxes|segmentations?|"
     r"classifications?|labels)\b"),
    # (or what it gives back, named as predicted: "A single continuous value representing the predicted daily unit
    # sales (`sales`) for a given SKU", "returns the estimated age"; not "the predicted value", which names nothing)
    (("predicted", "estimated", "forecast"),
     r"\b(?:outputs?|returns?|gives|produces|yields|represent(?:s|ing))[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
     r"(?:predicted|estimated|forecast(?:ed)?)[ \t]+(?!(?:values?|outputs?|results?|ones?|scores?)\b)[a-z]"),
    # (or the ability it improves or gives: "improves Qwen3-1.7B's ability to converse and teach in Tagalog")
    (("ability to", "abilities to"),
     r"\babilit(?:y|ies)[ \t]+to[ \t]+(?:converse|chat|answer|translate|summari[sz]e|classify|detect|transcribe|teach|"
     r"tutor|write|code|reason|follow[ \t]+instructions)\b"),
    # (or what it can serve as: "It can serve as a pre-trained checkpoint for either making inferences or ...")
    (("serve as", "serves as"), r"\b(?:can|could|may|will)[ \t]+(?:also[ \t]+)?serve[ \t]+as[ \t]+(?:an?|the)[ \t]+"
                                r"(?:[\w-]+[ \t]+){0,4}?\w+[ \t]+for[ \t]+\w"),
    # "It is used to classify text as normal, offensive or hate speech", "It can be used to improve existing dialog
    # generation model ... by re-ranking" (not "it can be used to pre-train"; "It is used for Turkish text processing"
    # may be a package the sentence before names; "This instance can be used to **re-rank a candidate set**"; "This
    # repository is used to debug models", not what it holds, "used to store the weights")
    (("used ",),
     r"\b(?:it|this[ \t]+(?:instance|checkpoint|version|variant|network|repository|repo))[ \t]+"
     r"(?:is|can[ \t]+(?:also[ \t]+)?be)[ \t]+(?:\w+ly[ \t]+)?used[ \t]+to[ \t]+[*_]{0,2}"
     r"(?!pre-?train|fine-?tune|train|load|run|store|host|hold|keep|save|share|upload|distribute)[a-z]{2,}-?[a-z]"),
    # (or with no subject before it, a task's verb after it: "comes from the paper [X](...) and can be used to detect
    # implicit hate speech", "This can be used for many things, including speech transfer and voice cloning")
    (("used ",),
     r"\bcan[ \t]+(?:also[ \t]+)?be[ \t]+used[ \t]+(?:to[ \t]+" + DOES_VERBS + r"|for[ \t]+(?:many|various|several|"
     r"a[ \t]+variety[ \t]+of)[ \t]+(?:things|tasks|purposes|applications|uses)[ \t]*,?[ \t]+(?:including|such[ \t]+as|"
     r"like)\b)"),
    # the use it is released for: "The adapter checkpoints are released for research use", "provided for academic ..."
    (_RELEASED_FOR,
     r"\b(?:models?|checkpoints?|weights|adapters?|it|this)[ \t]+(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?"
     r"(?:released|provided|made[ \t]+available|shared|published|distributed)[ \t]+for[ \t]+(?:research|academic|"
     r"educational|non-?commercial|personal|teaching)[ \t]+(?:use|usage|purposes?|work)\b"
     # (or open for it: "ChatGLM2-6B weights are **completely open** for academic research")
     r"|\b(?:models?|checkpoints?|weights)[ \t]+(?:is|are)[ \t]+[*_]{0,2}(?:completely[ \t]+|fully[ \t]+)?open[*_]{0,2}"
     r"[ \t]+for[ \t]+(?:academic[ \t]+)?research\b"),
    # (or any purpose its files are given for: "The `adapter/` files are also provided for adapter-specific analysis",
    # "checkpoints are released for reproducing the paper's ablations"; not "for reference", "for convenience")
    (("provided for", "released for", "available for", "shared for", "published for", "distributed for"),
     r"\b(?:models?|checkpoints?|weights|adapters?|files|it|this)[ \t]+(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?"
     r"(?:released|provided|made[ \t]+available|shared|published|distributed)[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,2}?"
     r"(?:analys[ie]s|research|study|studies|experiments?|experimentation|benchmarking|comparisons?|reproduc\w+|"
     r"ablations?|inspection|debugging|prototyping|demonstrations?|education|fine-?tuning|deployment)\b"),
    # the use it is for, said with "is for": "This model is for educational purposes", "it is meant for research use"
    (("purpose", " use", "usage"),
     r"\b(?:models?|checkpoints?|adapters?|weights|it|this|these)[ \t]+(?:is|are)[ \t]+(?:only[ \t]+|solely[ \t]+|"
     r"mainly[ \t]+|primarily[ \t]+|intended[ \t]+|meant[ \t]+)?for[ \t]+(?:research|academic|educational|teaching|"
     r"demonstration|demo|testing|experimental|personal|non-?commercial)[ \t]+(?:use|usage|purposes?)\b"),
    # or it is a demonstration or a lesson: "A small, silly post-training demo", "small educational style experiments"
    (("educational", "demo"),
     r"\beducational[ \t]+(?:[\w-]+[ \t]+)?(?:experiments?|projects?|demos?|models?|exercises?)\b"
     r"|\b(?:post-?training|training|fine-?tuning|teaching|classroom|course)[ \t]+(?:demo|demonstration)\b"),
    # who it helps, and to do what: "IlaAI helps farmers and developers get accurate, practical farming advice"; what
    # it is exported for: "ExecuTorch .pte export of X for on-device mobile inference"
    (("helps ", " for on-device", " for edge", " for mobile"),
     r"\bhelps[ \t]+(?:[\w-]+[ \t]+(?:and[ \t]+)?){0,2}?(?:users|people|developers|researchers|farmers|students|"
     r"teachers|doctors|clinicians|businesses|teams|writers|analysts|engineers|lawyers)[ \t]+(?:to[ \t]+)?[a-z]{3,}"
     r"|\bfor[ \t]+(?:on-?device|edge|mobile|in-?browser)[ \t]+(?:[\w-]+[ \t]+)?(?:inference|use|deployment|apps?)\b"),
    # a use it is kept to, or ruled out: "For research use only", "runnable for inspection and reproduction only",
    # "Not a medical device; not for clinical use" (not "for 3 epochs only", "not for now")
    (("only",),
     r"\bfor[ \t]+(?:[\w-]+[ \t]+(?:and|or)[ \t]+)?(?:[\w-]+[ \t]+)?(?:inspection|reproduction|reproducibility|"
     r"research|evaluation|testing|demonstration|demo|education|educational|experimentation|experiments|benchmarking|"
     r"analysis|study|teaching|academic|non-?commercial|personal)"
     r"(?:[ \t]+(?:use|usage|purposes?|transparency|reference|illustration|comparison))?[ \t]+only\b"),
    (("not for",),
     r"(?:^|[.;:!?][*_]{0,2}[ \t]+|\n)[ \t]*(?:[-*+>][ \t]+)?[*_]{0,2}not[ \t]+for[ \t]+"
     # (the uses ruled out may be listed: "Not for biometric, forensic, or medical tasks")
     r"(?:[\w-]+,?[ \t]+(?:or[ \t]+|and[ \t]+)?){1,4}?(?:use|usage|purposes?|applications?|deployment|tasks)\b"),
    # the kind of application it was made for: "foundation models designed for intelligent agents", "designed for
    # software engineering and agentic coding use cases" (not "designed for 8 GPUs")
    (("designed for", "built for", "made for", "optimized for", "optimised for", "tailored for"),
     r"\b(?:designed|built|made|optimi[sz]ed|tailored)[ \t]+(?:specifically[ \t]+|primarily[ \t]+|mainly[ \t]+)?for"
     r"[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:agents|applications|use[ \t]+cases|workflows|assistants|chatbots|scenarios)\b"),
    # what it allows doing: "Motion LoRAs allow adding specific types of motion to your animations", "which allows
    # inserting/infilling code" (not what running it takes: "this version allows fitting the whole model at full
    # context using only 24GB VRAM")
    (("allow", "enable"),
     r"\b(?:allows?|enables?)[ \t]+(?!(?:loading|running|using|downloading|installing|fine-?tuning|training|"
     r"deploying|converting|quantizing|accessing|calling|fitting|storing|saving|serving|hosting|offloading)\b)"
     r"(?-i:[a-z]{3,}ing)[ \t/]+\w"),
    # what it lets its users do: "Stemify allows users to separate audio tracks into individual components" (not how
    # to get or run it: "allows you to load the model in 4-bit"), or helps them do: "making it easier for users to
    # understand the business meaning of SQL queries"
    (_ALLOWS,
     r"\b(?:allows?|lets?|enables?|help(?:s|ing)?|mak(?:es|ing)[ \t]+it[ \t]+eas(?:y|ier)[ \t]+for)[ \t]+"
     r"(?:users?|you|one|people|anyone|developers|researchers|analysts)[ \t]+(?:to[ \t]+)?[*_]{0,2}"
     r"(?!(?:load|run|use|download|install|reproduce|fine-?tune|finetune|train|deploy|convert|quantize|access|try|"
     r"call|cite|get|see|check|read|easily|quickly|set|switch|host|serve)\b)(?-i:[a-z]{3,})\b"),
    # or what it was made to work with: "Supercot was trained to work with langchain prompting"
    (("to work with", "to work in"),
     r"\b(?:trained|fine-?tuned|tuned|designed|built|made)[ \t]+to[ \t]+work[ \t]+(?:well[ \t]+|best[ \t]+)?"
     r"(?:with|in)[ \t]+[*_`\[]{0,2}\w"),
    # or the applications it caters to: "This compactness allows it to cater to a multitude of applications demanding a
    # restricted computation and memory footprint"
    (("cater to", "caters to", "catering to"),
     r"\bcater(?:s|ing)?[ \t]+to[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:applications|use[ \t]+cases|users|needs|scenarios|"
     r"developers|researchers)\b"),
    # or a work it is recommended for: "The full model is recommended for training your character model" (not "for
    # inference")
    (("recommended for",),
     r"\bmodel[ \t]+is[ \t]+(?:\w+[ \t]+)?recommended[ \t]+for[ \t]+(?!(?:inference|using|running|loading)\b)"
     r"[a-z]{3,}ing\b"),
    # or a conversation it holds about the reader's things: "chat with MiniGPT-4 around your images"
    (("chat with",),
     r"\bchat[ \t]+with[ \t]+[\w.-]+[ \t]+(?:around|about|over)[ \t]+your[ \t]+\w"),
    # or only for research: "These weights are for the original Github repository and it's only for research purpose"
    (("only for research", "only for academic", "only for non"),
     r"\b(?:it's|it[ \t]+is|they[ \t]+are|is|are)[ \t]+only[ \t]+for[ \t]+(?:research|academic|non-?commercial)[ \t]+"
     r"(?:use|usage|purposes?)\b"),
    # or a model made to enable or help a field's work: "A chemical language model to enable fully machine-driven
    # ultrafast polymer informatics" (not "a model to download")
    (("model to enable", "model to support", "model to help", "model to assist", "model to facilitate",
      "model to accelerate", "model to automate", "model to aid", "model to advance", "model to power"),
     r"\b(?:an?|the|our)[ \t]+(?:[\w-]+[ \t]+){0,3}?model[ \t]+to[ \t]+(?:enable|support|help|assist|facilitate|"
     r"accelerate|automate|aid|advance|power)[ \t]+[*_]{0,2}\w"),
    # what it was fine-tuned to do: "fine-tuned to produce negative movie reviews" (not "trained to guess the next
    # word", a pre-training objective, nor "fine-tuned to convergence"; a verb, not a name: "to ArXiv papers")
    (_TUNED_TO,
     r"\b(?:fine-?tuned|finetuned|adapted|speciali[sz]ed|tailored)[ \t]+to[ \t]+"
     r"(?!convergence\b|completion\b|be\b|the\b|an?\b)(?-i:[a-z]{3,})\b"),
    # what it was made to do, a task: "trained using [AI-SOCO] dataset to do text classification", "It can later be
    # used to perform a downstream task"
    (("to do ", "to perform ", "to solve ", "to tackle "),
     rf"\bto[ \t]+(?:do|perform|solve|tackle)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\w&-]+[ \t]+){{0,4}}?"
     rf"(?:tasks?|{TASK_NOUN})\b"),
    # a use ruled out, as a line of its own ("- Not intended for biometric or forensic usage"), which says what the
    # model's uses are not, as "It is not intended for medical diagnosis" does
    (("not intended", "not meant"),
     r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?:*+\-][ \t]))not[ \t]+(?:intended|meant)[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,4}?"
     r"(?:use|usage|uses|purposes|applications|deployment)\b"),
    # an appositive of intent: "a family of BERT models for the legal domain, intended to assist legal NLP research"
    (("intend", "meant"),
     r"\b(?:intended|meant)(?<!not[ \t]intended)(?<!not[ \t]meant)[ \t]+(?:to|for)[ \t]+(?!be\b)\w"),
    # or a generator of what it makes: "A [GPT-2](...) based lyrics generator fine-tuned on ..." (not "an ELECTRA
    # generator", the half of a model that pre-training trains beside the discriminator)
    (("generator",),
     r"\b(?:lyrics?|story|stories|poems?|poetry|texts?|images?|music|songs?|"
     r"code|captions?|quotes?|titles?|names?|headlines?|summary|summaries|questions?|answers?|jokes?|recipes?|tweets?|"
     r"prompts?|descriptions?|sql|quer(?:y|ies)|dialogues?|responses?|paraphrases?|speech|audio|videos?|faces?)"
     r"[ \t]+generator\b"),
    # or by what it is, a doer of its task: "an image classifier", "a hate speech detector", "an unsupervised sentence
    # encoder" (not an architecture's part: "an ELECTRA generator", "a Transformer encoder")
    (DOER_WORDS, rf"\b(?:a|an)[ \t]+(?:[\w&-]+[ \t]+){{0,4}}?{DOER}\b"),
    # what it is made or good for: "Designed for use with ai-msgbot", "It is especially useful for masking
    # experiments", "We recommend using this model if you intend to fine-tune it on your own data"
    (("design", "for use", "used "), r"\b(?:designed|built|made)[ \t]+(?:for|to)[ \t]+(?:use|be[ \t]+used)\b"),
    # (or a part to use with the model it was made for: "Herbert tokenizer should be used together with [HerBERT
    # model](...)"; not "can be used with the transformers library", how it can be run)
    (("be used",), r"\b(?:tokenizer|vocabulary|vae|adapter|embeddings?|it)[ \t]+(?:should|must|is[ \t]+to|are[ \t]+to)"
                   r"[ \t]+(?:only[ \t]+)?be[ \t]+used[ \t]+(?:together[ \t]+|only[ \t]+)?with\b"
                   r"(?![ \t]+(?:great[ \t]+|some[ \t]+)?(?:care|caution)\b)"),
    # (the model as the subject: not "a pre-training method that is designed to ...", "data exploration is better
    # suited for ...", "It [a toolkit] is designed to be simple", nor "I recommend using the cased model", which picks
    # among its versions; "This model is useful if you want to fine-tune it for a relatively simple Russian task")
    (("useful", "suit", "design"),
     r"\b(?:model|it|checkpoint|generator|discriminator)[ \t]+(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?"
     r"(?:(?:useful|suitable|suited)[ \t]+(?:for|to|if[ \t]+you[ \t]+(?:want|need|wish)[ \t]+to)|designed[ \t]+for)\b"),
    (("recommend using this model",), r"\brecommend[ \t]+using[ \t]+this[ \t]+model\b"),
    # (what its ability is good for: "8x wider `max_seq_length` ... which is handy in case of working with long texts")
    (("useful", "handy", "helpful"), r"\b(?:useful|handy|helpful)[ \t]+(?:when|in[ \t]+case[ \t]+of|for)[ \t]+"
                                     r"(?:working|dealing)[ \t]+with\b"),
    # ("The checkpoint is only useful for English NLP tasks")
    (("useful",), r"\buseful[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,3}?tasks?\b"),
    # what it aims or is designed to do: "It aims to classify text", "It is designed to generate follow-up questions",
    # "with the aim to recognize only relevant characters" (not "designed to be simple"; the model as the subject:
    # not "a pre-training method that is designed to better represent spans"; "This task aims to extract named
    # entities": the task a model is fine-tuned for)
    (("aim", "design", "intend", "meant"),
     r"\b(?:it|model|checkpoint|this|task)[ \t]+(?:(?:is|was|are|has[ \t]+been)[ \t]+)?(?:\w+ly[ \t]+)?"
     r"(?:aims?|designed|intended|meant)[ \t]+to[ \t]+(?!be\b)[a-z]{3,}"
     r"|\bwith[ \t]+the[ \t]+aim[ \t]+to[ \t]+[a-z]{3,}"
     # ("aiming at investigating the heavy and light chain pairing preferences in antibody")
     r"|\baim(?:s|ing|ed)?[ \t]+at[ \t]+[a-z]{3,}ing\b"),
    # the task it was trained on: "We trained a gbert-large model on the task of estimating semantic similarity"
    (("task of",), r"\bon[ \t]+the[ \t]+task[ \t]+of[ \t]+\w"),
    # a reinforcement-learning agent by the game or task it plays: "a PPO agent playing **LunarLander-v2**"
    (("agent",), r"\bagents?[*_]{0,2}[ \t]+(?:that[ \t]+)?play(?:ing|s)[ \t]+\S"),
    # (or a model of a kind, for doing something: "dualGNN is an autoregressive message-passing GNN for sampling fine,
    # regular triangulations")
    ((" for ",),
     r"\b(?:is|are)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:model|network|gnn|policy|transformer|encoder|decoder)s?"
     r"[ \t]+for[ \t]+(?!training\b|testing\b)[a-z]{3,}ing[ \t]+\w"),
    # (or what a policy was trained to do in its world: "trained to fly a quadcopter in the FPV simulator Liftoff")
    (("trained to",),
     r"\btrained[ \t]+to[ \t]+(?:fly|drive|walk|run|navigate|balance|land|race|hover|grasp|pick|push|steer|swim|"
     r"jump|climb|manipulate|stack|fold|pour|open|reach)[ \t]+(?:an?|the)[ \t]+\w"),
    # what it is good at: "This Dolphin is *really good* at coding" (not "good at all")
    # (or as a fragment, an item of a list of strengths: "- **Creative responses**: Particularly good at storytelling")
    (_GOOD_AT,
     # (or what it was made to be good at: "trained to be good at 10 Indic languages + English")
     r"(?:\b(?:is|are|be)[ \t]+(?:[\w*_]+[ \t]+)?|(?:^|[.:!?][*_]{0,2}[ \t]|\n)[ \t]*(?:[-*+][ \t]+)?(?:\w+ly[ \t]+)?)"
     r"[*_]{0,2}(?:good|great|excellent|strong|skilled|proficient|adept)"
     r"[*_]{0,2}[ \t]+at[ \t]+(?!all\b|least\b|first\b)(?:\d+[ \t]+)?[a-z]{3,}"),
    # (or better at a task than before, a changelog's item: "<br>\\- Better at Storywriting / Narration.")
    (("better at", "better* at"),
     r"(?:^|\n)[ \t]*(?:<br[ \t]*/?>)?\\?(?:[-*+][ \t]+)?[*_]{0,2}better[*_]{0,2}[ \t]+at[ \t]+(?!all\b)[a-z]{3,}"),
    # what it does, a card opening with its verb: "Returns facial emotion with about 91% accuracy based on facial human
    # image", "Classifies news headlines into ..."
    (("returns", "classifies", "detects", "predicts", "translates", "transcribes", "recognizes", "recognises",
      "segments", "summarizes", "summarises", "generates"),
     r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][ \t]))(?:returns|classifies|detects|predicts|translates|transcribes|"
     r"recogni[sz]es|segments|summari[sz]es|generates)[ \t]+(?:[\w-]+[ \t]+){0,6}?(?:based[ \t]+on|from|in|of|for|"
     r"into|with)\b"),
    # the task it was made with in mind: "fine-tuned with the task of semantic textual similarity in mind"
    (("task of",), r"\bwith[ \t]+the[ \t]+task[ \t]+of[ \t]+(?:[\w-]+[ \t]+){1,5}?in[ \t]+mind\b"),
    # who should use it, and when: "You should only use this repository if you have been granted access to the model"
    (("only use this",),
     r"\b(?:should|must|may|can)[ \t]+only[ \t]+use[ \t]+this[ \t]+(?:model|repo(?:sitory)?|checkpoint|version)[ \t]+"
     r"(?:if|for|when|to)\b"),
    # what it excels at: "While it excels in Korean tasks", "Llama 3 excels at all the general usage situations"
    (("excel",), r"\bexcels?[ \t]+(?:in|at)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?[a-z]{3,}"),
    # what it works well for: "works well for direct K8s knowledge questions"
    # (or with a kind of input: "Works best with philosophical and creative prompts"; not "works well with vLLM")
    # (or across the tasks it is good at: "These models perform well across various natural language processing tasks")
    (tuple(f"{how} {on}" for how in ("well", "best", "great") for on in ("for", "on", "at", "with", "across")),
     r"\b(?:works?|performs?)[ \t]+(?:very[ \t]+)?(?:well|best|great)[ \t]+(?:for|on|at|across)[ \t]+"
     r"(?!all\b|the[ \t]+(?:first|whole)\b)\w|\b(?:works?|performs?)[ \t]+(?:very[ \t]+)?(?:well|best|great)[ \t]+"
     r"with[ \t]+(?:[\w-]+,?[ \t]+){0,4}?(?:prompts|inputs|questions|queries|requests|instructions|texts|documents|"
     r"images|photos|recordings|tasks)\b"),
    # what it generates, and research as its use: "A 9-billion-parameter generative foundation model for Earth
    # Observation", "It is a research model."
    # (a field of two capitalised words or a thing in lower case; not a language, "Generative models for Arabic")
    (("generative",), r"\bgenerative[ \t]+(?:[\w-]+[ \t]+){0,2}?models?[ \t]+for[ \t]+(?:the[ \t]+)?"
                      r"(?:(?-i:[a-z])\w|(?-i:[A-Z])[\w-]*[ \t]+(?-i:[A-Z])\w)"),
    (("research",),
     r"\b(?:is|as)[ \t]+an?[ \t]+research(?:[ \t-]+only)?[ \t]+"
     r"(?:model|prototype|artifact|preview|release|checkpoint)\b"),
    # its goal or point: "The goal of this model is to save students GPU time", "The point of this checkpoint is ..."
    (("goal", "purpose", "aim", "objective", "point of"),
     r"\b(?:goal|purpose|aim|objective|point)[ \t]+of[ \t]+(?:this|the)[ \t]+(?:model|checkpoint|work|fine-?tun\w*|"
     r"repo|repository|project|tokenizer|adapter)[ \t]+(?:is|was)[ \t]+(?:to[ \t]+)?\w"),
    (("purpose", "goal", "aim"),
     r"\bits[ \t]+(?:purpose|goal|aim)[ \t]+is[ \t]+to[ \t]+\w|\bthe[ \t]+purpose[ \t]+is[ \t]+to[ \t]+\w"),
    # its task as a label: "Downstream-task: Extractive QA", AutoTrain's "- Problem type: Binary Classification"
    (("downstream", "problem type"),
     r"\bdownstream[ -]tasks?\**[ \t]*:|\bproblem[ \t]+type\**[ \t]*:[ \t]*\**[ \t]*\w"),
    # ("- **Target Task:** Multivariate Time-Series Forecasting", a label opening its line)
    # ("- **Tasks Supported**:" over a list of them)
    (("task",),
     r"(?m:^)[ \t]*(?:[-*+][ \t]+)?\**(?:target[ \t]+|main[ \t]+|primary[ \t]+|model[ \t]+|supported[ \t]+)?tasks?"
     r"(?:[ \t]+supported)?\**[ \t]*:\**[ \t]*(?:[*`]*[ \t]*[A-Za-z]|\n[ \t]*[-*+][ \t]+[*_`]{0,2}[A-Za-z])"),
    # the role it serves in: "This model serves as the **teacher backbone** for: ..." (not "serves as a baseline")
    (("serves as", "acts as", "functions as"),
     r"\b(?:serves|acts|functions)[ \t]+as[ \t]+(?:the|a|an)[ \t]+(?:[*_]{0,2}[\w-]+[*_]{0,2}[ \t]+){0,3}?"
     r"[*_]{0,2}[\w-]+[*_]{0,2}[ \t]+(?:for|in)\b"),
    # a pretrained model's use, to be fine-tuned on tasks: "the main Transformer used for finetuning to downstream
    # tasks", "primarily aimed at being fine-tuned on tasks", "It could be used to fine-tune other tasks in the
    # software development domain"
    (("task", "aimed at", "used ", "meant", "intend", "you can"),
     r"\b(?:used|aimed|meant|intended|made)[ \t]+(?:at[ \t]+being[ \t]+|to[ \t]+be[ \t]+|for[ \t]+|to[ \t]+)?"
     r"(?:fine-?tuned?|finetuned?|fine-?tuning|finetuning)[ \t]+(?:(?:on|to|for)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
     r"tasks?\b"
     # (or said to its reader: "From there, you can fine-tune it on clinical tasks that benefit from ...")
     r"|\byou[ \t]+can[ \t]+(?:then[ \t]+|further[ \t]+)?(?:fine-?tune|finetune)[ \t]+"
     r"(?:it|this[ \t]+model|the[ \t]+model)[ \t]+(?:on|for|to)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
     rf"(?:tasks?|{TASK_NOUN})\b"),  # (or on a task by its noun: "on Dhivehi news classification")
    # the reader it is for: "try this if you are working with task like QA"
    (("you are work", "you work"), rf"\bif[ \t]+you[ \t]+(?:are[ \t]+)?work(?:ing)?[ \t]+(?:on|with)[ \t]+(?:{TASK})"),
    # a deployment it is packaged for: "with a config.pbtxt for deployment using NVIDIA Triton Inference Server"
    (("for deployment", "for serving"),
     r"\bfor[ \t]+(?:deployment|serving)[ \t]+(?:using|on|with|in|to)[ \t]+\w"),
    # a model for general purposes: "A new general purpose transformer model for low-resource language Tigrinya"
    (("general purpose", "general-purpose"),
     r"\bgeneral[- ]purpose[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:models?|lms?|encoders?|embeddings?|transformers?)\b"),
    # the hardware or runtime it is made to run on: "LCM-distilled AnimateDiff weights for fast inference on Tenstorrent
    # Blackhole hardware" (not how fast it is, "optimized for speed")
    (("inference on",),
     r"\b(?:weights|models?|checkpoints?|versions?|builds?|exports?|conversions?|ports?)[ \t]+(?:(?:optimi[sz]ed|"
     r"tuned|packaged|built|made)[ \t]+)?for[ \t]+(?:(?:fast|faster|efficient|real-?time|low-latency|on-device|local|"
     r"edge)[ \t]+)?inference[ \t]+on[ \t]+\w"),
    # what to take it as: "this LoRA should be treated as a lightweight travel/documentary-style adapter rather than a
    # broad domain model"; a baseline for a task ("to provide a simple baseline for PDE surrogate modeling")
    (("should be treated", "should be used as", "should be seen", "should be regarded", "should be considered",
      "should be viewed"),
     r"\b(?:model|lora|adapter|checkpoint|it|this|weights)[ \t]+should[ \t]+be[ \t]+(?:treated|used|seen|regarded|"
     r"considered|viewed)[ \t]+as[ \t]+(?:an?|the)[ \t]+\w"),
    (("baseline for",),
     r"\b(?:to[ \t]+(?:provide|offer|serve[ \t]+as|act[ \t]+as)|as)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?baseline[ \t]+"
     r"for[ \t]+(?!comparison|comparing|future|further|other)\w"),
    # the product it runs: "The trained encoder behind Inbox Atlas" (a name after it)
    (("behind",),
     r"\b(?:model|encoder|network|checkpoint|weights|classifier|adapter|lora|engine)s?[ \t]+"
     r"(?:that[ \t]+(?:is|sits|runs)[ \t]+)?behind[ \t]+(?:the[ \t]+)?[*_`\[]{0,2}(?-i:[A-Z])"),
    # its use cases, listed: "Potential use case can include: Marketing, Search Engine Optimization", "Use cases:"
    # (or the one it names: "Single-image VQA — the primary use case")
    (("use case", "use-case"), r"\buse[ -]cases?\**[ \t]*(?::|(?:can[ \t]+)?(?:include|are|is)\b)"
                               r"|\bthe[ \t]+(?:primary|main|intended|target|core)[ \t]+use[ -]case\b"),
    # what its trigger words start, as the LoRA trainers' cards say: "You should use `<phigep>` to trigger the image"
    (("trigger",), r"\btrigger[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?generation\b"),
    # what it makes, as a purpose: "To generate images, use a photo of a Roman mosaic as the trigger" ("Using
    # SimpleTransformers to classify news"; not "to translate" or "to detect", which preprocessing does too: "the
    # emoji package to translate emotion icons")
    (("to classify",), r"\bto[ \t]+classify[ \t]+\w"),
    # tools for a task: "tools for the linguistic analysis of many human languages", Stanza's cards
    # (or to do a task with the model, as SpeechBrain's cards say: "provides all the necessary tools to extract speaker
    # embeddings with a pretrained TDNN model")
    (("tool",), r"\btools?[ \t]+for[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?analysis\b|\btools[ \t]+to[ \t]+"
                r"(?:perform|extract|compute|detect|classify|recogni[sz]e|transcribe|separate|enhance|generate)"
                r"[ \t]+\w"),
    (("to generate", "to create", "to produce"),
     r"\bto[ \t]+(?:generate|create|produce)[ \t]+(?:\w+[ \t]+)?(?:images?|pictures?|photos?|videos?|audio|speech|"
     r"music|songs?|text|stories|poems|code|questions?|answers?|summar(?:y|ies)|captions?|paraphrases?)\b"),
    # a generative network and what it makes, whatever that is: "Simple DCGAN implementation in TensorFlow to generate
    # CryptoPunks", "a GAN that generates faces" (not "organs")
    (("generat",), r"\b(?:dc|style|cycle|big|pro|info|esr|sr|ls|w|c)?gan\d?s?\b[^.\n]{0,60}?\b(?:to[ \t]+generate|"
                   r"(?:that|which)[ \t]+(?:can[ \t]+)?generates?|generates)[ \t]+\w"),
    # the model as the reader's starting point and what that spares them: "Starting from `bert-base-5lang-cased` will
    # facilitate the deployment of your model on public cloud platforms" (not "Starting from X, we fine-tuned ...")
    (("starting from", "start from"),
     r"\bstart(?:ing)?[ \t]+from[ \t]+[^.,;\n]{1,80}?[ \t]+(?:will|would|can|could|should|may)[ \t]+(?:\w+ly[ \t]+)?"
     r"(?:facilitate|help|make|let|allow|enable|ease|simplify|speed|save|reduce)\b"),
    flags=re.I, reach=REACH,
)

