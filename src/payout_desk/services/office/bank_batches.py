"""`office.bank`: the month's bank-transfer batches (issue 17, item 2). Per bank, the xlsx the bank takes,
the transfer list for the director's signature (PDF) and a signed manifest (month, bank, counts, total, each
file's SHA-256, who and when), written into a folder; the lines written become `sent` in the same
transaction, so a second run batches only lines not yet sent, and `again` writes a batch's stored files
back unchanged. Lines with an unusable account or an unknown bank, and people the office holds for the
month (reported deceased, stopped earlier) or whose stop it confirmed, go into no batch: they are listed
with their reason."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from payout_desk.domain.banks import Bank
from payout_desk.domain.clock import iso_utc, utc_now, vn_from_utc
from payout_desk.domain.transfer_batch import (
    OUT_ACCOUNT,
    OUT_BANK,
    OUT_HELD,
    OUT_STOPPED,
    BatchLine,
    BatchPaper,
    LeftOut,
    content_for,
    file_stem,
    holder_form,
)
from payout_desk.exchange.bank_batch import (
    MANIFEST_KIND,
    MANIFEST_VERSION,
    batch_xlsx,
    sha256,
    signed_manifest,
)
from payout_desk.exchange.bank_table import bank_table
from payout_desk.lang import t
from payout_desk.reports.transfer_list_pdf import transfer_list_pdf
from payout_desk.services.common.desk import OFFICE_LOCK, Desk, parse_month
from payout_desk.services.common.errors import Refused, UsageError
from payout_desk.services.office.bank_template import BankTemplates
from payout_desk.services.office.bank_verify import BatchCheck, verify_folder
from payout_desk.services.office.clerks import OfficeClerks
from payout_desk.store.bank_models import LISTED, TransferBatch, TransferLine
from payout_desk.store.bank_transfers import (
    add_batch,
    add_batch_files,
    batch,
    batch_files,
    mark_sent,
    month_batches,
    month_lines,
    next_batch_number,
)
from payout_desk.store.holds import newest_holds
from payout_desk.trust.atomic import write_atomic
from payout_desk.trust.keys import SigningKey

HELD, CONFIRMED = "held", "confirmed"  # a hold's states that keep a person out of a batch


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    month: str
    bank_bin: str
    bank_short_name: str
    number: int
    lines: int
    total: int
    created_at: str
    created_by: str
    manifest_sha256: str
    files: list[str]  # paths written (or, for a batch read back, the names)


@dataclass(slots=True)
class BatchRun:
    """What `write` did: the batches written, the lines left out and why, the lines already sent before."""

    month: str
    out: str
    batches: list[BatchInfo] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    already_sent: int = 0

    @property
    def total(self) -> int:
        return sum(b.total for b in self.batches)


def _info(row: TransferBatch, files: list[str]) -> BatchInfo:
    return BatchInfo(
        row.id,
        row.month,
        row.bank_bin,
        _short(row.bank_bin),
        row.number,
        row.lines,
        row.total,
        row.created_at,
        row.created_by,
        row.manifest_sha256,
        files,
    )


def _short(bank_bin: str) -> str:
    bank = bank_table().by_bin(bank_bin)
    return bank.short_name if bank else bank_bin


def _left_out(line: TransferLine, holds: dict[str, str]) -> LeftOut | None:
    state = holds.get(line.code)
    if state == CONFIRMED:
        return LeftOut(line.code, line.name, line.register_row, line.amount, OUT_STOPPED)
    if state == HELD:
        return LeftOut(line.code, line.name, line.register_row, line.amount, OUT_HELD)
    if line.account_problem is not None:
        return LeftOut(line.code, line.name, line.register_row, line.amount, OUT_ACCOUNT, line.account)
    if line.bank_bin is None or bank_table().by_bin(line.bank_bin) is None:
        return LeftOut(line.code, line.name, line.register_row, line.amount, OUT_BANK, line.bank_text)
    return None


@dataclass(frozen=True, slots=True)
class Waiting:
    """One bank's lines waiting for a batch."""

    bank_bin: str
    bank_short_name: str
    people: int
    total: int


