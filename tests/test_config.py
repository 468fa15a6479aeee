"""Config: the shipped files, validation with file/line/key, env admins, hot reload."""
from __future__ import annotations

import asyncio
import dataclasses
import os
import textwrap
from pathlib import Path

import pytest

from monitor.config import (
    Config,
    ConfigError,
    ConfigWatcher,
    FeedConfig,
    Problem,
    WatchConfig,
    check_config,
    env_admins,
    load_config,
)
from monitor.config.problems import find_line, key_path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_FEEDS = [
    ("Le Monde Informatique", "https://www.lemondeinformatique.fr/flux-rss/thematique/toutes-les-actualites/rss.xml"),
    ("L'Informé", "https://www.linforme.com/rss/all_headline.xml"),
    ("LeMagIT", "https://www.lemagit.fr/rss/actualites.xml"),
    ("Silicon.fr", "https://www.silicon.fr/feed"),
    ("ZDNet France", "https://www.zdnet.fr/feeds/rss/actualites/"),
    ("01net", "https://www.01net.com/actualites/feed/"),
    ("Next", "https://next.ink/feed/"),
    ("Numerama", "https://www.numerama.com/feed/"),
    ("Journal du Geek", "https://www.journaldugeek.com/feed/"),
    ("L'Usine Digitale", "https://www.usine-digitale.fr/rss"),
]
FEEDS = """\
[[feed]]
name = "Next"
url = "https://next.ink/feed/"
"""
KEYWORDS = """\
[[watch]]
name = "AWS"
query = "licenciements AWS"
"""
NO_ENV: dict[str, str] = {}


