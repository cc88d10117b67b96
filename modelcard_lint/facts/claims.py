"""How well a model does, said without a table of scores, as ``pointers.points_to_evaluation`` reads it.

A claim of the state of the art by the model itself ("At large scale, ELECTRA achieves state-of-the-art results on the
SQuAD 2.0 dataset", "It was pre-trained ... showing state-of-the-art zero-shot transfer performance"): the claim's
subject is the model, by the first word of the card's title ("ELECTRA", "ERNIE" of "ERNIE-1.0") or as "it" or "this
model", not another model a fine-tune quotes ("ELECTRA achieves ..." in a card titled "Electricidad"); a label
("[IndoBERT](...) is a state-of-the-art language model for Indonesian") only in a card that says the model was
evaluated ("IndoBERT was trained and evaluated by ..."). What evaluation results showed ("The human evaluation results
indicate that ...", "Experimental results show that ..."); a comparison of performance ("the model performs better than
[multilingual BERT]", "similar performance to mBERT", "The performance of MultiBERTs on GLUE ... is oftentimes
comparable to the original BERT"); how it was evaluated ("This model was evaluated based on downstream classification
tasks", "ESM-1b has been evaluated on"); where its evaluations are ("evaluations ... can be found [here](...)"); that
its numbers differ from a paper's ("does not replicate the exact numbers"); and evaluations to come ("Stay tuned").
"""

from __future__ import annotations

import re

from ..card import Card
from .anchors import Shapes
from .lazyre import lazy
from .measured import measures_in_words, passes_in_tables
from .prose import prose_text
from .titles import title_text
from .untrained import nothing_learnt

REACH = 140
# ("writing style is pretty nice", "the outputs are still very coherent")
_PRAISED = tuple(f" {verb} {adverb} " for verb in ("is", "are")
                 for adverb in ("pretty", "quite", "really", "fairly", "surprisingly", "consistently", "very", "still"))
_BENCHMARK_NAMES = ("mmlu", "gsm8k", "hellaswag", "truthfulqa", "winogrande", "humaneval", "mbpp", "bench", "bbh",
                    "gpqa", "ifeval", "alpacaeval", "eval")
