"""Hot reload: notice edits of feeds.toml and keywords.toml while Veille runs (issue 3).

A valid edit is handed to `on_change`; a broken one to `on_error`, once per distinct broken
state, while the last good config stays in force.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from monitor.config.load import config_from_texts, read_texts
from monitor.config.problems import ConfigError, Problem
from monitor.config.settings import Config

log = logging.getLogger(__name__)


class ConfigWatcher:
    """Checks the config directory every `interval` seconds as an asyncio task."""

    def __init__(
        self,
        directory: Path,
        on_change: Callable[[Config], None],
        on_error: Callable[[list[Problem]], None],
        interval: float = 2.0,
        *,
        current: Config | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.directory = Path(directory)
        self.interval = interval
        self._on_change, self._on_error, self._env = on_change, on_error, env
        self._good = current  # the config in force
        self._seen: str | None = None  # digest of the files last acted on (loaded or reported)
        self._broken = False
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        """Start watching in the running event loop (files as they are now are the baseline)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name="config-watcher")

    async def stop(self) -> None:
        """Stop watching; returns once the task has ended."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def run(self) -> None:
        """Check now (the baseline), then every `interval` seconds until cancelled."""
        while True:
            try:
                await self.check()
            except Exception:  # the watcher must outlive any surprise; the next check retries
                log.exception("config watcher: checking %s failed", self.directory)
            await asyncio.sleep(self.interval)

    async def check(self) -> None:
        """Compare the files with the last state acted on; load and report if they changed."""
        digest, texts, problems = self._snapshot()
        if digest == self._seen:
            return
        if self._seen is not None:
            # An editor may be half-way through writing: act on contents that held still briefly.
            await asyncio.sleep(min(0.2, self.interval / 4))
            if self._snapshot()[0] != digest:
                return  # still moving; the next check looks again
        first, self._seen = self._seen is None, digest
        config = None
        if not problems:
            try:
                config = config_from_texts(self.directory, *texts, env=self._env)
            except ConfigError as err:
                problems = err.problems
        if config is None:
            self._broken = True  # on_error reports it: logged here too, the operator read it twice
            self._call(self._on_error, problems)
            return
        previous, was_broken = self._good, self._broken
        self._good, self._broken = config, False
        # The first check only records the baseline, unless the caller's config is out of date.
        if (config != previous or was_broken) and not (first and previous is None):
            log.info("config %s reloaded: %d feeds, %d watches", self.directory, len(config.feeds), len(config.watches))
            self._call(self._on_change, config)

    def _snapshot(self) -> tuple[str, tuple[bytes | None, bytes | None], list[Problem]]:
        """A digest of both files' contents (None when missing) and the bytes themselves."""
        try:
            texts = read_texts(self.directory)
        except ConfigError as err:
            return "unreadable:" + "\n".join(map(str, err.problems)), (None, None), err.problems
        digest = hashlib.sha256()
        for raw in texts:
            digest.update(b"-" if raw is None else b"+%d:" % len(raw) + raw)
        return digest.hexdigest(), texts, []

    def _call(self, callback: Callable, argument: object) -> None:
        try:
            callback(argument)
        except Exception:  # a failing callback must not stop the watching
            log.exception("config watcher: %s raised", getattr(callback, "__name__", callback))
