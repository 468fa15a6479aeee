"""`python bot.py [COMMAND] [OPTIONS]` (the `veille` console script): thin commands over the modules."""
from __future__ import annotations

import argparse
import importlib.metadata
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from monitor.cli import collection, commands
from monitor.store.db import DatabaseError, database_error

DEFAULT_CONFIG = "config"
DEFAULT_DB = "data/veille.db"

EPILOG = """examples:
  veille run                                  poll the configured feeds, alert on Telegram or the console
  veille poll --once                          one cycle over every feed, print the new alerts
  veille test 'licenciements AWS' --feed https://www.lemagit.fr/rss/actualites.xml
  veille search '"plan social" OR licenciements' --since 30d --limit 20
  veille feeds --json                         each feed's state
  veille check-config                         validate config/feeds.toml and config/keywords.toml
  veille import-opml abonnements.opml         add another reader's feeds to config/feeds.toml
  veille export-opml > veille.opml            every feed as OPML
  veille export --chat 123456789 --format csv a chat's watches and the articles they matched

exit codes:
  0  done            1  check-config found problems, or health found polling or delivery stuck
  2  a config or usage problem (one line on stderr says which file and what)
  3  the database cannot be used: missing (feeds, search, stories, health), not SQLite, damaged,
     read-only, a directory, its folder cannot be created, disk full (one line says what to do)
  4  poll --once: some feeds failed (each is named on stderr)
  5  health: degraded (it runs, but every feed has failed for 30 min, or the database refuses writes)
  130 interrupted

Global options (--config, --db, -v) may also follow the command: veille feeds --db FILE.
A query starting with - needs no --: veille search '-Azure cloud'.
"""
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_FEEDS_FAILED = 4


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _global_options(parser: argparse.ArgumentParser, default) -> None:
    """--config, --db, -v: on the main parser with their defaults, and after any command
    (there with no default, so one given before the command is not overwritten)."""
    config_default = Path(os.environ.get("VEILLE_CONFIG", DEFAULT_CONFIG)) if default else argparse.SUPPRESS
    db_default = Path(os.environ.get("VEILLE_DB", DEFAULT_DB)) if default else argparse.SUPPRESS
    parser.add_argument("--config", type=Path, default=config_default,
                        help="directory holding feeds.toml and keywords.toml (env VEILLE_CONFIG; default config/)")
    parser.add_argument("--db", type=Path, default=db_default,
                        help="SQLite database file (env VEILLE_DB; default data/veille.db)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        default=False if default else argparse.SUPPRESS, help="log debug details")


def _version() -> str:
    try:
        return importlib.metadata.version("veille")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout without installing
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veille", description="Veille: French tech news monitor with Telegram alerts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser, default=True)
    parser.add_argument("--version", action="version", version=f"veille {_version()}")
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, default=False)
    sub = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), common)

    sub.add_parser("run", help="poll on schedule and alert until SIGINT/SIGTERM (default)",
                   epilog="example: TELEGRAM_BOT_TOKEN=123:abc veille run")

    poll = sub.add_parser("poll", help="poll every feed once and print the new alerts",
                          epilog="example: veille poll --once\n"
                                 "exit codes: 0 every feed polled, 4 some feeds failed (named on stderr)")
    poll.add_argument("--once", action="store_true", required=True, help="one cycle, then exit")
    poll.add_argument("--json", action="store_true", help="print the new alerts as JSON")

    test = sub.add_parser("test", help="show which entries of a feed match a query",
                          epilog="example: veille test 'licenciements AWS' --feed feed.xml --json")
    test.add_argument("query")
    test.add_argument("--feed", required=True, help="feed URL or local file")
    test.add_argument("--json", action="store_true", help="print a JSON array (id, link, title, words)")
    test.add_argument("--fulltext", action="store_true",
                      help="also fetch each entry's article page and match its text (politely: robots.txt, 1 s per site)")

    search = sub.add_parser("search", help="search stored articles with the query language",
                            epilog="example: veille search 'cyber* rançongiciel' --since 7d --limit 5")
    search.add_argument("query")
    search.add_argument("--since", default=None, help="only articles newer than this (e.g. 7d, 12h)")
    search.add_argument("--limit", type=_positive, default=20, help="at most this many articles (default 20)")
    search.add_argument("--json", action="store_true")

    stories = sub.add_parser("stories", help="recent stories, each with its articles from every outlet",
                             epilog="example: veille stories --since 2d --json")
    stories.add_argument("--since", default="2d", help="stories with an article newer than this (default 2d)")
    stories.add_argument("--limit", type=int, default=100)
    stories.add_argument("--json", action="store_true")

    feeds = sub.add_parser("feeds", help="each feed's state: articles, last success and article, next poll, problem",
                           epilog="example: veille feeds --json\n(times in `timezone` of keywords.toml, Europe/Paris by default)")
    feeds.add_argument("--json", action="store_true")

    opml_in = sub.add_parser("import-opml", help="append an OPML file's feeds to feeds.toml (comments kept)",
                             epilog="example: veille import-opml abonnements.opml")
    opml_in.add_argument("file", help="an OPML file exported by another reader")
    sub.add_parser("export-opml", help="print every feed (config and chat-added) as OPML",
                   epilog="example: veille export-opml > veille.opml")

    export = sub.add_parser("export", help="a chat's watches and the articles they matched (JSON or CSV)",
                            epilog="example: veille export --chat 123456789 --format csv > veille.csv\n"
                                   "(chat 0 is the operator's console)")
    export.add_argument("--chat", type=int, required=True, help="Telegram chat id (0: the console's watches)")
    export.add_argument("--format", choices=("json", "csv"), default="json")

    sub.add_parser("check-config", help="validate the config and print every problem",
                   epilog="example: veille --config config/ check-config")
    health = sub.add_parser("health", help="exit non-zero when polling or delivery is stuck",
                            epilog="example: veille health || systemctl restart veille")
    health.add_argument("--json", action="store_true")
    return parser


