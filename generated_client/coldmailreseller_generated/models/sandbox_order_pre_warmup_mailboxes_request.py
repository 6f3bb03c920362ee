# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_warmup_scenario import PreWarmupScenario
from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oauth_export_google_config import OauthExportGoogleConfig
    from ..models.pre_warmup_order_item import PreWarmupOrderItem


T = TypeVar("T", bound="SandboxOrderPreWarmupMailboxesRequest")


@_attrs_define
class SandboxOrderPreWarmupMailboxesRequest:
    """
    Attributes:
        order (list[PreWarmupOrderItem]): Domains to buy.
        service_provider (ServiceProvider): Mailbox provider.
        google (OauthExportGoogleConfig | Unset): OAuth settings for exporting Google mailboxes.
        microsoft_oauth_route (str | Unset): OAuth route for MICROSOFT orders (top level, unlike the google block).
        auto_renew (bool | Unset): Renew the subscription automatically.
        scenario (PreWarmupScenario | Unset): Outcome a sandbox pre-warmup order simulates.
    """

    order: list[PreWarmupOrderItem]
    service_provider: ServiceProvider
    google: OauthExportGoogleConfig | Unset = UNSET
    microsoft_oauth_route: str | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    scenario: PreWarmupScenario | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = []
        for order_item_data in self.order:
            order_item = order_item_data.to_dict()
            order.append(order_item)

        service_provider = self.service_provider.value

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        microsoft_oauth_route = self.microsoft_oauth_route

        auto_renew = self.auto_renew

        scenario: str | Unset = UNSET
        if not isinstance(self.scenario, Unset):
            scenario = self.scenario.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "serviceProvider": service_provider,
            }
        )
        if google is not UNSET:
            field_dict["google"] = google
        if microsoft_oauth_route is not UNSET:
            field_dict["microsoftOauthRoute"] = microsoft_oauth_route
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if scenario is not UNSET:
            field_dict["scenario"] = scenario

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oauth_export_google_config import OauthExportGoogleConfig
        from ..models.pre_warmup_order_item import PreWarmupOrderItem

        d = dict(src_dict)
        order = []
        _order = d.pop("order")
        for order_item_data in _order:
            order_item = PreWarmupOrderItem.from_dict(order_item_data)

            order.append(order_item)

        service_provider = ServiceProvider(d.pop("serviceProvider"))

        _google = d.pop("google", UNSET)
        google: OauthExportGoogleConfig | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = OauthExportGoogleConfig.from_dict(_google)

        microsoft_oauth_route = d.pop("microsoftOauthRoute", UNSET)

        auto_renew = d.pop("autoRenew", UNSET)

        _scenario = d.pop("scenario", UNSET)
        scenario: PreWarmupScenario | Unset
        if isinstance(_scenario, Unset):
            scenario = UNSET
        else:
            scenario = PreWarmupScenario(_scenario)

        sandbox_order_pre_warmup_mailboxes_request = cls(
            order=order,
            service_provider=service_provider,
            google=google,
            microsoft_oauth_route=microsoft_oauth_route,
            auto_renew=auto_renew,
            scenario=scenario,
        )

        sandbox_order_pre_warmup_mailboxes_request.additional_properties = d
        return sandbox_order_pre_warmup_mailboxes_request

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
