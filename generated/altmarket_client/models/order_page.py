# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class OrderPage:
    data: list[Order]
    """ The orders on this page. """
    filters: OrderPageFilters | None = None
    """ The filters applied, as the platform echoes them. """
    paging: Paging | None = None
    """ This page's number and size, and the platform's count of matching orders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        filters_value_ = UNSET if self.filters is None else self.filters
        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(filters_value_, Unset):
            filters = filters_value_.to_dict()

        paging_value_ = UNSET if self.paging is None else self.paging
        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(paging_value_, Unset):
            paging = paging_value_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if paging is not UNSET:
            field_dict["paging"] = paging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        from ..models.order import Order
        from ..models.order_page_filters import OrderPageFilters
        from ..models.paging import Paging

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                data_src_ = src_dict["data"]
                filters_src_ = src_dict["filters"]
                paging_src_ = src_dict["paging"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("data",):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            data_src_ = d.pop("data")
            filters_src_ = d.pop("filters", UNSET)
            paging_src_ = d.pop("paging", UNSET)

        if filters_src_ is None:
            filters_src_ = UNSET
        if paging_src_ is None:
            paging_src_ = UNSET
        try:
            data = []
            _data = data_src_
            for data_item_data in _data:
                data_item = Order.from_dict(data_item_data)

                data.append(data_item)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "data", exc_) from exc_

        try:
            _filters = filters_src_
            filters: OrderPageFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = OrderPageFilters.from_dict(_filters)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "filters", exc_) from exc_

        try:
            _paging = paging_src_
            paging: Paging | Unset
            if isinstance(_paging, Unset):
                paging = UNSET
            else:
                paging = Paging.from_dict(_paging)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "paging", exc_) from exc_

        order_page = cls(
            data,
            None if isinstance(filters, Unset) else filters,
            None if isinstance(paging, Unset) else paging,
        )

        order_page.additional_properties = d
        return order_page

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        from ..models.order import Order
        from ..models.order_page_filters import OrderPageFilters
        from ..models.paging import Paging

        data = [Order._from_struct(item_) for item_ in struct_.data]

        filters_src_ = struct_.filters
        if filters_src_ is None:
            filters_src_ = UNSET
        try:
            _filters = filters_src_
            filters: OrderPageFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = OrderPageFilters.from_dict(_filters)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "filters", exc_) from exc_

        paging = None if struct_.paging is None else Paging._from_struct(struct_.paging)

        made_ = object.__new__(cls)
        made_.data = data
        made_.filters = None if isinstance(filters, Unset) else filters
        made_.paging = paging

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        from ..models.order import Order
        from ..models.paging import Paging

        return (
            ("data", "data", True, "models", Order),
            ("filters", "filters", False, "Any", None),
            ("paging", "paging", False, "model", Paging),
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


from ..models.order import Order  # noqa: E402
from ..models.order_page_filters import OrderPageFilters  # noqa: E402
from ..models.paging import Paging  # noqa: E402

# attrs wrote __init__ with a copy of this module's names, taken before the imports above.
OrderPage.__init__.__globals__.update(Order=Order, OrderPageFilters=OrderPageFilters, Paging=Paging)
