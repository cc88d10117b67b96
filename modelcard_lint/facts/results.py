"""Where a card gives results without an evaluation heading: what ``missing-section`` (MC201) reads as its
evaluation (``coverage`` reads the other topics). Results are read wherever they are: model-index metrics (the Hub
shows them on the model page), a value and its spread as stable-baselines3 writes a mean reward ("262.35 +/-
17.46"), the Trainer's results list, a table with a metric column holding numbers, a table of scores that its
heading or the lines above call results, a set's heading over a percentage, or a metric's value in a sentence ("an
accuracy of 91.3", "84.4 F1", "准确率为92.3%", "98% on the test set", "the overall GLUE score was 77.9"), or a
measured comparison ("4.3x faster").
"""

from __future__ import annotations

import re

from ..card import Card
from ..card.body import Table
from ..hub.vocabulary import metric_items, model_index_results
from .codescores import code_scores
from .lazyre import lazy
from .metricnames import BOUNDED, CORRELATION, LOSS, METRIC, normalize
from .metrics import reported_metrics
from .prose import prose_text
from .tables import cell_sentences, text_above, typed_tables

# (exact match's initials only in capitals: "an EM score of 17"; "em" is Portuguese for "in")
_METRIC = (r"(?:accuracy|acc(?:_norm)?|ppl|f1(?:[- ]score)?|f-score|exact[ -]match|(?-i:EM)|bleu|sacrebleu|"
           r"rouge(?:-?(?:1|2|l|lsum))?|wer|cer|eer|perplexity|precision|recall|auc|mcc|matthews correlation|"
           r"(?:rank )?correlation|spearman|pearson|map|mrr|ndcg(?:@\d+)?|"
           r"(?:word|character|phone|phoneme|equal) error rate|m?iou|map@?\d*(?:-\d+)?|psnr|ssim|mae|rmse|mse|fid|"
           r"auroc|top-?[15](?: accuracy)?|ap(?:50|75)?|r(?:2|²|\^2|-squared)|hmean|win[ -]?rate|success[ -]?rate|"
           r"meteor|cider|chrf\+{0,2}|bertscore)")
# a score, found first (a scan for digits is fast), then read with the words around it: a metric's name before
# it ("an accuracy of **91.3**"), after it ("84.4 F1"), or a named set after it ("98% on the test set")
_SCORE = lazy(r"\d+(?:[.,]\d+)?(?:[ \t]*%)?")  # a score has a decimal part or a percent sign
# (or a score of a named set: "the best validation score achieved is 0.837288")
_NAME_BEFORE = lazy(
    # (or a loss on a named set, or "of" a value: "validation loss at the last step was 2.821", "a loss of 0.398"; the
    # metric's set between them: "Weighted F1 score on hold out test set: This model - 0.97"; or a set's measure as a
    # label, whatever its spelling: "Test set accuray: 0.94", not its size)
    rf"\b(?:(?:{_METRIC}\b(?:[ \t]+score)?(?:[ \t]+on[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?"
    r"(?:set|split|data)\b)?|(?:validation|val|test|dev|evaluation|eval)[ \t_]+(?:set[ \t_]+)?(?:score|loss)(?!\w)"
    r"|(?:validation|test|dev|eval)[ \t_]+set[ \t]+(?!(?:size|ratio|split|fraction|share|samples|examples)\b)"
    r"[a-z]{3,15}(?=[ \t]*[:=])|loss[ \t]+of\b)[^.\n\d]{0,30}?"
    # or the metric over its sets, each named, a year in its name: "BLEU:" over "- newstest2014 = 26.89"
    rf"|{_METRIC}\b[ \t]*:?[ \t]*(?:\n[ \t]*[-*+][ \t]+)?[\w-]{{2,30}}[ \t]*[=:][ \t]*"
    # or a label of results over a list of what each model scores: "Current performance:" over "- mBERT: 52%"
    r"|\b(?:performance|results?|scores?)[ \t]*:[ \t]*(?:\n[ \t]*)?\n[ \t]*[-*+][ \t]+[*_]{0,2}[\w-]{2,30}[*_]{0,2}"
    r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]*[=:][ \t]*"
    # or an agent's reward, often a whole number: "an average reward score of **200+ PTS**", "mean return of 250"
    r"|(?P<reward>(?:average|mean|avg\.?|evaluation|eval)[ \t]+(?:episodic[ \t]+|episode[ \t]+)?(?:reward|return)s?"
    r"(?:[ \t]+score)?[^.\n\d]{0,20}?)"
    # or a score the sentence calls the best or overall one: "the overall GLUE score was 77.9", "The best score: 0.9"
    # (not a loss: a final loss that names no held-out set is the training's, "Final SFT loss: 1.135")
    r"|(?:overall|best|average|final|mean|macro|micro|weighted)[ \t]+(?:[\w-]+[ \t]+)?score[^.\n\d]{0,45}?)\**\Z",
    re.I,
)
_METRIC_NEXT = lazy(rf"[ \t]+{_METRIC}\b", re.I)  # a whole number's metric, straight after it
# (or before it, the number ending its clause: "This model reaches a F1 score of 86.", not "an accuracy of 3 runs")
_METRIC_OF = lazy(rf"\b{_METRIC}(?:[ \t]+score)?[ \t]+(?:of|is|was|=)[ \t]+\**\Z", re.I)
_CLAUSE_END = lazy(r"\**(?:[ \t]*(?:[.;,)]|\n|\Z)|[ \t]+(?:on|in|and)[ \t])")  # ("an EM score of 17 and a ...")
# a measured comparison: "SqueezeBERT is 4.3x faster than bert-base-uncased on a Google Pixel 3"
_TIMES_THAN = lazy(r"[ \t]*(?:x|×|times)[ \t]+(?:faster|quicker|slower|smaller|larger|bigger|fewer|cheaper)"
                   r"[ \t]+than\b", re.I)
