"""A round over two months for the report back to the welfare office (issue 15, item 7): in December a
payout to NCC002 on one laptop while the other reports them dead in November (an amount to recover), the
family's funeral payment paid to the widow, NCC005 moved to P02, NCC008 stopped as deceased by the office,
the month closed; in January NCC002 held, NCC005 listed at P02 (the move: no hold) and NCC006 moved there by
the register (a move seen at import), December's unpaid carried as arrears and NCC004's paid, NCC012 no
longer on the register, the people not collecting for two months flagged."""

from __future__ import annotations

from payout_desk.services.office.payments import PaymentOrder
from payout_desk.services.point.pay import PayoutRequest, Proxy
from tests.roundkit import Round, default_rows, next_month, person_row, stroke_png

DECEMBER, JANUARY = "2026-12", "2027-01"
WIDOW = Proxy("", "079123456789", "vợ", id_checked=True)
FUNERAL = PaymentOrder(
    "NCC002", "funeral", 18_000_000, "Lê Thị Hai", "079 123 456 789", "vợ", "Quyết định 12/QĐ-LĐTBXH"
)


def amount(i: int) -> int:
    return 2_789_000 + 1000 * i


def december(game: Round) -> None:
    one, two = game.devices
    one.pay.record(PayoutRequest("NCC001", thumbprint=True, staff="Lan"))
    one.pay.record(PayoutRequest("NCC002", thumbprint=True, staff="Lan"))  # paid: the death not yet known
    two.records.report("NCC002", "deceased", day="2026-11-20", reported_by="trưởng ấp Ba", staff="Hùng")
    game.office.imports.files([game.export(0, "one.pdsync"), game.export(1, "two.pdsync")])
    paid = game.office.amendments.amend(DECEMBER, "P01", game.root / "amend", payment=FUNERAL)
    one.lists.load(paid.path)
    one.pay.record(
        PayoutRequest("NCC002#1", staff="Lan", proxy=WIDOW, standing_proxy=True, signature_png=stroke_png(2))
    )
    game.office.imports.files([game.export(0, "family.pdsync")])
    game.office.transfers.transfer("NCC005", "P02", DECEMBER, game.root / "move", day="2026-12-05")
    game.office.amendments.amend(
        DECEMBER, "P01", game.root / "amend", stop="NCC008", reason="deceased", day="2026-12-03"
    )  # the welfare office's word: a death the point never reported
    game.office.closing.close(DECEMBER)


def january(game: Round) -> None:
    rows = [r for r in default_rows() if not r.startswith(("5,", "6,", "12,"))]  # NCC012: not on it
    rows += [
        person_row(i, point="Bưu cục Mỹ An", amount=amount(i)) for i in (5, 6)
    ]  # NCC006: by the register
    next_month(game, JANUARY, rows)
    game.office.closing.carry(DECEMBER, JANUARY)
    folder = game.root / "jan-again"
    game.office.lists.issue(JANUARY, folder)
    for desk in game.devices:
        desk.lists.load(folder / "P01_2027-01.pdlist")
    game.devices[0].pay.record(PayoutRequest("NCC004", thumbprint=True, staff="Lan"))
    game.office.imports.files([game.export(0, "jan.pdsync")])


def two_months(game: Round) -> None:
    december(game)
    january(game)
