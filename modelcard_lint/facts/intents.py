"""More statements of what a model is for, as ``purpose.states_intended_use`` reads them: why it was released,
what it has been used for, what tasks it carries over to, and how its outputs are meant to be used.

"We open-source the model to allow greater usage within the Filipino NLP community" (the purpose of a release, not
where it went: "we release the model to the Hub"); "The model has been successfully used to transfer knowledge from
English to Basque"; "a general-purpose model, which can transfer to other sentence classification tasks"; "Please use
[CLS] as the representation of the input". Each is read around its own words.
"""

from __future__ import annotations

import re

from .anchors import Shapes
from .poweredby import powers_or_typed_by_task
from .taskwords import CONVERT_WORDS, CONVERTS, DOES_VERBS

# the places and audiences a model is released to, not what for
_NOT_A_PURPOSE = (r"(?:the|a|an|our|this|its|public|publicly|hub|huggingface|hugging|github|community|everyone|all|"
                  r"you|be)\b")
_THE_MODEL = r"(?:it|this[ \t]+model|the[ \t]+model|this[ \t]+checkpoint|this[ \t]+adapter)"
_RELEASE_VERBS = r"(?:open-?source|release|publish|share|provide|make[ \t]+available)"
REACH = 180  # characters around a word of the statement that it may span
# each shape with the words (lower case) every match of it holds: it is tried only around them (``anchors.Shapes``)
_INTENT = Shapes(
    # the purpose of a release, after it: "We open-source the model to allow greater usage within ..."
    (("open-source", "opensource", "release", "publish", "share", "provide", "available"),
     rf"\b(?:we|i)[ \t]+(?:also[ \t]+)?(?:[a-z]+[ \t]+and[ \t]+)?{_RELEASE_VERBS}[ \t]+"
     r"(?:(?:the|this|our|these|a|an)[ \t]+)?(?:[\w-]+,?[ \t]+){0,3}?(?:models?|checkpoints?|weights)"
     # ("We train and release masked language models for mental health to facilitate the automatic detection ...")
     r"(?:[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+)?"
     r"[ \t]+(?:publicly[ \t]+)?(?:(?:in[ \t]+order[ \t]+)?to|so[ \t]+that)[ \t]+"
     rf"(?!{_NOT_A_PURPOSE})[a-z]{{3,}}"),
    # or the use a release is for: "Model release is for research purposes only."
    (("release is",),
     r"\brelease[ \t]+is[ \t]+(?:only[ \t]+|strictly[ \t]+|intended[ \t]+)?for[ \t]+(?:research|academic|educational|"
     r"non-?commercial|personal)[ \t]+(?:use|usage|purposes?)\b"),
    # or before it: "To facilitate future work on transfer learning for NLP, we release ... pre-trained models"
    (("facilitate", "support", "enable", "encourage", "foster", "promote", "advance", "accelerate", "spur"),
     r"(?:(?m:^)|[.!?:][ \t]+)to[ \t]+(?:facilitate|support|enable|encourage|foster|promote|advance|accelerate|spur)\b"
     rf"[^.\n]{{0,160}}?\b(?:we|i)[ \t]+(?:also[ \t]+)?{_RELEASE_VERBS}\b"),
    # the tasks it is made to take on: "pre-trained with code change and code review data to support code review
    # tasks" (named by the word before "tasks", not "downstream tasks")
    (("task", "activities", "workflow"),
     r"\bto[ \t]+(?:support|perform|handle|solve|tackle|automate|assist[ \t]+(?:with|in)|help[ \t]+(?:with|in))"
     r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?!(?:downstream|other|various|many|any|all|several|different|such|these|those|"
     r"the|new|more|general|specific|related|similar|multiple)\b)[\w-]+[ \t]+(?:tasks?|activities|workflows?)\b"),
    # what it aims at, or is a way to do: "a tool that aims to improve the overall quality of speech", "provides an
    # efficient way to perform forced alignment between text and audio"
    (("aim",),
     r"\baims?[ \t]+to[ \t]+(?!(?:be|have|make[ \t]+it)\b)[a-z]{3,}"),
    # the tasks it is to be fine-tuned on, named: "This model should be fine-tuned on a downstream task, like Automatic
    # Speech Recognition, Translation, or Classification" (not "should be fine-tuned on a downstream task" alone)
    (("tuned",),
     r"\b(?:should|must|needs?[ \t]+to|has[ \t]+to|is[ \t]+to)[ \t]+be[ \t]+(?:fine-?tuned|finetuned)[ \t]+(?:on|for)"
     r"[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}?tasks?[ \t]*,?[ \t]+(?:like|such[ \t]+as|e\.g\.,?|including)[ \t]+\w"),
    # the devices it is made to run on: "a strong multimodal large language model for efficient end-side deployment"
    (("deploy",),
     r"\bmodel[ \t]+(?:built[ \t]+|made[ \t]+|designed[ \t]+)?for[ \t]+(?:efficient[ \t]+|fast[ \t]+)?"
     r"(?:end-side|on-device|edge|mobile|local|offline|in-browser)[ \t]+(?:deployment|inference|use)\b"),
    # what its maker set out to make it do: "MeinaMix Objective is to be able to do good art with little prompting"
    (("objective",),
     r"\bobjective[ \t]+is[ \t]+to[ \t]+(?:be[ \t]+able[ \t]+to[ \t]+)?(?:do|make|create|generate|produce|give|help|"
     r"provide|draw|write|answer|translate|classify)\b"),
    # the task it makes possible: "TGS enables fast reconstruction from single-view image in a few seconds"
    (("enable",),
     r"\benables?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:reconstruction|generation|translation|segmentation|detection|"
     r"classification|recognition|synthesis|transcription|retrieval|editing|captioning|estimation|prediction|"
     r"forecasting|upscaling|animation|tagging|summari[sz]ation)[ \t]+(?:of|from|for|in|with)\b"),
    (("way", "tool", "means"),
     r"\b(?:way|tool|means)[ \t]+(?:to|of|for)[ \t]+(?:perform|performing|do|doing)[ \t]+(?!it\b|this\b|that\b)"
     r"[a-z]{3,}"),
    # an image adapter made for an image generator: "The embeddings in this repository were trained for the 768px
    # [Stable Diffusion v2.0](...) model" (what it is for: images in its style or of its subject)
    # ("This repository provides a Inpainting ControlNet checkpoint for [FLUX.1-dev](...) model", "2d pixel art (beta)
    # embedding for SD 2.0 768px")
    (("embedding", "lora", "lycoris", "hypernetwork", "inversion", "controlnet"),
     r"\b(?:embeddings?|loras?|lycoris|hypernetworks?|textual[ \t]+inversions?|controlnets?)\b[^.\n]{0,60}?"
     r"\b(?:(?:trained|made|built|designed|checkpoints?|weights)[ \t]+)?for[ \t]+(?:the[ \t]+)?"
     r"(?:[\w.-]+[ \t]+){0,2}?\[?"
     r"(?:stable[ \t]+diffusion|sdxl|sd[ \t]*v?\d|flux|(?:[\w-]+[ \t]+){0,2}?(?:image|video|picture|art)s?[ \t]+"
     r"(?:generations?|editing|synthesis|creation))"),
    # what it is good for: "this model is Good for realistic portraits"; a framework to do a task: "a novel framework
    # to animate any portrait image by a segment of audio"; a team's intent: "intends to create family of code
    # generation models that can run very fast on local computers"
    (("good for", "great for", "ideal for", "suited for", "perfect for", "best for", "good at", "best at", "made for",
      "designed for", "built for"),
     r"\b(?:model|it|this)[ \t]+is[ \t]+(?!not\b|never\b)(?:\w+[ \t]+)?(?:good|great|ideal|suited|perfect|best)[ \t]+"
     r"(?:for|at)[ \t]+(?!(?:nothing|now|you|me|us|all)\b)\w"
     # ("THIS MODEL IS MADE FOR LEWD")
     r"|\b(?:model|it)[ \t]+is[ \t]+(?:made|designed|built)[ \t]+for[ \t]+(?!(?:nothing|now|you|me|us|all|fun)\b)\w"),
    # or who it suits, and what they want: "ideal for organizations seeking high performance with reduced resource
    # requirements", "Might be a good fit for people wanting more variety than Magnum has"
    (("fit for", "ideal for", "good for", "great for", "perfect for", "best for", "choice for", "suited for",
      "suitable for"),
     r"\b(?:good|great|ideal|perfect|best|suitable|suited)(?:[ \t]+(?:fit|choice|option|match))?[ \t]+for[ \t]+"
     r"(?:people|users|anyone|those|organi[sz]ations|teams|developers|researchers|businesses|companies|enterprises|"
     r"writers|creators|someone|folks)[ \t]+(?:who|wanting|seeking|looking|needing|that[ \t]+(?:want|need|seek))\b"),
    # what it helps do, by a task's verb ("This model can help identify five architectural styles"), what it is to be
    # used as a part of ("ported to HuggingFace Hub to be used as a part of NeuSpell-Demo spaces"), what a demo was made
    # for ("I created this demo for very easy interaction with the benchmark models"), and how to fine-tune it for
    # a task of one's own ("Please refer to this blog on how to fine-tune this model on a specific language")
    (("help",),
     r"\b(?:model|it|this|checkpoint)[ \t]+(?:can|will|may|should|could)[ \t]+help[ \t]+(?:you[ \t]+)?(?:to[ \t]+)?"
     r"(?:identify|detect|classify|recogni[sz]e|translate|summari[sz]e|generate|predict|find|answer|tag|segment|"
     r"transcribe|extract|separate|correct|rank|retrieve)\b"),
    (("to be used",), r"\bto[ \t]+be[ \t]+used[ \t]+(?:as[ \t]+(?:a[ \t]+)?part[ \t]+of|in|by|for)[ \t]+\w"
     # (or as what: "The goal for this model is not to be used as a final say ..., but rather as a first pass")
     r"|\b(?:meant|intended|designed|not|only)[ \t]+to[ \t]+be[ \t]+used[ \t]+as[ \t]+(?:an?|the)[ \t]+\w"),
    (("created this", "made this", "built this", "developed this"),
     r"\b(?:i|we)[ \t]+(?:created|made|built|developed)[ \t]+this[ \t]+(?:demo|space|app|model|repository|repo|tool)"
     r"[ \t]+(?:to|for)[ \t]+\w"),
    (("fine-tune this", "finetune this", "fine-tune the", "finetune the"),
     r"\bhow[ \t]+to[ \t]+fine-?tune[ \t]+(?:this|the)[ \t]+(?:model|checkpoint)[ \t]+(?:on|for)[ \t]+\w"),
    # a use case named as such: "One use case of these models consist on fast perplexity estimation for filtering"
    (("use case", "use-case"),
     r"\buse[ \t-]?cases?[ \t]+(?:of|for)[ \t]+(?:this|these|the|our)[ \t]+(?:[\w-]+[ \t]+)?models?[ \t]+"
     r"(?:is|are|consists?|include|includes)\b(?![ \t]+(?:unclear|unknown|not|tbd|tba)\b)"),
    # ("This model is for anyone using Flux.jl and looking for a test model")
    (("is for",),
     r"\b(?:model|it|checkpoint)[ \t]+is[ \t]+(?:meant[ \t]+|intended[ \t]+)?for[ \t]+(?:anyone|everyone|people|those|"
     r"users|developers|researchers|practitioners)[ \t]+(?:who|using|wanting|looking|working|needing|interested)\b"),
    # (not a method, "a new method for self-supervised language representation learning")
    (("framework", "pipeline", "system"),
     r"\b(?:framework|pipeline|system)[ \t]+to[ \t]+(?!(?:be|the|a|an|this|that|learn|train|pre-?train)\b)[a-z]{3,}"),
    (("intend",),
     r"\bintends?[ \t]+to[ \t]+(?:create|build|make|provide|develop)[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
     r"(?:models?|family)\b"),
    # the goal it was made with: "The goal was to create a model with a consistent portrait composition"
    (("goal", "aim", "purpose", "intention", "idea"),
     r"\b(?:the|my|our)[ \t]+(?:main[ \t]+)?(?:goal|aim|purpose|intention|idea)[ \t]+(?:was|is)[ \t]+to[ \t]+"
     r"(?:create|make|build|train|provide|produce|develop|get)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
     r"(?:model|checkpoint|lora|embedding)[ \t]+(?:with|for|to|capable|able[ \t]+to|(?:that|which)[ \t]+"
     r"(?!(?:is|are|was|were|has|have|can|runs?|fits?)\b)\w)"),
    # the tasks it is for, named after "such as": "for visually-rich document understanding and information extraction
    # tasks, such as webpage QA and webpage information extraction"
    # (not where its results on them are: "For results on downstream tasks like NER, please refer to")
    (("task",),
     r"\bfor[ \t]+(?!(?:\w+[ \t]+){0,2}?(?:results|scores|evaluations?|performance|details|benchmarks|comparisons?)\b)"
     r"(?:[\w-]+[ \t]+){0,6}?tasks?,?[ \t]+(?:such[ \t]+as|like|e\.g\.,?|including)[ \t]+\w"),
    # what it has been used for: "The model has been successfully used to transfer knowledge ..."
    (("been",),
     r"\b(?:model|it|checkpoint)[ \t]+(?:has|have)[ \t]+(?:also[ \t]+)?been[ \t]+(?:\w+ly[ \t]+)?used[ \t]+"
     r"(?:to|for|in)[ \t]+(?!pre-?train|train|initiali[sz]e)\w"),
    # or to do a task: "the goal is to automatically detect the presence of a specific issue with the engine", "The
    # goal in monocular depth estimation is to predict the depth value of each pixel"
    (("goal", "aim", "purpose", "objective"),
     rf"\b(?:the|my|our|its)[ \t]+(?:main[ \t]+)?(?:goal|aim|purpose|objective)[ \t]+"
     r"(?:(?:in|of|for)[ \t]+(?:[\w-]+[ \t]+){1,4}?)?(?:was|is)[ \t]+to[ \t]+"
     rf"(?:\w+ly[ \t]+)?{DOES_VERBS}"),
    # or to use it so: "the aim is to use the model as a customizable chatbot"
    (("goal", "aim", "purpose", "intention", "idea"),
     rf"\b(?:the|my|our)[ \t]+(?:main[ \t]+)?(?:goal|aim|purpose|intention|idea)[ \t]+(?:was|is)[ \t]+to[ \t]+use[ \t]+"
     rf"{_THE_MODEL}[ \t]+(?:as|for|to|in)[ \t]+\w"),
    # what tasks it carries over to: "which can transfer to other sentence classification tasks"
    (("transfer",),
     r"\bcan[ \t]+(?:be[ \t]+)?(?:easily[ \t]+)?transfer(?:red)?[ \t]+to[ \t]+(?:[\w-]+[ \t]+){0,4}?tasks?\b"),
    # how its outputs are meant to be used: "Please use [CLS] as the representation of the input", "use the
    # mean-pooling of the output as the representation"
    (("representation", "embedding"),
     r"\buse[ \t]+(?:the[ \t]+)?(?:\[CLS\]|[\w-]+)(?:[ \t]+[\w-]+){0,4}?[ \t]+as[ \t]+(?:the|an?)[ \t]+"
     r"(?:[\w-]+[ \t]+)?(?:representations?|embeddings?)\b"),
    # what it stands in for, whose uses it takes over: "ekVachan -- an open, self-hostable alternative to TypeSafe
    # AI's decision model", "is a drop-in replacement for bert-base-uncased" (not "is not a replacement for"), "is an
    # alternative of GPT-4 evaluation"
    (("alternative", "replacement", "substitute"),
     r"(?:\b(?:is|are)|--|[—–:])[ \t]+(?:an?|the)[ \t]+(?:[\w,*-]+[ \t]+){0,4}?(?:alternative|replacement|substitute)"
     r"[ \t]+(?:to|for|of)[ \t]+[\w\[`*]"),
    # its one purpose: "Its only purpose is to let an end-to-end test of a SelfIE pipeline run" (its plain purpose, "its
    # purpose is to", is read with the other goals, intended.INTENDED)
    (("purpose", "goal", "aim"),
     r"\b(?:its|whose)[ \t]+(?:only|sole|main|primary|intended)[ \t]+(?:purpose|goal|aim)[ \t]+is[ \t]+to[ \t]+\w"),
    # when to use it, or what not to use it as: "Use it if you want better polars on common operations", "Do not use
    # it as a general coding model"
    (("use it", "use this", "use the"),
     rf"\buse[ \t]+{_THE_MODEL}[ \t]+(?:only[ \t]+)?(?:if|when|whenever)[ \t]+you[ \t]+(?:want|need|have|are|work)\b"),
    (("use it", "use this", "use the"),
     rf"\b(?:do[ \t]+not|don['’]t|never)[ \t]+use[ \t]+{_THE_MODEL}[ \t]+(?:as|for)[ \t]+\w"),
    # or that it is for no use at all, a model to test with: "This is just a Test Model. Do NOT use for anything!"
    (("test model", "testing model", "dummy model", "for anything"),
     r"\b(?:just|only|merely|simply)[ \t]+an?[ \t]+(?:test|testing|dummy)[ \t]+model\b"
     rf"|\b(?:do[ \t]+not|don['’]t|never)[ \t]+use[ \t]+(?:{_THE_MODEL}[ \t]+)?for[ \t]+anything\b"),
    # ("We do not recommend using base language models for conversations")
    (("recommend using", "advise"),
     r"\b(?:do[ \t]+not|don['’]t)[ \t]+(?:recommend[ \t]+using|advise[ \t]+(?:you[ \t]+)?(?:to[ \t]+use|using))[ \t]+"
     r"(?:[\w-]+[ \t]+){0,4}?(?:for|in|as)[ \t]+\w"),
    # the task it was made for, by what it does: "a model trained to complete the task of identifying named entities",
    # "greatly increased accuracy in predicting gene expression from DNA sequence"; a model to fine-tune for a
    # downstream or a specific task ("this model has to be fine-tuned before it is useable on a downstream task", "It
    # needs to be finetuned on a specific task before being used for anything")
    (("task of",), r"\bthe[ \t]+task[ \t]+of[ \t]+[a-z]{3,}ing\b"),
    (("accuracy in", "performance in", "precision in", "accuracy at", "performance at", "precision at"),
     r"\b(?:accuracy|performance|precision)[ \t]+(?:in|at)[ \t]+(?:predicting|classifying|detecting|generating|"
     r"translating|identifying|recogni[sz]ing|segmenting|estimating|forecasting|retrieving|answering|tagging)\b"),
    (("downstream", "specific task", "particular task"),
     r"\b(?:has|needs|have|need|(?:is|are)[ \t]+(?:supposed|meant|intended))[ \t]+to[ \t]+be[ \t]+"
     r"(?:fine-?tuned|finetuned|trained)\b[^.\n]{0,60}?\b(?:downstream|specific|particular)[ \t]+tasks?\b"),
    (CONVERT_WORDS, CONVERTS),  # what it turns into what: "It converts your text to speech" (a heading too)
    # its intended use named as such: "The intended use-case for this model is fictional conversation"; a concept an
    # image model was taught, to use as a style or an object: "the new concept you will be able to use as a `style`"
    (("intended",),
     r"\b(?:the|its)[ \t]+intended[ \t]+(?:use[- ]?cases?|uses?|purpose)[ \t]+"
     r"(?:for[ \t]+(?:this|the)[ \t]+model[ \t]+)?(?:is|are|includes?)\b"),
    (("concept you",),
     r"\bconcept[ \t]+you[ \t]+(?:will[ \t]+be[ \t]+able[ \t]+to|can)[ \t]+use[ \t]+as[ \t]+an?[ \t]+`?"
     r"(?:style|object)\b"),
    # what it was trained to provide: "This model was trained to provide a small and highly efficient zeroshot option,
    # especially for edge devices or in-browser use-cases" (not "trained to predict the next token")
    (("to provide",),
     r"\b(?:model|it)[ \t]+(?:was|is|were|are)[ \t]+(?:trained|built|made|designed)[ \t]+to[ \t]+provide[ \t]+\w"),
    # what it is aimed at: "The model is aimed at photorealism"
    (("aimed at",),
     r"\b(?:model|it|checkpoint|lora|version)[ \t]+(?:is|are|was)[ \t]+(?:\w+ly[ \t]+)?aimed[ \t]+at[ \t]+\w"),
    # what it is for use in: "Textual-inversion embedding for use in unconditional (negative) prompt"
    (("for use",),
     r"\b(?:models?|embeddings?|loras?|adapters?|checkpoints?|weights|vaes?)[ \t]+"
     r"(?:made[ \t]+|meant[ \t]+|intended[ \t]+)?for[ \t]+use[ \t]+(?:in|with|as|on)\b"),
    # what it should be used for: "should be used for both instruction following and code completion" (not "should be
    # used with care", a warning)
    (("be used",),
     r"\bshould[ \t]+(?:only[ \t]+)?be[ \t]+used[ \t]+(?:for|as|in)[ \t]+\w"),
    # what one can do with it: "You can use it for finetuning", "you can apply post-training ... on this model"
    (("you can",),
     r"\byou[ \t]+can[ \t]+(?:also[ \t]+)?use[ \t]+(?:it|this[ \t]+model|the[ \t]+model)[ \t]+(?:for|to|as)[ \t]+"
     r"(?:an?[ \t]+)?\w"),
    (("you can",),
     r"\byou[ \t]+can[ \t]+apply[ \t]+(?:post-?training|fine-?tuning|sft|rlhf|further[ \t]+training)\b"),
    # what it is built for: "It is built for the high-volume judgement calls inside a product" (not "built on", nor
    # "built for speed")
    (("built", "designed", "made", "tailored"),
     r"\b(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?(?:built|designed|made|tailored)[ \t]+for[ \t]+(?:the|use|\w+ing)\b"),
    # what it was fine-tuned for: "finetuned for pen pick-and-place on a real SO-101 follower arm" (not a duration,
    # "fine-tuned for 3 epochs", "for one hour")
    (("tuned", "adapted", "speciali"),
     r"\b(?:fine-?tuned|finetuned|adapted|speciali[sz]ed)[ \t]+for(?:[ \t]+|[ \t]*\n[ \t>]*)"
     r"(?!(?:\d|one|two|three|four|five|ten|an?|the|"
     r"several|many|more|longer|about|around|over|up|only|just|roughly|approximately|another|each|every|all|\w+[ \t]+"
     r"(?:epochs?|steps?|iterations?|hours?|minutes?|days?|rounds?|updates?))\b)[a-z][\w-]*"),
    # what it is capable of, by an activity: "advances practical capabilities in long-horizon coding" (not "training")
    # (or the skills it has: "Dolphin-2.9 has a variety of instruction, conversational, and coding skills")
    (("skills", "abilities"),
     r"\b(?:has|have|with)[ \t]+(?:a[ \t]+variety[ \t]+of|various|many|strong|good|excellent|solid|impressive)[ \t]+"
     r"(?:[\w-]+,?[ \t]+){0,5}?(?:and[ \t]+)?[\w-]+[ \t]+(?:skills|abilities)\b"),
    (("capabilit",),
     r"\bcapabilit(?:y|ies)[ \t]+(?:in|for)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
     r"(?!(?:training|fine-?tuning|finetuning|pre-?training|being)\b)[a-z][\w-]{2,}ing\b"),
    # the ability its tuning gave it: "fine-tuned on Chinese instructions to give it stronger Chinese dialogue
    # ability", "so that it has better coding skills" (not a learner's quality: "to improve its generalization ability")
    (("abilit", "skill"),
     r"\b(?:to[ \t]+give[ \t]+it|giving[ \t]+it|so[ \t]+that[ \t]+it[ \t]+(?:has|gains|acquires)|"
     r"(?:to[ \t]+(?:improve|enhance|strengthen|boost)|improving|enhancing|strengthening|boosting)[ \t]+"
     r"(?:its|the[ \t]+model['’]s))[ \t]+"  # ("in order to improve the model's reasoning and planning abilities")
     r"(?!(?:[\w-]+[ \t]+){0,3}?(?:general|generali[sz]ation|overall|robustness|learning|representation|"
     r"zero-?shot|few-?shot)[ \t])(?:[\w-]+[ \t]+){1,4}?(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?)\b"),
    # (or the strong abilities it lists, named by a task: "Strong code generation capabilities")
    (("abilit", "skill"),
     r"\b(?:strong|excellent|powerful|outstanding|superior|advanced|enhanced|improved)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
     r"(?:generation|understanding|translation|summari[sz]ation|coding|code|conversation|conversational|dialogue|chat|"
     r"retrieval|classification|recognition|transcription|instruction[- ]following|tool[- ]use|function[- ]calling|"
     r"role-?play|writing|math|mathematical)[ \t]+(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?)\b"),
    # or what it suits, said of it without a subject: "FaceBomb : Covers from anime to 2.5D style. Suited for general
    # use."
    # ("Great for RP and storytelling.")
    (("suited", "suitable", "ideal", "made", "great for", "good for", "perfect for"),
     r"(?:(?m:^)[ \t>*_-]*|[.!?:][ \t]+)(?:well[ \t]+|very[ \t]+|really[ \t]+)?"
     r"(?:suited|suitable|ideal|made|great|good|perfect)[ \t]+for[ \t]+"
     r"(?!(?:nothing|now|you|me|us)\b)\w"),
    # (or what an image adapter, or a model, is focused on: "The 'Doll-Series' is a set of LORA focused on realistic
    # Asian faces"); a use refrained from: "Refrain from using this model for malicious intent"
    (("focus", "speciali", "centered", "centred"),
     r"\b(?:loras?|lycoris|embeddings?|hypernetworks?|checkpoints?|models?)[ \t]+(?:(?:is|are|was)[ \t]+)?"
     r"(?:\w+ly[ \t]+)?(?:focused|focusing|speciali[sz]ed|specializing|specialising|centered|centred)[ \t]+(?:on|in)"
     r"[ \t]+(?!(?:the[ \t]+)?(?:training|efficiency|speed|size)\b)\w"
     # (or a version of another model and what it focuses on: "Magic Clothing is a branch version of
     # [OOTDiffusion](...), focusing on controllable garment-driven image synthesis")
     r"|\b(?:version|branch|variant|fork|extension)[ \t]+of[ \t]+(?:\[[^\]\n]{1,80}\]\([^)\s]{0,300}\)|[\w.-]+)[ \t]*,"
     r"[ \t]+(?:focusing|focused|specializing|specialising|speciali[sz]ed)[ \t]+on[ \t]+"
     r"(?!(?:the[ \t]+)?(?:training|efficiency|speed|size)\b)\w"),
    # (or the domain it is made for: "A BERT model for the legal domain", "**Domain:** biomedical text"; not "model
    # performance in the general domain", nor data "from the news domain")
    (("domain",),
     r"\b(?:model|version|checkpoint|adapter|lora|encoder|llm|embedding)s?[)*_\]]{0,3}[ \t]+(?:[\w-]+[ \t]+){0,3}?"
     r"for[ \t]+"
     r"(?:the[ \t]+)?(?:[\w-]+[ \t]+){1,3}?domains?\b"
     r"|(?m:^)[ \t>*_-]*(?:target[ \t]+|application[ \t]+)?domain[*_ \t]*[:：][*_ \t]*\w"),
    # (or what it is capable of doing: "trained with pure synthetic data is capable of enhancing details while removing
    # annoying artifacts for common real-world images"; not "capable of being fine-tuned", "of running on a laptop")
    (("capable of",),
     r"\bcapable[ \t]+of[ \t]+(?!(?:being|running|fitting)\b)[a-z]{3,}ing[ \t]+(?!on\b|in\b|with\b)\w"),
    # (or the capabilities it has, by their tasks: "the full range of GLaMM capabilities including Grounded
    # Conversation Generation (GCG), Referring Expression Segmentation, Region-level Captioning")
    (("capabilit",),
     r"\bcapabilit(?:y|ies)[ \t]+(?:including|such[ \t]+as|like)[ \t]+(?:[\w&()-]+[ \t]+){0,5}?(?:generation|"
     r"segmentation|captioning|answering|classification|detection|recognition|translation|summari[sz]ation|retrieval|"
     r"transcription|tagging|parsing|extraction)\b"),
    (("refrain",),
     rf"\brefrain[ \t]+from[ \t]+using[ \t]+{_THE_MODEL}[ \t]+(?:for|to|as|in)[ \t]+\w"),
    # (or what it was designed with in mind: "This model is designed with 'anime-style' and 'cute' in mind"; what it
    # makes when prompted: "a dreambooth-method finetune of stable diffusion that will output cool looking robots when
    # prompted")
    (("in mind",),
     r"\b(?:designed|made|built|created|trained)[ \t]+with[ \t]+[^.\n]{1,80}?[ \t]in[ \t]+mind\b"),
    # (or the applications it is a foundation for: "A more comprehensive foundation for real-world applications such as
    # **Code Agents**")
    (("such as",),
     r"\b(?:applications|use[ -]cases|uses|scenarios)[ \t]+such[ \t]+as[ \t]+[*_`\[]{0,2}\w"),
    # (or what it can make: "AnimateLCM-SVD-xt can generate good quality image-conditioned videos with 25 frames"; not
    # "You can create your own image classifier")
    (("generate", "create", "produce"),
     r"\b(?:can|could|will)[ \t]+(?:generate|create|produce)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:images?|videos?|pictures?|"
     r"illustrations|portraits|animations?|music|songs?|audio|speech|3d[ \t]+\w+)\b"
     r"(?![ \t-]*(?:classifiers?|models?|datasets?|generators?|editors?|pipelines?)\b)"),
    # (or the pictures it makes: "This model creates upbeat anime style illustrations with some fx details")
    (("creates", "generates", "produces", "makes", "draws", "renders"),
     r"\b(?:model|lora|checkpoint|embedding|it)[ \t]+(?:creates|generates|produces|makes|draws|renders)[ \t]+"
     r"(?:[\w-]+[ \t,]+){0,5}?(?:illustrations|images|pictures|portraits|art(?:works?)?|photos|renders|videos|sprites|"
     r"icons|logos|landscapes|characters)\b"),
    # (not a warning: "the model can produce problematic outputs (especially when prompted to do so)")
    (("prompted", "asked", "given"),
     r"\b(?:will|would|can|to|it|that|which)[ \t]+(?:also[ \t]+)?(?:output|generate|produce|create|draw|make)s?[ \t]+"
     r"(?![^.\n]{0,60}?\b(?:problematic|harmful|toxic|biased|offensive|unsafe|inappropriate|incorrect|false|wrong|"
     r"nsfw|explicit)\b)[^.\n]{1,60}?[ \t]when[ \t]+(?:prompted|asked|given[ \t]+a[ \t]+prompt)\b"),
    # what its outputs are to serve as: "Predictions are identification aids, not a diagnosis"
    (("aid", "suggestions", "hints", "starting point"),
     r"\b(?:its[ \t]+)?(?:predictions|outputs|results|answers)[ \t]+are[ \t]+(?:meant[ \t]+as[ \t]+|[\w-]+[ \t]+)?"
     r"(?:aids?|suggestions|hints|starting[ \t]+points?)\b"),
    # what it is designed to do: "a series of models designed to replicate the prose quality of ..." (not to run
    # somewhere, "designed to run on a laptop", or how it learns, "designed to better represent spans"); where it can
    # be used, a tool named (not "can be used in inference"): "Can be used in [sd-webui-controlnet](...)"
    (("designed to",),
     r"\bdesigned[ \t]+to[ \t]+(?!(?:be|run|work|fit|load|learn|capture|represent|better|improve|model)\b)[a-z]{3,}"),
    (("be used",),
     r"(?:(?m:^)[ \t>*_-]*|[.!?][ \t]+|\b(?:it|model|this|checkpoint|adapter)[ \t]+)can[ \t]+(?:also[ \t]+)?be"
     r"[ \t]+used[ \t]+(?:in|with)[ \t]+(?:\[|`|\*\*|(?-i:[A-Z]))"),
    # the aim it was trained with: "a LoRA trained with the aim of making LLaMa follow prompts for Langchain better";
    # what it is a model towards: "a foundation model towards solving promptable visual segmentation"
    (("aim of", "goal of", "purpose of", "intention of", "intent of"),
     r"\bwith[ \t]+the[ \t]+(?:aim|goal|purpose|intention|intent)[ \t]+of[ \t]+[a-z]+ing\b"),
    (("toward",),
     r"\bmodel[ \t]+towards?[ \t]+(?:solving|tackling|addressing|enabling)[ \t]+\w"),
    # the images it makes, called up by a word of the prompt: "You trigger double exposure style images using token:
    # **_dublex style_**", "use the keyword `sks` to generate pictures in this style"
    (("token", "trigger", "keyword", "prompt"),
     r"\b(?:trigger|activate|invoke|generate|produce|create|get)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:style|images?|"
     r"pictures?|portraits?|art(?:work)?s?)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:using|with|by)[ \t]+(?:the[ \t]+)?"
     r"(?:[\w-]+[ \t]+)?(?:tokens?|trigger[ \t]+words?|keywords?|prompts?|instance[ \t]+prompt)\b"),
    (("token", "trigger", "keyword"),
     r"\b(?:tokens?|trigger[ \t]+words?|keywords?)[ \t]+[*_`\"'“]{0,3}[\w<>-]+(?:[ \t][\w<>-]+)?[*_`\"'”]{0,3}"
     r"[ \t]+to[ \t]+(?:trigger|activate|invoke|generate|produce|create|get)[ \t]+\w"),
    # the uses it is optimised for: "optimized for multilingual dialogue use cases" (not "optimized for speed")
    (("use case", "use-case", "application"),
     r"\b(?:optimi[sz]ed|suited|tailored|tuned)[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:use[ -]cases?|applications?)\b"),
    # the role it was made for: "The model is mainly developed as a base Small Speculative Model in the [SpecInfer]
    # paper"
    (("developed", "designed", "built", "made", "created"),
     r"\b(?:it|model|checkpoint)[ \t]+(?:is|was)[ \t]+(?:\w+ly[ \t]+)?(?:developed|designed|built|made|created)"
     r"[ \t]+as[ \t]+(?:a|an|the)[ \t]+\w"),
    # what it runs in: "It is the model behind pianoCV", "the engine powering our search"
    (("behind", "powering"),
     r"\b(?:is|as)[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:model|engine|network|brain)[ \t]+(?:behind|powering)[ \t]+\S"),
    # the readers it is for: "I hope this model checkpoint can be helpful for those who want to use DPR trained only
    # on TriviaQA"
    (("helpful for", "useful for", "useful to", "helpful to"),
     r"\b(?:helpful|useful)[ \t]+(?:for|to)[ \t]+(?:those|anyone|people|researchers|users|practitioners|developers)"
     r"[ \t]+(?:who|that)[ \t]+(?:want|wish|need|are[ \t]+looking)\b"),
    # what it allows, as a deed: "The model allows the encoding of images as a fixed-length sequence of tokens"
    (("allows the", "enables the"),
     r"\b(?:model|it|checkpoint)[ \t]+(?:allows|enables)[ \t]+the[ \t]+[a-z]+(?:ing|tion|sion)[ \t]+of[ \t]+\w"),
    # what it is useful for, to whom: "useful if you want to continue pre-training the discriminator model"; the
    # purpose it was made or is to be used for ("created by [X](...) for demonstration purposes", "Consider using it
    # for debugging purpose only"); or what it is only for, opening a sentence: "Just for performing some experiments."
    (("useful if", "helpful if", "purpose", "just for", "only for"),
     r"(?:(?m:^)|[.!?][ \t]+)[*_]{0,2}(?:just|only)[ \t]+for[ \t]+(?:\w+ing[ \t]+)?(?:some[ \t]+)?(?:experiments?|"
     r"experimenting|testing|tests|research|debugging)\b|\b(?:useful|helpful)[ \t]+if[ \t]+you[ \t]+(?:want|wish|need)"
     r"[ \t]+to[ \t]+[a-z]|\b(?:created|made|built|trained|uploaded|provided|released|meant|intended|"
     r"us(?:e|ing)[ \t]+it)\b"
     r"(?:\[[^\]\n]{0,80}\]\([^)\s]{0,200}\)|[^.\n\[]){0,80}?\bfor[ \t]+"
     r"(?:demonstration|demo|testing|test|debugging|educational|teaching|tutorial|illustration)[ \t]+purposes?\b"),
    # the idea it was made with: "The app was conceived with the idea of recreating and generate new dialogs for games"
    (("with the idea", "with the aim", "with the goal", "with the purpose"),
     r"\b(?:conceived|made|built|created|developed|designed|trained)[ \t]+with[ \t]+the[ \t]+(?:idea|aim|goal|"
     r"purpose)[ \t]+of[ \t]+[a-z]+ing\b"),
    # the languages it translates from and into, labelled on two lines as the OPUS-MT cards give them ("* source
    # group: German" over "* target group: Vietnamese"; "source language(s)", "source language name")
    (("target",),
     r"(?m:^)[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}source[ \t_]+(?:languages?(?:\(s\))?|group|language[ \t_]+name)[*_]{0,2}"
     r"[ \t]*:[*_]{0,2}[ \t]*\w[^\n]*\n[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}target[ \t_]+(?:languages?(?:\(s\))?|group|"
     r"language[ \t_]+name)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*\w"),
    flags=re.I, reach=REACH,
)


def states_intent(text: str) -> bool:
    """Whether ``text`` says why the model was released, what it has been used for, what tasks it carries over to,
    or how its outputs are meant to be used, or what it powers; or gives a task, by one of the Hub's names, as the
    model's type."""
    return _INTENT.search(text) is not None or powers_or_typed_by_task(text)
