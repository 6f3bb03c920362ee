# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "id",
        "email",
        "company",
        "firstName",
        "lastName",
        "country",
        "city",
        "addressLineOne",
        "addressLineTwo",
        "addressLineThree",
        "languagePreference",
        "postalCode",
        "state",
        "phoneCc",
        "phone",
    )
)


@_attrs_define(repr=False)
class User:
    """A customer under the partner account. No official response example exists: `id` is the userId (guide site, create
    response) and the other fields are assumed to mirror those accepted by createUser.

        Attributes:
            id (str): CMR userId of the customer. Always sent; the only published answer (guide site, createUser response)
                carries it, and the guide names each listed user by its id.
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

    id: str
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
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "email",
                "company",
                "first_name",
                "last_name",
                "country",
                "city",
                "address_line_one",
                "address_line_two",
                "address_line_three",
                "language_preference",
                "postal_code",
                "state",
                "phone_cc",
                "phone",
            ),
        )

    @property
    def request_id(self) -> str | None:
        """CMR's request id of the answer this model was read from; None when CMR sent none, and on models built
        by hand or nested in another one."""
        return self._request_id

    def to_json(self, **dumps: Any) -> str:
        """`to_dict()` as JSON text; keyword arguments go to `json.dumps` (`indent=2`, ...)."""
        return model_json(self.to_dict(), **dumps)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: wire names, fields left UNSET omitted, extra fields included."""
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
        field_dict.update(
            {
                "id": id,
            }
        )
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
    def from_dict(cls, src_dict: Mapping[str, Any], at: str = "") -> Self:
        """Build the model from decoded JSON, checking it against the spec.

        Raises TypeError naming the JSON pointer (`at` is the pointer of `src_dict`) of the first field that does
        not match. Fields the spec does not declare are kept in `additional_properties`.
        """
        d: Any = src_dict
        if type(d) is not dict:
            raise expected(at, "an object", d)
        get = d.get
        absent = 0  # declared fields left out; d holds unknown fields when it has more than the rest
        v_id = get("id", UNSET)
        if v_id is UNSET:
            raise missing(at, "id")
        if type(v_id) is not str:
            raise expected(at + "/id", "a string", v_id)

        v_email = get("email", UNSET)
        if type(v_email) is not str:
            if v_email is not UNSET:
                raise expected(at + "/email", "a string", v_email)
            absent += 1

        v_company = get("company", UNSET)
        if type(v_company) is not str:
            if v_company is not UNSET:
                raise expected(at + "/company", "a string", v_company)
            absent += 1

        v_first_name = get("firstName", UNSET)
        if type(v_first_name) is not str:
            if v_first_name is not UNSET:
                raise expected(at + "/firstName", "a string", v_first_name)
            absent += 1

        v_last_name = get("lastName", UNSET)
        if type(v_last_name) is not str:
            if v_last_name is not UNSET:
                raise expected(at + "/lastName", "a string", v_last_name)
            absent += 1

        v_country = get("country", UNSET)
        if type(v_country) is not str:
            if v_country is not UNSET:
                raise expected(at + "/country", "a string", v_country)
            absent += 1

        v_city = get("city", UNSET)
        if type(v_city) is not str:
            if v_city is not UNSET:
                raise expected(at + "/city", "a string", v_city)
            absent += 1

        v_address_line_one = get("addressLineOne", UNSET)
        if type(v_address_line_one) is not str:
            if v_address_line_one is not UNSET:
                raise expected(at + "/addressLineOne", "a string", v_address_line_one)
            absent += 1

        v_address_line_two = get("addressLineTwo", UNSET)
        if type(v_address_line_two) is not str:
            if v_address_line_two is not UNSET:
                raise expected(at + "/addressLineTwo", "a string", v_address_line_two)
            absent += 1

        v_address_line_three = get("addressLineThree", UNSET)
        if type(v_address_line_three) is not str:
            if v_address_line_three is not UNSET:
                raise expected(at + "/addressLineThree", "a string", v_address_line_three)
            absent += 1

        v_language_preference = get("languagePreference", UNSET)
        if type(v_language_preference) is not str:
            if v_language_preference is not UNSET:
                raise expected(at + "/languagePreference", "a string", v_language_preference)
            absent += 1

        v_postal_code = get("postalCode", UNSET)
        if type(v_postal_code) is not str:
            if v_postal_code is not UNSET:
                raise expected(at + "/postalCode", "a string", v_postal_code)
            absent += 1

        v_state = get("state", UNSET)
        if type(v_state) is not str:
            if v_state is not UNSET:
                raise expected(at + "/state", "a string", v_state)
            absent += 1

        v_phone_cc = get("phoneCc", UNSET)
        if type(v_phone_cc) is not str:
            if v_phone_cc is not UNSET:
                raise expected(at + "/phoneCc", "a string", v_phone_cc)
            absent += 1

        v_phone = get("phone", UNSET)
        if type(v_phone) is not str:
            if v_phone is not UNSET:
                raise expected(at + "/phone", "a string", v_phone)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_id,
            v_email,
            v_company,
            v_first_name,
            v_last_name,
            v_country,
            v_city,
            v_address_line_one,
            v_address_line_two,
            v_address_line_three,
            v_language_preference,
            v_postal_code,
            v_state,
            v_phone_cc,
            v_phone,
        )
        if len(d) != 15 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("id", "id", "str", True),
                ("email", "email", "str", False),
                ("company", "company", "str", False),
                ("first_name", "firstName", "str", False),
                ("last_name", "lastName", "str", False),
                ("country", "country", "str", False),
                ("city", "city", "str", False),
                ("address_line_one", "addressLineOne", "str", False),
                ("address_line_two", "addressLineTwo", "str", False),
                ("address_line_three", "addressLineThree", "str", False),
                ("language_preference", "languagePreference", "str", False),
                ("postal_code", "postalCode", "str", False),
                ("state", "state", "str", False),
                ("phone_cc", "phoneCc", "str", False),
                ("phone", "phone", "str", False),
            ),
            "keep",
        )

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
