"""The bot's errors that callers outside the bot handle (they import no Telegram library)."""


class BotRefused(Exception):
    """The Bot API refused the token: retrying cannot help, the operator must fix it."""