class _Commands:
    """The subparsers, each also taking the global options after the command."""

    def __init__(self, sub, common: argparse.ArgumentParser) -> None:
        self.sub, self.common = sub, common

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        return self.sub.add_parser(name, parents=[self.common],
                                   formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)


def _query_not_option(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """`search -Azure`: a query may start with -; argparse would read it as an unknown option.

    Only for search and test (whose one positional is the query), only when no `--` was given,
    and only for an argument that none of the command's options starts with: it is moved last,
    after `--`. The options are read from the parser itself, so a new one is never mistaken.
    """
    argv = list(argv)
    command = next((i for i, a in enumerate(argv) if a in ("search", "test")), None)
    if command is None or "--" in argv:
        return argv
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    actions = commands.choices[argv[command]]._option_string_actions  # option string -> its action
    valued = {option for option, action in actions.items() if action.nargs != 0}  # e.g. --since 7d
    for i in range(command + 1, len(argv)):
        arg = argv[i]
        if arg.startswith("-") and len(arg) > 1 and not arg.startswith(tuple(actions)) \
                and argv[i - 1] not in valued:
            return argv[:i] + argv[i + 1:] + ["--", arg]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_query_not_option(parser, sys.argv[1:] if argv is None else argv))
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request at INFO: one line per poll is noise for the operator.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    command = args.command or "run"
    handler = {
        "run": commands.run,
        "poll": commands.poll_once,
        "test": commands.test_query,
        "search": commands.search,
        "stories": commands.stories,
        "feeds": commands.feeds,
        "check-config": commands.check_config,
        "health": commands.health,
        "import-opml": collection.import_opml,
        "export-opml": collection.export_opml,
        "export": collection.export_chat,
    }[command]
    try:
        return handler(args)
    except commands.SomeFeedsFailed:
        return EXIT_FEEDS_FAILED
    except commands.CommandError as err:
        print(f"veille {command}: {err}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as err:
        print(f"veille {command}: {err}", file=sys.stderr)
        return EXIT_DATABASE
    except sqlite3.DatabaseError as err:  # damage found only by a later query (corrupted pages)
        print(f"veille {command}: {database_error(args.db, err)}", file=sys.stderr)
        return EXIT_DATABASE
    except KeyboardInterrupt:
        return 130