# or a change measured against another model: "performance ... only decreases by an average of 2.37% compared to
# ERNIE 2.0 base", "performance improvements of between 0.3% and 31%, absolute, with respect to BERT-large"
_COMPARED = lazy(r"[^.\n\d%]{0,24}?\b(?:compared[ \t]+(?:to|with)|with[ \t]+respect[ \t]+to|relative[ \t]+to|over|"
                 r"than|vs\.?|versus)[ \t]+\S", re.I)
_PERFORMANCE = lazy(r"\b(?:performance|accuracy|scores?|errors?|f1|improvements?|gains?|decreases?|drops?|increases?|"
                    r"better|worse)\b(?:[^.\n]|\.(?=\d))*\Z", re.I)
# (or the change named after it: "achieves a 24.0% improvement over finetuned SOTA on human-written queries")
_GAIN = lazy(r"[ \t]*(?:relative[ \t]+|absolute[ \t]+)?(?:improvement|gain|increase|reduction|decrease|drop)s?\b", re.I)
# (or a few words on: "a 13.5% relative reduction in word error rate")
_NAME_AFTER = lazy(rf"\**[ \t]*(?:[\w-]+[ \t]+){{0,3}}?{_METRIC}\b", re.I)
# a percentage that says what share came out right: "Extraction ~72% exact", "94% accurate", "80% success rate"
# or a count out of a total that came out right: "352/372 planted errors caught", "45 / 50 puzzles solved"
_COUNT_RIGHT = lazy(r"(?<![\w./])(\d{1,9})[ \t]*/[ \t]*(\d{1,9})[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:caught|correct|solved|"
                    r"detected|passed|right|accurate|flagged|answered|recovered|successes|successful)\b", re.I)
# or a count out of a total after a verb of scoring: "The starting model scored 1/32" (not "reached 2/3 of the run")
_COUNT_SCORED = lazy(r"\b(?:scor(?:ed|es|ing)|achieved|achieves|solved|solves|passed|passes|answered|answers)[ \t]+"
                     r"(?:about[ \t]+|around[ \t]+|only[ \t]+|~[ \t]*)?(\d{1,9})[ \t]*/[ \t]*(\d{1,9})(?![\w/.])", re.I)
