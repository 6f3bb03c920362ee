"""Every accepted form of an argument is one request on the wire (issue 19, item 3).

For every operation with parameters or a body, Hypothesis draws spec-valid arguments from the runtime request
shapes (`OPERATIONS[...].fields`, the same `Field`/`Shape` tables the client checks with), then feeds each value
in four forms: models built by their constructors, models built by `from_dict`, mappings with attribute names
and mappings with wire names, at every depth (map models like `OrderMailboxesByDomain` included). All four must
encode to the same method, path, query and JSON body, and the body must be JSON.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from typing import Any, Literal

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldmailreseller import ColdMailReseller, InvalidArgumentError
from coldmailreseller._encode import encode
from coldmailreseller._runtime import Field, Operation, Shape
from coldmailreseller_generated.models.order_mailbox import OrderMailbox
from coldmailreseller_generated.models.order_mailboxes_by_domain import OrderMailboxesByDomain
from coldmailreseller_generated.operations import OPERATIONS

Form = Literal["constructor", "from_dict", "attribute names", "wire names"]
FORMS: tuple[Form, ...] = ("constructor", "from_dict", "attribute names", "wire names")
WITH_ARGUMENTS = sorted(op_id for op_id, op in OPERATIONS.items() if op.fields or op.has_body)
MAX_ITEMS = 3
KEYS = st.text(min_size=1, max_size=8)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | KEYS
ANY_JSON = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(KEYS, inner, max_size=2), max_leaves=4
)


# -- spec-valid wire JSON, from the runtime shapes -------------------------------------------------------------


def wire_values(shape: Shape, field: Field | None = None) -> st.SearchStrategy[Any]:
    """JSON (wire names, enum values as strings) that the shape and the field's constraints accept."""
    kind = shape.kind
    if kind == "str":
        low = field.min_length or 0 if field else 0
        if field is not None and field.location == "path":
            low = max(low, 1)
        high = field.max_length if field and field.max_length is not None else max(low, 8)
        return st.text(min_size=low, max_size=high)
    if kind == "int":
        low = math.ceil(field.minimum) if field and field.minimum is not None else None
        high = math.floor(field.maximum) if field and field.maximum is not None else None
        return st.integers(min_value=low, max_value=high)
    if kind == "float":
        low = field.minimum if field else None
        high = field.maximum if field else None
        return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
    if kind == "bool":
        return st.booleans()
    if kind == "enum":
        assert shape.ref is not None
        return st.sampled_from([str(member.value) for member in shape.ref.get()])
    if kind == "list":
        assert shape.item is not None
        low = field.min_items or 0 if field else 0
        return st.lists(wire_values(shape.item), min_size=low, max_size=max(low, MAX_ITEMS))
    if kind == "union":
        return st.one_of([wire_values(option) for option in shape.options])
    if kind in ("map", "model") and shape.fields:
        return objects(shape.fields, shape.one_of)
    if kind in ("map", "model") and shape.item is not None:
        return st.dictionaries(KEYS, wire_values(shape.item), max_size=MAX_ITEMS)
    if kind == "model":
        return st.dictionaries(KEYS, SCALARS, max_size=MAX_ITEMS)  # no fields documented: any keys
    return ANY_JSON