# what the card says of how well its model does, each shape with the words (in lower case) that every match of it
# holds: it is tried only around them (``anchors.Shapes``)
_SAID = Shapes(
    # what evaluation results showed
    (("results",),
     r"\b(?:evaluation|experimental|experiment|benchmark|test)"
     r"[ \t]+results\]?(?:\([^)\s]{0,300}\))?[ \t]+(?:\w+[ \t]+)?(?:show|indicate|demonstrate|suggest|confirm|reveal)"
     r"s?\b"),
    # a comparison of performance
    (("perform",),
     r"\bperforms?[ \t]+(?:\w+[ \t]+)?(?:better|worse|comparabl[ey]|similarly|on[ \t]+par)[ \t]+(?:than|to|with)\b"),
    # (or the models' scores listed, three or more: "(Random: 16.7%, mBERT: 72.3%, Bangla-Electra: 82.3%)")
    (("%,",),
     r"(?:[\w.-]+[ \t]*:[ \t]*\d{1,3}(?:\.\d+)?[ \t]*%[ \t]*,[ \t]*){2,}[\w.-]+[ \t]*:[ \t]*\d{1,3}(?:\.\d+)?[ \t]*%"),
    (("perform",),
     r"\b(?:similar|comparable|better|worse|superior|inferior)[ \t]+performances?[ \t]+(?:to|than|"
     r"compared[ \t]+(?:to|with))\b"),
    (("perform",),
     r"\bperformance[ \t]+(?:comparable|similar|superior|inferior|close)[ \t]+to\b"),
    # (further on, to models it names: "significantly higher performance in predicting masked words within the text
    # when compared to existing models like RoBERTa (base and large), SciBERT, and SecBERT")
    (("perform",),
     r"\b(?:higher|lower|better|worse|superior|inferior)[ \t]+performance\b[^.\n]{0,80}?\b(?:compared[ \t]+(?:to|"
     r"with)|than)[ \t]+(?:[\w-]+[ \t]+){0,3}?[\[`*]{0,2}(?-i:[A-Z])"),
    (("perform",),
     r"\b(?:but|with|and|while|yet)[ \t]+(?:a[ \t]+)?(?:similar|comparable)[ \t]+performance\b"),
    (("perform",),
     r"\bperformance[ \t]+of\b[^.\n]{0,80}?\b(?:is|are)[ \t]+(?:\w+[ \t]+)?(?:comparable|similar|on[ \t]+par|"
     r"superior|inferior)[ \t]+(?:to|with)\b"),
    # scores compared with another model's: "Their EQ Bench scores are virtually the same", "it passes some tests I
    # use that v1.0 fails"
    (("scores",),
     r"\bscores[ \t]+(?:are|were)[ \t]+(?:\w+[ \t]+)?(?:the[ \t]+same|identical|similar|comparable|higher|lower|"
     r"better|worse)\b"),
    (("passes",),
     r"\bpasses[ \t]+(?:some|all|most|the|many|several)[ \t]+(?:\w+[ \t]+)?tests\b"),
    # how it was evaluated
    (("evaluated",),
     r"\b(?:model|it|we)[ \t]+(?:was|were|is|has[ \t]+been|have[ \t]+been)[ \t]+evaluated[ \t]+(?:on|based[ \t]+on|"
     r"against|using|with)\b"),
    # or where it was tried: "Validated on a real SO-101 follower arm. It picks the pen." (not "Tested on Ubuntu")
    (("validated on", "tested on", "evaluated"),
     r"(?:(?m:^)[ \t>*_-]*|[.!?][ \t]+|\b(?:was|were|is|are|has[ \t]+been|have[ \t]+been)[ \t]+)(?:validated|tested|"
     r"evaluated)[ \t]+on[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:real|physical|held-out|unseen|live|actual)\b"),
    # where its evaluations are
    (("evaluation", "benchmark"),
     r"\b(?:evaluations?|benchmark(?:s|ing)?)\b(?![ \t-]+(?:data|datasets?|corpus|corpora|sets?|suites?)\b)"
     r"[^.\n]{0,80}?(?:\bcan[ \t]+be[ \t]+found\b|\b(?:is|are)[ \t]+(?:presented|reported|described|given|provided|"
     r"documented|detailed|shared[ \t]+(?:at|in|on))"
     r"\b|\bgo[ \t]+to\b)"),
    # ("See eval_results.json for evaluation results")
    (("results", "scores", "metrics"),
     r"\bsee\b(?:\[[^\]\n]{0,80}\]\([^)\s]{0,300}\)|[^.\n]){0,80}?\bfor[ \t]+(?:the[ \t]+|full[ \t]+|"
     r"detailed[ \t]+)*(?:evaluation|eval|benchmark|test)[ \t]+(?:results|scores|metrics)\b"),
    # ("Check the model performance and other language models for Korean in [github](...)")
    (("perform",),
     r"\b(?:check|see|find)[ \t]+(?:out[ \t]+)?the[ \t]+(?:model(?:'s)?[ \t]+)?performance\b[^.\n]{0,80}?\]\("),
    # what its evaluation runs on: "The first real-data smoke benchmark uses a small SEVIR VIL subset"
    (("benchmark", "evaluation"),
     r"\b(?:benchmark|evaluation)[ \t]+(?:uses|used|ran|runs|was[ \t]+run)[ \t]+(?:on[ \t]+)?(?:a|an|the)"
     r"[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:subset|set|split|data(?:set)?|benchmark|suite)\b"),
    # that its numbers differ from a paper's
    (("replicate", "reproduce", "match"),
     r"\b(?:does|do|did|may|might|will)[ \t]+not[ \t]+(?:exactly[ \t]+)?(?:replicate|reproduce|match)"
     r"[ \t]+(?:the[ \t]+)?(?:exact[ \t]+)?(?:numbers|results|scores|performance)\b"),
    # how well it does, said informally: "Zero shot generation works pretty well as long as", "the model has shown
    # some effectiveness in languages beyond those listed"
    (("well",),
     r"\b(?:works|performs)[ \t]+(?:pretty|quite|very|reasonably|surprisingly|fairly|really)[ \t]+well\b"),
    (("shown",),
     r"\bhas[ \t]+shown[ \t]+(?:some|good|great|strong|promising)[ \t]+(?:effectiveness|results|performance)\b"),
    # or a place it took on a benchmark: "achieved the 3rd place (excluding humans) on the Chinese zero-shot benchmark
    # ZeroClue", "ranks first among all models based on T5" (taken, not to grab: "Work on your technique to grab a top
    # spot in this competition")
    ((" place ", " position ", " spot "),
     r"\b(?:achieved|achieves|took|takes|won|wins|secured|secures|got|gets|earned|earns|reached|reaches|finished|"
     r"obtained|obtains|claimed|claims)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:\d+(?:st|nd|rd|th)|first|second|third|top)"
     r"[ \t]+(?:place|position|spot)\b[^.\n]{0,60}?\b(?:on|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,4}?(?:benchmark|"
     r"leaderboard|ranking|competition|challenge)s?\b"),
    (("ranks ", "ranked ", "ranking "),
     r"\brank(?:s|ed|ing)?[ \t]+(?:\d+(?:st|nd|rd|th)|first|second|third|top[ \t-]?\d+|#\d+)[ \t]+(?:among|on|in)\b"),
    # or a score on a named benchmark set beside another model's: "Its test accuracy on the HumanEval base dataset
    # surpasses that of GPT-4 Turbo (April 2024). (90.9% vs 90.2%)"
    (("surpass", "outperform", "beats", "exceeds", "match", "perform"),
     r"\b(?:accuracy|score|performance|pass@1)[ \t]+on[ \t]+(?:the[ \t]+)?[\[`*]{0,2}(?-i:[A-Z])"
     r"[\w.-]*[^.\n]{0,60}?\b(?:surpasses|outperforms|beats|exceeds|matches)\b"),
    # or how it did as others measured it, in words: "performance on the 15 languages mentioned in v1 are reported to
    # be a bit lower" (a comparison, not "is found to be useful")
    (("reported to be", "shown to be", "found to be", "measured to be", "observed to be"),
     r"\b(?:performance|accuracy|results?|scores?|quality)\b[^.\n]{0,80}?\b(?:is|are|was|were)[ \t]+(?:reported|shown|"
     r"found|measured|observed)[ \t]+to[ \t]+be[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:lower|higher|better|worse|comparable|"
     r"similar|on[ \t]+par)\b"),
    # or a shared task or competition it won: "which also won the sentence-level direct assessment quality estimation
    # shared task in [WMT 2020](...)"
    (("won ", "wins ", "winner of", "winning "),
     r"\b(?:won|wins|winner[ \t]+of|winning)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[\w-]+[ \t]+){0,8}?(?:shared[ \t]+tasks?|"
     r"competitions?|challenges?)\b"),
    # or a performance it improves on named tasks: "PTT5 is a T5 model pretrained in the BrWac corpus, ..., improving
    # T5's performance on Portuguese sentence similarity and entailment tasks", "Geneformer consistently boosted
    # predictive accuracy in a diverse panel of downstream tasks"
    (("improv", "boost"),
     r"\b(?:improv|boost)(?:s|es|ed|ing)[ \t]+(?:(?:the|its|[\w-]+['’]s)[ \t]+)?(?:model[ \t]+|generali[sz]ation[ \t]+|"
     r"predictive[ \t]+|prediction[ \t]+|classification[ \t]+)?(?:performance|accuracy)"
     r"[ \t]+(?:on|in|across)\b[^.\n]{0,80}?\b(?:tasks?|benchmarks?|datasets?)\b"),
    # or the state of the art over a count of tasks: "We show state-of-the-art performance across 34 clinical tasks"
    (("state-of-the-art", "state of the art"),
     r"\bstate[- ]of[- ]the[- ]art[ \t]+(?:performances?|results|accuracy)[ \t]+(?:across|on|in)[ \t]+\d+[ \t]+"
     r"(?:[\w-]+[ \t]+){0,3}?(?:tasks|benchmarks|datasets)\b"),
    # or what its evaluations showed: "Evaluations on datasets such as semantics, mathematics, reasoning ... show that
    # ChatGLM3-6B-Base has the strongest performance among pre-trained models under 10B"
    (("evaluation",),
     r"\bevaluations?[ \t]+(?:on|across|of)\b(?:[^.\n]|\.(?=,)){0,160}?\b(?:show|shows|showed|indicate|indicates|"
     r"demonstrate|demonstrates|suggest|suggests)[ \t]+that\b"),
    # or where its makers showed it: "As we show in our paper, Lag-Llama has strong zero-shot capabilities"
    (("as we show", "as shown in", "as we demonstrate", "as demonstrated in", "as reported in"),
     r"\bas[ \t]+(?:we[ \t]+show|shown|we[ \t]+demonstrate|demonstrated|reported)[ \t]+in[ \t]+(?:our|the)[ \t]+"
     r"(?:paper|preprint|report|technical[ \t]+report|article)\b"),
    # or a share of a reference's performance it reaches: "It achieves 75-80% of human performance on our new SA-CO
    # benchmark"
    (("% of",),
     r"\b(?:achieves|reaches|attains|matches|recovers|retains|obtains)[ \t]+(?:over[ \t]+|about[ \t]+|around[ \t]+|"
     r"up[ \t]+to[ \t]+)?\d[\d.]*(?:[ \t]*[-–][ \t]*\d[\d.]*)?[ \t]*%[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
     r"(?:performance|accuracy|quality|score)\b"),
    # or quality it delivers beside others': "it delivers comparable quality to larger models while being significantly
    # faster"
    (("comparable", "competitive", "similar", "superior", "on par"),
     r"\b(?:delivers|achieves|offers|provides|gives|reaches|shows|has|with)[ \t]+(?:a[ \t]+)?(?:comparable|competitive|"
     r"similar|superior|on[ \t]+par)[ \t]+(?:quality|performance|accuracy|results)[ \t]+(?:to|with|than)\b"),
    # or what it does better than another version, measured: "gives better image quality and better CLIP rated
    # similarity compared to the original version" (not "better results can be had with a larger batch")
    (("better",),
     r"\b(?:gives|achieves|produces|yields|shows|delivers|obtains|has)[ \t]+(?:much[ \t]+|significantly[ \t]+|"
     r"slightly[ \t]+)?better[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:quality|accuracy|performance|results|scores?|similarity|"
     r"fidelity)\b[^.\n]{0,80}?\b(?:compared[ \t]+(?:to|with)|than)\b"),
    # or what a notebook or script of it measures: "[This notebook measures wikitext test perplexity](...)"
    (("measures",),
     r"\b(?:notebook|script|benchmark|test)[ \t]+measures[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:perplexity|accuracy|wer|cer|"
     r"bleu|f1|latency|throughput)\b"),
    # ("writing style is pretty nice", "the outputs are surprisingly coherent")
    (_PRAISED,
     r"\b(?:writing|prose|style|outputs?|responses|generations|answers|quality|results)[ \t]+(?:is|are)"
     r"[ \t]+(?:still[ \t]+)?(?:pretty|very|quite|really|fairly|surprisingly|consistently)[ \t]+(?:good|nice|great|"
     r"decent|solid|coherent|creative|accurate|natural|fluent)\b"),
    # or judged by a person's senses: "The ratio was selected empirically by listening to output quality" (a table of
    # ratings follows), "outputs compared by eye"
    (("by listening", "by ear", "by eye"),
     r"\b(?:rated|judged|assessed|selected|chosen|compared|evaluated|checked|tuned)"
     r"\b[^.\n]{0,60}?\bby[ \t]+(?:listening|ear|eye)\b"),
    # or a count of cases it passed: "Broad-empiric baseline: **0/10** adversarial cases passed. Trained: **10/10**"
    # (not a date's, "Released 2024/10 and passed to the team")
    (("passed", "solved", "passes"),
     r"(?<![\w/.])\d{1,3}[ \t]*/[ \t]*\d+(?![\w/.])[*_]{0,2}[ \t]+(?:(?!(?:and|or|then)\b)"
     r"[\w-]+[ \t]+){0,3}?(?:passed|solved|pass(?:es)?)\b"),
    # or a value measured beside the one it should be: "example returns noul **0.9503** (official 0.95)"
    (("(official", "(reference", "(expected", "(reported", "(paper", "(original"),
     r"\d(?:\.\d+)?[*_]{0,2}[ \t]*\((?:official|reference|expected|reported|paper|original)(?::|"
     r"[ \t]+value:?)?[ \t]*[*_]{0,2}\d"),
    # or another model it beats on a named benchmark: "`google/byt5-xl` significantly outperforms [mt5-xl](...) on
    # [TweetQA](...)" (not "outperforms previous models", nowhere named)
    (("outperform", "beats", "surpass"),
     r"\b(?:outperforms|outperformed|beats|surpasses|surpassed)[ \t]+(?:\[[^\]\n]{1,80}\]\([^)\s]{0,300}\)|"
     r"[^.\n\[]){1,120}?[ \t]on[ \t]+(?:the[ \t]+)?[\[`*]{0,2}(?-i:[A-Z])"),
    # or other models it beats or nears in benchmarks it names by their kind: "Outperforms all 7B class models in
    # multi-lingual benchmarks", "Trade blows with MPT-7B (1T) in English evals" (not "outperforms previous models")
    # (or matches them: "competitive with the best open-source Transformers of similar sizes in short and long-context
    # evaluations")
    (("outperform", "beats", "surpass", "rivals", "approaches", "blows", "competitive with", "on par with",
      "comparable to", "comparable with"),
     r"\b(?:outperforms?|outperformed|beats|surpasses|surpassed|rivals|approaches|trades?[ \t]+blows[ \t]+with|"
     r"competitive[ \t]+with|on[ \t]+par[ \t]+with|comparable[ \t]+(?:to|with))"
     r"\b[^.\n]{0,120}?\b(?:in|on|across)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:benchmarks|evals|evaluations|leaderboards?|"
     r"metrics)\b"),
    # or a score on a benchmark named after it: "Starling-LM-7B-beta scores an improved 8.12 in MT Bench with GPT-4 as
    # a judge" (a name with a capital)
    (("scores", "scored"),
     r"\bscor(?:es|ed)[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+)?\d+(?:\.\d+)?[ \t]*%?[ \t]+(?:in|on)"
     r"[ \t]+(?:the[ \t]+)?[\[`*]{0,2}(?-i:[A-Z])"),
    # or another model beaten across a count of datasets: "consistently out-performs ClinicalBERT across 10 baseline
    # dataset for at least 2 percent"
    (("outperform", "out-perform", "beats", "surpass"),
     r"\b(?:outperforms|out-performs|outperformed|out-performed|beats|surpasses)\b[^.\n]{0,80}?\b(?:across|on|in)"
     r"[ \t]+\d+[ \t]+(?:[\w-]+[ \t]+)?(?:datasets?|benchmarks?|tasks)\b"),
    # or a benchmark's score given as a value: "RWKV-6 7B MMLU = 46.7%: https://github.com/Jellyfish042/rwkv_mmlu"
    (_BENCHMARK_NAMES,
     r"\b(?-i:MMLU|GSM8K|HellaSwag|TruthfulQA|Winogrande|HumanEval|MBPP|MT-?Bench|BBH|GPQA|IFEval|AlpacaEval|"
     r"C-?Eval|CMMLU|AGIEval)(?:-\w+)?[ \t]*(?:=|:|is)[ \t]*\**\d+(?:\.\d+)?[ \t]*%?"),
    # or the reported scores it matches or beats: "is on-par or outperforms Google ALIGN's reported metrics"
    (("reported",),
     r"\b(?:on[ -]par|outperforms?|matches|surpasses|exceeds)\b[^.\n]{0,80}?\breported[ \t]+(?:metrics|results|"
     r"scores|numbers|performance)\b"),
    # or outputs set side by side with the base model's, the same seed for both: "Left image is the base model output
    # (no LoRA), right image is base (w/ LoRA) ... Both generations use the same seed", "side-by-side comparison
    # images"
    (("side",),
     r"\bside[- ]by[- ]side[ \t]+comparisons?\b"),
    (("same seed",),
     r"\b(?:both|all|the)[ \t]+(?:generations|images|outputs|samples)[ \t]+(?:use|used|with|share)"
     r"[ \t]+the[ \t]+same[ \t]+seeds?\b"),
    # or what an analysis of its own showed: "our toxicity analysis shows that it behaves in the middle of existing
    # models" (not "we demonstrate ... improvements", which a fine-tune's card quotes from its base model's abstract)
    (("analysis", "study"),
     r"\b(?:our|this)[ \t]+(?:[\w-]+[ \t]+)?(?:analysis|study)[ \t]+(?:shows|showed|indicates|demonstrates|"
     r"suggests|reveals)[ \t]+that\b"),
    # or what its makers' evaluation found: "We evaluate its capabilities on numerous tasks and find that its zero-shot
    # performance is impressive"
    (("we evaluate",),
     r"\bwe[ \t]+evaluate[ \t]+(?:its|the|our|this)\b[^.\n]{0,80}?\band[ \t]+(?:find|show|observe)[ \t]+that\b"),
    # or another model's performance it exceeds: "This 8B model exceeds the performance of Llama 2's 70B model"
    (("performance of",),
     r"\b(?:exceed(?:s|ed|ing)|surpass(?:es|ed|ing)|match(?:es|ed|ing)|outperform(?:s|ed|ing)|rival(?:s|ing))[ \t]+"
     r"(?:the[ \t]+)?"
     r"performance[ \t]+of\b"),
    # or what its makers' tests found: "According to our internal tests, both models perform similarly"
    (("according to",),
     r"\baccording[ \t]+to[ \t]+(?:our|the|their)[ \t]+(?:internal[ \t]+|own[ \t]+|human[ \t]+)?(?:tests|testing|"
     r"evaluations?|benchmarks|experiments|measurements|testers|reviewers)\b"),
    # or a gain counted over datasets: "~20% NMAE improvement on Yearly/Quarterly data ... for 40 datasets"
    (("improvement", "reduction", "gain"),
     r"(?:(?<![\d.])\d+(?:\.\d+)?[ \t]*%[^.\n]{0,40}?\b(?:improvement|reduction|gain)s?\b"
     r"|\b(?:improvement|reduction|gain)s?\b[^.\n]{0,20}?\d+(?:\.\d+)?[ \t]*%)"
     r"[^.\n]{0,100}?\b(?:on|for|across)[ \t]+\d+[ \t]+(?:[\w-]+[ \t]+)?(?:datasets|benchmarks|tasks)\b"),
    # or, in Chinese, what tests showed: "经过测试，我们的改进使得中文编码/解码速度提高了约350％"
    # (or, in Chinese, other models it beats or trails: "全面超过Claude-Slack版，略差于Claude2")
    (("经过测试", "經過測試", "测试表明", "測試表明", "测试结果", "測試結果", "超过", "超過", "优于", "優於", "略差"),
     r"经过测试|經過測試|测试表明|測試表明|测试结果|測試結果|(?:超过|超過|优于|優於|略差于|略差於)[ \t]*[A-Za-z]"
     # (or other models as a class: "性能显著超过其他高下载量的huggingface开源模型")
     r"|(?:超过|超過|优于|優於)(?:了)?(?:其他|其它|现有|現有|同类|同類|主流)"),
    # or notes of its testing: "Testing Notes - Compared to v3.1"
    (("test notes", "testing notes"),
     r"\b(?:testing|test)[ \t]+notes\b"),
    # or what its experiments showed: "Experimental results on public datasets demonstrate that InstantMesh
    # significantly outperforms ...", "these embeddings produced the same performance (established empirically by
    # comparing on several downstream tasks)", "without any measurable performance-decrease in our experiments"
    (("experimental results", "experiment results", "empirical results"),
     r"\b(?:experimental|experiment|empirical)[ \t]+results[ \t]+(?:[^.\n]{0,60}?[ \t])?(?:demonstrate|show|"
     r"indicate|confirm|suggest|prove)[sd]?[ \t]+that\b"),
    (("empirically",),
     r"\b(?:established|shown|verified|confirmed|found|demonstrated|measured)[ \t]+empirically\b|\bempirically[ \t]+"
     r"(?:established|shown|verified|confirmed|found|demonstrated|measured)\b"),
    (("measurable",),
     r"\bwithout[ \t]+(?:any[ \t]+)?measurable[ \t]+(?:performance|accuracy|quality)\b"),
    # or what its makers' experiments achieved: "We do thoroughly experiments on SDXL and achieve superior performance
    # both in control ability and aesthetic score"
    (("experiments",),
     r"\bwe[ \t]+(?:do|did|conduct(?:ed)?|ran|run|perform(?:ed)?|carr(?:y|ied)[ \t]+out)[ \t]+(?:[\w-]+[ \t]+)?"
     r"experiments[ \t]+(?:on|with|in)\b[^.\n]{0,80}?\band[ \t]+(?:achieve|find|found|show|observe|obtain|get)\b"),
    # or what its makers observed of its outputs: "We've observed that perplexity values correlate with AlphaFold2's
    # plddt"
    (("observed that", "found that", "noticed that"),
     r"\bwe(?:'ve|’ve|[ \t]+have)?[ \t]+(?:observed|found|noticed)[ \t]+that\b[^.\n]{0,80}?\b(?:correlates?|"
     r"correlated)[ \t]+with\b"),
    # or what its experiments showed it better at: "Extensive experiments demonstrate the superiority of ELLA in dense
    # prompt following"
    (("experiments demonstrate", "experiments show", "experiments confirm", "experiments verify"),
     r"\b(?:extensive|comprehensive|thorough|our)[ \t]+experiments[ \t]+(?:demonstrate|show|confirm|verify)[ \t]+"
     r"(?:that|the[ \t]+(?:superiority|effectiveness|advantages?|strength))\b"),
    # or a comparison shown under its label: "Comparison on my laptop:" over an image
    (("comparison",),
     r"(?m:^)[ \t*_>-]*comparisons?\b[^\n:]{0,40}:[ \t*_]*(?=\n|\Z)"),
    # or a performance it shows beside another model's: "The resulting models show performance on par with the recently
    # released XGLM models"
    (("performance on par", "performance comparable", "performance similar", "performance close"),
     r"\b(?:shows?|showed|achieves?|achieved|demonstrates?|delivers?)[ \t]+(?:[\w-]+[ \t]+)?performance[ \t]+"
     r"(?:on[ \t]+par[ \t]+with|comparable[ \t]+to|similar[ \t]+to|close[ \t]+to)\b"),
    # or measured beside other models: "Compared to other prompt generation models using GPT2, this one runs with 50%
    # faster forwardpropagation and 40% less disk space & RAM"; how it was evaluated: "For evaluation, OPT follows GPT-3
    # by using their prompts"; scores in its makers' tests: "achieving top rank with double perfect scores in [my LLM
    # comparisons/tests](...)"
    (("compared to", "compared with"),
     r"\bcompared[ \t]+(?:to|with)\b[^.\n]{0,80}?(?<![\d.])\d+(?:\.\d+)?[ \t]*%[ \t]+(?:faster|slower|less|more|"
     r"smaller|larger|fewer|better|higher|lower)\b"),
    (("for evaluation,", "for the evaluation,"),
     r"\bfor[ \t]+(?:the[ \t]+)?evaluations?,[ \t]+(?:we|it|the[ \t]+model|[\w-]+)[ \t]+(?:follows?|used?|uses|adopts?|"
     r"ran|runs?|reports?)\b"),
    (("in my", "in our", "in [my", "in [our"),
     r"\b(?:scores?|rank(?:ing)?)\b[^.\n]{0,40}?\bin[ \t]+\[?(?:my|our)[ \t]+\[?(?:[\w-]+[ \t]+)?(?:comparisons|tests|"
     r"evaluations|benchmarks)\b"),
    # or a generalisation it shows on named sets: "greater generalizability on both in- and out-of-domain chitchat
    # datasets (e.g., DailyDialog, BlendedSkillTalk)"
    (("generalizability", "generalisability", "generalization on", "generalisation on"),
     r"\b(?:greater|better|stronger|improved|higher)[ \t]+generali[sz](?:ability|ation)[ \t]+on\b[^.\n]{0,80}?"
     r"\b(?:datasets|benchmarks|tasks)\b"),
    # or a record it set: "The model sets a new record on multiple multimodal understanding tasks"
    (("new record",),
     r"\b(?:sets?|setting|achieves?|achieved|established?)[ \t]+(?:a[ \t]+)?new[ \t]+records?[ \t]+"
     r"(?:on|in|across|for)\b"),
    # evaluations to come
    (("stay tuned",),
     r"\bstay[ \t]+tuned[ \t]+for[ \t]+(?:the[ \t]+)?(?:evaluations?|results|benchmarks?|scores)\b"),
    flags=re.I, reach=REACH,
)