# or a metric's value given further on in its sentence: "The accuracy of the trained model on ... task was 0.795", a
# link or a count of epochs between ("The **test accuracy after 50 epochs** of the model ... was **81.06%**"; read only
# before a score that a verb of being or reaching introduces)
_VERB_BEFORE = lazy(r"\b(?:was|is|were|are|reached|reaches|achieved|achieves)[ \t]+"
                    r"(?:about[ \t]+|around[ \t]+|~[ \t]*)?[*`]*\Z", re.I)  # ("... was `18.18`")
_METRIC_AHEAD = lazy(rf"\b{_METRIC}\b(?:\]\([^()\s]{{1,200}}\)|\d+[ \t]+(?:epochs?|steps?|iterations?)\b|"
                     r"[^.\n\d]){0,100}\Z", re.I)
# or the share a verb of success takes: "it catches ~82% of seeded bugs", "solves 64% of the puzzles"
_SHARE_DONE = lazy(r"\b(?:catch(?:es)?|detects?|solves?|identifies|identify|finds?|recovers?|"
                   r"answers?|classifies|classify|predicts?)\s+(?:correctly\s+)?(?:~|about\s+|around\s+|"
                   r"over[ \t]+|nearly[ \t]+|roughly[ \t]+|almost[ \t]+)?\Z", re.I)
_SHARE_RIGHT = lazy(r"[ \t]*(?:[\w-]+[ \t]+)?(?:exact|correct|accurate|success(?:ful)?|solved|pass)\b", re.I)
_SET_AFTER = lazy(
    r"\**[^.\n\d]{0,12}\bon[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:(?:test|dev|validation|evaluation|eval|held-out)[ \t]+"
    r"(?:set|split|data)|leaderboard)\b"
    # (or for a set's scores: "can achieve 0.56612 and 0.57057 for public and private test-set scores respectively")
    r"|[ \t]+for[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+(?:and[ \t]+[\w-]+[ \t]+)?)?(?:test|dev|validation|evaluation|eval)"
    r"[ \t-](?:set|split|data)[ \t-]+(?:scores?|results?|accuracy|performance)\b"
    # (or on a task or a benchmark: "reaches 89% on the news classification task", "achieve 79.7, ... on MATH")
    r"|\**[ \t]+(?:respectively[ \t]+)?on[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,4}?(?:task|benchmark)\b"
    # (or a score or a win rate on a named benchmark: "105.7% of ChatGPT score on ...", "80.9% Win-rate on AlpacaEval")
    r"|\**[ \t]*(?:of[ \t]+[\w.-]+(?:'s)?[ \t]+)?(?:score|win[- ]?rate|success[ \t]+rate|pass@\d+)[ \t]+on[ \t]+"
    r"(?:the[ \t]+)?[\[`*]{0,2}(?-i:[A-Z])", re.I)
_METRIC_CELL = lazy(rf"(?:(?:best|final|test|val|dev)[ \t]+){{0,2}}(?:(?:micro|macro|weighted)[- \t]?)?{_METRIC}"
                    r"(?:[ \t]+score)?", re.I)  # ("micro F1", "Best val CER"; a score with a note, "4.17% (epoch 50)")
_SCORE_CELL = lazy(r"(?:\d+[.,]\d+[ \t]*%?|\d+[ \t]*%)(?:[ \t]*\([^()\n]{1,30}\))?")
WINDOW = 48  # characters around a score where its metric is named
_ABOUT = lazy(r"(?:approximately|approx\.|about|around|roughly|nearly|almost|~|≈)[ \t]*\**\Z", re.I)
# a table of scores: at least this many rows, this share of the cells beside the first column scores (one or
# more, "91.5/84.6", "-/80.2"), and no Epoch or Step column (a training log is read as such)
SCORE_ROWS, SCORE_SHARE = 2, 0.6
# (a fraction may drop its zero: ".8704", as some tables of correlations write it)
_SCORES_CELL = lazy(r"(?:\d{0,3}[.,]\d+[ \t]*+%?|\d{1,3}[ \t]*%|-)(?:[ \t]*+/[ \t]*(?:\d{0,3}[.,]\d+[ \t]*+%?|-))*"
                    r"(?:[ \t]*+[(（][ \t]*[-+−±]?[ \t]*\d{1,3}(?:[.,]\d+)?[ \t]*%?[ \t]*[)）])?")
