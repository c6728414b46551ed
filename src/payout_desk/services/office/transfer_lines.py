"""The month's transfer lines stored by the register import (issue 17): one line per beneficiary the
register pays by transfer, in the import's transaction. A re-import replaces the lines not yet in a batch;
a line already sent is never rewritten — when the register now gives it another amount or account, the
import says so (warning `transfer_sent_changed`)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from payout_desk.exchange.listfile import beneficiary_to_json
from payout_desk.exchange.register import RegisterEntry
from payout_desk.lang import Text, t
from payout_desk.store.bank_models import LISTED, PAID, SENT
from payout_desk.store.bank_transfers import lines_by_code, replace_listed


def _row(month: str, entry: RegisterEntry, import_id: int) -> tuple[Any, ...]:
    """The entry's values in store/bank_transfers.LINE_COLUMNS order."""
    account = entry.account
    number = account.number if account else None
    return (
        month,
        entry.code,
        entry.name,
        entry.point_code,
        entry.point_name,
        entry.total,
        (number.digits if number.valid else number.typed.strip()) if number else "",
        (number.problem.value if number.problem else None) if number else "empty",
        account.bank.bin if account and account.bank else None,
        account.bank_text if account else "",
        account.holder if account else "",
        import_id,
        entry.row,
        LISTED,
        json.dumps(beneficiary_to_json(entry.person), ensure_ascii=False),  # issue 17: a failure's báo tăng
    )


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _warning(entry: RegisterEntry, code: str, text: Text) -> dict[str, Any]:
    return {
        "row": entry.row,
        "column": "",
        "code": code,
        "message": text.en,
        "message_vi": text.vi,
        "person": entry.code,
    }


def sent_changes(session: Session, month: str, entries: list[RegisterEntry]) -> list[dict[str, Any]]:
    """The warnings for the month's lines already sent that the register now gives another amount or
    account, or pays in cash (read before the import stores anything: they go into its report)."""
    stored = lines_by_code(session, month)
    warnings = []
    for entry in entries:
        line = stored.get(entry.code)
        if line is None or line.state == LISTED:
            continue
        account = entry.account.number.digits if entry.account else ""
        if entry.cash and line.state in (SENT, PAID):  # with the bank, and now on a cash list: paid twice?
            text = t("bank.sent_now_cash", code=entry.code, state=line.state, amount=_vnd(line.amount))
            warnings.append(_warning(entry, "transfer_sent_now_cash", text))
        elif not entry.cash and (line.amount != entry.total or (account and account != line.account)):
            text = t(
                "bank.sent_changed",
                code=entry.code,
                state=line.state,
                amount=_vnd(line.amount),
                new_amount=_vnd(entry.total),
                account=line.account,
                new_account=account or "—",
            )
            warnings.append(_warning(entry, "transfer_sent_changed", text))
    return warnings


def store_transfer_lines(session: Session, month: str, entries: list[RegisterEntry], import_id: int) -> int:
    """The month's transfer rows stored in place of the lines not yet in a batch (a line already sent,
    paid or failed stays as it is); the number of lines stored."""
    kept = {code for code, line in lines_by_code(session, month).items() if line.state != LISTED}
    rows = [_row(month, e, import_id) for e in entries if not e.cash and e.code not in kept]
    replace_listed(session, month, rows)
    return len(rows)
