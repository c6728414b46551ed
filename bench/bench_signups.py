"""Sign-ups for payment by account (issue 17 item 5) at the office: one point's sync file carrying a sign-up
for each of N people (default 10,000), parsed (the door runs on every sign-up), imported (stored in the
file's transaction), imported again (nothing new), and the month's list written as the welfare office's
workbook. The import is compared with raw sqlite3 inserting the very same rows into a copy of the table in
one transaction (the floor)."""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from common import MONTH, passphrase, raw_table, report  # common puts this tree's src first on sys.path


def bench_signups(rows: int) -> dict[str, float | int | str]:
    from sqlalchemy import text

    from make_register import make_register
    from payout_desk.domain.canonical import canonical_json
    from payout_desk.domain.ledger import GENESIS
    from payout_desk.exchange.listfile import read_list_file
    from payout_desk.exchange.syncfile import SyncHeader, build_sync_file, read_sync_file
    from payout_desk.services.common.desk import Desk
    from payout_desk.services.office.desk import OfficeDesk
    from payout_desk.store.database import DB_FILE_NAME
    from payout_desk.trust.keys import SigningKey
    from payout_desk.trust.seal import open_sealed

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_register(work / "register.xlsx", rows=rows, points=1, seed=4)
        with Desk(work / "office", passphrase=passphrase) as desk:
            desk.init_keys("office", "Bưu điện huyện Benchmark")
        office = OfficeDesk(work / "office", passphrase=passphrase)
        assert office.registers.import_file(work / "register.xlsx", MONTH).committed
        key = SigningKey.generate()
        with office.db.reading() as session:
            code = session.execute(text("select code from points order by code")).scalar_one()
        office.devices.enroll(code, key.public.b64, f"{code} máy 1")
        (point,) = office.lists.issue(MONTH, work / "lists")
        data = point.path.read_bytes()
        _signed, doc = read_list_file(open_sealed(data, key) if point.sealed else data)
        records = []
        for i, person in enumerate(doc.beneficiaries):
            record = {
                "id": str(uuid.uuid4()), "code": person.code, "name": person.name, "bank_bin": "970405",
                "account": f"{1_000_000_000 + i}", "holder": "NGUYEN VAN A", "holder_mismatch": True,
                "phone": "0912345678", "signature": None, "thumbprint": True, "staff": "Lan",
                "at_utc": "2026-12-01T01:02:03.000001Z", "at_local": "2026-12-01T08:02:03+07:00",
                "source": "typed", "normalised": False, "replaces": None, "reason": "",
            }  # fmt: skip
            records.append(record)
        people = len(records)  # the register's people paid in cash, on the point's list
        header = SyncHeader(doc.list_id, doc.revision, MONTH, doc.point_code, doc.point_name, "máy 1",
                            "2026-12-01T09:00:00Z")  # fmt: skip
        path = work / "signups.pdsync"
        path.write_bytes(build_sync_file(header, [], GENESIS, {}, totals={}, key=key, signups=records))
        blob = path.read_bytes()
        parses = []
        for _ in range(3):
            started = time.perf_counter()
            _s, parsed = read_sync_file(blob)
            parses.append(time.perf_counter() - started)
        assert len(parsed.signups) == people
        started = time.perf_counter()
        (outcome,) = office.imports.sync_files([path])
        imported = time.perf_counter() - started
        assert outcome.new_signups == people, outcome.reason
        started = time.perf_counter()
        (again,) = office.imports.sync_files([path])
        reimported = time.perf_counter() - started
        assert again.new_signups == 0
        started = time.perf_counter()
        sheet, out = office.signups.export(MONTH, work / "signups.xlsx")
        exported = time.perf_counter() - started
        assert len(sheet.lines) == people
        workbook_bytes = out.stat().st_size
        office.close()
        db = work / "office" / DB_FILE_NAME
        source = sqlite3.connect(db)
        columns = [name for _cid, name, *_rest in source.execute("PRAGMA table_info(account_signups)")]
        rows = source.execute(f"select {', '.join(columns)} from account_signups").fetchall()
        source.close()
        raw = raw_table(db, work / "raw.sqlite", "account_signups")
        started = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            f"insert into account_signups ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
            rows,
        )
        raw.execute("COMMIT")
        raw_s = time.perf_counter() - started
        raw.close()
        assert canonical_json(records[0])  # the bodies the rows keep are these
    return {
        "signups": people,
        "file_bytes": len(blob),
        "parse_min_s": min(parses),
        "office_import_s": imported,
        "office_reimport_s": reimported,
        "raw_sqlite3_insert_s": raw_s,
        "import_vs_raw_insert": imported / raw_s if raw_s else 0.0,
        "workbook_s": exported,
        "workbook_bytes": workbook_bytes,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--people", type=int, default=11_000, help="the register's rows (those paid in cash sign up)"
    )
    args = parser.parse_args()
    report("signups", bench_signups(args.people))


if __name__ == "__main__":
    main()
