"""Delivery: drains the outbox to Telegram or the console, paced and retried, losing nothing."""
from monitor.deliver.deliverer import Deliverer, DeliveryReport
from monitor.deliver.pacing import Limits, Pacer, Rate
from monitor.deliver.policy import Backoff
from monitor.deliver.senders import ConsoleSender, TelegramSender

__all__ = ["Backoff", "ConsoleSender", "Deliverer", "DeliveryReport", "Limits", "Pacer", "Rate", "TelegramSender"]
