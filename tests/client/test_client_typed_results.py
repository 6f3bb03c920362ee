"""Typed results wherever the docs show a shape (issue 19, item 5): the users page holds `User` models, the two
export reads whose answer upstream never published return their `data` as raw JSON instead of None, the platform
of a credential is one of the documented identifiers and its login is checked before sending, and every page/limit
list has an iterator (the placement reports included)."""

from __future__ import annotations

import copy
import typing
from typing import Any

import pytest

from coldmailreseller import InvalidArgumentError, ResponseValidationError
from coldmailreseller._results import PlacementReportsPage, UsersPage
from coldmailreseller.models import PlacementReport, User
from coldmailreseller.testing import FakeCMR
from coldmailreseller_generated.operations import OPERATIONS
from coldmailreseller_generated.resources.exports import Exports
from coldmailreseller_generated.resources.placement import AsyncPlacement, Placement
from coldmailreseller_generated.resources.users import Users
from generator import api_model
from generator.api_model import SpecError
from generator.spec import Spec
from tests.client.scripted import Driver, ScriptedCMR, ok
from tests.support.spec import SPEC

REPORT = {
    "orderId": "7K2M9P4Q1R8S5T3U6V0W2X4Y8Z1A",
    "status": "PENDING",
    "spamassassin": True,
    "blacklist": True,
    "mailboxCount": 1,
    "mailboxes": [{"placementOrderId": "3N5P7Q9R1S4T6U8V", "fromEmail": "john@acme.com", "status": "PENDING"}],
}


def _users(start: int, count: int) -> list[dict[str, str]]:
    return [{"id": f"u{n}", "email": f"u{n}@x.test"} for n in range(start, start + count)]


# -- users.list: a page of User models ----------------------------------------------------------------------------


def test_users_list_returns_user_models(drive: Driver, cmr_fake: FakeCMR) -> None:
    ids = [cmr_fake.seed_user() for _ in range(3)]
    page = drive.run(drive.kit(cmr_fake).users.list(limit=2))
    assert isinstance(page, UsersPage)
    assert all(isinstance(user, User) for user in page.users) and [u.id for u in page.users] == ids[:2]
    assert page.items == page.users and page.request_id is not None
    # The kit names the array `users` (upstream never published a name); the page says where it found it.
    assert page.array == "users"


def test_users_list_reads_the_one_array_whatever_its_name(drive: Driver) -> None:
    reply = ok({"customers": _users(0, 2), "pagination": {"currentPage": 1, "totalPages": 3}}, message="Fetched")
    page = drive.run(drive.client(ScriptedCMR(reply)).users.list())
    assert [u.id for u in page.users] == ["u0", "u1"] and page.array == "customers"
    assert (page.current_page, page.total_pages, page.message) == (1, 3, "Fetched")
    assert page.additional_properties["customers"] == _users(0, 2)  # data as sent, as the open model kept it


def test_users_list_paging_state_beside_the_array(drive: Driver) -> None:
    page = drive.run(drive.client(ScriptedCMR(ok({"users": [], "currentPage": 2, "totalPages": 2}))).users.list())
    assert (page.users, page.current_page, page.total_pages) == ([], 2, 2)


@pytest.mark.parametrize(
    "data",
    [{}, {"a": _users(0, 1), "b": _users(1, 1)}, {"count": 3}],
    ids=["no array", "two arrays", "no list at all"],
)
def test_users_list_without_one_array_is_an_empty_page(drive: Driver, data: dict[str, Any]) -> None:
    page = drive.run(drive.client(ScriptedCMR(ok(data))).users.list())
    assert page.users == [] and page.array is None and page.data == data


def test_users_list_checks_each_user(drive: Driver) -> None:
    bad = ok({"users": [{"id": 7}]})
    with pytest.raises(ResponseValidationError, match=r"/data/users/\*/id"):
        drive.run(drive.client(ScriptedCMR(bad)).users.list())


def test_users_list_data_that_is_not_an_object_is_refused(drive: Driver) -> None:
    with pytest.raises(ResponseValidationError, match="listUsers"):
        drive.run(drive.client(ScriptedCMR(ok(_users(0, 2)))).users.list())


