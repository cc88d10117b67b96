"""Training-data and intended-use statements in the other languages whose headings ``missing-section`` (MC201)
reads, for ``coverage.states_training_data`` and ``purpose.states_intended_use``.

Training data: a verb of training, its preposition and a name in Spanish, French, Portuguese, German and Italian
("Entrenado por 3 epochs sobre CC-NEWS-ES", "entraîné sur OSCAR"); in Chinese, Japanese and Korean, written without
spaces or with particles, a word for training within a few characters of a word for a corpus or a dataset
("基于有赞商品评论语料训练的bert模型", "KorSTS, KorNLI 학습 데이터셋으로", "日本語Wikipediaのコーパスで学習").

Intended uses: what the model "can be used for" or is "designed for" ("puede usarse para", "peut être utilisé
pour", "kann für ... verwendet werden", "может использоваться для", "可用于", "に利用できます", "사용할 수 있습니다",
and in Indonesian, Turkish and Vietnamese: "dapat digunakan untuk", "için kullanılabilir", "có thể được sử dụng để").

Caveats, for ``caveats.states_caveat``: a model for research or study only ("solo para fines de investigación",
"nur für Forschungszwecke", "仅供学习使用", "研究目的のみ", "연구 목적으로만"), results not guaranteed ("Nous ne
garantissons pas les résultats", "不保证", "保証しません"), a use forbidden ("no debe usarse para", "请勿用于"), and
biases, errors or limitations the model may show ("puede contener sesgos", "peut produire des erreurs").
"""

from __future__ import annotations

import re

from ..hub.languages import language_fix
from .lazyre import lazy

# what a model is trained on that is no data: "on 8 GPUs", "on a single TITAN RTX", "on 20/12/2021"; read as the
# name's look-ahead, so that a later "on" is tried ("finetuned on 20/12/2021 in Google Colab from [X](...) on [Y](...)")
NO_DATA = (
    r"(?:\S+[ \t]+){0,3}?(?:gpu\w*|tpu\w*|cpus?|v100s?|a100s?|h100s?|titan|rtx|nvidia|tesla|colab|google cloud|"
    r"cores?|nodes?|machines?(?![ \t-]*translat)|instances?|clusters?)\b"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    # (or how long: "fine-tuned on sentiment classification for 3 epochs")
    r"|\d[\d.,]*[ \t]*(?:epochs?|steps?|iterations?|rounds?|hours?[ \t]+on)\b(?![ \t]+of\b)"
)

# the same statement in the languages whose headings missing-section reads: a verb of training, its preposition and a
# name ("Entrenado por 3 epochs sobre CC-NEWS-ES", "entraîné sur OSCAR", "treinado com o corpus BrWaC", "trainiert
# auf Wikipedia", "addestrato su Wikipedia")
# (and in Swedish, Dutch, Russian and Indonesian: "Träna CodeBert med JavaFx ...", "getraind op SoNaR", "обучена на
# Wikipedia", "dilatih menggunakan OSCAR")
_STEMS = ("entren", "ajustad", "afinad", "trein", "entraîn", "affin", "trainiert", "abgestimmt", "addestrat", "träna",
          "finjuster", "getraind", "getrained", "gefinetuned", "обучен", "обучали", "dilatih", "trénovan")
_TRAINED = lazy(
    r"\b(?:(?:pre-?)?entrenad[oa]s?|entren(?:aron|ó|amos)|trein(?:aram|ou|amos)|ajustad[oa]s?|afinad[oa]s?|"
    r"(?:pré-?)?treinad[oa]s?|(?:pré-?|ré-?)?entraîné(?:e?s?)|"
    r"affiné(?:e?s?)|(?:vor|fein)?trainiert|feinabgestimmt|(?:pre-?)?addestrat[oi]|"
    r"(?:för)?träna(?:d|de|t|des)?|finjusterad?e?|getraind|getrained|gefinetuned|(?:до)?обучен[аоы]?|(?:до)?обучали|"
    r"dilatih|(?:na)?trénovan[ýáéí])\b"
    # (a model's id or a link between: "versão ajustada do [neuralmind/...](https://...) no conjunto de dados OLID-BR")
    r"(?:[^.\n]|\.(?=[\w/])){0,160}?\b(?:sobre|en|con|em|com|no|na|sur|avec|auf|mit|su|con|på|med|op|met|на|pada|"
    r"dengan|menggunakan|utilizando|usando|mediante|utilisant|utilizzando)"
    r"[ \t]+"
    rf"(?!{NO_DATA})(?:(?:el|la|los|las|o|a|os|as|le|les|l'|dem|den|der|il|lo|i)[ \t]+)?(?:\w+[ \t]+){{0,3}}?"
    # (or a word for data: "treinado com dados sintéticos", "entrenado con datos de ...")
    r"(?:[\"'“«*_`]{0,2}(?-i:[A-Z0-9\[])|[*_]{0,2}(?:dados|datos|données|daten|dati|corpus)\b)",
    re.I,
)
# in Chinese, Japanese and Korean: a word for training this close to one for a corpus, a dataset or data, either
# way round
_CJK_TRAIN = (r"(?:预训练|預訓練|训练|訓練|微调|微調|事前学習|学習|ファインチューニング|"
              r"사전\s?학습|학습|훈련|파인\s?튜닝|미세\s?조정)")
