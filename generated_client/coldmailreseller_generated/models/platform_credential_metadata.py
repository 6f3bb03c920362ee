# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "appBaseUrl",
        "clientId",
        "appName",
        "workspace",
    )
)


@_attrs_define(repr=False)
class PlatformCredentialMetadata:
    """Platform-specific settings stored with a credential (EmailBison needs the whole block). `clientId` is sent when
    adding a credential but is not echoed in the listing example.

        Attributes:
            app_base_url (str | Unset): Base URL of the platform app. Example: https://app.emailbison.com.
            client_id (str | Unset): Client id on the platform.
            app_name (str | Unset): Display name of the platform app.
            workspace (str | Unset): Workspace on the platform.
    """

    app_base_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    app_name: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "app_base_url",
                "client_id",
                "app_name",
                "workspace",
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
        app_base_url = self.app_base_url

        client_id = self.client_id

        app_name = self.app_name

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_base_url is not UNSET:
            field_dict["appBaseUrl"] = app_base_url
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
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
        v_app_base_url = get("appBaseUrl", UNSET)
        if type(v_app_base_url) is not str:
            if v_app_base_url is not UNSET:
                raise expected(at + "/appBaseUrl", "a string", v_app_base_url)
            absent += 1

        v_client_id = get("clientId", UNSET)
        if type(v_client_id) is not str:
            if v_client_id is not UNSET:
                raise expected(at + "/clientId", "a string", v_client_id)
            absent += 1

        v_app_name = get("appName", UNSET)
        if type(v_app_name) is not str:
            if v_app_name is not UNSET:
                raise expected(at + "/appName", "a string", v_app_name)
            absent += 1

        v_workspace = get("workspace", UNSET)
        if type(v_workspace) is not str:
            if v_workspace is not UNSET:
                raise expected(at + "/workspace", "a string", v_workspace)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_app_base_url,
            v_client_id,
            v_app_name,
            v_workspace,
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
                ("app_base_url", "appBaseUrl", "str", False),
                ("client_id", "clientId", "str", False),
                ("app_name", "appName", "str", False),
                ("workspace", "workspace", "str", False),
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
