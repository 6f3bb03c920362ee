# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "domainName",
        "domainId",
        "years",
        "renewalPrice",
        "expireOn",
        "autoRenew",
    )
)


@_attrs_define(repr=False)
class DomainRenewalPrice:
    """Renewal quote for one domain.

    Attributes:
        domain_name (str | Unset):
        domain_id (str | Unset):
        years (int | Unset): Renewal period in years.
        renewal_price (str | Unset): Price as a decimal string, e.g. "14.50".
        expire_on (datetime.datetime | Unset): Current expiry of the domain.
        auto_renew (bool | Unset):
    """

    domain_name: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    years: int | Unset = UNSET
    renewal_price: str | Unset = UNSET
    expire_on: datetime.datetime | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "domain_name",
                "domain_id",
                "years",
                "renewal_price",
                "expire_on",
                "auto_renew",
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
        domain_name = self.domain_name

        domain_id = self.domain_id

        years = self.years

        renewal_price = self.renewal_price

        expire_on: str | Unset = UNSET
        if not isinstance(self.expire_on, Unset):
            expire_on = self.expire_on.isoformat()

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if years is not UNSET:
            field_dict["years"] = years
        if renewal_price is not UNSET:
            field_dict["renewalPrice"] = renewal_price
        if expire_on is not UNSET:
            field_dict["expireOn"] = expire_on
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
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
        v_domain_name = get("domainName", UNSET)
        if type(v_domain_name) is not str:
            if v_domain_name is not UNSET:
                raise expected(at + "/domainName", "a string", v_domain_name)
            absent += 1

        v_domain_id = get("domainId", UNSET)
        if type(v_domain_id) is not str:
            if v_domain_id is not UNSET:
                raise expected(at + "/domainId", "a string", v_domain_id)
            absent += 1

        v_years = get("years", UNSET)
        if type(v_years) is not int:
            if v_years is not UNSET:
                raise expected(at + "/years", "an integer", v_years)
            absent += 1

        v_renewal_price = get("renewalPrice", UNSET)
        if type(v_renewal_price) is not str:
            if v_renewal_price is not UNSET:
                raise expected(at + "/renewalPrice", "a string", v_renewal_price)
            absent += 1

        v_expire_on = get("expireOn", UNSET)
        if type(v_expire_on) is str:
            try:
                v_expire_on = datetime.datetime.fromisoformat(v_expire_on)
            except ValueError:
                raise expected(at + "/expireOn", "an ISO 8601 date-time", v_expire_on) from None
        elif v_expire_on is UNSET:
            absent += 1
        else:
            raise expected(at + "/expireOn", "an ISO 8601 date-time", v_expire_on)

        v_auto_renew = get("autoRenew", UNSET)
        if type(v_auto_renew) is not bool:
            if v_auto_renew is not UNSET:
                raise expected(at + "/autoRenew", "a boolean", v_auto_renew)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_domain_name,
            v_domain_id,
            v_years,
            v_renewal_price,
            v_expire_on,
            v_auto_renew,
        )
        if len(d) != 6 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("domain_name", "domainName", "str", False),
                ("domain_id", "domainId", "str", False),
                ("years", "years", "int", False),
                ("renewal_price", "renewalPrice", "str", False),
                ("expire_on", "expireOn", "datetime", False),
                ("auto_renew", "autoRenew", "bool", False),
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
