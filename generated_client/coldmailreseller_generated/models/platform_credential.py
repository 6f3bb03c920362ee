# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_credential_metadata import PlatformCredentialMetadata


T = TypeVar("T", bound="PlatformCredential")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.platform_credential_metadata import PlatformCredentialMetadata

        d = dict(src_dict)
        credential_id = d.pop("credentialId")

        email = d.pop("email", UNSET)

        _connected_at = d.pop("connectedAt", UNSET)
        connected_at: datetime.datetime | Unset
        if isinstance(_connected_at, Unset):
            connected_at = UNSET
        else:
            connected_at = datetime.datetime.fromisoformat(_connected_at)

        _metadata = d.pop("metadata", UNSET)
        metadata: PlatformCredentialMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PlatformCredentialMetadata.from_dict(_metadata)

        platform_credential = cls(
            credential_id=credential_id,
            email=email,
            connected_at=connected_at,
            metadata=metadata,
        )

        platform_credential.additional_properties = d
        return platform_credential

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
