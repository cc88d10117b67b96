"""Caveats that say what a model is not fit for, as ``caveats.states_caveat`` reads them: inputs it leaves out, what
it is not to be relied on as or not made for, and scores it lost ("Genes outside this vocabulary are ignored", "It is
not a real-time audio-callback model", "This model isn't intended for direct use", "our scores dropped slightly")."""

from __future__ import annotations

# (each a pattern with the words every match of it holds, read with the other caveats in one pass: caveats._CAVEATS)
NOT_FIT = (
    # inputs it leaves out ("Genes outside this vocabulary are ignored"), or what it is not to be relied on as
    # ("research evidence, not reliable poets, human-aligned systems, or production language models")
    (("ignored", "dropped", "skipped", "discarded", "supported", "rejected"),
     r"\b(?:outside|beyond)[ \t]+(?:the|this|its|that|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:vocabulary|range|list|set|"
     r"domain|distribution|schema|format)[*_]{0,2}[ \t]+(?:are|is|will[ \t]+be|get|gets)[ \t]+(?:silently[ \t]+)?"
     r"(?:ignored|dropped|skipped|discarded|unsupported|not[ \t]+supported|rejected)\b"),
    (("not reliable", "not a reliable"), r"\bnot[ \t]+(?:an?[ \t]+)?reliable\b"),
    # or what it is not fit to be: "It is not a real-time audio-callback model" (not how it is packaged, "It is not a
    # standalone base model")
    (("is not a",),
     r"\b(?:it|this[ \t]+model|the[ \t]+model)[ \t]+is[ \t]+not[ \t]+an?[ \t]+"
     r"(?:(?!(?:standalone|stand-alone|base|full|complete|merged|new|separate|single|(?:pre-?|fine-?)?trained|"
     r"quantized|quantised)\b)[\w-]+[ \t]+){0,3}?(?:model|system|tool|replacement|substitute|product)\b"),
    # a use it is not made for ("This model isn't intended for direct use but for fine-tuning"), or scores lost ("our
    # scores dropped slightly ... due to insufficient realignment")
    # ("it is not well-suited for noisy audio like CommonVoice", "is not intended as a ready-to-use conversational
    # assistant")
    (("not intended", "n't intended", "not meant", "n't meant", "not suitable", "n't suitable", "not well", "n't well",
      "not suited", "n't suited"),
     r"\b(?:is|are)(?:[ \t]+not|n['’]t)[ \t]+(?:intended|meant|suitable|designed|(?:well[ \t-]+)?suited)[ \t]+"
     r"(?:for|to|as)\b"),
    (("dropped", "drops", "decreased", "degraded", "fell"),
     r"\b(?:scores?|performance|accuracy|quality)[ \t]+(?:\w+[ \t]+)?(?:dropped|drops|decreased|degraded|fell)\b"),
    # or scores no better than chance somewhere: "When testing on Kannada, ... it performed close to random"
    (("random", "chance"),
     r"\b(?:perform(?:s|ed)?|does|did|scores?|scored|(?:accuracy|performance|results?|f1)[ \t]+(?:is|was|are|were))"
     r"[ \t]+(?:\w+[ \t]+)?(?:close[ \t]+to|near|"
     r"no[ \t]+better[ \t]+than|barely[ \t]+(?:above|better[ \t]+than)|only[ \t]+at)[ \t]+(?:random|chance)\b"
     r"(?![ \t-]+(?:seeds?|sampling|init\w*|order|split|baseline|crop\w*|masking))"),
    # answers that change with the wording ("The same prompt worded differently can give wildly different answers"),
    # or what it expects of its input ("It is expected that query includes all parameters during inference")
    (("different",),
     r"\b(?:can|may|might|will|could)[ \t]+(?:give|produce|return|yield|generate)[ \t]+(?:\w+[ \t]+)?different[ \t]+"
     r"(?:answers|outputs|results|responses|predictions)\b"),
    # (or what it was trained on, against what it was not: "The model is trained on face crops, not full scene images")
    ((", not ",),
     r"\btrained[ \t]+on[ \t]+(?:[\w-]+[ \t]+){0,4}?[\w-]+,[ \t]+not[ \t]+(?:on[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
     r"(?:images?|photos?|pictures?|crops?|texts?|sentences?|documents?|audio|recordings?|speech|videos?|data)\b"),
    (("expected that", "must include", "must contain"),
     r"\b(?:it[ \t]+is[ \t]+expected[ \t]+that|(?:queries|inputs?|prompts?|query)[ \t]+must)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,2}?(?:includes?|contains?|provides?|has|have)\b"),
    # or what not to expect of it ("You can use English, but don't expect accuracy"), or more training it needs ("model
    # needs to be trained on more current data", "it still needs more training")
    (("expect",), r"\b(?:do[ \t]+not|don['’]t|never)[ \t]+expect[ \t]+(?:\w+[ \t]+){0,2}?(?:accuracy|accurate|good|"
     r"great|high|reliable|perfect|much)\b"),
    (("needs", "requires"), r"\b(?:model|it)[ \t]+(?:still[ \t]+)?(?:needs|requires)[ \t]+(?:to[ \t]+be[ \t]+(?:re-?)?"
     r"trained[ \t]+on[ \t]+more|more[ \t]+training|further[ \t]+training|more[ \t]+data)\b"),
    # (or how it does on other inputs, untried: "Performance on inputs other than Twitter biographies is not verified")
    (("not verified", "not tested", "not been verified", "not been tested", "not evaluated", "not been evaluated"),
     r"\b(?:performance|accuracy|quality|results?)[ \t]+(?:on|for|with)[ \t]+[^.\n]{1,80}?[ \t]+(?:is|are|has|have)"
     r"[ \t]+not[ \t]+(?:been[ \t]+)?(?:verified|tested|evaluated|validated)\b"),
    # (or where it falls short: "The model works well on most of the emotions except: 'desire', 'disgust', ...")
    (("except",), r"\b(?:works?|performs?|does)[ \t]+well[ \t]+(?:on|for|with|in)[ \t]+(?:most|all)\b[^.\n]{0,60}?"
     r"\bexcept\b"),
    # (or what its gain cost: "at the price of some impact on the accuracy", "at the expense of a lower F1")
    (("price of", "cost of", "expense of"),
     r"\bat[ \t]+the[ \t]+(?:price|cost|expense)[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:accuracy|performance|quality|"
     r"precision|recall|f1|scores?)\b"),
    # (or speed or size it was traded for: "trades a bit of accuracy for a 3x speed-up", "less accurate than the 8-bit
    # one", "accuracy is a little lower than the base model's", "some quality loss"; not "the best trade-off between
    # speed and accuracy", praise, nor "does not trade off accuracy for its size", nor "lower than the baseline's
    # error rate": what is lower is the model's accuracy or quality)
    # (or another model preferred to it, or it weaker than others: "the use of X is preferred to this model as it
    # achieves better results", "Standalone it is weaker than the language-specific models it routes to")
    (("preferred to this", "preferred over this", "weaker than", "worse than"),
     r"\b(?:is|are)[ \t]+(?:\w+[ \t]+)?preferred[ \t]+(?:to|over)[ \t]+this[ \t]+(?:model|checkpoint|one)\b"
     r"|\b(?:it|this[ \t]+model|the[ \t]+model)[ \t]+(?:is|performs)[ \t]+(?:\w+[ \t]+)?(?:weaker|worse)[ \t]+than\b"),
    (("more about speed", "more about size", "more about latency"),
     r"\bmore[ \t]+about[ \t]+(?:speed|size|latency)(?:[ \t]+and[ \t]+(?:speed|size|latency))?[ \t]+than[ \t]+"
     r"(?:about[ \t]+)?(?:accuracy|quality|precision)\b"),
    (("trades some", "trades a ", "trades little"),
     r"\btrades[ \t]+(?:some|a[ \t]+(?:bit|little)[ \t]+of|a[ \t]+little|little)[ \t]+(?:[\w-]+[ \t]+)?"
     r"(?:accuracy|quality|precision|performance)[ \t]+for\b"),
    (("less accurate", "less precise", "less reliable", "less capable", "less robust"),
     r"\b(?:it|model|version|variant|quant\w*|checkpoint|adapter|one)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
     r"(?:less[ \t]+(?:accurate|precise|reliable|capable|robust)[ \t]+than)\b"),
    (("lower than", "worse than"),
     r"\b(?:accuracy|quality|precision|performance)[ \t]+(?:is|are|was|were|may[ \t]+be|can[ \t]+be)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,3}?(?:lower|worse)[ \t]+than\b"),
    (("quality loss", "accuracy loss", "precision loss", "loss of quality", "loss of accuracy", "loss of precision"),
     r"\b(?:some|slight|small|minor|noticeable|little|a[ \t]+bit[ \t]+of)[ \t]+(?:quality|accuracy|precision)[ \t]+"
     r"loss\b|\b(?:some|slight|small|minor|noticeable)[ \t]+loss[ \t]+(?:of|in)[ \t]+(?:quality|accuracy|precision)\b"),
    # or not tuned for a use yet: "This is not an instruct tune model! (soon...)"
    (("not an", "not a"), r"\bis[ \t]+not[ \t]+an?[ \t]+(?:instruct(?:ion)?|chat)[ \t-]+(?:tuned?|model)\b"),
    # (or has had none: "which has no instruction tuning", "with no safety tuning")
    (("no ",), r"\b(?:has|have|had|with)[ \t]+no[ \t]+(?:instruction|instruct|chat|safety|alignment|rlhf)[ \t-]+"
     r"(?:tuning|training|fine-?tuning|data)\b"),
    # how its outputs depart from the original's: "There are slight discrepancies between the output of X and Y", "the
    # outputs differ slightly from the original"
    (("discrepanc", "differ", "deviat"),
     r"\b(?:slight|small|minor|some|subtle)[ \t]+(?:discrepanc(?:y|ies)|differences|deviations)[ \t]+(?:between|from)"
     r"[ \t]+(?:the[ \t]+)?outputs?\b"
     r"|\boutputs?[ \t]+(?:may[ \t]+)?(?:differs?|deviates?)[ \t]+(?:slightly[ \t]+)?from\b"),
    # a use advised against: "We do not recommend using base language models for conversations", "we do not advise
    # you to use it for chat"
    (("recommend using", "advise"),
     r"\b(?:do[ \t]+not|don['’]t)[ \t]+(?:recommend[ \t]+using|advise[ \t]+(?:you[ \t]+)?(?:to[ \t]+use|using))[ \t]+"
     r"(?:[\w-]+[ \t]+){0,4}?(?:for|in|as)[ \t]+\w"),
    # a use at one's own risk, outputs not censored: "The model output is not censored ... Use at your own risk"; a
    # model that does less well: "it performs less well"
    (("own risk", "censored", "less well"),
     r"\bat[ \t]+(?:your|their|one's|one’s|the[ \t]+user's)[ \t]+own[ \t]+risk\b|\b(?:is|are)[ \t]+not[ \t]+censored\b"
     r"|\b(?:performs?|works?|does)[ \t]+less[ \t]+well\b"),
    # a use it is less fit for: "less suitable for multi-turn conversations such as chat", "poorly suited to"
    (("less suit", "poorly suit", "less fit", "ill-suited", "ill suited"),
     r"\b(?:less|poorly|ill)[ \t-]+(?:suitable|suited|fit)[ \t]+(?:for|to)\b"),
    # a model that will likely do worse: "will likely not perform as well as a model trained with full supervision"
    (("likely not", "probably not"),
     r"\b(?:will|would)[ \t]+(?:likely|probably)[ \t]+not[ \t]+(?:perform|work|generali[sz]e|do)\b"),
    # bad outputs it gives, or what it may be: "will give you deranged results", "Might be incredibly dumb"
    (("give", "produce"),
     r"\b(?:will|would|may|might|can|could)[ \t]+(?:give|produce)[ \t]+(?:you[ \t]+)?(?:\w+[ \t]+)?(?:deranged|garbage|"
     r"nonsense|nonsensical|broken|weird|unusable|incoherent|gibberish)[ \t]+"
     r"(?:results|outputs?|responses|answers|text)\b"),
    (("might ", "may ", "could ", "can "),
     r"\b(?:might|may|could|can)[ \t]+(?:be[ \t]+)?(?:(?:very|really|incredibly|quite|pretty|extremely|a[ \t]+bit)"
     r"[ \t]+)?(?:dumb|stupid|broken|unstable|useless|buggy|unreliable)\b"),
    # outputs of a lower quality it may give: "may produce low-quality images when weight_type is float16", "may result
    # in slightly inferior image details"
    # (or wrong ones: "Any text below 150 tokens will result in inaccurate results")
    (("low-quality", "low quality", "poor-quality", "poor quality", "inferior", "degraded", "blurry", "inaccurate",
      "incorrect", "unreliable"),
     r"\b(?:may|might|can|could|will|would|tends?[ \t]+to)[ \t]+(?:also[ \t]+)?(?:produce|generate|output|give|yield|"
     r"result[ \t]+in|lead[ \t]+to|cause)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:low[- ]quality|poor[- ]quality|inferior|"
     r"degraded|blurry|inaccurate|incorrect|unreliable)\b"),
    # outputs that lack detail or are not good enough: "The reconstruction is lossy ... often lacks details", "the
    # results sometimes aren't so good"
    (("lack", "lossy"), r"\b(?:often|sometimes|may|can|might|tends?[ \t]+to|usually)[ \t]+lacks?[ \t]+(?:\w+[ \t]+)?"
     r"details?\b|\b(?:is|are)[ \t]+lossy\b"),
    (("good",),
     r"\b(?:results?|outputs?|images?|quality)[ \t]+(?:\w+[ \t]+){0,3}?(?:aren't|aren’t|are[ \t]+not|isn't|isn’t|"
     r"is[ \t]+not)[ \t]+(?:always[ \t]+)?(?:so|very|that|as)[ \t]+good\b"),
    # work it still needs: "This model benchmarks well, but it needs further tuning to be an excellent
    # conversationalist"
    # ("we believe that more data is needed to train agents that can generalize"; skills it lost: "the model lost a lot
    # of Reasoning and Coding skills in the merger")
    (("needs further", "need further", "needs more", "need more", "needs additional", "is needed", "are needed",
      "lost"),
     r"\bneeds?[ \t]+(?:further|more|additional)[ \t]+(?:tuning|fine-?tuning|training|work|alignment)\b"
     r"|\b(?:more|additional)[ \t]+(?:training[ \t]+)?data[ \t]+(?:is|are)[ \t]+(?:still[ \t]+)?(?:needed|required)\b"
     r"|\b(?:model|it)[ \t]+(?:has[ \t]+)?lost[ \t]+(?:a[ \t]+lot[ \t]+of|some|much[ \t]+of|most[ \t]+of|many)?[ \t]*"
     r"(?:[\w-]+[ \t]+){0,4}?(?:skills|abilities|capabilities|performance|knowledge)\b"),
    # a quality it still lacks: "the model is still of low quality and lacks diversity"; results it may not reach: "The
    # model also works for these languages, but might not yield the best results"
    (("quality", "diversity", "best results"),
     r"\b(?:is|are)[ \t]+(?:still[ \t]+)?of[ \t]+(?:low|poor)[ \t]+quality\b|\blacks?[ \t]+diversity\b"
     r"|\b(?:may|might|will|would|does|do)[ \t]+not[ \t]+(?:yield|give|produce|achieve|get)[ \t]+(?:the[ \t]+)?"
     r"best[ \t]+results\b"),
    # other domains it may do otherwise on: "the model might perform differently on texts from other domains"
    (("differently",), r"\b(?:may|might|could|can|will|would)[ \t]+(?:perform|behave|work|do)[ \t]+(?:\w+[ \t]+)?"
     r"differently\b"),
    # a bias its outputs show: "If you get too many yellow faces or you dont like the strong blue bias"
    (("bias",), r"\b(?:strong|heavy|noticeable|slight|clear|obvious)[ \t]+(?:[\w-]+[ \t]+)?bias\b"),
    # a condition it needs, or its outputs break: "The size of the picture should be at least 768, otherwise it will
    # collapse", "faces may deform"
    (("otherwise", "deform", "distort"),
     r"\botherwise[ \t]+(?:it|the[ \t]+(?:image|picture|output|result|model|face)s?|results?|outputs?|images?)[ \t]+"
     r"(?:will|may|might|can|could|would)[ \t]+(?:\w+[ \t]+)?(?:collapse|break|fail|crash|degrade|deform|distort|"
     r"be[ \t]+(?:distorted|deformed|broken|blurry|worse))\b"
     r"|\b(?:faces?|hands?|bodies|body|limbs?|anatomy|fingers)[ \t]+(?:may|might|can|could|will|tend[ \t]+to)[ \t]+"
     r"(?:\w+[ \t]+)?(?:deform|distort|be[ \t]+(?:deformed|distorted|malformed|broken))\w*"),
    # outputs not all of which work: "Keep in mind that not all generated codes might be readable", "not all outputs
    # will be correct"
    # ("not all poses work correctly in such large resolutions")
    (("not all",),
     r"\bnot[ \t]+all[ \t]+(?:(?:the|of[ \t]+the)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:outputs|images|results|generations|"
     r"codes|samples|answers|predictions|responses|completions|pictures|videos|translations)[ \t]+"
     r"(?:will|might|may|would|are|can|could)\b"
     r"|\bnot[ \t]+all[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?[\w-]+s[ \t]+(?:work|works|render|come[ \t]+out)[ \t]+"
     r"(?:correctly|properly|well|right|as[ \t]+expected)\b"),
    # defects there may still be ("in some cases there may still be mutations, duplications, etc"), and a release not
    # yet finished ("This is not yet the full version of the model")
    (("there may", "there might", "there can", "there could", "there will"),
     r"\bthere[ \t]+(?:may|might|can|could|will)[ \t]+(?:still[ \t]+|sometimes[ \t]+|occasionally[ \t]+)?be[ \t]+"
     r"(?:some[ \t]+)?(?:mutations|artifacts|artefacts|errors|mistakes|bugs|glitches|duplications|distortions|issues|"
     r"problems|inaccuracies|hallucinations)\b"),
    # flaws that show at times: "even if some slop words appear time to time", "occasional typos still creep in"
    (("time to time", "occasionally", "sometimes", "now and then"),
     # ("it occasionally produces Midjourney-specific tags")
     r"\b(?:it|model)[ \t]+(?:occasionally|sometimes|often)[ \t]+(?:produces|generates|outputs|adds|emits|"
     r"hallucinates|repeats|ignores|fails)\b|"
     r"\b(?:(?:some|a[ \t]+few|occasional)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+s|errors|mistakes|artifacts|artefacts|"
     r"glitches|repetitions|hallucinations|typos)[ \t]+(?:still[ \t]+|can[ \t]+|may[ \t]+|might[ \t]+|do[ \t]+)?"
     r"(?:appear|occur|show[ \t]+up|creep[ \t]+in|slip[ \t]+(?:in|through))[ \t]+(?:from[ \t]+)?"
     r"(?:time[ \t]+to[ \t]+time|occasionally|sometimes|now[ \t]+and[ \t]+then)\b"),
    # a very early checkpoint: "This is a very early checkpoint of the model. Only 200 steps." (not "an early
    # checkpoint of X, a small, yet powerful language model", which reviewers held no caveat)
    (("early",), r"\b(?:is|are)[ \t]+(?:a|an)[ \t]+(?:very|extremely|really)[ \t]+early[ \t]+(?:checkpoint|version|"
     r"release|preview|snapshot|iteration)\b"),
    # what it finds harder, or does badly: "This one has a bit more difficulty to get faces right", "others (E.g.
    # relief) perform very poorly"
    # ("reining in their horns can be trouble", "There is some bleed through between classes")
    # (its words as every match holds them: "overtrain", not "trained", which nearly every card holds)
    (("difficult", "trouble", "poorly", "struggles", "overtrain", "over-train", "undertrain", "under-train", "overfit",
      "underfit", "tricky", "finicky", "bleed"),
     r"\b(?:has|have|had)[ \t]+(?:a[ \t]+bit[ \t]+|a[ \t]+little[ \t]+|some[ \t]+)?(?:more[ \t]+)?"
     r"(?:difficulty|difficulties|trouble)[ \t]+(?:to|with|in|getting|generating|making)\b"
     r"|\bcan[ \t]+be[ \t]+(?:a[ \t]+bit[ \t]+|quite[ \t]+|very[ \t]+)?(?:trouble|tricky|finicky)\b"
     r"|\b(?:some|a[ \t]+bit[ \t]+of|a[ \t]+little)[ \t]+(?:concept[ \t]+|style[ \t]+)?bleed(?:ing)?\b"
     # ("it struggles with small details such as faces", "This LoRA is very overtrained")
     r"|\b(?:it|model|lora|this)[ \t]+(?:still[ \t]+|often[ \t]+|sometimes[ \t]+)?struggles[ \t]+(?:with|to)\b"
     r"|\b(?:is|are)[ \t]+(?:very[ \t]+|quite[ \t]+|a[ \t]+bit[ \t]+|slightly[ \t]+|heavily[ \t]+)?"
     r"(?:overtrained|over-trained|undertrained|under-trained|overfit|overfitted|underfit)\b"
     # (not other models: "out-of-the-box language models perform poorly on Embedding-related tasks")
     r"|(?<!models[ \t])(?<!llms[ \t])(?<!methods[ \t])\b(?:perform|performs|performed|does|do|did|works?)[ \t]+"
     r"(?:very[ \t]+|quite[ \t]+|rather[ \t]+|extremely[ \t]+)?poorly\b"),
    # a risk it runs: "Since this is a generative model, there is a risk of **hallucination** during the generation
    # process"
    (("risk of", "risks of"),
     r"\brisks?[ \t]+of[ \t]+[*_]{0,2}(?:[\w-]+[ \t]+)?(?:hallucinat\w*|bias(?:es)?|errors?|mistakes?|toxic\w*|"
     r"harmful|misuse|inaccura\w*|overfitting|memori[sz]ation)\b"),
    # what it falls short of, or does badly at: "Note LoRA is not sufficient for one-step generation", "normalCFG with
    # 4-step is not working very well"
    (("sufficient", "enough", "working", "work very", "work well", "works well", "work so"),
     r"\bis[ \t]+not[ \t]+(?:sufficient|enough|good[ \t]+enough)[ \t]+for[ \t]+\w"  # (not other metrics': "are not
     # sufficient to portray the difference")
     r"|\b(?:is|are|does|do)(?:[ \t]+not|n['’]t)[ \t]+work(?:ing|s)?[ \t]+(?:very[ \t]+|so[ \t]+|too[ \t]+)?well\b"),
    # a use it cannot serve, not aligned: "As a model that has not been aligned with human intent, ChatGLM3-6B-Base
    # cannot be used for multi-turn conversations" (not "has limited understanding of single-round ultra-long
    # documents" beside its new features, which two sets of reviewers of ChatGLM2's cards held no caveat, one did)
    (("cannot be used", "not been aligned"),
     r"\bcannot[ \t]+be[ \t]+used[ \t]+(?:for|as)[ \t]+(?!commercial\b)\w|\bnot[ \t]+been[ \t]+aligned\b"),
    # what it cannot do, and the checking its outputs need: "it does not possess the ability to comprehend or express
    # personal opinions", "users should take full responsibility for evaluating and verifying it on their own"
    (("ability to", "responsibility for"),
     r"\b(?:does|do)[ \t]+not[ \t]+(?:possess|have)[ \t]+the[ \t]+(?:ability|capacity)[ \t]+to\b"
     r"|\busers?[ \t]+(?:should|must|need[ \t]+to)[ \t]+take[ \t]+(?:full[ \t]+)?responsibility[ \t]+for[ \t]+"
     r"(?:evaluating|verifying|checking|reviewing)\b"),
    # what a choice of its maker may bring about: "I prioritize the freedom of composition, which may result in a
    # higher possibility of anatomical errors"
    (("result in", "lead to"),
     r"\b(?:may|might|can|could|will)[ \t]+(?:result[ \t]+in|lead[ \t]+to)[ \t]+(?:[\w-]+[ \t]+){0,6}?"
     r"(?:errors|artifacts|artefacts|mistakes|glitches|hallucinations|deformities|distortions|failures)\b"),
    # a warning to the reader, a model not tested: "... CAN AND WILL HAPPEN. YOU'RE WARNED", "It was neither tested
    # nor ..." (not "a preliminary version and we will update this model", which reviewers held no caveat)
    # ("This model may come with interesting quirks, as I obviously haven't extensively tested it")
    (("warned", "tested", "quirks"),
     r"\b(?:you(?:['’]re|[ \t]+are)|be)[ \t]+warned\b"
     r"|\b(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:neither|not)[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?tested\b"
     r"|\b(?:have|has)(?:n['’]t|[ \t]+not)[ \t]+(?:yet[ \t]+)?(?:extensively|thoroughly|fully|properly|really|"
     r"rigorously|much)?[ \t]*tested[ \t]+(?:it|this|the[ \t]+model)\b"
     r"|\b(?:may|might|can|will)[ \t]+(?:come[ \t]+with|have)[ \t]+(?:some[ \t]+)?(?:[\w-]+[ \t]+)?quirks\b"),
    (("not yet",), r"\bnot[ \t]+yet[ \t]+(?:the|a)[ \t]+(?:full|final|complete|finished|stable)[ \t]+"
     r"(?:version|release|model)\b"),
    # performance it may lose on other tasks: "performance on other tasks (e.g., ~10% decrease on mmmu_val) may be lower
    # compared to the original model", "performance on the 15 languages mentioned in v1 are reported to be a bit lower"
    (("lower", "worse", "reduced", "degraded", "poorer"),
     r"\b(?:performance|accuracy|quality|results?)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:(?:may|might|can|could|will|would)"
     r"[ \t]+be|(?:is|are)[ \t]+reported[ \t]+to[ \t]+be)[ \t]+(?:(?:a[ \t]+bit|\w+)[ \t]+)?(?:lower|worse|reduced|"
     r"degraded|poorer)\b"),
    # safety it lacks: "Jamba does not have safety moderation mechanisms and guardrails should be added", "did not
    # undergo any alignment", "did not undergo an explicit model alignment process"
    (("not have", "not include", "not undergo", "not contain", "n't have", "n't undergo"),
     r"\b(?:does|do|did|has|have)(?:[ \t]+not|n['’]t)[ \t]+(?:have|include|undergo|contain|go[ \t]+through)"
     r"[ \t]+(?:any[ \t]+|an?[ \t]+(?:explicit[ \t]+|dedicated[ \t]+|separate[ \t]+)?(?:model[ \t]+)?)?"
     r"(?:safety|moderation|alignment|guardrails?|content[ \t]+filter(?:s|ing)?|safeguards?)\b"),
    # outputs that may make no sense ("the Answers might not make sense in some cases because of the bias in GPT-2"),
    # or problems admitted ("There are some problems with decoding using the default sequence classification model")
    # inputs it does not expect ("the model doesn't expect to find punctuation marks or long pieces of text")
    (("not expect", "n't expect"),
     r"\b(?:does|do)(?:[ \t]+not|n['’]t)[ \t]+expect[ \t]+"
     r"(?:to[ \t]+(?:find|see|get|receive|handle|be[ \t]+given)|any)\b"),
    (("make sense",),
     r"\b(?:may|might|can|could|will|would|does|do)(?:[ \t]+not|n['’]t)[ \t]+(?:always[ \t]+)?make[ \t]+"
     r"(?:any[ \t]+)?sense\b"),
    (("problems with", "problem with", "issues with", "issue with", "bugs with", "bug with", "problems when",
      "issues when"),
     r"\bthere[ \t]+(?:are|is|were|was|may[ \t]+be|might[ \t]+be)[ \t]+(?:still[ \t]+)?(?:some|a[ \t]+few|several|"
     r"known|a|an|certain)[ \t]+(?:known[ \t]+)?(?:problems?|issues?|bugs?)[ \t]+(?:with|when|in)\b"),
    # what stays hard for it, a short subject opening its sentence ("OOV on literary text remains challenging"; not an
    # abstract's field, "..., accurately capturing fine-grained semantic relationships ... remains a challenge"), scores
    # it reports that nobody reproduced ("The full checkpoint's task and dataset scores have not been reproduced here")
    # (or what it is not yet fit for: "The model is not qualified for production or code search"; where it needs
    # evaluating again: "domain transfer and other languages require separate evaluation"; outputs it warns of:
    # "it's quirky and has some weird outputs")
    (("not qualified", "not ready", "not validated for", "not certified for"),
     r"\b(?:model|it|this|checkpoint|weights|adapter|version|release)[ \t]+(?:is|are)[ \t]+not[ \t]+(?:yet[ \t]+)?"
     r"(?:qualified|ready|validated|certified)[ \t]+for[ \t]+\w"),
    (("separate evaluation", "further evaluation", "additional evaluation", "own evaluation", "separate validation",
      "further validation", "own validation"),
     r"\b(?:requires?|needs?|warrants?)[ \t]+(?:a[ \t]+)?(?:separate|further|additional|its[ \t]+own|their[ \t]+own|"
     r"your[ \t]+own|independent)[ \t]+(?:evaluation|validation|testing)\b"),
    (("weird", "strange", "odd ", "bizarre", "nonsensical"),
     r"\b(?:has|have|gives?|produces?|generates?|makes?|outputs?)[ \t]+(?:some|a[ \t]+few|occasional(?:ly)?|"
     r"a[ \t]+lot[ \t]+of)[ \t]+(?:weird|strange|odd|bizarre|nonsensical)[ \t]+"
     r"(?:outputs?|results?|answers?|responses?|replies|text)\b"),
    # (or what it does less well on, of its inputs: "generalisation to a fully unseen disaster is harder for the subtle
    # minor/major classes")
    (("harder for", "harder on", "more difficult for", "weaker for", "weaker on", "worse for", "worse on"),
     r"\b(?:is|are)[ \t]+(?:much[ \t]+|noticeably[ \t]+|significantly[ \t]+)?(?:harder|more[ \t]+difficult|weaker|"
     r"worse)[ \t]+(?:for|on|with)[ \t]+(?:the[ \t]+)?(?:[\w/-]+[ \t]+){0,3}?(?:classes|cases|inputs|images|languages|"
     r"domains|categories|samples|examples|texts|accents|speakers|dialects|scenes)\b"),
    (("remain",),
     r"(?:(?m:^)|(?<=[.!?:][ \t]))[ \t*_>+-]*(?:[\w/'’-]+[ \t]+){1,5}remains?[ \t]+"
     r"(?:(?:very|quite|rather|still|particularly)[ \t]+)?(?:challenging|difficult|hard|problematic|"
     r"unsolved|unreliable|weak|a[ \t]+challenge|an[ \t]+open[ \t]+(?:problem|issue))\b"),
    (("not been reproduced", "not been replicated", "not yet been reproduced", "not yet been replicated"),
     r"\b(?:scores?|results?|numbers|metrics|benchmarks?|performance)[ \t]+(?:have|has)[ \t]+not[ \t]+(?:yet[ \t]+)?"
     r"been[ \t]+(?:independently[ \t]+)?(?:reproduced|replicated)\b"),
)