# a column the header marks as a score by the way it is better ("NED ↓", "CompF1 (↑)", "FID (lower is better)")
_BETTER = lazy(r"[↑↓⬆⬇]|\b(?:higher|lower|smaller|larger)[ \t]+is[ \t]+better\b", re.I)
# (and a score still to come, as a table of versions leaves its newest row: "| nanoLLavA-1.5 | TBD | TBD |")
_EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "N/A", "TBD", "tbd", "TBA", "tba", "TODO", "todo", "soon"})
_SET_SCORE = lazy(r"\d{1,3}(?:[.,]\d+)?[ \t]*%|0[.,]\d+")  # a percentage or a fraction, not "3.11"
_SET_HEADING = lazy(r"\b(?:dev|test|validation|eval)\b", re.I)
_RESULTS_WORDS = lazy(r"\b(?:results?|scores?|performance|accuracy|benchmarks?|evaluat\w*|dev|test|outperform\w*)\b"
                      # (and in Spanish, Portuguese, French, German, Italian: "## Desempeño", "conjunto de prueba")
                      r"|\b(?:resultados?|desempeño|desempenho|rendimiento|evaluaci[oó]n|avalia[çc][ãa]o|prueba|teste|"
                      r"résultats?|évaluation|ergebnisse|auswertung|leistung|risultati|valutazione)\b"
                      r"|评测|評測|评估|評估|结果|結果|評価|평가|결과|성능|性能", re.I)
_LOG_HEADER = lazy(r"\b(?:epochs?|steps?)\b", re.I)
# a metric's value in Chinese, Japanese or Korean: "验证损失: 1.578", "准确率为 92.3%", "정확도 0.91"
_CJK_SCORE = lazy(r"(?:准确率|準確率|准确度|準確度|精度|精确率|精確率|召回率|损失|損失|正確率|正解率|適合率|"
                  r"再現率|得分|分数|分數|スコア|정확도|정밀도|재현율|손실|점수)[^\n\d]{0,8}?\d+(?:[.,]\d+)?"
                  # (or a gain in points over another version: "バージョン1よりも1.5〜2ポイントほど精度が高い結果")
                  # (a number read from its first digit only: from each digit of a long run it was read to the end)
                  r"|(?<![\d.,])\d++(?:[.,]\d+)?(?:[ \t]*[〜~～-][ \t]*\d+(?:[.,]\d+)?)?[ \t]*"
                  r"(?:ポイント|个点|個點|%|％)[^。\n]{0,10}?"
                  r"(?:精度|スコア|性能|准确率|準確率|分数|正解率)[^。\n]{0,6}?(?:高|向上|改善|提升|提高)")

_SPREAD = lazy(r"[ \t]*[-+]?\d+(?:\.\d+)?[ \t]*(?:\+/-|±|\+-)[ \t]*\d")


def _index_spread(card: Card) -> bool:
    """Whether a model-index value is a number and its spread, as stable-baselines3 writes a mean reward
    ("262.35 +/- 17.46"): a result the Hub shows, though no number to compare."""
    meta = card.meta
    return meta is not None and any(
        (v := m.get("value")) is not None and v.is_scalar and isinstance(v.value, str) and _SPREAD.match(v.value)
        for _, result in model_index_results(meta) for m in metric_items(result))


def reports_results(card: Card) -> bool:
    """Whether the card gives results: in model-index, the Trainer's list, a table or a sentence."""
    metrics = reported_metrics(card)
    if (any(r.number.finite for r in metrics.index) or metrics.headline is not None or metrics.tables
            or _index_spread(card)):
        return True
    for table in typed_tables(card):
        for col in table.value_columns:
            # a metric, or a held-out loss ("Validation Loss", as the Trainer's own results list), not the training loss
            if ((col.kind != LOSS and col.name.metric) or (col.kind == LOSS and col.name.split in ("eval", "test"))) \
                    and any(v.number.finite for v in col.numbers()):
                return True
    if (_table_scores(card) or _headed_scores(card) or _tab_separated_scores(card) or _test_measures(card)
            or _html_scores(card) or code_scores(card)):
        return True
    # (the sentences of the card, and those in a table's cells: "| Stage 1 | 10 epochs. Final val_loss ≈ 0.23 |")
    return _states_score(prose_text(card)) or _states_score(cell_sentences(card))

