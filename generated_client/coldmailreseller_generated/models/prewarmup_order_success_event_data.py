# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_warmup_domain_assignment import PreWarmupDomainAssignment


T = TypeVar("T", bound="PrewarmupOrderSuccessEventData")


@_attrs_define
class PrewarmupOrderSuccessEventData:
    """Assigned pre-warmed domains and mailboxes.

    Attributes:
        user_id (str | Unset):
        user_email (str | Unset):
        order_id (str | Unset):
        service_provider (ServiceProvider | str | Unset):
        mailbox_details (list[PreWarmupDomainAssignment] | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    order_id: str | Unset = UNSET
    service_provider: ServiceProvider | str | Unset = UNSET
    mailbox_details: list[PreWarmupDomainAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_email = self.user_email

        order_id = self.order_id

        service_provider: str | Unset
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        elif isinstance(self.service_provider, ServiceProvider):
            service_provider = self.service_provider.value
        else:
            service_provider = self.service_provider

        mailbox_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mailbox_details, Unset):
            mailbox_details = []
            for mailbox_details_item_data in self.mailbox_details:
                mailbox_details_item = mailbox_details_item_data.to_dict()
                mailbox_details.append(mailbox_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if mailbox_details is not UNSET:
            field_dict["mailboxDetails"] = mailbox_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_warmup_domain_assignment import PreWarmupDomainAssignment

        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        user_email = d.pop("userEmail", UNSET)

        order_id = d.pop("orderId", UNSET)

        def _parse_service_provider(data: object) -> ServiceProvider | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_provider_type_0 = ServiceProvider(data)

                return service_provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceProvider | str | Unset, data)

        service_provider = _parse_service_provider(d.pop("serviceProvider", UNSET))

        _mailbox_details = d.pop("mailboxDetails", UNSET)
        mailbox_details: list[PreWarmupDomainAssignment] | Unset = UNSET
        if _mailbox_details is not UNSET:
            mailbox_details = []
            for mailbox_details_item_data in _mailbox_details:
                mailbox_details_item = PreWarmupDomainAssignment.from_dict(mailbox_details_item_data)

                mailbox_details.append(mailbox_details_item)

        prewarmup_order_success_event_data = cls(
            user_id=user_id,
            user_email=user_email,
            order_id=order_id,
            service_provider=service_provider,
            mailbox_details=mailbox_details,
        )

        prewarmup_order_success_event_data.additional_properties = d
        return prewarmup_order_success_event_data

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
