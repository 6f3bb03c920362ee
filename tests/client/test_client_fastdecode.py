"""The client reads successes by msgspec where it can decide (coldmailreseller/_fastdecode.py) and by the parser
otherwise; tests/reliability/test_decode_differential.py proves the two read alike. Here: which path a call takes,
that a fallback still keeps unknown fields and reports them, and that a short-lived process reading one small
object never imports msgspec (cold start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import attrs
import httpx

import coldmailreseller_generated.models as models_module
from coldmailreseller import OPERATIONS, ColdMailReseller, _fastdecode
from coldmailreseller._drift_record import DriftObservation
from coldmailreseller_generated.models.subscription import Subscription
from coldmailreseller_generated.models.subscription_status import SubscriptionStatus

REQUEST_ID = "req-fast-1"


def _page(count: int, extra: dict[str, Any] | None = None) -> bytes:
    items: list[dict[str, Any]] = [
        {"subscriptionId": f"SUB{i}", "subscriptionStatus": "ACTIVE", "periodStart": "2025-01-10T11:18:31.479Z"}
        for i in range(count)
    ]
    if extra:
        items[-1].update(extra)
    page = {"subscriptions": items, "pagination": {"currentPage": 1, "totalPages": 1}}
    return json.dumps({"status": 200, "message": "ok", "data": page}).encode()


def _client(body: bytes, seen: list[DriftObservation]) -> ColdMailReseller:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"x-request-id": REQUEST_ID})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return ColdMailReseller(api_key="k", rate_limit=None, http_client=http, on_drift=seen.append)


def test_a_large_answer_is_read_by_the_fast_path() -> None:
    body = _page(200)
    assert _fastdecode.data(OPERATIONS["listSubscriptions"], body) is not None
    seen: list[DriftObservation] = []
    page = _client(body, seen).subscriptions.list()
    assert len(page.subscriptions) == 200
    first = page.subscriptions[0]
    assert first.subscription_status is SubscriptionStatus.ACTIVE
    assert first.to_dict()["periodStart"] == "2025-01-10T11:18:31.479000+00:00"
    assert page.request_id == REQUEST_ID
    assert seen == []


def test_an_answer_with_drift_falls_back_and_reports_it() -> None:
    body = _page(200, {"newField": 1, "subscriptionStatus": "SUSPENDED"})
    assert _fastdecode.data(OPERATIONS["listSubscriptions"], body) is None
    seen: list[DriftObservation] = []
    page = _client(body, seen).subscriptions.list()
    last = page.subscriptions[-1]
    assert last.additional_properties == {"newField": 1}
    assert last.subscription_status == "SUSPENDED"
    assert page.request_id == REQUEST_ID
    assert sorted((o.kind, o.pointer) for o in seen) == [
        ("unknown_enum_value", "/data/subscriptions/*/subscriptionStatus"),
        ("unknown_field", "/data/subscriptions/*/newField"),
    ]


def test_one_small_object_in_a_fresh_process_does_not_import_msgspec() -> None:
    code = (
        "import sys, httpx\n"
        "from coldmailreseller import ColdMailReseller\n"
        'body = b\'{"status": 200, "message": "ok", "data": {"id": "U1"}}\'\n'
        "answer = lambda request: httpx.Response(200, content=body)\n"
        "http = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "cmr = ColdMailReseller(api_key='k', rate_limit=None, http_client=http)\n"
        "assert cmr.users.get(user_id='U1').id == 'U1'\n"
        "assert 'msgspec' not in sys.modules, 'msgspec imported for one small object'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def _slots(model: object) -> dict[str, Any]:
    """Every attribute an attrs model holds, the ones its __init__ sets without an argument included."""
    return {field.name: getattr(model, field.name) for field in attrs.fields(type(model))}


def test_every_model_is_built_without_its_init_exactly_as_its_init_builds_it() -> None:
    # The fast path sets a model's attributes itself (its __init__'s call costs more than half of building one);
    # every generated model qualifies, and each gets what __init__ gives it: the values, a dict of its own for
    # additional_properties, the defaults.
    models = [getattr(models_module, name) for name in dir(models_module)]
    plain = [cls for cls in models if isinstance(cls, type) and attrs.has(cls) and cls._wire()[1] in ("keep", "drop")]
    assert len(plain) > 50
    for cls in plain:
        names = [attr for attr, *_ in cls._wire()[0]]
        scope: dict[str, Any] = {"cls": cls, "new": object.__new__}
        body = _fastdecode._assignments(cls, names, [f"values[{i}]" for i in range(len(names))], scope)
        assert body is not None, f"{cls.__name__} is built by its __init__"
        exec("def build(values):\n    " + "\n    ".join([*body, "return o"]), scope)
        values = [object() for _ in names]
        built, expected = scope["build"](values), cls(*values)
        assert _slots(built) == _slots(expected), cls.__name__
        assert built.additional_properties is not scope["build"](values).additional_properties


def test_a_class_with_its_own_init_or_a_validator_is_built_by_calling_it() -> None:
    @attrs.define
    class Checked:
        value: int = attrs.field(validator=attrs.validators.instance_of(int))

    @attrs.define(init=False)
    class OwnInit:
        value: int

        def __init__(self, value: int) -> None:
            self.value = value * 2

    for cls in (Checked, OwnInit):
        assert _fastdecode._assignments(cls, ["value"], ["s.f0"], {}) is None


def test_items_of_one_answer_share_no_state() -> None:
    page = _fastdecode.data(OPERATIONS["listSubscriptions"], _page(3))
    assert page is not None
    first, second, _ = page[0].subscriptions
    first.additional_properties["x"] = 1
    assert second.additional_properties == {}
    assert second == Subscription("SUB1", SubscriptionStatus.ACTIVE, period_start=second.period_start)
