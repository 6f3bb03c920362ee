"""Every model of the API (users, domains, subscriptions, webhook events, ...), generated from the spec."""

from coldmailreseller_generated.models import *  # noqa: F403
from coldmailreseller_generated.models import __all__ as __all__
from coldmailreseller_generated.types import UNSET as UNSET
from coldmailreseller_generated.types import Unset as Unset
