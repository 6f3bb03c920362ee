# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The success answer of every operation, for `coldmailreseller.testing`'s fake CMR: the spec's documented
example where it has one, else the smallest envelope the spec allows. Only the testing kit imports this."""

from typing import Any

# operationId -> (HTTP status, envelope or None for an answer without a JSON body, documented upstream)
SUCCESS: dict[str, tuple[int, Any, bool]] = {
    "listGadgets": (200, {"status": 200, "data": [], "message": "Success"}, False),
}
