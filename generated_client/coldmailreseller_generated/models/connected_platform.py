# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

from .platform_credential import PlatformCredential

_FIELDS = frozenset(
    (
        "connected",
        "credentials",
    )
)


@_attrs_define(repr=False)
class ConnectedPlatform:
    """Connection state of one platform for a user.

    Attributes:
        connected (bool | Unset): True when at least one credential is stored; says nothing about whether it still works
            on the platform.
        credentials (list[PlatformCredential] | Unset):
    """

    connected: bool | Unset = UNSET
    credentials: list[PlatformCredential] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "connected",
                "credentials",
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
        connected = self.connected

        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item = credentials_item_data.to_dict()
                credentials.append(credentials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if connected is not UNSET:
            field_dict["connected"] = connected
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
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
        v_connected = get("connected", UNSET)
        if type(v_connected) is not bool:
            if v_connected is not UNSET:
                raise expected(at + "/connected", "a boolean", v_connected)
            absent += 1

        v_credentials = get("credentials", UNSET)
        if type(v_credentials) is list:
            parse_v_credentials = PlatformCredential.from_dict
            at_v_credentials = at + "/credentials" + "/*"
            v_credentials = [parse_v_credentials(item, at_v_credentials) for item in v_credentials]
        elif v_credentials is UNSET:
            absent += 1
        else:
            raise expected(at + "/credentials", "an array", v_credentials)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_connected,
            v_credentials,
        )
        if len(d) != 2 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("connected", "connected", "bool", False),
                ("credentials", "credentials", ("list", ("model", PlatformCredential)), False),
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
