"""Maker–checker at the office (issue 16 item 5): a clerk prepares a step that signs with the office key —
the month's lists to issue, an amendment, a release of a hold — as a pending item; a second person, an
approver (the key holder), approves it, and only then is it signed and written; or rejects it with a
reason. Both are recorded (the item's prepared_by and decided_by, and the chain of office actions).
Approval by the person who prepared the item is refused, nothing changed."""

from __future__ import annotations

import base64
import json
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.month import Month
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month, read_input_file
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.common.typed import typed
from payout_desk.services.office.amendments import Amendments
from payout_desk.services.office.bank_batches import BankBatches
from payout_desk.services.office.bank_results import BankResults
from payout_desk.services.office.clerks import ClerkInfo, ClerkRole, OfficeClerks
from payout_desk.services.office.devices import AmendReport, find_point, issued_list
from payout_desk.services.office.holds import Holds
from payout_desk.services.office.lists import Lists
from payout_desk.services.office.payments import PaymentOrder
from payout_desk.services.office.transfers import Transfers
from payout_desk.store.lists import newest_lists_of_month
from payout_desk.store.models import PendingItem
from payout_desk.store.office_roles import open_item, pending, pending_item

ISSUE, AMEND, RELEASE, TRANSFER, BANK_BATCH = "issue", "amend", "release", "transfer", "bank"
TO_CASH = "tocash"  # issue 17: the month's failed transfers onto the points' cash lists by báo tăng
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
# The office action each kind is, named like the step done directly: "issue-lists.prepared", "amend.approved" …
STEP = {
    ISSUE: "issue-lists",
    AMEND: "amend",
    RELEASE: "release-hold",
    TRANSFER: "transfer",
    BANK_BATCH: "transfer-batch",  # issue 17: the month's bank-transfer batches, signed once approved
    TO_CASH: "transfer-failed-to-cash",  # issue 17: failed transfers onto the cash lists, signed once approved
}
ADD_FILE_LIMIT = 64 * 1024 * 1024  # a báo tăng file kept with its item until approved


@dataclass(frozen=True, slots=True)
class PendingInfo:
    id: int
    kind: str
    month: str
    what: dict[str, Any]  # the step's arguments (an added file by name only)
    prepared_by: str
    prepared_at: str
    state: str
    decided_by: str | None
    decided_at: str | None
    reason: str | None
    files: list[str]  # what approving it wrote


def _info(row: PendingItem) -> PendingInfo:
    what = json.loads(row.payload)
    what.pop("add_bytes", None)
    result = json.loads(row.result or "{}")
    return PendingInfo(
        row.id,
        row.kind,
        row.month,
        what,
        row.prepared_by,
        row.prepared_at,
        row.state,
        row.decided_by,
        row.decided_at,
        row.reason,
        list(result.get("files", [])),
    )


def _amend_files(report: AmendReport) -> list[str]:
    return [str(report.path)]


