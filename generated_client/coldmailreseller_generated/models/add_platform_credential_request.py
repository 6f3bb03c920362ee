# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_credential_metadata import PlatformCredentialMetadata
    from ..models.platform_credential_secrets import PlatformCredentialSecrets


T = TypeVar("T", bound="AddPlatformCredentialRequest")


@_attrs_define
class AddPlatformCredentialRequest:
    """
    Attributes:
        app (str): Platform identifier. Documented: `EMAILBISON`; guides also show `SMARTLEAD`. Example: EMAILBISON.
        credentials (PlatformCredentialSecrets): Login for the sending platform; checked live by CMR before it is
            stored.
        metadata (PlatformCredentialMetadata | Unset): Platform-specific settings stored with a credential (EmailBison
            needs the whole block). `clientId` is sent when adding a credential but is not echoed in the listing example.
    """

    app: str
    credentials: PlatformCredentialSecrets
    metadata: PlatformCredentialMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        credentials = self.credentials.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
                "credentials": credentials,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.platform_credential_metadata import PlatformCredentialMetadata
        from ..models.platform_credential_secrets import PlatformCredentialSecrets

        d = dict(src_dict)
        app = d.pop("app")

        credentials = PlatformCredentialSecrets.from_dict(d.pop("credentials"))

        _metadata = d.pop("metadata", UNSET)
        metadata: PlatformCredentialMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PlatformCredentialMetadata.from_dict(_metadata)

        add_platform_credential_request = cls(
            app=app,
            credentials=credentials,
            metadata=metadata,
        )

        add_platform_credential_request.additional_properties = d
        return add_platform_credential_request

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
