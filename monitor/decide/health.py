"""`veille health`: is Veille stuck, degraded or healthy? The store counts, this decides."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta

from monitor.model import HealthFacts

# A feed whose poll is this late, or an alert due for this long, means something is stuck:
# backoff and Retry-After move next_poll / next_attempt forward, so lateness is not failure.
STUCK_AFTER = timedelta(minutes=15)
# A chat on a daily digest holds its alerts until its hour: stuck only once a digest is missed.
DIGEST_PERIOD = timedelta(days=1)
# A feed failing this long, over this many polls in a row, is not a passing hiccup; when every
# feed is, the network (or the proxy, the DNS) is gone: Veille runs but watches nothing.
FAILING_FOR = timedelta(minutes=30)
FAILING_POLLS = 3

OK, DEGRADED, STUCK = "ok", "degraded", "stuck"


@dataclass(frozen=True)
class Health:
    enabled_feeds: int
    overdue_feeds: int  # next poll more than STUCK_AFTER in the past
    stuck_alerts: int  # pending, due, and waiting for more than STUCK_AFTER
    oldest_stuck_alert: str | None
    failing_feeds: int  # failing for FAILING_FOR, FAILING_POLLS polls in a row
    writable: bool  # the database took a write

    @property
    def polling_ok(self) -> bool:
        return self.overdue_feeds == 0

    @property
    def delivery_ok(self) -> bool:
        return self.stuck_alerts == 0

    @property
    def all_feeds_failing(self) -> bool:
        return self.enabled_feeds > 0 and self.failing_feeds == self.enabled_feeds

    @property
    def status(self) -> str:
        """STUCK (polling or delivery is not happening) before DEGRADED (it happens, to no avail)."""
        if not (self.polling_ok and self.delivery_ok):
            return STUCK
        if self.all_feeds_failing or not self.writable:
            return DEGRADED
        return OK

    @property
    def healthy(self) -> bool:
        return self.status == OK

    def summary(self) -> str:
        if not self.polling_ok:
            polling = f"STUCK ({self.overdue_feeds} feed(s) overdue)"
        elif self.all_feeds_failing:
            polling = f"DEGRADED (every feed failing for over {FAILING_FOR.total_seconds() / 60:g} min)"
        else:
            polling = "ok"
        delivery = "ok" if self.delivery_ok else (
            f"STUCK ({self.stuck_alerts} alert(s) waiting since {self.oldest_stuck_alert})")
        database = "ok" if self.writable else "DEGRADED (it refuses writes: disk full, read-only or locked)"
        return (f"polling: {polling}, {self.enabled_feeds} feed(s)\ndelivery: {delivery}\n"
                f"database: {database}")

    def as_json(self) -> dict:
        return {"status": self.status, "healthy": self.healthy, "polling_ok": self.polling_ok,
                "delivery_ok": self.delivery_ok, **asdict(self)}


def assess(facts: HealthFacts) -> Health:
    """The verdict on what the store counted."""
    return Health(facts.enabled_feeds, facts.overdue_feeds, facts.stuck_alerts, facts.oldest_stuck_alert,
                  facts.failing_feeds, facts.writable)