def objects(fields: tuple[Field, ...], one_of: tuple[tuple[str, ...], ...]) -> st.SearchStrategy[dict[str, Any]]:
    """An object of these fields: the required ones, any of the optional ones, and exactly one group of a
    one-of rule."""

    def build(group: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
        others = {name for rule in one_of if rule != group for name in rule} - set(group)
        required = {f.wire: wire_values(f.shape, f) for f in fields if f.required or f.wire in group}
        optional = {f.wire: wire_values(f.shape, f) for f in fields if f.wire not in required and f.wire not in others}
        return st.fixed_dictionaries(required, optional=optional)

    if not one_of:
        return build(())
    return st.sampled_from(one_of).flatmap(build)


# -- the four forms of one value -------------------------------------------------------------------------------


def option_for(shape: Shape, wire: Any) -> Shape:
    """The option of a union that a JSON value was drawn from (the request unions differ by JSON type)."""
    for option in shape.options:
        if (isinstance(wire, dict) and option.kind in ("model", "map")) or (
            isinstance(wire, list) and option.kind == "list"
        ):
            return option
    return next(option for option in shape.options if option.kind not in ("model", "map", "list"))


def in_form(shape: Shape, wire: Any, form: Form) -> Any:
    """The Python value of one form that stands for the JSON value `wire`."""
    kind = shape.kind
    if form == "wire names":
        return copy.deepcopy(wire)
    if kind == "union":
        return in_form(option_for(shape, wire), wire, form)
    if kind == "enum":
        assert shape.ref is not None
        return shape.ref.get()(wire)  # the enum member (its value string is the wire form)
    if kind == "list":
        assert shape.item is not None
        return [in_form(shape.item, item, form) for item in wire]
    if kind == "map":
        assert shape.item is not None
        return {key: in_form(shape.item, value, form) for key, value in wire.items()}
    if kind != "model":
        return wire
    assert shape.ref is not None
    model = shape.ref.get()
    if form == "from_dict":
        return model.from_dict(copy.deepcopy(wire))
    if shape.fields:
        by_wire = {f.wire: f for f in shape.fields}
        values = {by_wire[key].attr: in_form(by_wire[key].shape, value, form) for key, value in wire.items()}
        return model(**values) if form == "constructor" else values
    if shape.item is not None:
        values = {key: in_form(shape.item, value, form) for key, value in wire.items()}
    else:
        values = copy.deepcopy(wire)
    if form == "attribute names":
        return values
    instance = model()
    for key, value in values.items():
        instance[key] = value  # a map model's entries live in additional_properties
    return instance


def arguments(op: Operation[Any], wire: dict[str, Any], form: Form) -> dict[str, Any]:
    by_wire = {f.wire: f for f in op.fields}
    return {by_wire[key].attr: in_form(by_wire[key].shape, value, form) for key, value in wire.items()}


def encoded(op: Operation[Any], args: dict[str, Any]) -> tuple[Any, ...]:
    try:
        request = encode(op, args)
    except InvalidArgumentError as exc:
        return ("refused", exc.path)
    body = None if request.json is None else json.dumps(request.json, sort_keys=True)  # raises if not JSON
    return (request.method, request.path, tuple(request.params), body)


@pytest.mark.parametrize("op_id", WITH_ARGUMENTS)
@settings(max_examples=25)
@given(data=st.data())
def test_every_form_of_every_argument_encodes_to_the_same_request(op_id: str, data: st.DataObject) -> None:
    op = OPERATIONS[op_id]
    wire = data.draw(objects(op.fields, op.one_of), label="arguments (wire names)")
    requests = {form: encoded(op, arguments(op, wire, form)) for form in FORMS}
    assert requests["wire names"][0] != "refused", requests["wire names"]  # spec-valid arguments are accepted
    assert len(set(requests.values())) == 1, requests


def test_the_property_covers_every_operation_with_parameters_or_a_body() -> None:
    # 47 of the spec's 51 operations take arguments; the other four (geo countries, the sandbox lists) take none.
    assert len(WITH_ARGUMENTS) == 47
    assert sorted(set(OPERATIONS) - set(WITH_ARGUMENTS)) == sorted(
        op_id for op_id, op in OPERATIONS.items() if not op.fields and not op.has_body
    )


# -- the cases of the issue, through the client --------------------------------------------------------------

USER = "u1"
DOMAINS = [{"domain": "acme.com", "years": 1}]
MAILBOXES_WIRE = {"acme.com": [{"username": "ada", "firstName": "Ada", "lastName": "Lovelace"}]}


def capture() -> tuple[ColdMailReseller, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        data = {"orderId": "O1", "unavailableDomains": []}
        return httpx.Response(200, json={"status": 200, "message": "ok", "data": data, "actionId": "ACT_1"})

    cmr = ColdMailReseller(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    return cmr, sent


def by_constructor() -> OrderMailboxesByDomain:
    mailboxes = OrderMailboxesByDomain()
    mailboxes["acme.com"] = [OrderMailbox(username="ada", first_name="Ada", last_name="Lovelace")]
    return mailboxes


MAILBOX_FORMS: dict[str, Callable[[], object]] = {
    "from_dict": lambda: OrderMailboxesByDomain.from_dict(MAILBOXES_WIRE),
    "constructor": by_constructor,
    "attribute names": lambda: {"acme.com": [{"username": "ada", "first_name": "Ada", "last_name": "Lovelace"}]},
    "wire names": lambda: MAILBOXES_WIRE,
    "models in a dict": lambda: {"acme.com": [OrderMailbox(username="ada", first_name="Ada", last_name="Lovelace")]},
}


@pytest.mark.parametrize("make", MAILBOX_FORMS.values(), ids=MAILBOX_FORMS.keys())
def test_the_declared_mailbox_type_is_sent_like_a_dict_and_sends_no_default(make: Callable[[], object]) -> None:
    cmr, sent = capture()
    with cmr:
        cmr.orders.create(user_id=USER, domains=DOMAINS, mailboxes=make())  # type: ignore[arg-type]
    (request,) = sent
    assert json.loads(request.content) == {"domains": DOMAINS, "mailboxes": MAILBOXES_WIRE}  # no "onWarmup"


def test_a_mailbox_enrolled_in_warmup_says_so_in_every_form() -> None:
    cmr, sent = capture()
    with cmr:
        boxes = OrderMailboxesByDomain()
        boxes["acme.com"] = [OrderMailbox(username="ada", first_name="Ada", last_name="L", on_warmup=True)]
        cmr.orders.create(user_id=USER, domains=DOMAINS, mailboxes=boxes)
        cmr.orders.create(
            user_id=USER,
            domains=DOMAINS,
            mailboxes={"acme.com": [{"username": "ada", "firstName": "Ada", "lastName": "L", "onWarmup": True}]},
        )
    assert [json.loads(request.content)["mailboxes"]["acme.com"][0]["onWarmup"] for request in sent] == [True, True]


def test_an_order_with_nothing_to_order_is_refused_before_sending() -> None:
    cmr, sent = capture()
    with cmr, pytest.raises(InvalidArgumentError) as caught:
        cmr.orders.create(user_id=USER, domains=[], mailboxes={})
    assert (caught.value.argument, caught.value.path) == ("domains", "domains")
    assert "at least 1" in str(caught.value)
    assert sent == []
