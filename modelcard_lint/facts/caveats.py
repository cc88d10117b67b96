"""Where a card warns about its model without a Limitations heading: the caveat statements that ``missing-section``
(MC201) accepts for limitations, bias and risks.  The shapes are the grammar of a warning, not cards' phrases: what
the model may produce or reflect that is wrong or harmful ("may contain biases", "can generate offensive text",
"might produce errors"); what it does not or cannot do ("does not work well on noisy audio", "won't generalize",
"cannot handle long inputs"); a model that is deprecated, not suitable or not recommended for something, to be used
with caution, or not to be used ("Do NOT use for anything!", "do not use for production"); a performance that may
drop or vary, or a drop admitted ("This drop in performance could be due to", "Unfortunately, a wrong vocabulary
size was used", "The results are slightly worse than given in the paper", "high variance in the results", "a
potential problem", "is not accurate", "by no means", data "which we did not remove"); a model to fine-tune before
use, or what it may lose or fail at ("long contexts may lose their last portions"), another model to use instead, a
use ruled out ("not intended for diagnostic use"), outputs that "may not be neat", a bug admitted, a model that
works "only" somewhere, "Please be aware that", what a reader "may witness" ("a higher WER"), and bias or harm named
in Chinese, Japanese or Korean, or a warning in the other languages whose headings missing-section reads
(``otherlanguages``: for research only, no guarantee, a use forbidden, errors it may make); an unfinished model ("a
very first attempt", "not fully trained", "It is currently still running", "work in progress"; not "not trained on
X", which names data); and a limitation named as such ("one limitation is"). Only prose is read (and in tables, a
limit called known: "| known limit: long inputs | 3.73 |"): a ``bias`` in a table of parameters is no warning.
"""

from __future__ import annotations

import re

from ..card import Card
from .anchors import Shapes, found_near
from .badoutputs import BAD_OUTPUTS
from .badoutputs import MODAL as _MODAL
from .bounds import BOUNDS, KNOWN_LIMIT
from .notfit import NOT_FIT
from .othercaveats import CAVEAT as _OTHER_LANGUAGES
from .othercaveats import CAVEAT_WORDS as _OTHER_LANGUAGES_WORDS
from .prose import prose_text
from .tables import cell_sentences
from .titles import title_text
from .untrained import nothing_learnt

_NOT = ("not ", "n't", "n’t")  # ("cannot", "can not", "doesn't", "won’t")
CAVEAT_REACH = 120

