"""The words of tasks that statements of a model's purpose are made of, shared by ``purpose`` and ``intended``: a
task by its name or by what it does, a task's noun, a doer of a task ("classifier", "sentence encoder"), the verbs of
a task, and what a model turns into what ("Converting your Text to Wav")."""

from __future__ import annotations

import re

from .lazyre import lazy

MORE_TASKS = (r"recommendation|prediction|forecasting|regression|estimation|localization|verification|diarization|"
              r"synthesis|enhancement|denoising|restoration|reconstruction|tracking|moderation|scoring|matching|imputation|"
              r"assistance|decision(?:[ -]making|[ -]support)?|control|manipulation|navigation|planning|design|"
              r"robotics|role-?play(?:ing)?|storytelling|"
              r"storywriting|perception|reasoning|super-?resolution|upscaling|inpainting|colori[sz]ation|animation|"
              r"analysis|tts|asr|ocr|separation|spotting|anonymi[sz]ation|redaction|"
              r"rewriting|simplification|(?<!language )processing|(?:(?<=text )|(?<=data )|(?<=opinion )|"
              r"(?<=argument ))mining|(?:(?<=tool )|(?<=tool-)|(?<=function )|(?<=function-))calling")
# ("trained for conversational question rewriting", "for the automatic processing of ancient texts"; not natural
# language processing, a field; "a lightweight BERT model for biomedical text mining", not mining alone)
# a task a model is made for, by its name ("NER task", "English to Bangla Translation", "**dialogues** summarization",
# "antimicrobial peptide (AMP) prediction") or by what it does ("generating text embeddings", "translating texts")
TASK = (
    r"(?:\*\*)?(?:(?:[\w&/-]+|\([\w&/-]{1,12}\))[,:]?(?:\*\*)?[ \t]+){0,5}?(?:\*\*)?(?:tasks?|translation|"
    r"(?:multi-?)?classification|summari[sz]ation|"
    r"generation|recognition|detection|segmentation|answering|retrieval|search|similarity|extraction|identification|tagging|"
    r"parsing|transcription|captioning|completion|ranking|reranking|clustering|embeddings?|multiple[- ]choice|ner|"
    rf"q&a|qa|styles?|{MORE_TASKS})\b"
    r"|(?:automatically[ \t]+)?(?!training\b|fine-?tuning\b|pre-?training\b|being\b)[a-z]{3,}ing[ \t]+\w"
)  # (and, below, the task a model is named by: "a question answering model")
TASK_NOUN = (r"(?:translation|classification|summari[sz]ation|generation|recognition|detection|segmentation|"
             r"answering|retrieval|similarity|extraction|identification|tagging|parsing|transcription|captioning|"
             rf"ranking|reranking|entailment|sentiment|embedding|ner|pos|qa|paraphrase|paraphrasing|chat|{MORE_TASKS})")
# (a chatbot too, "# GPT2 Persona Chatbot based on Movie Characters")
# (in the plural too, "Real-time DETR detectors, ready to run"; not an encoder, whose plural names a part: "The two text
# encoders used by Flux are already included")
DOER = (r"(?:(?:classifier|detector|tagger|summari[sz]er|translator|recogni[sz]er|retriever|re-?ranker|ranker|parser|"
        r"captioner|segmenter|predictor|estimator|scorer|forecaster|router|verifier|chat-?bot|co-?pilot)s?|"
        r"(?:sentence|word|text|document|passage|query|bi-|cross-)[ \t-]?encoder)")
# the words every naming of a doer holds (lower case), for a search tried around them
DOER_WORDS = ("classifier", "detector", "tagger", "summari", "translator", "recogni", "retriever", "ranker", "parser",
              "captioner", "segmenter", "encoder", "predictor", "estimator", "scorer", "forecaster", "router",
              "verifier", "chatbot", "chat-bot", "copilot", "co-pilot")
# the verbs of a task ("translates", "classifies", "detects")
DOES_VERBS = (r"(?:translate|classif(?:y|ie)|generate|detect|predict|summari[sz]e|transcribe|answer|recogni[sz]e|"
              r"extract|tag|label|rank|retrieve|identif(?:y|ie)|segment|caption|paraphrase|correct|complete|forecast|"
              r"estimate|recommend|clone|synthesi[sz]e|upscale|denoise|colori[sz]e|animate|assign)s?\b")

# what it turns into what: "## Converting your Text to Wav" (not "Converting the model to ONNX": a kind of data on
# both sides)
CONVERT_WORDS = ("convert", "turn", "transform")
_KINDS = (r"(?:texts?|speech|audio|wav|waveforms?|mel[ \t-]spectrograms?|images?|photos?|pictures?|videos?|"
          r"sketch(?:es)?|voices?")
CONVERTS = (r"\b(?:convert|turn|transform)(?:s|ing)?[ \t]+(?:your[ \t]+|the[ \t]+|an?[ \t]+)?"
            r"(?:own[ \t]+|input[ \t]+)?" + _KINDS + r")[ \t]+(?:to|into)[ \t]+(?:an?[ \t]+)?"
            + _KINDS + r"|depth|3d)\b")
_CONVERTS_RE = lazy(CONVERTS, re.I)


def converts(heading: str) -> bool:
    """Whether a heading names what the model turns into what ("Converting your Text to Mel Spectrogram")."""
    return _CONVERTS_RE.search(heading) is not None