def test_users_iter_still_reads_every_page(drive: Driver, cmr_fake: FakeCMR) -> None:
    ids = [cmr_fake.seed_user() for _ in range(5)]
    users = drive.collect(drive.kit(cmr_fake).users.iter(limit=2))
    assert [u.id for u in users] == ids


def test_the_page_repr_shows_the_users_once() -> None:
    page = UsersPage([], "users", None, None, {"users": []}, "Success", "r1")
    assert repr(page).count("users") == 1 and "data=" not in repr(page)


# -- raw JSON where upstream never published the shape ----------------------------------------------------------


@pytest.mark.parametrize("data", [{"organizations": [{"id": "o1"}]}, [{"id": "o1"}]], ids=["object", "array"])
def test_list_workspaces_returns_the_data_as_sent(drive: Driver, data: Any) -> None:
    result = drive.run(drive.client(ScriptedCMR(ok(data))).exports.list_workspaces(credential_id="C1"))
    assert result == data


def test_validate_mailbox_returns_the_data_as_sent(drive: Driver) -> None:
    data = {"smtp": "ok", "dns": {"spf": True}}
    result = drive.run(drive.client(ScriptedCMR(ok(data))).exports.validate_mailbox(user_id="U1"))
    assert result == data


def test_an_answer_without_data_is_none(drive: Driver) -> None:
    reply = ok(message="Mailbox is valid")
    assert drive.run(drive.client(ScriptedCMR(reply)).exports.validate_mailbox(user_id="U1")) is None


