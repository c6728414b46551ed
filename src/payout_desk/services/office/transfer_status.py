"""The month's bank transfers for `office.status` (issue 17 item 4): each transfer line as the settlement
counts it (domain/transfer_figures.TransferFact) — its point found as the register import finds it, and
whether the person also stands on that point's cash list — and the banks' names."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from payout_desk.domain.transfer_figures import TO_CASH, TransferFact
from payout_desk.exchange.bank_table import bank_table
from payout_desk.services.office.failed_transfers import point_of
from payout_desk.store.bank_results import settled_lines
from payout_desk.store.ledger import entitlements
from payout_desk.store.models import PayoutList
from payout_desk.store.points import all_points


def transfer_facts(session: Session, month: str, rows: list[PayoutList]) -> list[TransferFact]:
    """The month's transfer lines, each with its point's code and whether the point's list holds them."""
    lines = settled_lines(session, month)
    if not lines:
        return []
    points = all_points(session)
    where = {}
    for line in lines:
        point = point_of(points, line.point_code, line.point_name)
        where[line.code] = (
            (point.code, point.name) if point else (line.point_code or line.point_name, line.point_name)
        )
    codes: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        codes[where[line.code][0]].append(line.code)
    on_list: set[str] = set()
    for row in rows:
        wanted = codes.get(row.point.code, [])
        if wanted:
            ents = entitlements(session, row.list_id, wanted)[1]
            on_list |= {code for code, ent in ents.items() if ent.listed and ent.stop is None}
    return [
        TransferFact(
            line.code,
            *where[line.code],
            line.bank_bin or "",
            line.amount,
            line.state,
            line.failed_action,
            line.code in on_list and not (line.state == "failed" and line.failed_action == TO_CASH),
        )
        for line in lines
    ]


def bank_name(bin_code: str) -> str:
    """A bank's short name by BIN ("" for an unknown bank)."""
    bank = bank_table().by_bin(bin_code) if bin_code else None
    return bank.short_name if bank is not None else ""
