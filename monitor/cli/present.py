"""How the CLI shows things: matched articles on a terminal or as JSON, and feed states."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime

from monitor.durations import format_duration
from monitor.model import CONSOLE_CHAT, Alert, Span
from monitor.render.alert import render_console
from monitor.render.clean import clean


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
    }


def feed_line(row) -> str:
    state = row.state
    # a feed's name and its errors can hold what a feed sent: no escape reaches the terminal
    detail = clean(row.disabled_reason or row.last_error or "")
    return (f"{row.id:>3} {state:<8} {clean(row.name):<24} entries={row.entries:<5} "
            f"last={row.last_fetch or '-':<25} next={row.next_poll or '-':<25} {detail}").rstrip()


def cycle_summary(cycle) -> str:
    """What `poll --once` did, for stderr: the counts, then each failing feed."""
    outcomes = [outcome for _, outcome in cycle.outcomes]
    failed = [(name, o) for name, o in cycle.outcomes if o.status == "failed"]
    lines = [f"{len(outcomes)} feed(s) polled, {len(failed)} failed, {sum(o.new for o in outcomes)} new article(s),"
             f" {len(cycle.alerts)} new alert(s)"]
    lines += [f"  feed {o.feed_id}: {o.error}" for _, o in failed]
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