class Approvals:
    """`office.approvals`: pending items prepared, listed, approved (signed) or rejected."""

    def __init__(
        self,
        desk: Desk,
        clerks: OfficeClerks,
        *,
        lists: Lists,
        amendments: Amendments,
        holds: Holds,
        transfers: Transfers,
        bank: BankBatches,
        bank_results: BankResults,
    ) -> None:
        self.desk = desk
        self.clerks = clerks
        self.lists = lists
        self.amendments = amendments
        self.holds = holds
        self.transfers = transfers
        self.bank = bank
        self.bank_results = bank_results

    # prepare ----------------------------------------------------------------------------------------

    def _prepare(self, kind: str, month: str, what: dict[str, Any]) -> PendingInfo:
        self.desk.require_identity("office")
        who = self.clerks.require_signed_in()
        by = who.name if who is not None else self.clerks.who()
        payload = json.dumps(what, ensure_ascii=False, sort_keys=True)
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            row = open_item(session, kind, month, payload)
            if row is None:
                row = PendingItem(
                    kind=kind,
                    month=month,
                    payload=payload,
                    prepared_by=by,
                    prepared_at=iso_utc(utc_now()),
                    state=PENDING,
                )
                session.add(row)
                session.flush()
            info = _info(row)
        self.clerks.record(f"{STEP[kind]}.prepared", month, {"item": info.id, "kind": kind, **info.what})
        return info

    def prepare_issue(self, month_text: str) -> PendingInfo:
        """The month's lists, to be signed and issued once approved."""
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            if not newest_lists_of_month(session, month):
                raise UsageError(t("office.no_register", month=month))
        return self._prepare(ISSUE, month, {"month": month})

    def prepare_amend(
        self,
        month_text: str,
        point_code: str,
        *,
        stop: str | None = None,
        reason: str | None = None,
        day: str | None = None,
        add_file: Path | None = None,
        payment: PaymentOrder | None = None,
    ) -> PendingInfo:
        """A stop, additions or a family's one-off payment, to be signed into the .pdamend once approved."""
        month = str(parse_month(month_text))
        if sum(x is not None for x in (stop, add_file, payment)) != 1:
            raise UsageError(t("office.stop_or_add"))
        with self.desk.db.reading() as session:
            issued_list(session, month, find_point(session, point_code))  # one sentence if not
        what: dict[str, Any] = {"month": month, "point": point_code.strip().upper()}
        if stop is not None:
            what |= {"stop": typed(stop, "code").strip(), "reason": reason, "date": day}
        elif payment is not None:
            what |= {"payment": asdict(payment)}
        elif add_file is not None:
            data = read_input_file(add_file, ADD_FILE_LIMIT)
            what |= {"add": add_file.name, "add_bytes": base64.b64encode(data).decode("ascii")}
        return self._prepare(AMEND, month, what)

    def prepare_release(self, code: str, month_text: str, reason: str) -> PendingInfo:
        """A held person put back on their list, once approved."""
        month = str(parse_month(month_text))
        code = typed(code, "code").strip()
        if not any(h.code == code and h.state == "held" for h in self.holds.month(month)):
            raise Refused(t("holds.not_held", code=code, month=month))
        said = typed(reason, "reason").strip()
        if not said:
            raise UsageError(t("roles.reason_needed"))
        return self._prepare(RELEASE, month, {"code": code, "reason": said})

    def prepare_transfer(
        self, code: str, to_point: str, month_text: str, *, day: str | None = None
    ) -> PendingInfo:
        """A move to another point (stop here, add there), to be signed into both .pdamend once approved."""
        month = str(parse_month(month_text))
        wanted = typed(code, "code").strip()
        with self.desk.db.reading() as session:
            point_code = find_point(session, to_point).code  # one sentence if not
        return self._prepare(TRANSFER, month, {"code": wanted, "to": point_code, "date": day})

    def prepare_bank_batch(self, month_text: str, *, bank: str | None = None) -> PendingInfo:
        """The month's bank-transfer batches (of one bank), to be written and signed once approved."""
        month = str(parse_month(month_text))
        what: dict[str, Any] = {"month": month}
        if bank:
            what["bank"] = self.bank.bank(bank).bin  # one sentence if the table has no such bank
        return self._prepare(BANK_BATCH, month, what)

    def prepare_failed_to_cash(self, month_text: str) -> PendingInfo:
        """The month's failed transfers (listed only) onto their points' cash lists, signed once approved."""
        month = str(parse_month(month_text))
        if not self.bank_results.waiting_failures(month):
            raise Refused(t("bankresults.no_failures", month=Month.parse(month).label_vi))
        return self._prepare(TO_CASH, month, {"month": month})

    # read -------------------------------------------------------------------------------------------

    def items(self, month_text: str | None = None, *, every: bool = False) -> list[PendingInfo]:
        """The items waiting (every item, decided too, with `every`), oldest first."""
        self.desk.require_identity("office")
        month = str(parse_month(month_text)) if month_text else None
        with self.desk.db.reading() as session:
            return [_info(row) for row in pending(session, month=month, state=None if every else PENDING)]

    # decide -----------------------------------------------------------------------------------------

    def _approver(self) -> ClerkInfo:
        self.desk.require_identity("office")
        who = self.clerks.require_signed_in()
        if who is None:
            raise UsageError(t("roles.no_clerks"))
        if who.role != ClerkRole.APPROVER:
            raise Refused(t("roles.not_approver", name=who.name))
        return who

    def _claim(self, item_id: int, who: ClerkInfo, state: str, reason: str | None) -> PendingItem:
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            row = pending_item(session, item_id)
            if row is None:
                raise UsageError(t("roles.no_item", id=item_id))
            if row.state != PENDING:
                raise Refused(t("roles.decided", id=item_id, state=row.state, name=row.decided_by or "-"))
            if state == APPROVED and row.prepared_by == who.name:
                raise Refused(t("roles.same_person", id=item_id, name=who.name))
            row.state, row.decided_by, row.decided_at, row.reason = (
                state,
                who.name,
                iso_utc(utc_now()),
                reason,
            )
            session.flush()
            session.expunge(row)
            return row

    def _undo(self, item_id: int) -> None:
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            row = pending_item(session, item_id)
            if row is not None:
                row.state, row.decided_by, row.decided_at = PENDING, None, None

    def approve(self, item_id: int, out_dir: Path) -> PendingInfo:
        """Sign and write what the item prepared; refused (nothing changed) for the clerk who prepared it,
        a clerk who is not an approver, an item already decided."""
        who = self._approver()
        row = self._claim(item_id, who, APPROVED, None)
        try:
            with self.clerks.approving():
                files = self._carry_out(row, out_dir)
        except BaseException:
            self._undo(item_id)
            raise
        with self.desk.db.transaction(OFFICE_LOCK) as session:
            stored = pending_item(session, item_id)
            assert stored is not None
            stored.result = json.dumps({"files": files}, ensure_ascii=False)
            info = _info(stored)
        self.clerks.record(
            f"{STEP[row.kind]}.approved", row.month, {"item": item_id, "kind": row.kind, "files": files}
        )
        return info

    def reject(self, item_id: int, reason: str) -> PendingInfo:
        """Turn an item down, with the reason; nothing is signed."""
        who = self._approver()
        said = typed(reason, "reason").strip()
        if not said:
            raise UsageError(t("roles.reason_needed"))
        row = self._claim(item_id, who, REJECTED, said)
        self.clerks.record(
            f"{STEP[row.kind]}.rejected", row.month, {"item": item_id, "kind": row.kind, "reason": said}
        )
        return _info(row)

    def _carry_out(self, row: PendingItem, out_dir: Path) -> list[str]:
        what = json.loads(row.payload)
        if row.kind == ISSUE:
            return [str(f.path) for f in self.lists.issue(row.month, out_dir)]
        if row.kind == TRANSFER:
            moved = self.transfers.transfer(
                what["code"], what["to"], row.month, out_dir, day=what.get("date")
            )
            return [str(moved.stop.path), str(moved.add.path)]
        if row.kind == BANK_BATCH:
            run = self.bank.write(row.month, out_dir, bank=what.get("bank"))
            return [f for batch in run.batches for f in batch.files]
        if row.kind == TO_CASH:
            return [str(a.path) for a in self.bank_results.failed_to_cash(row.month, out_dir)]
        if row.kind == RELEASE:
            done = self.holds.release(what["code"], row.month, what["reason"], out_dir, by=row.prepared_by)
            return _amend_files(done.amendment) if done.amendment is not None else []
        if "add_bytes" in what:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / Path(what["add"]).name
                path.write_bytes(base64.b64decode(what["add_bytes"]))
                report = self.amendments.amend(row.month, what["point"], out_dir, add_file=path)
            return _amend_files(report)
        payment = PaymentOrder(**what["payment"]) if "payment" in what else None
        report = self.amendments.amend(
            row.month,
            what["point"],
            out_dir,
            stop=what.get("stop"),
            reason=what.get("reason"),
            day=what.get("date"),
            payment=payment,
        )
        return _amend_files(report)