# a claim of the state of the art, its subject read before it in its sentence (or "SOTA", and "archives" for "achieves")
_STATE_OF_THE_ART = lazy(r"\b(?:(?P<label>(?:is|are)[ \t]+(?:a|an|the)[ \t]+)"
                         r"|(?:(?:achiev|archiv|reach|obtain|attain|set|show|yield|deliver|get|got)\w*"
                         r"|giv(?:es|e|ing)[ \t]+"
                         r"rise[ \t]+to|lead(?:s|ing)?[ \t]+to)[ \t]+(?:the[ \t]+|a[ \t]+)?"
                         r"(?:new[ \t]+)?)(?:state[- ]of[- ]the[- ]art|(?-i:SOTA))\b", re.I)
# (after what its makers found too: "We find that our model achieves state-of-the-art results on several Arabic
# downstream tasks")
_PRONOUN = lazy(r"[ \t*_>\[]*(?:we[ \t]+(?:find|found|show|showed|observe|observed|demonstrate|demonstrated)"
                r"[ \t]+that[ \t]+)?(?:it|this[ \t]+model|the[ \t]+model|our[ \t]+model"
                # (or the system it is, as a paper's abstract names it: "The final system gives rise to
                # state-of-the-art homography estimation results on HPatches")
                r"|(?:the|our)[ \t]+(?:final[ \t]+|proposed[ \t]+|resulting[ \t]+|full[ \t]+)?"
                r"(?:system|method|approach|network|detector|architecture))\b")
