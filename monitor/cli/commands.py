"""The CLI commands: each loads what it needs, calls the library, and prints."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from monitor import config as config_mod
from monitor.times import utcnow
from monitor.durations import parse_duration
from monitor.decide.fulltext import with_page
from monitor.ingest.extract import ArticleText, extract_article
from monitor.ingest.fetch import FetchError, Fetcher
from monitor.ingest.pagefetch import PageFailure, PageReader
from monitor.ingest.parse import ParseError, parse_feed
from monitor.cli.present import console_match, cycle_summary, found_json
from monitor.match.matcher import aliases_of
from monitor.query import Aliases, Query, QueryError, analyse, parse_query
from monitor.store.db import open_database


DEFAULT_API_URL = "https://api.telegram.org"
EXIT_DEGRADED = 5  # `health`: running, to no avail (every feed failing, or the database refuses writes)


class CommandError(Exception):
    """A problem the user can fix; printed without a traceback."""


class SomeFeedsFailed(Exception):
    """`poll --once` ran, but some feeds failed (already named on stderr): exit code 4."""


def load_config(args: argparse.Namespace) -> config_mod.Config:
    try:
        config = config_mod.load_config(args.config)
    except config_mod.ConfigError as err:
        if len(err.problems) == 1:  # one line says it all
            raise CommandError(f"{err.problems[0]} (fix it; `veille check-config` checks)") from None
        for problem in err.problems:
            print(problem, file=sys.stderr)
        raise CommandError(f"{len(err.problems)} problem(s) in {args.config}") from None
    for warning in config_mod.config_warnings(args.config, config):
        print(f"warning: {warning}", file=sys.stderr)
    return config


def _parse_query(text: str, aliases: Aliases | None) -> Query:
    try:
        return parse_query(text, aliases)
    except QueryError as err:
        raise CommandError(err.message("en")) from None


def run(args: argparse.Namespace) -> int:
    from monitor.runtime.run import Bot, run_monitor
    from monitor.telegram.errors import BotRefused
    from monitor.web import WebRefused

    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    bot = Bot(token, os.environ.get("TELEGRAM_API_URL", DEFAULT_API_URL)) if token else None
    try:
        return run_monitor(load_config(args), args.config, args.db, bot)
    except (BotRefused, WebRefused) as err:
        raise CommandError(str(err)) from None


def poll_once(args: argparse.Namespace) -> int:
    from monitor.runtime.once import poll_cycle

    # With --json, stdout is the JSON alone: the readable alerts go to stderr.
    cycle = asyncio.run(poll_cycle(load_config(args), args.db, console=sys.stderr if args.json else sys.stdout))
    print(cycle_summary(cycle), file=sys.stderr)
    if args.json:
        print(json.dumps([asdict(alert) for alert in cycle.alerts], ensure_ascii=False, indent=2))
    if any(outcome.status == "failed" for _, outcome in cycle.outcomes):
        raise SomeFeedsFailed()
    return 0


def check_config(args: argparse.Namespace) -> int:
    problems = config_mod.check_config(args.config)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {args.config}", file=sys.stderr)
        return 1
    config = config_mod.load_config(args.config)
    for warning in config_mod.config_warnings(args.config, config):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{args.config}: OK, {len(config.feeds)} feeds, {len(config.watches)} watches")
    return 0


def test_query(args: argparse.Namespace) -> int:
    """Which entries of one feed match a query, with the matched words shown."""
    aliases = _aliases_or_none(args)
    query = _parse_query(args.query, aliases)
    body, url = _read_feed(args.feed)
    try:
        parsed = parse_feed(body, url=url)
    except ParseError as err:
        raise CommandError(f"{args.feed}: {err}") from None
    pages = asyncio.run(_page_texts(parsed.entries)) if args.fulltext else {}
    matches = []
    source = parsed.title or url  # `source:` compares the feed's own title here
    for entry in parsed.entries:
        if entry.link in pages:  # matched as `run` matches it once its page is in
            entry = with_page(entry, pages[entry.link])
        found = query.match(analyse(entry.title, entry.text, source, entry.link))
        if found is not None:
            matches.append((entry, found.spans))
    if args.json:
        print(json.dumps([found_json(entry.guid, entry.link, entry.title, entry.text, entry.published,
                                     spans, source=source) for entry, spans in matches], ensure_ascii=False, indent=2))
    else:
        for entry, spans in matches:
            print(console_match(entry.title, entry.link, source, entry.published, entry.text, spans))
        print(f"{len(matches)} of {len(parsed.entries)} entries match {args.query!r}", file=sys.stderr)
    return 0


async def _page_texts(entries) -> dict[str, str]:
    """Each entry's article text by link, fetched and extracted as `run` does; failures said on stderr."""
    async with Fetcher() as fetcher:  # the operator's own command: their trust
        reader = PageReader(fetcher)
        links = list(dict.fromkeys(entry.link for entry in entries if entry.link))
        fetched = await asyncio.gather(*(reader.read(link, private_ok=True) for link in links))
        texts: dict[str, str] = {}
        for link, page in zip(links, fetched):
            if not isinstance(page, PageFailure):
                page = await asyncio.to_thread(extract_article, page.body, page.final_url, page.content_type)
            if isinstance(page, ArticleText):
                texts[link] = page.text
            else:
                print(f"{link}: page not used: {page.reason}", file=sys.stderr)
        return texts


