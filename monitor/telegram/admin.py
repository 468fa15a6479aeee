"""Commands about feeds: /feeds for everyone; /addfeed, /import and /removefeed for the bot's admins."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from monitor.config.opml import OpmlError, read_opml
from monitor.pipeline.subscribe import FeedAdded, add_checked_feed
from monitor.store.feeds import REMOVED_BY_USER, REMOVED_FROM_CONFIG, FeedRow, list_feeds, remove_feed
from monitor.times import from_iso
from monitor.render.alert import MAX_MESSAGE, cut, escape, utf16_len
from monitor.render.errors import error_text
from monitor.telegram.conversation import Asker, argument, guarded, say, services
from monitor.render.texts import format_date, text

# Why a feed stopped, when it was not its last error: the text to show.
_REMOVED = {REMOVED_BY_USER: "error_removed", REMOVED_FROM_CONFIG: "error_removed_from_config"}


def feed_line(feed: FeedRow, lang: str, zone: str | None = None) -> str:
    """One feed and its state (ok, failing since, disabled, not read yet), then its facts."""
    name = escape(cut(feed.name, 80))
    if feed.state == "disabled":
        if feed.disabled_reason in _REMOVED:
            reason = text(lang, _REMOVED[feed.disabled_reason])
        else:  # disabled by its last error (a 410)
            reason = error_text(lang, feed.error_kind, feed.error_params, fallback=feed.disabled_reason or "")
        head = text(lang, "feed_disabled", id=feed.id, name=name, reason=escape(cut(reason, 200)))
    elif feed.state == "failing":
        since = format_date(from_iso(feed.error_since), lang, zone) if feed.error_since else "?"
        error = escape(cut(error_text(lang, feed.error_kind, feed.error_params, fallback=feed.last_error or ""), 200))
        if feed.consecutive_failures > 1:
            error += f" ({text(lang, 'feed_failures', count=feed.consecutive_failures)})"
        head = text(lang, "feed_failing", id=feed.id, name=name, since=since, error=error)
    else:
        head = text(lang, f"feed_{feed.state}", id=feed.id, name=name)  # feed_new, feed_ok

    def when(stamp: str | None) -> str:
        return format_date(from_iso(stamp), lang, zone) if stamp else text(lang, "feed_never")

    last = when(feed.last_published)
    if feed.last_title:
        last = text(lang, "feed_last", title=escape(cut(feed.last_title, 80)), when=last)
    next_poll = when(feed.next_poll) if not feed.disabled_reason else "—"
    return head + "\n" + text(lang, "feed_facts", entries=feed.entries or 0, last=last,
                               success=when(feed.last_success), next=next_poll)


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
    zone = services(context).live.config.timezone
    for message in chunks([feed_line(feed, asker.lang, zone) for feed in rows]):
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
    url = argument(context)
    added = await _add_one(context, asker, url)
    if added.outcome == "usage":
        await say(context, asker, text(asker.lang, "addfeed_usage"))
        return
    kind, values = _answer(added, asker.lang)
    await say(context, asker, text(asker.lang, f"addfeed_{kind}", **values))


async def _add_one(context: ContextTypes.DEFAULT_TYPE, asker: Asker, url: str) -> FeedAdded:
    """Add one feed with the checks /addfeed and the web page share."""
    s = services(context)
    # A feed added in chat never reaches a private address, unless the operator allows it.
    return await add_checked_feed(s.db, s.fetcher, url, private_ok=s.live.config.fetch.allow_private,
                                  added_by=asker.user_id, now=s.clock())


def _answer(added: FeedAdded, lang: str) -> tuple[str, dict]:
    """The /addfeed message for what became of a URL: ("done" | "exists" | "refused", its values)."""
    if added.outcome == "refused":
        return "refused", {"reason": escape(added.reason(lang))}
    if added.outcome == "exists":
        return "exists", {"id": added.feed.id}
    return "done", {"name": escape(added.feed.name), "id": added.feed.id, "entries": added.entries}


# An OPML file is a few kB per hundred feeds; each feed is fetched before it is added.
MAX_OPML_BYTES = 1_000_000
MAX_IMPORTED = 100


@guarded
async def import_feeds(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/import with an OPML file attached (admins): each feed added as /addfeed adds it."""
    if not await admin_only(context, asker):
        return
    message = update.effective_message
    document = message.document if message else None
    if document is None:
        await say(context, asker, text(asker.lang, "import_usage"))
        return
    if (document.file_size or 0) > MAX_OPML_BYTES:
        await say(context, asker, text(asker.lang, "import_bad_file", reason=f"> {MAX_OPML_BYTES // 1000} kB"))
        return
    raw = bytes(await (await context.bot.get_file(document.file_id)).download_as_bytearray())
    try:
        outlines, unusable = read_opml(raw)
    except OpmlError as err:
        await say(context, asker, text(asker.lang, "import_bad_file", reason=escape(str(err))))
        return
    counts = {"done": 0, "exists": 0, "refused": len(unusable)}
    refused = [text(asker.lang, "import_refused_item", name=escape(cut(u.text, 80)), reason=escape(u.reason))
               for u in unusable]
    for outline in outlines[:MAX_IMPORTED]:
        kind, values = _answer(await _add_one(context, asker, outline.url), asker.lang)
        counts[kind] += 1
        if kind == "refused":
            refused.append(text(asker.lang, "import_refused_item", name=escape(cut(outline.name, 80)),
                                reason=values["reason"]))
    lines = [text(asker.lang, "import_done", added=counts["done"], existing=counts["exists"],
                  refused=counts["refused"]), *refused]
    if len(outlines) > MAX_IMPORTED:
        lines.append(text(asker.lang, "import_too_many", limit=MAX_IMPORTED))
    for chunk in chunks(lines):
        await say(context, asker, chunk)


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
