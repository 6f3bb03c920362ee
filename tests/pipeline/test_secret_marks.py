"""Secrets are masked by field: the spec marks them `x-cmr-secret: true`, the generated models mask exactly those
in their reprs (ids named like secrets stay readable), and `api.SECRET_FIELDS` lists their wire names."""

from __future__ import annotations

import re
from typing import Any

import pytest

import coldmailreseller_generated.models as models
from coldmailreseller._excerpt import SECRET_NAME
from coldmailreseller_generated.api import SECRET_FIELDS
from generator.api_model import SpecError, attr_name, class_name, secret_fields
from generator.spec import Spec, primary_type
from tests.support.spec import SPEC

SENTINEL = "s3cr3t-VALUE-never-shown"
MODELLED = SPEC.models_document()["components"]["schemas"]
# (schema, wire name) of every property marked secret in a schema the client turns into a model.
MARKED = sorted(
    (schema_name, wire)
    for schema_name, schema in MODELLED.items()
    for wire, prop in schema.get("properties", {}).items()
    if prop.get("x-cmr-secret") is True
)


def _instance(schema_name: str, **fields: Any) -> Any:
    """A model built by its checking parser from the smallest valid object, with `fields` (wire names) added."""
    data = {**SPEC.minimal({"$ref": f"#/components/schemas/{schema_name}"}), **fields}
    return getattr(models, class_name(schema_name)).from_dict(data)


def test_the_secrets_known_from_the_reference_are_marked() -> None:
    # ../shared/cmr-api: C-export-add-platform-credentials.md (credentials.password) and C-webhook-events-prewarmup.md
    # (mailboxDetails[].preWarmedUpMailboxes[]: password, appPassword, authenticatorSecret).
    assert set(MARKED) >= {
        ("PlatformCredentialSecrets", "password"),
        ("PreWarmedUpMailbox", "password"),
        ("PreWarmedUpMailbox", "appPassword"),
        ("PreWarmedUpMailbox", "authenticatorSecret"),
    }


@pytest.mark.parametrize(("schema_name", "wire"), MARKED)
def test_every_marked_field_is_masked_in_its_models_repr(schema_name: str, wire: str) -> None:
    model = _instance(schema_name, **{wire: SENTINEL})
    text = repr(model)
    assert SENTINEL not in text and f"{attr_name(wire)}='***'" in text
    assert getattr(model, attr_name(wire)) == SENTINEL  # masked in the repr only


def test_an_unset_or_null_secret_is_not_shown_as_masked() -> None:
    assert "password" not in repr(_instance("PreWarmedUpMailbox", mailboxId="m1"))


def test_ids_named_like_secrets_stay_readable() -> None:
    assert (
        repr(_instance("PlatformCredentialId", credentialId="A1B2C3D4"))
        == "PlatformCredentialId(credential_id='A1B2C3D4')"
    )
    listing = _instance("ConnectedPlatform", connected=True, credentials=[{"credentialId": "C9", "email": "a@b.c"}])
    assert "credentials=[PlatformCredential(credential_id='C9', email='a@b.c')]" in repr(listing)
    mailbox = _instance("PreWarmedUpMailbox", mailboxId="m1", email="a@b.c", password=SENTINEL)
    assert repr(mailbox) == "PreWarmedUpMailbox(mailbox_id='m1', email='a@b.c', password='***')"


def test_unknown_fields_are_still_masked_by_their_name() -> None:
    mailbox = _instance("Mailbox", mailboxId="m1", smtpPassword=SENTINEL, profile={"apiKey": SENTINEL, "n": [1]}, ok=2)
    text = repr(mailbox)
    assert SENTINEL not in text
    assert "'smtpPassword': '***'" in text and "'apiKey': '***'" in text and "'ok': 2" in text
    updated = _instance("MailboxUpdatedEventData", updatedFields={"password": SENTINEL, "firstName": "Ann"})
    assert SENTINEL not in repr(updated) and "'firstName': 'Ann'" in repr(updated)


def test_no_id_is_marked_secret() -> None:
    assert not [wire for _, wire in MARKED if re.search(r"(^id|Id|_id|Ids)$", wire)]


def test_every_scalar_field_named_like_a_secret_is_marked() -> None:
    # Names the reprs used to mask by pattern: a scalar one (not an id, not a container of models) must carry the
    # mark, so that moving to marks unmasks nothing. `credentials` holds models that mask their own fields.
    unmarked = [
        f"{schema_name}.{wire}"
        for schema_name, schema in SPEC.schemas.items()
        for wire, prop in schema.get("properties", {}).items()
        if re.search(SECRET_NAME, wire, re.IGNORECASE)
        and not re.search(r"(Id|Ids)$", wire)
        and "$ref" not in prop
        and primary_type(prop) in ("string", "integer", "number")
        and prop.get("x-cmr-secret") is not True
    ]
    assert unmarked == []


def test_secret_fields_lists_the_wire_names_of_every_mark() -> None:
    assert SECRET_FIELDS == frozenset(wire for _, wire in MARKED) == frozenset(secret_fields(SPEC))
    assert isinstance(SECRET_FIELDS, frozenset)


def _spec(**schemas: Any) -> Spec:
    return Spec({"openapi": "3.1.0", "components": {"schemas": schemas}, "paths": {}})


def test_marks_are_found_in_inline_and_nested_properties_and_not_in_examples() -> None:
    spec = _spec(
        Outer={
            "type": "object",
            "properties": {
                "inner": {"type": "object", "properties": {"pin": {"type": "string", "x-cmr-secret": True}}},
                "a/b": {"type": "string", "x-cmr-secret": True},
                "id": {"type": "string"},
            },
            "example": {"x-cmr-secret": "not a schema"},
        }
    )
    assert secret_fields(spec) == ("a/b", "pin")


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "x-cmr-secret": True},  # on a schema, not a property
        {"type": "object", "properties": {"pin": {"type": "string", "x-cmr-secret": "yes"}}},
        {"type": "object", "properties": {"pin": {"type": "string", "x-cmr-secret": False}}},
    ],
)
def test_a_misplaced_or_non_true_mark_is_a_spec_error(schema: dict[str, Any]) -> None:
    with pytest.raises(SpecError, match="x-cmr-secret"):
        secret_fields(_spec(Thing=schema))