def _aliases_or_none(args: argparse.Namespace) -> Aliases | None:
    """The operator's aliases when the config loads; `test` also works without a config."""
    try:
        groups = config_mod.load_config(args.config).aliases
    except (config_mod.ConfigError, OSError):
        return None
    return aliases_of(groups)


def _timezone(args: argparse.Namespace) -> str:
    """The operator's time zone (`timezone` in keywords.toml); Paris when the config does not load."""
    try:
        return config_mod.load_config(args.config).timezone
    except (config_mod.ConfigError, OSError):
        return config_mod.Config().timezone


def _read_feed(location: str) -> tuple[bytes, str]:
    if location.startswith(("http://", "https://")):
        async def fetch() -> bytes:
            async with Fetcher() as fetcher:
                return (await fetcher.fetch(location)).body

        try:
            return asyncio.run(fetch()), location
        except FetchError as err:
            raise CommandError(f"{location}: {err}") from None
    path = Path(location)
    try:
        return path.read_bytes(), path.resolve().as_uri()
    except OSError as err:
        raise CommandError(f"{location}: {err.strerror}") from None


def search(args: argparse.Namespace) -> int:
    """The query language over stored articles, newest first."""
    from monitor.match.search import search_query

    query = _parse_query(args.query, _aliases_or_none(args))
    since = None
    if args.since:
        try:
            since = utcnow() - timedelta(seconds=parse_duration(args.since))
        except ValueError as err:
            raise CommandError(f"--since: {err}") from None
    db = open_database(args.db, create=False)
    found = search_query(db, query, since=since, limit=args.limit)
    if args.json:
        print(json.dumps([{**found_json(f.guid, f.link, f.title, f.text, f.published, f.spans, source=f.feed_name),
                           "story": f.story_id} for f in found], ensure_ascii=False, indent=2))
    else:
        for f in found:
            print(console_match(f.title, f.link, f.feed_name, f.published, f.text, f.spans))
        print(f"{len(found)} article(s)", file=sys.stderr)
    return 0


def stories(args: argparse.Namespace) -> int:
    """Recent stories, the latest first, each with its articles (one event, many outlets)."""
    from monitor.cli.present import story_json, story_lines
    from monitor.store.stories import recent_stories

    try:
        since = utcnow() - timedelta(seconds=parse_duration(args.since))
    except ValueError as err:
        raise CommandError(f"--since: {err}") from None
    found = recent_stories(open_database(args.db, create=False), since, args.limit)
    if args.json:
        print(json.dumps([story_json(story) for story in found], ensure_ascii=False, indent=2))
    else:
        for story in found:
            print(story_lines(story))
        print(f"{len(found)} story(ies)", file=sys.stderr)
    return 0


def feeds(args: argparse.Namespace) -> int:
    """Each feed's state: last fetch, last error, next poll, entries."""
    from monitor.cli.present import feed_json, feed_table
    from monitor.store.feeds import list_feeds

    rows = list_feeds(open_database(args.db, create=False))
    if args.json:
        print(json.dumps([feed_json(row) for row in rows], ensure_ascii=False, indent=2))
    else:
        if rows:
            print(feed_table(rows, _timezone(args)))
        else:
            print("no feeds yet: run `veille poll --once` or `veille run` first", file=sys.stderr)
    return 0


def health(args: argparse.Namespace) -> int:
    """Exit 1 when polling or delivery is stuck (for systemd or a container health check)."""
    from monitor.decide import health as rules
    from monitor.store.health import health_facts

    facts = health_facts(open_database(args.db, create=False), utcnow(), rules.STUCK_AFTER, rules.DIGEST_PERIOD,
                         rules.FAILING_FOR, rules.FAILING_POLLS)
    report = rules.assess(facts)
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(report.summary())
    return {rules.OK: 0, rules.STUCK: 1, rules.DEGRADED: EXIT_DEGRADED}[report.status]

