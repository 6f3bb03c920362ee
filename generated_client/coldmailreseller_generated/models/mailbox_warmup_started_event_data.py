# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_enum, unknown_fields

from .service_provider import ServiceProvider

_SERVICE_PROVIDER: dict[str, ServiceProvider] = {member.value: member for member in ServiceProvider}
_FIELDS = frozenset(
    (
        "userId",
        "userEmail",
        "mailboxId",
        "email",
        "domain",
        "workspaceType",
    )
)


@_attrs_define(repr=False)
class MailboxWarmupStartedEventData:
    """Mailbox whose warmup started.

    Attributes:
        user_id (str | Unset):
        user_email (str | Unset):
        mailbox_id (str | Unset):
        email (str | Unset):
        domain (str | Unset):
        workspace_type (ServiceProvider | str | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    mailbox_id: str | Unset = UNSET
    email: str | Unset = UNSET
    domain: str | Unset = UNSET
    workspace_type: ServiceProvider | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "user_id",
                "user_email",
                "mailbox_id",
                "email",
                "domain",
                "workspace_type",
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

        mailbox_id = self.mailbox_id

        email = self.email

        domain = self.domain

        workspace_type: str | Unset
        if isinstance(self.workspace_type, Unset):
            workspace_type = UNSET
        elif isinstance(self.workspace_type, ServiceProvider):
            workspace_type = self.workspace_type.value
        else:
            workspace_type = self.workspace_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
        if email is not UNSET:
            field_dict["email"] = email
        if domain is not UNSET:
            field_dict["domain"] = domain
        if workspace_type is not UNSET:
            field_dict["workspaceType"] = workspace_type
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

        v_domain = get("domain", UNSET)
        if type(v_domain) is not str:
            if v_domain is not UNSET:
                raise expected(at + "/domain", "a string", v_domain)
            absent += 1

        v_workspace_type = get("workspaceType", UNSET)
        if type(v_workspace_type) is str:
            v_workspace_type = _SERVICE_PROVIDER.get(v_workspace_type) or unknown_enum(
                at + "/workspaceType", v_workspace_type
            )
        elif v_workspace_type is UNSET:
            absent += 1
        else:
            raise expected(at + "/workspaceType", "a string", v_workspace_type)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_user_id,
            v_user_email,
            v_mailbox_id,
            v_email,
            v_domain,
            v_workspace_type,
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
                ("user_id", "userId", "str", False),
                ("user_email", "userEmail", "str", False),
                ("mailbox_id", "mailboxId", "str", False),
                ("email", "email", "str", False),
                ("domain", "domain", "str", False),
                ("workspace_type", "workspaceType", ("enum", ServiceProvider), False),
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
