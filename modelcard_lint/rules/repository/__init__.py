"""MC6xx: the card held against the other files of its model repository.

The Trainer's ``trainer_state.json`` and ``all_results.json``, ``config.json`` and
``adapter_config.json``, the LICENSE file, and the Hub's ``.eval_results/*.yaml``.  These
rules read ``Card.repo`` (None for a card without a model repository, so they cost nothing
on a folder of cards) and may report findings in those files (``Rule.finding(path=...)``).
"""
