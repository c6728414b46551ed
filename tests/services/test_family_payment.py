"""Death → family (issue 15, item 5): a one-off payment to a deceased person's named relative, signed as an
amendment, paid at an offline point with the relative's signature, back at the office in the sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from payout_desk.domain.fold import ConflictKind
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.office.payments import PaymentOrder
from payout_desk.services.point.pay import PayoutRequest, Proxy
from tests.roundkit import MONTH, Round, stroke_png

RELATIVE = Proxy("", "079123456789", "vợ", id_checked=True)


def funeral(code: str = "NCC002", **changes: object) -> PaymentOrder:
    fields: dict[str, object] = {
        "code": code,
        "kind": "funeral",
        "amount": 18_000_000,
        "recipient_name": "Lê Thị Hai",
        "recipient_id": "079 123 456 789",
        "relation": "vợ",
        "reason": "Quyết định 12/QĐ-LĐTBXH",
    }
    fields.update(changes)
    return PaymentOrder(**fields)  # type: ignore[arg-type]


def reported_deceased(game: Round) -> None:
    game.devices[0].records.report(
        "NCC002", "deceased", day="2026-12-01", reported_by="trưởng ấp", staff="Lan"
    )
    game.office.imports.files([game.export(0, "death.pdsync")])


def load(game: Round, path: Path) -> None:
    for desk in game.devices:
        desk.lists.load(path)


@pytest.mark.devices(1)
def test_a_funeral_payment_is_paid_to_the_relative_despite_the_death(game: Round, tmp_path: Path) -> None:
    reported_deceased(game)
    report = game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", payment=funeral())
    (change,) = report.changes
    assert change.kind == "payment" and change.code == "NCC002#1"
    assert change.beneficiary is not None and change.beneficiary.proxy_name == "Lê Thị Hai"
    load(game, report.path)
    desk = game.devices[0]
    assert desk.pay.payable("NCC002") is not None  # the monthly allowance stays refused
    assert desk.pay.payable("NCC002#1") is None
    with pytest.raises(Refused, match="Lê Thị Hai"):  # to the deceased himself: no
        desk.pay.record(PayoutRequest("NCC002#1", staff="Lan", thumbprint=True))
    with pytest.raises(Refused):  # another ID than the office wrote down
        desk.pay.record(
            PayoutRequest(
                "NCC002#1",
                staff="Lan",
                proxy=Proxy("", "079123456780", id_checked=True),
                standing_proxy=True,
                thumbprint=True,
            )
        )
    with pytest.raises(Refused, match="signature or thumbprint"):  # neither signed nor thumbprint
        desk.pay.record(PayoutRequest("NCC002#1", staff="Lan", proxy=RELATIVE, standing_proxy=True))
    done = desk.pay.record(
        PayoutRequest(
            "NCC002#1", staff="Lan", proxy=RELATIVE, standing_proxy=True, signature_png=stroke_png(3)
        )
    )
    assert done.amount == 18_000_000
    with pytest.raises(Refused):  # once
        desk.pay.record(
            PayoutRequest("NCC002#1", staff="Lan", proxy=RELATIVE, standing_proxy=True, thumbprint=True)
        )

    game.office.imports.files([game.export(0, "after.pdsync")])
    status = game.office.status.month(MONTH)
    kinds = {(c.kind, c.beneficiary_code) for c in status.conflicts}
    assert (ConflictKind.PAID_DECEASED.value, "NCC002#1") not in kinds
    assert not any(code.startswith("NCC002") for _kind, code in kinds)
    person = game.office.people.person("NCC002")
    assert person.death is not None and person.death.reported_by == "trưởng ấp"
    (family,) = person.family
    assert (family.label, family.amount, family.recipient_name, family.line_code) == (
        "Mai táng phí",
        18_000_000,
        "Lê Thị Hai",
        "NCC002#1",
    )
    assert family.paid is not None and family.paid.recipient == "Lê Thị Hai" and family.paid.staff == "Lan"
    assert person.paid == 0  # the monthly allowance was not paid; the family's payment is not it


@pytest.mark.devices(1)
def test_a_payment_order_is_checked_and_changes_nothing(game: Round, tmp_path: Path) -> None:
    out = tmp_path / "amend"
    with pytest.raises(Refused, match="NCC002"):  # no death on record yet
        game.office.amendments.amend(MONTH, "P01", out, payment=funeral())
    reported_deceased(game)
    with pytest.raises(UsageError):
        game.office.amendments.amend(MONTH, "P01", out, payment=funeral(kind="gift"))
    with pytest.raises(UsageError):
        game.office.amendments.amend(MONTH, "P01", out, payment=funeral(amount=0))
    with pytest.raises(UsageError):
        game.office.amendments.amend(MONTH, "P01", out, payment=funeral(recipient_id=" "))
    with pytest.raises(Refused):
        game.office.amendments.amend(MONTH, "P01", out, payment=funeral("NCC777"))
    assert not out.exists()
    game.office.amendments.amend(MONTH, "P01", out, payment=funeral())
    with pytest.raises(Refused, match=r"số 1|no\. 1"):
        game.office.amendments.amend(MONTH, "P01", out, payment=funeral(amount=1))
    other = game.office.amendments.amend(MONTH, "P01", out, payment=funeral(kind="one-off", amount=5_000_000))
    assert [(c.code, c.payment and c.payment.label) for c in other.changes] == [
        ("NCC002#2", "Trợ cấp một lần")
    ]
