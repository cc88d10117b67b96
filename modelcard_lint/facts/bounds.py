"""The bounds a model works within, as a card states them (``caveats.states_caveat``): text in lower case only, an
output or input held to a length, training on little data, what the model failed at, and what it does when a setting is
left out. Each shape comes with the words (in lower case) that every match of it holds, as ``anchors.Shapes`` takes
them."""

from __future__ import annotations

import re

from .lazyre import lazy

# a limit named as known, as a row of a table of results does: "| known limit: en→zh-TW hour-long faithfulness |"
KNOWN_LIMIT = lazy(r"\bknown[ \t]+(?:limits?|limitations?|issues?|weakness(?:es)?|failure[ \t]+modes?)"
                   r"[ \t]*[:：]", re.I)
BOUNDS = (
    # what it is not vouched for, or kept to: "a research baseline, not a certified safety or maintenance-control
    # model", "the language model is English-only"
    (("not a certified", "not a validated", "not a clinically", "not an approved", "-only"),
     r"\bnot[ \t]+(?:a|an)[ \t]+(?:certified|validated|clinically[ \t]+validated|approved|production[- ]ready)\b"
     r"|\b(?:is|are)[ \t]+(?:currently[ \t]+|still[ \t]+)?(?!(?:decoder|encoder|attention)-only)[A-Za-z][\w/]*"
     r"-only\b"),
    # what a user cannot control in it: "This model is unconditional, meaning that you cannot pick which number you'd
    # like to generate"; a result that fell: "The mIoU regression relative to V5 (63.7 %) is an artifact of ..."
    (("cannot", "can't", "can not", "regression", "degrades"),
     r"\byou[ \t]+(?:cannot|can't|can[ \t]+not)[ \t]+(?:yet[ \t]+)?(?:pick|choose|control|select|specify|set|steer|"
     r"condition|decide)\b"
     r"|\b(?:shows|has|exhibits|with)[ \t]+regressions?[ \t]+in\b"
     # (a quality that falls beyond a bound: "Faithfulness degrades past ~12k tokens")
     r"|\b(?:quality|faithfulness|accuracy|performance|outputs?|results|coherence|fidelity)[ \t]+degrades[ \t]+"
     r"(?:past|beyond|above|after|below|under|over|with|for|on)[ \t]+[~≈]?[\w(]"
     r"|\b(?:accuracy|performance|quality|miou|map|f1|wer|cer|bleu|rouge|score)[ \t]+regressions?[ \t]+"
     r"(?:relative[ \t]+to|compared[ \t]+(?:to|with)|against|from|versus|vs\.?|on|in)\b"),
    # a limit it names as known: "Known issues: long inputs are cut" (and in a table: ``KNOWN_LIMIT``)
    (("known limit", "known issue", "known weakness", "known failure"), KNOWN_LIMIT.pattern),
    # what it was left untrained on: "Other CERBER ids (uav, cargo) are in the head but **untrained** in v1", "the
    # remaining classes stay untrained" (the whole model untrained is a caveat too: its outputs are random)
    (("untrained",),
     r"\b(?:is|are|was|were|remains?|stays?|left|but|still|yet)[ \t]+(?:still[ \t]+|currently[ \t]+)?[*_]{0,2}"
     r"untrained\b"),
    # a text it reads or writes in lower case only: "output: lowercase only, for mixed-cased model use this: ..."
    (("only",),
     r"\b(?:lower[- ]?case[ds]?|uncased)[ \t]+only\b|\bonly[ \t]+(?:in[ \t]+)?lower[- ]?case[ds]?\b"),
    # an output or input held to a bound ("for the inference API, the model is restricted to outputting 64 tokens"), or
    # training on little ("This model was trained on a limited number of indicators, values and dates")
    (("restricted to", "limited to", "limited number", "limited amount", "limited set", "small number",
      "small amount", "small set"),
     r"\b(?:model|it|they|outputs?|inputs?)[ \t]+(?:is|are|was|were|will[ \t]+be)[ \t]+(?:restricted|limited)[ \t]+to"
     r"[ \t]+(?:\w+ing|\d|the[ \t]+(?:original|same|first|default|maximum)\b)"
     r"|\btrained[ \t]+on[ \t]+(?:a|an|the)?[ \t]*(?:very[ \t]+)?(?:limited|small)[ \t]+(?:number|amount|set)"
     r"[ \t]+of\b"),
    # (or a training set called small: "The fine-tuning dataset is small, so this LoRA should be treated as a
    # lightweight adapter"; "the training data is much lower resolution"; not a condition, "the learning is robust
    # even when the training dataset is small")
    (("small", "tiny", "lower resolution"),
     r"(?<!when[ \t]the[ \t])(?<!if[ \t]the[ \t])(?<!when[ \t]your[ \t])(?<!if[ \t]your[ \t])"
     r"\b(?:training|fine-?tuning|train)[ \t]+(?:data-?set|data|set|corpus)[ \t]+(?:is|was)[ \t]+"
     r"(?:(?:very|quite|rather|relatively|fairly|much|still)[ \t]+)?(?:small|tiny|lower[ \t]+resolution)\b"),
    # (or how well it does hanging on something else: "performance is obviously dependent on the translation model")
    (("dependent on", "depends on", "depend on"),
     r"\b(?:performance|quality|accuracy|results|outputs?)[ \t]+(?:is|are|will[ \t]+be|(?:\w+[ \t]+)?depends?)[ \t]+"
     r"(?:\w+[ \t]+)?(?:(?:highly|heavily|strongly|very)[ \t]+)?(?:dependent[ \t]+)?on[ \t]+(?:the[ \t]+)?(?:quality|"
     r"translation|input|prompt|tokeni[sz]er|upstream|base|underlying|[\w-]+[ \t]+(?:model|system|data))\b"),
    # (or what it will be beyond its training: "For other languages this will be mainly experimental")
    # (or to be taken so: "Ewe↔French is weak ... and should be considered experimental")
    (("experimental",), r"\bwill[ \t]+be[ \t]+(?:\w+[ \t]+)?experimental\b|\bshould[ \t]+be[ \t]+(?:considered|"
                        r"treated[ \t]+as|regarded[ \t]+as|seen[ \t]+as)[ \t]+(?:\w+[ \t]+)?experimental\b"),
    # what its results are not: "They should not be considered as state-of-the-art", "not a state-of-the-art model"
    (("state-of-the-art", "state of the art"),
     r"\bnot[ \t]+(?:be[ \t]+)?(?:(?:considered|regarded|seen|treated)[ \t]+(?:as[ \t]+)?)?(?:an?[ \t]+)?"
     r"state[- ]of[- ]the[- ]art\b"),
    # an input's greatest length: "Audio length should be shorter than 10s" (not a setting's, "the rate should be less")
    (("be shorter", "be less than", "be no longer", "be at most", "be under ", "be below "),
     r"\b(?:audio|inputs?|texts?|sentences?|sequences?|clips?|utterances?|documents?|prompts?|recordings?)"
     r"(?:[ \t]+(?:length|duration)s?)?[ \t]+(?:should|must|needs?[ \t]+to|has[ \t]+to|have[ \t]+to)[ \t]+be[ \t]+"
     r"(?:shorter|less[ \t]+than|no[ \t]+longer|at[ \t]+most|under|below)\b"),
    # what is broken, or alone works: "Context is broken right now. So only the first message works" (not a link)
    (("broken", "works"),
     r"\b(?:context|model|generation|inference|tokeni[sz]er|decoding|it|memory|history|support)[ \t]+(?:is|are)[ \t]+"
     r"(?:currently[ \t]+|still[ \t]+)?broken\b|\bonly[ \t]+the[ \t]+(?:[\w-]+[ \t]+){1,3}?works\b"),
    # what it does at times: "create an abstractive summary, as at times it will compile the best extractive summary"
    (("at times",),
     r"\bat[ \t]+times[ \t]+(?:it|the[ \t]+model|the[ \t]+outputs?)[ \t]+(?:will|may|might|can|tends?[ \t]+to)\b"),
    # what may come out wrong: "the code returns a list with keywords. duplicates are possible"
    (("possible", "likely"),
     r"\b(?:duplicates|repetitions|errors|mistakes|hallucinations|typos)[ \t]+(?:are|remain)[ \t]+(?:still[ \t]+)?"
     r"(?:possible|likely)\b"),
    # what it sometimes gets wrong: "the auto-converted fast tokenizer sometimes gives incorrect tokenizations"
    (("incorrect", "wrong", "inaccurate", "erroneous", "invalid", "nonsensical"),
     r"\b(?:sometimes|occasionally|often|frequently|can|may|might|could)[ \t]+(?:also[ \t]+)?(?:gives?|produces?|"
     r"generates?|returns?|outputs?|makes?|predicts?)[ \t]+(?:[\w-]+[ \t]+)?(?:incorrect|wrong|inaccurate|erroneous|"
     r"invalid|nonsensical)\b"),
    # a test set it may have seen: "there could be a benchmark data contamination in the training set" (not "without
    # risk of data contamination")
    (("contamination",),
     r"\b(?:could|may|might)[ \t]+(?:be|have[ \t]+been)[ \t]+(?:an?[ \t]+|some[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
     r"contamination\b|\b(?:possible|potential|likely|suspected)[ \t]+(?:[\w-]+[ \t]+){0,2}?contamination\b"),
    # what is not supported yet: "MLA Eagle3 draft model is not yet supported in SGLang", "it does not support function
    # calling"
    (("support",),
     r"\b(?:is|are)[ \t]+not[ \t]+(?:yet[ \t]+|currently[ \t]+)?supported[ \t]+(?:in|by|on|with|for)\b"
     r"|\b(?:does|do)[ \t]+(?:not|n['’]t)[ \t]+(?:yet[ \t]+|currently[ \t]+)?support[ \t]+\w"),
    # what lowers its quality, and the only use it is recommended for: "omitting them silently degrades retrieval
    # quality", "recommended only for short-context retrieval use cases" (not "does not hurt accuracy", "without
    # harming quality")
    (("degrad", "hurt", "harm", "reduce"),
     r"(?<!not[ \t])(?<!n't[ \t])(?<!without[ \t])\b(?:degrades?|degrading|hurts?|hurting|harms?|harming|reduces?)"
     r"[ \t]+(?:the[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+)?(?:quality|performance|accuracy)\b"),
    # what its results hang on: "Scores depend on preprocessing, synchronization, face tracking, ...", "accuracy varies
    # across languages", "results may vary with the prompt" (not "performance barely varies", "does not depend on")
    (("depend", "vary", "varies"),
     r"\b(?:performance|quality|accuracy|results?|scores?|metrics?|wer|cer|bleu)[ \t]+(?:(?:may|might|can|could|will|"
     r"often|also|largely|strongly|heavily|greatly|highly|considerably|significantly|substantially)[ \t]+){0,2}"
     r"(?:depends?|vary|varies)[ \t]+(?:(?:strongly|heavily|largely|greatly|highly|considerably|significantly|"
     r"substantially|widely|a[ \t]+lot)[ \t]+)?(?:on|upon|with|across|by|depending)\b"),
    # what it has only a little of: "the model only exhibits basic Chinese comprehension" (not "only has 1B parameters")
    (("only",),
     r"\bonly[ \t]+(?:exhibits|has|shows|possesses|offers|provides|achieves|demonstrates|supports)[ \t]+(?:an?[ \t]+)?"
     r"(?:very[ \t]+)?(?:basic|limited|rudimentary|partial|minimal|weak)\b"),
    # what it is better suited for than something else: "the InternViT V2.5 series is better suited for building MLLMs
    # than traditional computer vision tasks"; a leak of private data guarded against ("to ensure that no proprietary
    # data or Protected Health Information (PHI) is leaked")
    (("suited",), r"\b(?:better|more|best)[ \t]+suited[ \t]+(?:for|to)[ \t]+[^.\n]{1,80}?[ \t]than\b"),
    (("leak",),
     r"\b(?:data|information|phi|pii|secrets?|credentials)\b[^.\n]{0,40}?\b(?:is|are|be|was|were|being|gets?|got)"
     r"[ \t]+(?:\w+[ \t]+)?leaked\b|\bleak(?:s|age|ing)?[ \t]+(?:of[ \t]+)?(?:\w+[ \t]+){0,3}?(?:data|information|phi|"
     r"pii|secrets|credentials)\b"),
    # what it does not work with, what its makers advise against, what it may cut short, and controls it only leans
    # towards: "the system prompt is not compatible with this version of our models, we DO NOT RECOMMEND including
    # the system prompt", "the autoregressive stage may emit its end token early", "controls are probabilistic rather
    # than strict"
    (("compatible",), r"\bnot[ \t]+(?:\w+[ \t]+)?compatible[ \t]+with\b|\bincompatible[ \t]+with\b"),
    (("not recommend", "n't recommend", "n’t recommend"),
     r"\b(?:do|does)(?:[ \t]+not|n['’]t)[ \t]+recommend[ \t]+(?:\w+ing|to|the|it|this|that|using)\b"),
    (("early", "prematurely"),
     r"\b(?:it|model|stage|decoder|generation|generator|output|sampler)[ \t]+(?:may|might|can|could|sometimes|"
     r"tends?[ \t]+to)[ \t]+(?:[\w-]+[ \t]+){1,4}?(?:early|prematurely)\b"),
    (("rather than",),
     r"\b(?:is|are)[ \t]+(?:\w+[ \t]+)?(?:probabilistic|approximate|best-?effort|heuristic|soft)[ \t]+rather[ \t]+"
     r"than[ \t]+(?:strict|exact|guaranteed|deterministic|precise|hard)\b"),
    (("recommended",),
     r"\b(?:only[ \t]+recommended|recommended[ \t]+only)[ \t]+for\b"),
    # what it failed at: "with the exception of *surprise*, which the model failed to capture (F1 = 0.41)"
    (("failed to", "fails to", "fail to"),
     r"\b(?:model|it|classifier|network)[ \t]+(?:fails|failed|(?:may|might|can|could|will|tends[ \t]+to)[ \t]+fail)"
     r"[ \t]+to[ \t]+\w"),
    # what it does when a setting is left out: "... create an abstractive summary, otherwise it may compile the best
    # extractive summary" (not "Otherwise, you could download the models", "Save it, otherwise it will be lost")
    (("otherwise",),
     r"\botherwise,?[ \t]+(?:(?:the[ \t]+model|the[ \t]+outputs?|the[ \t]+results?)[ \t]+(?:may|might|will|"
     r"tends?[ \t]+to)|it[ \t]+(?:may|might|tends[ \t]+to)|there[ \t]+(?:will|may|might|can)[ \t]+be[ \t]+"
     r"(?:an?[ \t]+)?(?:degrade|degradation|drop|decrease|loss))\b"),
    # (or said the other way round: "If you want non-garbage outputs, these need to be specified manually")
    (("if you want",),
     r"\bif[ \t]+you[ \t]+want[ \t]+(?:non-?garbage|usable|sensible|coherent|meaningful|non-?repetitive)[ \t]+"
     r"(?:outputs?|results|responses|text|answers)\b"),
    # what it does not support yet, and its largest input ("Transformers has not been directly supported yet",
    # "the maximum supported length for 720P video is 20s")
    (("supported",),
     r"\bnot[ \t]+(?:been[ \t]+|be[ \t]+)?(?:yet[ \t]+|currently[ \t]+|directly[ \t]+|officially[ \t]+|fully[ \t]+)?"
     r"supported\b|\bmaximum[ \t]+supported[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:length|duration|resolution|size|context)\b"),
    # a model frozen at its data's date: "This is a static model trained on an offline dataset"
    (("static model",), r"\b(?:is|a)[ \t]+static[ \t]+model[ \t]+trained[ \t]+on\b"),
    # inputs on which it does less well ("so references with digits score lower", "long files score worse")
    (("lower", "worse"), r"\bscores?[ \t]+(?:much[ \t]+|slightly[ \t]+|noticeably[ \t]+)?(?:lower|worse)\b"),
    # a checkpoint not yet finished: "This is very much an alpha version", "an early checkpoint" that "has not undergone
    # any post-training", files "preliminary for yet to be implemented nf4 loader"
    # (not "a preliminary version" that will be updated, which promises, nor "an early version of", history)
    (("alpha", "beta", "early"),
     r"\ban?[ \t]+(?:very[ \t]+)?(?:(?:early|alpha|beta)[ \t]+(?:checkpoint|release|preview)|(?:alpha|beta)[ \t]+"
     r"version)\b(?![ \t]+of\b)"),
    (("not undergone", "not gone through"),
     r"\b(?:has|have)[ \t]+not[ \t]+(?:undergone|gone[ \t]+through)[ \t]+(?:any[ \t]+)?(?:post-?training|alignment|"
     r"safety|instruction[ \t]+tuning|fine-?tuning|rlhf|dpo)\b"),
    (("yet to be",), r"\byet[ \t]+to[ \t]+be[ \t]+(?:implemented|supported|released|tested|evaluated|validated)\b"),
    # a bias it leans by, what can do harm, what is untested ("with a subtle bias towards Asian features", "Large
    # amounts of quality tags and negative prompts can have negative effects", "Higher isn't tested")
    (("bias towards", "bias toward", "bias against"),
     r"\b(?:an?|some|slight|strong|clear)[ \t]+(?:[\w-]+[ \t]+)?bias[ \t]+(?:towards?|against)\b"),
    (("negative effect", "negative impact", "adverse effect", "detrimental effect"),
     r"\b(?:can|may|might|could|will)[ \t]+have[ \t]+(?:an?[ \t]+|some[ \t]+)?(?:negative|adverse|detrimental)[ \t]+"
     r"(?:effects?|impacts?)\b"),
    (("n't tested", "not tested", "n't been tested", "not been tested", "untested", "not been validated",
      "n't been validated", "not validated", "unvalidated"),
     # (a condition untested, said in the passive; not "I haven't tested the 8-bit loader yet", the author's to-do;
     # or not validated: "standalone stock PEFT/OFT end-to-end loading has not been validated")
     r"\b(?:is|are|was|were)(?:n't|[ \t]+not)[ \t]+(?:yet[ \t]+)?(?:tested|validated)\b"
     r"|\b(?:has|have)(?:n't|[ \t]+not)[ \t]+been[ \t]+(?:yet[ \t]+)?(?:tested|validated)\b"
     r"|\b(?:is|are)[ \t]+(?:untested|unvalidated)\b"),
    # (results or outputs said unreliable somewhere: "results for language pairs containing uncovered languages are
    # unreliable!")
    (("unreliable",), r"\b(?:results|outputs?|predictions|scores|answers|translations|it)[ \t]+[^.\n]{0,60}?"
                      r"\b(?:is|are|may[ \t]+be|can[ \t]+be|will[ \t]+be|becomes?)[ \t]+(?:\w+[ \t]+)?unreliable\b"),
    # a fit or an ability admitted short, an input that degrades the output, a tendency of its style ("delta: Slightly
    # underfit", "alpha: Limited ability", "'RAW photo' in the prompt may degrade the result", "it tends to have a quite
    # formal and sophisticated style")
    (("underfit", "overfit"),
     r"\b(?:slightly|somewhat|a[ \t]+bit|heavily|quite|rather|still)[ \t]+(?:underfit|overfit)(?:ted|ting)?\b"),
    (("limited ability", "limited capabilit", "limited knowledge", "limited capacity", "limited understanding"),
     r"\blimited[ \t]+(?:ability|abilities|capability|capabilities|knowledge|capacity|understanding)\b"),
    (("degrade",), r"\bmay[ \t]+degrade[ \t]+(?:the[ \t]+)?(?:results?|quality|outputs?|images?|generations?)\b"),
    (("tends to", "tend to"),
     r"\b(?:it|the[ \t]+model|outputs?|generations|responses)[ \t]+tends?[ \t]+to[ \t]+(?:have|be|produce|generate|"
     r"give|write|repeat|hallucinate|ignore|forget|overfit|prefer|favou?r)\b"),
    # what is likely to break it: "any other format that isn't asterisks/quotes is likely to cause issues"
    (("cause issues", "cause problems", "cause errors", "cause artifacts"),
     r"\b(?:is|are|may|might|can|could|will)[ \t]+(?:likely[ \t]+to[ \t]+)?cause[ \t]+(?:issues|problems|errors|"
     r"artifacts)\b"),
    # a quality it does not reach, a state of the art it disclaims, a length beyond which it is not recommended ("lower
    # resolution works but quality will not be as good", "Amber is not a SOTA model", "going beyond 128 is not
    # recommended")
    (("not be as good",),
     r"\b(?:quality|results?|performance|accuracy|outputs?)[ \t]+(?:will|may|might|would)[ \t]+not[ \t]+be[ \t]+"
     r"as[ \t]+good\b"),
    (("not a sota", "not sota", "not a state", "not state"),
     r"\b(?:is|are)[ \t]+not[ \t]+(?:an?[ \t]+)?(?:sota|state[- ]of[- ]the[- ]art)\b"),
    (("not recommended",),
     r"\b(?:beyond|above|over|longer[ \t]+than|more[ \t]+than)[ \t]+\d[\d,]*\b[^.\n]{0,30}?\b(?:is|are)[ \t]+not[ \t]+"
     r"recommended\b"),
    # a drawback named after what it is of ("The only drawback of V2 is being 0.5 GB larger"), a context it is meant to
    # stay within and one beyond it only experimental ("intended to be used with up to an 8k context window", "can be
    # used experimentally up to a 16k context window"; not "It can handle sequences of up to 514 tokens", a capacity)
    (("drawback", "downside"),
     r"\b(?:drawbacks?|downsides?)[ \t]+of[ \t]+(?:(?:this|the|our)[ \t]+)?(?:(?:new|current|quantized|merged)[ \t]+)?"
     r"(?:model|version|checkpoint|lora|adapter|v\d[\w.]*|it)[ \t]+(?:is|are|was|were)\b"),
    (("intended to be used with up", "meant to be used with up", "designed to be used with up"),
     r"\b(?:intended|meant|designed)[ \t]+to[ \t]+be[ \t]+used[ \t]+with[ \t]+up[ \t]+to\b"),
    (("used experimentally",), r"\bbe[ \t]+used[ \t]+experimentally\b"),
    # a habit to learn ("be ready for it to behave differently ... there's a learning curve"), a checkpoint meant to
    # be fine-tuned first ("it is intended to be fine-tuned on a specific task"), an input that upsets it ("There
    # should not be any space after your final ":" or you will upset the tokenizer and see non-English reponse")
    (("learning curve",),
     r"\b(?:there(?:'s|’s|[ \t]+is)|has|with|comes[ \t]+with)[ \t]+(?:a|some)[ \t]+"
     r"(?:steep[ \t]+|slight[ \t]+|small[ \t]+)?learning[ \t]+curve\b"),
    (("to be fine-tuned", "to be finetuned", "to be fine tuned"),
     r"\b(?:is|are)[ \t]+(?:\w+[ \t]+)?(?:intended|meant|designed)[ \t]+to[ \t]+be[ \t]+fine[- ]?tuned\b"),
    (("or you will", "or it will"),
     r"\bor[ \t]+(?:else[ \t]+)?(?:you|it)[ \t]+will[ \t]+(?:upset|confuse|break|corrupt|ruin|degrade|"
     r"(?:see|get)[ \t]+(?:[\w-]+[ \t]+)?(?:non-|garbage|gibberish|wrong|bad|broken|nonsense|poor|weird))"),
    # data admitted short of good ("Even if this translation was not the best"; not "the dataset is not the best
    # available"), settings that are hard to get right ("The settings are very finicky"), data that leans ("the data is
    # more representative of people and societies most connected to the internet")
    (("not the best", "not very good", "not perfect", "not great", "not always accurate", "not accurate", "not clean",
      "not reliable", "not ideal"),
     r"\b(?:translations?|data(?:set)?|labels?|annotations?|captions?|transcripts?|transcriptions?)[ \t]+"
     r"(?:was|were|is|are)[ \t]+not[ \t]+(?:the[ \t]+best|very[ \t]+good|perfect|great|always[ \t]+accurate|"
     r"accurate|clean|reliable|ideal)\b(?![ \t]+(?:known|available|possible)\b)"),
    (("finicky", "fragile", "brittle", "temperamental"),
     r"\b(?:is|are)[ \t]+(?:very[ \t]+|quite[ \t]+|rather[ \t]+|a[ \t]+bit[ \t]+|extremely[ \t]+|pretty[ \t]+|"
     r"somewhat[ \t]+|super[ \t]+)?(?:finicky|fragile|brittle|temperamental)\b"),
    (("representative",),
     r"\b(?:data(?:set)?|corpus|corpora)[ \t]+(?:is|are|was|were)[ \t]+(?:more|less|not|over-?|under-?)[ \t]*"
     r"representative[ \t]+of\b"),
    # a model not evaluated much ("None of the M-CLIP models have been extensivly evaluated"), a leaning of its style
    # to take out in the negative prompt ("This may be desirable, but if not, put "western comics" in you negative
    # prompt")
    (("extensiv", "thoroughly", "rigorously", "properly evaluated", "properly tested", "fully evaluated",
      "fully tested"),
     r"\b(?:not|none[ \t]+of[ \t]+[^.\n]{1,60}?)[ \t]+(?:(?:have|has)[ \t]+)?(?:been[ \t]+|yet[ \t]+)*(?:extensiv\w*|"
     r"thoroughly|rigorously|properly|fully)[ \t]+(?:evaluated|tested|validated|benchmarked)\b"),
    (("negative prompt",),
     r"\b(?:if[ \t]+not|if[ \t]+you[ \t]+(?:do[ \t]+not|don't|don’t)[ \t]+(?:want|like)[^.\n]{0,40}?|otherwise),?[ \t]+"
     r"(?:put|add|use|try)\b[^.\n]{0,80}?\bnegative[ \t]+prompts?\b"),
    # outputs that may be explicit ("produces uncensored and potentially explicit images") or too long ("The model
    # output can be verbose in rare cases")
    (("potentially", "possibly"),
     r"\b(?:potentially|possibly)[ \t]+(?:explicit|offensive|harmful|nsfw|inappropriate|disturbing|unsafe|toxic)\b"),
    (("verbose", "repetitive", "wordy"),
     r"\b(?:outputs?|responses?|answers?|generations?)[ \t]+(?:can|may|might|tends?[ \t]+to|is|are)[ \t]+"
     r"(?:sometimes[ \t]+|often[ \t]+)?(?:be[ \t]+)?(?:too[ \t]+|overly[ \t]+|very[ \t]+|a[ \t]+bit[ \t]+)?"
     r"(?:verbose|repetitive|wordy|long-winded)\b"),
    # a shortfall put down to limits ("due to limitations in training data and methodology"), data not licensed for
    # commerce ("LLaVA's corpus which is not commercially permissive"), a model it does not work with ("the SD and SDXL
    # VAEs are [incompatible](...)", "is not compatible with")
    (("due to limitation", "due to the limitation"),
     r"\bdue[ \t]+to[ \t]+(?:the[ \t]+)?limitations?[ \t]+(?:in|of)\b"),
    (("commercially permissive",), r"\bnot[ \t]+commercially[ \t]+permissive\b"),
    (("incompatible", "not compatible"),
     r"\b(?:is|are|was|were)[ \t]+(?:\[incompatible\]|incompatible[ \t]+with\b|incompatible[ \t]*[.)]|not[ \t]+"
     r"compatible[ \t]+with\b)"),
    # a model picky about its inputs: "ColorBomb ... A bit picky about prompts"
    (("picky", "fussy"),
     r"\b(?:a[ \t]+(?:bit|little)|quite|very|rather|somewhat|slightly|pretty)[ \t]+(?:picky|fussy)[ \t]+"
     r"(?:about|with|when)\b"),
    # artifacts it makes without a fix ("recommended to use with VAE (to improve generation quality and get rid of blue
    # artifacts)"), an input held under a length in brackets ("provide an input text (less than 2000 tokens)")
    (("artifact",),
     r"\b(?:avoid|fix|remove|reduce|get[ \t]+rid[ \t]+of)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?artifacts\b"),
    (("less than", "fewer than"),
     r"\b(?:inputs?|texts?|prompts?|contexts?|documents?)[ \t]*\([ \t]*(?:less|fewer)[ \t]+than[ \t]+\d[\d,.]*[ \t]*"
     r"[kK]?[ \t]*tokens[ \t]*\)"),
    # what it does poorly ("almost all models perform poorly on specialized long text retrieval datasets"; not other
    # models, "Out-of-the-box language models perform poorly on embedding tasks"), a checkpoint
    # to fine-tune before use ("capable of just generating random text. To use it for chatting, you must fine-tune the
    # model first")
    (("poorly", "badly"),
     r"\b(?:it|this[ \t]+model|the[ \t]+model|our[ \t]+model|(?:this|the)[ \t]+checkpoint|(?:almost[ \t]+)?all[ \t]+"
     r"(?:the[ \t]+)?models)[ \t]+(?:may[ \t]+|might[ \t]+|can[ \t]+|tends?[ \t]+to[ \t]+)?"
     r"(?:perform|performs|performed|does|do|did|work|works|worked)[ \t]+(?:very[ \t]+|quite[ \t]+|relatively[ \t]+|"
     r"rather[ \t]+)?(?:poorly|badly)[ \t]+(?:on|in|with|for|when)\b"),
    (("fine-tune the model first", "fine-tune it first", "finetune the model first", "finetune it first",
      "fine tune the model first", "capable of just", "capable of only"),
     r"\b(?:must|need[ \t]+to|have[ \t]+to|should)[ \t]+fine[- ]?tune[ \t]+(?:the[ \t]+model|it)[ \t]+first\b"
     r"|\bcapable[ \t]+of[ \t]+(?:just|only)[ \t]+[a-z]+ing\b"),
    # what may be harder for it ("Might be harder to do photorealism compared to realism focused models"), the most it
    # supports ("This model support at most 64 frames"; not "supports up to 128k tokens", a capacity), a re-trained
    # checkpoint short of its paper ("Its performance is close to the model reported in the paper but does not match it
    # exactly")
    (("be harder to", "be more difficult to", "be difficult to"),
     r"\b(?:might|may|could|can)[ \t]+be[ \t]+(?:harder|more[ \t]+difficult|difficult)[ \t]+to[ \t]+\w"),
    (("at most", "a maximum of", "no more than"),
     r"\bsupports?[ \t]+(?:at[ \t]+most|a[ \t]+maximum[ \t]+of|no[ \t]+more[ \t]+than)[ \t]+\d"),
    (("not match",),
     r"\bclose[ \t]+to[ \t]+[^.\n]{0,60}?\bbut[ \t]+(?:does|do)[ \t]+not[ \t]+match\b"),
    # a model at an early stage ("Open-Sora is still at an early stage and under active development"), slight
    # distortions it makes ("Slight face/limb distortion under t2i result can be fixed ... in i2i step")
    (("early stage",),
     r"\b(?:is|are)[ \t]+still[ \t]+(?:at|in)[ \t]+(?:an?[ \t]+|its[ \t]+)?(?:very[ \t]+)?early[ \t]+stages?\b"),
    (("distortion",), r"\b(?:slight|some|minor|occasional)[ \t]+(?:[\w/-]+[ \t]+){0,2}?distortions?\b"),
    # a step its use needs before it ("It is highly recommended to use a prior classification step before applying
    # ClimateBERT-NetZero"): a precondition of its use, where it is not fit to run alone
    (("before applying", "before using", "before deploying", "before relying"),
     r"\b(?:recommended|advised|advisable|necessary|required|essential|important)[ \t]+to[ \t]+[^.\n]{1,80}?"
     r"\bbefore[ \t]+(?:applying|using|deploying|relying[ \t]+on)[ \t]+"
     r"(?:it\b|(?:this|the)[ \t]+(?:model|checkpoint|adapter|lora)\b|[*_`]{0,2}(?-i:[A-Z]))"),
)
