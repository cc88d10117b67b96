"""Which settings lint a given card: the closest configuration file, or one for every card.

Lookups are cached by folder, so a run over thousands of cards reads each
configuration file once per process (worker processes have caches of their own).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.registry import Registry
from .config import FileConfig, find_config, load_file
from .settings import Overrides, Settings, resolve


class SettingsFinder:
    """``for_path(path)``: the Settings of the closest configuration file (or of the one given)."""

    def __init__(
        self,
        registry: Registry,
        overrides: Overrides,
        config_path: Path | None = None,
        isolated: bool = False,
        file_config: FileConfig | None = None,
    ) -> None:
        self.registry = registry
        self.overrides = overrides
        self._by_file: dict[Path | None, Settings] = {}
        self._by_dir: dict[str, Settings] = {}
        # resolving one configuration up front reports a bad --select even when no file is linted
        self.default = resolve(FileConfig(None, Path.cwd()), registry, overrides)
        self.single: Settings | None = None  # the settings of every card, with --config or --isolated
        if file_config is not None:
            self.single = resolve(file_config, registry, overrides)
        elif config_path is not None:
            self.single = resolve(load_file(config_path), registry, overrides)
        elif isolated:
            self.single = self.default

    @property
    def for_stdin(self) -> Settings:
        return self.single or self.default

    def for_path(self, path: Path) -> Settings:
        if self.single is not None:
            return self.single
        directory = os.path.dirname(os.path.abspath(path))
        cached = self._by_dir.get(directory)
        if cached is not None:
            return cached
        found = find_config(Path(directory))
        key = found.resolve() if found else None
        settings = self._by_file.get(key)
        if settings is None:
            settings = self.default if found is None else resolve(load_file(found), self.registry, self.overrides)
            self._by_file[key] = settings
        self._by_dir[directory] = settings
        return settings
