"""The shape of feeds.toml and keywords.toml, as pydantic models.

Pydantic, not hand-written checks: it reports every problem of a file at once, each with
the location of the key (`feed.2.interval`) that we turn into `feed[3].interval` and a
line number, it forbids unknown keys (a misspelt `intervall` is an error, not silently
ignored), and strict mode refuses `"123"` where a chat id is expected.
"""
from __future__ import annotations

import json
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from monitor.decide.cadence import MIN_FIXED_INTERVAL
from monitor.config.settings import DEFAULT_TIMEZONE, Config, FeedConfig, FetchConfig, TelegramConfig, WatchConfig, WebConfig
from monitor.durations import parse_duration

MAX_INTERVAL = 7 * 86400.0  # beyond a week is a typo, not a polling plan


def show(value: object) -> str:
    """A value as it would be written in TOML, shortened for a message."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _duration(minimum: float, maximum: float, example: str):
    """A validator turning "30s", "10m", "1h" into seconds within [minimum, maximum]."""

    def validate(value: object) -> float:
        if not isinstance(value, str):
            raise PydanticCustomError(
                "duration", "expected a duration in quotes like {example}, got {value}",
                {"example": example, "value": show(value)},
            )
        try:
            seconds = parse_duration(value)
        except ValueError:
            raise PydanticCustomError(
                "duration", "{value} is not a duration (write e.g. {example}: s, m, h or d)",
                {"example": example, "value": show(value)},
            ) from None
        if seconds < minimum:
            raise PydanticCustomError(
                "duration", "{value} is below the {minimum} s minimum (write e.g. {example})",
                {"value": show(value), "minimum": f"{minimum:g}", "example": example},
            )
        if seconds > maximum:
            raise PydanticCustomError(
                "duration", "{value} is above the {maximum} h maximum",
                {"value": show(value), "maximum": f"{maximum / 3600:g}"},
            )
        return seconds

    return BeforeValidator(validate)


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(c.isspace() for c in value):
        raise PydanticCustomError(
            "url", "{value} is not an http(s) URL (write e.g. \"https://www.example.fr/feed\")",
            {"value": show(value)},
        )
    return value


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(
            "timezone", "{value} is not a time zone (write e.g. \"Europe/Paris\" or \"UTC\")", {"value": show(value)},
        ) from None
    return value


def _listen(value: str) -> str:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535 or any(c.isspace() for c in value):
        raise PydanticCustomError(
            "listen", "{value} is not a host:port to listen on (write e.g. \"127.0.0.1:8080\")",
            {"value": show(value)},
        )
    return value


def _chat_id(value: int) -> int:
    if value == 0:
        raise PydanticCustomError("chat_id", "0 is not a Telegram chat id (leave `chats` out for the console only)")
    return value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Interval = Annotated[float, _duration(MIN_FIXED_INTERVAL, MAX_INTERVAL, '"30s" or "10m"')]
Timeout = Annotated[float, _duration(1.0, 600.0, '"30s"')]
ChatId = Annotated[int, AfterValidator(_chat_id)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FeedTable(_Table):
    name: Text
    url: Annotated[str, AfterValidator(_http_url)]
    interval: Interval | None = None
    fulltext: Literal["auto", "always", "never"] = "auto"


_FETCH, _TELEGRAM, _WEB = FetchConfig(), TelegramConfig(), WebConfig()  # the one source of every default


class FetchTable(_Table):
    allow_private: bool = _FETCH.allow_private
    max_body_mb: float = Field(default=_FETCH.max_body_mb, gt=0, le=100)
    timeout: Timeout = _FETCH.timeout_seconds


class FeedsFile(_Table):
    feed: list[FeedTable] = []
    fetch: FetchTable = FetchTable()


class WatchTable(_Table):
    name: Text
    query: Text
    chats: list[ChatId] = []
    thread: Annotated[int, Field(gt=0)] | None = None  # a forum topic (message_thread_id) of those chats


class TelegramTable(_Table):
    admins: list[int] = []
    access: Literal["open", "allowlist"] = _TELEGRAM.access
    allowed_chats: list[ChatId] = []
    language: Literal["fr", "en"] = _TELEGRAM.language
    max_watches_per_chat: int = Field(default=_TELEGRAM.max_watches_per_chat, ge=1, le=1000)


class WebTable(_Table):
    enabled: bool = _WEB.enabled
    listen: Annotated[str, AfterValidator(_listen)] = _WEB.listen


class KeywordsFile(_Table):
    timezone: Annotated[str, AfterValidator(_zone)] = DEFAULT_TIMEZONE
    watch: list[WatchTable] = []
    aliases: dict[Text, Annotated[list[Text], Field(min_length=1)]] = {}
    telegram: TelegramTable = TelegramTable()
    web: WebTable = WebTable()


def to_config(feeds: FeedsFile, keywords: KeywordsFile, extra_admins: tuple[int, ...] = ()) -> Config:
    """The typed Config from the two validated files."""
    telegram = keywords.telegram
    return Config(
        feeds=tuple(FeedConfig(f.name, f.url, f.interval, f.fulltext) for f in feeds.feed),
        watches=tuple(WatchConfig(w.name, w.query, tuple(w.chats), w.thread) for w in keywords.watch),
        aliases=tuple((key, *values) for key, values in keywords.aliases.items()),
        telegram=TelegramConfig(
            admins=tuple(dict.fromkeys([*telegram.admins, *extra_admins])),
            access=telegram.access,
            allowed_chats=tuple(telegram.allowed_chats),
            language=telegram.language,
            max_watches_per_chat=telegram.max_watches_per_chat,
        ),
        fetch=FetchConfig(feeds.fetch.allow_private, feeds.fetch.max_body_mb, feeds.fetch.timeout),
        timezone=keywords.timezone,
        web=WebConfig(keywords.web.enabled, keywords.web.listen),
    )
