"""A model that was not trained at all, which leaves no training data to name: untrained or randomly initialised
weights, a merge of other models (a mergekit merge, an image model's recipe of weights), refusals projected out of
the weights ("abliterated"), a format conversion. ``datatables.learnt_from_or_untrained`` reads it for
``missing-section`` (MC201)."""

from __future__ import annotations

import re

from ..card.yamlnode import Node
from ..hub.vocabulary import base_model_relation
from .lazyre import lazy

# no training at all, which leaves no data to name: "The weights provided in this repository are untrained
# (Architecture only)", "No fine-tuning. ... no weight update", "The weight of this model is randomly initiated"
# (or "Training-free (pretrained YOLO + CLIP zero-shot)", "Not new weights", "The model weights are **identical** to
# the original")
_NOT_TRAINED = lazy(r"\b(?:is|are)[ \t]+[*_]{0,2}untrained\b|\brandomly[ \t]+initi(?:ated|ali[sz]ed)\b"
                    # (or its refusals projected out of the weights, not trained: "Norm-preserving biprojected
                    # abliteration", an "abliterated" model)
                    r"|\btraining-free\b|\babliterat(?:ed|ion)\b"
                    # (or the tasks or environments it was trained on, listed: "trained on the following tasks:", then
                    # the list; not "the following datasets: see below")
                    r"|\btrained[ \t]+on[ \t]+the[ \t]+following[ \t]+(?:tasks|environments|games|datasets|data|"
                    r"corpora)[ \t]*:[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S"
                    # (or a merge of other models, which it is made of: "A generalist / roleplaying model merge based
                    # on Llama 3", "a heavily calibrated merge of SD 1.4, SD 1.5, ...", mergekit's `merge_method:`)
                    r"|\bmodel[ \t]+merge[ \t]+(?:of|based[ \t]+on|from)\b|\bmerge_method[ \t]*:"
                    r"|\bmerge[ \t]+of[ \t]+(?:[\[`*]{0,2}(?-i:[A-Z0-9])|the[ \t]+(?:following|models)|"
                    r"(?:various|several|many|multiple|different|two|three|four|\d+)[ \t]+(?:[\w-]+[ \t]+)?models)"
                    # ("a 120b frankenmerge created by interleaving layers of [X](...) with [Y](...) using [mergekit]")
                    r"|\b(?:franken)?merge\b[^.\n]{0,300}?\busing[ \t]+\[?mergekit\b|\bfrankenmerge\b"
                    # ("[Mergekit](...) config used to create this model:"; in Japanese, "このモデルはDefactaを
                    # ベースにした階層マージモデルです")
                    r"|\bmergekit\b[^.\n]{0,80}?\b(?:config|configuration|recipe)[ \t]+used\b"
                    r"|(?:この|本)モデルは[^。\n]{0,40}?マージ(?:モデル)?です"
                    # ("This model is a Mixture of Experts (MoE) made with [mergekit](...)")
                    # ("made with a custom version of the [mergekit](...) library")
                    r"|\b(?:merged|made|created|built|produced)[ \t]+(?:using|with)[ \t]+"
                    r"(?:an?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:version|fork|branch)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                    r"\[?mergekit\b"
                    # ("epiCPhotoGASM by epinikion merged with artistic models to make your dreams come true!")
                    r"|\bmerged[ \t]+with[ \t]+(?:[\w-]+[ \t]+){0,2}?models\b"
                    # ("**ShiratakiMix** is a merge model that specializes in 2D-style painting")
                    r"|\bis[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?merge[ \t]+model\b"
                    # ("This is MLewd merged with [Xwin-LM/Xwin-LM-13B-V0.2](...)")
                    r"|\bthis[ \t]+is[ \t]+[*_`]{0,2}[\w.-]+[*_`]{0,2}[ \t]+merged[ \t]+with[ \t]+[\[`*]{0,2}[\w.-]"
                    # (a recipe of weights: "recipe : 0.5((0.5(AbyssOrangeMix2_hard) + 0.5(pastelmix)) + ...", or its
                    # "Merge Recipes")
                    r"|\brecipe[ \t]*[:：][^\n]{0,300}?(?<![\w.])\d*\.\d+[ \t]*[(*×]|\bmerge[ \t]+recipes?\b"
                    # (an image model's merge recipe: "SuperMerger Weight sum Use MBW 1,0,...", "Add difference @ 0.3")
                    r"|\bsupermerger\b|\bweight(?:ed)?[ \t]+sum[ \t]+(?:@|use|train|[\d.])"
                    r"|\badd[ \t]+difference[ \t]+(?:@|[\d.])"
                    # ("This is a format and tensor-layout conversion. It is not trained, fine-tuned, merged"; not a
                    # part, "Audio parameters are not trained")
                    r"|\b(?:it|this|model|checkpoint|weights)[ \t]+(?:is|are|was|were)[ \t]+not[ \t]+(?:re-?)?trained\b"
                    r"(?![ \t]+(?:on|with|for|to|using|in)\b)"
                    r"|\b(?:not|no)[ \t]+new[ \t]+weights\b"
                    # (or its weights edited by a script, not trained: "They have been modified using the ideas from
                    # [VAE-BlessUp script](...)"; not a training script)
                    r"|\b(?:modified|edited|altered|patched|tweaked)[ \t]+(?:using|with|by)\b[^.\n]{0,80}?"
                    r"(?<!train[ \t])(?<!training[ \t])(?<!tuning[ \t])\bscripts?\b"
                    r"|\bweights[ \t]+are[ \t]+[*_]{0,2}(?:identical|unchanged)[*_]{0,2}[ \t]+(?:to|from)\b"
                    r"|\bno[ \t]+weight[ \t]+updates?\b"
                    # ("### No Weights were modified in this process!", a model of duplicated layers)
                    r"|\bno[ \t]+weights[ \t]+(?:were|are|have[ \t]+been)[ \t]+(?:modified|changed|updated|altered)\b"
                    r"|\bno[ \t]+(?:fine-?tuning|finetuning|training)\b(?![ \t]+(?:is[ \t]+|was[ \t]+)?"
                    r"(?:needed|required|necessary))", re.I)


def not_trained(text: str) -> bool:
    """Whether ``text`` says the model was not trained (so that it has no training data of its own)."""
    return _NOT_TRAINED.search(text) is not None


def merged_by_metadata(meta: Node | None) -> bool:
    """Whether the metadata says the model is a merge of its base models (`base_model_relation: merge`)."""
    return base_model_relation(meta) == "merge"

