"""A collection in and out: feeds from and to OPML, a chat's watches and matches for reporting."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from monitor import config as config_mod
from monitor.cli.commands import CommandError, load_config
from monitor.store.db import open_database


def import_opml(args: argparse.Namespace) -> int:
    """Append an OPML file's feeds to feeds.toml, keeping its comments; say what was done."""
    from monitor.config.opml import FeedsFileError, OpmlError, append_feeds, read_opml

    try:
        outlines, unusable = read_opml(Path(args.file).read_bytes())
    except OSError as err:
        raise CommandError(f"{args.file}: {err.strerror or err}") from None
    except OpmlError as err:
        raise CommandError(f"{args.file}: {err}") from None
    path = Path(args.config) / config_mod.FEEDS_FILE
    try:
        before = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as err:
        raise CommandError(f"{path}: cannot be read ({err})") from None
    try:
        after, added, skipped = append_feeds(before, outlines)
    except FeedsFileError as err:
        raise CommandError(f"{path}: {err}, fix it first (`veille check-config` says where)") from None
    for outline in unusable:
        print(f"{args.file}:{outline.line}: skipped {outline.text!r}: {outline.reason}", file=sys.stderr)
    if added:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(after, encoding="utf-8")
    print(f"{path}: {len(added)} feed(s) added, {len(skipped)} already there, {len(unusable)} outline(s) unusable")
    return 0


def export_opml(args: argparse.Namespace) -> int:
    """Every feed, of the config and added in chats, as OPML on stdout."""
    from monitor.config.opml import write_opml
    from monitor.store.feeds import list_feeds

    feeds = {feed.url: feed.name for feed in load_config(args).feeds}
    if Path(args.db).exists():
        for row in list_feeds(open_database(args.db, create=False)):
            if not row.disabled_reason:
                feeds.setdefault(row.config_url or row.url, row.name)
    sys.stdout.write(write_opml([(name, url) for url, name in feeds.items()]).decode("utf-8"))
    return 0


def export_chat(args: argparse.Namespace) -> int:
    """A chat's watches and the articles they matched, as JSON or CSV, for people who report on them."""
    import csv
    from monitor.store.export import chat_hits
    from monitor.store.watches import chat_watches

    db = open_database(args.db, create=False)
    watches, hits = chat_watches(db, args.chat), chat_hits(db, args.chat)
    if not watches and not hits:
        raise CommandError(f"chat {args.chat} has no watches (`veille feeds` lists feeds; /list in the chat lists its)")
    if args.format == "json":
        print(json.dumps({
            "chat": args.chat,
            "watches": [{"id": w.id, "name": w.name, "query": w.query, "paused_until": w.paused_until,
                         "created": w.created} for w in watches],
            "articles": [asdict(hit) for hit in hits],
        }, ensure_ascii=False, indent=2))
        return 0
    # One table: an article per row with the watch that matched it; a watch without any stays listed.
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["watch", "query", "matched", "published", "source", "title", "link"])
    matched = set()
    for hit in hits:
        matched.add(hit.watch_id)
        out.writerow([hit.watch, hit.query, hit.matched, hit.published, hit.source, hit.title, hit.link])
    for watch in watches:
        if watch.id not in matched:
            out.writerow([watch.name, watch.query, "", "", "", "", ""])
    return 0
