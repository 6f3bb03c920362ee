# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_check_domain import WorkspaceCheckDomain


T = TypeVar("T", bound="CheckWorkspaceExistsRequest")


@_attrs_define
class CheckWorkspaceExistsRequest:
    """Send either `domainName` (single check) or `domains` (bulk check).

    Attributes:
        domain_name (str | Unset): Domain to check (single form).
        service_provider (ServiceProvider | Unset): Mailbox provider.
        domains (list[WorkspaceCheckDomain] | Unset): Domains to check (bulk form).
    """

    domain_name: str | Unset = UNSET
    service_provider: ServiceProvider | Unset = UNSET
    domains: list[WorkspaceCheckDomain] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        service_provider: str | Unset = UNSET
        if not isinstance(self.service_provider, Unset):
            service_provider = self.service_provider.value

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if domains is not UNSET:
            field_dict["domains"] = domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_check_domain import WorkspaceCheckDomain

        d = dict(src_dict)
        domain_name = d.pop("domainName", UNSET)

        _service_provider = d.pop("serviceProvider", UNSET)
        service_provider: ServiceProvider | Unset
        if isinstance(_service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = ServiceProvider(_service_provider)

        _domains = d.pop("domains", UNSET)
        domains: list[WorkspaceCheckDomain] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = WorkspaceCheckDomain.from_dict(domains_item_data)

                domains.append(domains_item)

        check_workspace_exists_request = cls(
            domain_name=domain_name,
            service_provider=service_provider,
            domains=domains,
        )

        check_workspace_exists_request.additional_properties = d
        return check_workspace_exists_request

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
