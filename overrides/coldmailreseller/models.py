"""Every model of the API (users, domains, subscriptions, webhook events, ...), generated from the spec, and
`UNSET`, the value of a field a response left out.

Each model is imported on first use: `from coldmailreseller.models import User` loads the User model only.
"""

from typing import TYPE_CHECKING

from coldmailreseller_generated import models as _generated

from ._modelkit import UNSET as UNSET
from ._modelkit import Unset as Unset

__all__ = ["UNSET", "Unset", *_generated.__all__]

if TYPE_CHECKING:
    from coldmailreseller_generated.models import *  # noqa: F403
else:

    def __getattr__(name: str) -> object:
        value = getattr(_generated, name)  # loads the model's module
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)
