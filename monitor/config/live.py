"""The config in force while Veille runs: replaced whole on each valid reload, read wherever a
setting is needed, so every part sees the same settings and nothing is copied by hand."""
from __future__ import annotations

from monitor.config.settings import Config
from monitor.query import Aliases


class LiveConfig:
    """The current Config and what derives from it (the query aliases)."""

    def __init__(self, config: Config) -> None:
        self.replace(config)

    def replace(self, config: Config) -> None:
        self.config = config
        self.aliases = Aliases.from_groups(config.aliases) if config.aliases else None
