"""The environment a reinforcement-learning agent acts in, which is both what it is for and what it learnt from:
``missing-section`` (MC201) reads it for intended uses and training data."""

from __future__ import annotations

import re

from ..card import Card
from .lazyre import lazy

# a reinforcement-learning card (its pipeline tag, or a tag) whose agent or policy is named by the environment it
# acts in: "PPO policy checkpoints for a self-play agent on [OpenFront.io](...)", "A DQN agent for CartPole-v1".
# That environment is both what the agent is for and what it learnt from (its experience there, self-play
# included); outside such a card, "an agent on Slack" says neither
# (a model of one too: "Trained agent model for [NVIDIA Omniverse Isaac Gym](...) environment"; or a robot's name
# linked: "A **episodic** policy for the [microduck](https://github.com/...)"; or a label of it, "- **task_id**:
# `Mjlab-GroundPick-Flat-MicroDuck`", "- Environment: Custom Gymnasium environment")
_ACTS_ON = lazy(r"\b(?:agents?|polic(?:y|ies))[*_]{0,2}[ \t]+(?:models?[ \t]+|checkpoints?[ \t]+)?"
                r"(?:(?:that[ \t]+)?(?:acts?|plays?)[ \t]+)?(?:for|on|in)"
                r"(?:[ \t]+\n?|\n)[ \t]*(?:the[ \t]+)?(?:[*_`\[]{0,2}(?-i:[A-Z0-9])|\[[^\]\n]{1,80}\]\()"
                r"|(?m:^)[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:environment|env|env_id|task_id|gym[ _]id)[*_]{0,2}[ \t]*:"
                r"[*_]{0,2}[ \t]*[`*_]{0,2}[A-Za-z]"
                r"|\b(?:trained|learn(?:s|t|ed))[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:via|through|by|with|from|using)[ \t]+"
                r"self-?play\b", re.I)
_RL = "reinforcement-learning"


def acts_in_named_environment(card: Card, text: str) -> bool:
    """Whether a reinforcement-learning card names, in ``text`` (its prose), the environment its agent acts in, or
    says it learnt by self-play."""
    meta = card.meta
    if meta is None or not meta.is_map:
        return False
    tag, tags = meta.get("pipeline_tag"), meta.get("tags")
    if not ((tag is not None and tag.is_scalar and _is_rl(tag.value)) or (
            tags is not None and tags.is_seq and any(t.is_scalar and _is_rl(t.value) for t in tags))):
        return False
    low = text.lower()
    if ("agent" in low or "polic" in low or "self" in low or "env" in low or "task_id" in low) and _ACTS_ON.search(
            text) is not None:
        return True
    # or a heading names it: by its Gym id ("### CartPole-v0"), or as an environment ("... on Cartpole Environment")
    return any(_ENVIRONMENT_HEADING.search(h.text) for h in card.body.headings)


def _is_rl(value: object) -> bool:
    """Whether a tag is the reinforcement-learning one, spelt with spaces or underscores too."""
    return str(value).strip().lower().replace(" ", "-").replace("_", "-") == _RL


_ENVIRONMENT_HEADING = lazy(r"\b(?-i:[A-Z][A-Za-z0-9]+)-v\d+\b"
                            r"|\b(?:on|in|for)[ \t]+(?:the[ \t]+)?[\w-]+[ \t]+environment\b", re.I)
