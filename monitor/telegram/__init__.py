"""The Telegram bot: commands to manage watches, and the format of an alert."""
from monitor.telegram.app import build_application, start_bot, stop_bot
from monitor.telegram.settings import BotSettings, settings_from_config

__all__ = ["BotSettings", "build_application", "settings_from_config", "start_bot", "stop_bot"]
