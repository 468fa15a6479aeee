"""`veille health`: is polling or delivery stuck? Read from the database, decided purely."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from monitor.model import HealthFacts
from datetime import timedelta

# A feed whose poll is this late, or an alert due for this long, means something is stuck:
# backoff and Retry-After move next_poll / next_attempt forward, so lateness is not failure.
STUCK_AFTER = timedelta(minutes=15)
# A chat on a daily digest holds its alerts until its hour: stuck only once a digest is missed.
DIGEST_PERIOD = timedelta(days=1)


@dataclass(frozen=True)
class Health:
    enabled_feeds: int
    overdue_feeds: int  # next poll more than STUCK_AFTER in the past
    stuck_alerts: int  # pending, due, and waiting for more than STUCK_AFTER
    oldest_stuck_alert: str | None

    @property
    def polling_ok(self) -> bool:
        return self.overdue_feeds == 0

    @property
    def delivery_ok(self) -> bool:
        return self.stuck_alerts == 0

    @property
    def healthy(self) -> bool:
        return self.polling_ok and self.delivery_ok

    def summary(self) -> str:
        polling = "ok" if self.polling_ok else f"STUCK ({self.overdue_feeds} feed(s) overdue)"
        delivery = "ok" if self.delivery_ok else (
            f"STUCK ({self.stuck_alerts} alert(s) waiting since {self.oldest_stuck_alert})")
        return f"polling: {polling}, {self.enabled_feeds} feed(s)\ndelivery: {delivery}"

    def as_json(self) -> dict:
        return {"healthy": self.healthy, "polling_ok": self.polling_ok, "delivery_ok": self.delivery_ok,
                **asdict(self)}


def assess(facts: HealthFacts) -> Health:
    """The verdict on what the store counted."""
    return Health(facts.enabled_feeds, facts.overdue_feeds, facts.stuck_alerts, facts.oldest_stuck_alert)
