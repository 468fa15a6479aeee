"""A fetch or parse error as a kind and parameters, and its text in each language (issue 13).

The exceptions' own messages are English sentences for logs and the CLI; what a chat reads is
rendered here from the kind, so no English reaches a French reply.
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from monitor.ingest.fetch import FetchError
from monitor.ingest.parse import ParseError
from monitor.render.texts import text

Params = dict[str, object]


def error_facts(err: FetchError | ParseError) -> tuple[str, Params]:
    """The error's kind (a key of `error_*` texts) and the parameters its text shows."""
    if isinstance(err, ParseError):
        return f"parse_{err.kind}", {}
    parts = urlsplit(err.url or "")
    params: Params = {"host": parts.hostname or ""}
    if err.status is not None:
        params["status"] = err.status
    if err.retry_after is not None:
        params["retry_after"] = round(err.retry_after)
    if err.kind == "not_allowed":  # a refused scheme, or a private address (the guard)
        return ("scheme" if parts.scheme.lower() not in ("http", "https") else "private"), params
    return err.kind, params


def error_text(lang: str, kind: str | None, params: Params | str | None = None, fallback: str = "") -> str:
    """The error in `lang`; `params` may be the stored JSON. An unknown kind (a row written
    before kinds were stored) reads as a plain "failed" in French, `fallback` in English."""
    if isinstance(params, str):
        params = json.loads(params or "{}")
    values = {"host": "", "status": "?", "url": "", "name": ""} | dict(params or {})
    try:
        message = text(lang, f"error_{kind}", **values)
    except KeyError:
        return fallback if lang == "en" and fallback else text(lang, "error_unknown")
    if kind == "http" and "retry_after" in values:
        message += text(lang, "error_retry_after", seconds=values["retry_after"])
    return message