# a measure the metric names do not know, on the test set: "| Test-Set (WHAMR!) average l1 error |", "| Test PESQ |"
_TEST_MEASURE = lazy(r"\btest(?:[ -]?set)?\b[^|\n]{0,60}?\b(?:error|score|rate|distance|similarity)\b"
                     r"|\b(?:test|dev|eval)(?:[ -]?set)?[ \t]+(?-i:[A-Z][A-Z0-9]{1,7})(?:-[A-Za-z0-9]+)?[ \t]*\Z", re.I)
_NUMBER_CELL = lazy(r"[ \t*_]*[-+]?\d+(?:[.,]\d+)?[ \t]*(?:%|db|[a-z]{1,3})?[ \t*_]*\Z", re.I)

_GLOSS = lazy(r"[ \t]*\([^()\n]{1,40}\)\Z")  # a metric's name spelt out after it: "WER (word error rate)"


def _metric_and_score(texts: list[str]) -> bool:
    """Whether a row names a metric, with its name spelt out after it, and gives a score."""
    return (any("(" in t and _METRIC_CELL.fullmatch(_GLOSS.sub("", t)) for t in texts)
            and any(_SCORE_CELL.fullmatch(t) for t in texts))


def _test_measures(card: Card) -> bool:
    """Whether a table has a column headed by a measure on the test set and a number under it."""
    for table in card.body.tables:
        for i, cell in enumerate(table.header):
            if _TEST_MEASURE.search(cell.text) and any(
                    i < len(row.cells) and _NUMBER_CELL.match(row.cells[i].text) for row in table.rows):
                return True
    return False


def _states_score(text: str) -> bool:
    """Whether ``text`` gives a score: a number its metric or its evaluation set names, in a sentence or a label."""
    if not text:
        return False
    if not text.isascii() and _CJK_SCORE.search(text):
        return True
    if "/" in text and any(int(m[1]) <= int(m[2]) for pattern in (_COUNT_RIGHT, _COUNT_SCORED)
                           for m in pattern.finditer(text)):  # (not a date, "12/05")
        return True
    low = text.lower()
    rewards = "reward" in low or "return" in low
    for m in _SCORE.finditer(text):
        start = m.start()
        if _TIMES_THAN.match(text, m.end()) or (m.group().endswith("%") and _COMPARED.match(text, m.end()) and (
                _PERFORMANCE.search(text, max(0, start - 2 * WINDOW), start) or _GAIN.match(text, m.end()))):
            return True
        whole = (not m.group().endswith("%") and "." not in m.group() and "," not in m.group()
                 and not (start and text[start - 1] == "%"))  # "%94", as Turkish and others write a percentage
        if whole and not _METRIC_NEXT.match(text, m.end()) and not (  # "gains of up to 6 ROUGE": its name next
                len(m.group()) <= 3 and int(m.group()) <= 100 and _CLAUSE_END.match(text, m.end())
                and _METRIC_OF.search(text, max(0, start - WINDOW), start)):
            # a count, a year, a step ("3 epochs", "2019"), but an agent's reward ("average reward of 200")
            before = _NAME_BEFORE.search(text, max(0, start - WINDOW), start) if rewards else None
            if before is None or before.group("reward") is None:
                continue
        lead = start
        while lead > 0 and lead > start - 2 and text[lead - 1] in "*`":
            lead -= 1
        if lead > 0 and (text[lead - 1].isalnum() or text[lead - 1] in "._"):
            continue  # inside a word or a version: "v1.1", "x2.5"
        if (about := _ABOUT.search(text, max(0, lead - 16), lead)) is not None:
            lead = about.start()  # (the metric is named before the word: "ROC–AUC score ... is approximately **0.75**")
        if (_NAME_BEFORE.search(text, max(0, lead - WINDOW), lead) or _NAME_AFTER.match(text, m.end())
                or _SET_AFTER.match(text, m.end())
                or (_VERB_BEFORE.search(text, max(0, lead - 24), lead)
                    and _METRIC_AHEAD.search(text, max(0, lead - 140), lead))
                or (m.group().endswith("%") and (
                    _SHARE_RIGHT.match(text, m.end()) or _SHARE_DONE.search(text, max(0, lead - WINDOW), lead)))):
            return True
    return False