def test_the_kit_answers_both_with_json(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    cmr = drive.kit(cmr_fake)
    assert drive.run(cmr.exports.list_workspaces(credential_id="C1")) == {}
    assert drive.run(cmr.exports.validate_mailbox(user_id=user_id)) == {}


def test_raw_json_annotations() -> None:
    for method in (Exports.list_workspaces, Exports.validate_mailbox):
        hints = typing.get_type_hints(method)
        assert hints["return"] == dict[str, Any] | list[Any] | None


# -- the platform of a credential, and its login ----------------------------------------------------------------


@pytest.mark.parametrize("app", ["emailbison", "INSTANTLY", ""])
def test_an_undocumented_platform_is_refused_before_sending(drive: Driver, app: str) -> None:
    fake = ScriptedCMR()
    cmr = drive.client(fake)
    with pytest.raises(InvalidArgumentError, match="app: must be one of 'EMAILBISON', 'SMARTLEAD'"):
        drive.run(cmr.exports.add_credential(user_id="U1", app=app, credentials={"email": "a@b.c", "password": "p"}))
    assert fake.calls == 0


@pytest.mark.parametrize(
    ("credentials", "missing"),
    [({}, "email"), ({"email": "a@b.c"}, "password"), ({"password": "p"}, "email")],
)
def test_a_login_without_its_fields_is_refused_before_sending(
    drive: Driver, credentials: dict[str, str], missing: str
) -> None:
    fake = ScriptedCMR()
    with pytest.raises(InvalidArgumentError, match=f"credentials.{missing}: missing required key"):
        drive.run(drive.client(fake).exports.add_credential(user_id="U1", app="EMAILBISON", credentials=credentials))
    assert fake.calls == 0


@pytest.mark.parametrize("app", ["EMAILBISON", "SMARTLEAD"])
def test_documented_platforms_are_sent(drive: Driver, cmr_fake: FakeCMR, app: str) -> None:
    user_id = cmr_fake.seed_user()
    cmr = drive.kit(cmr_fake)
    stored = drive.run(
        cmr.exports.add_credential(user_id=user_id, app=app, credentials={"email": "a@b.c", "password": "p"})
    )
    assert stored.credential_id
    platforms = drive.run(cmr.exports.list_credentials(user_id=user_id))
    assert app in platforms.additional_properties or app in platforms.to_dict()


def test_the_platform_annotation_is_a_literal() -> None:
    hint = typing.get_type_hints(Exports.add_credential)["app"]
    assert typing.Literal["EMAILBISON", "SMARTLEAD"] in typing.get_args(hint)


# -- every page/limit list has an iterator ----------------------------------------------------------------------


def test_every_page_limit_operation_is_paged() -> None:
    from coldmailreseller_generated.operations import PAGES

    paged = {
        op_id
        for op_id, op in OPERATIONS.items()
        if {"page", "limit"} <= {f.wire for f in op.fields if f.location == "query"}
    }
    assert paged == set(PAGES) == {"listUsers", "listSubscriptions", "listPreWarmupMailboxes", "listPlacementReports"}


def test_placement_reports_page_and_iterator(drive: Driver) -> None:
    fake = ScriptedCMR(
        ok({"reports": [REPORT], "pagination": {"currentPage": 1, "totalPages": 2}}),
        ok({"reports": [REPORT], "pagination": {"currentPage": 2, "totalPages": 2}}),
        ok({"reports": [REPORT], "pagination": {"currentPage": 1, "totalPages": 2}}),
    )
    cmr = drive.client(fake)
    page = drive.run(cmr.placement.list_reports(user_id="U1", limit=1))
    assert isinstance(page, PlacementReportsPage) and isinstance(page.reports[0], PlacementReport)
    assert page.reports[0].order_id == REPORT["orderId"] and page.total_pages == 2
    reports = drive.collect(cmr.placement.iter_reports(user_id="U1", order_id="O1", limit=1))
    assert len(reports) == 2 and all(isinstance(r, PlacementReport) for r in reports)
    assert [fake.requests[i].url.params["page"] for i in (1, 2)] == ["1", "2"]
    assert fake.requests[1].url.params["orderId"] == "O1"


def test_placement_iterator_signatures() -> None:
    for cls in (Placement, AsyncPlacement):
        assert "page" not in typing.get_type_hints(cls.iter_reports)
    assert typing.get_type_hints(Placement.list_reports)["return"] is PlacementReportsPage
    assert typing.get_type_hints(Users.list)["return"] is UsersPage


def test_the_kit_answers_an_empty_report_page(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    cmr = drive.kit(cmr_fake)
    page = drive.run(cmr.placement.list_reports(user_id=user_id))
    assert page.reports == [] and drive.collect(cmr.placement.iter_reports(user_id=user_id)) == []


# -- the generator keeps it so ------------------------------------------------------------------------------------


def _spec_without(op_id: str, key: str) -> Spec:
    raw = copy.deepcopy(SPEC.raw)
    for methods in raw["paths"].values():
        for node in methods.values():
            if isinstance(node, dict) and node.get("operationId") == op_id:
                del node[key]
    return Spec(raw)


def test_a_page_limit_operation_without_an_iterator_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="listPlacementReports: takes page and limit but has no x-cmr-paginate"):
        api_model.build(_spec_without("listPlacementReports", "x-cmr-paginate"))


def test_unmodelled_data_is_typed_by_its_declared_json_types() -> None:
    api = api_model.build(SPEC)
    json_types = {op.operation_id: op.data.json for op in api.operations if op.data.json}
    assert json_types == {"listPlatformWorkspaces": ("object", "array"), "validateMailbox": ("object", "array")}
    names = {op.operation_id: op.iter_name for op in api.pagings}
    assert names["listPlacementReports"] == "iter_reports" and names["listUsers"] == "iter"


def test_a_convention_page_needs_its_item_model_generated() -> None:
    spec = copy.deepcopy(SPEC.raw)
    del spec["components"]["schemas"]["PlacementReportPage"]["x-cmr-items"]
    with pytest.raises(SpecError, match="PlacementReport is generated only if"):
        api_model.build(Spec(spec))


def test_a_page_result_needs_the_convention_marker() -> None:
    spec = _spec_without("listUsers", "x-cmr-paginate")
    node = spec.raw["paths"]["/users/list"]["get"]
    node["parameters"] = [p for p in node["parameters"] if p.get("name") not in ("page", "limit")]
    with pytest.raises(SpecError, match="listUsers: x-cmr-result users-page needs x-cmr-paginate"):
        api_model.build(spec)
