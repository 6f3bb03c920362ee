# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "email",
        "firstName",
        "lastName",
        "createdAt",
    )
)


@_attrs_define(repr=False)
class PreWarmupInventoryMailbox:
    """A mailbox offered on a pre-warmed domain.

    Attributes:
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "email",
                "first_name",
                "last_name",
                "created_at",
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
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        v_email = get("email", UNSET)
        if type(v_email) is not str:
            if v_email is not UNSET:
                raise expected(at + "/email", "a string", v_email)
            absent += 1

        v_first_name = get("firstName", UNSET)
        if type(v_first_name) is not str:
            if v_first_name is not UNSET:
                raise expected(at + "/firstName", "a string", v_first_name)
            absent += 1

        v_last_name = get("lastName", UNSET)
        if type(v_last_name) is not str:
            if v_last_name is not UNSET:
                raise expected(at + "/lastName", "a string", v_last_name)
            absent += 1

        v_created_at = get("createdAt", UNSET)
        if type(v_created_at) is str:
            try:
                v_created_at = datetime.datetime.fromisoformat(v_created_at)
            except ValueError:
                raise expected(at + "/createdAt", "an ISO 8601 date-time", v_created_at) from None
        elif v_created_at is UNSET:
            absent += 1
        else:
            raise expected(at + "/createdAt", "an ISO 8601 date-time", v_created_at)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_email,
            v_first_name,
            v_last_name,
            v_created_at,
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
                ("email", "email", "str", False),
                ("first_name", "firstName", "str", False),
                ("last_name", "lastName", "str", False),
                ("created_at", "createdAt", "datetime", False),
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
