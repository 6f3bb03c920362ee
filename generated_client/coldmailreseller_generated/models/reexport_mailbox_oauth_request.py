# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oauth_export_google_config import OauthExportGoogleConfig
    from ..models.oauth_export_microsoft_config import OauthExportMicrosoftConfig


T = TypeVar("T", bound="ReexportMailboxOauthRequest")


@_attrs_define
class ReexportMailboxOauthRequest:
    """
    Attributes:
        mailbox_id (str): Mailbox to export.
        google (OauthExportGoogleConfig | Unset): OAuth settings for exporting Google mailboxes.
        microsoft (OauthExportMicrosoftConfig | Unset): OAuth settings for exporting Microsoft mailboxes.
    """

    mailbox_id: str
    google: OauthExportGoogleConfig | Unset = UNSET
    microsoft: OauthExportMicrosoftConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailbox_id = self.mailbox_id

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        microsoft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.microsoft, Unset):
            microsoft = self.microsoft.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxId": mailbox_id,
            }
        )
        if google is not UNSET:
            field_dict["google"] = google
        if microsoft is not UNSET:
            field_dict["microsoft"] = microsoft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oauth_export_google_config import OauthExportGoogleConfig
        from ..models.oauth_export_microsoft_config import OauthExportMicrosoftConfig

        d = dict(src_dict)
        mailbox_id = d.pop("mailboxId")

        _google = d.pop("google", UNSET)
        google: OauthExportGoogleConfig | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = OauthExportGoogleConfig.from_dict(_google)

        _microsoft = d.pop("microsoft", UNSET)
        microsoft: OauthExportMicrosoftConfig | Unset
        if isinstance(_microsoft, Unset):
            microsoft = UNSET
        else:
            microsoft = OauthExportMicrosoftConfig.from_dict(_microsoft)

        reexport_mailbox_oauth_request = cls(
            mailbox_id=mailbox_id,
            google=google,
            microsoft=microsoft,
        )

        reexport_mailbox_oauth_request.additional_properties = d
        return reexport_mailbox_oauth_request

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
