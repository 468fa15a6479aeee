"""Drains the outbox: paced, retried, in order per chat, every row ending sent or failed.

The orchestrator of delivery: it reads the due heads (`monitor.store.outbox`), asks the `Pacer`
when each may go, loads and sends through a `Sender` only those that may go now, and applies
what `policy.decide` says.
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from monitor.times import utcnow
from monitor.deliver.editor import Editor
from monitor.deliver.pacing import Limits, Pacer
from monitor.deliver.report import DeliveryReport
from monitor.deliver.policy import (
    DEACTIVATE, DEFER, FAIL, MARK_SENT, RESEND_PLAIN, Action, Backoff, before_sending, decide, for_departed_chat,
)
from monitor.deliver.senders import BLOCKED, SENT, Outcome, Sender
from monitor.model import CONSOLE_CHAT
from monitor.store import outbox, transaction
from monitor.store.outbox import Delivery
from monitor.store.subscriptions import chat_language, deactivate_chat, digest_chats, mark_digest_sent
from monitor.render.alert import render_digest
from monitor.render.texts import PARIS

log = logging.getLogger(__name__)



@dataclass
class Deliverer:
    """Sends pending alerts: chat 0 to `console`, every other chat to `telegram`.

    A chat with no ready sender (no token, or the bot not started yet) keeps its alerts pending.
    """

    db: sqlite_utils.Database
    telegram: Sender | None = None
    console: Sender | None = None
    limits: Limits = field(default_factory=Limits)
    backoff: Backoff = field(default_factory=Backoff)
    language: str = "fr"
    concurrency: int = 8
    clock: Callable[[], datetime] = utcnow
    monotonic: Callable[[], float] = time.monotonic
    idle: float = 1.0  # seconds between looks at the outbox when nobody calls wake()
    pacer: Pacer | None = None  # default: its own; `run` shares one with the bot's replies

    def __post_init__(self) -> None:
        if self.pacer is None:
            self.pacer = Pacer(self.limits)
        # Edits (issue 12) share the pacing and the retry policy of sends.
        self.editor = Editor(self.db, self.pacer, self._sender, self.backoff, self.language, self.clock, self.monotonic)
        self._wakeup = asyncio.Event()
        self._one_pass = asyncio.Lock()  # run_once and the loop must not send the same row twice
        self.last_pass: datetime | None = None  # for the health check
        # Sent, but the database refused to record it (disk full, locked): never sent again by
        # this process, recorded as soon as the database takes writes (issue 10: at most one
        # duplicate per fault, after a crash; none while running).
        self._unrecorded: dict[int, tuple[int | None, datetime, str | None]] = {}
        self._storage_error: str | None = None

    def wake(self) -> None:
        """New rows were written: look at the outbox now."""
        self._wakeup.set()

    def _sender(self, chat_id: int) -> Sender | None:
        sender = self.console if chat_id == CONSOLE_CHAT else self.telegram
        return sender if sender is not None and sender.ready else None

    async def run_once(self, now: datetime | None = None) -> DeliveryReport:
        """Send everything that is due and allowed by pacing now, without waiting; say when to come back."""
        async with self._one_pass:
            return await self._pass(now)

    async def _pass(self, now: datetime | None) -> DeliveryReport:
        report = DeliveryReport()
        self._record_unrecorded()
        if self.telegram is not None and self.telegram.ready:
            await self._digests(now or self.clock(), report)
        limit = asyncio.Semaphore(self.concurrency)
        while True:
            batch, dropped, all_wait = [], 0, False
            for head in outbox.due_heads(self.db, now or self.clock(), skip=self._unrecorded.keys()):
                outbox_id, chat_id = head.outbox_id, head.chat_id
                if head.deactivated is not None:
                    self._fail_chat(chat_id, for_departed_chat(head.deactivated), report)
                    dropped += 1
                    continue
                if self._sender(chat_id) is None or (all_wait and chat_id != CONSOLE_CHAT):
                    continue
                wait = self.pacer.wait(chat_id, self.monotonic())
                if wait > 0:
                    report.wake_in(wait)
                    overall = self.pacer.wait_all(self.monotonic())
                    if overall > 0:  # every other Telegram chat waits at least as long: skip them
                        report.wake_in(overall)
                        all_wait = True
                    continue
                # Only now build the alert: pacing lets few heads through per pass (issue 6).
                delivery = outbox.load_delivery(self.db, outbox_id)
                refusal = before_sending(delivery.alert) if delivery is not None else None
                if delivery is None or refusal is not None:  # the chat's next row is due at once
                    if refusal is not None:
                        self._not_sent(delivery, refusal, report)
                    dropped += 1
                    continue
                self.pacer.take(chat_id, self.monotonic())
                batch.append(delivery)
            if not batch and not dropped:
                break
            # One row per chat in a batch: concurrency across chats never reorders a chat.
            await asyncio.gather(*(self._deliver_limited(limit, d, report) for d in batch))
        await self.editor.run_once(now, report)
        due = outbox.next_due(self.db)
        if due is not None:
            report.wake_in(max(0.0, (due - (now or self.clock())).total_seconds()))
        self.last_pass = self.clock()
        return report

    async def _deliver_limited(self, limit: asyncio.Semaphore, delivery: Delivery, report: DeliveryReport) -> None:
        async with limit:
            await self._deliver(delivery, report)

    async def _deliver(self, delivery: Delivery, report: DeliveryReport) -> None:
        alert = delivery.alert
        sender = self._sender(alert.chat_id)
        assert sender is not None
        lang = chat_language(self.db, alert.chat_id, self.language)
        attempts = delivery.attempts + 1
        outcome = await self._attempt(sender, delivery, lang, plain=False)
        action = decide(outcome, attempts=attempts, created=delivery.created, now=self.clock(), plain=False,
                        backoff=self.backoff)
        if action.kind == RESEND_PLAIN:
            log.warning("alert %s to chat %s refused as HTML (%s): resending as plain text",
                        alert.id, alert.chat_id, action.reason)
            self.pacer.take(alert.chat_id, self.monotonic())
            outcome = await self._attempt(sender, delivery, lang, plain=True)
            action = decide(outcome, attempts=attempts, created=delivery.created, now=self.clock(), plain=True,
                            backoff=self.backoff)
        self._apply(delivery, outcome, action, report)

    async def _attempt(self, sender: Sender, delivery: Delivery, lang: str, plain: bool) -> Outcome:
        try:
            return await sender.send(delivery.alert, lang, plain=plain)
        except Exception as error:  # a bug in rendering or sending must not stop delivery for everyone
            log.exception("alert %s: sender crashed", delivery.alert.id)
            return Outcome("transient", reason=f"{type(error).__name__}: {error}")

    def _apply(self, delivery: Delivery, outcome: Outcome, action: Action, report: DeliveryReport) -> None:
        if action.kind == MARK_SENT:
            report.sent += 1
            self._unrecorded[delivery.alert.id] = (outcome.message_id, self.clock(), action.how)
            self._record_unrecorded()
            return
        self._not_sent(delivery, action, report)

    def _not_sent(self, delivery: Delivery, action: Action, report: DeliveryReport) -> None:
        """Nothing went out (or nothing is to go): defer, deactivate or fail, as `action` says."""
        try:
            self._apply_unsent(delivery, action, report, self.clock())
        except sqlite3.Error as error:  # nothing went out: trying again later is no duplicate
            self._storage_failed(error)
            self.pacer.hold_chat(delivery.alert.chat_id, self.monotonic() + self.backoff.delay(delivery.attempts + 1))

    def _record_unrecorded(self) -> None:
        """Record the sends the database refused earlier, oldest first; keep the rest for later."""
        for outbox_id, (message_id, when, how) in list(self._unrecorded.items()):
            try:
                outbox.mark_sent(self.db, outbox_id, message_id, when, how)
            except sqlite3.Error as error:
                self._storage_failed(error)
                return
            del self._unrecorded[outbox_id]
        if self._storage_error is not None:
            log.info("the database takes writes again: deliveries recorded")
            self._storage_error = None

    def _storage_failed(self, error: sqlite3.Error) -> None:
        """Say once, in one line, that the database refuses writes; delivery goes on."""
        if str(error) != self._storage_error:
            self._storage_error = str(error)
            log.error("database refuses writes (%s): %d sent alert(s) wait to be recorded, none is sent twice",
                      error, len(self._unrecorded))

    def _apply_unsent(self, delivery: Delivery, action: Action, report: DeliveryReport, now: datetime) -> None:
        alert = delivery.alert
        if action.kind == DEFER:
            until = self.monotonic() + action.delay
            self.pacer.hold_chat(alert.chat_id, until)
            if action.hold_all:
                self.pacer.hold_all(until)
            outbox.defer(self.db, alert.id, now + timedelta(seconds=action.delay), action.reason)
            report.deferred += 1
            report.wake_in(action.delay)
            log.info("alert %s to chat %s deferred %.1fs: %s", alert.id, alert.chat_id, action.delay, action.reason)
        elif action.kind == DEACTIVATE:
            with transaction(self.db):
                deactivate_chat(self.db, alert.chat_id, action.reason, now)
                self._fail_chat(alert.chat_id, action, report)
            log.warning("chat %s deactivated: %s", alert.chat_id, action.reason)
        elif action.kind == FAIL:
            outbox.mark_failed(self.db, alert.id, action.reason)
            report.failed += 1
            log.warning("alert %s to chat %s failed: %s", alert.id, alert.chat_id, action.reason)

    def _fail_chat(self, chat_id: int, action: Action, report: DeliveryReport) -> None:
        """Every pending alert of a chat that left ends failed with its reason."""
        report.failed += outbox.fail_chat_pending(self.db, chat_id, action.reason)

    async def _digests(self, now: datetime, report: DeliveryReport) -> None:
        """One summary message per digest chat, once a day at its hour (Paris time)."""
        local = now.astimezone(PARIS)
        for chat in digest_chats(self.db):
            done_today = chat.last_digest is not None and chat.last_digest.astimezone(PARIS).date() >= local.date()
            if done_today or local.hour < (chat.digest_hour or 0) or self.pacer.wait(chat.id, self.monotonic()):
                continue
            try:
                await self._digest(chat, now, report)
            except Exception:  # a bug in rendering or sending one digest must not stop delivery for everyone
                log.exception("digest for chat %s crashed; retrying later", chat.id)
                self.pacer.hold_chat(chat.id, self.monotonic() + self.backoff.cap)

    async def _digest(self, chat, now: datetime, report: DeliveryReport) -> None:
        pending = []
        for delivery in outbox.pending_for_chat(self.db, chat.id, now):
            if delivery.alert.id in self._unrecorded:
                continue  # it went in an earlier digest, the database has yet to say so
            refusal = before_sending(delivery.alert)
            if refusal is None:
                pending.append(delivery)
            else:
                self._not_sent(delivery, refusal, report)
        if pending:
            self.pacer.take(chat.id, self.monotonic())
            assert self.telegram is not None
            outcome = await self.telegram.send_rendered(chat.id, render_digest([d.alert for d in pending], chat.lang))
            if outcome.kind == SENT:
                report.sent += len(pending)
                for delivery in pending:
                    self._unrecorded[delivery.alert.id] = (outcome.message_id, now, "digest")
                self._record_unrecorded()
                try:
                    mark_digest_sent(self.db, chat.id, now)
                except sqlite3.Error as error:  # its alerts are kept from a second digest above
                    self._storage_failed(error)
            elif outcome.kind == BLOCKED:
                with transaction(self.db):
                    deactivate_chat(self.db, chat.id, outcome.reason, now)
                    self._fail_chat(chat.id, Action(DEACTIVATE, reason=outcome.reason), report)
            else:  # try again later; the alerts stay pending
                self.pacer.hold_chat(chat.id, self.monotonic() + max(outcome.retry_after, self.backoff.base))

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Deliver until `stop` is set (or the task is cancelled)."""
        stop = stop or asyncio.Event()
        while not stop.is_set():
            self._wakeup.clear()  # before the pass: a wake() during it is not lost
            try:
                report = await self.run_once()
            except sqlite3.Error as error:  # e.g. the database locked for too long: say it, wait, go on
                log.error("delivery pass failed: database: %s", error)
                report = DeliveryReport(next_wake=self.idle)
            except Exception:  # a bug: its traceback, and delivery goes on
                log.exception("delivery pass failed")
                report = DeliveryReport(next_wake=self.idle)
            timeout = min(self.idle, report.next_wake if report.next_wake is not None else self.idle)
            waiters = [asyncio.ensure_future(self._wakeup.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiters, timeout=max(0.01, timeout), return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()
