"""Issuing at the office (`office.lists`): each point's list signed, sealed to its laptops and written, a new
revision only when something changed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.payout_list import EnrolledDevice, ListRef, ListStatus
from payout_desk.exchange.listfile import ListHeader, build_list_file_from_json, with_histories
from payout_desk.exchange.names import list_file_name
from payout_desk.lang import t
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, list_lock, parse_month, sealed_for
from payout_desk.services.common.errors import DeskError
from payout_desk.services.office.opening_key import opening_public
from payout_desk.services.office.points import next_revision
from payout_desk.services.office.unclaimed import IssueHistory
from payout_desk.store.bulk import gc_paused
from payout_desk.store.ledger import refresh_states
from payout_desk.store.lists import enrolled_devices_json, list_bodies, newest_lists_of_month
from payout_desk.store.locks import hold
from payout_desk.store.models import ListBody, PayoutList
from payout_desk.store.unclaimed import stamped_histories
from payout_desk.trust.atomic import fsync_dir, write_atomic
from payout_desk.trust.keys import SigningKey


@dataclass(frozen=True, slots=True)
class IssuedFile(ListRef):
    path: Path
    beneficiaries: int
    cash_total: int
    new_revision: bool
    sealed: bool = False  # sealed to the point's laptops (no laptop enrolled yet: not sealed)


class Lists:
    """Signing and writing the month's list files."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def issue(self, month_text: str, out_dir: Path) -> list[IssuedFile]:
        """Sign and write one .pdlist per point: new revisions for changed lists, the same bytes again
        for lists already issued unchanged."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DeskError(t("office.cannot_create_folder", out_dir=out_dir, strerror=exc.strerror)) from exc
        key = self.desk.signing_key()
        written: list[Path] = []
        try:
            with gc_paused(), self.desk.db.transaction(OFFICE_LOCK) as session:
                rows = self._lists_to_issue(session, month)
                if not rows:
                    raise DeskError(t("office.no_register", month=month))
                issued = []
                now = iso_utc(utc_now())
                enrolled = enrolled_devices_json(session)
                opening = opening_public(session)  # issue 16: laptops seal to it too
                bodies = list_bodies(session, [r.id for r in rows])  # every body at once (signed one by one)
                history = IssueHistory(session, month, [r.id for r in rows if r.status == ListStatus.DRAFT])
                for latest in rows:
                    devices = enrolled.get(latest.point_id, "[]")
                    row = latest
                    if row.status == ListStatus.ISSUED and (row.devices, row.import_key) != (
                        devices,
                        opening,
                    ):
                        row = next_revision(session, latest)  # the same people, new devices or opening key
                    new_revision = row.status == ListStatus.DRAFT
                    kept = None  # an unchanged revision carries the histories kept when it was issued
                    if new_revision:
                        row.status, row.issued_at, row.devices = ListStatus.ISSUED, now, devices
                        row.import_key = opening
                        kept = history.stamp(row.id)  # each person's last months (issue 15)
                        if row.revision > 1:
                            hold(session.connection(), list_lock(row.list_id))
                            refresh_states(session, row.list_id)
                    row.office_key_id = key.public.key_id
                    data = self._list_file(session, row, key, bodies.get(row.id), kept)
                    row.file_sha256 = hashlib.sha256(data).hexdigest()
                    path = out_dir / list_file_name(row.point.code, month)
                    data, sealed = sealed_for(data, key, row.devices)  # only the point's laptops open it
                    write_atomic(path, data, sync_folder=False)  # the folder once, after the last
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
                fsync_dir(out_dir)  # every file's name durable before the database says it was issued
        except OSError as exc:
            for path in written:  # a signed file the database does not know must not travel
                path.unlink(missing_ok=True)
            raise DeskError(
                t("office.cannot_write_lists", out_dir=out_dir, value=exc.strerror or exc)
            ) from exc
        self.desk.attribute("issue-lists", month, out=out_dir, files=[f.path.name for f in issued])
        return issued

    @staticmethod
    def _list_file(
        session: Session,
        row: PayoutList,
        key: SigningKey,
        body: ListBody | None = None,
        kept: Mapping[str, str] | None = None,
    ) -> bytes:
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
            import_key=row.import_key,
        )
        if kept is None:
            kept = stamped_histories(session, row.id)
        people = with_histories(body.beneficiaries_json.encode("utf-8"), kept)
        return build_list_file_from_json(header, people, key)

    def _lists_to_issue(self, session: Session, month: str) -> list[PayoutList]:
        """Per point: its draft if the last import changed the list, else its latest issued revision."""
        return newest_lists_of_month(session, month)
