# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A customer under the partner account. No official response example exists: `id` is the userId (guide site, create
    response) and the other fields are assumed to mirror those accepted by createUser.

        Attributes:
            id (str | Unset): CMR userId of the customer.
            email (str | Unset):
            company (str | Unset):
            first_name (str | Unset):
            last_name (str | Unset):
            country (str | Unset): ISO 3166-1 alpha-2 country code.
            city (str | Unset):
            address_line_one (str | Unset):
            address_line_two (str | Unset):
            address_line_three (str | Unset):
            language_preference (str | Unset):
            postal_code (str | Unset):
            state (str | Unset):
            phone_cc (str | Unset):
            phone (str | Unset):
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    company: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    country: str | Unset = UNSET
    city: str | Unset = UNSET
    address_line_one: str | Unset = UNSET
    address_line_two: str | Unset = UNSET
    address_line_three: str | Unset = UNSET
    language_preference: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    phone_cc: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        company = self.company

        first_name = self.first_name

        last_name = self.last_name

        country = self.country

        city = self.city

        address_line_one = self.address_line_one

        address_line_two = self.address_line_two

        address_line_three = self.address_line_three

        language_preference = self.language_preference

        postal_code = self.postal_code

        state = self.state

        phone_cc = self.phone_cc

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if company is not UNSET:
            field_dict["company"] = company
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if address_line_one is not UNSET:
            field_dict["addressLineOne"] = address_line_one
        if address_line_two is not UNSET:
            field_dict["addressLineTwo"] = address_line_two
        if address_line_three is not UNSET:
            field_dict["addressLineThree"] = address_line_three
        if language_preference is not UNSET:
            field_dict["languagePreference"] = language_preference
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state
        if phone_cc is not UNSET:
            field_dict["phoneCc"] = phone_cc
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        company = d.pop("company", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        address_line_one = d.pop("addressLineOne", UNSET)

        address_line_two = d.pop("addressLineTwo", UNSET)

        address_line_three = d.pop("addressLineThree", UNSET)

        language_preference = d.pop("languagePreference", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state = d.pop("state", UNSET)

        phone_cc = d.pop("phoneCc", UNSET)

        phone = d.pop("phone", UNSET)

        user = cls(
            id=id,
            email=email,
            company=company,
            first_name=first_name,
            last_name=last_name,
            country=country,
            city=city,
            address_line_one=address_line_one,
            address_line_two=address_line_two,
            address_line_three=address_line_three,
            language_preference=language_preference,
            postal_code=postal_code,
            state=state,
            phone_cc=phone_cc,
            phone=phone,
        )

        user.additional_properties = d
        return user

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
