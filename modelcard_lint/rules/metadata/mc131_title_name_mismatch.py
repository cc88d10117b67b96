"""MC131 title-name-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...card import Card
from ...card.yamlnode import Node
from ...core.rule import Rule
from ...diagnostics import Finding, Severity
from ...facts.lazyre import lazy
from ...facts.titles import opening_title
from ...hub.languages import code_info, language_hints, name_tails
from ...hub.lists import template_headings


def _norm(text: str) -> str:
    text = text.split("/")[-1]
    return re.sub(r"[\W_]+", "", text.casefold())


_GENERATORS = frozenset({"generated_from_trainer", "generated_from_keras_callback"})
# the sections the Trainer writes, besides the Hub template's (data/hf_template_sections.txt)
_TRAINER_SECTIONS = ("Model description", "Intended uses & limitations", "Training and evaluation data",
                     "Training procedure", "Training hyperparameters", "Training results", "Framework versions",
                     "How to use the model")


@cache
def _section_names() -> frozenset[str]:
    """The headings of the sections cards are written from: a level-1 heading that is one of them ("# Model
    description" in a card that has no title of its own) names a section, not the model."""
    lines = [title for _, title in template_headings()]
    return frozenset(_norm(x) for x in [*lines, *_TRAINER_SECTIONS])
OVERLAP = 0.75  # two names of one model share at least this share of the shorter one's words


# Greek letters spelt out, as an id writes what a title shows ("Zephyr 7B β" is `zephyr-7b-beta`)
_GREEK = {"α": " alpha ", "β": " beta ", "γ": " gamma ", "δ": " delta ", "ε": " epsilon ", "θ": " theta ",
          "λ": " lambda ", "μ": " mu ", "π": " pi ", "σ": " sigma ", "φ": " phi ", "ω": " omega "}
_GREEK_LETTER = lazy("[" + "".join(_GREEK) + "]")


def _words(text: str) -> list[str]:
    text = text.split("/")[-1].casefold()
    if not text.isascii():
        text = _GREEK_LETTER.sub(lambda m: _GREEK[m.group()], text)
    # (a version's number with its "v" is the number: `piiranha-1` and "Piiranha-v1" name one model)
    words: list[str] = []
    for w in re.split(r"[^0-9a-z]+", text):
        if len(w) == 1 and w.isalpha() and words and words[-1].isalpha():
            words[-1] += w  # a letter joined to its word by a hyphen: "XLS-R" is "XLSR", "GPT-J" "GPTJ"
        elif w:
            words.append(w[1:] if w[0] == "v" and w[1:].isdigit() else w)
    return words


def _numbers(words: list[str]) -> set[str]:
    """The numbers of a name (``300m`` -> 300, ``l-12`` -> 12), not those inside a word (``wav2vec2``)."""
    return {m.group() for w in words if (m := re.match(r"\d+", w))}


def _languages(words: list[str]) -> set[str]:
    """The languages a name gives, as codes: two-letter codes (``sv``) and names (``Swedish``)."""
    hints = language_hints()
    out = set()
    for w in words:
        info = code_info(w) if len(w) == 2 else None
        code = info[0] if info else hints.get(("name", w))
        if code:
            out.add(code)
        elif len(w) >= 5:  # (a word that ends the names of several: "Frisian", of Western Frisian, `fy`, and others)
            out |= name_tails().get(w, frozenset())
    return out


def _covers(word: str, words: list[str]) -> bool:
    """Whether ``word`` is one of ``words``, a prefix of one or one its prefix (``squad``, ``squad2``), or the
    initials of a run of them (``ner``: named entity recognition)."""
    if any(word == w or (min(len(word), len(w)) >= 3 and (w.startswith(word) or word.startswith(w))) for w in words):
        return True
    initials = "".join(w[0] for w in words)
    return len(word) >= 2 and word in initials


# a version ("v0.1", "v2"), which a title often leaves out ("StarChat2 15B" is `starchat2-15b-v0.1`); the Hub template's
# "Model Card for" before a title's name
_VERSION = lazy(r"(?<![a-z0-9])v\d+(?:[._]\d+)*(?![a-z0-9])", re.I)
_CARD_FOR = lazy(r"\s*model\s+card\s+(?:for|of)\s+", re.I)
# who made it, after the name ("XLS-R 1B Wav2Vec2 Finnish by Rasmus Toivanen"): an id leaves its author out
# (tried only where a run of blanks starts: a name of a thousand tabs took a card 0.1 s)
_BY_AUTHOR = lazy(r"(?<!\s)\s+(?i:by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*$")


def _same_model(name: str, title: str) -> bool:
    """Whether a model-index name and a title are two ways of naming one model: the same numbers, languages
    that meet (a code and its name count as one), and most of the shorter one's words in the other (a version
    only one of the two gives left out)."""
    name, title = _BY_AUTHOR.sub("", name.split("/")[-1]), _BY_AUTHOR.sub("", _CARD_FOR.sub("", title, count=1))
    in_name, in_title = _VERSION.findall(name), _VERSION.findall(title)
    if bool(in_name) != bool(in_title):
        # (unless the other gives its number without the "v": `piiranha-1`, "Piiranha-v1")
        versions, other = (in_name, _words(title)) if in_name else (in_title, _words(name))
        if not all(set(re.split(r"[._]", v[1:])) <= set(other) for v in versions):
            name, title = _VERSION.sub(" ", name), _VERSION.sub(" ", title)
    a, b = _words(name), _words(title)
    if not a or not b:
        return False
    na, nb = _numbers(a), _numbers(b)
    if na and nb and na != nb:
        return False
    la, lb = _languages(a), _languages(b)
    if la and lb and not la & lb:
        return False
    # (most of the words of one of the two in the other: of the shorter one, or of either when they are about as long,
    # as when one gives its author and the other its language's code: "Czech comodoro Wav2Vec2 XLSR 300M 250h data"
    # and "Czech wav2vec2-xls-r-300m-cs-250")
    pairs = [(a, b), (b, a)] if abs(len(a) - len(b)) <= 1 else [(a, b) if len(a) < len(b) else (b, a)]
    if any(_shared(short, other) >= OVERLAP * len(short) for short, other in pairs):
        return True
    # (or a title that describes the model in words rather than names it, and shares a word with the name, with no
    # number or language against it: "RoBERTa Greek base model" for `roberta-el-news`, "Ukrainian STT model (with
    # Language Model)" for `wav2vec2-xls-r-300m-uk-with-lm`)
    return " " in title.strip() and "model" in b and _shared([w for w in b if w not in _KIND_WORDS], a) > 0


_KIND_WORDS = frozenset({"model", "base", "large", "small", "tiny", "mini", "medium", "xl", "cased", "uncased",
                         "pretrained", "finetuned", "fine", "tuned", "language", "checkpoint"})


def _shared(short: list[str], other: list[str]) -> int:
    spoken = _languages(other)  # a language word counts as shared when the other name gives that language
    return sum(1 for w in short if _covers(w, other) or _languages([w]) & spoken)


_OUTPUT_DIR = lazy(r"\.?/?(?:out|outputs?|output_dir|results?|checkpoints?|tmp|tmp_trainer|runs?|model|models)/?",
                   re.I)


def _names_one(title: str, names: list[Node]) -> bool:
    """Whether a heading names the model one of the model-index ``names`` gives: one holds the other, or both are two
    ways of writing one model (``_same_model``)."""
    shown = _norm(title)
    return bool(shown) and any((_norm(n.value) and (_norm(n.value) in shown or shown in _norm(n.value)))
                               or _same_model(n.value, title) for n in names)


def _repository_named(text: str, name: str) -> bool:
    """Whether the card's text gives ``name`` as a repository's, after its owner (``from_pretrained("owner/name")``,
    ``huggingface.co/owner/name``): the model's own name, written by its author, which a title in words describes
    ("# TrOCR Javanese Aksara (v1)" over `trocr-javanese-synthetic`)."""
    if "/" in name or len(name) < 4:
        return False
    return re.search(rf"[\w.-]/{re.escape(name)}(?![\w.-])", text, re.I) is not None


class TitleNameMismatch(Rule):
    """The title of a Trainer-generated card names a different model than its `model-index[].name`."""

    code = "MC131"
    name = "title-name-mismatch"
    severity = Severity.WARNING

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        if meta is None:
            return
        index = meta.get("model-index")
        if index is None or not index.is_seq:
            return
        # the Trainer writes the same name in both places, so a difference means an edit or a copy;
        # hand-written cards often use a display name in model-index ("XLSR Wav2Vec2 Maltese by ...")
        tags = meta.get("tags")
        if tags is None or not any(t.value in _GENERATORS for t in tags.scalars()):
            return
        found = [e.get("name") for e in index if e.is_map]
        names = [n for n in found if n is not None and n.is_str and n.value.strip()]
        if not names:
            return
        # (not a sub-heading whose marks were doubled, "# ## labels" over the list of classes; the heading the card
        # opens with when a level-1 one comes further down: "## (BERT large) NER model ..." over a "# batch, learning
        # rate" of code left unfenced)
        heading = opening_title(card) or next(
            (h for h in card.body.headings if h.level == 1 and h.text[:1] != "#"), None)
        if heading is None or not _norm(heading.title):
            return
        line, title = heading.line, heading.title
        shown = _norm(title)
        if shown in _section_names():
            return
        # (the title, or another level-1 heading further down: "# Example" over a picture, then "# Whisper Tiny Id v2 -
        # Manifestasi", the card's real title)
        if _names_one(title, names) or any(h.level == 1 and h is not heading and _names_one(h.title, names)
                                           for h in card.body.headings):
            return
        name = names[0]
        numbers = _numbers(_words(name.value)), _numbers(_words(title))
        if _repository_named(card.text, name.value.strip()) and not (all(numbers) and numbers[0] != numbers[1]):
            # (the text gives the name as its repository's, `repo = "thesimonharms/trocr-javanese-synthetic"`, and the
            # title's numbers do not contradict it: not "L-2" over `...L-12...`, a card copied from a sibling)
            return
        entry = next(e for e in index if e.is_map and e.get("name") is name)
        results = entry.get("results")
        # (the Hub lists results under the name; an entry without results has none to list)
        listed = (f"the Hub lists the evaluation results under `{name.value}`, so "
                  if results is not None and results.is_seq and len(results.value) else "")
        # (a training run's output folder, which the trainer takes for the model's name: axolotl's `out`)
        cause = ("the name is a training run's output folder, which the trainer wrote as the model's name"
                 if _OUTPUT_DIR.fullmatch(name.value.strip())
                 else "one of the two is probably left over from another model")
        yield self.finding(
            name,
            f"`model-index` names the model `{name.value}`, but the card's title is \"{title}\" "
            f"(line {line}); {listed}{cause}",
            help="make the model-index `name` and the title name the same model",
            title=title,
            name=name.value,
        )