_NAME = lazy(r"[\w.+-]+")
_NAME_EVALUATED = lazy(r"(?<![\w.+-])([\w.+-]{1,80})[ \t]+(?:was|has[ \t]+been)[ \t]+evaluated[ \t]+"
                       r"(?:on|against|using)\b", re.I)  # (a word's start only: linear in a long word)
SENTENCE = 200  # characters before the claim that its subject may stand within




def states_performance(card: Card) -> bool:
    """Whether the card says how well its model does, or how it was or will be evaluated, without scores."""
    text = prose_text(card)
    if _SAID.search(text) is not None or measures_in_words(text):
        return True
    if passes_in_tables(card):
        return True
    if any(_judged_row(row.cells) for table in card.body.tables if len(table.header) >= 3 for row in table.rows):
        return True
    low = text.lower()
    if nothing_learnt(text, low):  # (nothing to score)
        return True
    names = _title_names(title_text(card))
    if names and any(m.group(1).lower() in names for m in _NAME_EVALUATED.finditer(text)):
        return True  # (the model by its name, as "The model was evaluated on": "ESM-1b has been evaluated on")
    if "state-of-the-art" not in low and "state of the art" not in low and "sota" not in low:
        return False
    for m in _STATE_OF_THE_ART.finditer(text):
        if m.group("label") is not None and "evaluated" not in low:
            continue  # (a label alone, "Ma-layala-mba is a state-of-the-art S6 SSM model", claims nothing measured)
        floor = max(0, m.start() - SENTENCE)  # (searched back this far only: linear however many claims)
        start = max(text.rfind(". ", floor, m.start()) + 2, text.rfind("\n", floor, m.start()) + 1, floor)
        before = low[start : m.start()]
        if _PRONOUN.match(before) or any(w in names for w in _NAME.findall(before)):
            return True
    return False


