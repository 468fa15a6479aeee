"""How the CLI shows things: matched articles on a terminal or as JSON, and feed states."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from monitor.durations import format_duration
from monitor.model import CONSOLE_CHAT, Alert, Span
from monitor.render.alert import render_console
from monitor.render.clean import clean
from monitor.times import from_iso


def console_match(title: str, link: str, source: str, published: datetime | None, text: str,
                  spans: Sequence[Span]) -> str:
    """A matched article as the console shows alerts: title, source and date, link, snippet."""
    shown = Alert(id=0, chat_id=CONSOLE_CHAT, entry_id=0, feed_name=source, title=title, link=link,
                  text=text, published=published, watches=(), spans=tuple(spans))
    return render_console(shown, tty=sys.stdout.isatty()) + "\n"


def matched_words(title: str, text: str, spans: Sequence[Span]) -> list[str]:
    """The words as they stand in the article, in order, without repeats."""
    words: list[str] = []
    for span in sorted(spans, key=lambda s: (s.field != "title", s.start)):
        word = (title if span.field == "title" else text)[span.start:span.end]
        if word not in words:
            words.append(word)
    return words


def found_json(guid: str, link: str, title: str, text: str, published: datetime | None,
               spans: Sequence[Span], source: str | None = None) -> dict:
    """The JSON object of DESIGN.md's contract: at least id, link, title."""
    item = {
        "id": guid,
        "link": link,
        "title": title,
        "published": published.isoformat() if published else None,
        "matched": matched_words(title, text, spans),
    }
    if source is not None:
        item["source"] = source
    return item


def feed_json(row) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "url": row.url,
        "state": row.state,
        "last_fetch": row.last_fetch,
        "last_success": row.last_success,
        "last_error": row.last_error,
        "error_since": row.error_since,
        "consecutive_failures": row.consecutive_failures,
        "next_poll": row.next_poll,
        "interval": format_duration(row.interval_seconds) if row.interval_seconds else "adaptive",
        "disabled_reason": row.disabled_reason,
        "malformed": row.malformed,
        "entries": row.entries,
        "fulltext": row.fulltext,
        "page_failures": row.page_failures,
        "last_article_title": row.last_title,
        "last_article_published": row.last_published,
    }


_HEADERS = ("ID", "STATE", "NAME", "ARTICLES", "PAGES FAILED", "LAST SUCCESS", "LAST ARTICLE", "NEXT POLL",
            "PROBLEM")


def feed_table(rows, zone: str) -> str:
    """`veille feeds`: one row per feed under column headers, times in the operator's zone."""
    local = ZoneInfo(zone)

    def when(stamp: str | None) -> str:
        return from_iso(stamp).astimezone(local).strftime("%Y-%m-%d %H:%M") if stamp else "never"

    table = [_HEADERS]
    for row in rows:
        # a feed's name, titles and errors hold what a feed sent: no escape reaches the terminal
        problem = clean(row.disabled_reason or row.last_error or "")
        if row.last_error and row.consecutive_failures > 1:
            problem += f" ({row.consecutive_failures} failures in a row since {when(row.error_since)})"
        last = when(row.last_published)
        if row.last_title:
            last += f" {clean(row.last_title)[:40]}"
        table.append((str(row.id), row.state, clean(row.name)[:30], str(row.entries or 0), str(row.page_failures or 0),
                      when(row.last_success),
                      last, "-" if row.disabled_reason else when(row.next_poll), problem))
    widths = [max(len(line[i]) for line in table) for i in range(len(_HEADERS) - 1)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths)) + "  " + line[-1] for line in table]
    return "\n".join(line.rstrip() for line in lines) + f"\n(times in {zone})"


def cycle_summary(cycle) -> str:
    """What `poll --once` did, for stderr: the counts, then each failing feed."""
    outcomes = [outcome for _, outcome in cycle.outcomes]
    failed = [(name, o) for name, o in cycle.outcomes if o.status == "failed"]
    lines = [f"{len(outcomes)} feed(s) polled, {len(failed)} failed, {sum(o.new for o in outcomes)} new article(s),"
             f" {len(cycle.alerts)} new alert(s)"]
    lines += [f"  {clean(name)} (feed {o.feed_id}) failed: {clean(o.error or '')}" for name, o in failed]
    return "\n".join(lines)


def story_json(story) -> dict:
    """One story of `veille stories --json`: its id and its articles, oldest first."""
    return {"story": story.story, "articles": [
        {"entry": a.entry, "id": a.id, "source": a.source, "title": a.title, "link": a.link,
         "published": a.published.isoformat()} for a in story.articles]}


def story_lines(story) -> str:
    """One story for a terminal: its first title, then each article's source and link."""
    head = story.articles[0]
    lines = [f"[story {story.story}] {head.title} ({len(story.articles)} article(s))"]
    lines += [f"  {a.entry}  {a.source}: {a.title}\n      {a.link}" for a in story.articles]
    return "\n".join(lines)
