# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Paging state of a list response.

    Attributes:
        total_searched_count (int | Unset): Items matching the query over all pages.
        current_page (int | Unset):
        next_page (int | None | Unset): Not reliable on the last page; trust totalPages.
        total_pages (int | Unset):
    """

    total_searched_count: int | Unset = UNSET
    current_page: int | Unset = UNSET
    next_page: int | None | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_searched_count = self.total_searched_count

        current_page = self.current_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_searched_count is not UNSET:
            field_dict["totalSearchedCount"] = total_searched_count
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_searched_count = d.pop("totalSearchedCount", UNSET)

        current_page = d.pop("currentPage", UNSET)

        def _parse_next_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_page = _parse_next_page(d.pop("nextPage", UNSET))

        total_pages = d.pop("totalPages", UNSET)

        pagination = cls(
            total_searched_count=total_searched_count,
            current_page=current_page,
            next_page=next_page,
            total_pages=total_pages,
        )

        pagination.additional_properties = d
        return pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