# (and material, as image models call their pictures: "训练素材中不包含任何真人素材")
_CJK_DATA = (r"(?:语料|語料|数据集|數據集|数据|數據|資料集|样本|樣本|素材|コーパス|データセット|データ|サンプル|"
             r"데이터셋|데이터|말뭉치|코퍼스)")
_CJK = lazy(rf"{_CJK_TRAIN}[^。.\n]{{0,12}}?{_CJK_DATA}|{_CJK_DATA}[^。.\n]{{0,12}}?{_CJK_TRAIN}"
            # (or by its name, in Latin letters: "训练自h-corpus-2023", "在 SQuAD 上微调")
            rf"|{_CJK_TRAIN}(?:自|于|於)[ \t]*[A-Za-z]"
            rf"|在[^。\n]{{0,30}}?(?:\[[^\]\n]{{1,80}}\]\([^)\s]{{0,300}}\)|[A-Za-z][\w./-]*)[ \t]*上(?:进行|進行)?"
            rf"{_CJK_TRAIN}"
            # (or the English words with Korean or Japanese particles: "크롤링한 dataset으로 MLM fine-tuning한")
            rf"|(?i:dataset|data|corpus)(?:으로|로|을|를|で|を)[^。.\n]{{0,20}}?(?:{_CJK_TRAIN}|(?i:fine-?tu|train))"
            # (or the English word for the data or the training beside the other in Chinese: "利用THUC dataset
            # 訓練的文章分類器", "1.6M的数据集，在env-bert-chinese上进行fine-tuning")
            rf"|(?i:dataset|corpus)[^。.\n]{{0,12}}?{_CJK_TRAIN}|{_CJK_TRAIN}[^。.\n]{{0,12}}?(?i:dataset|corpus)"
            rf"|{_CJK_DATA}[^。\n]{{0,30}}?(?:进行|進行)[ \t]*(?i:fine-?tun|pre-?train|train)"
            # (or a named set a line of training details says it was on: "- 在Wider Face数据集上使用SGD优化器，...，
            # 训练了80个epoch")
            rf"|在[ \t]*[A-Za-z][\w .-]{{0,40}}?{_CJK_DATA}[ \t]*上[^\n]{{0,120}}?{_CJK_TRAIN}"
            # (or the training items counted: "학습 47개 수식", 47 formulas of training; "训练 5000 条")
            rf"|{_CJK_TRAIN}[ \t]*\d[\d,]*[ \t]*(?:개|장|건|件|条|條|個|枚|句|张|張)"
            # (or images counted as labelled or collected, in Korean: "현장에서 직접 라벨링한 팔레트 402장")
            r"|(?:라벨링한|라벨링된|수집한|촬영한)[^。.\n]{0,20}?\d[\d,]*[ \t]*장"
            # (or the data said to have been used: "[AIHub 한국어 대화요약](...) 데이터를 사용하였습니다")
            rf"|{_CJK_DATA}(?:를|을)[ \t]*(?:사용하였|사용했|활용하였|활용했)"
            rf"|{_CJK_DATA}を(?:使用|利用)し(?:ました|た)"
            # (or the tokens it was trained on, counted: "经过约 1T 标识符的中英双语训练")
            # (one run of blanks at most between the parts: two runs side by side made a long run of tabs quadratic)
            rf"|(?<![\d.,])\d[\d.,]*[ \t]*(?:(?:[KMBTkmbt]|万|亿|億)[ \t]*)?"
            rf"(?:标识符|標識符|(?i:tokens?)|词元|詞元|トークン|토큰)"
            rf"[^。.\n]{{0,12}}?{_CJK_TRAIN}")