# each shape with the words (in lower case) that every match of it holds: it is tried only this far around them
_CAVEATS = Shapes(
    *BAD_OUTPUTS,
    *BOUNDS,
    # what it does not do: "does not work well on noisy audio", "won't generalize", "may not perform as well"; not
    # suitable or recommended; a warning not to use it: "Do NOT use for anything!", "should not be used for medical
    # advice"; an unfinished model: "not fully trained" (not "not trained on X", which names data); unreliable at
    # something: "a 4B model cannot reliably compute over raw telemetry tables"
    (_NOT,
     r"\b(?:does[ \t]+not|doesn't|doesn’t|won't|won’t|will[ \t]+not|may[ \t]+not|might[ \t]+not|cannot|"
     r"can't|can’t|is[ \t]+not[ \t]+able[ \t]+to|are[ \t]+not[ \t]+able[ \t]+to)[ \t]+(?:\w+[ \t]+)?"
     r"(?:work|perform|generali[sz]e|handle|support|accept|transfer|replicate|reproduce|do[ \t]+anything|understand|"
     r"comprehend|distinguish|reason|replace|guarantee|decode|transcribe|translate|recogni[sz]e|detect|output|"
     r"come[ \t]+out[ \t]+well|be[ \t]+(?:accurate|reliable|correct))\b"
     r"|\bnot[ \t]+(?:be[ \t]+)?(?:suitable|recommended|reliable|appropriate)[ \t]+(?:for|to|in)\b"
     r"|\b(?:do|should|must|can)[ \t]+not[ \t]+(?:be[ \t]+)?(?:use[d]?|rel(?:y|ied)[ \t]+(?:up)?on|trust(?:ed)?|"
     r"deploy(?:ed)?|interpret(?:ed)?|(?:treated|taken|seen|regarded|viewed)[ \t]+as|"
     r"considered[ \t]+(?:as[ \t]+)?an?)\b"
     r"|\bdon['’]t[ \t]+(?:use|rely|trust|deploy)\b"
     r"|\bnot[ \t]+(?:yet[ \t]+)?(?:fully[ \t]+)?(?:trained|finished|converged)\b(?![ \t]+(?:on|with|from)\b)"
     # (what it does not know, or cannot do yet: "It does not have additional knowledge of Magic-specific terms", "still
     # not able to update memory")
     r"|\b(?:does[ \t]+not|doesn't|doesn’t)[ \t]+have[ \t]+(?:any[ \t]+|additional[ \t]+|specific[ \t]+|much[ \t]+)?"
     r"knowledge[ \t]+(?:of|about)\b|\b(?:still|currently)[ \t]+not[ \t]+able[ \t]+to[ \t]+[a-z]"
     r"|\bnot[ \t]+yet[ \t]+able[ \t]+to[ \t]+[a-z]"
     r"|\b(?:cannot|can't|can’t|can[ \t]+not|does[ \t]+not|doesn't|won't|may[ \t]+not|might[ \t]+not)[ \t]+"
     r"(?:always[ \t]+)?(?:reliably|consistently|accurately|robustly)[ \t]+\w"),
    # a model not to rely on: deprecated, to be used with caution or care ("so use it with care")
    (("deprecated", "outdated", "obsolete", "superseded"),
     r"\b(?:is|are|been)[ \t]+(?:now[ \t]+)?(?:\w+ly[ \t]+)?(?:deprecated|outdated|obsolete|superseded)\b"),
    (("caution", "care"), r"\b(?:use|used|interpret|treat|read|take)[ \t]+(?:[\w-]+[ \t]+){0,3}?with[ \t]+"
     r"(?:great[ \t]+|extreme[ \t]+|some[ \t]+|due[ \t]+)?(?:caution|care)\b"),
    # a performance that may drop: "performance may degrade on", "results might be worse"; a drop admitted: "This
    # drop in performance could be due to"
    (("degrade", "degradation", "drop", "suffer", "vary", "decrease", "worse", "lower", "poor", "limited", "affected",
      "expected"), r"\b(?:performance|quality|accuracy|results?)[ \t]+(?:\w+[ \t]+)?(?:may|might|can|could|will)[ \t]+"
     r"(?:also[ \t]+)?(?:degrade|drop|suffer|vary|decrease|be[ \t]+(?:worse|lower|poor|limited|affected)|not[ \t]+be"
     r"[ \t]+as[ \t]+expected)\b|\b(?:drop|decrease|degradation)[ \t]+(?:in|of)[ \t]+(?:performance|accuracy|quality)\b"
     r"|\bdegradation[ \t]+(?:on|in|for|with)[ \t]+\w"),
    # a flaw admitted ("Unfortunately, a wrong vocab size was used"), an unfinished model ("still running", "work in
    # progress", "partially trained"; not "we do not guarantee", a disclaimer), work its outputs need ("still requires")
    (("unfortunately", "in progress", "still ", "partially", "partly"),
     r"(?:^|[.!?:][ \t]+|\n)(?:[ \t]*[-*+][ \t]+)?[*_]{0,2}unfortunately\b|\bwork[ \t]+in[ \t]+progress\b"
     r"|\b(?:partially|partly)[ \t]+trained\b(?![ \t]+(?:on|with|from)\b)"
     r"|\bstill[ \t]+(?:running|training|being[ \t]+trained|in[ \t]+progress|(?:undergoing|under)[ \t]+training|"
     r"(?:requires|needs?)[ \t]+(?:a[ \t]+(?:bit|lot)[ \t]+of[ \t]+|some[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:tweak|play|"
     r"adjust|clean-?up|edit|fix|manual|post-?process|inpaint)\w*)\b"
     # (its training: "Init checkpoint — PT / SFT in progress", "Fine-tuning is in progress")
     r"|\b(?:(?:pre-?|post-?)?training|fine-?tuning|PT|SFT|RLHF|DPO|RL)(?:[ \t]*/[ \t]*(?:PT|SFT|RLHF|DPO|RL))?"
     r"[ \t]+(?:(?:is|are)[ \t]+)?(?:still[ \t]+)?in[ \t]+progress\b"),
    # a use ruled out: "Only use this model for retraining", "to be used for fun and not as a commercial product"
    (("only use", "only be used", "and not as", "and not for", "and not in"),
     r"\bonly[ \t]+use[ \t]+(?:this|the|it)\b|\bused[ \t]+(?:for|as)[^.\n]{0,80}?\band[ \t]+not[ \t]+(?:as|for|in)\b"
     r"|\bshould[ \t]+only[ \t]+be[ \t]+used\b"),
    # a model or output that is limited, experimental or subject to change
    # (or an experimental model, emphasised: "an *experimental* 34B LLaMa-Yi-34B based model")
    (("limited", "experimental"), r"\b(?:is|are|remains?)[ \t]+(?:\w+[ \t]+)?(?:[\w]+-)?(?:limited|experimental)\b"
     r"|\ban?[ \t]+[*_]{1,2}experimental[*_]{1,2}[ \t]+(?:[\w.-]+[ \t]+){0,3}?model\b"),
    (("subject to",), r"\bsubject[ \t]+to[ \t]+change\b"),
    # what it covers only ("MPAC covers autosomes only", "It only supports English", "Only English is supported",
    # "The model is currently only able to respond based on ..."; the model's, not "we only support"), and wrong
    # outputs it returns ("Skipping either step returns plausible-looking but wrong numbers instead of an error")
    (("only",), r"\b(?:covers|supports|handles|accepts)[ \t]+(?:[\w-]+[ \t]+){1,4}?only\b"
                r"|\b(?:model|it)[ \t]+(?:is|was)[ \t]+(?:currently[ \t]+)?only[ \t]+(?:able|capable)[ \t]+(?:to|of)\b"
                r"|\b(?:only[ \t]+(?:covers|supports|handles|accepts|understands|recogni[sz]es|speaks|targets)|"
                r"(?:covers|supports|handles|accepts|understands|recogni[sz]es|speaks)[ \t]+only)[ \t]+\w"
                r"|\bonly[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:is|are)[ \t]+(?:currently[ \t]+)?supported\b"),
    # what its data lacks, which its outputs then miss ("This data OpenSLR contains only female voices", "there are
    # no unanswerable questions in the data", "The dataset does not include children's speech"; not a privacy
    # statement: "The data does not contain personal information")
    (("only", "not ", "n't", "n’t", "lack", "there "),
     r"\b(?:data(?:set)?s?|corpus|corpora)(?:[ \t]+(?-i:[A-Z][\w.-]*)){0,2}[ \t]+(?:(?:only[ \t]+)?(?:contains?|"
     r"contained|includes?|included|covers?|covered|has|had)[ \t]+only|(?:does|did|do)[ \t]*(?:[ \t]not|n't|n’t)"
     r"[ \t]+(?:contain|include|cover|have)|lacks?|lacked)\b(?![ \t]+(?:any[ \t]+)?(?:personal|private|sensitive|"
     r"identif|pii|copyright)\w*)|\bthere[ \t]+(?:are|is|were|was)[ \t]+no[ \t]+[^.\n]{1,60}?\b(?:in|from)[ \t]+the"
     r"[ \t]+(?:(?:training|train|fine-?tuning)[ \t]+)?(?:data(?:set)?|corpus)\b"),
    (("wrong", "incorrect", "misleading", "invalid"),
     r"\b(?:returns?|gives?|outputs?|yields?)[ \t]+(?:[\w-]+,?[ \t]+){0,3}?(?:but[ \t]+)?(?:wrong|incorrect|misleading|"
     r"invalid)[ \t]+(?:numbers|values|results|scores|outputs|answers|predictions)\b"),
    # outputs not calibrated ("not a calibrated experimental kcal/mol measurement", "probabilities are uncalibrated")
    (("calibrated",), r"\b(?:not[ \t]+(?:a[ \t]+|an[ \t]+)?(?:well[ \t-]+)?|un|poorly[ \t]+|mis)calibrated\b"),
    # a model its authors call bad, a toy or a test ("Just a bad GPT-2 Network trained with almost nothing", "This is
    # just a Test Model"; not "a test set", "tested")
    ((" bad ", " poor ", " weak ", " toy ", " dummy ", " test ", " testing "),
     r"\b(?:just|only|merely|simply|basically|is|was)[ \t]+(?:a|an)[ \t]+"
     r"(?:(?:very|really|quick|small|tiny|simple)[ \t]+)?(?:bad|poor|weak|toy|dummy|test|testing)[ \t]+"
     r"(?:[\w.-]+[ \t]+)?(?:model|network|version|checkpoint|run)\b"),
    # named as such: "one limitation is", "has some limitations", "known issue", "has its inherent biases", "One of the
    # main downsides to using this pre-trained model is" (not "addressing a major weakness of the original dataset")
    (("limitation", "shortcoming", "issue", "weakness", "bias", "drawback", "downside"),
     r"\b(?:limitations?|shortcomings?|known[ \t]+issues?)[ \t]+(?:is|are|of|include|includes)\b|\b(?:drawbacks?|"
     r"downsides?)[ \t]+(?:to|is|are|include|of[ \t]+(?:using[ \t]+)?(?:this|the|our)[ \t]+model)\b|\b(?:has|have|"
     r"with)[ \t]+(?:some|several|many|its|certain|known|the[ \t]+following)[ \t]+(?:[\w-]+[ \t]+)?(?:limitations|"
     r"shortcomings|weaknesses|biases|drawbacks|downsides)\b"),
    # results admitted worse or unstable ("slightly worse than given in the paper", "high variance"); a first attempt
    (("worse",), r"\b(?:is|are|were|was)[ \t]+(?:\w+[ \t]+){0,2}?worse[ \t]+than\b"),
    (("high variance",), r"\bhigh[ \t]+variance\b"),
    (("potential problem", "possible problem", "known problem", "potential issue", "possible issue", "known issue",
      "observed issue", "observed problem"), r"\b(?:potential|possible|known|observed)[ \t]+(?:problems?|issues?)\b"),
    (("first attempt", "first shot", "first try"),
     r"\b(?:(?:very[ \t]+)?first[ \t]+attempt|(?:a|my|our)[ \t]+(?:very[ \t]+)?first[ \t]+(?:shot|try))\b"),
    # an early release ("Status: pre-alpha. No weights yet.", "This is an alpha release"), labels known noisy
    # ("automatic labelling noise concentrates on this class", "noisy labels"), outputs to check before production
    # ("Please review and test the generated code before using it in production")
    (("alpha", "beta"),
     r"\bpre-?alpha\b|\b(?:an?|the|in)[ \t]+(?:early[ \t]+)?(?:alpha|beta)[ \t]+(?:release|stage|state|quality)\b"
     r"|\bstatus[*_]*[ \t]*:[*_ \t]*(?:alpha|beta|experimental)\b"),
    # a failure it shows, named as such or measured: "a known GRPO failure mode", "Neutral recall dropped to 0 across
    # all 14 evaluated checkpoints" (not a loss that drops, as it should)
    (("failure mode", "dropped to", "drops to", "fell to", "falls to", "collapsed", "collapses"),
     r"\bfailure[ \t]+modes?\b|\b(?:recall|precision|accuracy|f1|performance|quality|score)[ \t]+(?:dropped|drops|"
     r"fell|falls|collapsed|collapses)[ \t]+to\b|\b(?:recall|precision|accuracy|f1|performance|quality)[ \t]+"
     r"(?:collapsed|collapses)\b"),
    (("noise", "noisy"), r"\b(?:label(?:l)?ing|annotation|label)[ \t]+noise\b|\bnoisy[ \t]+(?:labels|annotations)\b"),
    (("production",), r"\b(?:review|test|check|validate|verify)\b[^.\n]{0,60}?\bbefore[ \t]+(?:\w+[ \t]+){0,4}?"
                      r"(?:in[ \t]+)?production\b"),
    # admitted unreliable: "is not accurate", "by no means", "which we did not remove", "It is not very smart"
    (("not accurate", "not very", "not always", "not reliable", "not robust", "not good", "not great", "not clean",
      "not perfect", "perfect", "not smart", "not clever", "not intelligent", "not creative", "not coherent"),
     r"(?:\b(?:is|are|was|were)|['’](?:s|re))[ \t]+(?:\w+[ \t]+)?not[ \t]+(?:very[ \t]+|always[ \t]+)?(?:accurate|"
     r"reliable|robust|good|great|clean|perfect|smart|clever|intelligent|creative|coherent)\b|\b(?:is|are)[ \t]+not"
     r"[ \t]+[\w-]+[ \t]+perfect\b"),
    (("by no means",), r"\bby[ \t]+no[ \t]+means\b"),
    (("not remove", "not filter", "not clean", "not correct", "not check", "not verif", "not dedup", "not been"),
     r"\b(?:did|do|have|has|was|were)[ \t]+not[ \t]+(?:been[ \t]+)?(?:remove|filter|clean|correct|check|verif|"
     r"dedup)\w*"),
    # a model to fine-tune before use ("needs to be fine-tuned before use", "does not include the classification
    # head, fine-tune it before use"; "This model is a pretrained checkpoint and has to be fine-tuned")
    (("before use", "before using"),
     r"\b(?:fine-?tuned?|finetuned?|trained)[ \t]+(?:it[ \t]+)?before[ \t]+(?:use|using)\b"),
    (("to be fine", "to be finetuned"), r"\b(?:has|have|needs?)[ \t]+to[ \t]+be[ \t]+(?:fine-?tuned|finetuned)\b"),
    # what it may lose or fail at: "long contexts may lose their last portions"; not yet fast or tuned ("not
    # optimized yet and is rather slow")
    ((" lose", " fail", " miss ", " struggle", " truncate", " confuse", "misclassif", " mix up"),
     rf"\b{_MODAL}[ \t]+(?:\w+[ \t]+)?(?:lose|fail|miss|struggle|truncate|confuse|misclassify|mix[ \t]+up)\b"),
    # what it may do less well, or what may go wrong: "might generalize a bit less to very rare or new words", "may
    # not generalize well", "unforeseen issues may arise due to the complexity of the models and data"
    (("generali",),
     rf"\b{_MODAL}[ \t]+(?:not[ \t]+generali[sz]e\b|generali[sz]e[ \t]+(?:(?:a[ \t]+bit|somewhat|much|far|slightly)"
     r"[ \t]+)?(?:less|poorly|worse|badly)\b)"),
    ((" arise", " occur"),
     rf"\b(?:issues|problems|errors|failures|risks|mistakes|inaccuracies)[ \t]+{_MODAL}[ \t]+(?:still[ \t]+)?"
     r"(?:arise|occur)\b"),
    (("not optimi", "not yet optimi", "rather slow"), r"\bnot[ \t]+(?:yet[ \t]+)?optimi[sz]ed\b|\brather[ \t]+slow\b"),
    # another model to use instead ("If you are looking for a regular language model ..., please use
    # deepset/gelectra-large"; not "Use this repo instead"), or for some uses ("For generation, mask-filling, and
    # retraining, refer to the Generator models", "For best performance ... we recommend deepset/gbert-base", "For
    # English-only classification, it is recommended to use bart-large-mnli")
    (("please use",), r"\bplease[ \t]+use[ \t]+(?:the[ \t]+)?\[?[\w.-]+/[\w.-]+"),
    (("model instead", "models instead"), r"\buse[ \t]+(?:[\w/.-]+[ \t]+){0,3}?models?[ \t]+instead\b"),
    (("refer to",),
     r"\bfor[ \t]+[^.\n]{1,60}?,[ \t]+(?:please[ \t]+)?refer[ \t]+to[ \t]+(?:the[ \t]+)?[^.\n]{0,40}?\bmodels?\b"),
    (("recommend",), r"\brecommend[ \t]+(?:using[ \t]+)?(?:the[ \t]+)?\[?`?[\w.-]+/[\w.-]+"
     r"|\bfor[ \t]+[^.\n]{1,60}?,[ \t]+(?:it[ \t]+is[ \t]+|we[ \t]+)?"
     r"recommend(?:ed)?[ \t]+(?:to[ \t]+use|using)[ \t]+\S"),
    # in Chinese, Japanese and Korean, bias or harm named (偏见, バイアス, 有害, 편향)
    (("偏见", "偏見", "バイアス", "有害", "편향"), r"偏见|偏見|バイアス|有害|편향"),
    # a use ruled out ("The results produced by MS-BERT are not intended for direct diagnostic use"), outputs that may
    # fall short ("the output results may not be neat"), a bug admitted ("tokenizers have a bug concerning letters"),
    # a model that works only somewhere ("should therefore perform well only in English"), a reader warned ("Please
    # be aware that", "beware"), or told what they may see ("you may witness a higher WER in some cases")
    (("not intended", "not meant", "not designed", "not positioned"),
     r"\bnot[ \t]+(?:be[ \t]+)?(?:intended|meant|designed)[*_]{0,2}[ \t]+(?:for|to)\b"  # ("**Not intended** for")
     # ("It is not positioned as a finished caption-quality model")
     r"|\bnot[ \t]+positioned[ \t]+as\b"),
    (("may not be", "might not be", "may not always", "might not always"),
     r"\b(?:results?|outputs?|predictions?|transcriptions?|translations?|answers?|generations?|it|model)[ \t]+"
     r"(?:\w+[ \t]+)?(?:may|might)[ \t]+not[ \t]+(?:always[ \t]+)?be\b"),
    ((" bug",),
     r"\b(?:has|have|had|contains?|there[ \t]+(?:is|are|was|were))[ \t]+(?:(?:a|an|some|several|known|minor|major|"
     r"small)[ \t]+){0,2}bugs?\b"),
    (("well only", "best only", "works only", "work only", "performs only", "perform only", "only work",
      "only perform"),
     r"\b(?:perform|work)s?[ \t]+(?:well[ \t]+|best[ \t]+)?only[ \t]+(?:in|on|for|with)\b"
     r"|\bonly[ \t]+(?:works?|performs?)[ \t]+(?:well[ \t]+|best[ \t]+)?(?:in|on|for|with)\b"),
    (("be aware", "beware", "proof of", "proof-of", "undertrain", "under-train", "poc"),
     r"\bbe[ \t]+aware[ \t]+(?:that|of)\b|\bbeware\b|\bproof[ -]of[ -]concept\b|\bunder-?trained\b"
     r"|\b(?-i:PoC|POC)[ \t]+(?:version|model|release|stage)\b"),
    # ("Honest status: Research/prototype", "an early prototype"; not a few-shot model's "class prototypes")
    (("prototype",), r"\b(?:a|an|research|early|experimental)[ \t/]+prototype\b"),
    # an unfinished release: "It is an early alpha version made by experimenting", "This is a beta release" (not "the
    # alpha parameter", nor a past release in a list of releases: "We release a beta version of ...")
    (("alpha", "beta"), r"\b(?:is|still)[ \t]+(?:an?[ \t]+|in[ \t]+)?(?:early[ \t]+|experimental[ \t]+)?(?:alpha|beta)"
                        r"[ \t]+(?:version|release|model|stage)\b|\bearly[ \t]+(?:alpha|beta)\b"),
    # a warning sign or a shouted label (":warning: You may want to use the v2 model", "IMPORTANT: The model was not
    # trained on the double quotation mark"; the label opening a line, after its translation too, "**CẢNH BÁO /
    # WARNING: ...", or in bold, "**Warning:**"; not a template's "TODO: ... IMPORTANT: Please remember to replace ...")
    ((":warning:", "⚠", "important", "warning", "caution"),
     r":warning:|⚠|(?:^|\n)[ \t>*_-]*(?:[^\n:/*]{1,30}/[ \t]*)?(?-i:IMPORTANT|WARNING|CAUTION)\b[*_]*[ \t]*:"
     r"|\*\*(?:warning|caution)[ \t]*(?::\*\*|\*\*[ \t]*:)"),
    # what it is not, though readers may take it for one: "a pretraining-only checkpoint, not an SFT/chat model", "a
    # base model, not an instruction-tuned one"
    (("not a", "not an"),
     r"\bnot[ \t]+an?[ \t]+(?:sft|chat|instruct(?:ion)?(?:[ -]?(?:tuned|following))?|aligned|rlhf|conversational|"
     r"assistant)(?:[ \t]*/[ \t]*\w+)?[ \t]+(?:model|checkpoint|one|assistant)\b"),
    # what its outputs leave out ("The model outputs transcripts that do NOT include punctuation, capitalization, or
    # time-stamps"), a model to fine-tune further on one's own data ("You may need to further fine-tune the model on
    # your domain-specific datasets"), a task where it stays at chance ("ANLI stays at chance")
    (("outputs", "output ", "transcript", "prediction", "generation", "response", "answers", "translation",
      "need to", "chance"),
     r"\b(?:outputs?|transcripts?|transcriptions?|predictions?|generations?|responses?|answers?|translations?)[ \t]+"
     r"(?:(?:that|which)[ \t]+)?(?:do|does|will|may)[ \t]+not[ \t]+(?:include|contain|preserve|keep|have)\b"
     r"|\b(?:may|might|will|would)[ \t]+need[ \t]+to[ \t]+(?:further[ \t]+)?(?:fine-?tune|finetune|adapt|retrain)\b"
     r"|\b(?:stays?|remains?|is|are)[ \t]+(?:at|near|around)[ \t]+chance\b"),
    # a use ruled out, as not ready: "NOT FOR DEPLOYMENT", "for educational analysis and research, not production
    # deployment", "not for clinical use"
    (("production", "deployment", "clinical", "real-world", "not for"),
     r"\bnot[ \t]+(?:(?:intended|meant|ready|fit|safe)[ \t]+)?(?:for[ \t]+)?(?:use[ \t]+in[ \t]+)?"
     r"(?:production|deployment|clinical|real-world)\b"
     # ("Not a capability model, not for domain use")
     r"|\bnot[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,2}?use\b"),
    # training cut short ("Training halted due to time limit"), what affects its performance ("which affects the
    # performance on SQuAD task"), where it performs best
    (("halted", "stopped", "interrupted", "cut short"),
     r"\btraining[ \t]+(?:was[ \t]+)?(?:halted|stopped|interrupted|cut[ \t]+short)\b"),
    (("affect",), r"\baffects?[ \t]+(?:the[ \t]+)?(?:model'?s?[ \t]+)?(?:performance|accuracy|results|quality)\b"),
    (("perform best", "performs best"), r"\bperforms?[ \t]+best[ \t]+(?:at|on|for|with|when)\b"),
    # a model without the refusals of its base ("This model is uncensored", "an uncensored version"), and the
    # reader told they answer for its outputs ("You are responsible for any content you create using this model")
    (("uncensored",),
     r"\b(?:is|are)[ \t]+[*_]{0,2}(?:\w+[ \t]+)?uncensored\b|\buncensored[ \t]+(?:model|version|llm|fine-?tune)\b"),
    (("responsible",),
     r"\b(?:you|users?)[ \t]+(?:are|is)[ \t]+(?:solely[ \t]+|fully[ \t]+|entirely[ \t]+)?responsible[ \t]+for\b"),
    # room left to improve ("were trained on a smaller pair set and can be improved with more data"), or scores said
    # to overstate ("AUC 1.000 — inflated by homology leakage", "the numbers are likely optimistic")
    # ("First pass on whisper-small — room to improve with more data")
    (("improve",),
     r"\b(?:can|could|might)[ \t]+(?:still[ \t]+|further[ \t]+|probably[ \t]+|definitely[ \t]+)?be[ \t]+"
     r"(?:further[ \t]+|much[ \t]+|greatly[ \t]+|significantly[ \t]+)?improved\b"
     r"|\broom[ \t]+(?:for[ \t]+improvement|to[ \t]+improve)\b"),
    (("inflated", "estimated", "optimistic"),
     r"\binflated[ \t]+by\b|\b(?:is|are|was|were|be)[ \t]+(?:\w+[ \t]+)?(?:inflated|over-?estimated|"
     r"overly[ \t]+optimistic)\b"),
    # a model weaker than another, or at a cost ("It's not as accurate as the main canary-1b-v2", "lower
    # exact-match accuracy"), or that needs more work for other uses ("may require fine-tuning for other defect
    # detection tasks")
    (("not as ",), r"\bnot[ \t]+as[ \t]+(?:accurate|good|robust|reliable|strong|precise|fluent|capable|fast|quick|"
                   r"efficient)[ \t]+as\b"),
    (("lower",), r"\blower[ \t]+(?:[\w-]+[ \t]+)?(?:accuracy|quality|recall|precision)\b"),
    (("require ", "need "),
     r"\b(?:may|might|will|would|can)[ \t]+(?:\w+[ \t]+)?(?:require|need)[ \t]+(?:additional[ \t]+|further[ \t]+|"
     r"more[ \t]+|some[ \t]+)?(?:fine-?tuning|finetuning|re-?training|adaptation|calibration)\b"),
    # ("Please use responsibly and respect privacy", "Metrics on the released 20 m data will differ from the paper")
    (("responsibly",), r"\buse[ \t]+(?:it[ \t]+|this[ \t]+model[ \t]+|the[ \t]+model[ \t]+)?responsibly\b"),
    (("differ",),
     r"\b(?:results?|metrics?|scores?|numbers?|performance)\b[^.\n]{0,60}?\b(?:will|may|might|can|could)[ \t]+"
     r"differ\b"),
    # facts made up ("It also invents bill numbers, dates, statistics, and names with complete confidence"), and
    # the reader told not to trust them ("treat every factual claim as unverified")
    (("invent", "fabricat", "make up", "makes up"),
     r"\b(?:invents?|fabricates?|makes?[ \t]+up)[ \t]+(?:[\w-]+,?[ \t]+){0,6}?(?:facts?|names|numbers|dates|"
     r"statistics|citations|references|details|sources)\b"),
    (("treat ",),
     r"\btreat[ \t]+(?:[\w-]+[ \t]+){0,4}?as[ \t]+(?:unverified|unreliable|a[ \t]+draft|a[ \t]+starting[ \t]+point)\b"),
    # biases or risks the reader is told to weigh: "Do consider the biases which come from both the pre-trained
    # model and the dataset", "keep in mind the limitations"
    (("biases", "risks", "limitations"),
     r"\b(?:consider|note|keep[ \t]+in[ \t]+mind|mind)[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+)?"
     r"(?:biases|limitations|risks)\b"),
    (("witness", "notice", "observe", "experience", "encounter", "higher", "lower"),
     rf"\b{_MODAL}[ \t]+(?:witness|see|notice|observe|experience|encounter|get|find)[ \t]+(?:(?:a|an|some|slightly|"
     r"much)[ \t]+){0,2}(?:higher|lower|worse|poor|degraded|reduced|increased)\b"),
    # (data skewed: "However the CommonVoice dataset is skewed towards male voices")
    (("skewed", "imbalanced", "unbalanced"),
     r"\b(?:is|are|was|were)[ \t]+(?:\w+[ \t]+)?(?:skewed|imbalanced|unbalanced)\b"),
    # inputs cut: "By default, input text longer than 256 word pieces is truncated"
    (("truncated",),
     r"\b(?:longer|more)[ \t]+than[ \t]+\d+[^.\n]{0,40}?\b(?:is|are|will[ \t]+be|gets?|get)[ \t]+truncated\b"),
    # a use ruled out at a sentence's or a line's start ("**Not for clinical diagnosis.**", "Not for production use"),
    # or a model for research or teaching only ("Research / education / synthetic-data tooling only", "for academic
    # purposes only": its "only" ends the clause, rarer than "research")
    (("not for",), r"(?:^|\n|[.!?][ \t]+)[ \t>*_-]*not[ \t]+for[ \t]+(?!example\b|instance\b|now\b|nothing\b)\w"),
    (("only.", "only!", "only;", "only)", "only*", "only_", "only\n"),
     r"(?m:\b(?:research|education|educational|academic|non-?commercial|personal|demo|demonstration|testing)\b"
     r"[^.\n]{0,60}?\bonly[ \t]*(?:[.!;)*_]|$))"),
    # where to read of its limits, another card's: "We encourage to check [RoBERTa-base model](...) to know more about
    # usage, limitations and potential biases", "See the [GPT2 model card](...) for considerations on limitations")
    (("limitation", "bias", "risk"),
     r"\b(?:check|see|read|refer[ \t]+to|consult)\b(?:\[[^\]\n]{0,100}\]\([^)\s]{0,200}\)|[^.\n]){0,160}?"
     r"\b(?:to[ \t]+(?:know|learn|read)[ \t]+more[ \t]+about"
     r"|for[ \t]+(?:more[ \t]+)?(?:[a-z]+[ \t]+)?(?:on|about|of|regarding))[ \t]+(?:[\w,]+[ \t]+){0,4}?"
     r"(?:limitations?|biases|risks)\b"),
    # a result no surer than its noise: "the margin (+0.5) is within sampling noise", "not statistically significant"
    (("noise", "significant", "variance"),
     r"\b(?:within|below)[ \t]+(?:the[ \t]+)?(?:sampling|statistical|measurement|run-to-run|seed)[ \t]+"
     r"(?:noise|variance|error)\b|\bnot[ \t]+(?:\w+[ \t]+)?statistically[ \t]+significant\b"),
    # what the model is incapable of: "it is completely incapable of performing complex reasoning", "the model is
    # unable to follow instructions" (its subject the model, not "if you are unable"), or "falls short of capturing"
    (("incapable", "unable", "capable", "short"),
     r"\b(?:it|model|this|checkpoint|adapter|network|version)[ \t]+(?:is|are|remains)[ \t]+(?:\w+[ \t]+)?"
     r"(?:incapable[ \t]+of|unable[ \t]+to|not[ \t]+capable[ \t]+of)\b|\b(?:falls?|fell)[ \t]+short[ \t]+(?:of|in)\b"),
    # a GitHub alert that warns ("> [!WARNING]", "> [!CAUTION]"), or a narrow claim ("This supports a narrow claim")
    (("[!warning]", "[!caution]"), r"\[!(?:warning|caution)\]"),
    (("claim",), r"\b(?:supports?|makes?|is)[ \t]+(?:only[ \t]+)?an?[ \t]+(?:narrow|limited|modest|weak)[ \t]+claim\b"),
    # a model to fine-tune before use ("Note that this model should be fine-tuned on a downstream task"), results that
    # could be better ("results can probably be improved", "Better results are obtained by using the full retriever"),
    # outputs that differ from the original's ("The tfhub model and this PyTorch model can produce slightly different
    # embeddings"), an interim version ("still early drafts", "This is a simplified version")
    (("fine-tun", "finetun", "improv", "better results", "different", "early draft", "simplified"),
     r"\b(?:should|must|needs?[ \t]+to|has[ \t]+to)[ \t]+be[ \t]+(?:further[ \t]+)?(?:fine-?tuned|finetuned)[ \t]+"
     r"(?:on|for|before)\b|\bresults[ \t]+(?:can|could|may|might)[ \t]+(?:probably[ \t]+|likely[ \t]+)?(?:be[ \t]+)?"
     r"improved\b|\bbetter[ \t]+results[ \t]+(?:are|can[ \t]+be|may[ \t]+be)[ \t]+(?:obtained|achieved|got)[ \t]+"
     r"(?:by|with|using)\b"
     r"|\b(?:can|may|might|could)[ \t]+(?:produce|give|yield|return|output)[ \t]+(?:slightly[ \t]+)?different[ \t]+"
     r"(?:embeddings|outputs|results|predictions|scores|logits)\b"
     r"|\bstill[ \t]+(?:an?[ \t]+)?early[ \t]+drafts?\b|\b(?:is|a)[ \t]+(?:a[ \t]+)?simplified[ \t]+version\b"),
    # what is left to do or not claimed: "(dataset-scale robustness evaluation is future work)", "not a claim of
    # classical-SR SOTA or a substitute for real-degradation and perceptual evaluation"
    # a model not done yet or not for real use: "This is still an on-going work", "This is a first run of a Hindi
    # language model" (not "a second attempt", whose first one's problem is fixed), "Dummy model used for unit testing
    # and CI", "usable for non-critic applications"; where it works best: "However, they are most effective in the
    # context of knowledge distillation"
    (("on-going", "ongoing", "first run", "first attempt", "first try", "early run", "initial run", "dummy",
      "toy model", "fake model", "non-critic", "noncritic", "most effective"),
     r"\bstill[ \t]+(?:an?[ \t]+)?(?:on-?going|ongoing|unfinished)[ \t]+(?:work|project|effort)\b"
     r"|\b(?:is|a)[ \t]+(?:a[ \t]+|the[ \t]+|our[ \t]+)?(?:first|early|initial)[ \t]+(?:run|attempt|try)\b"
     r"|\b(?:dummy|toy|fake)[ \t]+models?\b|\bnon-?critic(?:al)?[ \t]+(?:applications?|uses?|tasks?)\b"
     r"|\b(?:are|is)[ \t]+most[ \t]+effective[ \t]+(?:in|when|with|for)\b"),
    # what it costs or could gain: "the performance of the ERNIE-tiny only decreases by an average of 2.37%", "the
    # performance drop is very little", "We found out using original Tensorflow implementation gives better results",
    # a loss that "may likely continue to decline if trained for a larger number of epochs"
    (("decrease", "drop", "degrad", "declin", "better results", "loss is"),
     r"\b(?:performance|accuracy|quality)\b[^.\n]{0,60}?\b(?:decreases?|drops?|degrades?|declines?)[ \t]+"
     r"(?:only[ \t]+)?by\b|\b(?:performance|accuracy)[ \t]+(?:drop|loss|degradation)[ \t]+is\b"
     r"|\busing[ \t]+(?:the[ \t]+)?(?:original|official|other)\b[^.\n]{0,60}?\bgives?[ \t]+better[ \t]+results\b"
     r"|\b(?:may|might|could|would)[ \t]+(?:likely[ \t]+)?(?:continue[ \t]+to[ \t]+)?(?:decline|decrease|improve|drop)"
     r"[ \t]+(?:further[ \t]+)?(?:if|with)[ \t]+(?:trained|training|more|longer)\b"),
    # what it fails to do: "compact encoders fail to transfer zero-shot (SciEGQA/MMDocIR)"
    (("fail to", "fails to", "failed to"),
     r"\b(?:fails?|failed)[ \t]+to[ \t]+(?:transfer|generali[sz]e|converge|handle|recogni[sz]e|detect|follow|"
     r"reproduce|match)\b"),
    (("future work", "not a claim", "not a substitute", "not a replacement"),
     r"\b(?:is|are|remains?|left[ \t]+(?:for|to|as))[ \t]+future[ \t]+work\b"
     r"|\bnot[*_]{0,2}[ \t]+an?[ \t]+(?:claim[ \t]+(?:of|to|that)|substitute[ \t]+for|replacement[ \t]+for)\b"),
    # what is untried or where it falls behind: "behavior beyond Re_max is untested", "has not been validated on
    # real scans", "Simulation-only ... not tested on physical robots", "Not validated as a deployed robot controller",
    # "not yet competitive with the fastest entries"
    (("untested", "unvalidated", "not been", "not yet been", "not yet tested", "not yet validated", "not tested",
      "not validated"),
     r"\b(?:is|are|remains?|was|were)[ \t]+(?:still[ \t]+|largely[ \t]+|entirely[ \t]+)?[*_]{0,2}"
     r"(?:untested|unvalidated)\b|\bnot[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:tested|validated)[ \t]+"
     r"(?:on|beyond|outside|for|with|in|against|at|as)\b"),
    # outputs to check before use: "Validate outputs before using them in user-facing or high-stakes workflows"
    (("outputs before", "output before", "predictions before", "results before"),
     r"\b(?:validate|verify|check|review|inspect)[ \t]+(?:the[ \t]+|its[ \t]+|all[ \t]+|model[ \t]+)?"
     r"(?:outputs?|predictions?|results?)[ \t]+before\b"),
    (("not yet competitive", "not competitive", "not on par", "not yet on par"),
     r"\b(?:is|are)[ \t]+(?:still[ \t]+)?not[ \t]+(?:yet[ \t]+)?(?:competitive[ \t]+with|on[ \t]+par[ \t]+with)\b"),
    *NOT_FIT,
    flags=re.I, reach=CAVEAT_REACH,
)


def states_caveat(card: Card) -> bool:
    """Whether a sentence of prose warns about the model's outputs or what it cannot do (or that it learnt nothing)."""
    text = prose_text(card)
    title = title_text(card)  # ("# This is just a Test Model. Do NOT use for anything!")
    text = f"{title}.\n{text}" if title else text
    return (_CAVEATS.search(text) is not None or nothing_learnt(text, text.lower())
            or found_near(_OTHER_LANGUAGES, text, _OTHER_LANGUAGES_WORDS, CAVEAT_REACH)
            or KNOWN_LIMIT.search(cell_sentences(card)) is not None)
