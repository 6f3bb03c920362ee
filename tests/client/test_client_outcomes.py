"""Following asynchronous work to its outcome (issue 21): the rule of every operation decided directly from
`OPERATIONS` (`_outcomes.decide`), and `ActionResult.wait()` / `OutcomeUnknownError.wait_for_outcome()` on a client
sending over an httpx MockTransport, reading a real `EventStore("memory")` that events are recorded into as a
`WebhookHandler(events=...)` records them. Every wait is bounded."""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import count
from typing import Any

import httpx
import pytest

from coldmailreseller import (
    ActionResult,
    AsyncActionResult,
    AsyncColdMailReseller,
    ColdMailReseller,
    OutcomeNotTrackableError,
    OutcomeTimeoutError,
    OutcomeUnknownError,
    errors,
)
from coldmailreseller._outcome_keys import correlation_keys
from coldmailreseller._outcomes import Expectation, decide, expect, plain
from coldmailreseller._timing import Timing
from coldmailreseller.webhooks import EventStore, parse_event
from coldmailreseller_generated.operations import OPERATIONS

KEY = "sk_outcomes_test_key"
ORDER = OPERATIONS["createOrderJson"]
RENEW = OPERATIONS["renewSubscriptions"]
_ids = count(1)


# -- the rules, decided from the recorded events alone ------------------------------------------------------------


@dataclass
class Recorded:
    """What `decide` reads of a recorded event (webhooks.RecordedEvent), built from a delivery body."""

    name: str
    data: dict[str, Any]
    event_id: str | None = None
    seq: int = field(default_factory=lambda: next(_ids))
    received_at: float = field(default_factory=time.time)

    @property
    def keys(self) -> tuple[str, ...]:
        return correlation_keys({"event": self.name, "data": self.data})

    @property
    def event(self) -> Any:
        return {"event": self.name, "data": self.data}


def _expected(op_id: str, sent: dict[str, Any], answer: dict[str, Any] | None = None) -> Expectation:
    return expect(OPERATIONS[op_id], sent, answer, time.time())


ORDER_SENT = {
    "userId": "U1",
    "domains": [{"domain": "a.com", "years": 1}, {"domain": "b.com", "years": 1}],
    "mailboxes": {
        "a.com": [{"username": f"u{i}"} for i in range(3)],
        "b.com": [{"username": f"v{i}"} for i in range(3)],
    },
}


def test_an_order_succeeds_once_both_orders_and_one_mailbox_per_mailbox_ordered_arrive() -> None:
    expected = _expected("createOrderJson", ORDER_SENT, {"data": {"orderId": "O1"}})
    assert (expected.keys, expected.count) == (("orderId:O1",), 6)  # 2 domains x 3 mailboxes, from the request
    events = [Recorded("domain.order.success", {"orderId": "O1"}), Recorded("mailbox.order.success", {"orderId": "O1"})]
    assert decide(ORDER.outcome, events, expected) is None  # type: ignore[arg-type]
    created = [Recorded("mailbox.created", {"orderId": "O1", "email": f"m{i}@a.com"}, f"E{i}") for i in range(6)]
    # A redelivery of the fifth mailbox.created counts once.
    assert decide(ORDER.outcome, [*events, *created[:5], copy.copy(created[4])], expected) is None  # type: ignore[arg-type]
    outcome = decide(ORDER.outcome, [*events, *created], expected)  # type: ignore[arg-type]
    assert outcome is not None and (outcome.succeeded, outcome.failed, outcome.keys) == (True, False, ("orderId:O1",))
    assert [e["event"] for e in outcome.events] == [e.name for e in [*events, *created]]
    # Another order's events are not this one's.
    other = [Recorded(e.name, {**e.data, "orderId": "O2"}) for e in [*events, *created]]
    assert decide(ORDER.outcome, other, expected) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("failure", ["domain.order.failed", "mailbox.order.failed"])
def test_any_failure_event_ends_an_order_as_failed(failure: str) -> None:
    expected = _expected("createOrderJson", ORDER_SENT, {"data": {"orderId": "O1"}})
    events = [Recorded("domain.order.success", {"orderId": "O1"}), Recorded(failure, {"orderId": "O1"})]
    outcome = decide(ORDER.outcome, events, expected)  # type: ignore[arg-type]
    assert outcome is not None and (outcome.succeeded, outcome.failed) == (False, True)


