"""What a delivery pass did (sends and edits alike), and how long until something else is due."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class DeliveryReport:
    """What one pass did, and how long until something else may be due."""

    sent: int = 0
    failed: int = 0
    deferred: int = 0
    next_wake: float | None = None  # seconds; None = nothing known to wait for

    def wake_in(self, seconds: float) -> None:
        self.next_wake = seconds if self.next_wake is None else min(self.next_wake, seconds)
