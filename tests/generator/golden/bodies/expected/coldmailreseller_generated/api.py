# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives, how keys are sent, which fields are secret."""

from typing import Final

TITLE: Final = "Golden bodies"
SPEC_VERSION: Final = "1"
SPEC_SHA256: Final = "9787654ec380684b2827fe79ab6731cd0fcdcbad7fc898a10cda71006ba6ce99"
BASE_URL: Final = "https://api.example.test/v1"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "x-key"
SANDBOX_API_KEY_HEADER: Final = "x-sandbox-key"
# The wire names (JSON keys) of every field the spec marks `x-cmr-secret: true`, in any schema: their values are
# masked wherever a body is shown (model reprs mask the same fields by attribute name).
SECRET_FIELDS: Final[frozenset[str]] = frozenset(("gateCode", "pickupPin"))
