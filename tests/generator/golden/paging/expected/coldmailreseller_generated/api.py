# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives and how keys are sent."""

from typing import Final

TITLE: Final = "Golden paging"
SPEC_VERSION: Final = "1"
SPEC_SHA256: Final = "52bf5f86fdb799c4337b35902a0d2fae58ed62adf9b35979a5f1085b5ea07589"
BASE_URL: Final = "https://api.example.test/v1"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "x-key"
SANDBOX_API_KEY_HEADER: Final = "x-sandbox-key"
