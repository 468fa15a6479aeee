"""The validated configuration: frozen, typed values that the rest of Veille reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


DEFAULT_TIMEZONE = "Europe/Paris"


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """A `[[feed]]` of feeds.toml."""

    name: str
    url: str
    interval_seconds: float | None = None  # None: the interval adapts to the feed's pace
    fulltext: str = "auto"  # when its entries' article pages are fetched (decide/fulltext.py)


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """The `[fetch]` table of feeds.toml."""

    allow_private: bool = False  # may /addfeed target loopback or private addresses?
    max_body_mb: float = 10.0
    timeout_seconds: float = 30.0

    @property
    def max_body_bytes(self) -> int:
        return int(self.max_body_mb * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class WatchConfig:
    """A `[[watch]]` of keywords.toml."""

    name: str
    query: str
    chats: tuple[int, ...] = ()  # empty: the operator's console only
    thread: int | None = None  # the forum topic of those chats the alerts land in (None: the chat itself)


@dataclass(frozen=True, slots=True)
class TelegramConfig:
    """The `[telegram]` table of keywords.toml, plus admins from TELEGRAM_ADMINS."""

    admins: tuple[int, ...] = ()
    access: Literal["open", "allowlist"] = "open"
    allowed_chats: tuple[int, ...] = ()
    language: Literal["fr", "en"] = "fr"
    max_watches_per_chat: int = 20

    def is_admin(self, user_id: int | None) -> bool:
        """Whether this Telegram user may change feeds."""
        return user_id is not None and user_id in self.admins

    def may_use(self, chat_id: int, user_id: int | None) -> bool:
        """Whether this chat (or this admin) may use the bot at all."""
        if self.access == "open" or self.is_admin(user_id):
            return True
        return chat_id in self.allowed_chats


@dataclass(frozen=True, slots=True)
class WebConfig:
    """The `[web]` table of keywords.toml: the operator's page served by `veille run` (issue 14)."""

    enabled: bool = True
    listen: str = "127.0.0.1:8080"  # host:port; any non-loopback host requires VEILLE_WEB_TOKEN

    @property
    def host(self) -> str:
        return self.listen.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.listen.rpartition(":")[2])


@dataclass(frozen=True, slots=True)
class Config:
    """Everything read from the config directory."""

    feeds: tuple[FeedConfig, ...] = ()
    watches: tuple[WatchConfig, ...] = ()
    aliases: tuple[tuple[str, ...], ...] = ()  # each group: the key first, then its aliases
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    timezone: str = DEFAULT_TIMEZONE  # how `feeds` and /feeds show times to the operator (IANA name)
    web: WebConfig = field(default_factory=WebConfig)
