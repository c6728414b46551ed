"""What every payout must carry, whoever records it (window, CLI, demo, a test): the recipient's
acknowledgement — a signature or a thumbprint (điểm chỉ) — and, when someone takes the money for the
beneficiary (người nhận thay), their name and ID number (CCCD 12 digits or CMND 9), with the written
authorisation's number (giấy ủy quyền số …), or for the proxy the list names, the clerk's word that the ID
shown matches the list's.

The rule reads the payout's `data` exactly as it is hashed into the ledger (domain/door.py's payout shape),
so that it holds for every path that records a payout and can be asked again of any stored one."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from payout_desk.domain.ids import IdNumberError, is_old_id, parse_cccd


class Missing(StrEnum):
    """One thing a payout lacks, in the order a clerk fills the pay window."""

    PROXY_NAME = "proxy_name"
    PROXY_ID = "proxy_id"
    PROXY_ID_SHAPE = "proxy_id_shape"  # given, but neither a CCCD nor a CMND
    AUTHORISATION = "authorisation"
    ID_CHECKED = "id_checked"  # the list's proxy: the clerk has not confirmed the ID card
    ACKNOWLEDGEMENT = "acknowledgement"  # neither a signature nor a thumbprint


def id_number_text(number: str) -> str:
    """An ID number as stored: the spaces a clerk types between groups of digits dropped."""
    return "".join(number.split())


def is_id_number(number: str) -> bool:
    """A 12-digit CCCD whose province code is known, or a 9-digit CMND."""
    text = id_number_text(number)
    if is_old_id(text):
        return True
    try:
        parse_cccd(text)
    except IdNumberError:
        return False
    return True


def _proxy_missing(proxy: Mapping[str, Any]) -> list[Missing]:
    missing = []
    if not str(proxy.get("name") or "").strip():
        missing.append(Missing.PROXY_NAME)
    number = str(proxy.get("id_number") or "")
    if not number.strip():
        missing.append(Missing.PROXY_ID)
    elif not is_id_number(number):
        missing.append(Missing.PROXY_ID_SHAPE)
    if proxy.get("standing") is True:
        if proxy.get("id_checked") is not True:
            missing.append(Missing.ID_CHECKED)
    elif not str(proxy.get("authorisation") or "").strip():
        missing.append(Missing.AUTHORISATION)
    return missing


def payout_missing(data: Mapping[str, Any]) -> tuple[Missing, ...]:
    """What the payout `data` lacks to be recorded (empty: nothing)."""
    proxy = data.get("proxy")
    missing = _proxy_missing(proxy) if isinstance(proxy, Mapping) else []
    if data.get("recipient") == "proxy" and not isinstance(proxy, Mapping):
        missing.append(Missing.PROXY_NAME)
    if not data.get("signature") and data.get("thumbprint") is not True:
        missing.append(Missing.ACKNOWLEDGEMENT)
    return tuple(missing)
