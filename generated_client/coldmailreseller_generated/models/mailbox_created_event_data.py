# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "email",
        "userId",
        "orderId",
        "mailboxId",
    )
)


@_attrs_define(repr=False)
class MailboxCreatedEventData:
    """Created mailbox. Only the fields of a simplified guide illustration are listed; the real payload carries full
    credentials.

        Attributes:
            email (str): Always sent; the one published example (a simplified guide illustration) carries it, and the docs
                say the event brings the mailbox account details.
            user_id (str | Unset):
            order_id (str | Unset):
            mailbox_id (str | Unset):
    """

    email: str
    user_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    mailbox_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "email",
                "user_id",
                "order_id",
                "mailbox_id",
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
        email = self.email

        user_id = self.user_id

        order_id = self.order_id

        mailbox_id = self.mailbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
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
        v_email = get("email", UNSET)
        if v_email is UNSET:
            raise missing(at, "email")
        if type(v_email) is not str:
            raise expected(at + "/email", "a string", v_email)

        v_user_id = get("userId", UNSET)
        if type(v_user_id) is not str:
            if v_user_id is not UNSET:
                raise expected(at + "/userId", "a string", v_user_id)
            absent += 1

        v_order_id = get("orderId", UNSET)
        if type(v_order_id) is not str:
            if v_order_id is not UNSET:
                raise expected(at + "/orderId", "a string", v_order_id)
            absent += 1

        v_mailbox_id = get("mailboxId", UNSET)
        if type(v_mailbox_id) is not str:
            if v_mailbox_id is not UNSET:
                raise expected(at + "/mailboxId", "a string", v_mailbox_id)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_email,
            v_user_id,
            v_order_id,
            v_mailbox_id,
        )
        if len(d) != 4 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("email", "email", "str", True),
                ("user_id", "userId", "str", False),
                ("order_id", "orderId", "str", False),
                ("mailbox_id", "mailboxId", "str", False),
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
