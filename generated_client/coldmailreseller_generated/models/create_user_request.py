# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserRequest")


@_attrs_define
class CreateUserRequest:
    """
    Attributes:
        email (str): Email address of the user.
        company (str): Company the user belongs to.
        first_name (str):
        last_name (str):
        country (str): ISO 3166-1 alpha-2 code from listCountries.
        city (str):
        address_line_one (str): Street address.
        language_preference (str): Preferred language, e.g. "en".
        postal_code (str):
        state (str): State or province (the documented example uses the name).
        phone_cc (str): Phone country code without "+", e.g. "1".
        phone (str): Phone number without the country code.
        address_line_two (str | Unset): Optional second address line (suite, building).
        address_line_three (str | Unset): Optional third address line (apartment).
    """

    email: str
    company: str
    first_name: str
    last_name: str
    country: str
    city: str
    address_line_one: str
    language_preference: str
    postal_code: str
    state: str
    phone_cc: str
    phone: str
    address_line_two: str | Unset = UNSET
    address_line_three: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        company = self.company

        first_name = self.first_name

        last_name = self.last_name

        country = self.country

        city = self.city

        address_line_one = self.address_line_one

        language_preference = self.language_preference

        postal_code = self.postal_code

        state = self.state

        phone_cc = self.phone_cc

        phone = self.phone

        address_line_two = self.address_line_two

        address_line_three = self.address_line_three

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "company": company,
                "firstName": first_name,
                "lastName": last_name,
                "country": country,
                "city": city,
                "addressLineOne": address_line_one,
                "languagePreference": language_preference,
                "postalCode": postal_code,
                "state": state,
                "phoneCc": phone_cc,
                "phone": phone,
            }
        )
        if address_line_two is not UNSET:
            field_dict["addressLineTwo"] = address_line_two
        if address_line_three is not UNSET:
            field_dict["addressLineThree"] = address_line_three

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        company = d.pop("company")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        country = d.pop("country")

        city = d.pop("city")

        address_line_one = d.pop("addressLineOne")

        language_preference = d.pop("languagePreference")

        postal_code = d.pop("postalCode")

        state = d.pop("state")

        phone_cc = d.pop("phoneCc")

        phone = d.pop("phone")

        address_line_two = d.pop("addressLineTwo", UNSET)

        address_line_three = d.pop("addressLineThree", UNSET)

        create_user_request = cls(
            email=email,
            company=company,
            first_name=first_name,
            last_name=last_name,
            country=country,
            city=city,
            address_line_one=address_line_one,
            language_preference=language_preference,
            postal_code=postal_code,
            state=state,
            phone_cc=phone_cc,
            phone=phone,
            address_line_two=address_line_two,
            address_line_three=address_line_three,
        )

        create_user_request.additional_properties = d
        return create_user_request

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
