# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

from .platform_credential_metadata import PlatformCredentialMetadata

_FIELDS = frozenset(
    (
        "credentialId",
        "email",
        "connectedAt",
        "metadata",
    )
)


@_attrs_define(repr=False)
class PlatformCredential:
    """A stored sending-platform credential (secrets are never returned).

    Attributes:
        credential_id (str): Id to pass to export and delete calls.
        email (str | Unset):
        connected_at (datetime.datetime | Unset):
        metadata (PlatformCredentialMetadata | Unset): Platform-specific settings stored with a credential (EmailBison
            needs the whole block). `clientId` is sent when adding a credential but is not echoed in the listing example.
    """

    credential_id: str
    email: str | Unset = UNSET
    connected_at: datetime.datetime | Unset = UNSET
    metadata: PlatformCredentialMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "credential_id",
                "email",
                "connected_at",
                "metadata",
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
        credential_id = self.credential_id

        email = self.email

        connected_at: str | Unset = UNSET
        if not isinstance(self.connected_at, Unset):
            connected_at = self.connected_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentialId": credential_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if connected_at is not UNSET:
            field_dict["connectedAt"] = connected_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        v_credential_id = get("credentialId", UNSET)
        if v_credential_id is UNSET:
            raise missing(at, "credentialId")
        if type(v_credential_id) is not str:
            raise expected(at + "/credentialId", "a string", v_credential_id)

        v_email = get("email", UNSET)
        if type(v_email) is not str:
            if v_email is not UNSET:
                raise expected(at + "/email", "a string", v_email)
            absent += 1

        v_connected_at = get("connectedAt", UNSET)
        if type(v_connected_at) is str:
            try:
                v_connected_at = datetime.datetime.fromisoformat(v_connected_at)
            except ValueError:
                raise expected(at + "/connectedAt", "an ISO 8601 date-time", v_connected_at) from None
        elif v_connected_at is UNSET:
            absent += 1
        else:
            raise expected(at + "/connectedAt", "an ISO 8601 date-time", v_connected_at)

        v_metadata = get("metadata", UNSET)
        if type(v_metadata) is dict:
            v_metadata = PlatformCredentialMetadata.from_dict(v_metadata, at + "/metadata")
        elif v_metadata is UNSET:
            absent += 1
        else:
            raise expected(at + "/metadata", "an object", v_metadata)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_credential_id,
            v_email,
            v_connected_at,
            v_metadata,
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
                ("credential_id", "credentialId", "str", True),
                ("email", "email", "str", False),
                ("connected_at", "connectedAt", "datetime", False),
                ("metadata", "metadata", ("model", PlatformCredentialMetadata), False),
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
