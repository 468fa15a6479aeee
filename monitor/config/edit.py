"""Edits of keywords.toml made by the web page (issue 14): the file keeps its comments and layout
(tomlkit), goes through the same validation as `check-config`, and is replaced atomically, so
a bad edit is refused with its message and the running monitor's ConfigWatcher sees only whole,
valid files."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import tomlkit

from monitor.config.load import FEEDS_FILE, KEYWORDS_FILE, config_from_texts
from monitor.config.problems import ConfigError, Problem


class WatchNotFound(LookupError):
    """No `[[watch]]` of keywords.toml has this name."""


def with_watch_query(text: str, name: str, query: str) -> str:
    """keywords.toml's `text` with the query of the watch named `name` replaced, all else kept."""
    document = tomlkit.parse(text)
    for table in document.get("watch", []):
        if str(table.get("name", "")).strip().casefold() == name.strip().casefold():
            table["query"] = query
            return tomlkit.dumps(document)
    raise WatchNotFound(name)


def save_keywords(directory: Path, text: str) -> list[Problem]:
    """Write `text` as keywords.toml if the config with it is valid; its problems otherwise
    (and the file untouched)."""
    directory = Path(directory)
    feeds = (directory / FEEDS_FILE).read_bytes() if (directory / FEEDS_FILE).exists() else None
    try:
        config_from_texts(directory, feeds, text.encode("utf-8"))
    except ConfigError as err:
        return err.problems
    target = directory / KEYWORDS_FILE
    fd, temporary = tempfile.mkstemp(dir=directory, prefix=".keywords.", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        os.replace(temporary, target)  # readers see the old file or the new one, never half
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return []
