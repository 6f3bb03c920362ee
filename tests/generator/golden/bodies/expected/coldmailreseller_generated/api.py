# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives and how keys are sent."""

from typing import Final

TITLE: Final = "Golden bodies"
SPEC_VERSION: Final = "1"
SPEC_SHA256: Final = "44f6dffb6c5aeacee9a6894443f31ba091ed4be39df01a96cbe33707030d4e7f"
BASE_URL: Final = "https://api.example.test/v1"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "x-key"
SANDBOX_API_KEY_HEADER: Final = "x-sandbox-key"
