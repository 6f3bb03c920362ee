"""Which operation a request is, and what the fake answers to it.

Operations with state have a handler here. The rest answer the spec's documented example, or the smallest answer
the spec allows (`coldmailreseller_generated.examples`). Before any handler runs, the request has passed the
spec's checks, and the ids it names have been looked up: a `userId` must be a user of the fake and a `mailboxId`
one of its mailboxes (of that user when both are sent), or the answer is 404.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from coldmailreseller_generated.examples import SUCCESS
from coldmailreseller_generated.operations import OPERATIONS

from .._runtime import Operation
from ._reply import Rejected, not_found
from ._state import Credential, DnsRecord, Order, State, Subscription, timestamp
from ._validate import check_body, check_query

T = TypeVar("T")
Answer = tuple[int, dict[str, Any]]
Handler = Callable[["Call"], Answer]

ROUTES: dict[tuple[str, str], Operation[Any]] = {(op.http_method, op.path): op for op in OPERATIONS.values()}
HANDLERS: dict[str, Handler] = {}
_ABSENT: Any = object()
# Page sizes when the request gives none: the subscriptions page documents 50, the rest follow the API-wide 20.
_DEFAULT_LIMIT = 20
_SUBSCRIPTIONS_LIMIT = 50
# The sandbox guide's test domains, by provider.
SANDBOX_DOMAINS = {
    "sandbox.nexora-tech.com": "GOOGLE",
    "mail-sandbox.brightplathlabs.com": "GOOGLE",
    "sandbox-mail.corevista.io": "MICROSOFT",
    "sandbox.stratospherehq.com": "MICROSOFT",
}
_DMARC_HOST = "_dmarc"


@dataclass
class Call:
    """A request that passed the checks: its operation, and the declared parameters and body fields it sent, by
    wire name (no operation uses one name in both places)."""

    op: Operation[Any]
    args: dict[str, Any]
    state: State

    @property
    def user_id(self) -> str:
        return str(self.args["userId"])

    def ok(self, data: Any = _ABSENT, *, message: str | None = None) -> Answer:
        """The operation's success answer, shaped like its example, with this call's `data` and a new actionId."""
        status, example, _ = SUCCESS[self.op.operation_id]
        envelope: dict[str, Any] = copy.deepcopy(example)
        if data is not _ABSENT:
            envelope["data"] = data
        if message is not None:
            envelope["message"] = message
        if self.op.has_action_id:
            envelope["actionId"] = self.state.ids.action()
        return status, envelope


def route(base: httpx.URL, request: httpx.Request) -> Operation[Any] | None:
    """The operation of the spec this request is for, or None when no path of the API matches it."""
    url = request.url
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port) or not url.path.startswith(base.path):
        return None
    return ROUTES.get((request.method, url.path[len(base.path) :]))


def answer(state: State, op: Operation[Any], request: httpx.Request) -> Answer:
    args = check_query(op, request.url.params)
    body = check_body(op, request)
    args.update((f.wire, body[f.wire]) for f in op.fields if f.location == "body" and f.wire in body)
    call = Call(op, args, state)
    # A wrong userId gives "The requested user does not exist."; the guide notes that the domain list answers an
    # empty list instead.
    if "userId" in args and op.operation_id != "listUserDomains":
        state.user(call.user_id)
    if "mailboxId" in args:
        state.mailbox(str(args["mailboxId"]), args.get("userId"))
    handler = HANDLERS.get(op.operation_id)
    if handler is None:
        status, example, _ = SUCCESS[op.operation_id]
        return status, copy.deepcopy(example)
    return handler(call)


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    assert operation_id in OPERATIONS, operation_id

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def _page(items: list[T], page: int, limit: int) -> tuple[list[T], int]:
    """One page of `items`, and the number of pages (at least one: an empty list still has its page 1)."""
    return items[(page - 1) * limit : page * limit], max(1, math.ceil(len(items) / limit))


def _pagination(count: int, page: int, pages: int) -> dict[str, Any]:
    return {
        "totalSearchedCount": count,
        "currentPage": page,
        "nextPage": page + 1 if page < pages else None,
        "totalPages": pages,
    }


# -- users -------------------------------------------------------------------------------------------------------


@handles("createUser")
def _create_user(call: Call) -> Answer:
    return call.ok(call.state.add_user(dict(call.args)))


@handles("getUser")
def _get_user(call: Call) -> Answer:
    return call.ok(call.state.user(call.user_id))


@handles("updateUser")
def _update_user(call: Call) -> Answer:
    call.state.user(call.user_id).update((key, value) for key, value in call.args.items() if key != "userId")
    return call.ok()


@handles("deleteUser")
def _delete_user(call: Call) -> Answer:
    call.state.delete_user(call.user_id)
    return call.ok()


@handles("listUsers")
def _list_users(call: Call) -> Answer:
    # Upstream names neither the array nor its paging. The client reads the one array in `data` (a full page may
    # have a successor), so the fake answers that array only, under the one name it has to make up: `users`.
    page, limit = call.args.get("page", 1), call.args.get("limit", _DEFAULT_LIMIT)
    chunk, _ = _page(list(call.state.users.values()), page, limit)
    return call.ok({"users": chunk})


# -- geo -----------------------------------------------------------------------------------------------------------


@handles("listCountries")
def _list_countries(call: Call) -> Answer:
    return call.ok(dict(call.state.countries))


@handles("listStates")
def _list_states(call: Call) -> Answer:
    # A country without states (or unknown) answers an empty map: upstream documents no error for it.
    return call.ok(dict(call.state.states.get(str(call.args["countryCode"]), {})))


# -- domains -----------------------------------------------------------------------------------------------------


@handles("listUserDomains")
def _list_domains(call: Call) -> Answer:
    return call.ok([domain.wire() for domain in call.state.domains.values() if domain.user_id == call.user_id])


@handles("setDomainAutoRenew")
def _set_domain_auto_renew(call: Call) -> Answer:
    domains = [call.state.domain(call.user_id, name) for name in call.args["domains"]]
    flag = bool(call.args["autoRenew"])
    for domain in domains:
        domain.auto_renew = flag
    count = len(domains)
    message = f"Auto-renew toggled {'on' if flag else 'off'} for {count} domain{'' if count == 1 else 's'}."
    return call.ok([domain.wire() for domain in domains], message=message)


@handles("getDomainRenewalPrice")
def _renewal_price(call: Call) -> Answer:
    # CMR's prices are not published: every domain renews at the documented example's price.
    price = SUCCESS["getDomainRenewalPrice"][1]["data"][0]["renewalPrice"]
    quotes = []
    for name in call.args["domains"]:
        domain = call.state.domain(call.user_id, name)
        quotes.append({**domain.wire(), "years": 1, "renewalPrice": price, "expireOn": timestamp(domain.expires)})
    return call.ok(quotes)


# -- DNS -----------------------------------------------------------------------------------------------------------


def _record(call: Call, record_id: str) -> DnsRecord:
    record = call.state.records.get(record_id)
    if record is None or record.user_id != call.user_id:
        raise not_found("DNS record")
    return record


@handles("getDnsRecords")
def _get_records(call: Call) -> Answer:
    domain = call.state.domain(call.user_id, call.args["domain"])
    records = [r.wire() for r in call.state.records.values() if r.user_id == call.user_id and r.domain == domain.name]
    return call.ok({"records": records, "disabledRecords": []})


@handles("addDnsRecord")
def _add_records(call: Call) -> Answer:
    domain = call.state.domain(call.user_id, call.args["domain"])
    records: list[dict[str, Any]] = call.args["records"]
    for index, record in enumerate(records):
        host = record["host"]
        dmarc = record["recordType"].upper() == "TXT" and (host == _DMARC_HOST or host.startswith(_DMARC_HOST + "."))
        if "excludedDMARCtags" in record and not dmarc:
            # Documented: the field is for DMARC TXT records only; anything else is a 400.
            raise Rejected(400, f"records[{index}].excludedDMARCtags: only for a TXT record on _dmarc")
    for record in records:
        record_id = call.state.ids.entity()
        call.state.records[record_id] = DnsRecord(
            record_id, call.user_id, domain.name, record["host"], record["value"], record["recordType"]
        )
    return call.ok()


@handles("updateDnsRecord")
def _update_record(call: Call) -> Answer:
    record = _record(call, call.args["recordId"])
    if record.domain != call.args["domain"]:
        raise not_found("DNS record")
    record.host, record.value, record.record_type = call.args["host"], call.args["value"], call.args["recordType"]
    return call.ok()


@handles("deleteDnsRecord")
def _delete_record(call: Call) -> Answer:
    del call.state.records[_record(call, call.args["recordId"]).record_id]
    return call.ok()


# -- orders ----------------------------------------------------------------------------------------------------


def _order(call: Call, **fields: Any) -> Order:
    order = Order(
        order_id=call.state.ids.entity(),
        user_id=call.user_id,
        mailboxes=call.args["mailboxes"],
        # GOOGLE is the documented default provider; the guide says `confirm: false` only creates the order.
        service_provider=call.args.get("serviceProvider", "GOOGLE"),
        auto_renew=call.args.get("autoRenew", False),
        confirmed=call.args.get("confirm", True),
        placed=call.state.now(),
        **fields,
    )
    call.state.orders[order.order_id] = order
    return order


@handles("createOrderJson")
def _create_order(call: Call) -> Answer:
    names = [item["domain"] for item in call.args["domains"]]
    for key in call.args["mailboxes"]:
        if key not in names:
            raise Rejected(422, f"mailboxes.{key}: not one of the order's domains")
    available: list[dict[str, Any]] = []
    unavailable: list[str] = []
    for item in call.args["domains"]:
        if call.state.taken(item["domain"]) or any(item["domain"] == other["domain"] for other in available):
            unavailable.append(item["domain"])
        else:
            available.append(item)
    order = _order(call, domains=available)
    order.mailboxes = {key: value for key, value in order.mailboxes.items() if key not in unavailable}
    return call.ok({"orderId": order.order_id, "unavailableDomains": unavailable})


@handles("createMailboxOrder")
def _create_mailbox_order(call: Call) -> Answer:
    subscription: Subscription | None = None
    if "subscriptionId" in call.args:
        subscription = call.state.subscription(call.args["subscriptionId"])
        if subscription.user_id != call.user_id:
            raise not_found("subscription")
        if subscription.status != "ACTIVE":
            raise Rejected(422, "subscriptionId: the subscription is not active")
        domain = subscription.domain
    else:
        domain = call.state.domain_by_id(call.user_id, call.args["domainId"])
        if any(s.domain is domain and s.status == "ACTIVE" for s in call.state.subscriptions.values()):
            raise Rejected(422, "domainId: the domain has an active subscription; order with its subscriptionId")
    for key in call.args["mailboxes"]:
        if key != domain.name:
            raise Rejected(422, f"mailboxes.{key}: not the domain of this order")
    if subscription is not None:
        order = _order(call, subscription_id=subscription.subscription_id)
        order.service_provider = subscription.service_provider
    else:
        order = _order(call, domain_id=domain.domain_id)
    return call.ok({"orderId": order.order_id, "unavailableDomains": []})


@handles("getOrderStatus")
def _order_status(call: Call) -> Answer:
    # Upstream documents neither the fields nor the states of an order's status: the fake answers none.
    order = call.state.orders.get(call.args["orderId"])
    if order is None or order.user_id != call.user_id:
        raise not_found("order")
    return call.ok({})


# -- mailboxes -------------------------------------------------------------------------------------------------


@handles("listMailboxes")
def _list_mailboxes(call: Call) -> Answer:
    return call.ok([mailbox.wire() for mailbox in call.state.mailboxes.values()])


@handles("listUserMailboxes")
def _list_user_mailboxes(call: Call) -> Answer:
    return call.ok([m.wire() for m in call.state.mailboxes.values() if m.user_id == call.user_id])


@handles("getMailbox")
def _get_mailbox(call: Call) -> Answer:
    return call.ok(call.state.mailbox(call.args["mailboxId"]).wire())


@handles("getMailboxAdminDetails")
def _get_mailbox_admin(call: Call) -> Answer:
    # Upstream documents no field of the admin details: the fake checks the ids and answers none.
    call.state.mailbox(call.args["mailboxId"], call.user_id)
    return call.ok({})


def _update_mailbox(call: Call, update: dict[str, Any]) -> None:
    mailbox = call.state.mailbox(update["mailboxId"], call.user_id)
    changed = {key: value for key, value in update.items() if key != "mailboxId"}
    if "userName" in changed:
        mailbox.username = changed["userName"]
    mailbox.first_name = changed.get("firstName", mailbox.first_name)
    mailbox.last_name = changed.get("lastName", mailbox.last_name)
    mailbox.profile_picture = changed.get("profilePicture", mailbox.profile_picture)
    if changed.get("removeProfilePicture"):
        mailbox.profile_picture = None
    # The documented payload is `updatedFields` with the fields that changed, whose names upstream does not give:
    # the fake sends the object without guessing them.
    call.state.emit("mailbox.updated", {"updatedFields": {}})


@handles("updateMailboxDetails")
def _update_mailboxes(call: Call) -> Answer:
    updates = call.args["mailboxData"]
    if isinstance(updates, dict):
        _update_mailbox(call, updates)
        return call.ok()
    # The bulk form answers per mailbox, as the guide shows.
    results = []
    for update in updates:
        try:
            _update_mailbox(call, update)
        except Rejected as refused:
            results.append({"mailboxId": update["mailboxId"], "success": False, "message": refused.message})
        else:
            results.append({"mailboxId": update["mailboxId"], "success": True})
    return call.ok(results)


@handles("removeMailbox")
def _remove_mailbox(call: Call) -> Answer:
    del call.state.mailboxes[call.args["mailboxId"]]
    return call.ok()


# -- subscriptions ---------------------------------------------------------------------------------------------


@handles("listSubscriptions")
def _list_subscriptions(call: Call) -> Answer:
    args, state = call.args, call.state
    wanted = [
        sub
        for sub in state.subscriptions.values()
        if args.get("status", sub.status) == sub.status
        and args.get("componentSubscriptionId", sub.subscription_id) == sub.subscription_id
        and args.get("domain", sub.domain.name) == sub.domain.name
    ]
    page, limit = args.get("page", 1), args.get("limit", _SUBSCRIPTIONS_LIMIT)
    chunk, pages = _page(wanted, page, limit)
    return call.ok(
        {
            "subscriptions": [sub.wire(state.quantity(sub)) for sub in chunk],
            "pagination": _pagination(len(wanted), page, pages),
        }
    )


@handles("renewSubscriptions")
def _renew_subscriptions(call: Call) -> Answer:
    # Queued, as the docs answer ("added for renewal"): done by `auto_complete` after its delay, never otherwise.
    subscriptions = [call.state.subscription(subscription_id) for subscription_id in call.args["subscriptionIds"]]
    call.state.renewals += [(subscription.subscription_id, call.state.now()) for subscription in subscriptions]
    return call.ok()


@handles("cancelSubscription")
def _cancel_subscription(call: Call) -> Answer:
    if "subscriptionId" in call.args:
        subscription = call.state.subscription(call.args["subscriptionId"])
    elif "domain" in call.args:
        live = [s for s in call.state.subscriptions.values() if s.domain.name == call.args["domain"]]
        if not live:
            raise not_found("subscription")
        subscription = next((s for s in live if s.status != "CANCELLED"), live[-1])
    else:
        # The docs require one of the two, which the spec cannot say without making both optional fields required.
        raise Rejected(400, "Please provide a subscriptionId or a domain")
    call.state.cancel(subscription)
    return call.ok()


# -- exports ---------------------------------------------------------------------------------------------------


def _credential(call: Call) -> Credential:
    credential = call.state.credentials.get(call.args["credentialId"])
    if credential is None or credential.user_id != call.user_id:
        raise not_found("credential")
    return credential


@handles("listPlatformCredentials")
def _list_credentials(call: Call) -> Answer:
    platforms: dict[str, Any] = {}
    for credential in call.state.credentials.values():
        if credential.user_id == call.user_id:
            entry = platforms.setdefault(credential.app, {"connected": True, "credentials": []})
            entry["credentials"].append(credential.wire())
    return call.ok(platforms)


@handles("addPlatformCredential")
def _add_credential(call: Call) -> Answer:
    # The live login check against the platform always passes here; `fail_next` stands in for a failed one.
    credential = Credential(
        call.state.ids.credential(),
        call.user_id,
        call.args["app"],
        call.state.now(),
        email=call.args["credentials"].get("email"),
        metadata=call.args.get("metadata"),
    )
    call.state.credentials[credential.credential_id] = credential
    return call.ok({"credentialId": credential.credential_id})


@handles("deletePlatformCredential")
def _delete_credential(call: Call) -> Answer:
    del call.state.credentials[_credential(call).credential_id]
    return call.ok()


@handles("exportMailboxes")
def _export_mailboxes(call: Call) -> Answer:
    _credential(call)
    for mailbox_id in call.args.get("componentMailboxIds") or call.args["mailboxIds"]:
        call.state.mailbox(mailbox_id, call.user_id)
    return call.ok()


# -- pre-warmup and placement ------------------------------------------------------------------------------------


@handles("listPreWarmupMailboxes")
def _list_inventory(call: Call) -> Answer:
    args = call.args
    wanted = [
        entry
        for entry in call.state.inventory.values()
        if args.get("serviceProvider", entry.service_provider) == entry.service_provider
        and args.get("contains", "") in entry.name
    ]
    page, limit = args.get("page", 1), args.get("limit", _DEFAULT_LIMIT)
    chunk, pages = _page(wanted, page, limit)
    return call.ok(
        {
            "inventory": [entry.wire() for entry in chunk],
            "currentPage": page,
            "totalPages": pages,
            "totalDomains": len(wanted),
            "totalMailboxes": sum(len(entry.usernames) for entry in wanted),
        }
    )


@handles("orderPreWarmupMailboxes")
def _order_prewarmup(call: Call) -> Answer:
    domains = [item["domain"] for item in call.args["order"]]
    call.state.order_prewarmup(call.user_id, domains, call.args["serviceProvider"], call.args.get("autoRenew", False))
    return call.ok()


@handles("sandboxListPreWarmupMailboxes")
def _sandbox_inventory(call: Call) -> Answer:
    inventory = [{"domain": name} for name in SANDBOX_DOMAINS]
    return call.ok({"inventory": inventory, "currentPage": 1, "totalPages": 1, "totalDomains": len(inventory)})


@handles("sandboxOrderPreWarmupMailboxes")
def _sandbox_order(call: Call) -> Answer:
    provider = call.args["serviceProvider"]
    domains = [item["domain"] for item in call.args["order"]]
    for index, name in enumerate(domains):
        if SANDBOX_DOMAINS.get(name) != provider:
            raise Rejected(422, f"order[{index}].domain: not a {provider} sandbox domain")
    # The documented scenarios: everything succeeds, everything fails, or the first domain fails.
    scenario = call.args.get("scenario", "success")
    failing = {"success": 0, "partial_failure": 1, "full_failure": len(domains)}[scenario]
    head = {"orderId": call.state.ids.entity(), "serviceProvider": provider}
    if failing < len(domains):
        details = [{"domain": name} for name in domains[failing:]]
        call.state.emit("prewarmup.order.success", {**head, "mailboxDetails": details})
    if failing:
        call.state.emit("prewarmup.order.failed", {})  # its fields are not published (see State.order_prewarmup)
    return call.ok()


@handles("createPlacementTest")
def _create_placement_test(call: Call) -> Answer:
    for mailbox_id in call.args["mailboxIds"]:
        call.state.mailbox(mailbox_id, call.user_id)
    return call.ok({"orderId": call.state.ids.entity()})
