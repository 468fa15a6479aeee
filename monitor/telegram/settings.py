"""What the operator decides about the bot: who may use it, who administers it, its limits."""
from __future__ import annotations

from dataclasses import dataclass, field

ACCESS_MODES = ("open", "allowlist")


@dataclass(frozen=True, slots=True)
class BotSettings:
    """Filled from config by `settings_from_config`."""

    access: str = "open"  # "open" or "allowlist"
    admins: frozenset[int] = field(default_factory=frozenset)  # Telegram user ids
    allowed_chats: frozenset[int] = field(default_factory=frozenset)  # chat ids (allowlist mode)
    language: str = "fr"  # for users whose Telegram language is not English
    max_watches: int = 50  # per chat
    max_query_length: int = 500  # characters
    allow_private_feeds: bool = False  # /addfeed may reach loopback/private addresses

    def __post_init__(self) -> None:
        if self.access not in ACCESS_MODES:
            raise ValueError(f"access must be one of {ACCESS_MODES}, not {self.access!r}")

    def is_admin(self, user_id: int | None) -> bool:
        """Whether this Telegram user may change feeds."""
        return user_id is not None and user_id in self.admins

    def may_use(self, chat_id: int, user_id: int | None) -> bool:
        """Whether this chat (or this admin) may use the bot at all."""
        if self.access == "open" or self.is_admin(user_id):
            return True
        return chat_id in self.allowed_chats


def settings_from_config(config) -> BotSettings:
    """BotSettings from a `monitor.config.settings.Config` (its [telegram] and [fetch] tables;
    its admins already include TELEGRAM_ADMINS)."""
    telegram = config.telegram
    return BotSettings(
        access=telegram.access, admins=frozenset(telegram.admins), allowed_chats=frozenset(telegram.allowed_chats),
        language=telegram.language, max_watches=telegram.max_watches_per_chat,
        allow_private_feeds=config.fetch.allow_private,
    )
