"""The operator's web page (issue 14): watches with a live preview, feeds, alerts and search."""
from monitor.web.app import WebServer
from monitor.web.guard import TOKEN_ENV, WebRefused

__all__ = ["TOKEN_ENV", "WebRefused", "WebServer"]
