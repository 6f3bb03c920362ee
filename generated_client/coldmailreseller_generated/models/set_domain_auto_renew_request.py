# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetDomainAutoRenewRequest")


@_attrs_define
class SetDomainAutoRenewRequest:
    """
    Attributes:
        user_id (str): Owner of the domains.
        domains (list[str]): Domain names to change.
        auto_renew (bool): true turns auto-renew on, false turns it off.
    """

    user_id: str
    domains: list[str]
    auto_renew: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        domains = self.domains

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "domains": domains,
                "autoRenew": auto_renew,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")

        domains = cast(list[str], d.pop("domains"))

        auto_renew = d.pop("autoRenew")

        set_domain_auto_renew_request = cls(
            user_id=user_id,
            domains=domains,
            auto_renew=auto_renew,
        )

        set_domain_auto_renew_request.additional_properties = d
        return set_domain_auto_renew_request

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
