# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset


@_attrs_define
class StatisticsResponse:
    code: int
    """ The envelope's result code: 0 or 200 for success, anything else an error. """
    data: list[MarketStat] | MarketStat
    """ One market's statistics when `market_id` was given, else a list with one entry per market. """
    msg: str | None = None
    """ A message from the DEX; on an error, what went wrong. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        from ..models.market_stat import MarketStat

        code = self.code

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, MarketStat):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        msg_value_ = UNSET if self.msg is None else self.msg
        msg = msg_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        from ..models.market_stat import MarketStat

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                code = src_dict["code"]
                data_src_ = src_dict["data"]
                msg = src_dict["msg"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("code", "data"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            code = d.pop("code")
            data_src_ = d.pop("data")
            msg = d.pop("msg", UNSET)

        if msg is None:
            msg = UNSET
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
        try:

            def _parse_data(data: object) -> list[MarketStat] | MarketStat:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = MarketStat.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = MarketStat.from_dict(data_type_1_item_data)

                    data_type_1.append(data_type_1_item)

                return data_type_1

            data = _parse_data(data_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "data", exc_) from exc_

        statistics_response = cls(
            code,
            data,
            None if isinstance(msg, Unset) else msg,
        )

        statistics_response.additional_properties = d
        return statistics_response

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


from ..models.market_stat import MarketStat  # noqa: E402

# attrs wrote __init__ with a copy of this module's names, taken before the imports above.
StatisticsResponse.__init__.__globals__.update(MarketStat=MarketStat)
