# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives, how keys are sent, which fields are secret."""

from typing import Final

TITLE: Final = "Cold Mail Reseller Integration API"
SPEC_VERSION: Final = "2026.11.27"
SPEC_SHA256: Final = "0bc0d5d542027eb11ae342062e82a0d5e4d99da831ab89b7224d9dbafb9b6524"
BASE_URL: Final = "https://customers.coldmailreseller.com/api/v1/integration"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "cmr-x-api-key"
SANDBOX_API_KEY_HEADER: Final = "cmr-x-sandbox-api-key"
# The wire names (JSON keys) of every field the spec marks `x-cmr-secret: true`, in any schema: their values are
# masked wherever a body is shown (model reprs mask the same fields by attribute name).
SECRET_FIELDS: Final[frozenset[str]] = frozenset(("appPassword", "authenticatorSecret", "password"))
