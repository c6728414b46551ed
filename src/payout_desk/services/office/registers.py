"""The month's register at the office (`office.registers`): read, checked, and stored as each point's draft
list, to be issued by `office.lists`."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.month import Month
from payout_desk.domain.text import fold
from payout_desk.exchange.listfile import beneficiaries_json
from payout_desk.exchange.register import RegisterFileError, RegisterResult, read_register
from payout_desk.lang import text_of
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month, read_input_file
from payout_desk.services.common.errors import InvalidInput
from payout_desk.services.common.inputs import REGISTER_LIMIT
from payout_desk.services.office.arrears import reapply_arrears
from payout_desk.services.office.points import (
    PointBook,
    PointSummary,
    add_bodies,
    group_by_point,
    new_revision,
    point_summary,
)
from payout_desk.services.office.register_history import check_history, record_history
from payout_desk.services.office.register_month import check_title_month
from payout_desk.services.office.transfer_lines import sent_changes, store_transfer_lines
from payout_desk.store.bulk import gc_paused
from payout_desk.store.lists import (
    content_sha256,
    discard_drafts,
    insert_lists_entries,
    newest_issued_by_point,
)
from payout_desk.store.models import RegisterImport
from payout_desk.store.points import all_points


@dataclass(slots=True)
class RegisterReport:
    month: str
    file: str
    sheet: str
    rows_read: int
    imported: int
    non_cash: int
    committed: bool
    errors: list[dict[str, object]]
    warnings: list[dict[str, object]]
    points: list[PointSummary] = field(default_factory=list)
    cells: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)  # issue row → its cells
    title_month: str | None = None  # the month the register's title names (YYYY-MM), if any
    held: int = 0  # people imported but kept off the lists (issue 15: held, or their stop confirmed)


class Registers:
    """Importing the month's register into draft lists, one per point."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def import_file(
        self, path: Path, month_text: str, *, skip_invalid: bool = False, confirm_month: bool = False
    ) -> RegisterReport:
        """Import the month's register; refused (MonthMismatch) when its title names another month, unless
        `confirm_month`."""
        month = parse_month(month_text)
        office_name = self.desk.require_identity("office").name
        data = read_input_file(path, REGISTER_LIMIT)
        try:
            with gc_paused():
                result = read_register(path)
        except RegisterFileError as exc:
            raise InvalidInput(text_of(exc)) from exc
        check_title_month(result.title_month, month, confirmed=confirm_month)
        with gc_paused(), self.desk.db.reading() as session:  # a month of lines: no cycles to collect
            history = check_history(session, str(month), result)
        result.entries = [e for e in result.entries if e.row not in history.refused_rows]
        report = self._report(result, month, path)
        report.errors += history.errors
        report.warnings += history.warnings
        report.held = len(history.kept_off)
        if report.errors and not skip_invalid:
            return report
        with gc_paused(), self.desk.db.transaction(OFFICE_LOCK) as session:
            report.warnings += sent_changes(session, str(month), result.entries)
            record = RegisterImport(
                month=str(month),
                file_name=path.name,
                file_sha256=hashlib.sha256(data).hexdigest(),
                sheet=result.sheet,
                imported_at=iso_utc(utc_now()),
                rows_read=result.rows_read,
                imported=len(result.entries),
                non_cash=result.non_cash,
                skipped_invalid=bool(result.errors),
                errors=report.errors,
                warnings=report.warnings,
            )
            session.add(record)
            session.flush()
            record_history(session, str(month), history, office_name, record.imported_at)
            store_transfer_lines(session, str(month), result.entries, record.id)  # issue 17
            report.points = self._store_drafts(
                session, month, result, record.id, office_name, held=history.kept_off
            )
            reapply_arrears(session, str(month))  # arrears already carried onto the month stay on its lists
        report.committed = True
        report.imported = len(result.entries)
        self.desk.attribute(
            "import-register", month, file=path.name, imported=report.imported, points=len(report.points)
        )
        return report

    def _report(self, result: RegisterResult, month: Month, path: Path) -> RegisterReport:
        return RegisterReport(
            month=str(month),
            file=str(path),
            sheet=result.sheet,
            rows_read=result.rows_read,
            imported=0,
            non_cash=result.non_cash,
            committed=False,
            errors=[
                {
                    "row": e.row,
                    "column": e.column,
                    "code": e.code,
                    "message": e.text.en,
                    "message_vi": e.text.vi,
                }
                for e in result.errors
            ],
            warnings=[
                {
                    "row": w.row,
                    "column": w.column,
                    "code": w.code,
                    "message": w.text.en,
                    "message_vi": w.text.vi,
                }
                for w in result.warnings
            ],
            points=self._known_points(result),
            cells=result.cells,
            title_month=str(result.title_month) if result.title_month else None,
        )

    def _known_points(self, result: RegisterResult) -> list[PointSummary]:
        """Per-point figures of a register not (yet) stored, with the codes the points already have."""
        with self.desk.db.reading() as session:
            codes = {p.name_folded: p.code for p in all_points(session)}
        return [
            point_summary(
                entries[0].point_code or codes.get(fold(entries[0].point_name), ""),
                entries[0].point_name,
                [e.person for e in entries],
            )
            for entries in group_by_point(result.entries).values()
        ]

    def _store_drafts(
        self,
        session: Session,
        month: Month,
        result: RegisterResult,
        import_id: int,
        office_name: str,
        *,
        held: Collection[str] = (),
    ) -> list[PointSummary]:
        """Each point's draft, the held people left out (issue 15: kept off the lists until decided)."""
        discard_drafts(session, str(month))
        book = PointBook(session)
        listed = [e for e in result.entries if e.code not in held]
        groups = list(group_by_point(listed).items())
        points = [book.point(code, entries[0].point_name, flush=False) for (code, _), entries in groups]
        session.flush()  # the new points' ids, in one statement
        issued = newest_issued_by_point(session, str(month))
        summaries, drafts, bodies = [], [], []
        for point, (_key, entries) in zip(points, groups, strict=True):
            beneficiaries = [e.person for e in entries]
            people_json = beneficiaries_json(beneficiaries)
            sha = content_sha256(str(month), point.code, people_json)
            latest = issued.get(point.id)
            figures = point_summary(point.code, point.name, beneficiaries)
            if latest is None or latest.content_sha256 != sha:
                draft = new_revision(
                    session,
                    list_id=latest.list_id if latest else str(uuid.uuid4()),
                    month=str(month),
                    point_id=point.id,
                    revision=latest.revision + 1 if latest else 1,
                    content_sha256=sha,
                    office_name=office_name,
                    register_import_id=import_id,
                    figures=figures,
                )
                drafts.append((draft, entries))
                bodies.append((draft, people_json.decode("utf-8")))
            summaries.append(figures)
        session.flush()  # every draft's id, in one flush
        add_bodies(session, bodies)
        insert_lists_entries(
            session,
            [(draft.id, [e.person for e in entries], [e.row for e in entries]) for draft, entries in drafts],
        )
        return summaries