_SCORE_ROW = lazy(r"(?:scores?|results?|performance|accuracy)", re.I)


def _table_scores(card: Card) -> bool:
    """Whether a table gives results without naming a metric in its header: a row names a metric in a cell and
    gives a score in another (``| WER | 3.16 | 7.71 |``, ``| NER | F1 | 70.9 |``), or most of the cells beside
    the first column are scores (``| RoBERTa-base | 91.5/84.6 | 87.6 |``, the columns naming the benchmarks), or a
    column whose header says which way is better holds one (``| NED ↓ |`` over ``0.942``)."""
    for table in card.body.tables:
        if any(_LOG_HEADER.search(c.text) for c in table.header):
            continue  # a training log is read as one (``reports_results``)
        # a column of metrics beside a column of values ("| Métrica | Valor |" over "| Exactitud / F1 macro | 0.969 /
        # 0.968 |"): the values are results, whatever the metrics' names
        valued = [i for i, c in enumerate(table.header) if _VALUE_HEADER.fullmatch(c.text.strip(" *_"))]
        if valued and any(_METRIC_HEADER.fullmatch(c.text.strip(" *_")) for c in table.header) and any(
                i < len(row.cells) and _SCORES_CELL.fullmatch(row.cells[i].text.strip(" *_`"))
                for row in table.rows for i in valued):
            return True
        # (two columns only as models beside one score each: "| Model | Arena-Hard |" over "| GPT-4o | 79.2% |")
        share = len(table.rows) >= SCORE_ROWS and (
            (len(table.header) > 2 and (_introduced(card, table) or _compares_models(card, table)))
            or (len(table.header) == 2 and len(table.rows) > SCORE_ROWS and _compares_models(card, table)
                and not _RELEASE_HEADER.search(table.header[1].text)))
        if len(table.rows) == 1 and len(table.header) >= 2 and _one_row(card, table):  # (called scores above it)
            return True
        better = [i for i, c in enumerate(table.header) if _BETTER.search(c.text)]
        measured = {i for i, c in enumerate(table.header) if i and _MEASURES_HEADER.search(c.text)}
        scores = cells = 0
        # (a header that is itself the row: "| WER (word error rate) | 5.67 |", "| Exact Match | 47.44 |" over its
        # delimiter row alone: a metric's name and a score, its two cells)
        head = [c.text.replace("*", "").strip(" _`") for c in table.header]
        if not table.rows and (_metric_and_score(head) or (
                len(head) == 2 and _METRIC_CELL.fullmatch(head[0]) and _SCORE_CELL.fullmatch(head[1]))):
            return True
        for row in table.rows:
            texts = [_CELL_TAG.sub("", cell.text).replace("*", "").strip(" _`") for cell in row.cells]  # ("<sup>6.3")
            if _metric_and_score(texts):
                return True
            if (any(_METRIC_CELL.fullmatch(t) or _HELD_OUT_LABEL.fullmatch(t) for t in texts)
                    and any(_SCORE_CELL.fullmatch(t) for t in texts)):
                return True
            if any(i < len(texts) and _SCORES_CELL.fullmatch(texts[i]) for i in better):
                return True
            if (texts and _SCORE_ROW.fullmatch(texts[0]) and len(texts) >= 3
                    and sum(bool(_SCORES_CELL.fullmatch(t)) for t in texts[1:]) >= 2):
                return True  # a row of scores, the benchmarks in the header: "| Score | 70.84 | 46.71 | 58.97 |"
            if (len(table.rows) >= 2 and texts and _THIS_MODEL.search(texts[0])
                    and any(_SCORES_CELL.fullmatch(t) for t in texts[1:])
                    and not any(_MEASURES_HEADER.search(c.text) for c in table.header[1:])):
                return True  # the card's own model scored beside others: "| **+ this adapter** | **2.79** |"
            if share:
                # (not the names beside them: a link, a repository's id, "| Shitao/RetroMAE |", "| [x/y](...) |")
                filled = [t for i, t in enumerate(texts) if i and i not in measured and t not in _EMPTY_CELLS
                          and "](" not in t and not (t.count("/") == 1 and " " not in t and not t[:1].isdigit())]
                cells += len(filled)
                scores += sum(1 for t in filled if _SCORES_CELL.fullmatch(t))
        if share and scores >= max(SCORE_ROWS, SCORE_SHARE * cells):
            return True
    return False

