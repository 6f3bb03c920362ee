# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_warmup_removed_event_data import MailboxWarmupRemovedEventData


T = TypeVar("T", bound="MailboxWarmupRemovedEvent")


@_attrs_define
class MailboxWarmupRemovedEvent:
    """Delivery body of the `mailbox.warmup.removed` webhook.

    Attributes:
        event (str | Unset): Event name, `mailbox.warmup.removed`.
        event_id (str | Unset): Unique per event; deduplicate retried deliveries on it.
        event_type (str | Unset): Event name, `mailbox.warmup.removed` (guide examples use this key instead of `event`).
        data (MailboxWarmupRemovedEventData | Unset): Mailbox whose warmup was removed.
    """

    event: str | Unset = UNSET
    event_id: str | Unset = UNSET
    event_type: str | Unset = UNSET
    data: MailboxWarmupRemovedEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        event_type = self.event_type

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_warmup_removed_event_data import (
            MailboxWarmupRemovedEventData,
        )

        d = dict(src_dict)
        event = d.pop("event", UNSET)

        event_id = d.pop("eventId", UNSET)

        event_type = d.pop("eventType", UNSET)

        _data = d.pop("data", UNSET)
        data: MailboxWarmupRemovedEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MailboxWarmupRemovedEventData.from_dict(_data)

        mailbox_warmup_removed_event = cls(
            event=event,
            event_id=event_id,
            event_type=event_type,
            data=data,
        )

        mailbox_warmup_removed_event.additional_properties = d
        return mailbox_warmup_removed_event

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
