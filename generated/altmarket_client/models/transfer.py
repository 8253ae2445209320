# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.transfer_status import TransferStatus
from ..models.transfer_type import TransferType
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_datetime, read_money

_TRANSFER_TYPE_MEMBERS: dict[object, TransferType] = {
    member.value: member for member in TransferType
}
_TRANSFER_STATUS_MEMBERS: dict[object, TransferStatus] = {
    member.value: member for member in TransferStatus
}


@_attrs_define
class Transfer:
    """A deposit or a withdrawal."""

    asset: str
    """ The asset's id. """
    type_: TransferType
    """ Whether the transfer is a deposit or a withdrawal. """
    status: TransferStatus
    """ The transfer's state. """
    amount: Decimal
    """ The amount transferred, in units of the asset: a decimal number written as a string. """
    created_at: datetime.datetime
    """ When the transfer was created. """
    payment_system: str | None = None
    """ The payment system the transfer went through, as the platform names it. """
    transfer_id: str | None = None
    """ The transfer's id. """
    fee: Decimal | None = None
    """ The fee charged on the transfer: a decimal number written as a string. """
    error_details: str | None = None
    """ Details of the transfer's error, if there is one. """
    updated_at: datetime.datetime | None = None
    """ When the transfer last changed. """
    tx_id: str | None = None
    """ The id of the transfer's blockchain transaction. """
    blockchain_link: str | None = None
    """ A web link to the transfer's blockchain transaction. """
    error_code: str | None = None
    """ A code for the transfer's error, if there is one. """
    confirmations: int | None = None
    """ How many blockchain confirmations the transfer has. """
    confirmations_required: int | None = None
    """ How many blockchain confirmations the platform requires for the transfer. """
    target_address: str | None = None
    """ The address the transfer was sent to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        asset = self.asset

        type_ = self.type_.value

        status = self.status.value

        amount: str | Unset = format(self.amount, "f")
        created_at = self.created_at.isoformat()

        payment_system_value_ = UNSET if self.payment_system is None else self.payment_system
        payment_system = payment_system_value_

        transfer_id_value_ = UNSET if self.transfer_id is None else self.transfer_id
        transfer_id = transfer_id_value_

        fee: str | Unset = UNSET if self.fee is None else format(self.fee, "f")
        error_details_value_ = UNSET if self.error_details is None else self.error_details
        error_details = error_details_value_

        updated_at_value_ = UNSET if self.updated_at is None else self.updated_at
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_value_, Unset):
            updated_at = updated_at_value_.isoformat()

        tx_id_value_ = UNSET if self.tx_id is None else self.tx_id
        tx_id = tx_id_value_

        blockchain_link_value_ = UNSET if self.blockchain_link is None else self.blockchain_link
        blockchain_link = blockchain_link_value_

        error_code_value_ = UNSET if self.error_code is None else self.error_code
        error_code = error_code_value_

        confirmations_value_ = UNSET if self.confirmations is None else self.confirmations
        confirmations = confirmations_value_

        confirmations_required_value_ = (
            UNSET if self.confirmations_required is None else self.confirmations_required
        )
        confirmations_required = confirmations_required_value_

        target_address_value_ = UNSET if self.target_address is None else self.target_address
        target_address = target_address_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "type": type_,
                "status": status,
                "amount": amount,
                "createdAt": created_at,
            }
        )
        if payment_system is not UNSET:
            field_dict["paymentSystem"] = payment_system
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if fee is not UNSET:
            field_dict["fee"] = fee
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if blockchain_link is not UNSET:
            field_dict["blockchainLink"] = blockchain_link
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations
        if confirmations_required is not UNSET:
            field_dict["confirmationsRequired"] = confirmations_required
        if target_address is not UNSET:
            field_dict["targetAddress"] = target_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 16
        if fast_:
            try:
                asset = src_dict["asset"]
                type__src_ = src_dict["type"]
                status_src_ = src_dict["status"]
                amount_src_ = src_dict["amount"]
                created_at_src_ = src_dict["createdAt"]
                payment_system = src_dict["paymentSystem"]
                transfer_id = src_dict["transferId"]
                fee_src_ = src_dict["fee"]
                error_details = src_dict["errorDetails"]
                updated_at_src_ = src_dict["updatedAt"]
                tx_id = src_dict["txId"]
                blockchain_link = src_dict["blockchainLink"]
                error_code = src_dict["errorCode"]
                confirmations = src_dict["confirmations"]
                confirmations_required = src_dict["confirmationsRequired"]
                target_address = src_dict["targetAddress"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("asset", "type", "status", "amount", "createdAt"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            asset = d.pop("asset")
            type__src_ = d.pop("type")
            status_src_ = d.pop("status")
            amount_src_ = d.pop("amount")
            created_at_src_ = d.pop("createdAt")
            payment_system = d.pop("paymentSystem", UNSET)
            transfer_id = d.pop("transferId", UNSET)
            fee_src_ = d.pop("fee", UNSET)
            error_details = d.pop("errorDetails", UNSET)
            updated_at_src_ = d.pop("updatedAt", UNSET)
            tx_id = d.pop("txId", UNSET)
            blockchain_link = d.pop("blockchainLink", UNSET)
            error_code = d.pop("errorCode", UNSET)
            confirmations = d.pop("confirmations", UNSET)
            confirmations_required = d.pop("confirmationsRequired", UNSET)
            target_address = d.pop("targetAddress", UNSET)

        if payment_system is None:
            payment_system = UNSET
        if transfer_id is None:
            transfer_id = UNSET
        if fee_src_ is None:
            fee_src_ = UNSET
        if error_details is None:
            error_details = UNSET
        if updated_at_src_ is None:
            updated_at_src_ = UNSET
        if tx_id is None:
            tx_id = UNSET
        if blockchain_link is None:
            blockchain_link = UNSET
        if error_code is None:
            error_code = UNSET
        if confirmations is None:
            confirmations = UNSET
        if confirmations_required is None:
            confirmations_required = UNSET
        if target_address is None:
            target_address = UNSET
        if type(asset) is not str:
            if type(asset) is int:
                asset = str(asset)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "asset", f"expected str, got {type(asset).__name__}"
                )
        if type(payment_system) is not str and payment_system is not UNSET:
            if type(payment_system) is int:
                payment_system = str(payment_system)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "paymentSystem",
                    f"expected str, got {type(payment_system).__name__}",
                )
        if type(transfer_id) is not str and transfer_id is not UNSET:
            if type(transfer_id) is int:
                transfer_id = str(transfer_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "transferId", f"expected str, got {type(transfer_id).__name__}"
                )
        if type(error_details) is not str and error_details is not UNSET:
            if type(error_details) is int:
                error_details = str(error_details)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "errorDetails",
                    f"expected str, got {type(error_details).__name__}",
                )
        if type(tx_id) is not str and tx_id is not UNSET:
            if type(tx_id) is int:
                tx_id = str(tx_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "txId", f"expected str, got {type(tx_id).__name__}"
                )
        if type(blockchain_link) is not str and blockchain_link is not UNSET:
            if type(blockchain_link) is int:
                blockchain_link = str(blockchain_link)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "blockchainLink",
                    f"expected str, got {type(blockchain_link).__name__}",
                )
        if type(error_code) is not str and error_code is not UNSET:
            if type(error_code) is int:
                error_code = str(error_code)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "errorCode", f"expected str, got {type(error_code).__name__}"
                )
        if type(confirmations) is not int and confirmations is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "confirmations", f"expected int, got {type(confirmations).__name__}"
            )
        if type(confirmations_required) is not int and confirmations_required is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__,
                "confirmationsRequired",
                f"expected int, got {type(confirmations_required).__name__}",
            )
        if type(target_address) is not str and target_address is not UNSET:
            if type(target_address) is int:
                target_address = str(target_address)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "targetAddress",
                    f"expected str, got {type(target_address).__name__}",
                )
        _type_ = type__src_
        try:
            type_ = _TRANSFER_TYPE_MEMBERS[_type_]
        except (KeyError, TypeError):
            type_ = TransferType(_type_)

        _status = status_src_
        try:
            status = _TRANSFER_STATUS_MEMBERS[_status]
        except (KeyError, TypeError):
            status = TransferStatus(_status)

        try:
            amount = (
                amount_src_
                if type(amount_src_) is Decimal
                else (
                    SMALL_DECIMALS[amount_src_] if 0 <= amount_src_ < 256 else Decimal(amount_src_)
                )
                if type(amount_src_) is int
                else read_money(amount_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "amount", exc_) from exc_

        try:
            created_at = (
                datetime.datetime.fromisoformat(created_at_src_)
                if type(created_at_src_) is str and created_at_src_.endswith("Z")
                else read_datetime(created_at_src_)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "createdAt", exc_) from exc_

        try:
            fee: Decimal | Unset = (
                fee_src_
                if type(fee_src_) is Decimal or fee_src_ is UNSET
                else (SMALL_DECIMALS[fee_src_] if 0 <= fee_src_ < 256 else Decimal(fee_src_))
                if type(fee_src_) is int
                else read_money(fee_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "fee", exc_) from exc_

        try:
            _updated_at = updated_at_src_
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = (
                    datetime.datetime.fromisoformat(_updated_at)
                    if type(_updated_at) is str and _updated_at.endswith("Z")
                    else read_datetime(_updated_at)
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "updatedAt", exc_) from exc_

        transfer = cls(
            asset,
            type_,
            status,
            amount,
            created_at,
            None if isinstance(payment_system, Unset) else payment_system,
            None if isinstance(transfer_id, Unset) else transfer_id,
            None if isinstance(fee, Unset) else fee,
            None if isinstance(error_details, Unset) else error_details,
            None if isinstance(updated_at, Unset) else updated_at,
            None if isinstance(tx_id, Unset) else tx_id,
            None if isinstance(blockchain_link, Unset) else blockchain_link,
            None if isinstance(error_code, Unset) else error_code,
            None if isinstance(confirmations, Unset) else confirmations,
            None if isinstance(confirmations_required, Unset) else confirmations_required,
            None if isinstance(target_address, Unset) else target_address,
        )

        transfer.additional_properties = d
        return transfer

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        asset = struct_.asset

        type_ = struct_.type_
        try:
            type_ = _TRANSFER_TYPE_MEMBERS[type_]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "type", "a value the spec does not list"
            ) from None

        status = struct_.status
        try:
            status = _TRANSFER_STATUS_MEMBERS[status]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "status", "a value the spec does not list"
            ) from None

        amount = struct_.amount
        if type(amount) is not str:
            raise UnexpectedResponseShape(
                cls.__name__, "amount", f"expected a decimal string, got {type(amount).__name__}"
            )
        try:
            amount = read_money(amount)
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "amount", exc_) from exc_

        created_at = struct_.created_at
        try:
            created_at = (
                datetime.datetime.fromisoformat(created_at)
                if created_at.endswith("Z")
                else read_datetime(created_at)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "createdAt", exc_) from exc_

        payment_system = struct_.payment_system

        transfer_id = struct_.transfer_id

        fee = struct_.fee
        if fee is not None:
            if type(fee) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__, "fee", f"expected a decimal string, got {type(fee).__name__}"
                )
            try:
                fee = read_money(fee)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(cls.__name__, "fee", exc_) from exc_

        error_details = struct_.error_details

        updated_at = struct_.updated_at
        if updated_at is not None:
            try:
                updated_at = (
                    datetime.datetime.fromisoformat(updated_at)
                    if updated_at.endswith("Z")
                    else read_datetime(updated_at)
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "updatedAt", exc_
                ) from exc_

        tx_id = struct_.tx_id

        blockchain_link = struct_.blockchain_link

        error_code = struct_.error_code

        confirmations = struct_.confirmations

        confirmations_required = struct_.confirmations_required

        target_address = struct_.target_address

        made_ = object.__new__(cls)
        made_.asset = asset
        made_.type_ = type_
        made_.status = status
        made_.amount = amount
        made_.created_at = created_at
        made_.payment_system = payment_system
        made_.transfer_id = transfer_id
        made_.fee = fee
        made_.error_details = error_details
        made_.updated_at = updated_at
        made_.tx_id = tx_id
        made_.blockchain_link = blockchain_link
        made_.error_code = error_code
        made_.confirmations = confirmations
        made_.confirmations_required = confirmations_required
        made_.target_address = target_address

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("asset", "asset", True, "str", None),
            ("type_", "type", True, "str", None),
            ("status", "status", True, "str", None),
            ("amount", "amount", True, "money", None),
            ("created_at", "createdAt", True, "str", None),
            ("payment_system", "paymentSystem", False, "str", None),
            ("transfer_id", "transferId", False, "str", None),
            ("fee", "fee", False, "money", None),
            ("error_details", "errorDetails", False, "str", None),
            ("updated_at", "updatedAt", False, "str", None),
            ("tx_id", "txId", False, "str", None),
            ("blockchain_link", "blockchainLink", False, "str", None),
            ("error_code", "errorCode", False, "str", None),
            ("confirmations", "confirmations", False, "int", None),
            ("confirmations_required", "confirmationsRequired", False, "int", None),
            ("target_address", "targetAddress", False, "str", None),
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
