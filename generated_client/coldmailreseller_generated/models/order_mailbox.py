# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "username",
        "firstName",
        "lastName",
        "profilePicture",
        "onWarmup",
    )
)


@_attrs_define(repr=False)
class OrderMailbox:
    """One mailbox to provision on a domain.

    Attributes:
        username (str): Local part of the address (before the @).
        first_name (str): Given name shown on the mailbox.
        last_name (str): Family name shown on the mailbox.
        profile_picture (str | Unset): URL of a profile picture (JSON order only).
        on_warmup (bool | Unset): Enrol the mailbox in warmup once it is provisioned (known from the guide site only).
            Default: False.
    """

    username: str
    first_name: str
    last_name: str
    profile_picture: str | Unset = UNSET
    on_warmup: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "username",
                "first_name",
                "last_name",
                "profile_picture",
                "on_warmup",
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
        username = self.username

        first_name = self.first_name

        last_name = self.last_name

        profile_picture = self.profile_picture

        on_warmup = self.on_warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if on_warmup is not UNSET:
            field_dict["onWarmup"] = on_warmup
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
        v_username = get("username", UNSET)
        if v_username is UNSET:
            raise missing(at, "username")
        if type(v_username) is not str:
            raise expected(at + "/username", "a string", v_username)

        v_first_name = get("firstName", UNSET)
        if v_first_name is UNSET:
            raise missing(at, "firstName")
        if type(v_first_name) is not str:
            raise expected(at + "/firstName", "a string", v_first_name)

        v_last_name = get("lastName", UNSET)
        if v_last_name is UNSET:
            raise missing(at, "lastName")
        if type(v_last_name) is not str:
            raise expected(at + "/lastName", "a string", v_last_name)

        v_profile_picture = get("profilePicture", UNSET)
        if type(v_profile_picture) is not str:
            if v_profile_picture is not UNSET:
                raise expected(at + "/profilePicture", "a string", v_profile_picture)
            absent += 1

        v_on_warmup = get("onWarmup", UNSET)
        if type(v_on_warmup) is not bool:
            if v_on_warmup is not UNSET:
                raise expected(at + "/onWarmup", "a boolean", v_on_warmup)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_username,
            v_first_name,
            v_last_name,
            v_profile_picture,
            v_on_warmup,
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
                ("username", "username", "str", True),
                ("first_name", "firstName", "str", True),
                ("last_name", "lastName", "str", True),
                ("profile_picture", "profilePicture", "str", False),
                ("on_warmup", "onWarmup", "bool", False),
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
