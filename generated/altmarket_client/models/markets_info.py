# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class MarketsInfo:
    """Every market, and the platform's clock."""

    server_time: int
    """ The platform's clock in .NET ticks: 100-nanosecond units since 0001-01-01T00:00:00Z.
    637368932194030800 is 2020-09-28T12:33:39.403080Z. Subtract 621355968000000000 and
    divide by 10^7 for Unix seconds.
     """
    pairs: MarketsInfoPairs
    """ The markets, keyed by instrument name (for example `btc_usdt`). """
    plaid_public_key: str | None = None
    """ A public key the platform reports under this name; the documentation does not say what it is for. """
    environment: str | None = None
    """ The platform's environment, as a name the platform reports; its values are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        server_time = self.server_time

        pairs = self.pairs.to_dict()

        plaid_public_key_value_ = UNSET if self.plaid_public_key is None else self.plaid_public_key
        plaid_public_key = plaid_public_key_value_

        environment_value_ = UNSET if self.environment is None else self.environment
        environment = environment_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverTime": server_time,
                "pairs": pairs,
            }
        )
        if plaid_public_key is not UNSET:
            field_dict["plaidPublicKey"] = plaid_public_key
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        from ..models.markets_info_pairs import MarketsInfoPairs

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 4
        if fast_:
            try:
                server_time = src_dict["serverTime"]
                pairs_src_ = src_dict["pairs"]
                plaid_public_key = src_dict["plaidPublicKey"]
                environment = src_dict["environment"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("serverTime", "pairs"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            server_time = d.pop("serverTime")
            pairs_src_ = d.pop("pairs")
            plaid_public_key = d.pop("plaidPublicKey", UNSET)
            environment = d.pop("environment", UNSET)

        if plaid_public_key is None:
            plaid_public_key = UNSET
        if environment is None:
            environment = UNSET
        if type(server_time) is not int:
            raise UnexpectedResponseShape(
                cls.__name__, "serverTime", f"expected int, got {type(server_time).__name__}"
            )
        if type(plaid_public_key) is not str and plaid_public_key is not UNSET:
            if type(plaid_public_key) is int:
                plaid_public_key = str(plaid_public_key)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "plaidPublicKey",
                    f"expected str, got {type(plaid_public_key).__name__}",
                )
        if type(environment) is not str and environment is not UNSET:
            if type(environment) is int:
                environment = str(environment)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "environment", f"expected str, got {type(environment).__name__}"
                )
        try:
            pairs = MarketsInfoPairs.from_dict(pairs_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "pairs", exc_) from exc_

        markets_info = cls(
            server_time,
            pairs,
            None if isinstance(plaid_public_key, Unset) else plaid_public_key,
            None if isinstance(environment, Unset) else environment,
        )

        markets_info.additional_properties = d
        return markets_info

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        from ..models.markets_info_pairs import MarketsInfoPairs

        server_time = struct_.server_time

        pairs_src_ = struct_.pairs
        try:
            pairs = MarketsInfoPairs.from_dict(pairs_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "pairs", exc_) from exc_

        plaid_public_key = struct_.plaid_public_key

        environment = struct_.environment

        made_ = object.__new__(cls)
        made_.server_time = server_time
        made_.pairs = pairs
        made_.plaid_public_key = plaid_public_key
        made_.environment = environment

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("server_time", "serverTime", True, "int", None),
            ("pairs", "pairs", True, "Any", None),
            ("plaid_public_key", "plaidPublicKey", False, "str", None),
            ("environment", "environment", False, "str", None),
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


from ..models.markets_info_pairs import MarketsInfoPairs  # noqa: E402

# attrs wrote __init__ with a copy of this module's names, taken before the imports above.
MarketsInfo.__init__.__globals__.update(MarketsInfoPairs=MarketsInfoPairs)
