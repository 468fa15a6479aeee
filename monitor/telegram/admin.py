"""Commands about feeds: /feeds for everyone; /addfeed and /removefeed for the bot's admins."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from monitor.pipeline.subscribe import add_checked_feed
from monitor.store.feeds import FeedRow, list_feeds, remove_feed
from monitor.times import from_iso
from monitor.render.alert import MAX_MESSAGE, cut, escape, utf16_len
from monitor.telegram.handlers import Asker, argument, guarded, say, services
from monitor.render.texts import format_date, text


def feed_line(feed: FeedRow, lang: str) -> str:
    """One feed and its state: ok, failing since, disabled, not read yet."""
    name = escape(cut(feed.name, 80))
    if feed.state == "disabled":
        return text(lang, "feed_disabled", id=feed.id, name=name, reason=escape(feed.disabled_reason))
    if feed.state == "failing":
        since = format_date(from_iso(feed.error_since), lang) if feed.error_since else "?"
        return text(lang, "feed_failing", id=feed.id, name=name, since=since, error=escape(cut(feed.last_error, 200)))
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
    s = services(context)
    # A feed added in chat never reaches a private address, unless the operator allows it.
    added = await add_checked_feed(s.db, s.fetcher, argument(context), private_ok=s.live.config.fetch.allow_private,
                                   added_by=asker.user_id, now=s.clock())
    if added.outcome == "usage":
        await say(context, asker, text(asker.lang, "addfeed_usage"))
    elif added.outcome == "refused":
        await say(context, asker, text(asker.lang, "addfeed_refused", reason=escape(added.reason)))
    elif added.outcome == "exists":
        await say(context, asker, text(asker.lang, "addfeed_exists", id=added.feed.id))
    else:
        await say(context, asker, text(asker.lang, "addfeed_done", name=escape(added.feed.name), id=added.feed.id,
                                        entries=added.entries))


@guarded
async def removefeed(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/removefeed N (admins): stop polling feed N (its articles stay)."""
    if not await admin_only(context, asker):
        return
    arg = argument(context).lstrip("#")
    if not arg.isdigit():
        await say(context, asker, text(asker.lang, "removefeed_usage"))
        return
    removed = remove_feed(services(context).db, int(arg))
    await say(context, asker, text(asker.lang, "removefeed_done" if removed else "removefeed_missing", id=int(arg)))
