"""The operator's page served by `veille run` on its own event loop (issue 14): aiohttp's server,
jinja2 templates with autoescape, one small script; started and stopped by the Monitor."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import jinja2
import sqlite_utils
from aiohttp import web

from monitor.config import LiveConfig
from monitor.ingest.fetch import Fetcher
from monitor.web.guard import TOKEN_KEY, guard
from monitor.web.reader import PreviewProcess, Reader
from monitor.web.views import SERVICES, TEMPLATES, Services, routes

log = logging.getLogger(__name__)
HERE = Path(__file__).parent


def build_app(services: Services, token: str) -> web.Application:
    """The page's aiohttp application: the guard around every route, the templates, the script."""
    app = web.Application(middlewares=[guard], client_max_size=256 * 1024)
    app[SERVICES] = services
    app[TOKEN_KEY] = token
    app[TEMPLATES] = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                        autoescape=True, trim_blocks=True, lstrip_blocks=True)
    routes(app)
    app.router.add_static("/static", HERE / "static")
    return app


class WebServer:
    """The page as a part of the Monitor: built complete (the token checked), started, stopped."""

    def __init__(self, db: sqlite_utils.Database, db_path: Path, config_dir: Path, live: LiveConfig,
                 fetcher: Fetcher, clock: Callable[[], datetime], token: str) -> None:
        """`token`: what `required_token` gave for these settings ("" on loopback without one)."""
        self.settings = live.config.web  # the address is read once: a new one needs a restart
        self.reader = Reader(db_path)
        self.previews = PreviewProcess(db_path)
        self.app = build_app(Services(db, self.reader, self.previews, live, fetcher, Path(config_dir), clock), token)
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self) -> None:
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.settings.host, self.settings.port)
        try:
            await site.start()
        except OSError as err:  # the port taken: polling and alerts go on without the page
            log.error("web page not served: cannot listen on %s: %s", self.settings.listen, err.strerror or err)
            await runner.cleanup()
            return
        self._runner = runner
        self.port = runner.addresses[0][1]
        log.info("web page on http://%s:%d/", self.settings.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self.reader.close()
        self.previews.close()
