"""The config directory: feeds.toml and keywords.toml, validated, typed, and reloaded on edit."""
from monitor.config.load import (
    ADMINS_ENV,
    FEEDS_FILE,
    KEYWORDS_FILE,
    check_config,
    config_warnings,
    config_from_texts,
    env_admins,
    load_config,
    read_texts,
)
from monitor.config.live import LiveConfig
from monitor.config.problems import ConfigError, Problem
from monitor.config.settings import Config, FeedConfig, FetchConfig, TelegramConfig, WatchConfig, WebConfig
from monitor.config.watcher import ConfigWatcher

__all__ = [
    "ADMINS_ENV", "FEEDS_FILE", "KEYWORDS_FILE", "Config", "ConfigError", "ConfigWatcher", "FeedConfig",
    "FetchConfig", "LiveConfig", "Problem", "TelegramConfig", "WatchConfig", "WebConfig", "check_config",
    "config_from_texts", "config_warnings",
    "env_admins", "load_config", "read_texts",
]
