"""Shared bits for the benchmarks: timing, fresh desks, printing figures."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from payout_desk.services.office.desk import OfficeDesk

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ["PAYOUT_DESK_PASSPHRASE"] = "benchmark passphrase"  # every key here is made with it

OUT = ROOT / "bench" / "out"  # where the figures go; run.py --out (or $PAYOUT_DESK_BENCH_OUT) names another
OUT_ENV = "PAYOUT_DESK_BENCH_OUT"
PASS = "benchmark passphrase"
MONTH = "2026-12"


def passphrase(_new: bool) -> str:
    return PASS


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of `repeat` runs (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def report(name: str, figures: dict[str, Any]) -> None:
    out = Path(os.environ.get(OUT_ENV) or OUT)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    print(f"== {name}")
    for key, value in figures.items():
        print(f"  {key:40} {value:.3f}" if isinstance(value, float) else f"  {key:40} {value}")


def raw_table(db: Path, target: Path, table: str, *, indexes: bool = True) -> sqlite3.Connection:
    """A plain sqlite3 connection (autocommit, WAL, synchronous=FULL) to a new file holding the same table
    as `db` (with its indexes, or without): the floor the app's own writes are compared with."""
    source = sqlite3.connect(db)
    ddl = [
        sql
        for (sql,) in source.execute(
            "select sql from sqlite_master where tbl_name = ? and sql is not null and (? or name = tbl_name)",
            (table, indexes),
        )
    ]
    source.close()
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=OFF")  # the same table alone: the rows it points to are not there
    for sql in ddl:
        connection.execute(sql)
    return connection


def stored_rows(db: Path, table: str, where: str = "") -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows the app wrote to `table` in `db`: every column but the row id, in id order. The raw
    comparisons insert exactly what the app inserted, so they follow the schema as it changes."""
    connection = sqlite3.connect(db)
    columns = [
        name for _cid, name, *_rest in connection.execute(f"PRAGMA table_info({table})") if name != "id"
    ]
    rows = connection.execute(f"select {', '.join(columns)} from {table} {where} order by id").fetchall()
    connection.close()
    return columns, rows


def insert_sql(table: str, columns: list[str]) -> str:
    return f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"


def month_of_sync_files(
    work: Path, points: int, per_point: int, database_url: str | None = None, doubles: int = 0
) -> tuple[OfficeDesk, list[Path], int]:
    """An office with `points` lists issued, one enrolled device per point, and one sync file per device
    holding a payout to every beneficiary of its point (built directly: 200 real laptops are not needed).
    With `doubles`, every tenth point has a second device whose file pays its first `doubles` people
    again (double payouts for the office to find). The office's database is SQLite in work/office, or the
    one at `database_url`. Returns the office (open), the sync files and how many events they hold."""
    from sqlalchemy import text

    from make_register import make_register
    from payout_desk.domain.ledger import GENESIS, Event, event_hash
    from payout_desk.exchange.listfile import read_list_file
    from payout_desk.exchange.syncfile import SyncHeader, build_sync_file
    from payout_desk.services.common.desk import Desk
    from payout_desk.services.office.desk import OfficeDesk
    from payout_desk.trust.keys import SigningKey
    from payout_desk.trust.seal import open_sealed

    register = work / "register.xlsx"
    make_register(register, rows=points * per_point, points=points, seed=4)
    with Desk(work / "office", passphrase=passphrase, database_url=database_url) as desk:
        desk.init_keys("office", "Bưu điện huyện Benchmark")
    office = OfficeDesk(work / "office", passphrase=passphrase, database_url=database_url)
    assert office.registers.import_file(register, MONTH).committed
    keys: dict[str, list[SigningKey]] = {}
    with office.db.reading() as session:
        point_codes = [c for (c,) in session.execute(text("select code from points order by code"))]
    for i, code in enumerate(point_codes):
        keys[code] = [SigningKey.generate() for _ in range(2 if doubles and i % 10 == 0 else 1)]
        for n, key in enumerate(keys[code], start=1):
            office.devices.enroll(code, key.public.b64, f"{code} máy {n}")
    issued = office.lists.issue(MONTH, work / "lists")
    paths, events = [], 0
    for item in issued:
        data = item.path.read_bytes()  # sealed to the point's laptops: the first one opens it
        _signed, doc = read_list_file(open_sealed(data, keys[item.point_code][0]) if item.sealed else data)
        for n, key in enumerate(keys[item.point_code], start=1):
            people = doc.beneficiaries if n == 1 else doc.beneficiaries[:doubles]
            lines, prev = [], GENESIS
            for seq, person in enumerate(people, start=1):
                event = Event(
                    str(uuid.uuid4()), key.public.key_id, doc.list_id, seq, prev, "payout", "Lan",
                    f"2026-12-01T0{n}:{seq // 60 % 60:02d}:{seq % 60:02d}.000000Z",
                    f"2026-12-01T0{n + 7}:{seq // 60 % 60:02d}:{seq % 60:02d}+07:00", doc.revision, person.code,
                    person.total, None, {"id_check": "card", "recipient": "self", "proxy": None, "signature": None,
                                         "thumbprint": True, "at_home": person.home_visit},
                )  # fmt: skip
                line = event.encode()
                prev = event_hash(line)
                lines.append(line)
            header = SyncHeader(
                doc.list_id, doc.revision, MONTH, doc.point_code, doc.point_name, f"máy {n}",
                "2026-12-01T09:00:00Z",
            )  # fmt: skip
            path = work / "sync" / f"{item.point_code}-{n}.pdsync"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(build_sync_file(header, lines, prev, {}, totals={}, key=key))
            paths.append(path)
            events += len(lines)
    return office, paths, events