def write(directory: Path, feeds: str | None = FEEDS, keywords: str | None = KEYWORDS) -> Path:
    directory.mkdir(exist_ok=True)
    for name, text in (("feeds.toml", feeds), ("keywords.toml", keywords)):
        if text is not None:
            (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def problems_of(directory: Path, env: dict[str, str] = NO_ENV) -> list[Problem]:
    with pytest.raises(ConfigError) as caught:
        load_config(directory, env)
    assert check_config(directory, env) == caught.value.problems
    return caught.value.problems


def line_of(text: str, marker: str) -> int:
    """The 1-based line of the first line containing `marker`."""
    return next(i for i, line in enumerate(textwrap.dedent(text).splitlines(), 1) if marker in line)


# --- the shipped files -------------------------------------------------------------------

def test_shipped_config_validates_with_the_real_feeds_and_example_watches():
    assert check_config(ROOT / "config", NO_ENV) == []
    config = load_config(ROOT / "config", NO_ENV)
    assert [(f.name, f.url) for f in config.feeds] == SHIPPED_FEEDS
    assert all(f.interval_seconds is None for f in config.feeds)  # adaptive by default
    assert config.watches[0].query == "licenciements AWS"
    queries = {w.query for w in config.watches}
    assert {'"plan social" OR "suppressions de postes"', "cyber* (attaque OR rançongiciel)", "title:Nvidia",
            '(Azure OR AWS OR "Google Cloud") panne'} <= queries
    assert ("AWS", "Amazon Web Services") in config.aliases
    assert config.fetch.allow_private is False


def test_the_commented_telegram_section_of_the_shipped_keywords_is_valid(tmp_path):
    text = (ROOT / "config" / "keywords.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    start = lines.index("# [telegram]")
    uncommented = lines[:start] + [line.removeprefix("# ") for line in lines[start:]]
    write(tmp_path, (ROOT / "config" / "feeds.toml").read_text(encoding="utf-8"), "\n".join(uncommented))
    telegram = load_config(tmp_path, NO_ENV).telegram
    assert telegram.admins == (123456789,) and telegram.access == "open" and telegram.language == "fr"


# --- values ------------------------------------------------------------------------------

@pytest.mark.parametrize(("interval", "seconds"), [
    ('"10m"', 600), ('"30s"', 30), ('"1h"', 3600), ('"90s"', 90), ('"10s"', 10), ('"1h30m"', 5400), (None, None),
])
def test_intervals_are_honoured_as_given(tmp_path, interval, seconds):
    extra = f"interval = {interval}\n" if interval else ""
    config = load_config(write(tmp_path, FEEDS + extra), NO_ENV)
    assert config.feeds == (FeedConfig("Next", "https://next.ink/feed/", seconds),)


@pytest.mark.parametrize(("interval", "expected"), [
    ('"5s"', '"5s" is below the 10 s minimum (write e.g. "30s" or "10m")'),
    ('"9.5s"', '"9.5s" is below the 10 s minimum'),
    ("600", 'expected a duration in quotes like "30s" or "10m", got 600'),
    ('"10 minutes"', '"10 minutes" is not a duration'),
    ('"30d"', 'is above the 168 h maximum'),
])
def test_bad_intervals_are_reported_with_line_key_and_an_example(tmp_path, interval, expected):
    feeds = FEEDS + "\n[[feed]]\nname = \"Numerama\"\nurl = \"https://www.numerama.com/feed/\"\n" \
        f"interval = {interval}\n"
    [problem] = problems_of(write(tmp_path, feeds))
    assert (problem.file, problem.line, problem.key) == (str(tmp_path / "feeds.toml"), 8, "feed[2].interval")
    assert expected in problem.message
    assert str(problem).startswith(f"{tmp_path}/feeds.toml:8: feed[2].interval: ")


def test_problem_str_reads_like_a_compiler_message():
    problem = Problem("config/feeds.toml", 12, "feed[3].interval", '"5s" is below the 10 s minimum')
    assert str(problem) == 'config/feeds.toml:12: feed[3].interval: "5s" is below the 10 s minimum'
    assert str(Problem("config/feeds.toml", None, "", "file not found")) == "config/feeds.toml: file not found"


def test_every_problem_of_both_files_is_reported_with_its_line(tmp_path):
    feeds = """\
    [[feed]]
    name = "Bad scheme"
    url = "ftp://example.fr/feed"          # M1
    [[feed]]
    name = "Typo"
    url = "https://example.fr/a"
    intervall = "10m"                      # M2
    [[feed]]                               # M3
    url = "https://example.fr/b"
    [[feed]]
    name = "Again"
    url = "https://example.fr/a"           # M4
    [fetch]
    max_body_mb = 0                        # M5
    """
    keywords = """\
    [[watch]]
    name = "Cloud"
    query = "(AWS OR Azure"                # K1
    [[watch]]
    name = "cloud"                         # K2
    query = "panne"
    chats = [123, "456"]                   # K3
    [telegram]
    access = "everyone"                    # K4
    """
    problems = problems_of(write(tmp_path, feeds, keywords), {"TELEGRAM_ADMINS": "12,abc"})
    feeds_file, keywords_file = str(tmp_path / "feeds.toml"), str(tmp_path / "keywords.toml")
    found = {(p.file, p.line, p.key): p.message for p in problems}
    expected = {
        (feeds_file, line_of(feeds, "M1"), "feed[1].url"): "is not an http(s) URL",
        (feeds_file, line_of(feeds, "M2"), "feed[2].intervall"): "unknown key (expected one of: fulltext, interval, name, url)",
        (feeds_file, line_of(feeds, "M3"), "feed[3].name"): "required",
        (feeds_file, line_of(feeds, "M4"), "feed[4].url"): "is already feed[2].url",
        (feeds_file, line_of(feeds, "M5"), "fetch.max_body_mb"): "must be above 0",
        (keywords_file, line_of(keywords, "K1"), "watch[1].query"): "parenthesis opened but never closed (column 1)",
        (keywords_file, line_of(keywords, "K2"), "watch[2].name"): '"cloud" is already watch[1].name',
        (keywords_file, line_of(keywords, "K3"), "watch[2].chats[2]"): 'expected an integer, got "456"',
        (keywords_file, line_of(keywords, "K4"), "telegram.access"): "expected 'open' or 'allowlist'",
        ("environment", None, "TELEGRAM_ADMINS"): '"abc" is not a Telegram user id',
    }
    assert set(found) == set(expected), problems
    for where, fragment in expected.items():
        assert fragment in found[where], (where, found[where])


@pytest.mark.parametrize(("text", "line", "column"), [
    ('[[feed]]\nname = "Next"\nurl = "https://next.ink/feed/\n', 3, None),  # unterminated string
    ('[[feed]]\nname = "Next" "again"\n', 2, 15),
    ('[[feed]]\nname = "a"\nname = "b"\n', 3, None),  # a key given twice
])
def test_toml_syntax_errors_give_line_and_column(tmp_path, text, line, column):
    [problem] = problems_of(write(tmp_path, text))
    assert problem.file == str(tmp_path / "feeds.toml") and problem.key == ""
    assert problem.line == line and problem.message.startswith("invalid TOML: ")
    if column is not None:
        assert f"(column {column})" in problem.message


def test_an_unknown_table_is_reported_at_its_header_with_the_expected_keys(tmp_path):
    feeds = FEEDS + "\n[fetsh]\ntimeout = \"10s\"\n"
    [problem] = problems_of(write(tmp_path, feeds))
    assert (problem.line, problem.key) == (5, "fetsh")
    assert problem.message == "unknown key (expected one of: feed, fetch)"


def test_broken_keywords_file_is_reported_with_the_feeds_file_problems(tmp_path):
    problems = problems_of(write(tmp_path, '[[feed]]\nname = "x"\n', "[[watch]\n"))
    assert {(Path(p.file).name, p.key) for p in problems} == {("feeds.toml", "feed[1].url"), ("keywords.toml", "")}


def test_bad_queries_use_the_aliases_of_the_file_and_report_each_watch(tmp_path):
    keywords = """\
    [[watch]]
    name = "ok"
    query = '"Amazon Web Services" licenciements'
    [[watch]]
    name = "or"
    query = "AWS OR"
    [[watch]]
    name = "not"
    query = "-Azure"
    [aliases]
    AWS = ["Amazon Web Services"]
    """
    problems = problems_of(write(tmp_path, FEEDS, keywords))
    assert [(p.line, p.key) for p in problems] == [(6, "watch[2].query"), (9, "watch[3].query")]
    assert "OR must stand between two terms" in problems[0].message
    assert "only exclusions" in problems[1].message


@pytest.mark.parametrize(("keywords", "line", "key", "fragment"), [
    ('[[watch]]\nname = " "\nquery = "a"\n', 2, "watch[1].name", "must not be empty"),
    ('[[watch]]\nname = "a"\nquery = "a"\nchats = [0]\n', 4, "watch[1].chats[1]", "0 is not a Telegram chat id"),
    ('[[watch]]\nname = "a"\nquery = "a"\nchats = 5\n', 4, "watch[1].chats", "expected a list"),
    ('[[watch]]\nname = "a"\n', 1, "watch[1].query", "missing (required)"),
    ('[aliases]\nAWS = []\n', 2, "aliases.AWS", "must not be empty"),
    ('[aliases]\n"Google Cloud" = "GCP"\n', 2, 'aliases."Google Cloud"', 'an alias group is a list: "Google Cloud" = ["GCP"]'),
    ('[telegram]\nmax_watches_per_chat = 0\n', 2, "telegram.max_watches_per_chat", "must be at least 1"),
    ('[telegram]\nlanguage = "de"\n', 2, "telegram.language", "expected 'fr' or 'en', got \"de\""),
    ('\n[telegram]\nadmins = [true]\n', 3, "telegram.admins[1]", "expected an integer, got true"),
    ('telegram = 3\n', 1, "telegram", "expected a table, got 3"),
])
def test_keyword_values_are_checked(tmp_path, keywords, line, key, fragment):
    [problem] = problems_of(write(tmp_path, FEEDS, keywords))
    assert (problem.line, problem.key) == (line, key)
    assert fragment in problem.message


def test_full_keywords_file_gives_typed_frozen_values(tmp_path):
    keywords = KEYWORDS + """\
    chats = [-1001234567890, 42]
    [aliases]
    AWS = ["Amazon Web Services", "Amazon WS"]
    [telegram]
    admins = [7, 8]
    access = "allowlist"
    allowed_chats = [42]
    language = "en"
    max_watches_per_chat = 5
    """
    config = load_config(write(tmp_path, FEEDS, keywords), {"TELEGRAM_ADMINS": " 8, 9 "})
    assert config.watches == (WatchConfig("AWS", "licenciements AWS", (-1001234567890, 42)),)
    assert config.aliases == (("AWS", "Amazon Web Services", "Amazon WS"),)
    assert config.telegram.admins == (7, 8, 9)
    assert (config.telegram.access, config.telegram.allowed_chats, config.telegram.language) == ("allowlist", (42,), "en")
    assert config.telegram.max_watches_per_chat == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.feeds = ()  # type: ignore[misc]
    assert hash(config)  # frozen all the way down: usable as a dict key, comparable across reloads


def test_fetch_table(tmp_path):
    config = load_config(write(tmp_path, FEEDS + '[fetch]\nallow_private = true\nmax_body_mb = 2\ntimeout = "1m"\n'),
                         NO_ENV)
    assert (config.fetch.allow_private, config.fetch.max_body_bytes, config.fetch.timeout_seconds) == (True, 2 << 20, 60)
    [problem] = problems_of(write(tmp_path, FEEDS + '[fetch]\nallow_private = "no"\n'))
    assert problem.key == "fetch.allow_private" and problem.message == 'expected true or false, got "no"'


@pytest.mark.parametrize(("value", "admins"), [("", ()), ("1", (1,)), (" 1, 2,,3 ", (1, 2, 3)), ("-5", (-5,))])
def test_env_admins(value, admins):
    assert env_admins({"TELEGRAM_ADMINS": value}) == admins
    assert env_admins({}) == ()


def test_env_admins_refuses_what_is_not_an_id():
    with pytest.raises(ConfigError) as caught:
        env_admins({"TELEGRAM_ADMINS": "12, @bob"})
    assert [str(p) for p in caught.value.problems] == ['environment: TELEGRAM_ADMINS: "@bob" is not a Telegram user id']


def test_missing_files_and_directories(tmp_path):
    assert load_config(write(tmp_path, FEEDS, None), NO_ENV).watches == ()  # no keywords.toml: no watches
    (tmp_path / "feeds.toml").unlink()
    [problem] = problems_of(tmp_path)
    assert problem.file == str(tmp_path / "feeds.toml") and "file not found" in problem.message
    [problem] = problems_of(tmp_path / "nowhere")
    assert "not a directory" in problem.message
    (tmp_path / "feeds.toml").write_bytes(b'[[feed]]\nname = "\xe9"\n')
    [problem] = problems_of(tmp_path)
    assert problem.line == 2 and "UTF-8" in problem.message


@pytest.mark.parametrize(("loc", "path"), [
    (("feed", 2, "interval"), "feed[3].interval"),
    (("watch", 0, "chats", 1), "watch[1].chats[2]"),
    (("aliases", "Google Cloud"), 'aliases."Google Cloud"'),
    (("fetch",), "fetch"),
])
def test_key_path(loc, path):
    assert key_path(loc) == path


LOCATED = """\
# a comment mentioning [[feed]] and name = "x"
top = 1
[[feed]]
name = "a"
[[feed]]
  "url" = "b"
name = 'c'
[ fetch ]  # the table
timeout = "1s"
[aliases]
"Google Cloud" = ["GCP"]
"""


@pytest.mark.parametrize(("loc", "line"), [
    (("top",), 2),
    (("feed", 0, "name"), 4),
    (("feed", 1, "url"), 6),
    (("feed", 1, "name"), 7),
    (("feed", 1, "interval"), 5),  # a missing key: the table's header
    (("feed", 5, "name"), None),
    (("fetch", "timeout"), 9),
    (("fetch",), 8),
    (("aliases", "Google Cloud", 0), 11),
    (("nothing",), None),
])
def test_find_line(loc, line):
    assert find_line(LOCATED, loc) == line


# --- hot reload --------------------------------------------------------------------------

class Seen:
    """What a ConfigWatcher reported."""

    def __init__(self) -> None:
        self.changes: list[Config] = []
        self.errors: list[list[Problem]] = []


async def wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "not reported in time"
        await asyncio.sleep(0.02)


@pytest.fixture
async def watching(tmp_path):
    directory = write(tmp_path / "config")
    seen = Seen()
    watcher = ConfigWatcher(directory, seen.changes.append, seen.errors.append, interval=0.05, env=NO_ENV)
    watcher.start()
    await asyncio.sleep(0.1)  # the baseline
    yield directory, seen
    await watcher.stop()


async def test_a_valid_edit_takes_effect_and_an_unchanged_file_does_not_reload(watching):
    directory, seen = watching
    assert seen.changes == [] and seen.errors == []
    (directory / "feeds.toml").write_text(FEEDS + 'interval = "10m"\n', encoding="utf-8")
    await wait_for(lambda: seen.changes)
    assert seen.changes[-1].feeds[0].interval_seconds == 600
    os.utime(directory / "feeds.toml")  # touched, same content
    (directory / "keywords.toml").write_text("# a comment only changes nothing\n" + KEYWORDS, encoding="utf-8")
    await asyncio.sleep(0.3)
    assert len(seen.changes) == 1 and seen.errors == []


@pytest.mark.parametrize(("file", "text", "line", "key", "fragment"), [
    ("feeds.toml", FEEDS + "interval = 10m\n", 4, "", "invalid TOML"),
    ("feeds.toml", FEEDS + 'every = "10m"\n', 4, "feed[1].every", "unknown key"),
    ("keywords.toml", KEYWORDS.replace("licenciements AWS", '\\"plan social'), 3, "watch[1].query", "quote"),
])
async def test_a_broken_edit_is_reported_once_and_a_fix_applies_again(watching, file, text, line, key, fragment):
    directory, seen = watching
    (directory / file).write_text(text, encoding="utf-8")
    await wait_for(lambda: seen.errors)
    [[problem]] = seen.errors
    assert (Path(problem.file).name, problem.line, problem.key) == (file, line, key)
    assert fragment in problem.message
    await asyncio.sleep(0.3)  # many checks later: still reported once, still no change
    assert len(seen.errors) == 1 and seen.changes == []
    # Back to the very same config as before: reported as a change, so the bot knows it is fixed.
    (directory / file).write_text(FEEDS if file == "feeds.toml" else KEYWORDS, encoding="utf-8")
    await wait_for(lambda: seen.changes)
    assert seen.changes[-1].feeds[0].url == "https://next.ink/feed/"
    assert len(seen.errors) == 1


async def test_each_distinct_broken_state_is_reported(watching):
    directory, seen = watching
    (directory / "feeds.toml").write_text("[[feed]\n", encoding="utf-8")
    await wait_for(lambda: len(seen.errors) == 1)
    (directory / "feeds.toml").unlink()
    await wait_for(lambda: len(seen.errors) == 2)
    assert "file not found" in seen.errors[1][0].message
    assert seen.changes == []


async def test_a_stale_starting_config_is_replaced_on_the_first_check(tmp_path):
    directory = write(tmp_path)
    seen = Seen()
    stale = Config()
    watcher = ConfigWatcher(directory, seen.changes.append, seen.errors.append, interval=0.05, current=stale, env=NO_ENV)
    watcher.start()
    await wait_for(lambda: seen.changes)
    await watcher.stop()
    assert seen.changes == [load_config(directory, NO_ENV)]


async def test_a_raising_callback_does_not_stop_the_watcher(tmp_path):
    directory = write(tmp_path)
    calls: list[Config] = []

    def on_change(config: Config) -> None:
        calls.append(config)
        raise RuntimeError("the bot was not ready")

    watcher = ConfigWatcher(directory, on_change, lambda problems: None, interval=0.05, env=NO_ENV)
    watcher.start()
    await asyncio.sleep(0.1)
    (directory / "feeds.toml").write_text(FEEDS + 'interval = "1m"\n', encoding="utf-8")
    await wait_for(lambda: len(calls) == 1)
    (directory / "feeds.toml").write_text(FEEDS + 'interval = "2m"\n', encoding="utf-8")
    await wait_for(lambda: len(calls) == 2)
    await watcher.stop()
    assert calls[1].feeds[0].interval_seconds == 120
