"""Read the config directory into a Config, collecting every problem rather than the first."""
from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import BaseModel, ValidationError

from monitor.config.files import FeedsFile, KeywordsFile, show, to_config
from monitor.config.problems import ConfigError, Problem, find_line, key_path, syntax_problem, validation_problems
from monitor.config.settings import Config
from monitor.query import Aliases, QueryError, parse_query

FEEDS_FILE = "feeds.toml"
KEYWORDS_FILE = "keywords.toml"
ADMINS_ENV = "TELEGRAM_ADMINS"


def load_config(directory: Path, env: Mapping[str, str] | None = None) -> Config:
    """The config in `directory`; raises ConfigError listing every problem."""
    directory = Path(directory)
    return config_from_texts(directory, *read_texts(directory), env=env)


def check_config(directory: Path, env: Mapping[str, str] | None = None) -> list[Problem]:
    """Every problem of the config in `directory`; empty when it is valid."""
    try:
        load_config(directory, env)
    except ConfigError as err:
        return err.problems
    return []


def config_warnings(directory: Path, config: Config) -> list[str]:
    """What is allowed but probably not meant: no keywords.toml, or no feed in feeds.toml."""
    warnings = []
    if not (Path(directory) / KEYWORDS_FILE).exists():
        warnings.append(f"{Path(directory) / KEYWORDS_FILE} not found: no watches from the config "
                        "(chats can still add theirs)")
    if not config.feeds:
        warnings.append(f"{Path(directory) / FEEDS_FILE} lists no feed: add [[feed]] tables "
                        "(or `veille import-opml FILE`)")
    return warnings


def read_texts(directory: Path) -> tuple[bytes | None, bytes | None]:
    """The raw bytes of feeds.toml and keywords.toml; None for a file that is not there."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ConfigError([Problem(str(directory), None, "", "not a directory (--config or VEILLE_CONFIG names "
                                   "the directory holding feeds.toml and keywords.toml)")])
    return _read(directory / FEEDS_FILE), _read(directory / KEYWORDS_FILE)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise ConfigError([Problem(str(path), None, "", f"cannot be read: {err.strerror or err}")]) from None


def config_from_texts(
    directory: Path, feeds: bytes | None, keywords: bytes | None, env: Mapping[str, str] | None = None
) -> Config:
    """The Config from the two files' bytes (a missing keywords.toml means no watches)."""
    problems: list[Problem] = []
    feeds_name, keywords_name = str(Path(directory) / FEEDS_FILE), str(Path(directory) / KEYWORDS_FILE)
    if feeds is None:
        problems.append(Problem(feeds_name, None, "", "file not found (the config directory needs feeds.toml)"))
    feeds_text, feeds_data = _parse_toml(feeds_name, feeds or b"", problems)
    keywords_text, keywords_data = _parse_toml(keywords_name, keywords or b"", problems)
    feeds_file = _validate(feeds_name, feeds_text, feeds_data, FeedsFile, problems)
    keywords_file = _validate(keywords_name, keywords_text, keywords_data, KeywordsFile, problems)
    # Cross-checks read the raw tables, so they run even when another key is broken.
    problems += _duplicates(feeds_name, feeds_text, feeds_data, "feed", "url", str)
    problems += _duplicates(keywords_name, keywords_text, keywords_data, "watch", "name", str.casefold)
    problems += _query_problems(keywords_name, keywords_text, keywords_data)
    try:
        admins = env_admins(os.environ if env is None else env)
    except ConfigError as err:
        problems += err.problems
        admins = ()
    if problems or feeds_file is None or keywords_file is None:
        order = {feeds_name: 0, keywords_name: 1}
        raise ConfigError(sorted(problems, key=lambda p: (order.get(p.file, 2), p.line or 0)))
    return to_config(feeds_file, keywords_file, admins)


def env_admins(env: Mapping[str, str]) -> tuple[int, ...]:
    """Admin user ids from TELEGRAM_ADMINS ("123, 456"); raises ConfigError on a bad id."""
    admins, problems = [], []
    for item in env.get(ADMINS_ENV, "").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            admins.append(int(item))
        except ValueError:
            problems.append(Problem("environment", None, ADMINS_ENV, f"{show(item)} is not a Telegram user id"))
    if problems:
        raise ConfigError(problems)
    return tuple(admins)


def _parse_toml(name: str, raw: bytes, problems: list[Problem]) -> tuple[str, dict | None]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        problems.append(Problem(name, raw[: err.start].count(b"\n") + 1, "", "not valid UTF-8 (save the file as UTF-8)"))
        return "", None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        problems.append(syntax_problem(name, text, err))
        return text, None
    except RecursionError:  # tomllib reads nested arrays and tables recursively (issue 10)
        problems.append(Problem(name, None, "", "arrays or tables nested too deeply to be read: "
                                "a config needs only a few levels"))
        return text, None


def _validate(name: str, text: str, data: dict | None, model: type[BaseModel], problems: list[Problem]):
    if data is None:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems += validation_problems(name, text, err, model)
        return None


def _tables(data: dict | None, array: str) -> list[tuple[int, dict]]:
    items = (data or {}).get(array)
    return [(i, t) for i, t in enumerate(items) if isinstance(t, dict)] if isinstance(items, list) else []


def _duplicates(name: str, text: str, data: dict | None, array: str, key: str,
                same: Callable[[str], str]) -> list[Problem]:
    """`key` must differ between the tables of `array` (feed urls, watch names)."""
    seen: dict[str, int] = {}
    problems = []
    for index, table in _tables(data, array):
        value = table.get(key)
        if not isinstance(value, str):
            continue
        normalised = same(value.strip())
        if normalised in seen:
            loc = (array, index, key)
            first = key_path((array, seen[normalised], key))
            problems.append(Problem(name, find_line(text, loc), key_path(loc), f"{show(value)} is already {first}"))
        else:
            seen[normalised] = index
    return problems


def _query_problems(name: str, text: str, data: dict | None) -> list[Problem]:
    """Each watch's query must parse (with the file's aliases), as QUERY.md says."""
    groups = _raw_alias_groups(data)
    try:
        aliases = Aliases.from_groups(groups) if groups else None
    except Exception as err:  # an alias the query language refuses
        return [Problem(name, find_line(text, ("aliases",)), "aliases", str(err))]
    problems = []
    for index, table in _tables(data, "watch"):
        query = table.get("query")
        if not isinstance(query, str) or not query.strip():
            continue  # the schema already reports it
        try:
            parse_query(query, aliases)
        except QueryError as err:
            loc = ("watch", index, "query")
            problems.append(Problem(name, find_line(text, loc), key_path(loc), _query_message(err)))
    return problems


def _query_message(err) -> str:
    message = err.message("en")
    column = getattr(err, "column", None)
    return message if column is None or "column" in message else f"{message} at column {column}"


def _raw_alias_groups(data: dict | None) -> tuple[tuple[str, ...], ...]:
    aliases = (data or {}).get("aliases")
    if not isinstance(aliases, dict):
        return ()
    return tuple(
        (key, *values) for key, values in aliases.items()
        if isinstance(values, list) and values and all(isinstance(v, str) and v.strip() for v in values)
    )
