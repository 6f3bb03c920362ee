from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import typing

import pytest

from coldmailreseller.errors import CMRError
from coldmailreseller.models import UNSET
from coldmailreseller.webhooks import (
    Event,
    UnknownEvent,
    WebhookPayloadError,
    event_id,
    event_name,
    parse_event,
)
from coldmailreseller_generated.models.domain_order_success_event import DomainOrderSuccessEvent
from coldmailreseller_generated.models.domain_order_success_event_data import DomainOrderSuccessEventData
from coldmailreseller_generated.models.mailbox_created_event import MailboxCreatedEvent
from coldmailreseller_generated.models.mailbox_created_event_data import MailboxCreatedEventData
from tests.webhooks._webhook_spec import EVENT_MODELS, documented_examples, event_names

EXAMPLES = documented_examples()


def test_the_spec_documents_examples() -> None:
    # Guards the parametrized test below against silently running on nothing.
    assert len(EXAMPLES) >= 6
    assert {"mailbox.warmup.started", "domain.order.success"} <= {name for name, _ in EXAMPLES}


@pytest.mark.parametrize(("name", "example"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_documented_example_parses_to_its_model(name: str, example: dict[str, typing.Any]) -> None:
    for body in (json.dumps(example), json.dumps(example).encode()):
        parsed = parse_event(body)
        assert type(parsed) is EVENT_MODELS[name]
        assert event_name(parsed) == name
        assert event_id(parsed) == example.get("eventId")
        event: typing.Any = parsed  # any of the 23 models: only their shared shape is checked here
        assert event.data is not UNSET
        # Nothing documented is left over as an unknown field.
        assert event.additional_properties == {}
        assert event.data.additional_properties == {}
        # Every documented field survives (datetimes come back as isoformat(), so compare keys).
        assert set(event.to_dict()["data"]) == set(example["data"])


def test_every_spec_event_maps_to_a_model() -> None:
    assert sorted(EVENT_MODELS) == event_names()
    for name in event_names():
        assert EVENT_MODELS[name].__name__.endswith("Event")
        assert callable(EVENT_MODELS[name].from_dict)


def test_event_alias_lists_exactly_the_generated_models() -> None:
    members = {
        arg.__forward_arg__.removeprefix("_models.") if isinstance(arg, typing.ForwardRef) else arg
        for arg in typing.get_args(Event)
    }
    assert members == {cls.__name__ for cls in EVENT_MODELS.values()} | {UnknownEvent}


def test_typed_fields_are_parsed() -> None:
    event = parse_event(json.dumps(dict(EXAMPLES)["domain.order.success"]))
    # The Event union narrows like any other: this is how callers reach the typed fields.
    assert isinstance(event, DomainOrderSuccessEvent)
    assert isinstance(event.data, DomainOrderSuccessEventData)
    assert isinstance(event.data.creation_time, datetime.datetime)
    assert event.data.creation_time.year == 2024
    assert event.data.price == 15.88


def test_unknown_fields_are_kept() -> None:
    data = {"mailboxId": "M1", "email": "m1@acme.com", "new": [1]}
    body = {"event": "mailbox.created", "eventId": "E1", "actionId": "A1", "data": data}
    event = parse_event(json.dumps(body))
    assert isinstance(event, MailboxCreatedEvent)
    assert isinstance(event.data, MailboxCreatedEventData)
    assert event.additional_properties == {"actionId": "A1"}
    assert event.data.mailbox_id == "M1"
    assert event.data.additional_properties == {"new": [1]}


def test_warmup_variant_with_event_type_and_no_event_id() -> None:
    event = parse_event(json.dumps({"eventType": "mailbox.warmup.started", "data": {"mailboxId": "M"}}))
    assert type(event) is EVENT_MODELS["mailbox.warmup.started"]
    assert event_name(event) == "mailbox.warmup.started"
    assert event_id(event) is None


def test_event_key_wins_over_event_type() -> None:
    event = parse_event(json.dumps({"event": "mailbox.warmup.removed", "eventType": "x", "eventId": "E", "data": {}}))
    assert type(event) is EVENT_MODELS["mailbox.warmup.removed"]
    assert event_id(event) == "E"


def test_unknown_event_name() -> None:
    body = {"event": "mailbox.teleported", "eventId": "E9", "data": {"to": "mars"}, "extra": True}
    event = parse_event(json.dumps(body).encode())
    assert event == UnknownEvent(event="mailbox.teleported", event_id="E9", data={"to": "mars"}, raw=body)
    assert event_name(event) == "mailbox.teleported"
    assert event_id(event) == "E9"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not JSON"),
        (b"\xff\xfe{", "not JSON"),
        ("[" * 100_000, "not JSON"),
        ("[]", "expected a JSON object, got an array"),
        ('"mailbox.created"', "got a string"),
        ("null", "got null"),
        ("3", "got a number"),
        ('{"eventId": "E", "data": {}}', "no event name"),
        ('{"event": null, "eventId": "E"}', "no event name"),
        ('{"event": 5, "eventId": "E"}', "not a non-empty string"),
        ('{"event": "", "eventId": "E"}', "not a non-empty string"),
        ('{"event": "x.y", "eventId": 12}', "`eventId` is not"),
        ('{"event": "mailbox.created", "eventId": ""}', "`eventId` is not"),
        ('{"event": "mailbox.created", "eventId": null}', "`eventId` is not"),
        ('{"event": "mailbox.created"}', "required field 'eventId' is missing"),
        ('{"event": "mailbox.created", "eventId": "E", "data": [["a", 1]]}', "not an object"),
        ('{"event": "domain.order.success", "eventId": "E", "data": {"creationTime": "soon"}}', "ISO 8601 date-time"),
        (
            '{"event": "domain.order.success", "eventId": "E", "data": {"expiryDate": 7}}',
            "/data/expiryDate: expected an ISO 8601 date-time, got int",
        ),
    ],
)
def test_invalid_payloads(body: str | bytes, reason: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(body)
    assert reason in info.value.reason
    assert info.value.body == body
    assert isinstance(info.value, CMRError)
    assert isinstance(info.value, ValueError)


def test_payload_error_message_leaves_the_body_out() -> None:
    body = '{"event": "mailbox.created", "data": {"password": "hunter2"}}'
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(body)
    assert "hunter2" not in str(info.value)


def test_importing_the_package_does_not_import_the_models() -> None:
    code = (
        "import sys, coldmailreseller.webhooks as w\n"
        "models = lambda: sorted(m for m in sys.modules if m.startswith('coldmailreseller_generated.models.'))\n"
        "assert models() == [], models()\n"
        'w.parse_event(\'{"event": "mailbox.created", "eventId": "E", "data": {"email": "m@acme.com"}}\')\n'
        "assert models() == ['coldmailreseller_generated.models.mailbox_created_event',\n"
        "                    'coldmailreseller_generated.models.mailbox_created_event_data'], models()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
