"""``--show-settings PATH``: the configuration that applies to one card, and where each part comes from."""

from __future__ import annotations

import os
from pathlib import Path

from .finder import SettingsFinder


def show_settings(finder: SettingsFinder, path: str) -> str:
    settings = finder.for_path(Path(path))
    cfg = settings.source
    where = str(cfg.path) if cfg.path is not None else "none found: the defaults and the command line"
    lines = [f"Settings for {path}", f"  configuration: {where}"]
    ignored = settings.ignored_codes(Path(path))
    active = [(r, s) for r, s in settings.ruleset.rules if r.code not in ignored]
    lines.append(f"  rules ({len(active)}):")
    for rule, severity in active:
        changed = "" if severity == rule.severity else f" (default {rule.severity.label})"
        options = {k: v for k, v in rule.opts.items() if v != rule.options[k].default}
        shown = "".join(f" {k}={v!r}" for k, v in options.items())
        lines.append(f"    {rule.code} {rule.name} {severity.label}{changed}{shown}")
    if ignored:
        lines.append(f"  turned off here by per-file-ignores: {', '.join(sorted(ignored))}")
    absolute = os.path.abspath(path)
    lines.append(f"  exclude: {', '.join(settings.exclude.lines) or 'nothing'}"
                 f"{' (this file is excluded)' if settings.is_excluded(absolute) else ''}")
    lines.append(f"  extend-include: {', '.join(settings.include.lines) or 'nothing'}")
    lines.append(f"  respect-gitignore: {'true' if settings.respect_gitignore else 'false'}")
    lines.append(f"  baseline: {settings.baseline or 'none'}")
    lines.append(f"  max-file-size: {settings.max_file_size} bytes")
    lines.append(f"  time-limit: {settings.time_limit:g} s" if settings.time_limit else "  time-limit: none")
    return "\n".join(lines) + "\n"
