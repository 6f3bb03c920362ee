# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxWarmupStartedEventData")


@_attrs_define
class MailboxWarmupStartedEventData:
    """Mailbox whose warmup started.

    Attributes:
        user_id (str | Unset):
        user_email (str | Unset):
        mailbox_id (str | Unset):
        email (str | Unset):
        domain (str | Unset):
        workspace_type (ServiceProvider | str | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    mailbox_id: str | Unset = UNSET
    email: str | Unset = UNSET
    domain: str | Unset = UNSET
    workspace_type: ServiceProvider | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_email = self.user_email

        mailbox_id = self.mailbox_id

        email = self.email

        domain = self.domain

        workspace_type: str | Unset
        if isinstance(self.workspace_type, Unset):
            workspace_type = UNSET
        elif isinstance(self.workspace_type, ServiceProvider):
            workspace_type = self.workspace_type.value
        else:
            workspace_type = self.workspace_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
        if email is not UNSET:
            field_dict["email"] = email
        if domain is not UNSET:
            field_dict["domain"] = domain
        if workspace_type is not UNSET:
            field_dict["workspaceType"] = workspace_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        user_email = d.pop("userEmail", UNSET)

        mailbox_id = d.pop("mailboxId", UNSET)

        email = d.pop("email", UNSET)

        domain = d.pop("domain", UNSET)

        def _parse_workspace_type(data: object) -> ServiceProvider | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_type_type_0 = ServiceProvider(data)

                return workspace_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceProvider | str | Unset, data)

        workspace_type = _parse_workspace_type(d.pop("workspaceType", UNSET))

        mailbox_warmup_started_event_data = cls(
            user_id=user_id,
            user_email=user_email,
            mailbox_id=mailbox_id,
            email=email,
            domain=domain,
            workspace_type=workspace_type,
        )

        mailbox_warmup_started_event_data.additional_properties = d
        return mailbox_warmup_started_event_data

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
