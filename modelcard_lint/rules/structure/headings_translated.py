"""The headings of ``missing-section`` (MC201)'s topics in the languages cards are most often written in
besides English: French, Spanish, Portuguese, German, Italian, Russian, Chinese, Japanese, Korean, Indonesian,
Turkish, Vietnamese, Persian, Arabic, Hindi, Romanian, Dutch, Swedish, Norwegian, Danish, Polish, Ukrainian,
Finnish, Greek, Catalan and, as whole headings only, Thai.

Each is what a writer of that language heads the section with (the translation of the Hub template's
heading and its usual variants), matched as the English ones are: as whole words anywhere in a heading,
or, with a leading "^", as the whole heading ("^Données" covers "## Données", not "## Données de test").
Chinese and Japanese are written without spaces between words; a heading's characters of those scripts
are compared one by one (``normalize``), so that "训练数据" covers "## 模型训练数据". Korean joins nouns and particles
to a word: a Korean phrase covers a word it starts ("제한" covers "## 제한사항").

Only topic headings are listed, as in English: "Utilisation", "Uso", "사용 방법" head instructions for
running the model (English "Usage"), not its intended uses, and are left out ("Penggunaan", "Kullanım" too).
"""

from __future__ import annotations

TRANSLATED: dict[str, tuple[str, ...]] = {
    "description": (
        # fr, es, pt, de, it
        "Description du modèle", "Présentation du modèle", "Détails du modèle", "À propos",
        "Descripción del modelo", "Descripción", "Detalles del modelo", "Acerca del modelo",
        "Descrierea modelului", "Descriere",
        "Popis modelu",  # (Czech)
        "Descrição do modelo", "Descrição", "Detalhes do modelo", "Sobre o modelo",
        "Modellbeschreibung", "Beschreibung", "Modelldetails", "Überblick", "Übersicht",
        "Descrizione del modello", "Descrizione", "Dettagli del modello", "Panoramica",
        # ru, zh, ja, ko
        "Описание модели", "Описание", "О модели",
        "模型描述", "模型介绍", "模型简介", "模型介紹", "模型簡介", "简介", "簡介", "介绍", "介紹", "概述", "模型详情",
        "模型詳情",
        "モデル概要", "概要", "モデルの説明", "モデル詳細",
        "모델 설명", "모델 소개", "소개", "개요", "모델 상세", "모델 정보",
        # id, tr, vi
        "Deskripsi Model", "Deskripsi", "Tentang Model", "Detail Model", "Gambaran Umum",
        "Model Açıklaması", "Açıklama", "Model Hakkında", "Genel Bakış", "Model Detayları",
        "Mô tả mô hình", "Mô tả", "Giới thiệu", "Tổng quan", "Chi tiết mô hình",
        # fa, ar, hi
        "توضیحات مدل", "معرفی مدل", "درباره مدل",
        "وصف النموذج", "نظرة عامة", "حول النموذج",
        "मॉडल विवरण", "विवरण", "परिचय",
        # nl, sv, no, da
        "Modelbeschrijving", "Beschrijving", "Modellbeskrivning", "Beskrivning", "Modellbeskrivelse", "Beskrivelse",
        # pl, uk, fi, el, ca
        "Opis modelu", "Opis", "Опис моделі", "Опис", "Mallin kuvaus", "Kuvaus", "Περιγραφή μοντέλου", "Περιγραφή",
        "Descripció del model", "Descripció",
    ),
    "intended-uses": (
        "Utilisation prévue", "Utilisations prévues", "Usage prévu", "Usages prévus", "Cas d'utilisation",
        "Usos previstos", "Uso previsto", "Casos de uso",
        "Usos pretendidos", "Uso pretendido",
        "Zamýšlené použití", "Účel",  # (Czech)
        "Verwendungszweck", "Vorgesehene Verwendung", "Anwendungsfälle", "Einsatzzweck",
        "Usi previsti", "Uso previsto", "Casi d'uso",
        "Предполагаемое использование", "Назначение", "Сценарии использования", "Область применения",
        "用途", "预期用途", "預期用途", "使用场景", "使用場景", "应用场景", "應用場景", "适用场景",
        # (what it suits, as a label alone: "**适合**：结构化决策——审批门、工具路由 ...")
        "^适合", "^適合", "^适用于", "^適用於",
        # (scope, as "Scope" in English: "## 范围与数据", "## 适用范围")
        "^范围", "^範圍", "适用范围", "適用範圍", "適用範囲", "使用范围", "使用範圍", "应用范围", "應用範圍",
        "想定される用途", "使用目的", "利用目的", "ユースケース",
        "용도", "사용 목적", "의도된 사용", "활용 사례", "사용 사례",
        "Tujuan Penggunaan", "Penggunaan yang Dimaksudkan", "Kegunaan", "Kasus Penggunaan",
        "Kullanım Amacı", "Amaçlanan Kullanım", "Kullanım Alanları", "Kullanım Senaryoları",
        "Mục đích sử dụng", "Ứng dụng", "Trường hợp sử dụng",
        "کاربرد موردنظر", "کاربردهای موردنظر", "موارد استفاده",
        "الغرض", "الاستخدامات المقصودة", "الاستخدام المقصود", "حالات الاستخدام",
        "इच्छित उपयोग", "उपयोग के मामले",
        "Beoogd gebruik", "Toepassingen", "Avsedd användning", "Användningsområden", "Tiltenkt bruk",
        "Bruksområder", "Tilsigtet brug", "Anvendelsesområder",
        "Przeznaczenie", "Zamierzone zastosowanie", "Zamierzone zastosowania", "Призначення",
        "Передбачуване використання", "Käyttötarkoitus", "Käyttötarkoitukset", "Προβλεπόμενη χρήση",
        "Προβλεπόμενες χρήσεις", "Ús previst",
        # the Hub template's "Direct use", translated
        "直接使用", "直接利用", "직접 사용",
    ),
    "limitations": (
        "Limites", "Limitations", "Biais", "Risques", "Considérations éthiques", "Avertissement", "Faiblesses",
        "Points faibles",
        "Limitaciones", "Sesgos", "Riesgos", "Consideraciones éticas", "Debilidades", "Puntos débiles",
        "Limitações", "Vieses", "Riscos", "Considerações éticas", "Fraquezas", "Pontos fracos",
        "Einschränkungen", "Grenzen", "Limitationen", "Risiken", "Verzerrungen", "Ethische Überlegungen",
        "Haftungsausschluss", "Schwächen",
        "Omezení", "Rizika", "Zkreslení",  # (Czech)
        "Limitazioni", "Limiti", "Rischi", "Considerazioni etiche", "Debolezze", "Punti deboli",
        "Ограничения", "Риски", "Предвзятость", "Отказ от ответственности",
        "局限性", "局限", "限制", "偏见", "偏見", "风险", "風險", "免责声明", "免責聲明",
        # (what it does not suit: "**不适合**：开放式聊天/生成、长文档推理")
        "不适合", "不適合", "不适用", "不適用",
        # (the bounds it was checked or is fit within: "验证边界", "能力边界"; not "边界框", a bounding box)
        "验证边界", "驗證邊界", "能力边界", "能力邊界", "适用边界", "適用邊界", "使用边界", "使用邊界",
        "注意事项", "注意事項", "注意点",
        "制限事項", "制限", "限界", "バイアス", "リスク", "免責事項",
        "제한", "한계", "편향", "위험", "면책", "주의사항", "주의 사항",
        "Batasan", "Keterbatasan", "Risiko", "Penafian", "Batas Penggunaan",
        "Sınırlamalar", "Sınırlama", "Kısıtlamalar", "Kısıtlar", "Sınırlar", "Sınırlılıklar", "Riskler", "Önyargılar",
        "Zayıf noktalar", "Zayıf yönler",
        "Sorumluluk Reddi",
        "Hạn chế", "Giới hạn", "Rủi ro", "Thiên kiến", "Tuyên bố miễn trừ",
        "محدودیت‌ها", "محدودیت", "سوگیری", "خطرات",
        "القيود", "التحيز", "المخاطر",
        "सीमाएँ", "सीमाएं", "पूर्वाग्रह", "जोखिम",
        "Limitări", "Limitările", "Riscuri", "Prejudecăți",
        "Beperkingen", "Risico's", "Begränsningar", "Risker", "Begrensninger", "Begrænsninger", "Risici",
        "^ข้อจำกัด", "^อคติ",
        "Ograniczenia", "Ryzyka", "Stronniczość", "Uprzedzenia", "Обмеження", "Ризики", "Упередження",
        "Rajoitukset", "Rajoitteet", "Riskit", "Vinoumat", "Περιορισμοί", "Κίνδυνοι", "Προκαταλήψεις",
        "Limitacions", "Biaixos", "Riscos",
    ),
    "training-data": (
        "Données d'entraînement", "Données d'apprentissage", "Corpus d'entraînement", "Jeu de données",
        "^Données",
        "Datos de entrenamiento", "Conjunto de datos", "^Datos",
        "Dados de treinamento", "Dados de treino", "Conjunto de dados", "^Dados",
        "Trainingsdaten", "Datensatz", "Datensätze", "^Daten",
        "Trénovací data", "Tréninková data", "Datová sada",  # (Czech)
        "Dati di addestramento", "Dati di training", "^Dati",
        "Обучающие данные", "Данные для обучения", "Набор данных", "Датасет", "^Данные",
        "训练数据", "訓練數據", "训练资料", "訓練資料", "数据集", "資料集", "训练集", "训练语料", "訓練語料",
        "^数据", "^數據", "^資料", "^データ", "^语料", "^語料", "^コーパス", "^코퍼스",
        "学習データ", "訓練データ", "トレーニングデータ", "データセット", "学習資料",
        "학습 데이터", "훈련 데이터", "데이터셋", "데이터 세트", "^데이터",
        "Data Pelatihan", "Dataset Pelatihan", "Data Latih",
        "Eğitim Verisi", "Eğitim Verileri", "Eğitim Veri Seti", "Veri Seti", "^Veri",
        "Dữ liệu huấn luyện", "Tập dữ liệu", "^Dữ liệu",
        "داده‌های آموزشی", "داده‌های آموزش", "مجموعه داده",
        "بيانات التدريب", "مجموعة البيانات",
        "प्रशिक्षण डेटा", "डेटासेट",
        "Date de antrenare", "Datele de antrenare", "Setul de date", "^Datele",
        "Trainingsdata", "Träningsdata", "Treningsdata", "Træningsdata", "Datamängd", "Datasett", "Datasæt",
        "^ข้อมูล", "^การเก็บข้อมูล", "^ชุดข้อมูล", "^ข้อมูลที่ใช้เทรน", "^ข้อมูลการฝึก",
        "Dane treningowe", "Dane uczące", "Zbiór danych", "^Dane", "Навчальні дані", "Дані для навчання",
        "Набір даних", "^Дані", "Koulutusdata", "Opetusdata", "Koulutusaineisto", "Opetusaineisto",
        "Δεδομένα εκπαίδευσης", "Σύνολο δεδομένων", "Dades d'entrenament", "Conjunt de dades", "^Dades",
    ),
    "evaluation": (
        "Évaluation", "Résultats", "Performances",
        "Evaluación", "Resultados", "Rendimiento", "Métricas",
        "Avaliação", "Desempenho",
        "Hodnocení", "Vyhodnocení", "Výsledky",  # (Czech)
        "Evaluierung", "Auswertung", "Ergebnisse", "Bewertung",
        "Valutazione", "Risultati", "Prestazioni",
        "Оценка", "Результаты", "Метрики",
        "评估", "評估", "评测", "評測", "测评", "评价结果", "实验结果", "實驗結果", "实测结果", "實測結果", "测试结果",
        "測試結果", "基准测试", "基準測試", "^结果", "^結果", "性能", "效果参考", "效果對比", "效果对比",
        "^效果", "模型效果", "翻译效果", "翻譯效果", "任务效果", "任務效果", "实验效果", "實驗效果",
        "評価", "ベンチマーク",
        "평가", "결과", "성능", "벤치마크",
        "Evaluasi", "Hasil", "Hasil Evaluasi", "Kinerja", "Performa",
        "Değerlendirme", "Sonuçlar", "Performans",
        "Đánh giá", "Kết quả", "Hiệu năng", "Hiệu suất",
        "ارزیابی", "نتایج",
        "التقييم", "النتائج",
        "मूल्यांकन", "परिणाम",
        "Evaluare", "Evaluarea", "Rezultate", "Rezultatele", "Performanță", "Performanța",
        "Evaluatie", "Resultaten", "Utvärdering", "Resultat", "Evaluering", "Resultater", "Träffsäkerhet",
        "Ewaluacja", "Wyniki", "Ocena", "Оцінка", "Оцінювання", "Результати", "Arviointi", "Evaluointi", "Tulokset",
        "Αξιολόγηση", "Αποτελέσματα", "Avaluació", "Resultats",
    ),
}
