"""Caveats that say what a model's outputs may be, as ``caveats.states_caveat`` reads them: wrong or harmful ("may
contain biases", "can generate toxic outputs", "might produce errors"), poor ("Generated lyrics may be repetitive
and/or incoherent at times"), unsafe for some readers ("You may see NSFW lyrics unexpectedly"), or spoilt by
artifacts ("may contain artifacts"); what a way of using it results in ("will result in poor pronunciation"), and
what it will not produce ("will not produce Lithuanian")."""

from __future__ import annotations

MODAL = r"(?:may|might|can|could|will|would|tends?[ \t]+to|is[ \t]+likely[ \t]+to|are[ \t]+likely[ \t]+to)"

# (each a pattern with the words every match of it holds, read with the other caveats in one pass: caveats._CAVEATS)
BAD_OUTPUTS = (
    # what it may produce or reflect: "may contain biases", "can (unfortunately) generate toxic outputs", "may display
    # biases", "Generated lyrics may be repetitive and/or incoherent"; what its reader may see: "You may see NSFW
    # lyrics unexpectedly"; or is, as a fact: "so the model is uniformly biased towards the `unnatural` label"
    (("bias", "stereotyp", "toxic", "offensive", "harmful", "inappropriate", "error", "mistake", "inaccura",
      "hallucinat", "incorrect", "wrong", "unreliable", "nonsens", "misleading", "incomplete", "repetiti", "incoheren",
      "nsfw", "gibberish"),
     rf"\b{MODAL}[ \t]+(?:also[ \t]+|\w+ly[ \t]+)?(?:contain|have|reflect|exhibit|produce|generate|output|show|"
     r"amplify|perpetuate|inherit|make|give|return|include|be|display|carry|encode|mirror|reproduce|see|encounter)"
     r"[ \t]+(?:[\w/-]+[ \t]+){0,4}?(?:bias(?:es|ed)?|stereotyp\w*|toxic\w*|offensive|harmful|inappropriate|errors?|"
     r"mistakes?|inaccura\w*|hallucinat\w*|incorrect|wrong|unreliable|nonsens\w*|misleading|incomplete|"
     r"repetitive|incoherent|nsfw|gibberish)\b"
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
    # ("may contain artifacts and perform poorly in some cases"; not "may be more robust against technical artifacts")
    (("artifact", "artefact"),
     rf"\b{MODAL}[ \t]+(?:also[ \t]+)?(?:contain|have|produce|generate|show|create|introduce)[ \t]+"
     r"(?:[\w-]+[ \t]+){0,3}?(?:artifacts?|artefacts?)\b"),
)
