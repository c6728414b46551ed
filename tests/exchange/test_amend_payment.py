"""The door for a one-off payment change in a .pdamend (issue 15, item 5): a well-formed payment reads back
as its listed line; a malformed one is refused whole, with the change named."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from payout_desk.domain.oneoff import OneOffPayment, payment_beneficiary, payment_code
from payout_desk.domain.payout_list import AmendmentDoc, Change, ChangeKind
from payout_desk.exchange.amendfile import AMEND_MEMBER, build_amendment_file, read_amendment_file
from payout_desk.exchange.container import FileRejected, build, open_signed
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.trust.keys import SigningKey

KEY = SigningKey.generate()
AT = "2026-12-02T00:00:00Z"
PAYMENT = OneOffPayment(
    "NCC002", "Nguyễn Văn Bình 2", "funeral", 18_000_000, "Lê Thị Hai", "079123456789", "vợ", "QĐ 12"
)


def doc_of(*changes: Change) -> AmendmentDoc:
    return AmendmentDoc("list-1", "2026-12", "P01", "An Phước", "Bưu điện", AT, changes)


def payment_change(payment: OneOffPayment = PAYMENT, seq: int = 1, code: str | None = None) -> Change:
    line = code or payment_code(payment.for_code, seq)
    return Change(
        seq, ChangeKind.PAYMENT, line, AT, beneficiary=payment_beneficiary(line, payment), payment=payment
    )


def test_a_payment_reads_back_as_its_line() -> None:
    _signed, back = read_amendment_file(build_amendment_file(doc_of(payment_change()), KEY))
    (change,) = back.changes
    assert change.payment == PAYMENT and change.code == "NCC002#1"
    assert change.beneficiary is not None and change.beneficiary.total == 18_000_000
    assert (
        change.beneficiary.proxy_name == "Lê Thị Hai" and change.beneficiary.lines[0].label == "Mai táng phí"
    )


@pytest.mark.parametrize(
    "bad",
    [
        replace(PAYMENT, kind="gift"),
        replace(PAYMENT, recipient_id=" "),
        replace(PAYMENT, relation=""),
        replace(PAYMENT, reason="x\u202e"),
        replace(PAYMENT, for_code="NCC002#1"),
    ],
)
def test_a_malformed_payment_is_refused(bad: OneOffPayment) -> None:
    with pytest.raises(FileRejected, match="#1"):
        read_amendment_file(build_amendment_file(doc_of(payment_change(bad)), KEY))


def _resigned(edit: Any) -> bytes:
    """A well-formed file's body edited, then signed again by the office key (the door, not the signature,
    must refuse it)."""
    signed = open_signed(build_amendment_file(doc_of(payment_change()), KEY), expected_kind="amendment")
    body = json.loads(signed.members[AMEND_MEMBER])
    edit(body["changes"][0])
    header = {
        k: v
        for k, v in signed.manifest.items()
        if k in ("created_at", "office", "point", "month", "list_id", "counts")
    }
    return build("amendment", header, {AMEND_MEMBER: canonical_json(body)}, KEY)


def test_an_unedited_payment_resigned_reads_back() -> None:
    _signed, back = read_amendment_file(_resigned(lambda c: None))
    assert back.changes[0].payment == PAYMENT


@pytest.mark.parametrize(
    "edit",
    [
        lambda c: c.update(code="NCC003#1"),  # the line's code is not the payment's
        lambda c: c["payment"].update(amount=0),
        lambda c: c["payment"].update(amount="18000000"),
        lambda c: c["payment"].pop("recipient"),
        lambda c: c.update(reason="deceased"),  # a stop's fields on a payment
        lambda c: c.update(payment=None),
        lambda c: c.update(kind="stop", reason="deceased", date="2026-12-01"),  # a payment riding a stop
    ],
)
def test_a_payment_change_of_the_wrong_shape_is_refused(edit: Any) -> None:
    with pytest.raises(FileRejected):
        read_amendment_file(_resigned(edit))
