"""Every `example` in the spec (parameters, headers, request and response bodies, webhook bodies, schemas)
is valid against its schema: Prism serves these examples, and the other tests send them."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from coldmailreseller_generated.examples import SUCCESS
from tests.support.spec import RAW, examples, plural_examples, response_schema, success_status, validation_errors

SPEC_URI = "urn:cmr:openapi"
EXAMPLES = examples()
# The whole spec is one JSON Schema resource, so "#/components/schemas/X" resolves inside it.
REGISTRY: Registry[Any] = Registry().with_resource(
    SPEC_URI, Resource.from_contents(RAW, default_specification=DRAFT202012)
)


def _validator(schema_pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"},
        registry=REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def test_examples_are_found_everywhere() -> None:
    ids = [example_id for example_id, _, _ in EXAMPLES]
    assert len(ids) == len(set(ids))
    assert any(i.startswith("webhook:") for i in ids)
    assert any(i.startswith("components/responses/") for i in ids)
    assert any(i.startswith("components/parameters/") for i in ids)
    assert any(i.startswith("components/schemas/") for i in ids)
    assert any("/requestBody/" in i and not i.startswith("webhook:") for i in ids)


def test_spec_uses_only_the_singular_example_keyword() -> None:
    """examples() reads `example` only; a plural `examples` would escape this suite."""
    assert plural_examples() == []


@pytest.mark.parametrize(("schema_pointer", "example"), [pytest.param(p, e, id=i) for i, p, e in EXAMPLES])
def test_example_matches_its_schema(schema_pointer: str, example: Any) -> None:
    errors = sorted(_validator(schema_pointer).iter_errors(example), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("operation_id", sorted(SUCCESS))
def test_the_generated_success_answers_match_their_schemas(operation_id: str) -> None:
    """coldmailreseller.testing answers stateless calls with these: documented examples or synthesized ones."""
    status, envelope, _documented = SUCCESS[operation_id]
    assert status == success_status(operation_id)
    assert validation_errors(response_schema(operation_id), envelope) == []