def test_renewals_are_decided_subscription_by_subscription() -> None:
    expected = _expected("renewSubscriptions", {"subscriptionIds": ["S1", "S2"]})
    assert (expected.keys, expected.each) == (("subscriptionId:S1", "subscriptionId:S2"), True)
    ok1 = Recorded("subscription.renewal.success", {"subscriptionId": "S1"})
    renewing = Recorded("subscription.renewing", {"subscriptionId": "S2"})  # only marks the start
    assert decide(RENEW.outcome, [ok1, renewing], expected) is None  # type: ignore[arg-type]
    ok2 = Recorded("subscription.renewal.success", {"subscriptionId": "S2"})
    outcome = decide(RENEW.outcome, [ok2, ok1, renewing], expected)  # type: ignore[arg-type]
    assert outcome is not None and outcome.succeeded and outcome.keys == expected.keys
    assert [e["event"] for e in outcome.events] == [
        "subscription.renewal.success",
        "subscription.renewing",
        "subscription.renewal.success",
    ]  # arrival order
    past_due = Recorded("subscription.past_due", {"subscriptionId": "S2"})
    failed = decide(RENEW.outcome, [ok1, past_due], expected)  # type: ignore[arg-type]
    assert failed is not None and (failed.succeeded, failed.failed) == (False, True)


def test_a_renewal_does_not_count_the_subscriptions_earlier_events() -> None:
    # An id the request names has a history: last period's renewal.success must not end this renewal.
    expected = _expected("renewSubscriptions", {"subscriptionIds": ["S1"]})
    earlier = Recorded("subscription.renewal.success", {"subscriptionId": "S1"}, received_at=time.time() - 86_400)
    assert decide(RENEW.outcome, [earlier], expected) is None  # type: ignore[arg-type]
    now = Recorded("subscription.renewal.failed", {"subscriptionId": "S1"})
    outcome = decide(RENEW.outcome, [earlier, now], expected)  # type: ignore[arg-type]
    assert outcome is not None and outcome.failed and len(outcome.events) == 1
    # An id CMR answered with is new: its events count whatever the receiving host's clock said.
    order = _expected("createOrderJson", ORDER_SENT, {"data": {"orderId": "O1"}})
    assert order.since is None


def _documented() -> list[str]:
    return [
        op_id
        for op_id, op in OPERATIONS.items()
        if op.outcome is not None and op.outcome.documented and op.outcome.correlate is not None
    ]


@pytest.mark.parametrize("op_id", _documented())
def test_every_documented_rule_decides_from_its_own_events(op_id: str) -> None:
    """Each rule of the spec, by its events: all success events (and the per-item count) succeed, any failure
    event fails, and less than all decides nothing."""
    rule = OPERATIONS[op_id].outcome
    assert rule is not None and rule.correlate is not None
    field_ = rule.correlate.removeprefix("data.")
    expected = Expectation(operation_id=op_id, method="x", keys=(f"{field_}:W1",), count=2)
    mine = {field_: "W1", "email": "m@a.com"}
    success = [Recorded(name, mine) for name in rule.success]
    items = [Recorded(rule.per_item_event, mine, f"I{i}") for i in range(2)] if rule.per_item_event else []
    outcome = decide(rule, [*success, *items], expected)  # type: ignore[arg-type]
    assert outcome is not None and outcome.succeeded
    if len(success) > 1 or items:
        assert decide(rule, [*success[:-1], *items[:1]], expected) is None  # type: ignore[arg-type]
    for name in rule.failure:
        failed = decide(rule, [success[0], Recorded(name, mine)], expected)  # type: ignore[arg-type]
        assert failed is not None and failed.failed


def test_reconciling_an_order_by_user_and_domain_leads_to_its_id() -> None:
    expected = _expected("createOrderJson", ORDER_SENT, None)  # no answer: the orderId is unknown
    assert expected.keys == () and expected.match == (("userId:U1",), ("domainName:a.com", "domainName:b.com"))
    old = Recorded("domain.order.success", {"orderId": "OLD", "userId": "U1", "domainName": "a.com"})
    old.received_at = time.time() - 3600  # an earlier order of the same user and domain
    found = Recorded("domain.order.success", {"orderId": "O7", "userId": "U1", "domainName": "b.com"})
    someone_else = Recorded("domain.order.success", {"orderId": "O8", "userId": "U2", "domainName": "a.com"})
    rest = [Recorded("mailbox.order.success", {"orderId": "O7"})]
    rest += [Recorded("mailbox.created", {"orderId": "O7", "email": f"m{i}@b.com"}, f"M{i}") for i in range(6)]
    assert decide(ORDER.outcome, [old, someone_else, *rest], expected) is None  # type: ignore[arg-type]
    outcome = decide(ORDER.outcome, [old, someone_else, found, *rest], expected)  # type: ignore[arg-type]
    assert outcome is not None and outcome.succeeded and outcome.keys == ("orderId:O7",)


