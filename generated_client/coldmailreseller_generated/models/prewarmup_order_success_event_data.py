# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_enum, unknown_fields

from .pre_warmup_domain_assignment import PreWarmupDomainAssignment
from .service_provider import ServiceProvider

_SERVICE_PROVIDER: dict[str, ServiceProvider] = {member.value: member for member in ServiceProvider}
_FIELDS = frozenset(
    (
        "userId",
        "userEmail",
        "orderId",
        "serviceProvider",
        "mailboxDetails",
    )
)


@_attrs_define(repr=False)
class PrewarmupOrderSuccessEventData:
    """Assigned pre-warmed domains and mailboxes.

    Attributes:
        user_id (str | Unset):
        user_email (str | Unset):
        order_id (str | Unset):
        service_provider (ServiceProvider | str | Unset):
        mailbox_details (list[PreWarmupDomainAssignment] | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    order_id: str | Unset = UNSET
    service_provider: ServiceProvider | str | Unset = UNSET
    mailbox_details: list[PreWarmupDomainAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "user_id",
                "user_email",
                "order_id",
                "service_provider",
                "mailbox_details",
            ),
        )

    @property
    def request_id(self) -> str | None:
        """CMR's request id of the answer this model was read from; None when CMR sent none, and on models built
        by hand or nested in another one."""
        return self._request_id

    def to_json(self, **dumps: Any) -> str:
        """`to_dict()` as JSON text; keyword arguments go to `json.dumps` (`indent=2`, ...)."""
        return model_json(self.to_dict(), **dumps)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: wire names, fields left UNSET omitted, extra fields included."""
        user_id = self.user_id

        user_email = self.user_email

        order_id = self.order_id

        service_provider: str | Unset
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        elif isinstance(self.service_provider, ServiceProvider):
            service_provider = self.service_provider.value
        else:
            service_provider = self.service_provider

        mailbox_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mailbox_details, Unset):
            mailbox_details = []
            for mailbox_details_item_data in self.mailbox_details:
                mailbox_details_item = mailbox_details_item_data.to_dict()
                mailbox_details.append(mailbox_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if mailbox_details is not UNSET:
            field_dict["mailboxDetails"] = mailbox_details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], at: str = "") -> Self:
        """Build the model from decoded JSON, checking it against the spec.

        Raises TypeError naming the JSON pointer (`at` is the pointer of `src_dict`) of the first field that does
        not match. Fields the spec does not declare are kept in `additional_properties`.
        """
        d: Any = src_dict
        if type(d) is not dict:
            raise expected(at, "an object", d)
        get = d.get
        absent = 0  # declared fields left out; d holds unknown fields when it has more than the rest
        v_user_id = get("userId", UNSET)
        if type(v_user_id) is not str:
            if v_user_id is not UNSET:
                raise expected(at + "/userId", "a string", v_user_id)
            absent += 1

        v_user_email = get("userEmail", UNSET)
        if type(v_user_email) is not str:
            if v_user_email is not UNSET:
                raise expected(at + "/userEmail", "a string", v_user_email)
            absent += 1

        v_order_id = get("orderId", UNSET)
        if type(v_order_id) is not str:
            if v_order_id is not UNSET:
                raise expected(at + "/orderId", "a string", v_order_id)
            absent += 1

        v_service_provider = get("serviceProvider", UNSET)
        if type(v_service_provider) is str:
            v_service_provider = _SERVICE_PROVIDER.get(v_service_provider) or unknown_enum(
                at + "/serviceProvider", v_service_provider
            )
        elif v_service_provider is UNSET:
            absent += 1
        else:
            raise expected(at + "/serviceProvider", "a string", v_service_provider)

        v_mailbox_details = get("mailboxDetails", UNSET)
        if type(v_mailbox_details) is list:
            parse_v_mailbox_details = PreWarmupDomainAssignment.from_dict
            at_v_mailbox_details = at + "/mailboxDetails" + "/*"
            v_mailbox_details = [parse_v_mailbox_details(item, at_v_mailbox_details) for item in v_mailbox_details]
        elif v_mailbox_details is UNSET:
            absent += 1
        else:
            raise expected(at + "/mailboxDetails", "an array", v_mailbox_details)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_user_id,
            v_user_email,
            v_order_id,
            v_service_provider,
            v_mailbox_details,
        )
        if len(d) != 5 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("user_id", "userId", "str", False),
                ("user_email", "userEmail", "str", False),
                ("order_id", "orderId", "str", False),
                ("service_provider", "serviceProvider", ("enum", ServiceProvider), False),
                ("mailbox_details", "mailboxDetails", ("list", ("model", PreWarmupDomainAssignment)), False),
            ),
            "keep",
        )

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