_CELL_TAG = lazy(r"</?(?:sup|sub|b|i|strong|em|span|small|code)\b[^<>\n]{0,200}>", re.I)
# a row that names the card's own model in a table that compares it ("| **+ this adapter** | **2.79** |"; not "Ours")
_THIS_MODEL = lazy(r"\b(?:this|our)[ \t]+(?:model|adapter|lora|checkpoint|fine-?tune|drafter|version)\b"
                   r"|\((?:ours|our[ \t]+model|this[ \t]+work)\)", re.I)  # ("| macbert-large (ours) | 70.45 |")


# a table that compares models by a score on each column ("| Model | English | Spanish |"), not by sizes or speeds
# (in Chinese, Japanese or Korean too, or beside what the columns are: "模型/数据集", model / dataset)
_MODELS_HEADER = lazy(r"[ \t*_]*(?:models?|methods?|systems?|checkpoints?|模型|方法|モデル|모델)"
                      r"(?:[ \t]*/[ \t]*[^|/\n]{1,20})?[ \t*_]*", re.I)
_MEASURES_HEADER = lazy(r"param|size|layer|hidden|head|token|\b[gmkt]i?b\b|ram|memory|latency|speed|time|throughput|"
                        r"bits?\b|date|year|context|length|dim|vocab|flops|cost|price|download", re.I)
# (the same as whole words in the lines above a table: "two distinctly parameterized encoders" calls nothing a measure)
_MEASURES_ABOVE = lazy(r"\b(?:param(?:eter)?s?|sizes?|layers?|hidden|heads?|tokens?|[gmkt]i?b|ram|memory|latency|speed|"
                       r"times?|throughput|bits?|dates?|years?|context|lengths?|dim(?:ension)?s?|vocab(?:ulary)?|flops|"
                       r"costs?|prices?|downloads?)\b", re.I)


def _compares_models(card: Card, table: Table) -> bool:
    """Whether a table compares models by a score in each column: the first header cell names them, as many columns
    at least are no measures as are (their scores are read, the sizes beside them are not: "| Model | Vocabulary(K) |
    Params(M) | SQuAD 2.0(F1/EM) | MNLI-m/mm(ACC) |"; not "| Model | Params (B) | Layers | Avg |"), and the lines just
    above do not call the numbers measures ("Average lengths in tokens")."""
    measures = sum(1 for c in table.header[1:] if _MEASURES_HEADER.search(c.text))
    return (bool(table.header) and _MODELS_HEADER.fullmatch(table.header[0].text) is not None
            and len(table.header) - 1 - measures >= max(measures, 1)
            and not _MEASURES_ABOVE.search(text_above(card, table)))


# (a column of versions or dates beside models is no score: "| Model | Version |" over "| base | 1.5 |")
_RELEASE_HEADER = lazy(r"version|release|updated|revision|\bv\b|版本", re.I)
_METRIC_HEADER = lazy(r"metrics?|métricas?|métriques?|metriken|metrik|metriche|metrica|指标|指標|メトリクス|지표", re.I)
_VALUE_HEADER = lazy(r"values?|valor(?:es)?|valeurs?|werte?|valori|valore|scores?|results?|数值|値|값|结果", re.I)


# a cell of an HTML table, its text to the next cell, inline marks dropped ("micro F<sub>1</sub>", "Score<br>")
_HTML_CELL = lazy(r"<t[hd]\b[^<>]{0,300}>((?:[^<]|<(?!/?t[hdr]\b)[^<>\n]{0,20}>){0,80})", re.I)


