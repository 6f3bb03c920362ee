# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives, how keys are sent, which fields are secret."""

from typing import Final

TITLE: Final = "Cold Mail Reseller Integration API"
SPEC_VERSION: Final = "2026.11.27"
SPEC_SHA256: Final = "66b99fca657d4d3822ccaea18ce51fafec98dc25db5213d82fdfc99c0a4defcc"
BASE_URL: Final = "https://customers.coldmailreseller.com/api/v1/integration"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "cmr-x-api-key"
SANDBOX_API_KEY_HEADER: Final = "cmr-x-sandbox-api-key"
# The wire names (JSON keys) of every field the spec marks `x-cmr-secret: true`, in any schema: their values are
# masked wherever a body is shown (model reprs mask the same fields by attribute name).
SECRET_FIELDS: Final[frozenset[str]] = frozenset(("appPassword", "authenticatorSecret", "password"))
