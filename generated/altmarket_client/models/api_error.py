# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class ApiError:
    code: str | None = None
    """ A machine-readable code, for example `InsufficientFunds`. """
    message: str | None = None
    """ A human-readable explanation of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        code_value_ = UNSET if self.code is None else self.code
        code = code_value_

        message_value_ = UNSET if self.message is None else self.message
        message = message_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 2
        if fast_:
            try:
                code = src_dict["code"]
                message = src_dict["message"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            code = d.pop("code", UNSET)
            message = d.pop("message", UNSET)

        if code is None:
            code = UNSET
        if message is None:
            message = UNSET
        if type(code) is not str and code is not UNSET:
            if type(code) is int:
                code = str(code)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "code", f"expected str, got {type(code).__name__}"
                )
        if type(message) is not str and message is not UNSET:
            if type(message) is int:
                message = str(message)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "message", f"expected str, got {type(message).__name__}"
                )

        api_error = cls(
            None if isinstance(code, Unset) else code,
            None if isinstance(message, Unset) else message,
        )

        api_error.additional_properties = d
        return api_error

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        code = struct_.code

        message = struct_.message

        made_ = object.__new__(cls)
        made_.code = code
        made_.message = message

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("code", "code", False, "str", None),
            ("message", "message", False, "str", None),
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
