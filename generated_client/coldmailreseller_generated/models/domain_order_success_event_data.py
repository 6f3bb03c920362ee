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
        "userId",
        "userEmail",
        "orderId",
        "domainId",
        "domainName",
        "creationTime",
        "expiryDate",
        "price",
    )
)


@_attrs_define(repr=False)
class DomainOrderSuccessEventData:
    """Registered domain and what it cost.

    Attributes:
        user_id (str | Unset):
        user_email (str | Unset):
        order_id (str | Unset):
        domain_id (str | Unset):
        domain_name (str | Unset): e.g. company.com
        creation_time (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset):
        price (float | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    order_id: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    price: float | Unset = UNSET
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
                "domain_id",
                "domain_name",
                "creation_time",
                "expiry_date",
                "price",
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

        domain_id = self.domain_id

        domain_name = self.domain_name

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if price is not UNSET:
            field_dict["price"] = price
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

        v_domain_id = get("domainId", UNSET)
        if type(v_domain_id) is not str:
            if v_domain_id is not UNSET:
                raise expected(at + "/domainId", "a string", v_domain_id)
            absent += 1

        v_domain_name = get("domainName", UNSET)
        if type(v_domain_name) is not str:
            if v_domain_name is not UNSET:
                raise expected(at + "/domainName", "a string", v_domain_name)
            absent += 1

        v_creation_time = get("creationTime", UNSET)
        if type(v_creation_time) is str:
            try:
                v_creation_time = datetime.datetime.fromisoformat(v_creation_time)
            except ValueError:
                raise expected(at + "/creationTime", "an ISO 8601 date-time", v_creation_time) from None
        elif v_creation_time is UNSET:
            absent += 1
        else:
            raise expected(at + "/creationTime", "an ISO 8601 date-time", v_creation_time)

        v_expiry_date = get("expiryDate", UNSET)
        if type(v_expiry_date) is str:
            try:
                v_expiry_date = datetime.datetime.fromisoformat(v_expiry_date)
            except ValueError:
                raise expected(at + "/expiryDate", "an ISO 8601 date-time", v_expiry_date) from None
        elif v_expiry_date is UNSET:
            absent += 1
        else:
            raise expected(at + "/expiryDate", "an ISO 8601 date-time", v_expiry_date)

        v_price = get("price", UNSET)
        if type(v_price) is not int and type(v_price) is not float:
            if v_price is not UNSET:
                raise expected(at + "/price", "a number", v_price)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_user_id,
            v_user_email,
            v_order_id,
            v_domain_id,
            v_domain_name,
            v_creation_time,
            v_expiry_date,
            v_price,
        )
        if len(d) != 8 - absent:
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
                ("domain_id", "domainId", "str", False),
                ("domain_name", "domainName", "str", False),
                ("creation_time", "creationTime", "datetime", False),
                ("expiry_date", "expiryDate", "datetime", False),
                ("price", "price", "number", False),
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
