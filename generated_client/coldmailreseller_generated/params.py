# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The request models as TypedDicts: a plain mapping with the model's attribute names (snake_case) as keys,
accepted wherever the model is. Type checkers flag a misspelt key or an out-of-enum literal; at run time the
client checks the same rules (and also accepts the spec's wire names, not mixed with these in one mapping).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

# Classes are named through the lazy models package (`_models.DmarcTag` imports that enum when evaluated), so that
# typing.get_type_hints() works on these TypedDicts and importing them imports no model.
from . import models as _models

__all__ = [
    "DnsRecordInputDict",
    "GoogleOauthConfigDict",
    "MailboxUpdateDict",
    "OauthExportGoogleConfigDict",
    "OauthExportMicrosoftConfigDict",
    "OrderDomainDict",
    "OrderMailboxDict",
    "PlatformCredentialMetadataDict",
    "PlatformCredentialSecretsDict",
    "PreWarmupOrderItemDict",
    "WorkspaceCheckDomainDict",
]


class WorkspaceCheckDomainDict(TypedDict, total=False):
    """`WorkspaceCheckDomain` as a mapping."""

    domain_name: Required[str]
    service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"]


class DnsRecordInputDict(TypedDict, total=False):
    """`DnsRecordInput` as a mapping."""

    host: Required[str]
    value: Required[str]
    record_type: Required[str]
    excluded_dmar_ctags: Sequence[
        _models.DmarcTag | Literal["rua", "ruf", "fo", "rf", "ri", "pct", "sp", "aspf", "adkim"]
    ]


class OrderDomainDict(TypedDict, total=False):
    """`OrderDomain` as a mapping."""

    domain: Required[str]
    years: Required[int]
    forward_to: str


class OrderMailboxDict(TypedDict, total=False):
    """`OrderMailbox` as a mapping."""

    username: Required[str]
    first_name: Required[str]
    last_name: Required[str]
    profile_picture: str
    on_warmup: bool


class GoogleOauthConfigDict(TypedDict, total=False):
    """`GoogleOauthConfig` as a mapping."""

    google_oauth_route: str
    client_id: str
    app_name: str


class MailboxUpdateDict(TypedDict, total=False):
    """`MailboxUpdate` as a mapping."""

    mailbox_id: Required[str]
    user_name: str
    first_name: str
    last_name: str
    profile_picture: str
    remove_profile_picture: bool


class PlatformCredentialSecretsDict(TypedDict, total=False):
    """`PlatformCredentialSecrets` as a mapping."""

    email: Required[str]
    password: Required[str]


class PlatformCredentialMetadataDict(TypedDict, total=False):
    """`PlatformCredentialMetadata` as a mapping."""

    app_base_url: str
    client_id: str
    app_name: str
    workspace: str


class OauthExportGoogleConfigDict(TypedDict, total=False):
    """`OauthExportGoogleConfig` as a mapping."""

    google_oauth_route: str
    client_id: str
    app_name: str


class OauthExportMicrosoftConfigDict(TypedDict, total=False):
    """`OauthExportMicrosoftConfig` as a mapping."""

    microsoft_oauth_route: str


class PreWarmupOrderItemDict(TypedDict, total=False):
    """`PreWarmupOrderItem` as a mapping."""

    domain: Required[str]
    forward_to: str
