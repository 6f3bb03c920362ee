# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_update_result import MailboxUpdateResult


T = TypeVar("T", bound="UpdateMailboxDetailsResponse")


@_attrs_define
class UpdateMailboxDetailsResponse:
    """
    Attributes:
        status (int): Mirrors the HTTP status code.
        message (str | Unset):
        data (list[MailboxUpdateResult] | Unset): Per-mailbox results; present on bulk updates.
        action_id (str | Unset): Identifier of the queued action (`ACT_<uuid>`); webhooks carry it too.
    """

    status: int
    message: str | Unset = UNSET
    data: list[MailboxUpdateResult] | Unset = UNSET
    action_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        action_id = self.action_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if action_id is not UNSET:
            field_dict["actionId"] = action_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_update_result import MailboxUpdateResult

        d = dict(src_dict)
        status = d.pop("status")

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: list[MailboxUpdateResult] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = MailboxUpdateResult.from_dict(data_item_data)

                data.append(data_item)

        action_id = d.pop("actionId", UNSET)

        update_mailbox_details_response = cls(
            status=status,
            message=message,
            data=data,
            action_id=action_id,
        )

        update_mailbox_details_response.additional_properties = d
        return update_mailbox_details_response

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
