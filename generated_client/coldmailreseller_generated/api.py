# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives and how keys are sent."""

from typing import Final

TITLE: Final = "Cold Mail Reseller Integration API"
SPEC_VERSION: Final = "2026.11.27"
SPEC_SHA256: Final = "cb0b8f7bb0c4ed44fd386ed10cb63ab862cac639a8878506469a1a3cc9badfb7"
BASE_URL: Final = "https://customers.coldmailreseller.com/api/v1/integration"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "cmr-x-api-key"
SANDBOX_API_KEY_HEADER: Final = "cmr-x-sandbox-api-key"