# (in Russian, training as a noun and data of a kind, unnamed: "произведено дообучение (Continued pretraining) на
# русскоязычном корпусе", further training on a Russian-language corpus)
_TRAINING_ON_DATA = lazy(r"\b(?:до|пред)?обучени[еяю]\b[^.\n]{0,60}?\b(?:на|по)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                         r"(?:корпус\w*|данных|датасет\w*|наборе?[ \t]+данных)", re.I)


# (or what was used to train it: "Las variables utilizadas para entrenar el modelo ... son:", "les données utilisées
# pour entraîner le modèle", "i dati usati per addestrare il modello")
_USED_TO_TRAIN = lazy(r"\b(?:utilizad|usad|emplead|empregad|utilis|utilizzat|usat)\w*[ \t]+(?:para|pour|per)[ \t]+"
                      r"(?:entrenar|treinar|entra[iî]ner|addestrare)\b", re.I)


def trained_in_other_languages(text: str) -> bool:
    """Whether ``text`` says, in one of these languages, what the model was trained on."""
    low = text.lower()
    if any(stem in low for stem in _STEMS) and (_TRAINED.search(text) or _USED_TO_TRAIN.search(text)) is not None:
        return True
    if "обучени" in low and _TRAINING_ON_DATA.search(text) is not None:
        return True
    return not text.isascii() and _CJK.search(text) is not None


# what the model can be used for, or was made for, in those languages
# tasks by their Chinese names (simplified and traditional)
_ZH_TASKS = ("对话|對話|问答|問答|摘要|翻译|翻譯|分类|分類|生成|识别|識別|检测|檢測|写作|寫作|编程|編程|代码|代碼|"
             "检索|檢索|抽取|提取|分割|嵌入|推理|标注|標注|排序|聚类|聚類|预测|預測")
_USE = lazy(
    r"\b(?:se[ \t]+)?(?:puede|pueden|pode|podem|peut|peuvent|può|possono|может|могут|можно)[ \t]+"
    r"(?:ser[ \t]+|être[ \t]+|essere[ \t]+)?(?:usad|utilizad|empregad|usar|utilizar|utilis|employ|usat|usare|utilizzat|"
    r"utilizzare|использ)\w*[ \t]+(?:para|pour|per|для|dans|en|in|nel|nei|во?)\b"
    r"|\b(?:kann|können)[ \t]+[^.\n]{0,80}?[ \t](?:verwendet|genutzt|eingesetzt)[ \t]+werden\b"
    # (the purpose of the model: "O propósito deste modelo, inicialmente, é para ser usado com o servidor do KoboldAI",
    # "El objetivo de este modelo es")
    r"|\b(?:o|el|le|il|lo)[ \t]+(?:propósito|proposito|objetivo|but|objectif|scopo)[ \t]+(?:deste|de[ \t]+este|"
    r"de[ \t]+ce|di[ \t]+questo)[ \t]+mod(?:elo|èle|ello)\b[^.\n]{0,40}?[ \t,](?:é|es|est|è)(?![\w])"
    r"|\b(?:diseñad|pensad|destinad|concebid|conçu|destiné|pensat|destinat|progettat|projetad|proyectad|"
    r"предназначен)\w*[ \t]+"
    r"(?:para|pour|per|для|como|comme|come)\b|\b(?:entwickelt|gedacht|bestimmt)[ \t]+für\b"
    # (what it aims at: "vise à aider acheteurs et vendeurs à estimer un prix juste", "destinado a", "tiene como
    # objetivo", "a pour but de")
    r"|\b(?:destiné|destine|destinado|destinada)s?[ \t]+(?:à|a)\b|\bvise[ \t]+[àa][ \t]+\w+(?:er|ir|re)\b"
    r"|\b(?:tiene|tem)[ \t]+como[ \t]+(?:objetivo|finalidad|finalidade)\b"
    # ("con el objetivo de integrarlo con sistemas embebidos", "dans le but de", "allo scopo di"; in Czech, "Určeno pro
    # zábavu", intended for fun)
    r"|\b(?:con|com)[ \t]+(?:el|o|la|a)[ \t]+(?:objetivo|finalidad|finalidade|prop[oó]sito)[ \t]+de\b"
    r"|\bdans[ \t]+le[ \t]+but[ \t]+(?:de|d['’])|\b(?:allo|con[ \t]+lo)[ \t]+scopo[ \t]+di\b"
    r"|\burčen[oaýé]?[ \t]+(?:pro|k)\b"
    # (in Arabic, what it is used for: "هذا النموذج يستخدم للتنبؤ بسعر السيارة المستخدمة", used to predict the price)
    r"|(?:يستخدم|يُستخدم|تستخدم|تُستخدم)[ \t]+(?:ل|في[ \t])"
    r"|\ba[ \t]+pour[ \t]+(?:but|objectif)[ \t]+(?:de|d['’])"
    r"|可用于|可以用于|适用于|可用於|可以用於|適用於|僅供|仅供|专为|專為|(?:只|仅|僅)(?:能)?(?:用于|用於)|に(?:利用|使用|活用)(?:でき|可能)|に使え|"
    # (the tasks or purposes it is to be used for: "特定のタスクに利用するには", "用途にのみ利用")
    r"(?:タスク|用途)に(?:のみ)?(?:利用|使用|活用)|"
    # (what it was made or tuned for: "個人的な普段遣いのためにマージしたモデル", "女の子を出力するように調整")
    r"のために[^。\n]{0,10}?(?:マージ|作成|作っ|調整|学習|訓練)し|を(?:出力|生成|描画)するように(?:調整|学習|訓練)|"
    r"(?:사용|활용)할[ \t]*수[ \t]*있"
    # (what it was aimed at, its purpose: "...상황을 겨냥했다", "것이 목적이었다", "툴콜 사용성을 목표로", "を目指す")
    r"|겨냥(?:했|한|하였|합니)|것이[ \t]*목적(?:이었|입니|이다)|[을를][ \t]*목표로|を目指(?:す|し|した)"
    # (Russian, the task it was trained for: "которая был fine-tuned на задачу __sentiment classification__")
    r"|(?:fine-?tuned|обучен\w*|дообучен\w*)[ \t]+(?:для|на)[ \t]+задач"
    # or the needs of tasks it meets: "能满足更长的多轮对话、知识问答与摘要等需求"
    r"|满足[^。\n]{0,40}?(?:对话|對話|问答|問答|摘要|翻译|翻譯|分类|分類|生成|识别|識別|检测|檢測|写作|寫作|编程|編程|代码|"
    r"代碼|检索|檢索)[^。\n]{0,10}?需求"
    # or the tasks it was optimized for: "针对中文问答和对话进行了优化"
    r"|(?:针对|針對)[^。\n]{0,30}?(?:对话|對話|问答|問答|摘要|翻译|翻譯|分类|分類|生成|识别|識別|检测|檢測|写作|寫作|编程|"
    r"編程|代码|代碼|检索|檢索)[^。\n]{0,10}?(?:优化|優化)"
    # or what it was released for: "为了在金融场景下各任务中取得更好效果，我们发布了jdt-fin-roberta-wwm模型"
    r"|(?:为了|為了)[^。\n]{2,60}?(?:我们|我們)?(?:发布|發布|开源|開源|推出)"
    # or what it aims to provide: "旨在提供性能接近GPT3.5且完全离线的Galgame/轻小说翻译大语言模型"
    r"|旨在(?:提供|实现|實現|解决|解決|帮助|幫助|为|為|让|讓|支持)"
    # or the ability its tuning gave it: "对Llama-2-13b-chat-hf进行LoRA微调，使其具备较强的中文对话能力"
    r"|(?:使|让|讓)(?:其|它|模型)(?:具备|具備|具有|拥有|擁有|获得|獲得)(?![^。\n]{0,30}?泛化)[^。\n]{0,30}?能力"
    # or what users can do with it: "用户可以使用这些工具对于中文文本进行分词、词性标注、句法分析等等工作"
    r"|可以使用[^。\n]{0,30}?(?:进行|進行|来|來|做)"
    # or the tasks it does well on: "此库发布的再训练模型，在 阅读理解/分类 等任务上均有大幅提高"
    r"|在[^。\n]{1,30}?任务上[^。\n]{0,6}?(?:提高|提升|表现|效果|领先|超过)"
    # or the use a model is recommended for: "如果您需要处理超过8K的上下文长度，我们推荐使用ChatGLM3-6B-32K"
    r"|如果[^。\n]{0,60}?(?:推荐|推薦|建议|建議)使用"
    # or a task it is used for: "用于冻结特征抽取（线性探针、检索）" (frozen feature extraction), not data "用于训练"
    rf"|(?:用于|用於)[^。\n，,：:]{{0,10}}?(?:{_ZH_TASKS})"
    # or, in Japanese, the model of a task: "(意味類似度計算)のモデルです" (a model for semantic similarity)
    r"|(?:類似度|分類|検出|翻訳|要約|生成|認識|抽出|検索|質問応答|対話)[^。\n]{0,8}?のモデル(?:です|である|だ)"
    # (or what it specialises in: "クローズアップに特化しており", specialised in close-ups)
    r"|に特化(?:した|して|しており|しています|したモデル)|目的(?:に|で)(?:制作|作成|作り)"
    # (or, in Chinese, the project's first aim: "项目的初心是，...建立所有人都能...的本地大语言模型")
    r"|(?:初心|初衷)是"
    # Indonesian, Turkish, Vietnamese: "dapat digunakan untuk", "için kullanılabilir", "có thể được sử dụng để"
    r"|\b(?:dapat|bisa)[ \t]+digunakan[ \t]+untuk\b|\bdirancang[ \t]+untuk\b|\biçin[ \t]+(?:kullanılabilir|tasarlan)"
    r"|\bcó[ \t]+thể[ \t]+(?:được[ \t]+)?(?:sử[ \t]+dụng|dùng)[ \t]+(?:để|cho)\b"
    # Swedish, Norwegian, Danish, Dutch: "kan användas för", "har tränats på att skilja mellan `de` och `dem`",
    # "kan brukes til", "kan bruges til", "kan gebruikt worden voor", "bedoeld voor"
    r"|\bkan[ \t]+(?:användas|brukes|bruges)[ \t]+(?:för|för[ \t]+att|til|for|till)\b"
    r"|\btränats[ \t]+(?:på|för)[ \t]+att\b"
    r"|\bavsedd[ \t]+(?:för|att)\b|\bkan[ \t]+(?:worden[ \t]+)?gebruikt[ \t]+(?:worden[ \t]+)?(?:voor|om)\b"
    r"|\bbedoeld[ \t]+(?:voor|om)\b",
    re.I,
)
# or a sentence that opens with what it does, in Spanish, Portuguese, Italian, French and German: "Clasifica el mensaje
# de un usuario en una intención", "Erkennt Emotionen in ..." (the verbs, capitalised, are looked for first)
_OPENING_VERBS = ("Clasifica", "Classifica", "Detecta", "Rileva", "Détecte", "Traduce", "Traduz", "Traduit",
                  "Übersetzt", "Klassifiziert", "Erkennt", "Transcribe", "Transcreve", "Trascrive", "Transcrit",
                  "Transkribiert", "Genera", "Gera", "Génère", "Generiert")
_OPENS_WITH_VERB = lazy(r"(?:(?<=\A)|(?<=\n)|(?<=[.!?:][ \t]))(?:" + "|".join(_OPENING_VERBS) + r")[ \t]+"
                        r"(?:el|la|los|las|un|una|o|a|os|as|le|les|une|il|lo|i|gli|die|der|das|den|ein|eine|\w+s|"
                        r"[A-ZÄÖÜ]\w+)\b")
# the words each of its shapes opens with (the modal verbs, not the verbs of use after them, which English shares:
# "usage", "employ", "utilize")
_USE_STEMS = ("puede", "pode", "peut", "peuvent", "può", "possono", "может", "могут", "можно", "kann", "können",
              "propósito", "proposito", "objetivo", "objectif", "scopo", "le but",
              "diseñ", "pensad", "destin", "conç", "concebid", "progettat", "projetad", "proyectad", "предназнач",
              "entwickelt", "gedacht",
              "bestimmt", "用于", "用於", "僅供", "仅供", "专为", "專為", "利用", "使用", "活用", "使え", "사용",
              "활용", "满足", "旨在", "针对", "針對", "如果", "能力", "任务上", "可以使用", "digunakan", "dirancang",
              "için", "có thể", "ために", "ように", "задач", "为了", "為了", "användas", "brukes", "bruges", "tränats",
              "avsedd", "gebruikt", "bedoeld", "のモデル", "に特化", "初心", "初衷", "目的に", "目的で", "vise ",
              "pour but", "como obj", "como final", "겨냥", "목적", "목표로", "目指", "finalidad", "finalidade",
              "but d", "určen", "ستخدم")


def intended_in_other_languages(text: str) -> bool:
    """Whether ``text`` says, in one of these languages, what the model can be used or was made (or fine-tuned) for."""
    low = text.lower()
    return ((any(stem in low for stem in _USE_STEMS) and _USE.search(text) is not None)
            or (any(verb in text for verb in _OPENING_VERBS) and _OPENS_WITH_VERB.search(text) is not None)
            or tuned_for_task_in_other_languages(text))



# a task by its name in those languages, as a title or a first paragraph opens with it ("# Deteksi Clickbait Bahasa
# Indonesia", "# 中文情感分析模型", "Modelo de clasificación de noticias"): classification, detection, translation,
# summarisation, speech recognition and synthesis, sentiment analysis, named entities, question answering, text
# generation, segmentation (not the words English spells the same: "classification" alone is no task there)
_TASK = lazy(
    r"\b(?:clasificaci[oó]n|classifica[çc][aã]o|klassifi(?:kation|zierung)|classificazione|"
    r"классификаци\w*|klasifikasi|s[ıi]n[ıi]fland[ıi]rma|phân[ \t]+loại|"
    r"détection|detecci[oó]n|detec[çc][aã]o|erkennung|rilevamento|обнаружени\w*|детекци\w*|deteksi|tespit\w*|"
    r"phát[ \t]+hiện|"
    r"traduction|traducci[oó]n|tradu[çc][aã]o|übersetzung|traduzione|перевод\w*|terjemahan|çeviri|"
    r"r[ée]sum[ée][ \t]+automatique|resumen|sumariza[çc][aã]o|zusammenfassung|riassunto|суммаризаци\w*|peringkasan|"
    r"özetleme|tóm[ \t]+tắt|"
    r"reconnaissance[ \t]+(?:vocale|de[ \t]+la[ \t]+parole|d'entités)|reconocimiento[ \t]+(?:de[ \t]+)?(?:voz|habla|"
    r"entidades)|reconhecimento[ \t]+(?:de[ \t]+)?(?:fala|voz|entidades)|spracherkennung|riconoscimento[ \t]+"
    r"(?:vocale|del[ \t]+parlato|di[ \t]+entità)|распознавани\w*|pengenalan[ \t]+(?:suara|ucapan|entitas)|"
    r"konuşma[ \t]+tanıma|nhận[ \t]+dạng|"
    r"synth[èe]se[ \t]+vocale|s[íi]ntesis[ \t]+de[ \t]+voz|s[íi]ntese[ \t]+de[ \t]+fala|sprachsynthese|"
    r"sintesi[ \t]+vocale|синтез[ \t]+речи|"
    r"analyse[ \t]+de[ \t]+sentiments?|an[áa]lisis[ \t]+de[ \t]+sentimientos?|an[áa]lise[ \t]+de[ \t]+sentimentos?|"
    r"sentimentanalyse|analisi[ \t]+del[ \t]+sentiment\w*|анализ[ \t]+тональности|analisis[ \t]+sentimen|"
    r"duygu[ \t]+analizi|phân[ \t]+tích[ \t]+cảm[ \t]+xúc|"
    r"g[ée]n[ée]ration[ \t]+de[ \t]+texte|generaci[oó]n[ \t]+de[ \t]+texto|gera[çc][aã]o[ \t]+de[ \t]+texto|"
    r"textgenerierung|generazione[ \t]+di[ \t]+testo|генераци\w*[ \t]+текст\w*|"
    r"segmentaci[oó]n|segmenta[çc][aã]o|segmentierung|segmentazione|сегментаци\w*|segmentasi|"
    # (or the doer of a task: "классификатор эмоций", "clasificador de", "Klassifikator", "détecteur")
    r"clasificador(?:es)?|classificador(?:es)?|classificatore|classificateur|klassifikator(?:en)?|классификатор\w*|"
    r"детектор\w*|detektor(?:en)?|rilevatore|détecteur|traductor|tradutor|traduttore|traducteur|übersetzer)\b"
    # (a task's noun closing a compound, in Swedish, Dutch and German: "Nätverksintrångsdetektering", network intrusion
    # detection; "Spracherkennung", "Sentimentklassificatie")
    r"|\b\w*(?:detektering|klassificering|igenkänning|översättning|sammanfattning|segmentering|detectie|classificatie|"
    r"herkenning|vertaling|samenvatting|segmentatie|erkennung|klassifikation|klassifizierung|übersetzung|"
    r"zusammenfassung|segmentierung)\b"
    r"|分类|分類|检测|檢測|検出|偵測|翻译|翻譯|翻訳|摘要|要約|语音识别|語音辨識|音声認識|语音合成|語音合成|音声合成|"
    r"音色转换|音色轉換|声音转换|聲音轉換|语音转换|語音轉換|歌声转换|歌聲轉換|変声|变声|變聲|"
    r"情感分析|情感分類|情感分类|感情分析|命名实体识别|命名實體識別|固有表現抽出|问答|問答|質問応答|文本生成|"
    r"テキスト生成|图像分割|画像分割|续写|續寫|写作|寫作|创作|創作|图像描述|圖像描述|图片描述|圖片描述|画像キャプション|文字识别|"
    # (image and video generation and editing: "支持文生图、VQ 生成和图片编辑", "画像生成モデル")
    r"文生图|文生圖|图生图|圖生圖|文生视频|文生影片|图像生成|圖像生成|图片生成|圖片生成|画像生成|视频生成|影片生成|動画生成|"
    r"图像编辑|圖像編輯|图片编辑|圖片編輯|画像編集|이미지[ \t]*생성|동영상[ \t]*생성|"
    r"분류|탐지|검출|번역|요약|음성[ \t]*인식|음성[ \t]*합성|감성[ \t]*분석|"
    r"개체명[ \t]*인식|질의[ \t]*응답|텍스트[ \t]*생성",
    re.I,
)


# a model fine-tuned for a task: "afinado para el analisis de sentimientos", "ajustado para clasificación", "affiné pour
# la détection", "addestrato per la classificazione" (the task named as ``_TASK`` names it)
_TUNED_FOR = lazy(r"\b(?:afinad|ajustad|entrenad|treinad|affin|entra[iî]n|addestrat)\w*[ \t]+(?:para|pour|per)[ \t]+"
                  r"(?:(?:el|la|los|las|le|les|la|il|lo|l'|o|a|os|as)[ \t]*)?(?=\S)", re.I)
_TUNED_STEMS = ("afinad", "ajustad", "entrenad", "treinad", "affin", "entrain", "entraîn", "addestrat")


def tuned_for_task_in_other_languages(text: str) -> bool:
    """Whether ``text`` says, in one of those languages, that the model was fine-tuned for a task by its name."""
    low = text.lower()
    if not any(stem in low for stem in _TUNED_STEMS):
        return False
    return any(_TASK.match(text, m.end()) is not None for m in _TUNED_FOR.finditer(text))


def names_task_in_other_languages(text: str) -> bool:
    """Whether ``text`` (a title, the first words of a card: short) names a task in one of those languages."""
    return _TASK.search(text) is not None


# a language is no data: "Pretrained model on English language", "trained on Icelandic and English text" (but
# "trained using only English language data" describes its data, and "pre-trained on Aozora texts" names them)
_LANGUAGE = lazy(r"(?:(\w+)[ \t]+(?:and|&)[ \t]+)?(\w+)[ \t]+(?:languages?|texts?)\b"
                 r"(?![ \t]+(?:data(?:sets?)?|corpus|corpora)\b)", re.I)


def names_language(text: str, at: int) -> bool:
    """Whether the words at ``at`` name a language's text or a kind of text ("English text", "Icelandic and English
    text", "Government Text"), not texts of a name written without case ("青空文庫 texts", a library's name): in
    Chinese, Japanese or Korean, a language's name ends in the word for language ("日本語", "한국어")."""
    m = _LANGUAGE.match(text, at)
    return m is not None and any(w is not None and (language_fix(w)[0] in ("name", "case") or w.endswith(_GO)
                                                    or not starts_caseless(w)) for w in m.groups())


_GO = ("語", "语", "어")
CASELESS = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"  # kana, CJK ideographs, Hangul: no case
# (read as a function, not compiled: a class of 40,000 characters takes a few milliseconds to compile at start-up)
_CASELESS_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF))


def starts_caseless(text: str) -> bool:
    """Whether ``text`` starts with a character of ``CASELESS``."""
    return bool(text) and any(lo <= ord(text[0]) <= hi for lo, hi in _CASELESS_RANGES)
