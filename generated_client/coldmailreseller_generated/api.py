# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives and how keys are sent."""

from typing import Final

TITLE: Final = "Cold Mail Reseller Integration API"
SPEC_VERSION: Final = "2026.11.27"
SPEC_SHA256: Final = "15046d91a2f6f71997204c1ecf0e0643224f22083d3ff3a71d224e55eefcfa4b"
BASE_URL: Final = "https://customers.coldmailreseller.com/api/v1/integration"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "cmr-x-api-key"
SANDBOX_API_KEY_HEADER: Final = "cmr-x-sandbox-api-key"
