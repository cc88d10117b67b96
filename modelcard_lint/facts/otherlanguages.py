"""Training-data and intended-use statements in the other languages whose headings ``missing-section`` (MC201)
reads, for ``coverage.states_training_data`` and ``purpose.states_intended_use``.

Training data: a verb of training, its preposition and a name in Spanish, French, Portuguese, German and Italian
("Entrenado por 3 epochs sobre CC-NEWS-ES", "entraîné sur OSCAR"); in Chinese, Japanese and Korean, written without
spaces or with particles, a word for training within a few characters of a word for a corpus or a dataset
("基于有赞商品评论语料训练的bert模型", "KorSTS, KorNLI 학습 데이터셋으로", "日本語Wikipediaのコーパスで学習").

Intended uses: what the model "can be used for" or is "designed for" ("puede usarse para", "peut être utilisé
pour", "kann für ... verwendet werden", "может использоваться для", "可用于", "に利用できます", "사용할 수 있습니다").
"""

from __future__ import annotations

import re

from .lazyre import lazy

# what a model is trained on that is no data: "on 8 GPUs", "on a single TITAN RTX", "on 20/12/2021"; read as
# the name's look-ahead, so that a later "on" is tried ("finetuned on 20/12/2021 in Google Colab from [X](...)
# on the dataset [Y](...)")
NO_DATA = (
    r"(?:\S+[ \t]+){0,3}?(?:gpu\w*|tpu\w*|cpus?|v100s?|a100s?|h100s?|titan|rtx|nvidia|tesla|colab|google cloud|"
    r"cores?|nodes?|machines?(?![ \t-]*translat)|instances?|clusters?)\b"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
)

# the same statement in the languages whose headings missing-section reads: a verb of training, its preposition and a
# name ("Entrenado por 3 epochs sobre CC-NEWS-ES", "entraîné sur OSCAR", "treinado com o corpus BrWaC", "trainiert
# auf Wikipedia", "addestrato su Wikipedia")
_STEMS = ("entrena", "ajustad", "afinad", "treinad", "entraîn", "affin", "trainiert", "abgestimmt", "addestrat")
_TRAINED = lazy(
    r"\b(?:(?:pre-?)?entrenad[oa]s?|ajustad[oa]s?|afinad[oa]s?|(?:pré-?)?treinad[oa]s?|(?:pré-?)?entraîné(?:e?s?)|"
    r"affiné(?:e?s?)|(?:vor|fein)?trainiert|feinabgestimmt|(?:pre-?)?addestrat[oi])\b"
    r"[^.\n]{0,40}?\b(?:sobre|en|con|em|com|no|na|sur|avec|auf|mit|su|con)[ \t]+"
    rf"(?!{NO_DATA})(?:(?:el|la|los|las|o|a|os|as|le|les|l'|dem|den|der|il|lo|i)[ \t]+)?(?:\w+[ \t]+){{0,3}}?"
    r"(?-i:[A-Z0-9\[])",
    re.I,
)
# in Chinese, Japanese and Korean: a word for training this close to one for a corpus, a dataset or data, either
# way round
_CJK_TRAIN = (r"(?:预训练|預訓練|训练|訓練|微调|微調|事前学習|学習|ファインチューニング|"
              r"사전\s?학습|학습|훈련|파인\s?튜닝)")
_CJK_DATA = (r"(?:语料|語料|数据集|數據集|数据|數據|資料集|样本|樣本|コーパス|データセット|データ|サンプル|"
             r"데이터셋|데이터|말뭉치|코퍼스)")
_CJK = lazy(rf"{_CJK_TRAIN}[^。.\n]{{0,12}}?{_CJK_DATA}|{_CJK_DATA}[^。.\n]{{0,12}}?{_CJK_TRAIN}")


def trained_in_other_languages(text: str) -> bool:
    """Whether ``text`` says, in one of these languages, what the model was trained on."""
    low = text.lower()
    if any(stem in low for stem in _STEMS) and _TRAINED.search(text) is not None:
        return True
    return not text.isascii() and _CJK.search(text) is not None


# what the model can be used for, or was made for, in those languages
_USE = lazy(
    r"\b(?:se[ \t]+)?(?:puede|pueden|pode|podem|peut|peuvent|può|possono|может|могут|можно)[ \t]+"
    r"(?:ser[ \t]+|être[ \t]+|essere[ \t]+)?(?:usad|utilizad|empregad|usar|utilizar|utilis|employ|usat|usare|utilizzat|"
    r"utilizzare|использ)\w*[ \t]+(?:para|pour|per|для)\b"
    r"|\b(?:kann|können)[ \t]+[^.\n]{0,80}?[ \t](?:verwendet|genutzt|eingesetzt)[ \t]+werden\b"
    r"|\b(?:diseñad|pensad|destinad|concebid|conçu|destiné|pensat|destinat|progettat|предназначен)\w*[ \t]+"
    r"(?:para|pour|per|для)\b|\b(?:entwickelt|gedacht|bestimmt)[ \t]+für\b"
    r"|可用于|可以用于|适用于|可用於|可以用於|適用於|僅供|仅供|专为|專為|に(?:利用|使用|活用)(?:でき|可能)|に使え|"
    r"(?:사용|활용)할[ \t]*수[ \t]*있",
    re.I,
)
_USE_STEMS = ("usa", "utili", "empreg", "employ", "verwend", "genutzt", "eingesetzt", "использ", "diseñ", "pensad",
              "destin", "conç", "concebid", "progettat", "предназнач", "entwickelt", "gedacht", "bestimmt",
              "用于", "用於", "僅供", "仅供", "专为", "專為", "利用", "使用", "活用", "使え", "사용", "활용")


def intended_in_other_languages(text: str) -> bool:
    """Whether ``text`` says, in one of these languages, what the model can be used or was made for."""
    low = text.lower()
    return any(stem in low for stem in _USE_STEMS) and _USE.search(text) is not None
