"""What the office does with a failed transfer (issue 17 item 3), once the bank's result said so: put the
person on their point's cash list for the same month by báo tăng (signed and sealed to the point's laptops,
the amendment path of office/amendments.py: `sign_changes`), or carry the amount to next month as arrears
(issue 15's `arrears` rows: one per person and month, so nothing is carried twice). Called inside the result
import's transaction: a refusal here (a point without an issued list) leaves nothing applied."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.allowances import AllowanceKind
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import Change, ChangeKind, ListedBeneficiary, PayLine
from payout_desk.domain.text import fold
from payout_desk.exchange.listfile import parse_beneficiary
from payout_desk.lang import t
from payout_desk.services.common.amendments import stored_changes
from payout_desk.services.common.desk import list_lock
from payout_desk.services.common.errors import Refused
from payout_desk.services.office.amendments import sign_changes
from payout_desk.services.office.devices import AmendReport
from payout_desk.store.bank_models import TransferLine
from payout_desk.store.bank_transfers import lines_by_code
from payout_desk.store.closing import add_arrears, arrears_from, closing_of
from payout_desk.store.ledger import entitlements
from payout_desk.store.lists import newest_issued
from payout_desk.store.locks import hold
from payout_desk.store.models import Point
from payout_desk.store.points import all_points
from payout_desk.trust.keys import SigningKey

CASH, CARRY = "cash", "carry"


def point_of(points: Sequence[Point], code: str | None, name: str) -> Point | None:
    """The point a transfer line's register row names: by its code, else by its folded name (as the
    register import's PointBook finds it)."""
    if code:
        found = next((p for p in points if p.code == code), None)
        if found is not None:
            return found
    folded = fold(name)
    return next((p for p in sorted(points, key=lambda p: -p.id) if p.name_folded == folded), None)


def listed_person(line: TransferLine) -> ListedBeneficiary:
    """The person as the register listed them (stored with the line), else — a line stored before
    0009_results17 — their code, name and the month's amount as one monthly line."""
    if line.person_json:
        return parse_beneficiary(json.loads(line.person_json), 0)
    label = t("bankresults.monthly_line").vi
    return ListedBeneficiary(line.code, line.name, None, None, None, None, "", "", "", "", False, None, None, "",
                             (PayLine(AllowanceKind.MONTHLY.value, label, line.amount),))  # fmt: skip


class FailedMoves:
    """The failures of one result import acted on, in its session."""

    def __init__(self, session: Session, month: str, now: str, who: str) -> None:
        self.session = session
        self.month = month
        self.now = now
        self.who = who
        self.lines = lines_by_code(session, month)

    def to_cash(self, codes: Sequence[str], key: SigningKey, out_dir: Path) -> list[AmendReport]:
        """Each person on their point's issued list of the month by báo tăng (one amendment file per point);
        someone the list already holds (added by hand) is only marked. Refused for a closed month: its
        settlement is frozen (carry them to next month instead)."""
        if closing_of(self.session, self.month) is not None:
            raise Refused(t("bankresults.month_closed", month=Month.parse(self.month).label_vi))
        points = all_points(self.session)
        by_point: dict[int, list[TransferLine]] = defaultdict(list)
        places: dict[int, Point] = {}
        for code in codes:
            line = self.lines[code]
            point = point_of(points, line.point_code, line.point_name)
            row = newest_issued(self.session, self.month, point.id) if point is not None else None
            if point is None or row is None:
                raise Refused(
                    t("bankresults.point_not_issued", code=code, point=line.point_code or line.point_name,
                      month=Month.parse(self.month).label_vi)
                )  # fmt: skip
            by_point[point.id].append(line)
            places[point.id] = point
        done = []
        for point_id, lines in by_point.items():
            row = newest_issued(self.session, self.month, point_id)
            assert row is not None
            hold(self.session.connection(), list_lock(row.list_id))
            seq = len(stored_changes(self.session, row.list_id))
            ents = entitlements(self.session, row.list_id, [x.code for x in lines])[1]
            changes = []
            for line in lines:
                ent = ents.get(line.code)
                if ent is None or not ent.listed or ent.stop is not None:
                    seq += 1
                    changes.append(
                        Change(seq, ChangeKind.ADD, line.code, self.now, beneficiary=listed_person(line))
                    )
                self._acted(line, CASH)
            if changes:
                done.append(sign_changes(self.session, row, changes, key=key, now=self.now, out_dir=out_dir))
        return done

    def carry(self, codes: Sequence[str]) -> list[str]:
        """Each failed amount carried to next month as arrears (truy lĩnh); a person whose month was already
        carried is not carried twice."""
        done = arrears_from(self.session, self.month)
        later = str(Month.parse(self.month).next())
        rows, carried = [], []
        for code in codes:
            line = self.lines[code]
            if code not in done:
                rows.append(
                    {"code": code, "from_month": self.month, "to_month": later, "amount": line.amount,
                     "months": json.dumps([self.month]), "mode": CARRY, "list_id": None,
                     "created_at": self.now, "created_by": self.who}
                )  # fmt: skip
                carried.append(code)
            self._acted(line, CARRY)
        add_arrears(self.session, rows)
        return carried

    def _acted(self, line: TransferLine, action: str) -> None:
        line.failed_action = action
        line.failed_action_at = self.now
