"""Log lines say what was sent and what came back, and the API key never shows in logs, reprs or errors."""

from __future__ import annotations

import logging

import httpx
import pytest

from coldmailreseller import CMRError, NotFoundError
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import KEY, Driver, ScriptedCMR, fail, ok, respond


def test_log_lines_show_method_path_and_status(drive: Driver, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeCMR(api_key=KEY)
    user_id = fake.seed_user()
    fake.fail_next("listSubscriptions", status=503)
    cmr = drive.kit(fake)
    drive.run(cmr.users.get(user_id=user_id))
    drive.run(cmr.subscriptions.list())
    with pytest.raises(NotFoundError):
        drive.run(cmr.users.get(user_id="nobody"))
    lines = [record for record in caplog.records if record.name == "coldmailreseller"]
    messages = [record.getMessage() for record in lines]
    assert len(messages) == 4
    assert messages[0].startswith("GET /users -> 200 in ")
    assert messages[1].startswith("GET /subscriptions -> 503 in ") and "retrying in" in messages[1]
    assert lines[1].levelno == logging.WARNING
    assert messages[2].startswith("GET /subscriptions -> 200 in ") and "(try 2)" in messages[2]
    assert messages[3].startswith("GET /users -> 404 in ")
    assert KEY not in caplog.text


def test_transport_failures_are_logged_by_exception_name(drive: Driver, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="coldmailreseller")
    fake = ScriptedCMR(httpx.ConnectError, ok({"id": "u1"}))
    drive.run(drive.client(fake).users.get(user_id="u1"))
    assert "GET /users -> ConnectError" in caplog.text
    assert KEY not in caplog.text


def test_repr_hides_the_key(drive: Driver) -> None:
    fake = FakeCMR(api_key=KEY)
    cmr = drive.kit(fake)
    for text in (repr(cmr), str(cmr), repr(cmr.with_options(max_retries=1)), repr(cmr._settings), repr(fake)):
        assert KEY not in text
    assert "**********" in repr(cmr) and "**********" in repr(fake)


def raised_errors(drive: Driver) -> list[BaseException]:
    """One error of every kind the client raises, from calls made with KEY."""
    cmr = drive.client(ScriptedCMR(), max_retries=0)
    scenarios = [ScriptedCMR(fail(status)) for status in (400, 401, 403, 404, 409, 422, 429, 500, 503)] + [
        ScriptedCMR(httpx.ConnectError),
        ScriptedCMR(httpx.ReadTimeout),
        ScriptedCMR(respond(text="<html>nope</html>")),
        ScriptedCMR(ok("not an object")),
    ]
    errors: list[BaseException] = []
    for fake in scenarios:
        client = drive.client(fake, max_retries=0)
        for call in (lambda c: c.users.get(user_id="u1"), lambda c: c.subscriptions.renew(subscription_ids=["s"])):
            try:
                drive.run(call(client))
            except CMRError as exc:
                errors.append(exc)
    for bad_call in (lambda: cmr.users.get(user_id=""), lambda: cmr.prewarmup.sandbox_list()):
        try:
            drive.run(bad_call())
        except CMRError as exc:
            errors.append(exc)
    for bad_settings in ({"timeout": -1}, {"max_retries": -1}, {"sandbox": True, "base_url": None}):
        try:
            drive.client(ScriptedCMR(), **bad_settings)
        except CMRError as exc:
            errors.append(exc)
    return errors


def test_errors_never_contain_the_key(drive: Driver) -> None:
    errors = raised_errors(drive)
    # 13 failing answers x 2 calls, less renew's ignored `data`, + 2 bad calls + 3 bad settings.
    assert len(errors) == 30
    assert {type(error).__name__ for error in errors} >= {
        "BadRequestError",
        "RateLimitError",
        "OutcomeUnknownServerError",
        "OutcomeUnknownTimeoutError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseValidationError",
        "InvalidArgumentError",
        "ConfigurationError",
    }
    for error in errors:
        assert KEY not in str(error) and KEY not in repr(error), type(error).__name__
        assert KEY not in str(error.__cause__) and KEY not in str(error.__context__)
