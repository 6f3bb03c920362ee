# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

from .mailbox_warmup_started_event_data import MailboxWarmupStartedEventData

_FIELDS = frozenset(
    (
        "data",
        "event",
        "eventId",
        "eventType",
    )
)


@_attrs_define(repr=False)
class MailboxWarmupStartedEvent:
    """Delivery body of the `mailbox.warmup.started` webhook.

    Attributes:
        data (MailboxWarmupStartedEventData): Mailbox whose warmup started.
        event (Literal['mailbox.warmup.started'] | Unset): Event name, `mailbox.warmup.started`.
        event_id (str | Unset): Unique per event; deduplicate retried deliveries on it.
        event_type (str | Unset): Event name, `mailbox.warmup.started` (guide examples use this key instead of `event`).
    """

    data: MailboxWarmupStartedEventData
    event: Literal["mailbox.warmup.started"] | Unset = UNSET
    event_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "data",
                "event",
                "event_id",
                "event_type",
            ),
        )

    @property
    def request_id(self) -> str | None:
        """CMR's request id of the answer this model was read from; None when CMR sent none, and on models built
        by hand or nested in another one."""
        return self._request_id

    def to_json(self, **dumps: Any) -> str:
        """`to_dict()` as JSON text; keyword arguments go to `json.dumps` (`indent=2`, ...)."""
        return model_json(self.to_dict(), **dumps)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: wire names, fields left UNSET omitted, extra fields included."""
        data = self.data.to_dict()

        event = self.event

        event_id = self.event_id

        event_type = self.event_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], at: str = "") -> Self:
        """Build the model from decoded JSON, checking it against the spec.

        Raises TypeError naming the JSON pointer (`at` is the pointer of `src_dict`) of the first field that does
        not match. Fields the spec does not declare are kept in `additional_properties`.
        """
        d: Any = src_dict
        if type(d) is not dict:
            raise expected(at, "an object", d)
        get = d.get
        absent = 0  # declared fields left out; d holds unknown fields when it has more than the rest
        v_data = get("data", UNSET)
        if v_data is UNSET:
            raise missing(at, "data")
        if type(v_data) is not dict:
            raise expected(at + "/data", "an object", v_data)
        v_data = MailboxWarmupStartedEventData.from_dict(v_data, at + "/data")

        v_event = get("event", UNSET)
        if v_event != "mailbox.warmup.started":
            if v_event is not UNSET:
                raise expected(at + "/event", "'mailbox.warmup.started'", v_event)
            absent += 1

        v_event_id = get("eventId", UNSET)
        if type(v_event_id) is not str:
            if v_event_id is not UNSET:
                raise expected(at + "/eventId", "a string", v_event_id)
            absent += 1

        v_event_type = get("eventType", UNSET)
        if type(v_event_type) is not str:
            if v_event_type is not UNSET:
                raise expected(at + "/eventType", "a string", v_event_type)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_data,
            v_event,
            v_event_id,
            v_event_type,
        )
        if len(d) != 4 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("data", "data", ("model", MailboxWarmupStartedEventData), True),
                ("event", "event", ("const", "mailbox.warmup.started"), False),
                ("event_id", "eventId", "str", False),
                ("event_type", "eventType", "str", False),
            ),
            "keep",
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
