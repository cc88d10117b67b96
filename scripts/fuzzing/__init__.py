"""A fuzzing harness for modelcard-lint; ``scripts/fuzz.py`` is its entry point.

Modules: ``target`` (the only one that imports modelcard_lint), ``generate``,
``mutate`` and ``hostile`` (inputs), ``cases`` (input number -> input),
``oracles`` and ``yamlview`` (what must hold), ``campaign`` (worker
processes), ``isolate`` (tasks that may crash their process), ``scaling``
(time per KB of crafted inputs), ``shrink`` (delta debugging), ``report``
(output files), ``cli``.
"""
