"""Veille as a feed-farm contender: the real Pipeline (fetch, parse in worker processes, store,
match ~50 watches, outbox) over every farm feed, one `poll_all` per cycle."""
from __future__ import annotations

import asyncio
import os
from datetime import datetime, timezone
from pathlib import Path

from bench.farm import COMPANIES
from bench.peers import CycleJob, CycleOutcome

# The farm is one host:port standing for 1,000 sites: per-host politeness would measure the
# farm, not Veille, so the per-host cap equals the overall one here (noted in the table).
# BENCH_VEILLE_FETCH / BENCH_VEILLE_PARSE override both, to try other settings.
FETCH_CONCURRENCY = int(os.environ.get("BENCH_VEILLE_FETCH", 256))
PARSE_WORKERS = int(os.environ.get("BENCH_VEILLE_PARSE", 2))
NOTE = f"fetch concurrency {FETCH_CONCURRENCY} (per host too), {PARSE_WORKERS} parse+match processes, 50 watches"

_TOPICS = ("licenciements", '"plan social"', "cyber* (attaque OR rançongiciel)", "panne", "rachète OR rachat",
           "amende CNIL", "grève", "fuite données", "recrute", "faille critique")


def farm_watches(count: int = 50) -> list[tuple[str, str]]:
    """(name, query) pairs shaped like the shipped keywords.toml, over the farm's companies and topics."""
    watches = []
    for i in range(count):
        company, topic = COMPANIES[i % len(COMPANIES)], _TOPICS[(i * 7) % len(_TOPICS)]
        company = f'"{company}"' if " " in company else company
        topic = f"({topic})" if " OR " in topic else topic
        watches.append((f"veille {i}", f"title:{company}" if i % 10 == 9 else f"{topic} {company}"))
    return watches


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class VeilleContender:
    """Set-up (not measured): the database, the farm URLs as feeds, the watches. A cycle: `poll_all`."""

    def setup(self, job: CycleJob) -> None:
        from monitor.match.analyse import ProcessAnalyser
        from monitor.ingest.fetch import FetchLimits
        from monitor.match.matcher import MatcherCache
        from monitor.store import open_database, transaction
        from monitor.store.feeds import list_feeds, sync_config_feeds
        from monitor.store.watches import sync_config_watches

        self.db_path = Path(job.workdir) / "veille.db"
        self.db = open_database(self.db_path)
        if job.kind == "cold":
            now = _utcnow()
            with transaction(self.db):
                # The operator's feeds (feeds.toml), as `run` has them: trusted on loopback.
                sync_config_feeds(self.db, [(f"farm {i}", url, None) for i, url in enumerate(job.urls)], now)
                sync_config_watches(self.db, [(name, query, ()) for name, query in farm_watches()], now)
        self.feed_ids = [feed.id for feed in list_feeds(self.db)]
        self.limits = FetchLimits(max_connections=FETCH_CONCURRENCY, per_host=FETCH_CONCURRENCY)
        # The parse workers are started once, as `run` starts them (a fresh interpreter each:
        # ~0.5 s); they are stopped at the end of the cycle, so all their CPU counts in it.
        self.matchers = MatcherCache(self.db, _utcnow)
        self.analyser = ProcessAnalyser(self.db_path, self.matchers, PARSE_WORKERS)
        # The story index, loaded from the window's entries as `run` loads it at start.
        from monitor.pipeline.stories import load_stories

        self.stories = load_stories(self.db, _utcnow())

    def run_cycle(self, job: CycleJob) -> CycleOutcome:
        return asyncio.run(self._cycle())

    async def _cycle(self) -> CycleOutcome:
        from monitor.ingest.fetch import Fetcher
        from monitor.pipeline.poll import Pipeline

        try:
            async with Fetcher(self.limits) as fetcher:
                pipeline = Pipeline(self.db, fetcher, self.matchers, analyse=self.analyser, stories=self.stories)
                outcomes = await pipeline.poll_all(self.feed_ids)
        finally:
            self.analyser.close()  # joins the workers, so their CPU is counted (RUSAGE_CHILDREN)
        self.db.close()
        return CycleOutcome(sum(o.new + o.duplicate for o in outcomes),
                            sum(1 for o in outcomes if o.status == "failed"), note=NOTE)
