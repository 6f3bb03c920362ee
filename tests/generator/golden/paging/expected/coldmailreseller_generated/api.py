# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Facts of the spec the client reads at run time: where the API lives, how keys are sent, which fields are secret."""

from typing import Final

TITLE: Final = "Golden paging"
SPEC_VERSION: Final = "1"
SPEC_SHA256: Final = "52bf5f86fdb799c4337b35902a0d2fae58ed62adf9b35979a5f1085b5ea07589"
BASE_URL: Final = "https://api.example.test/v1"
# Header names of the two security schemes; production and sandbox keys are not interchangeable.
API_KEY_HEADER: Final = "x-key"
SANDBOX_API_KEY_HEADER: Final = "x-sandbox-key"
# The wire names (JSON keys) of every field the spec marks `x-cmr-secret: true`, in any schema: their values are
# masked wherever a body is shown (model reprs mask the same fields by attribute name).
SECRET_FIELDS: Final[frozenset[str]] = frozenset(())
