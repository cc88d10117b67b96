"""What warns about a model in languages other than English, as ``caveats.states_caveat`` reads it: for research or
teaching only, kept to one language, results not guaranteed, a use forbidden, the biases, errors or limits it may show,
what breaks or is untested (Spanish, Portuguese, French, German, Italian, Russian, Chinese, Japanese, Korean,
Vietnamese)."""

from __future__ import annotations

import re

from .lazyre import lazy

# what warns about the model in those languages
CAVEAT = lazy(
    # for research, study or teaching only
    r"\b(?:solo|sólo|solamente|únicamente|apenas|somente|uniquement|seulement|nur|solo|soltanto|только)[ \t]+"
    r"(?:\w+[ \t]+){0,4}?(?:investigaci|pesquisa|recherche|forschung|ricerca|исследоват|educa|éduca|enseign|"
    r"lehr|bildung|didattic|учебн|académi|academi|akadem)\w*"
    r"|\b(?:investigaci|pesquisa|recherche|forschung|ricerca|исследоват)\w*[^.\n]{0,40}?\b(?:únicamente|uniquement|"
    r"seulement|ausschließlich|soltanto|exclusivamente)\b"
    # (or kept to one language: "é altamente recomendado utilizá-lo apenas para o português")
    r"|\b(?:apenas|somente|solo|sólo|solamente|únicamente|uniquement|seulement|soltanto)[ \t]+(?:para|pour|per|en|em)"
    r"[ \t]+(?:o[ \t]+|el[ \t]+|le[ \t]+|l'|il[ \t]+)?(?:português|portugues|español|espanol|castellano|français|"
    r"francais|italiano|catalán|català|galego|gallego|euskera)\b"
    r"|仅供|僅供|仅限|僅限|只供|只能用于|只能用於|研究目的(?:での|に)?(?:み|限)|研究用途(?:のみ|に限|限定)|"
    r"목적으로만|용도로만"
    # code or outputs to check before production: "프로덕션 환경에서 사용 시 코드 검토 및 테스트를 반드시 수행하시기
    # 바랍니다", "用于生产环境前请充分测试"
    r"|(?:프로덕션|운영[ \t]*환경|生产环境|生產環境|本番環境)[^.。\n]{0,40}?(?:검토|테스트|주의|测试|測試|审查|"
    r"審查|注意|テスト|確認|検証)"
    # results not guaranteed
    r"|\b(?:no[ \t]+(?:se[ \t]+)?garantiza|não[ \t]+(?:se[ \t]+)?garante|garantissons[ \t]+pas|"
    r"ne[ \t]+garanti[a-z]*[ \t]+pas|sans[ \t]+garantie|keine[ \t]+(?:garantie|gewähr)|ohne[ \t]+gewähr|"
    r"nicht[ \t]+garantiert|non[ \t]+(?:si[ \t]+)?garantisc|не[ \t]+гарантиру)"
    r"|不保证|不保證|无法保证|無法保證|不能保证|不能保證|保証(?:しません|されません|はありません|できません|しない)|"
    r"보장하지[ \t]*않|보장할[ \t]*수[ \t]*없"
    # a use forbidden
    r"|\bno[ \t]+(?:debe|deben|debería|deberían)[ \t]+(?:ser[ \t]+)?(?:usa|utiliza)|\bno[ \t]+(?:usar|utilizar)[ \t]+"
    r"(?:este|el|para)\b"
    r"|\bne[ \t]+(?:doit|doivent|devrait|devraient)[ \t]+pas[ \t]+être[ \t]+utilis|\bne[ \t]+pas[ \t]+utiliser\b"
    r"|\b(?:sollte|sollten|darf|dürfen)[ \t]+(?:\w+[ \t]+){0,5}?nicht[ \t]+(?:\w+[ \t]+){0,3}?"
    r"(?:verwendet|eingesetzt|genutzt)\b"
    r"|\bnon[ \t]+(?:deve|devono|dovrebbe|dovrebbero)[ \t]+essere[ \t]+(?:usat|utilizzat)|\bnon[ \t]+utilizzare\b"
    r"|\bnão[ \t]+(?:deve|devem|deveria|deveriam)[ \t]+ser[ \t]+(?:usad|utilizad)"
    r"|\bне[ \t]+(?:следует|рекомендуется|должн\w*)[ \t]+(?:\w+[ \t]+)?использ"
    r"|请勿|請勿|不得用于|不得用於|禁止用于|禁止用於|不应用于|不應用於|不要用于|不要用於|不建议用于|不建議用於|不推荐用于|"
    r"不能用于|不能用於|无法用于|無法用於|"
    r"不推薦用於|"
    # (a use forbidden around the model's name: "不要使用TeleChat模型及其衍生模型进行任何危害...的活动";
    # problems it may have: "仍有可能存在一些无法预见的问题")
    r"(?:不要|不得|禁止|请勿|請勿)使用[^。\n]{1,40}?(?:进行|進行|从事|從事)"
    # ("存在较多人体结构问题": it has many problems of anatomy)
    r"|可能存在[^。\n]{0,12}?(?:问题|問題|风险|風險)|存在(?:较多|較多|很多|一些|部分|明显|明顯)[^。，,\n]{0,12}?(?:问题|問題|缺陷)|"
    r"使用しないで|使わないで|使用を禁止|사용하지[ \t]*마|사용해서는[ \t]*안"
    # biases, errors or limitations it may show
    r"|\b(?:puede|pueden|pode|podem|peut|peuvent|kann|können|può|possono|может|могут)[ \t]+(?:\w+[ \t]+){0,3}?"
    r"(?:sesgos?|vieses|viés|biais|verzerrung\w*|vorurteil\w*|pregiudiz\w*|предвзят\w*|errores|erros|erreurs|"
    r"fehler\w*|errori|ошибк\w*|inexact\w*|imprecis\w*|incorrect\w*|falsch\w*|halluzin\w*|alucina\w*|"
    r"hallucin\w*|allucina\w*)"
    r"|\b(?:tiene|tienen|tem|têm|a|ont|hat|haben|ha|hanno|имеет|имеют)[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:limitaciones|limitações|limites|limitations|einschränkungen|grenzen|limitazioni|ограничения)\b"
    r"|可能(?:会)?(?:产生|出现|包含|生成|存在|給出|给出|產生)[^。.\n]{0,8}?(?:错误|錯誤|不准确|不準確|偏差|幻觉|幻覺)|"
    # (mistakes it makes: "通常会有些贻笑大方的失误", it often makes laughable mistakes)
    r"(?:会|會|常|经常|經常|有时|有時)[^。\n]{0,10}?(?:失误|失誤|出错|出錯)|"
    r"誤り(?:を含む|が含まれる)|間違(?:い|え)(?:を含む|る(?:こと|可能性))|오류가[ \t]*(?:있을|발생할)"
    # (in Japanese, what breaks, what is untested, what it is weak at: "プロンプト次第で簡単に破綻します", "未検証です",
    # "キャラものが苦手", "女の子以外の出力には期待しないでください")
    r"|破綻(?:します|しやすい|する(?:こと|場合))|未検証|が苦手|期待しないで|扱いにくい|実験的な(?:モデル|バージョン)"
    # (a jack of all trades, "器用貧乏"; not good beyond its speciality, "それ以外はあまりさえない")
    r"|器用貧乏|(?:それ以外|その他|ほか|他)(?:は|では)(?:あまり)?(?:さえない|冴えない|得意ではない|良くない)"
    # (in Korean, what it is weak at or varies with: "한국어 표, 그래프, pdf문서 해석이 약합니다",
    # "이미지 크기에 따라 추론 편차가 심합니다")
    r"|(?:이|가)[ \t]*약합니다|편차가[ \t]*(?:심합니다|심하|큽니다|크)"
    # (its performance poor, a failure: "성능이 너무 안좋습니다", "대 실패작입니다")
    r"|성능이[ \t]*(?:너무[ \t]*|매우[ \t]*|많이[ \t]*|좀[ \t]*)?(?:안[ \t]*좋|나쁘|낮)|실패작"
    # (what alone it handles: "模型仅支持英语输入", the model only supports English input; "日本語のみ対応")
    r"|(?:仅|僅|只)(?:支持|支援)|のみ(?:対応|サポート)"
    # (what its output or its results do not vouch for: "该标签不代表场景安全保证", "离线指标...不能证明真实导航安全")
    r"|不代表[^。\n]{0,12}?(?:保证|保證)|(?:不能|无法|無法)(?:证明|證明)"
    # (in Vietnamese, nothing guaranteed: "hỏi kiểu khác thì không có gì bảo đảm", "không đảm bảo")
    r"|\bkhông[ \t]+(?:có[ \t]+gì[ \t]+)?(?:bảo[ \t]+đảm|đảm[ \t]+bảo)\b"
    # (in Chinese, what holds it back and the gap left: "受限于训练数据与训练方式，其事件分类效果...仍然有一定的差距";
    # results to check on the reader's own data: "实际业务效果请使用自己的数据验证")
    r"|受限(?:于|於)|(?:仍|还|還)(?:然)?(?:有|存在)(?:一定的?|较大的?|較大的?|一些|不小的?)?差距"
    r"|(?:请|請)(?:使用|用|在)?(?:您)?自己的(?:数据|數據|资料|資料)(?:上)?(?:验证|驗證|测试|測試|评估|評估)",
    re.I,
)
# every match holds one of these (in lower case): the pattern is tried around them only
CAVEAT_WORDS = ("solo", "sólo", "solamente", "únicamente", "apenas", "somente",
                "uniquement", "seulement", "nur ", "soltanto", "только",
                "ausschließlich", "exclusivamente", "仅", "僅", "只", "研究", "목적", "용도",
                "garant", "gewähr", "保证", "保證", "保証", "보장", "no deb", "no usar",
                "no utilizar", "ne doi", "ne dev", "ne pas utiliser", "nicht", "non dev",
                "non dov", "non utilizzare", "não dev", "не след", "не реком", "не долж", "请勿",
                "請勿", "不得", "禁止", "可能存在", "不应", "不應", "不要", "不建", "不推", "使用しない", "使わない",
                "使用を禁止", "存在",
                "사용하지", "사용해서는", "프로덕션", "운영", "生产环境", "生產環境", "本番環境",
                "sesgo", "vies", "viés", "biais", "verzerrung", "vorurteil", "pregiudiz",
                "предвзят", "errores", "erros", "erreurs", "fehler", "errori", "ошибк",
                "inexact", "imprecis", "incorrect", "falsch", "halluzin", "alucina",
                "hallucin", "allucina", "limitaciones", "limitações", "limites",
                "einschränkungen", "grenzen", "limitazioni", "ограничения", "可能", "誤り", "間違",
                "오류", "破綻", "未検証", "苦手", "期待しないで", "不能用", "无法用", "無法用", "失误", "失誤",
                "出错", "出錯", "のみ", "不代表", "证明", "證明", "không", "扱いにくい", "実験的な", "器用貧乏",
                "さえない", "冴えない", "得意ではない", "良くない", "약합니다", "편차가", "성능이",
                "실패작", "受限", "差距", "自己的")
