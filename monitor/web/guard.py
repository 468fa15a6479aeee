"""Who may use the operator's page (issue 14): a token on any address but loopback, compared in
constant time; every POST only from the page itself (a CSRF token per browser, plus the Origin
and Sec-Fetch-Site headers a browser sends); a loopback page answers only loopback host names
(no DNS rebinding)."""
from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Mapping

from aiohttp import web

from monitor.config import WebConfig

TOKEN_ENV = "VEILLE_WEB_TOKEN"
TOKEN_COOKIE = "veille_token"
CSRF_COOKIE = "veille_csrf"
CSRF_FIELD = "csrf"
TOKEN_KEY = web.AppKey("token", str)
CSRF_KEY = web.RequestKey("csrf", str)
_LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")
# A page of this origin only: its own script, no frames, and no Referer carrying a ?token= to
# another site ("same-origin", not "no-referrer": with that, Chrome posts forms with Origin: null).
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                               " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class WebRefused(Exception):
    """The page cannot be served as configured; `str(err)` says why and what to do (one line)."""


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address) is this machine only."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def required_token(settings: WebConfig, env: Mapping[str, str]) -> str:
    """The token requests must carry ("" on loopback without one); raises WebRefused when the
    page would listen beyond this machine without a token."""
    token = env.get(TOKEN_ENV, "").strip()
    if not token and not is_loopback(settings.host):
        raise WebRefused(f"[web] listen = {settings.listen!r} is reachable from other machines: set {TOKEN_ENV} "
                         "to a long random token (or listen on 127.0.0.1)")
    return token


def same(given: str | None, expected: str) -> bool:
    """Constant-time comparison of two secrets."""
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


def _given_token(request: web.Request) -> str | None:
    authorization = request.headers.get("Authorization", "")
    if authorization.startswith("Bearer "):
        return authorization[7:].strip()
    return request.query.get("token") or request.cookies.get(TOKEN_COOKIE)


def _cross_site(request: web.Request) -> bool:
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        return True
    origin = request.headers.get("Origin")
    return origin is not None and origin != f"{request.scheme}://{request.host}"


def _refuse(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=message + "\n", headers=_HEADERS)


@web.middleware
async def guard(request: web.Request, handler) -> web.StreamResponse:
    """Token, host and cross-site checks around every handler; a CSRF cookie for every browser."""
    token = request.app[TOKEN_KEY]
    if token:
        given = _given_token(request)
        if not same(given, token):
            return _refuse(401, f"Veille: open this page with ?token=… ({TOKEN_ENV} of the running monitor)")
        if "token" in request.query and request.method == "GET":
            # Into a cookie, then out of the address bar and the history.
            target = request.rel_url.with_query([(k, v) for k, v in request.query.items() if k != "token"])
            response = web.Response(status=303, headers={**_HEADERS, "Location": str(target)})
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict", path="/")
            return response
    elif not is_loopback(request.url.host or ""):
        return _refuse(421, "Veille: this page answers on 127.0.0.1 or localhost only")
    csrf = request.cookies.get(CSRF_COOKIE)
    if request.method not in ("GET", "HEAD"):
        form = await request.post()
        if _cross_site(request) or not csrf or not same(str(form.get(CSRF_FIELD, "")), csrf):
            return _refuse(403, "Veille: refused, this form was not sent from Veille's own page")
    request[CSRF_KEY] = csrf or secrets.token_urlsafe(32)
    response = await handler(request)
    response.headers.update(_HEADERS)
    if csrf is None:
        response.set_cookie(CSRF_COOKIE, request[CSRF_KEY], httponly=True, samesite="Strict", path="/")
    return response
