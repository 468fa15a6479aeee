"""Drains the edits of the outbox (issue 12): a chat's alert gains "Aussi chez : …".

Run by the deliverer after each pass over the sends, under the same `Pacer` (an edit is a
message for Telegram's limits) and the same retry policy; where Telegram refuses the edit
(message deleted, too old) it replies to the alert instead. Every row ends sent or failed.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from monitor.deliver.pacing import Pacer
from monitor.deliver.policy import (
    DEACTIVATE, DEFER, FAIL, MARK_SENT, REPLIED, REPLY, WAIT, Action, Backoff, before_editing, decide_edit,
)
from monitor.deliver.report import DeliveryReport
from monitor.deliver.senders import Outcome, Sender
from monitor.model import CONSOLE_CHAT
from monitor.render.alert import render_also
from monitor.store import edits, transaction
from monitor.store.edits import EditHead
from monitor.store.outbox import fail_chat_pending, load_alert
from monitor.store.subscriptions import chat_language, deactivate_chat
from monitor.times import utcnow

log = logging.getLogger(__name__)


@dataclass
class Editor:
    """Edits sent alerts: chat 0 through `console`, the others through `telegram`."""

    db: sqlite_utils.Database
    pacer: Pacer
    senders: Callable[[int], Sender | None]  # the ready sender of a chat, or None
    backoff: Backoff = field(default_factory=Backoff)
    language: str = "fr"
    clock: Callable[[], datetime] = utcnow
    monotonic: Callable[[], float] = time.monotonic

    async def run_once(self, now: datetime | None = None, report: DeliveryReport | None = None) -> DeliveryReport:
        """Every due edit that pacing lets go now, counted in `report`; say when to come back."""
        report = report if report is not None else DeliveryReport()
        busy: set[int] = set()  # one edit per chat per pass: a chat's edits stay in order
        for head in edits.due_edits(self.db, now or self.clock()):
            if head.chat_id in busy:
                continue
            if head.deactivated is not None:  # the chat left: its edits end with its reason
                self._apply(head, Outcome("sent"), Action(FAIL, reason=head.deactivated), report)
                continue
            skip = before_editing(head.alert_status, head.alert_how, head.alert_sent, head.created)
            if skip is not None:
                if skip.kind != WAIT:
                    self._apply(head, Outcome("sent"), skip, report)
                continue
            sender = self.senders(head.chat_id)
            if sender is None:
                continue
            wait = self.pacer.wait(head.chat_id, self.monotonic())
            if wait > 0:
                report.wake_in(wait)
                continue
            busy.add(head.chat_id)
            self.pacer.take(head.chat_id, self.monotonic())
            await self._edit(sender, head, report)
        return report

    async def _edit(self, sender: Sender, head: EditHead, report: DeliveryReport) -> None:
        alert = load_alert(self.db, head.alert_id)
        if alert is None:
            return
        lang = chat_language(self.db, head.chat_id, self.language)
        attempts = head.attempts + 1
        outcome = await _attempt(sender.edit(alert, head.message_id, lang), head)
        action = decide_edit(outcome, attempts=attempts, created=head.created, now=self.clock(), replying=False,
                             backoff=self.backoff)
        if action.kind == REPLY:
            log.info("edit %s of alert %s refused (%s): replying to it", head.edit_id, head.alert_id, action.reason)
            self.pacer.take(head.chat_id, self.monotonic())
            outcome = await _attempt(sender.reply(head.chat_id, render_also(alert, lang), head.message_id), head)
            action = decide_edit(outcome, attempts=attempts, created=head.created, now=self.clock(), replying=True,
                                 backoff=self.backoff)
        self._apply(head, outcome, action, report)

    def _apply(self, head: EditHead, outcome: Outcome, action: Action, report: DeliveryReport) -> None:
        now = self.clock()
        if action.kind == MARK_SENT:
            reply = outcome.message_id if action.how == REPLIED else None
            edits.mark_edit_done(self.db, head.edit_id, now, action.how, reply)
            report.sent += 1
        elif action.kind == DEFER:
            edits.defer_edit(self.db, head.edit_id, now + timedelta(seconds=action.delay), action.reason)
            until = self.monotonic() + action.delay
            self.pacer.hold_chat(head.chat_id, until)
            if action.hold_all:
                self.pacer.hold_all(until)
            report.deferred += 1
            report.wake_in(action.delay)
        elif action.kind == DEACTIVATE:
            with transaction(self.db):
                deactivate_chat(self.db, head.chat_id, action.reason, now)
                fail_chat_pending(self.db, head.chat_id, action.reason)
                edits.fail_edit(self.db, head.edit_id, action.reason)
            report.failed += 1
        elif action.kind == FAIL:
            edits.fail_edit(self.db, head.edit_id, action.reason)
            report.failed += 1
            if head.chat_id != CONSOLE_CHAT and head.deactivated is None and head.alert_status == "sent":
                log.warning("edit %s of alert %s failed: %s", head.edit_id, head.alert_id, action.reason)


async def _attempt(call, head: EditHead) -> Outcome:
    try:
        return await call
    except Exception as error:  # a bug in rendering or sending must not stop delivery for everyone
        log.exception("edit %s: sender crashed", head.edit_id)
        return Outcome("transient", reason=f"{type(error).__name__}: {error}")