@dataclass(frozen=True, slots=True)
class MonthPlan:
    """The month's transfers before a batch is written: per bank who waits, who is left out and why, who
    was sent already, and the batches written."""

    month: str
    waiting: list[Waiting]
    left_out: list[LeftOut]
    already_sent: int
    batches: list[BatchInfo]

    @property
    def lines(self) -> int:
        return sum(w.people for w in self.waiting) + len(self.left_out) + self.already_sent


def _sorted(
    session: Session, month: str, only: str | None
) -> tuple[dict[str, list[TransferLine]], list[LeftOut], int]:
    """The month's lines: waiting by bank (of bank `only` if given), left out with their reason, and how
    many were sent already. Refused when the month has no transfer line at all."""
    lines = month_lines(session, month)
    if not lines:
        raise Refused(t("bank.no_lines", month=month))
    holds = {code: hold.state for code, hold in newest_holds(session, month).items()}
    waiting: dict[str, list[TransferLine]] = defaultdict(list)
    left_out: list[LeftOut] = []
    sent = 0
    for line in lines:
        if line.state != LISTED:
            sent += 1
        elif (out := _left_out(line, holds)) is not None:
            left_out.append(out)
        elif only is None or line.bank_bin == only:
            waiting[str(line.bank_bin)].append(line)
    return waiting, left_out, sent


