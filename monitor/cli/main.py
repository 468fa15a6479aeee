"""`python bot.py [COMMAND] [OPTIONS]` (the `veille` console script): thin commands over the modules."""
from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from monitor.cli import commands
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

exit codes:
  0  done            1  check-config found problems, or health found polling or delivery stuck
  2  a config or usage problem (one line on stderr says which file and what)
  3  the database cannot be used: missing (feeds, search, stories, health), not SQLite, damaged,
     read-only, a directory, its folder cannot be created, disk full (one line says what to do)
  130 interrupted
"""
EXIT_USAGE = 2
EXIT_DATABASE = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veille", description="Veille: French tech news monitor with Telegram alerts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", type=Path, default=Path(os.environ.get("VEILLE_CONFIG", DEFAULT_CONFIG)),
                        help="directory holding feeds.toml and keywords.toml (env VEILLE_CONFIG; default config/)")
    parser.add_argument("--db", type=Path, default=Path(os.environ.get("VEILLE_DB", DEFAULT_DB)),
                        help="SQLite database file (env VEILLE_DB; default data/veille.db)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("run", help="poll on schedule and alert until SIGINT/SIGTERM (default)",
                   epilog="example: TELEGRAM_BOT_TOKEN=123:abc veille run")

    poll = sub.add_parser("poll", help="poll every feed once and print the new alerts",
                          epilog="example: veille poll --once")
    poll.add_argument("--once", action="store_true", required=True, help="one cycle, then exit")
    poll.add_argument("--json", action="store_true", help="print the new alerts as JSON")

    test = sub.add_parser("test", help="show which entries of a feed match a query",
                          epilog="example: veille test 'licenciements AWS' --feed feed.xml --json")
    test.add_argument("query")
    test.add_argument("--feed", required=True, help="feed URL or local file")
    test.add_argument("--json", action="store_true", help="print a JSON array (id, link, title, words)")

    search = sub.add_parser("search", help="search stored articles with the query language",
                            epilog="example: veille search 'cyber* rançongiciel' --since 7d --limit 5")
    search.add_argument("query")
    search.add_argument("--since", default=None, help="only articles newer than this (e.g. 7d, 12h)")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")

    stories = sub.add_parser("stories", help="recent stories, each with its articles from every outlet",
                             epilog="example: veille stories --since 2d --json")
    stories.add_argument("--since", default="2d", help="stories with an article newer than this (default 2d)")
    stories.add_argument("--limit", type=int, default=100)
    stories.add_argument("--json", action="store_true")

    feeds = sub.add_parser("feeds", help="each feed's state", epilog="example: veille feeds --json")
    feeds.add_argument("--json", action="store_true")

    sub.add_parser("check-config", help="validate the config and print every problem",
                   epilog="example: veille --config config/ check-config")
    health = sub.add_parser("health", help="exit non-zero when polling or delivery is stuck",
                            epilog="example: veille health || systemctl restart veille")
    health.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    }[command]
    try:
        return handler(args)
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
