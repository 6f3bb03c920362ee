# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceCheckDomain")


@_attrs_define
class WorkspaceCheckDomain:
    """One domain to check for an existing workspace.

    Attributes:
        domain_name (str): Fully qualified domain name.
        service_provider (ServiceProvider | Unset): Mailbox provider.
    """

    domain_name: str
    service_provider: ServiceProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        service_provider: str | Unset = UNSET
        if not isinstance(self.service_provider, Unset):
            service_provider = self.service_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domainName": domain_name,
            }
        )
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_name = d.pop("domainName")

        _service_provider = d.pop("serviceProvider", UNSET)
        service_provider: ServiceProvider | Unset
        if isinstance(_service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = ServiceProvider(_service_provider)

        workspace_check_domain = cls(
            domain_name=domain_name,
            service_provider=service_provider,
        )

        workspace_check_domain.additional_properties = d
        return workspace_check_domain

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
