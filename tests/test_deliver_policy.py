"""What delivery does after each kind of outcome: table-driven, no I/O."""
from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from monitor.deliver.policy import (
    DEACTIVATE, DEFER, FAIL, MARK_SENT, PLAIN_TEXT, RESEND_PLAIN, Backoff, decide,
)
from monitor.deliver.senders import BLOCKED, REJECTED, RETRY_AFTER, SENT, TRANSIENT, Outcome
from monitor.telegram.sender import outcome_of_error
from monitor.store import open_database
from monitor.model import Span
from monitor.deliver.policy import WATCH_REMOVED, Action, before_sending, for_departed_chat
from monitor.store.subscriptions import deactivate_chat
from monitor.store.outbox import Head, defer, due_heads, load_delivery, mark_sent
from monitor.store.watches import active_watches, remove_watch
from monitor.telegram.redact import redact_token
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from tests.helpers import T0, seed_alert

BACKOFF = Backoff(base=2.0, factor=2.0, cap=60.0, give_up_after=timedelta(days=3))


@pytest.mark.parametrize(
    "outcome, attempts, age, plain, kind, delay, hold_all, how",
    [
        (Outcome(SENT, 9), 1, 0, False, MARK_SENT, 0.0, False, None),
        (Outcome(SENT, 9), 1, 0, True, MARK_SENT, 0.0, False, PLAIN_TEXT),
        (Outcome(RETRY_AFTER, retry_after=7), 1, 0, False, DEFER, 7.0, True, None),
        (Outcome(TRANSIENT), 1, 0, False, DEFER, 2.0, False, None),
        (Outcome(TRANSIENT), 3, 0, False, DEFER, 8.0, False, None),
        (Outcome(TRANSIENT), 30, 0, False, DEFER, 60.0, False, None),  # capped
        (Outcome(TRANSIENT), 30, 4 * 86400, False, FAIL, 0.0, False, None),  # gave up, with a reason
        (Outcome(BLOCKED, reason="Forbidden"), 1, 0, False, DEACTIVATE, 0.0, False, None),
        (Outcome(REJECTED, reason="can't parse"), 1, 0, False, RESEND_PLAIN, 0.0, False, None),
        (Outcome(REJECTED, reason="can't parse"), 1, 0, True, FAIL, 0.0, False, None),
    ],
)
def test_decide(outcome, attempts, age, plain, kind, delay, hold_all, how):
    action = decide(outcome, attempts=attempts, created=T0 - timedelta(seconds=age), now=T0, plain=plain,
                    backoff=BACKOFF)
    assert (action.kind, action.delay, action.hold_all, action.how) == (kind, delay, hold_all, how)
    if kind in (FAIL, DEACTIVATE):
        assert action.reason


@pytest.mark.parametrize(
    "error, kind",
    [
        (RetryAfter(3), RETRY_AFTER), (Forbidden("bot was blocked by the user"), BLOCKED),
        (BadRequest("Can't parse entities"), REJECTED), (ChatMigrated(-1001), REJECTED),
        (TimedOut(), TRANSIENT), (NetworkError("Bad Gateway"), TRANSIENT),
    ],
)
def test_errors_are_classified(error, kind):
    outcome = outcome_of_error(error)
    assert outcome.kind == kind and outcome.reason
    if kind == RETRY_AFTER:
        assert outcome.retry_after == 3.0


def test_a_deferred_head_holds_back_its_whole_chat(tmp_path):
    db = open_database(tmp_path / "v.db")
    first = seed_alert(db, 5, "Premier")
    seed_alert(db, 5, "Second")
    other = seed_alert(db, 6, "Autre")
    assert due_heads(db, T0) == [Head(first, 5), Head(other, 6)]
    defer(db, first, T0 + timedelta(minutes=1), "NetworkError")
    assert due_heads(db, T0) == [Head(other, 6)]  # "Second" waits behind "Premier"
    assert due_heads(db, T0 + timedelta(minutes=2)) == [Head(first, 5), Head(other, 6)]
    assert due_heads(db, T0, limit=1) == [Head(other, 6)]
    db.conn.close()


def test_load_delivery_builds_the_alert_of_one_pending_row(tmp_path):
    db = open_database(tmp_path / "v.db")
    outbox_id = seed_alert(db, 5, "Premier", text="Plan social chez AWS.")
    delivery = load_delivery(db, outbox_id)
    assert delivery is not None and delivery.attempts == 0 and delivery.created == T0
    alert = delivery.alert
    assert (alert.id, alert.chat_id, alert.title, alert.feed_name) == (outbox_id, 5, "Premier", "LeMagIT")
    assert alert.watches == ((active_watches(db, T0)[0].id, "licenciements AWS"),)
    assert alert.spans == (Span("text", 17, 20),) and alert.text[17:20] == "AWS"
    defer(db, outbox_id, T0 + timedelta(minutes=1), "NetworkError")
    assert load_delivery(db, outbox_id).attempts == 1  # a deferred row still loads: pacing decides when
    mark_sent(db, outbox_id, 9, T0)
    assert load_delivery(db, outbox_id) is None  # sent: never built again
    db.conn.close()


def test_loading_a_row_whose_watches_were_removed_writes_nothing_and_policy_fails_it(tmp_path):
    """A read never writes (STYLE.md 8): the deliverer applies what the policy decides."""
    db = open_database(tmp_path / "v.db")
    outbox_id = seed_alert(db, 5, "Plus voulu")
    remove_watch(db, 5, active_watches(db, T0)[0].id)
    delivery = load_delivery(db, outbox_id)
    assert delivery is not None and delivery.alert.watches == ()
    assert db.execute("SELECT status FROM outbox WHERE id = ?", [outbox_id]).fetchone() == ("pending",)
    assert before_sending(delivery.alert) == Action(FAIL, reason=WATCH_REMOVED)
    assert before_sending(load_delivery(db, seed_alert(db, 6, "Voulu")).alert) is None


def test_a_deactivated_chat_head_comes_with_its_reason(tmp_path):
    db = open_database(tmp_path / "v.db")
    outbox_id = seed_alert(db, 7, "Après le blocage")
    deactivate_chat(db, 7, "Forbidden: bot was blocked by the user", T0)
    assert due_heads(db, T0) == [Head(outbox_id, 7, "Forbidden: bot was blocked by the user")]
    assert for_departed_chat("Forbidden: bot was blocked by the user").kind == FAIL
    db.conn.close()


def test_token_is_redacted_from_logs(caplog):
    token = "999:SECRET-token-value"
    redact_token(token)
    with caplog.at_level(logging.DEBUG, logger="httpx"):  # the CLI quiets httpx
        logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", token)
    assert "SECRET" not in caplog.text and "<token>" in caplog.text
