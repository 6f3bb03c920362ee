"""What the fake answers: CMR's envelopes, and the error a handler raises to answer with one."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx


class Rejected(Exception):
    """Answer the request with an error envelope `{status, message, data}` (data is null unless CMR documents
    details, like the counts a refused user deletion reports)."""

    def __init__(self, status: int, message: str, data: Any = None) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.data = data


class Unknown(ValueError, LookupError):
    """What the kit's methods raise for an id the fake does not hold (a ValueError, as documented; the served
    fake's control endpoints answer 404 for it)."""


def not_found(what: str) -> Rejected:
    # The wording CMR documents for users ("The requested user does not exist."), used for every resource.
    return Rejected(404, f"The requested {what} does not exist.")


def phrase(status: int) -> str:
    """The standard reason phrase; it is also the message of every error example in the spec but 400 and 404."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def json_response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def error_response(
    status: int, message: str, data: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    return json_response(status, {"status": status, "message": message, "data": data}, headers)