@pytest.mark.parametrize(
    ("op_id", "sent", "reason"),
    [
        ("removeMailbox", {"mailboxId": "M1"}, "not documented upstream: The docs answer only"),
        ("renewDomain", {}, "no field to match its events by is known: Neither the request body"),
        ("reexportMailboxOauth", {"userId": "U1"}, "no field to match its events by is known: The payload"),
        ("cancelSubscription", {}, "the request carries no domain"),
        ("getUser", {"userId": "U1"}, "no x-cmr-outcome"),
    ],
)
def test_what_cannot_be_followed_says_why(op_id: str, sent: dict[str, Any], reason: str) -> None:
    with pytest.raises(OutcomeNotTrackableError, match=reason):
        _expected(op_id, sent)


# -- the client: wait() on a real memory store ---------------------------------------------------------------------


def record(store: EventStore, name: str, data: dict[str, Any], event_id: str | None = None) -> bool:
    """Record a delivery as a WebhookHandler(events=store) does after verifying it."""
    body = json.dumps({"event": name, "eventId": event_id or f"EV{next(_ids)}", "data": data}).encode()
    return store.record(parse_event(body), body)


def complete_order(store: EventStore, order_id: str, mailboxes: int = 2, **extra: str) -> None:
    record(store, "domain.order.success", {"orderId": order_id, **extra})
    record(store, "mailbox.order.success", {"orderId": order_id, **extra})
    for i in range(mailboxes):
        record(store, "mailbox.created", {"orderId": order_id, "email": f"m{i}@acme.com"})


ORDER_ARGS: dict[str, Any] = {
    "user_id": "U1",
    "domains": [{"domain": "acme.com", "years": 1}],
    "mailboxes": {"acme.com": [{"username": "a", "first_name": "A", "last_name": "B"}] * 2},
}


def _answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/orders/json"):
        data: Any = {"orderId": "O1", "unavailableDomains": []}
        return httpx.Response(200, json={"status": 200, "message": "queued", "data": data, "actionId": "ACT_1"})
    return httpx.Response(200, json={"status": 200, "message": "queued"})


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def client(store: EventStore | None, handler: Callable[[httpx.Request], httpx.Response] = _answer, **kw: Any) -> Any:
    return ColdMailReseller(
        api_key=KEY,
        rate_limit=None,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        event_store=store,
        **kw,
    )


def async_client(store: EventStore | None, handler: Callable[[httpx.Request], httpx.Response] = _answer) -> Any:
    return AsyncColdMailReseller(
        api_key=KEY,
        rate_limit=None,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        event_store=store,
    )


@pytest.fixture
def store() -> Iterator[EventStore]:
    with EventStore("memory") as events:
        yield events


def test_wait_returns_the_outcome_of_an_order(store: EventStore) -> None:
    result = client(store).orders.create(**ORDER_ARGS)
    assert isinstance(result, ActionResult) and result.data.order_id == "O1"
    complete_order(store, "O1", mailboxes=2)
    outcome = result.wait(timeout=5)
    assert (outcome.succeeded, outcome.failed, outcome.keys) == (True, False, ("orderId:O1",))
    assert [type(e).__name__ for e in outcome.events] == [
        "DomainOrderSuccessEvent",
        "MailboxOrderSuccessEvent",
        "MailboxCreatedEvent",
        "MailboxCreatedEvent",
    ]


def test_a_failed_renewal_and_duplicates_ignored(store: EventStore) -> None:
    result = client(store).subscriptions.renew(subscription_ids=["S1", "S2"])
    record(store, "subscription.renewal.success", {"subscriptionId": "S1"}, "E1")
    assert not record(store, "subscription.renewal.success", {"subscriptionId": "S1"}, "E1")  # redelivered
    record(store, "subscription.renewal.failed", {"subscriptionId": "S2"}, "E2")
    outcome = result.wait(timeout=5)
    assert (outcome.succeeded, outcome.failed) == (False, True)
    assert len(outcome.events) == 2


