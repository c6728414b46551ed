"""A round whose databases hold every odd row: what the door still admits (put in through the services)
and what an older version could have stored or a missed case could let in (written with plain SQL into
the real SQLite files — real stored data, not a mock). The views must render all of it.

Shared by tests/hardening/test_views_total.py and the fuzz harness (tests/hardening/fuzz_door.py)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import uuid
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from payout_desk.domain.canonical import canonical_json
from payout_desk.domain.ledger import GENESIS, event_hash
from payout_desk.services.point.pay import PayoutRequest, Proxy
from payout_desk.store.database import DB_FILE_NAME
from tests.roundkit import MONTH, Round, png

HUGE = 10**15  # one cash event's cap; thousands of them overflow SQLite's 64-bit SUM
HUGE_EVENTS = 10_000
OLD_LIST = "a-list-of-november-2026"  # a list of another month, not issued at this office


@cache
def junk_png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"not a picture at all" * 10


@cache
def bomb_png(side: int = 13_000) -> bytes:
    """A small grayscale PNG that decodes to `side`² pixels (169 M for the default)."""
    row = b"\x00" + bytes(side)
    data = zlib.compress(row * side, 9)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@dataclass(frozen=True, slots=True)
class Odd:
    """What was planted, for the assertions."""

    list_id: str
    device: str
    junk_code: str  # paid with a junk signature image
    bomb_code: str  # paid with a decompression bomb as signature
    odd_name_code: str  # a list entry whose name carries control characters


def _event(device: str, list_id: str, seq: int, kind: str, **fields: Any) -> dict[str, Any]:
    body = {
        "id": fields.pop("id", str(uuid.uuid4())),
        "device": device,
        "list_id": list_id,
        "seq": seq,
        "prev": GENESIS,
        "kind": kind,
        "staff": "Lan",
        "at_utc": "2026-12-03T02:00:00Z",
        "at_local": "2026-12-03T09:00:00+07:00",
        "revision": 1,
        "beneficiary": None,
        "amount": 0,
        "target": None,
        "data": {},
    }
    body.update(fields)
    return body


def _insert(connection: sqlite3.Connection, bodies: list[dict[str, Any]]) -> None:
    rows = []
    for body in bodies:
        line = canonical_json(body)
        rows.append(
            (
                body["id"],
                body["device"],
                body["list_id"],
                body["seq"],
                event_hash(line),
                body["kind"],
                body["beneficiary"],
                body["amount"],
                body["at_utc"],
                line.decode("utf-8"),
            )
        )
    connection.executemany(
        "INSERT INTO events (event_id, device_id, list_id, seq, hash, kind, beneficiary, amount, at_utc, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def pay_oddly(game: Round) -> None:
    """What the door admits today, through the services: odd proxy names, notes and reports."""
    d0, d1 = game.devices
    d0.pay.record(
        PayoutRequest(
            "NCC004",
            proxy=Proxy("Trần\x02 <b>Bảy</b>", "086040173112", "con", "UQ 1/2026"),
            signature_png=png(shade=4),
        )
    )
    d0.pay.record(PayoutRequest("NCC005", signature_png=png(shade=5)))
    d0.records.note('=HYPERLINK("http://x","bấm")\x01', code="NCC005")
    d1.records.report(
        "NCC007", "deceased", day="2026-11-30", note="<b>đã mất</b>\x00", reported_by="=cmd|' /C calc'!A0"
    )
    d1.pay.record(PayoutRequest("NCC006", signature_png=png(shade=6)))


def plant(data_dir: Path, list_id: str, device: str, *, huge: int = HUGE_EVENTS) -> Odd:
    """Rows the door refuses now (or an older version stored), straight into the SQLite file."""
    chain = f"{device}.9"  # a chain of its own, so the planted numbers collide with nothing
    nov_payout = _event(chain, OLD_LIST, 1, "payout", beneficiary="NCC008", amount=2_797_000)
    bodies = [
        nov_payout,
        _event(chain, list_id, 1, "void", target=nov_payout["id"], data={"reason": "sai tháng"}),
        _event(chain, list_id, 2, "void", target="no-such-event", data={"reason": 7}),
        _event(chain, list_id, 3, "void", target=None, data={}),
        _event(
            chain,
            list_id,
            4,
            "payout",
            beneficiary="NCC009",
            amount=2_798_000,
            data={"signature": hashlib.sha256(junk_png()).hexdigest(), "proxy": {"name": 12345}},
        ),
        _event(
            chain,
            list_id,
            5,
            "payout",
            beneficiary="NCC010",
            amount=2_799_000,
            data={"signature": hashlib.sha256(bomb_png()).hexdigest(), "proxy": "not a mapping"},
            staff="<font color=red>Kẻ\x00giả</font>",
            at_local="soon",
            at_utc="9999-12-31T23:59:59Z",
        ),
        _event(
            chain,
            list_id,
            6,
            "payout",
            beneficiary="NCC011",
            amount=-5,
            at_local="",
            data={"signature": "f" * 64, "at_home": "yes"},
        ),
        _event(chain, list_id, 7, "payout", beneficiary="NOBODY-ON-THE-LIST", amount=HUGE),
        _event(chain, list_id, 8, "report", beneficiary="NCC012", data={"report": "zzz", "note": ["x"]}),
        _event(
            chain,
            list_id,
            9,
            "report",
            beneficiary="NCC001",
            data={"report": "deceased", "date": "31/02/19", "reported_by": {"a": 1}, "note": 3},
        ),
        _event(chain, list_id, 10, "mystery-kind", beneficiary="NCC002", data={"what": "?"}),
        _event(chain, list_id, 11, "cash-count", amount=-(10**15), data={"denominations": {"7": -1}}),
        _event(
            chain, list_id, 12, "void", beneficiary="NCC001", data={"reason": "người khác"}
        ),  # of NCC009's
        _event(f"{device}.x", list_id, 1, "cash-received", amount=1_000_000),  # chain ids not canonical
        _event(f"{device}.01", list_id, 1, "cash-received", amount=1_000_000),
    ]
    bodies[-3]["target"] = bodies[4]["id"]
    seq = len(bodies) - 3
    for i in range(huge):
        bodies.append(_event(chain, list_id, seq + 1 + i, "cash-received", amount=HUGE))
    with sqlite3.connect(data_dir / DB_FILE_NAME) as connection:
        _insert(connection, bodies)
        for image in (junk_png(), bomb_png()):
            connection.execute(
                "INSERT OR IGNORE INTO signature_images (sha256, png) VALUES (?, ?)",
                (hashlib.sha256(image).hexdigest(), image),
            )
        connection.execute(
            "UPDATE list_entries SET name = ? WHERE code = 'NCC003'", ("Trần\x01 Văn\x00 <i>An</i>\u202e",)
        )
        odd_payouts = json.dumps([bodies[4]["id"], bodies[5]["id"], "no-such-event"])
        for conflict_id, kind in (
            ("odd0conflict0double", "double-payout"),
            ("odd0conflict0future", "two-lists"),
        ):
            connection.execute(
                "INSERT INTO conflicts (id, list_id, code, kind, event_ids) VALUES (?, ?, ?, ?, ?)",
                (conflict_id, list_id, "NCC010", kind, odd_payouts),
            )
        person = {"code": "NCC777", "name": "Lê Thị " + "Rất Dài " * 40, "total": HUGE, "lines": "?"}
        for seq, (kind, code, reason, day, who) in enumerate(
            (("stop", "NCC012", "zzz", "soon", None), ("add", "NCC777", None, None, json.dumps(person))),
            start=900,
        ):
            connection.execute(
                "INSERT INTO amendments (list_id, seq, kind, code, reason, effective_date, beneficiary_json,"
                " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (list_id, seq, kind, code, reason, day, who, "2026-12-02T01:00:00Z"),
            )
        for created in ("soon", "9999-12-31T23:59:59Z", ""):
            connection.execute(
                "INSERT INTO sync_imports (file_sha256, device_id, list_id, last_seq, head, created_at,"
                " imported_at, new_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    hashlib.sha256(created.encode()).hexdigest(),
                    device,
                    list_id,
                    1,
                    GENESIS,
                    created,
                    "2026-12-03T02:00:00Z",
                    0,
                ),
            )
    return Odd(list_id, device, "NCC009", "NCC010", "NCC003")


def list_id_of(data_dir: Path, point: str = "P01") -> str:
    with sqlite3.connect(data_dir / DB_FILE_NAME) as connection:
        row = connection.execute(
            "SELECT l.list_id FROM payout_lists l JOIN points p ON p.id = l.point_id"
            " WHERE p.code = ? AND l.month = ?",
            (point, MONTH),
        ).fetchone()
    return str(row[0])


def dump(data_dir: Path) -> str:
    return json.dumps(list(sqlite3.connect(data_dir / DB_FILE_NAME).iterdump()))
