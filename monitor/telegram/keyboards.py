"""Inline keyboards of the bot's answers; callback data stays within Telegram's 64 bytes."""
from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from monitor.times import from_iso
from monitor.store.watches import WatchRow
from monitor.render.texts import text

# Callback data prefixes: "unwatch:<watch id>", "pause:<id>", "resume:<id>", "more:<offset>",
# "offer:<key>" (watch the words written), "missed:<pause start, epoch s>[.<watch id>]". Buttons
# carry database ids (a button stays right after renumbering); labels show the chat's numbers.
UNWATCH, PAUSE, RESUME, MORE, OFFER, MISSED = "unwatch", "pause", "resume", "more", "offer", "missed"


def is_paused(watch: WatchRow, now: datetime) -> bool:
    """Whether the watch is paused at `now`."""
    return watch.paused_until is not None and from_iso(watch.paused_until) > now


def watch_list(watches: list[WatchRow], lang: str, now: datetime) -> InlineKeyboardMarkup | None:
    """One row per watch: remove it, and pause or resume it."""
    rows = []
    for watch in watches:
        paused = is_paused(watch, now)
        toggle = (RESUME, "button_resume") if paused else (PAUSE, "button_pause")
        rows.append([
            InlineKeyboardButton(text(lang, "button_remove", id=watch.number), callback_data=f"{UNWATCH}:{watch.id}"),
            InlineKeyboardButton(text(lang, toggle[1], id=watch.number), callback_data=f"{toggle[0]}:{watch.id}"),
        ])
    return InlineKeyboardMarkup(rows) if rows else None


def more_results(lang: str, offset: int) -> InlineKeyboardMarkup:
    """The "more" button under search results."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(text(lang, "search_more"), callback_data=f"{MORE}:{offset}")]])


def offer(lang: str, label: str, key: int) -> InlineKeyboardMarkup:
    """The "watch these words" button under plain text written to the bot."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(text(lang, "button_offer", query=label),
                                                       callback_data=f"{OFFER}:{key}")]])


def missed(lang: str, count: int, since: int, watch_id: int | None = None) -> InlineKeyboardMarkup:
    """The "show what appeared during the pause" button; `since` in epoch seconds."""
    data = f"{MISSED}:{since}" + (f".{watch_id}" if watch_id is not None else "")
    return InlineKeyboardMarkup([[InlineKeyboardButton(text(lang, "button_missed", count=count), callback_data=data)]])