def test_nothing_conclusive_in_time_is_a_typed_timeout(store: EventStore) -> None:
    result = client(store).orders.create(**ORDER_ARGS)
    record(store, "domain.order.success", {"orderId": "O1"})
    with pytest.raises(OutcomeTimeoutError) as caught:
        result.wait(timeout=0.2)
    error = caught.value
    assert isinstance(error, errors.CMRError) and not isinstance(error, OutcomeUnknownError)
    assert (error.operation_id, error.method, error.keys) == ("createOrderJson", "orders.create", ("orderId:O1",))
    assert (error.timeout, error.events_seen) == (0.2, ("domain.order.success",))
    assert "orderId:O1" in str(error) and "domain.order.success" in str(error)
    for copied in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert (copied.keys, copied.events_seen, str(copied)) == (error.keys, error.events_seen, str(error))


def test_wait_without_a_store_or_a_way_is_not_trackable(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMR_EVENT_STORE", raising=False)
    with pytest.raises(OutcomeNotTrackableError, match="no event store"):
        client(None).orders.create(**ORDER_ARGS).wait(timeout=1)
    removal = client(store).mailboxes.delete(user_id="U1", mailbox_id="M1")
    assert isinstance(removal, ActionResult) and removal.data is None
    with pytest.raises(OutcomeNotTrackableError, match="not documented upstream"):
        removal.wait(timeout=1)
    with pytest.raises(OutcomeNotTrackableError, match="no field to match its events by"):
        client(store).domains.renew(extra_body={"domains": ["acme.com"]}).wait(timeout=1)


def test_the_store_comes_from_cmr_event_store(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_EVENT_STORE", f"sqlite:///{tmp_path / 'events.db'}")
    cmr = client(None)
    assert cmr.event_store is not None and "events.db" in cmr.event_store.location
    result = cmr.subscriptions.cancel(subscription_id="S9")
    record(cmr.event_store, "subscription.cancelled", {"subscriptionId": "S9"})
    assert result.wait(timeout=5).succeeded
    cmr.close()


def test_a_client_closes_the_store_it_opened_and_no_other(
    store: EventStore, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[EventStore] = []
    monkeypatch.setattr(EventStore, "close", lambda self: closed.append(self))
    opened = client(f"sqlite:///{tmp_path / 'events.db'}")  # type: ignore[arg-type]
    copy_ = opened.with_options(max_retries=0)
    copy_.close()  # a copy shares the store and closes nothing
    assert closed == []
    opened.close()
    lent = client(store)
    lent.close()
    assert closed == [opened.event_store]

    async def scenario() -> None:
        acl: list[EventStore] = []

        async def aclose(self: EventStore) -> None:
            acl.append(self)

        monkeypatch.setattr(EventStore, "aclose", aclose)
        cmr = async_client(f"sqlite:///{tmp_path / 'async.db'}")  # type: ignore[arg-type]
        await cmr.close()
        assert acl == [cmr.event_store]

    asyncio.run(scenario())


def test_an_action_result_is_a_pure_record(store: EventStore) -> None:
    result = client(store).orders.create(**ORDER_ARGS)
    assert "waiter" not in repr(result) and "store" not in repr(result).lower()
    plain_result = ActionResult(result.data, result.action_id, result.message, result.request_id)
    assert result == plain_result
    for copied in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result)):
        assert copied == result
        with pytest.raises(OutcomeNotTrackableError, match="copied or built by hand"):
            copied.wait(timeout=1)


def test_the_async_client_waits_with_await(store: EventStore) -> None:
    async def scenario() -> tuple[Any, Any]:
        cmr = async_client(store)
        result = await cmr.orders.create(**ORDER_ARGS)
        assert isinstance(result, AsyncActionResult)
        waiting = asyncio.create_task(result.wait(timeout=5))
        await asyncio.sleep(0.05)
        assert not waiting.done()
        await store.record_async(*_parsed("domain.order.failed", {"orderId": "O1"}))
        outcome = await asyncio.wait_for(waiting, 5)
        renewal = await cmr.subscriptions.renew(subscription_ids=["S1"])
        with pytest.raises(OutcomeTimeoutError):
            await renewal.wait(timeout=0.1)
        await cmr.close()
        return outcome, renewal

    outcome, _ = asyncio.run(scenario())
    assert (outcome.succeeded, outcome.failed) == (False, True)


def _parsed(name: str, data: dict[str, Any]) -> tuple[Any, bytes]:
    body = json.dumps({"event": name, "eventId": f"EV{next(_ids)}", "data": data}).encode()
    return parse_event(body), body


class VirtualClock:
    """A clock that only moves when slept on; the events it delivers are recorded when it reaches their time."""

    def __init__(self, store: EventStore) -> None:
        self.now = 0.0
        self.store = store
        self.sleeps: list[float] = []
        self.due: list[tuple[float, Callable[[], None]]] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        for when, deliver in [d for d in self.due if d[0] <= self.now]:
            self.due.remove((when, deliver))
            deliver()

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    @property
    def timing(self) -> Timing:
        return Timing(clock=lambda: self.now, sleep=self.sleep, async_sleep=self.async_sleep, virtual=True)


def test_virtual_timing_sleeps_on_the_clock_instead_of_blocking(store: EventStore) -> None:
    clock = VirtualClock(store)
    cmr = client(store)
    cmr._use_timing(clock.timing)
    result = cmr.orders.create(**ORDER_ARGS)
    clock.due.append((60.0, lambda: complete_order(store, "O1", mailboxes=2)))
    started = time.monotonic()
    outcome = result.wait(timeout=600)
    assert outcome.succeeded
    assert clock.now == 60.0 and clock.sleeps == [1.0] * 60  # virtual seconds, one step at a time
    assert time.monotonic() - started < 30  # bounded: no real waiting on the store (not a speed assertion)
    clock.due.clear()
    with pytest.raises(OutcomeTimeoutError):
        cmr.subscriptions.renew(subscription_ids=["S1"]).wait(timeout=5)
    assert clock.now == 65.0


def test_real_timing_returns_when_another_thread_records(store: EventStore) -> None:
    result = client(store).subscriptions.renew(subscription_ids=["S1"])
    ready = threading.Event()

    def receiver() -> None:
        ready.wait(5)
        time.sleep(0.1)
        record(store, "subscription.renewal.success", {"subscriptionId": "S1"})

    thread = threading.Thread(target=receiver)
    thread.start()
    ready.set()
    try:
        outcome = result.wait(timeout=30)  # notified by the store, long before the timeout
    finally:
        thread.join(10)
    assert outcome.succeeded and not thread.is_alive()


# -- an unknown outcome: what was asked, and reconciling it ------------------------------------------------------


def _unknown(cmr: Any, call: Callable[[Any], Any]) -> OutcomeUnknownError:
    with pytest.raises(OutcomeUnknownError) as caught:
        call(cmr)
    return caught.value


def test_an_unknown_outcome_keeps_what_was_asked(store: EventStore) -> None:
    error = _unknown(client(store, _timeout), lambda c: c.orders.create(**ORDER_ARGS))
    assert error.method == "orders.create"
    assert error.arguments == {
        "user_id": "U1",
        "domains": [{"domain": "acme.com", "years": 1}],
        "mailboxes": {"acme.com": [{"username": "a", "first_name": "A", "last_name": "B"}] * 2},
    }
    for copied in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert (copied.method, copied.arguments, str(copied)) == (error.method, error.arguments, str(error))
        assert copied._store is None  # the client's store is not carried


def test_secrets_are_removed_from_what_was_asked(store: EventStore) -> None:
    password, key = "hunter2-mailbox-password", KEY

    def call(cmr: Any) -> Any:
        return cmr.exports.add_credential(
            user_id="U1", app="SMARTLEAD", credentials={"email": "a@b.com", "password": password}
        )

    error = _unknown(client(store, _timeout), call)
    # `credentials` is named like a secret: the whole argument is left out (nested secrets: `plain`, below).
    assert error.arguments == {"user_id": "U1", "app": "SMARTLEAD"}
    pickled = pickle.dumps(error)
    for text in (str(error), repr(error), repr(vars(error))):
        assert password not in text and key not in text
    assert password.encode() not in pickled and key.encode() not in pickled
    assert plain({"outer": [{"token": "t", "appPassword": "p", "name": "n"}]}) == {"outer": [{"name": "n"}]}


def test_reconciling_an_order_that_was_applied(store: EventStore) -> None:
    record(store, "domain.order.success", {"orderId": "OLD", "userId": "U1", "domainName": "x.com"})
    error = _unknown(client(store, _timeout), lambda c: c.orders.create(**ORDER_ARGS))
    # Applied: CMR placed the order; its events name the user and the domain, and then its id.
    complete_order(store, "O42", mailboxes=2, userId="U1", domainName="acme.com")
    outcome = error.wait_for_outcome(timeout=5)
    assert outcome.succeeded and outcome.keys == ("orderId:O42",)
    assert len(outcome.events) == 4


def test_reconciling_an_order_that_was_not_applied(store: EventStore) -> None:
    record(store, "domain.order.success", {"orderId": "OTHER", "userId": "U2", "domainName": "acme.com"})
    error = _unknown(client(store, _timeout), lambda c: c.orders.create(**ORDER_ARGS))
    with pytest.raises(OutcomeTimeoutError) as caught:
        error.wait_for_outcome(timeout=0.2)
    assert caught.value.keys == ("userId:U1", "domainName:acme.com") and caught.value.events_seen == ()


def test_reconciling_after_unpickling_needs_a_store(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMR_EVENT_STORE", raising=False)
    error = _unknown(client(store, _timeout), lambda c: c.subscriptions.renew(subscription_ids=["S5"]))
    copied = pickle.loads(pickle.dumps(error))
    with pytest.raises(OutcomeNotTrackableError, match="no event store"):
        copied.wait_for_outcome(timeout=1)
    record(store, "subscription.renewal.success", {"subscriptionId": "S5"})
    assert copied.wait_for_outcome(timeout=5, event_store=store).succeeded


def test_reconciling_closes_a_store_it_opened_from_a_url(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    monkeypatch.delenv("CMR_EVENT_STORE", raising=False)
    copied = pickle.loads(
        pickle.dumps(_unknown(client(None, _timeout), lambda c: c.subscriptions.renew(subscription_ids=["S6"])))
    )
    writer = EventStore(url)
    record(writer, "subscription.renewal.success", {"subscriptionId": "S6"})
    closed: list[EventStore] = []
    real_close = EventStore.close
    monkeypatch.setattr(EventStore, "close", lambda self: (closed.append(self), real_close(self)))
    assert copied.wait_for_outcome(timeout=5, event_store=url).succeeded
    assert len(closed) == 1 and closed[0] is not writer
    assert copied.wait_for_outcome(timeout=5, event_store=writer).succeeded
    assert len(closed) == 1  # a caller's store stays open
    writer.close()


def test_an_unknown_outcome_that_cannot_be_reconciled_says_why(store: EventStore) -> None:
    error = _unknown(client(store, _timeout), lambda c: c.domains.renew(extra_body={"domains": ["a.com"]}))
    with pytest.raises(OutcomeNotTrackableError, match="no field to match its events by"):
        error.wait_for_outcome(timeout=1)


def test_the_event_store_setting_is_checked_and_shown(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMR_EVENT_STORE", raising=False)
    with pytest.raises(errors.ConfigurationError, match=r"event_store: .*memcached"):
        ColdMailReseller(api_key=KEY, event_store="memcached://127.0.0.1:11211")
    with pytest.raises(errors.ConfigurationError, match="event_store must be an EventStore or its URL, got int"):
        ColdMailReseller(api_key=KEY, event_store=3)  # type: ignore[arg-type]
    cmr = client(store)
    assert cmr.event_store is store and "event_store='memory'" in repr(cmr)
    assert cmr.with_options(max_retries=0).event_store is store  # copies share it
    secret = "s3cret-pg-password"
    shown = ColdMailReseller(api_key=KEY, event_store=f"postgresql://cmr:{secret}@127.0.0.1:1/cmr")
    assert secret not in repr(shown) and shown.event_store is not None and secret not in shown.event_store.location


def test_the_stores_index_every_field_a_rule_correlates_or_reconciles_by() -> None:
    from coldmailreseller._outcome_keys import _paths, field_name

    for op in OPERATIONS.values():
        rule = op.outcome
        if rule is None:
            continue
        for path in [*([rule.correlate] if rule.correlate else []), *(p for p, _ in rule.reconcile)]:
            assert path in _paths(), (op.operation_id, path)
            value = {"data": {"mailboxDetails": [{"domain": "d.com"}]}} if "[*]" in path else None
            if value is not None:
                assert correlation_keys(value) == (f"{field_name(path)}:d.com",)
