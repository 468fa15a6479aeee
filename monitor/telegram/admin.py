"""Commands about feeds: /feeds for everyone; /addfeed and /removefeed for the bot's admins."""
from __future__ import annotations

from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import ContextTypes

from monitor.ingest.fetch import FetchError
from monitor.ingest.parse import ParseError, parse_feed
from monitor.store.feeds import REMOVED_BY_USER, REMOVED_FROM_CONFIG, FeedRow, add_feed, list_feeds, remove_feed
from monitor.times import from_iso
from monitor.render.alert import MAX_MESSAGE, cut, escape, utf16_len
from monitor.render.errors import error_facts, error_text
from monitor.telegram.handlers import Asker, argument, guarded, say, services
from monitor.render.texts import format_date, text

# Why a feed stopped, when it was not its last error: the text to show.
_REMOVED = {REMOVED_BY_USER: "error_removed", REMOVED_FROM_CONFIG: "error_removed_from_config"}


def feed_line(feed: FeedRow, lang: str) -> str:
    """One feed and its state: ok, failing since, disabled, not read yet."""
    name = escape(cut(feed.name, 80))
    if feed.state == "disabled":
        if feed.disabled_reason in _REMOVED:
            reason = text(lang, _REMOVED[feed.disabled_reason])
        else:  # disabled by its last error (a 410)
            reason = error_text(lang, feed.error_kind, feed.error_params, fallback=feed.disabled_reason or "")
        return text(lang, "feed_disabled", id=feed.id, name=name, reason=escape(cut(reason, 200)))
    if feed.state == "failing":
        since = format_date(from_iso(feed.error_since), lang) if feed.error_since else "?"
        error = error_text(lang, feed.error_kind, feed.error_params, fallback=feed.last_error or "")
        return text(lang, "feed_failing", id=feed.id, name=name, since=since, error=escape(cut(error, 200)))
    return text(lang, f"feed_{feed.state}", id=feed.id, name=name)  # feed_new, feed_ok


def chunks(lines: list[str], limit: int = MAX_MESSAGE - 100) -> list[str]:
    """Lines grouped into messages under Telegram's length limit."""
    messages, current, size = [], [], 0
    for line in lines:
        if current and size + utf16_len(line) + 1 > limit:
            messages.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += utf16_len(line) + 1
    if current:
        messages.append("\n".join(current))
    return messages


@guarded
async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/feeds: every feed and its state."""
    rows = list_feeds(services(context).db)
    if not rows:
        await say(context, asker, text(asker.lang, "feeds_empty"))
        return
    for message in chunks([feed_line(feed, asker.lang) for feed in rows]):
        await say(context, asker, message)


async def admin_only(context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> bool:
    """True for an admin; anyone else is told the command is reserved."""
    if services(context).settings.is_admin(asker.user_id):
        return True
    await say(context, asker, text(asker.lang, "admin_only"))
    return False


@guarded
async def addfeed(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/addfeed URL (admins): fetch and parse it first; refuse what is not a feed, saying why."""
    if not await admin_only(context, asker):
        return
    s, url = services(context), argument(context)
    if not url or " " in url:
        await say(context, asker, text(asker.lang, "addfeed_usage"))
        return
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        await say(context, asker, text(asker.lang, "addfeed_refused", reason=text(asker.lang, "error_scheme")))
        return
    try:
        # A feed added in chat never reaches a private address, unless the operator allows it.
        fetched = await s.fetcher.fetch(url, private_ok=s.live.config.fetch.allow_private)
        parsed = parse_feed(fetched.body, url=fetched.final_url, content_type=fetched.content_type)
    except (FetchError, ParseError) as err:
        reason = error_text(asker.lang, *error_facts(err))
        await say(context, asker, text(asker.lang, "addfeed_refused", reason=escape(reason)))
        return
    before = {feed.id for feed in list_feeds(s.db) if not feed.disabled_reason}
    name = cut(parsed.title.strip() or urlsplit(fetched.final_url).hostname or url, 100)
    feed = await s.store.run(add_feed, name, fetched.permanent_url or url, asker.user_id, s.clock())
    if feed.id in before:
        await say(context, asker, text(asker.lang, "addfeed_exists", id=feed.id))
        return
    await say(context, asker, text(asker.lang, "addfeed_done", name=escape(feed.name), id=feed.id,
                                    entries=len(parsed.entries)))


@guarded
async def removefeed(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/removefeed N (admins): stop polling feed N (its articles stay)."""
    if not await admin_only(context, asker):
        return
    arg = argument(context).lstrip("#")
    if not arg.isdigit():
        await say(context, asker, text(asker.lang, "removefeed_usage"))
        return
    removed = await services(context).store.run(remove_feed, int(arg))
    await say(context, asker, text(asker.lang, "removefeed_done" if removed else "removefeed_missing", id=int(arg)))
