# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class ErrorResponse:
    """An error in the envelope; `msg` says what went wrong."""

    code: int
    """ The envelope's result code: anything but 0 or 200 is an error. """
    msg: str | None = None
    """ What went wrong. """
    data: Any | None = None
    """ Usually null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        code = self.code

        msg_value_ = UNSET if self.msg is None else self.msg
        msg = msg_value_

        data_value_ = UNSET if self.data is None else self.data
        data = data_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                code = src_dict["code"]
                msg = src_dict["msg"]
                data = src_dict["data"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("code",):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            code = d.pop("code")
            msg = d.pop("msg", UNSET)
            data = d.pop("data", UNSET)

        if msg is None:
            msg = UNSET
        if data is None:
            data = UNSET
        if type(code) is not int:
            raise UnexpectedResponseShape(
                cls.__name__, "code", f"expected int, got {type(code).__name__}"
            )
        if type(msg) is not str and msg is not UNSET:
            if type(msg) is int:
                msg = str(msg)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "msg", f"expected str, got {type(msg).__name__}"
                )

        error_response = cls(
            code,
            None if isinstance(msg, Unset) else msg,
            None if isinstance(data, Unset) else data,
        )

        error_response.additional_properties = d
        return error_response

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        code = struct_.code

        msg = struct_.msg

        data = struct_.data

        made_ = object.__new__(cls)
        made_.code = code
        made_.msg = msg
        made_.data = data

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("code", "code", True, "int", None),
            ("msg", "msg", False, "str", None),
            ("data", "data", False, "Any", None),
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
