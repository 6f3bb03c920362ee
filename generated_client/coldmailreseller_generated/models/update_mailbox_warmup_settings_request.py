# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMailboxWarmupSettingsRequest")


@_attrs_define
class UpdateMailboxWarmupSettingsRequest:
    """Warmup settings to change (field list and types from the guide example; optionality undocumented).

    Attributes:
        warmup_limit (int | Unset):
        minimum_warmup_limit (int | Unset):
        warmup_reply_rate (float | Unset):
        warmup_open_rate (float | Unset):
        warmup_spam_protection_rate (float | Unset):
        warmup_on_weekdays (bool | Unset):
        increase_per_day (int | Unset):
        warmup_disable_slow (bool | Unset):
        minimum_delay_between_warmup_emails (int | Unset):
        maximum_delay_between_warmup_emails (int | Unset):
    """

    warmup_limit: int | Unset = UNSET
    minimum_warmup_limit: int | Unset = UNSET
    warmup_reply_rate: float | Unset = UNSET
    warmup_open_rate: float | Unset = UNSET
    warmup_spam_protection_rate: float | Unset = UNSET
    warmup_on_weekdays: bool | Unset = UNSET
    increase_per_day: int | Unset = UNSET
    warmup_disable_slow: bool | Unset = UNSET
    minimum_delay_between_warmup_emails: int | Unset = UNSET
    maximum_delay_between_warmup_emails: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warmup_limit = self.warmup_limit

        minimum_warmup_limit = self.minimum_warmup_limit

        warmup_reply_rate = self.warmup_reply_rate

        warmup_open_rate = self.warmup_open_rate

        warmup_spam_protection_rate = self.warmup_spam_protection_rate

        warmup_on_weekdays = self.warmup_on_weekdays

        increase_per_day = self.increase_per_day

        warmup_disable_slow = self.warmup_disable_slow

        minimum_delay_between_warmup_emails = self.minimum_delay_between_warmup_emails

        maximum_delay_between_warmup_emails = self.maximum_delay_between_warmup_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warmup_limit is not UNSET:
            field_dict["warmupLimit"] = warmup_limit
        if minimum_warmup_limit is not UNSET:
            field_dict["minimumWarmupLimit"] = minimum_warmup_limit
        if warmup_reply_rate is not UNSET:
            field_dict["warmupReplyRate"] = warmup_reply_rate
        if warmup_open_rate is not UNSET:
            field_dict["warmupOpenRate"] = warmup_open_rate
        if warmup_spam_protection_rate is not UNSET:
            field_dict["warmupSpamProtectionRate"] = warmup_spam_protection_rate
        if warmup_on_weekdays is not UNSET:
            field_dict["warmupOnWeekdays"] = warmup_on_weekdays
        if increase_per_day is not UNSET:
            field_dict["increasePerDay"] = increase_per_day
        if warmup_disable_slow is not UNSET:
            field_dict["warmupDisableSlow"] = warmup_disable_slow
        if minimum_delay_between_warmup_emails is not UNSET:
            field_dict["minimumDelayBetweenWarmupEmails"] = minimum_delay_between_warmup_emails
        if maximum_delay_between_warmup_emails is not UNSET:
            field_dict["maximumDelayBetweenWarmupEmails"] = maximum_delay_between_warmup_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        warmup_limit = d.pop("warmupLimit", UNSET)

        minimum_warmup_limit = d.pop("minimumWarmupLimit", UNSET)

        warmup_reply_rate = d.pop("warmupReplyRate", UNSET)

        warmup_open_rate = d.pop("warmupOpenRate", UNSET)

        warmup_spam_protection_rate = d.pop("warmupSpamProtectionRate", UNSET)

        warmup_on_weekdays = d.pop("warmupOnWeekdays", UNSET)

        increase_per_day = d.pop("increasePerDay", UNSET)

        warmup_disable_slow = d.pop("warmupDisableSlow", UNSET)

        minimum_delay_between_warmup_emails = d.pop("minimumDelayBetweenWarmupEmails", UNSET)

        maximum_delay_between_warmup_emails = d.pop("maximumDelayBetweenWarmupEmails", UNSET)

        update_mailbox_warmup_settings_request = cls(
            warmup_limit=warmup_limit,
            minimum_warmup_limit=minimum_warmup_limit,
            warmup_reply_rate=warmup_reply_rate,
            warmup_open_rate=warmup_open_rate,
            warmup_spam_protection_rate=warmup_spam_protection_rate,
            warmup_on_weekdays=warmup_on_weekdays,
            increase_per_day=increase_per_day,
            warmup_disable_slow=warmup_disable_slow,
            minimum_delay_between_warmup_emails=minimum_delay_between_warmup_emails,
            maximum_delay_between_warmup_emails=maximum_delay_between_warmup_emails,
        )

        update_mailbox_warmup_settings_request.additional_properties = d
        return update_mailbox_warmup_settings_request

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
