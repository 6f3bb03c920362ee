"""Whatever arrives, parsing yields an event or WebhookPayloadError and verification a WebhookVerificationError."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldmailreseller.webhooks import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    UnknownEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    event_id,
    event_name,
    parse_event,
    sign,
    verify,
)
from tests.webhooks._webhook_spec import EVENT_MODELS, SECRET, documented_examples, event_names

EXAMPLES = [example for _, example in documented_examples()]
NAMES = event_names()
KEYS = ["event", "eventId", "eventType", "data", "userId", "creationTime", "expiryDate", "mailboxDetails", "x"]


def fuzz_settings(examples: int) -> settings:
    # Never fewer than asked here; `--hypothesis-profile` can raise it.
    return settings(
        max_examples=max(examples, settings().max_examples),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.sampled_from(NAMES)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner),
    max_leaves=20,
)
event_like = st.fixed_dictionaries(
    {},
    optional={
        "event": st.sampled_from(NAMES) | json_values,
        "eventType": st.sampled_from(NAMES) | st.text(),
        "eventId": st.text(max_size=30) | json_values,
        "data": json_values,
    },
)


def check(body: bytes | str, payload: Any = None) -> None:
    try:
        event = parse_event(body)
    except WebhookPayloadError as exc:
        assert exc.body == body
        return
    assert isinstance(payload, dict)
    name = event_name(event)
    assert name in (payload.get("event"), payload.get("eventType"))
    assert event_id(event) == payload.get("eventId")
    if name in EVENT_MODELS:
        assert type(event) is EVENT_MODELS[name]
    else:
        assert isinstance(event, UnknownEvent)
        # Compared as JSON because NaN != NaN.
        assert json.dumps(event.raw) == json.dumps(payload)


@fuzz_settings(200)
@given(json_values | event_like, st.booleans())
def test_fuzz_random_json(payload: Any, as_bytes: bool) -> None:
    body = json.dumps(payload)
    check(body.encode() if as_bytes else body, payload)


@fuzz_settings(50)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_fuzz_random_bytes(body: bytes | str) -> None:
    try:
        payload = json.loads(body)
    except ValueError:
        payload = None
    check(body, payload)


@st.composite
def mutated_examples(draw: st.DrawFn) -> dict[str, Any]:
    payload: dict[str, Any] = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        # Walk down to a random object or array in the document, then change one of its members.
        node: Any = payload
        while True:
            children = [k for k, v in _items(node) if isinstance(v, dict | list)]
            if not children or draw(st.booleans()):
                break
            node = node[draw(st.sampled_from(children))]
        keys = [k for k, _ in _items(node)]
        action = draw(st.sampled_from(["drop", "retype", "null", "add", "rename"]))
        if action == "add" and isinstance(node, dict):
            node[draw(st.sampled_from(KEYS) | st.text(max_size=8))] = draw(json_values)
        elif action == "rename" and isinstance(node, dict) and "event" in node:
            node["event"] = draw(st.sampled_from(NAMES) | st.text(max_size=20))
        elif keys:
            key = draw(st.sampled_from(keys))
            if action == "drop":
                del node[key]
            else:
                node[key] = None if action == "null" else draw(json_values)
    return payload


def _items(node: Any) -> list[tuple[Any, Any]]:
    if isinstance(node, dict):
        return list(node.items())
    return list(enumerate(node)) if isinstance(node, list) else []


@fuzz_settings(300)
@given(mutated_examples())
def test_fuzz_mutated_documented_examples(payload: dict[str, Any]) -> None:
    check(json.dumps(payload).encode(), payload)


@fuzz_settings(100)
@given(st.sampled_from(EXAMPLES), st.text(min_size=1, max_size=40), st.text(max_size=30) | st.none())
def test_fuzz_event_names(example: dict[str, Any], name: str, id_: str | None) -> None:
    payload = {**example, "event": name, "eventId": id_}
    check(json.dumps(payload).encode(), payload)


headers_values = st.text(max_size=80) | st.from_regex(r"(sha256=)?[0-9a-fA-F]{64}", fullmatch=True)
timestamps = st.text(max_size=20) | st.integers(-(10**14), 10**14).map(str)


@fuzz_settings(150)
@given(
    st.binary(max_size=100),
    st.dictionaries(
        st.sampled_from([SIGNATURE_HEADER, TIMESTAMP_HEADER, "CMR-X-SIGNATURE", "Cmr-X-Timestamp", "other"]),
        headers_values | timestamps,
    ),
)
def test_fuzz_verification_headers(body: bytes, headers: dict[str, str]) -> None:
    try:
        verify(body, headers, SECRET, now=1_760_000_000)
    except WebhookVerificationError as exc:
        assert SECRET not in str(exc)
    else:
        # Only a genuine signature can pass: random headers must not.
        raise AssertionError(f"accepted forged headers {headers!r}")


@fuzz_settings(50)
@given(st.binary(max_size=300), st.integers(1_759_999_701, 1_760_000_300))
def test_fuzz_signed_bodies_verify(body: bytes, timestamp: int) -> None:
    verify(body, sign(body, SECRET, timestamp=timestamp), SECRET, now=1_760_000_000)
