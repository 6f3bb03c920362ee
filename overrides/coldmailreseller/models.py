"""Every model of the API (users, domains, subscriptions, webhook events, ...), generated from the spec; the
`...Dict` TypedDicts accepted wherever a request model is; `UNSET`, the value of a field left out, and
`value_or` to read an optional field with a default.

Each model is imported on first use: `from coldmailreseller.models import User` loads the User model only.
"""

from typing import TYPE_CHECKING

from coldmailreseller_generated import models as _generated
from coldmailreseller_generated import params as _params

from ._modelkit import UNSET as UNSET
from ._modelkit import Unset as Unset
from ._modelkit import value_or as value_or

__all__ = ["UNSET", "Unset", "value_or", *_generated.__all__, *_params.__all__]

if TYPE_CHECKING:
    from coldmailreseller_generated.models import *  # noqa: F403
    from coldmailreseller_generated.params import *  # noqa: F403
else:

    def __getattr__(name: str) -> object:
        value = getattr(_params if name in _params.__all__ else _generated, name)  # loads the model's module
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)
