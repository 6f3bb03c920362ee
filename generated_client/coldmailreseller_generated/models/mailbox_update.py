# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "mailboxId",
        "userName",
        "firstName",
        "lastName",
        "profilePicture",
        "removeProfilePicture",
    )
)


@_attrs_define(repr=False)
class MailboxUpdate:
    """Changes for one mailbox; send only the fields to change.

    Attributes:
        mailbox_id (str): Mailbox to change.
        user_name (str | Unset): New username (note the capital N, unlike `username` in orders).
        first_name (str | Unset):
        last_name (str | Unset):
        profile_picture (str | Unset): URL of the new profile picture.
        remove_profile_picture (bool | Unset): `true` clears the current profile picture.
    """

    mailbox_id: str
    user_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile_picture: str | Unset = UNSET
    remove_profile_picture: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "mailbox_id",
                "user_name",
                "first_name",
                "last_name",
                "profile_picture",
                "remove_profile_picture",
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
        mailbox_id = self.mailbox_id

        user_name = self.user_name

        first_name = self.first_name

        last_name = self.last_name

        profile_picture = self.profile_picture

        remove_profile_picture = self.remove_profile_picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxId": mailbox_id,
            }
        )
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if remove_profile_picture is not UNSET:
            field_dict["removeProfilePicture"] = remove_profile_picture
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
        if v_mailbox_id is UNSET:
            raise missing(at, "mailboxId")
        if type(v_mailbox_id) is not str:
            raise expected(at + "/mailboxId", "a string", v_mailbox_id)

        v_user_name = get("userName", UNSET)
        if type(v_user_name) is not str:
            if v_user_name is not UNSET:
                raise expected(at + "/userName", "a string", v_user_name)
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

        v_remove_profile_picture = get("removeProfilePicture", UNSET)
        if type(v_remove_profile_picture) is not bool:
            if v_remove_profile_picture is not UNSET:
                raise expected(at + "/removeProfilePicture", "a boolean", v_remove_profile_picture)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_mailbox_id,
            v_user_name,
            v_first_name,
            v_last_name,
            v_profile_picture,
            v_remove_profile_picture,
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
                ("mailbox_id", "mailboxId", "str", True),
                ("user_name", "userName", "str", False),
                ("first_name", "firstName", "str", False),
                ("last_name", "lastName", "str", False),
                ("profile_picture", "profilePicture", "str", False),
                ("remove_profile_picture", "removeProfilePicture", "bool", False),
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
