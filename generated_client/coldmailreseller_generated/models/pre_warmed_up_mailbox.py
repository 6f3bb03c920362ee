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
        "mailboxId",
        "email",
        "firstName",
        "lastName",
        "profilePicture",
        "password",
        "appPassword",
        "authenticatorSecret",
        "isAdmin",
        "warmingUpFrom",
        "expiryDate",
    )
)
# Fields the spec marks `x-cmr-secret`: their values never show in a repr.
_SECRET = frozenset(
    (
        "password",
        "app_password",
        "authenticator_secret",
    )
)


@_attrs_define(repr=False)
class PreWarmedUpMailbox:
    """A pre-warmed mailbox handed over with its credentials.

    Attributes:
        mailbox_id (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        profile_picture (str | Unset): Image URL.
        password (str | Unset):
        app_password (str | Unset):
        authenticator_secret (str | Unset): TOTP secret for two-factor login.
        is_admin (bool | Unset):
        warming_up_from (datetime.datetime | Unset): When warming started.
        expiry_date (datetime.datetime | Unset):
    """

    mailbox_id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile_picture: str | Unset = UNSET
    password: str | Unset = UNSET
    app_password: str | Unset = UNSET
    authenticator_secret: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    warming_up_from: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "mailbox_id",
                "email",
                "first_name",
                "last_name",
                "profile_picture",
                "password",
                "app_password",
                "authenticator_secret",
                "is_admin",
                "warming_up_from",
                "expiry_date",
            ),
            _SECRET,
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
        mailbox_id = self.mailbox_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        profile_picture = self.profile_picture

        password = self.password

        app_password = self.app_password

        authenticator_secret = self.authenticator_secret

        is_admin = self.is_admin

        warming_up_from: str | Unset = UNSET
        if not isinstance(self.warming_up_from, Unset):
            warming_up_from = self.warming_up_from.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if password is not UNSET:
            field_dict["password"] = password
        if app_password is not UNSET:
            field_dict["appPassword"] = app_password
        if authenticator_secret is not UNSET:
            field_dict["authenticatorSecret"] = authenticator_secret
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if warming_up_from is not UNSET:
            field_dict["warmingUpFrom"] = warming_up_from
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
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
        v_mailbox_id = get("mailboxId", UNSET)
        if type(v_mailbox_id) is not str:
            if v_mailbox_id is not UNSET:
                raise expected(at + "/mailboxId", "a string", v_mailbox_id)
            absent += 1

        v_email = get("email", UNSET)
        if type(v_email) is not str:
            if v_email is not UNSET:
                raise expected(at + "/email", "a string", v_email)
            absent += 1

        v_first_name = get("firstName", UNSET)
        if type(v_first_name) is not str:
            if v_first_name is not UNSET:
                raise expected(at + "/firstName", "a string", v_first_name)
            absent += 1

        v_last_name = get("lastName", UNSET)
        if type(v_last_name) is not str:
            if v_last_name is not UNSET:
                raise expected(at + "/lastName", "a string", v_last_name)
            absent += 1

        v_profile_picture = get("profilePicture", UNSET)
        if type(v_profile_picture) is not str:
            if v_profile_picture is not UNSET:
                raise expected(at + "/profilePicture", "a string", v_profile_picture)
            absent += 1

        v_password = get("password", UNSET)
        if type(v_password) is not str:
            if v_password is not UNSET:
                raise expected(at + "/password", "a string", v_password)
            absent += 1

        v_app_password = get("appPassword", UNSET)
        if type(v_app_password) is not str:
            if v_app_password is not UNSET:
                raise expected(at + "/appPassword", "a string", v_app_password)
            absent += 1

        v_authenticator_secret = get("authenticatorSecret", UNSET)
        if type(v_authenticator_secret) is not str:
            if v_authenticator_secret is not UNSET:
                raise expected(at + "/authenticatorSecret", "a string", v_authenticator_secret)
            absent += 1

        v_is_admin = get("isAdmin", UNSET)
        if type(v_is_admin) is not bool:
            if v_is_admin is not UNSET:
                raise expected(at + "/isAdmin", "a boolean", v_is_admin)
            absent += 1

        v_warming_up_from = get("warmingUpFrom", UNSET)
        if type(v_warming_up_from) is str:
            try:
                v_warming_up_from = datetime.datetime.fromisoformat(v_warming_up_from)
            except ValueError:
                raise expected(at + "/warmingUpFrom", "an ISO 8601 date-time", v_warming_up_from) from None
        elif v_warming_up_from is UNSET:
            absent += 1
        else:
            raise expected(at + "/warmingUpFrom", "an ISO 8601 date-time", v_warming_up_from)

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

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_mailbox_id,
            v_email,
            v_first_name,
            v_last_name,
            v_profile_picture,
            v_password,
            v_app_password,
            v_authenticator_secret,
            v_is_admin,
            v_warming_up_from,
            v_expiry_date,
        )
        if len(d) != 11 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("mailbox_id", "mailboxId", "str", False),
                ("email", "email", "str", False),
                ("first_name", "firstName", "str", False),
                ("last_name", "lastName", "str", False),
                ("profile_picture", "profilePicture", "str", False),
                ("password", "password", "str", False),
                ("app_password", "appPassword", "str", False),
                ("authenticator_secret", "authenticatorSecret", "str", False),
                ("is_admin", "isAdmin", "bool", False),
                ("warming_up_from", "warmingUpFrom", "datetime", False),
                ("expiry_date", "expiryDate", "datetime", False),
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
