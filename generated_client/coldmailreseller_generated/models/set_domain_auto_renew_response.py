# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_auto_renew_state import DomainAutoRenewState


T = TypeVar("T", bound="SetDomainAutoRenewResponse")


@_attrs_define
class SetDomainAutoRenewResponse:
    """
    Attributes:
        status (int):
        data (list[DomainAutoRenewState]):
        message (str | Unset):
    """

    status: int
    data: list[DomainAutoRenewState]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain_auto_renew_state import DomainAutoRenewState

        d = dict(src_dict)
        status = d.pop("status")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DomainAutoRenewState.from_dict(data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        set_domain_auto_renew_response = cls(
            status=status,
            data=data,
            message=message,
        )

        set_domain_auto_renew_response.additional_properties = d
        return set_domain_auto_renew_response

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
