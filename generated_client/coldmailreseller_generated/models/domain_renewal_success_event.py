# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_renewal_success_event_data import DomainRenewalSuccessEventData


T = TypeVar("T", bound="DomainRenewalSuccessEvent")


@_attrs_define
class DomainRenewalSuccessEvent:
    """Delivery body of the `domain.renewal.success` webhook.

    Attributes:
        event (str): Event name, `domain.renewal.success`.
        event_id (str): Unique per event; deduplicate retried deliveries on it.
        data (DomainRenewalSuccessEventData | Unset): Payload of `domain.renewal.success`; its fields are undocumented
            upstream.
    """

    event: str
    event_id: str
    data: DomainRenewalSuccessEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "eventId": event_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain_renewal_success_event_data import (
            DomainRenewalSuccessEventData,
        )

        d = dict(src_dict)
        event = d.pop("event")

        event_id = d.pop("eventId")

        _data = d.pop("data", UNSET)
        data: DomainRenewalSuccessEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DomainRenewalSuccessEventData.from_dict(_data)

        domain_renewal_success_event = cls(
            event=event,
            event_id=event_id,
            data=data,
        )

        domain_renewal_success_event.additional_properties = d
        return domain_renewal_success_event

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
