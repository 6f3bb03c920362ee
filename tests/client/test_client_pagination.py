"""iter(): pages are fetched one after another and iteration always ends, whatever the server claims (the
scripted stand-in plays the servers that claim odd things)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from coldmailreseller.models import PreWarmupDomain, Subscription
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import Driver, ScriptedCMR, ok


def subscriptions(page: int, count: int) -> list[dict[str, str]]:
    return [{"subscriptionId": f"s{page}-{i}"} for i in range(count)]


def paged(
    total_pages: int, per_page: int = 2, *, next_page_on_last: bool = False, stop_after: int | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """A server that answers `page=N` with page N of `total_pages` (empty from `stop_after` on)."""

    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        count = 0 if stop_after is not None and page > stop_after else per_page
        last = page >= total_pages
        pagination = {
            "currentPage": page,
            "totalPages": total_pages,
            "nextPage": page + 1 if next_page_on_last or not last else None,
        }
        return ok({"subscriptions": subscriptions(page, count), "pagination": pagination})(request)

    return reply


def pages_requested(fake: ScriptedCMR) -> list[str]:
    return [request.url.params["page"] for request in fake.requests]


def test_iter_walks_every_page_then_stops(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    ids = [cmr_fake.seed_subscription(user_id, f"d{n}.com") for n in range(6)]
    cmr_fake.seed_subscription(user_id, "gone.com", status="CANCELLED")
    items = drive.collect(drive.kit(cmr_fake).subscriptions.iter(status="ACTIVE", limit=2))
    assert all(isinstance(item, Subscription) for item in items)
    assert [item.subscription_id for item in items] == ids
    requests = cmr_fake.calls("listSubscriptions")
    assert [request.url.params["page"] for request in requests] == ["1", "2", "3"]
    # Filters are sent with every page.
    assert {request.url.params["status"] for request in requests} == {"ACTIVE"}
    assert {request.url.params["limit"] for request in requests} == {"2"}


def test_next_page_on_the_last_page_is_ignored(drive: Driver) -> None:
    # Documented quirk: the example sets nextPage on the last page; totalPages is what counts.
    fake = ScriptedCMR(paged(total_pages=1, next_page_on_last=True))
    items = drive.collect(drive.client(fake).subscriptions.iter())
    assert len(items) == 2
    assert fake.calls == 1


def test_an_empty_page_ends_iteration(drive: Driver) -> None:
    fake = ScriptedCMR(paged(total_pages=5, stop_after=2))
    items = drive.collect(drive.client(fake).subscriptions.iter())
    assert len(items) == 4
    assert pages_requested(fake) == ["1", "2", "3"]


def test_endless_total_pages_with_empty_items_stops(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"subscriptions": [], "pagination": {"currentPage": 1, "totalPages": 10**9, "nextPage": 2}}))
    assert drive.collect(drive.client(fake).subscriptions.iter()) == []
    assert fake.calls == 1


def test_page_without_paging_information_is_the_only_page(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"subscriptions": subscriptions(1, 3)}))
    assert len(drive.collect(drive.client(fake).subscriptions.iter())) == 3
    assert fake.calls == 1


def test_inventory_pages_read_paging_fields_beside_the_items(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr_fake.seed_prewarmup_domain("d1.com")
    cmr_fake.seed_prewarmup_domain("d2.com")
    items = drive.collect(drive.kit(cmr_fake).prewarmup.iter(limit=1))
    assert [type(item) for item in items] == [PreWarmupDomain, PreWarmupDomain]
    assert [item.domain for item in items] == ["d1.com", "d2.com"]
    assert len(cmr_fake.calls("listPreWarmupMailboxes")) == 2


def test_iter_is_lazy(drive: Driver, cmr_fake: FakeCMR) -> None:
    drive.kit(cmr_fake).subscriptions.iter()
    assert cmr_fake.requests == []


def test_server_ignoring_the_page_parameter_does_not_loop(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"subscriptions": subscriptions(1, 2), "pagination": {"currentPage": 1, "totalPages": 2}}))
    items = drive.collect(drive.client(fake).subscriptions.iter(), limit=20)  # bounded even if the client loops
    assert len(items) <= 4
    assert fake.calls <= 2