def _html_scores(card: Card) -> bool:
    """Whether an HTML table names a metric in a cell and gives scores in two others (``<td>micro F1</td>`` over
    ``<td>0.7281</td>``)."""
    for b in card.body.walk():
        if b.kind != "html" or "<t" not in b.text:
            continue
        cells = [re.sub(r"<[^<>\n]{0,20}>", "", m.group(1)).strip(" \t\n*_") for m in _HTML_CELL.finditer(b.text)]
        if any(_METRIC_CELL.fullmatch(t) for t in cells) and sum(1 for t in cells if _SCORE_CELL.fullmatch(t)) >= 2:
            return True
    return False


def _headed_scores(card: Card) -> bool:
    """Whether a section headed by an evaluation set holds a score alone ("## STS dev (german)" over
    "87.9%"), a percentage or a fraction (not a version: "## Dev setup" over "3.11")."""
    if not any(_SET_HEADING.search(h.text) for h in card.body.headings):
        return False
    for section in card.body.sections():
        if section.heading is None or not _SET_HEADING.search(section.title):
            continue
        for b in section.blocks:
            if b.kind == "paragraph" and _SET_SCORE.fullmatch(b.text.strip(" *_`")):
                return True
    return False


def _introduced(card: Card, table: Table) -> bool:
    """Whether the table's section heading, or the lines just above it, call it results ("We present the dev
    results on SQuAD 1.1/2.0"): a table of decimals is also a table of statistics or sizes."""
    title = table.section.title if table.section is not None else ""
    return _RESULTS_WORDS.search(title + "\n" + text_above(card, table)) is not None


def _one_row(card: Card, table: Table) -> bool:  # (called results above it; its first cell a name among 3 or more)
    scored = [_SCORES_CELL.fullmatch(c.text.strip(" *_`")) is not None for c in table.rows[0].cells]
    return _introduced(card, table) and len(scored) >= 2 and all(scored[1:]) and (scored[0] or len(scored) >= 3)


# (a held-out loss as a row's label, "| Final Val Loss | 1.04 |", or a pasted log's header cell; not the training loss)
_HELD_OUT_LABEL = lazy(r"(?:(?:final|best|last|lowest)[ \t]+)?(?:validation|val|eval|evaluation|test|dev)[ \t_]+loss",
                       re.I)
_NUMBER_CELL = lazy(r"-?\d+(?:[.,]\d+)?%?")


def _tab_separated_scores(card: Card) -> bool:
    """Whether the card holds a table pasted as tab-separated lines, as a notebook shows the Trainer's log
    ("Epoch<TAB>Training Loss<TAB>Validation Loss<TAB>F1" over "1<TAB>0.115400<TAB>0.099458<TAB>0.888763"), or as the
    comma-separated file an evaluator writes (sentence-transformers' "epoch,steps,cosine_pearson,cosine_spearman"
    over "0,1000,0.594,0.601"): a header of three cells or more that names a metric or a held-out loss, then a line
    of as many numbers."""
    if "\t" not in card.text and "," not in card.text:
        return False
    header = 0
    for line in card.lines[card.body_line :]:
        # (comma-separated only as a file writes it, without spaces: not a sentence)
        sep = "\t" if "\t" in line else "," if "," in line and " " not in line.strip() else ""
        cells = [c.strip() for c in line.split(sep) if c.strip()] if sep else []
        if len(cells) < 3:
            header = 0
        elif header == len(cells) and all(_NUMBER_CELL.fullmatch(c) for c in cells):
            return True
        else:
            named = any(_METRIC_CELL.fullmatch(c) or _HELD_OUT_LABEL.fullmatch(c) or _result_column(c)
                        for c in cells)
            header = len(cells) if named else 0
    return False


def _result_column(cell: str) -> bool:
    """Whether a column's name is a metric's or a held-out loss's ("cosine_pearson", "eval_loss")."""
    name = normalize(cell[:80])
    return name.kind in (BOUNDED, CORRELATION, METRIC) or (name.kind == LOSS and name.split in ("eval", "test"))
