# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class Paging:
    """Where a page sits in a paged answer: its number, its size, and the platform's count of matching rows."""

    page: int | None = None
    """ This page's number, counting from 1. """
    per_page: int | None = None
    """ The number of rows per page. """
    total: int | None = None
    """ The platform's count of matching rows; it can disagree with the rows returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        page_value_ = UNSET if self.page is None else self.page
        page = page_value_

        per_page_value_ = UNSET if self.per_page is None else self.per_page
        per_page = per_page_value_

        total_value_ = UNSET if self.total is None else self.total
        total = total_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                page = src_dict["page"]
                per_page = src_dict["per_page"]
                total = src_dict["total"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            page = d.pop("page", UNSET)
            per_page = d.pop("per_page", UNSET)
            total = d.pop("total", UNSET)

        if page is None:
            page = UNSET
        if per_page is None:
            per_page = UNSET
        if total is None:
            total = UNSET
        if type(page) is not int and page is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "page", f"expected int, got {type(page).__name__}"
            )
        if type(per_page) is not int and per_page is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "per_page", f"expected int, got {type(per_page).__name__}"
            )
        if type(total) is not int and total is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "total", f"expected int, got {type(total).__name__}"
            )

        paging = cls(
            None if isinstance(page, Unset) else page,
            None if isinstance(per_page, Unset) else per_page,
            None if isinstance(total, Unset) else total,
        )

        paging.additional_properties = d
        return paging

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        page = struct_.page

        per_page = struct_.per_page

        total = struct_.total

        made_ = object.__new__(cls)
        made_.page = page
        made_.per_page = per_page
        made_.total = total

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("page", "page", False, "int", None),
            ("per_page", "per_page", False, "int", None),
            ("total", "total", False, "int", None),
        )

    if not TYPE_CHECKING:  # for type checkers, the class has only the attributes it declares
        # Only an attribute not set reaches it: additional_properties of a model made by
        # _from_struct, until its first read makes it
        __getattr__ = first_read

    @property
    def additional_keys(self) -> list[str]:
        """The JSON names of the fields the spec does not declare (see ``additional_properties``)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
