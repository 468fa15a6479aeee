"""The Telegram bot: commands to manage watches and feeds, its life cycle beside the monitor,
and the sender of alerts. Only this package imports python-telegram-bot."""
