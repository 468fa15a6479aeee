"""Delivery: drains the outbox to Telegram or the console, paced and retried, losing nothing.

It never imports the Telegram library: the Telegram sender (`monitor.telegram.sender`) is
handed in by the composition root."""
from monitor.deliver.deliverer import Deliverer
from monitor.deliver.report import DeliveryReport
from monitor.deliver.pacing import Limits, Pacer, Rate
from monitor.deliver.policy import Backoff
from monitor.deliver.senders import ConsoleSender

__all__ = ["Backoff", "ConsoleSender", "Deliverer", "DeliveryReport", "Limits", "Pacer", "Rate"]
