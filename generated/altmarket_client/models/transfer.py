from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.transfer_status import TransferStatus
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset

_TRANSFER_TYPE_MEMBERS: dict[object, TransferType] = {
    member.value: member for member in TransferType
}
_TRANSFER_STATUS_MEMBERS: dict[object, TransferStatus] = {
    member.value: member for member in TransferStatus
}


@_attrs_define
class Transfer:
    """A deposit or a withdrawal."""

    asset: str | Unset = UNSET
    payment_system: str | Unset = UNSET
    transfer_id: str | Unset = UNSET
    type_: TransferType | Unset = UNSET
    status: TransferStatus | Unset = UNSET
    amount: str | Unset = UNSET
    """ A decimal number as a string. """
    fee: str | Unset = UNSET
    """ A decimal number as a string. """
    error_details: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tx_id: str | Unset = UNSET
    blockchain_link: str | Unset = UNSET
    error_code: str | Unset = UNSET
    confirmations: int | Unset = UNSET
    confirmations_required: int | Unset = UNSET
    target_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        payment_system = self.payment_system

        transfer_id = self.transfer_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        amount = self.amount

        fee = self.fee

        error_details = self.error_details

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tx_id = self.tx_id

        blockchain_link = self.blockchain_link

        error_code = self.error_code

        confirmations = self.confirmations

        confirmations_required = self.confirmations_required

        target_address = self.target_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if payment_system is not UNSET:
            field_dict["paymentSystem"] = payment_system
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 16
        if fast_:
            try:
                asset = src_dict["asset"]
                payment_system = src_dict["paymentSystem"]
                transfer_id = src_dict["transferId"]
                type__src_ = src_dict["type"]
                status_src_ = src_dict["status"]
                amount = src_dict["amount"]
                fee = src_dict["fee"]
                error_details = src_dict["errorDetails"]
                created_at_src_ = src_dict["createdAt"]
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
            asset = d.pop("asset", UNSET)
            payment_system = d.pop("paymentSystem", UNSET)
            transfer_id = d.pop("transferId", UNSET)
            type__src_ = d.pop("type", UNSET)
            status_src_ = d.pop("status", UNSET)
            amount = d.pop("amount", UNSET)
            fee = d.pop("fee", UNSET)
            error_details = d.pop("errorDetails", UNSET)
            created_at_src_ = d.pop("createdAt", UNSET)
            updated_at_src_ = d.pop("updatedAt", UNSET)
            tx_id = d.pop("txId", UNSET)
            blockchain_link = d.pop("blockchainLink", UNSET)
            error_code = d.pop("errorCode", UNSET)
            confirmations = d.pop("confirmations", UNSET)
            confirmations_required = d.pop("confirmationsRequired", UNSET)
            target_address = d.pop("targetAddress", UNSET)

        _type_ = type__src_
        type_: TransferType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            try:
                type_ = _TRANSFER_TYPE_MEMBERS[_type_]
            except (KeyError, TypeError):
                type_ = TransferType(_type_)

        _status = status_src_
        status: TransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            try:
                status = _TRANSFER_STATUS_MEMBERS[_status]
            except (KeyError, TypeError):
                status = TransferStatus(_status)

        try:
            _created_at = created_at_src_
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "createdAt", exc_) from exc_

        try:
            _updated_at = updated_at_src_
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "updatedAt", exc_) from exc_

        transfer = cls(
            asset,
            payment_system,
            transfer_id,
            type_,
            status,
            amount,
            fee,
            error_details,
            created_at,
            updated_at,
            tx_id,
            blockchain_link,
            error_code,
            confirmations,
            confirmations_required,
            target_address,
        )

        transfer.additional_properties = d
        return transfer

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
