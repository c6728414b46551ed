"""OfficeDesk: import the month's register, split it per point, issue signed list files."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, contains_eager

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.month import Month
from payout_desk.domain.payout_list import EnrolledDevice, ListRef, ListStatus
from payout_desk.domain.text import fold
from payout_desk.exchange.listfile import ListHeader, beneficiaries_json, build_list_file_from_json
from payout_desk.exchange.names import list_file_name
from payout_desk.exchange.register import RegisterFileError, RegisterResult, read_register
from payout_desk.lang import t, text_of
from payout_desk.services.backup import BackupDesk
from payout_desk.services.desk import OFFICE_LOCK, list_lock, parse_month, read_input_file, sealed_for
from payout_desk.services.errors import DeskError, InvalidInput
from payout_desk.services.inputs import REGISTER_LIMIT
from payout_desk.services.ledger_db import latest_list, refresh_states
from payout_desk.services.lists_db import content_sha256, copy_entries, enrolled_devices_json, insert_entries
from payout_desk.services.office_amend import OfficeAmend
from payout_desk.services.office_points import (
    PointBook,
    PointSummary,
    add_revision,
    group_by_point,
    point_summary,
)
from payout_desk.services.office_sync import FileOutcome, OfficeSync
from payout_desk.services.register_month import check_title_month
from payout_desk.services.reports_desk import OfficeReports
from payout_desk.store.bulk import gc_paused
from payout_desk.store.locks import hold
from payout_desk.store.models import ListBody, PayoutList, Point, RegisterImport
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import SigningKey


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


@dataclass(slots=True)
class ImportResult:
    files: list[FileOutcome]
    conflicts: int  # conflicts (open or resolved) in the months the files are for


@dataclass(frozen=True, slots=True)
class IssuedFile(ListRef):
    path: Path
    beneficiaries: int
    cash_total: int
    new_revision: bool
    sealed: bool = False  # sealed to the point's laptops (no laptop enrolled yet: not sealed)


class OfficeDesk(OfficeSync, OfficeAmend, OfficeReports, BackupDesk):
    """The office's desk: registers in, signed lists and amendments out, sync files in, reconciliation."""

    def import_register(
        self, path: Path, month_text: str, *, skip_invalid: bool = False, confirm_month: bool = False
    ) -> RegisterReport:
        """Import the month's register; refused (MonthMismatch) when its title names another month, unless
        `confirm_month`."""
        month = parse_month(month_text)
        office_name = self.require_identity("office").name
        data = read_input_file(path, REGISTER_LIMIT)
        try:
            with gc_paused():
                result = read_register(path)
        except RegisterFileError as exc:
            raise InvalidInput(text_of(exc)) from exc
        check_title_month(result.title_month, month, confirmed=confirm_month)
        report = self._report(result, month, path)
        if result.errors and not skip_invalid:
            return report
        with gc_paused(), self.db.transaction(OFFICE_LOCK) as session:
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
            report.points = self._store_drafts(session, month, result, record.id, office_name)
        report.committed = True
        report.imported = len(result.entries)
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
        with self.db.reading() as session:
            codes = {p.name_folded: p.code for p in session.scalars(select(Point))}
        return [
            point_summary(
                entries[0].point_code or codes.get(fold(entries[0].point_name), ""),
                entries[0].point_name,
                [e.person for e in entries],
            )
            for entries in group_by_point(result.entries).values()
        ]

    def _store_drafts(
        self, session: Session, month: Month, result: RegisterResult, import_id: int, office_name: str
    ) -> list[PointSummary]:
        self._discard_drafts(session, str(month))
        book = PointBook(session)
        groups = list(group_by_point(result.entries).items())
        points = [book.point(code, entries[0].point_name, flush=False) for (code, _), entries in groups]
        session.flush()  # the new points' ids, in one statement
        issued = self._latest_issued(session, str(month))
        summaries = []
        for point, (_key, entries) in zip(points, groups, strict=True):
            beneficiaries = [e.person for e in entries]
            people_json = beneficiaries_json(beneficiaries)
            sha = content_sha256(str(month), point.code, people_json)
            latest = issued.get(point.id)
            figures = point_summary(point.code, point.name, beneficiaries)
            if latest is None or latest.content_sha256 != sha:
                draft = add_revision(
                    session,
                    list_id=latest.list_id if latest else str(uuid.uuid4()),
                    month=str(month),
                    point_id=point.id,
                    revision=latest.revision + 1 if latest else 1,
                    content_sha256=sha,
                    office_name=office_name,
                    register_import_id=import_id,
                    figures=figures,
                    body_json=people_json.decode("utf-8"),
                )
                insert_entries(session, draft.id, beneficiaries, [e.row for e in entries])
            summaries.append(figures)
        return summaries

    @staticmethod
    def _discard_drafts(session: Session, month: str) -> None:
        session.execute(
            delete(PayoutList).where(PayoutList.month == month, PayoutList.status == ListStatus.DRAFT.value)
        )

    @staticmethod
    def _latest_issued(session: Session, month: str) -> dict[int, PayoutList]:
        """Per point id: its list's latest issued revision of the month (one query for every point)."""
        rows = session.scalars(
            select(PayoutList)
            .where(PayoutList.month == month, PayoutList.status == ListStatus.ISSUED.value)
            .order_by(PayoutList.point_id, PayoutList.revision)
        )
        return {row.point_id: row for row in rows}  # the highest revision comes last

    def import_files(self, paths: list[Path]) -> ImportResult:
        """Import sync files (each on its own), then count the conflicts of the months they concern."""
        outcomes = self.import_sync(paths)
        with self.db.reading() as session:
            months = {
                row.month
                for row in (latest_list(session, o.list_id) for o in outcomes if o.list_id)
                if row is not None
            }
        return ImportResult(outcomes, sum(self.conflict_count(month) for month in sorted(months)))

    # issuing ----------------------------------------------------------------------------------------

    def issue_lists(self, month_text: str, out_dir: Path) -> list[IssuedFile]:
        """Sign and write one .pdlist per point: new revisions for changed lists, the same bytes again
        for lists already issued unchanged."""
        month = str(parse_month(month_text))
        self.require_identity("office")
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DeskError(t("office.cannot_create_folder", out_dir=out_dir, strerror=exc.strerror)) from exc
        key = self.signing_key()
        written: list[Path] = []
        try:
            with gc_paused(), self.db.transaction(OFFICE_LOCK) as session:
                rows = self._lists_to_issue(session, month)
                if not rows:
                    raise DeskError(t("office.no_register", month=month))
                issued = []
                now = iso_utc(utc_now())
                enrolled = enrolled_devices_json(session)
                bodies = {  # every body at once (they are signed one by one below)
                    body.payout_list_id: body
                    for body in session.scalars(
                        select(ListBody).where(ListBody.payout_list_id.in_([r.id for r in rows]))
                    )
                }
                for latest in rows:
                    devices = enrolled.get(latest.point_id, "[]")
                    row = latest
                    if row.status == ListStatus.ISSUED and row.devices != devices:
                        row = self._revision_for_devices(session, latest)
                    new_revision = row.status == ListStatus.DRAFT
                    if new_revision:
                        row.status, row.issued_at, row.devices = ListStatus.ISSUED, now, devices
                        if row.revision > 1:
                            hold(session.connection(), list_lock(row.list_id))
                            refresh_states(session, row.list_id)
                    row.office_key_id = key.public.key_id
                    data = self._list_file(session, row, key, bodies.get(row.id))
                    row.file_sha256 = hashlib.sha256(data).hexdigest()
                    path = out_dir / list_file_name(row.point.code, month)
                    data, sealed = sealed_for(data, key, row.devices)  # only the point's laptops open it
                    write_atomic(path, data)
                    written.append(path)
                    issued.append(
                        IssuedFile(
                            row.list_id,
                            row.revision,
                            row.month,
                            row.point.code,
                            row.point.name,
                            path,
                            row.beneficiaries,
                            row.cash_total,
                            new_revision,
                            sealed,
                        )
                    )
        except OSError as exc:
            for path in written:  # a signed file the database does not know must not travel
                path.unlink(missing_ok=True)
            raise DeskError(
                t("office.cannot_write_lists", out_dir=out_dir, value=exc.strerror or exc)
            ) from exc
        return issued

    @staticmethod
    def _revision_for_devices(session: Session, row: PayoutList) -> PayoutList:
        """A new draft revision with the same beneficiaries as `row`, to carry a changed set of devices."""
        body = session.get(ListBody, row.id)
        if body is None:
            raise DeskError(t("office.revision_lost", list_id=row.list_id, revision=row.revision))
        figures = PointSummary(
            row.point.code, row.point.name, row.beneficiaries, row.cash_total, row.home_visits, row.proxies
        )
        draft = add_revision(
            session,
            list_id=row.list_id,
            month=row.month,
            point_id=row.point_id,
            revision=row.revision + 1,
            content_sha256=row.content_sha256,
            office_name=row.office_name,
            register_import_id=row.register_import_id,
            figures=figures,
            body_json=body.beneficiaries_json,
        )
        copy_entries(session, row.id, draft.id)
        return draft

    @staticmethod
    def _list_file(session: Session, row: PayoutList, key: SigningKey, body: ListBody | None = None) -> bytes:
        body = body or session.get(ListBody, row.id)
        if body is None:
            raise DeskError(t("office.revision_lost", list_id=row.list_id, revision=row.revision))
        header = ListHeader(
            list_id=row.list_id,
            revision=row.revision,
            month=row.month,
            point_code=row.point.code,
            point_name=row.point.name,
            office_name=row.office_name,
            issued_at=row.issued_at or "",
            devices=tuple(EnrolledDevice(**d) for d in json.loads(row.devices or "[]")),
            beneficiaries=row.beneficiaries,
            cash_total=row.cash_total,
            home_visits=row.home_visits,
            proxies=row.proxies,
        )
        return build_list_file_from_json(header, body.beneficiaries_json.encode("utf-8"), key)

    def _lists_to_issue(self, session: Session, month: str) -> list[PayoutList]:
        """Per point: its draft if the last import changed the list, else its latest issued revision."""
        latest = (
            select(PayoutList.point_id, func.max(PayoutList.revision).label("revision"))
            .where(PayoutList.month == month)
            .group_by(PayoutList.point_id)
            .subquery()
        )
        query = (
            select(PayoutList)
            .join(
                latest,
                (PayoutList.point_id == latest.c.point_id) & (PayoutList.revision == latest.c.revision),
            )
            .where(PayoutList.month == month)
            .join(Point)
            .options(contains_eager(PayoutList.point))
            .order_by(Point.code)
        )
        return list(session.scalars(query))
