# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="CreateMailboxOrderResponse")


@_attrs_define
class CreateMailboxOrderResponse:
    """
    Attributes:
        status (int): Mirrors the HTTP status code.
        data (Order): What CMR hands back when it accepts an order. Only the fields of the guide-site example are known.
        message (str | Unset):
        action_id (str | Unset): Identifier of the queued action (`ACT_<uuid>`); webhooks carry it too.
    """

    status: int
    data: Order
    message: str | Unset = UNSET
    action_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data.to_dict()

        message = self.message

        action_id = self.action_id

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
        if action_id is not UNSET:
            field_dict["actionId"] = action_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order import Order

        d = dict(src_dict)
        status = d.pop("status")

        data = Order.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        action_id = d.pop("actionId", UNSET)

        create_mailbox_order_response = cls(
            status=status,
            data=data,
            message=message,
            action_id=action_id,
        )

        create_mailbox_order_response.additional_properties = d
        return create_mailbox_order_response

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