# a row that judges, in words, the outputs of the versions or models the columns compare: "| Performance | It can't even
# generate vivlos | It can generate image with correct character features but not enough detail | Way better than
# alpha |"
_JUDGED_LABEL = lazy(r"[ \t*_]*(?:performance|quality|verdict|assessment|observations?)[ \t*_:]*", re.I)
JUDGED_WORDS = 3  # words in each of two cells at least


def _judged_row(cells: list) -> bool:
    if len(cells) < 3 or not _JUDGED_LABEL.fullmatch(cells[0].text):
        return False
    return sum(1 for c in cells[1:] if len(c.text.split()) >= JUDGED_WORDS) >= 2


def _title_names(title: str) -> frozenset[str]:
    """The model's names in its title, lower case: its first word ("camembert" of "CamemBERT: a Tasty French Language
    Model"), and that word's part before a hyphen when written with capitals ("ernie" of "ERNIE-1.0"; not "bert" of
    "bert-base-uncased", another model's name)."""
    first = next(iter(_NAME.findall(title.strip(" #*_[`"))), "")
    if len(first) < 3:
        return frozenset()
    names = {first.lower()}
    head = first.split("-", 1)[0]
    if head != first and len(head) >= 4 and any(c.isupper() for c in head):
        names.add(head.lower())
    return frozenset(names)