class BankBatches:
    """Writing the month's batches per bank, writing one again, the month's batches."""

    def __init__(self, desk: Desk, clerks: OfficeClerks, templates: BankTemplates) -> None:
        self.desk = desk
        self.clerks = clerks
        self.templates = templates

    def bank(self, text: str) -> Bank:
        """The bank a --bank option names (its BIN, or a name the table knows); refused if none."""
        found = bank_table().by_bin(self.templates.bank_key(text))
        assert found is not None
        return found

    def batches(self, month_text: str) -> list[BatchInfo]:
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            return [_info(row, json.loads(row.files)) for row in month_batches(session, month)]

    def plan(self, month_text: str) -> MonthPlan:
        """What a batch would take now, per bank, and what it would leave out (nothing is written)."""
        month = str(parse_month(month_text))
        self.desk.require_identity("office")
        with self.desk.db.reading() as session:
            waiting, left_out, sent = _sorted(session, month, None)
            rows = [_info(row, json.loads(row.files)) for row in month_batches(session, month)]
            per_bank = [
                Waiting(b, _short(b), len(lines), sum(line.amount for line in lines))
                for b, lines in sorted(waiting.items())
            ]
        return MonthPlan(month, per_bank, left_out, sent, rows)

    def write(self, month_text: str, out_dir: Path, *, bank: str | None = None) -> BatchRun:
        """The month's batches (of one bank with `bank`) written into `out_dir`; refused, nothing changed,
        when no line is waiting to be sent. A write or the commit failing leaves no file of the run behind
        and nobody sent."""
        month = str(parse_month(month_text))
        office = self.desk.require_identity("office").name
        only = self.bank(bank) if bank else None
        key = self.desk.signing_key()  # with clerks: only inside an approval (maker–checker)
        run = BatchRun(month, str(out_dir))
        written: list[Path] = []
        try:
            with self.desk.db.transaction(OFFICE_LOCK) as session:
                waiting, run.left_out, run.already_sent = _sorted(session, month, only.bin if only else None)
                if not waiting:
                    raise Refused(
                        t("bank.nothing_to_batch", month=month, sent=run.already_sent, left=len(run.left_out))
                    )
                out_dir.mkdir(parents=True, exist_ok=True)
                for bank_bin in sorted(waiting):
                    found = bank_table().by_bin(bank_bin)
                    assert found is not None  # _left_out kept only known banks
                    run.batches.append(
                        self._batch(
                            session,
                            found,
                            waiting[bank_bin],
                            month_office=(month, office),
                            left_out=run.left_out,
                            out=(out_dir, key, written),
                        )
                    )
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        self.desk.attribute(
            "transfer-batch",
            month,
            batches=[f"{b.bank_bin}#{b.number}" for b in run.batches],
            lines=sum(b.lines for b in run.batches),
            total=run.total,
            left_out=len(run.left_out),
            files=[Path(f).name for b in run.batches for f in b.files],
        )
        return run

    def _batch(
        self,
        session: Session,
        bank: Bank,
        lines: list[TransferLine],
        *,
        month_office: tuple[str, str],
        left_out: list[LeftOut],
        out: tuple[Path, SigningKey, list[Path]],
    ) -> BatchInfo:
        """One bank's batch: its files written (each path added to `out`'s list as it is), stored, sent."""
        (month, office), (out_dir, key, written) = month_office, out
        template = self.templates.template(bank.bin)
        number = next_batch_number(session, month, bank.bin)
        now = iso_utc(utc_now())
        by = self.clerks.who()
        rows = tuple(
            BatchLine(
                number=i,
                code=line.code,
                name=line.name,
                point=line.point_name,
                account=line.account,
                holder=holder_form(line.holder, line.name),
                amount=line.amount,
                content=content_for(
                    template, month=month, code=line.code, name=line.name, point=line.point_name
                ),
            )
            for i, line in enumerate(lines, start=1)
        )
        paper = BatchPaper(
            office, month, bank.bin, bank.short_name, bank.name, number, vn_from_utc(now), by, rows,
            tuple(left_out),  # the annex: the month's whole picture on each bank's list
        )  # fmt: skip
        stem = file_stem(month, bank.bin, bank.short_name, number)
        bodies = [
            (f"{stem}.xlsx", batch_xlsx(rows, bank, template)),
            (f"{stem}.pdf", transfer_list_pdf(paper)),
        ]
        manifest = {
            "kind": MANIFEST_KIND,
            "version": MANIFEST_VERSION,
            "office": office,
            "month": month,
            "bank": {"bin": bank.bin, "code": bank.code, "short_name": bank.short_name, "name": bank.name},
            "number": number,
            "lines": len(rows),
            "total": paper.total,
            "codes": [row.code for row in rows],
            "template": template.as_json(),
            "files": [{"name": name, "sha256": sha256(body), "size": len(body)} for name, body in bodies],
            "created_at": now,
            "created_by": by,
        }
        bodies.append((f"{stem}.manifest.json", signed_manifest(manifest, key)))
        for name, body in bodies:
            written.append(out_dir / name)
            write_atomic(out_dir / name, body)
        names = [name for name, _body in bodies]
        row = add_batch(
            session,
            month=month,
            bank_bin=bank.bin,
            number=number,
            created_at=now,
            created_by=by,
            lines=len(rows),
            total=paper.total,
            manifest_sha256=sha256(bodies[-1][1]),
            files=json.dumps(names, ensure_ascii=False),
        )
        add_batch_files(session, row.id, [(name, sha256(body), body) for name, body in bodies])
        mark_sent(session, [line.id for line in lines], row.id, now)
        return _info(row, [str(out_dir / name) for name in names])

    def verify(self, folder: Path) -> list[BatchCheck]:
        """Each batch manifest in `folder`: signed by this office's key, every file as it was signed."""
        return verify_folder(folder, self.desk.require_identity("office").public_key)

    def again(self, batch_id: int, out_dir: Path, *, month: str | None = None) -> BatchInfo:
        """An existing batch's files written again, byte for byte as first written (nothing is sent); with
        `month`, refused unless the batch is of that month."""
        self.desk.require_identity("office")
        wanted = str(parse_month(month)) if month else None
        with self.desk.db.reading() as session:
            row = batch(session, batch_id)
            if row is None:
                raise UsageError(t("bank.no_batch", id=batch_id))
            if wanted is not None and row.month != wanted:
                raise UsageError(t("bank.batch_of_month", id=batch_id, month=row.month, wanted=wanted))
            files = [(f.name, f.body) for f in batch_files(session, batch_id)]
            info = _info(row, [])
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, body in files:
            write_atomic(out_dir / name, body)
        self.desk.attribute(
            "transfer-batch-again",
            info.month,
            batch=f"{info.bank_bin}#{info.number}",
            files=[n for n, _ in files],
        )
        return replace(info, files=[str(out_dir / name) for name, _ in files])
