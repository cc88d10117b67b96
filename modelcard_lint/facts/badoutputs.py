"""Caveats that say what a model's outputs may be, as ``caveats.states_caveat`` reads them: wrong or harmful ("may
contain biases", "can generate toxic outputs", "might produce errors"), poor ("Generated lyrics may be repetitive
and/or incoherent at times"), unsafe for some readers ("You may see NSFW lyrics unexpectedly"), or spoilt by
artifacts ("may contain artifacts"); what a way of using it results in ("will result in poor pronunciation"), and
what it will not produce ("will not produce Lithuanian"), what it silently gets wrong, a use it is not approved for or
that is not advisable, what was not yet measured on real data, what it is sensitive to, what may not work as
intended, and how long an input it takes."""

from __future__ import annotations

MODAL = r"(?:may|might|can|could|will|would|tends?[ \t]+to|is[ \t]+likely[ \t]+to|are[ \t]+likely[ \t]+to)"

# (each a pattern with the words every match of it holds, read with the other caveats in one pass: caveats._CAVEATS)
BAD_OUTPUTS = (
    # what it may produce or reflect: "may contain biases", "can (unfortunately) generate toxic outputs", "may display
    # biases", "Generated lyrics may be repetitive and/or incoherent"; what its reader may see: "You may see NSFW
    # lyrics unexpectedly"; or is, as a fact: "so the model is uniformly biased towards the `unnatural` label"
    (("bias", "stereotyp", "toxic", "offensive", "harmful", "inappropriate", "error", "mistake", "inaccura",
      "hallucinat", "incorrect", "wrong", "unreliable", "nonsens", "misleading", "incomplete", "repetiti", "incoheren",
      "nsfw", "gibberish", "erroneous"),
     rf"\b{MODAL}[ \t]+(?:also[ \t]+|\w+ly[ \t]+)?(?:contain|have|reflect|exhibit|produce|generate|output|show|"
     r"amplify|perpetuate|inherit|make|give|return|include|be|display|carry|encode|mirror|reproduce|see|encounter)"
     r"[ \t]+(?:[\w/-]+[ \t]+){0,4}?(?:bias(?:es|ed)?|stereotyp\w*|toxic\w*|offensive|harmful|inappropriate|errors?|"
     r"mistakes?|inaccura\w*|hallucinat\w*|incorrect|wrong|unreliable|nonsens\w*|misleading|incomplete|"
     r"repetitive|incoherent|nsfw|gibberish|erroneous)\b"
     r"|\b(?:model|it|classifier|predictions?|outputs?)[ \t]+(?:is|are)[ \t]+(?:\w+ly[ \t]+)?biased[ \t]+(?:towards?|"
     r"against|in[ \t]+favou?r[ \t]+of)\b"),
    # what a way of using it leads to: "Inputting plain Arabic text without diacritics will result in poor pronunciation
    # and robotic prosody"; or what it will not produce: "feeds the model raw letters, not IPA, and will not produce
    # Lithuanian"
    (("result in", "results in", "lead to", "leads to"),
     rf"\b(?:{MODAL}[ \t]+|tends[ \t]+to[ \t]+)?(?:result|lead)s?[ \t]+(?:in|to)[ \t]+(?:\w+ly[ \t]+)?"
     r"(?:poor|bad|degraded|lower|worse|low-quality|inaccurate|incorrect|wrong|robotic|unnatural|garbled|broken)\b"),
    (("not produce", "n't produce", "not generate", "n't generate", "not output"),
     r"\b(?:will|would|can|does|do|may)(?:[ \t]+not|n['’]t)[ \t]+(?:produce|generate|output)[ \t]+\w"),
    # what may not hold: "Model accuracy may not hold up on pieces of text longer than a tweet"
    (("not hold",), rf"\b{MODAL}[ \t]+not[ \t]+hold(?:[ \t]+up)?\b"),
    # what it silently gets wrong: "on long recordings this model silently drops large spans of speech"
    (("silently",), r"\bsilently[ \t]+(?:drops?|fails?|truncates?|ignores?|skips?|loses?|omits?|discards?|cuts?)\b"),
    # a use it is not cleared for, or not advised: "It is not approved for adverse action, autonomous credit decisions",
    # "it is not advisable to feed multiple sentences into the model at once"
    (("not approved", "not certified", "not cleared", "not authori", "not advisable", "inadvisable"),
     r"\bnot[ \t]+(?:(?:approved|certified|cleared|authori[sz]ed)[ \t]+for|advisable[ \t]+to)[ \t]+\w"
     r"|\binadvisable[ \t]+to[ \t]+\w"),
    # what was not yet measured where it matters: "They have not yet been measured on real scans"
    (("not yet been", "not been"),
     r"\bnot[ \t]+(?:yet[ \t]+)?been[ \t]+(?:measured|tested|evaluated|validated|checked|tried)[ \t]+"
     r"(?:on|with|in)[ \t]+(?:any[ \t]+)?(?:real|actual|live|physical|production|clinical|field|in-the-wild)\b"),
    # what its outputs often are: "the meaning is often loose or off-topic"
    (("often",), r"\b(?:is|are)[ \t]+often[ \t]+(?:[\w-]+[ \t]+or[ \t]+)?(?:off-topic|wrong|inaccurate|incorrect|"
                 r"incoherent|repetitive|nonsensical|unreliable|inconsistent|misleading)\b"),
    # a score that falls as the input grows harder: "agreement accuracy declines as the subject-verb distance grows"
    (("declin", "degrad", "deteriorat", "worsen"),
     r"\b(?:accuracy|performance|quality|scores?|results?)[ \t]+(?:declines|degrades|deteriorates|worsens)[ \t]+"
     r"(?:as|when|with|for|on)\b"),
    # results of one run only: "These results are from a single seed, data split, and run"
    (("single seed", "single run", "fully characteri"),
     r"\b(?:results?|scores?|numbers?|metrics?)[^.\n]{0,30}?\b(?:from|on|over|with)[ \t]+(?:a|one)[ \t]+single[ \t]+"
     r"(?:seed|run)\b|\bnot[ \t]+(?:yet[ \t]+)?fully[ \t]+characteri[sz]ed\b"),
    # no warranty of how it performs elsewhere, as SpeechBrain's cards say: "does not provide any warranty on the
    # performance achieved by this model when used on other datasets" (not a license's "without warranty of any kind")
    (("warrant",), r"\bnot[ \t]+(?:provide|give|offer|make)[ \t]+(?:any[ \t]+|a[ \t]+)?(?:warrant(?:y|ies)|guarantees?)"
                   r"[ \t]+(?:on|for|of|about|regarding)[ \t]+(?:the[ \t]+)?performance\b"),
    # ("may contain artifacts and perform poorly in some cases"; not "may be more robust against technical artifacts")
    (("artifact", "artefact"),
     rf"\b{MODAL}[ \t]+(?:also[ \t]+)?(?:contain|have|produce|generate|show|create|introduce)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,3}?(?:artifacts?|artefacts?)\b"),
    # what the model is sensitive to: "Models very sensitive to camera positioning" (not "Training performance is quite
    # sensitive to learning rate", how to train it); what may not work: "expect some aspects not working as intended"
    (("sensitive to",),
     r"\b(?:models?|it|predictions?|outputs?|network|policy|classifier|detector)[ \t]+"
     r"(?:is[ \t]+|are[ \t]+|remains?[ \t]+)?(?:(?:very|highly|quite|extremely|rather|overly)[ \t]+)?"
     r"sensitive[ \t]+to\b"),
    (("as intended", "as expected"),
     r"\bnot[ \t]+(?:work(?:ing|s)?|function(?:ing|s)?|behav(?:e|ing|es))[ \t]+as[ \t]+(?:intended|expected)\b"),
    # an input it handles only so long, said as a warning: "Note that this model can process Japanese audio clips up to
    # ~30 seconds", "it can only take up to 512 tokens" (not a specification alone: "It can handle sequences of up to
    # 514 tokens")
    (("up to",),
     r"\b(?:note[ \t]+that[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:can|could)[ \t]+(?:only[ \t]+)?|(?:can|could)[ \t]+only[ \t]+)"
     r"(?:process|handle|accept|take|transcribe|read)\b[^.\n]{0,60}?\bup[ \t]+to"
     r"[ \t]+~?\d[\d.,]*[ \t]*(?:seconds?|secs?|s|minutes?|mins?|tokens?|characters?|chars|words|frames)\b"),
)
