# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, expected, missing, model_json, model_repr, unknown_fields

from .domain_renewal_failed_event_data import DomainRenewalFailedEventData

_FIELDS = frozenset(
    (
        "event",
        "eventId",
        "data",
    )
)


@_attrs_define(repr=False)
class DomainRenewalFailedEvent:
    """Delivery body of the `domain.renewal.failed` webhook.

    Attributes:
        event (Literal['domain.renewal.failed']): Event name, `domain.renewal.failed`.
        event_id (str): Unique per event; deduplicate retried deliveries on it.
        data (DomainRenewalFailedEventData): Payload of `domain.renewal.failed`; its fields are undocumented upstream.
    """

    event: Literal["domain.renewal.failed"]
    event_id: str
    data: DomainRenewalFailedEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "event",
                "event_id",
                "data",
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
        event = self.event

        event_id = self.event_id

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "eventId": event_id,
                "data": data,
            }
        )
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
        v_event = get("event", UNSET)
        if v_event is UNSET:
            raise missing(at, "event")
        if v_event != "domain.renewal.failed":
            raise expected(at + "/event", "'domain.renewal.failed'", v_event)

        v_event_id = get("eventId", UNSET)
        if v_event_id is UNSET:
            raise missing(at, "eventId")
        if type(v_event_id) is not str:
            raise expected(at + "/eventId", "a string", v_event_id)

        v_data = get("data", UNSET)
        if v_data is UNSET:
            raise missing(at, "data")
        if type(v_data) is not dict:
            raise expected(at + "/data", "an object", v_data)
        v_data = DomainRenewalFailedEventData.from_dict(v_data, at + "/data")

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_event,
            v_event_id,
            v_data,
        )
        if len(d) != 3:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("event", "event", ("const", "domain.renewal.failed"), True),
                ("event_id", "eventId", "str", True),
                ("data", "data", ("model", DomainRenewalFailedEventData), True),
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
