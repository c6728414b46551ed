"""The door (domain/door.py) against validly signed hostile files and typed text.

Each attack is a real file signed by a real enrolled key (the laptop's for sync and peer files, the office's
for lists and amendments), handed to the desk that takes it in real use; it must be refused with one
sentence and leave the receiving database byte-for-byte unchanged (tests/hardening/test_signed_matrix.py's
`check_refused`)."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from payout_desk.domain.ledger import GENESIS, Event, event_hash
from payout_desk.exchange.jsonio import canonical_json
from payout_desk.exchange.register import read_register
from payout_desk.exchange.syncfile import build_sync_file, read_sync_file
from payout_desk.services.common.errors import InvalidInput, Refused
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.services.point.pay import Proxy
from tests.cli.conftest import Cli
from tests.hardening.test_signed_matrix import (
    Kit,
    check_refused,
    forged_amendment,
    forged_sync,
    make_kit,
    with_main,
)
from tests.paykit import signed
from tests.roundkit import MONTH, Round, default_rows, passphrase, person_row, write_register

SYNC_KINDS = ["sync", "peer"]


def _last(change: Callable[[Event], Event]) -> Callable[[list[Event]], list[Event]]:
    def apply(events: list[Event]) -> list[Event]:
        events[-1] = change(events[-1])
        return events

    return apply


def _data(event: Event, **data: object) -> Event:
    return dataclasses.replace(event, data={**event.data, **data})


def _extra(events: list[Event], make: Callable[[int, Event], Event], n: int = 1) -> list[Event]:
    """`n` more events after the history, each made from the last one (numbered and given a new id)."""
    last = events[-1]
    for i in range(n):
        base = dataclasses.replace(last, event_id=str(uuid.uuid4()), seq=last.seq + 1 + i)
        events.append(make(i, base))
    return events


def _cash(_i: int, event: Event) -> Event:
    return dataclasses.replace(
        event, kind="cash-received", beneficiary=None, amount=10**15, target=None, data={"note": ""}
    )


def _void_of(target: str, target_kind: str) -> Callable[[int, Event], Event]:
    def make(_i: int, event: Event) -> Event:
        return dataclasses.replace(
            event,
            kind="void",
            amount=0,
            target=target,
            data={"reason": "nhầm", "target_kind": target_kind, "target_amount": 2_793_000},
        )

    return make


def _other_list_payout(kit: Kit) -> str:
    """The id of a payout this file's history does not hold (another history's: here device 1's)."""
    _, doc = read_sync_file(kit.files["other"])
    return doc.events[0].event_id


def _with_chain(kit: Kit, chain: str) -> bytes:
    """The valid history, re-chained under the chain id `chain` and signed by the device's key."""
    _, doc = read_sync_file(kit.valid)
    events = [dataclasses.replace(e, device_id=chain) for e in doc.events]
    lines, prev = [], GENESIS
    for event in events:
        event.prev = prev
        lines.append(event.encode())
        prev = event_hash(lines[-1])
    return build_sync_file(
        doc.header, lines, prev, doc.signatures, totals={}, key=kit.device_key, chain=chain
    )


def _created_at(kit: Kit, when: str) -> bytes:
    _, doc = read_sync_file(kit.valid)
    header = dataclasses.replace(doc.header, created_at=when)
    return build_sync_file(header, doc.lines, doc.head, doc.signatures, totals={}, key=kit.device_key)


SYNC_ATTACKS: dict[str, tuple[Callable[[Kit], bytes], str]] = {
    "staff name with \\x02": (
        lambda k: forged_sync(k, k.device_key, _last(lambda e: dataclasses.replace(e, staff="Lan\x02"))),
        "U+0002",
    ),
    "proxy name with \\x01": (
        lambda k: forged_sync(
            k,
            k.device_key,
            _last(lambda e: _data(e, recipient="proxy", proxy={"name": "\x01Bảy", "id_number": "1"})),
        ),
        "U+0001",
    ),
    "proxy name not text": (
        lambda k: forged_sync(
            k, k.device_key, _last(lambda e: _data(e, recipient="proxy", proxy={"name": ["Bảy"]}))
        ),
        "is not text",
    ),
    "NUL in a report's note": (
        lambda k: forged_sync(
            k,
            k.device_key,
            _last(
                lambda e: dataclasses.replace(
                    e, kind="report", amount=0, data={"report": "absent", "note": "\0"}
                )
            ),
        ),
        "U+0000",
    ),
    "bidi override in the staff name": (
        lambda k: forged_sync(k, k.device_key, _last(lambda e: dataclasses.replace(e, staff="\u202eLan"))),
        "U+202E",
    ),
    "unknown key in a payout's data": (
        lambda k: forged_sync(k, k.device_key, _last(lambda e: _data(e, html="<b>x</b>"))),
        "not a known field",
    ),
    "nested junk in a payout's data": (
        lambda k: forged_sync(k, k.device_key, _last(lambda e: _data(e, at_home={"a": [1, 2]}))),
        "is not true or false",
    ),
    "event time 'soon'": (
        lambda k: forged_sync(k, k.device_key, _last(lambda e: dataclasses.replace(e, at_utc="soon"))),
        "at_utc",
    ),
    "event time in 9999": (
        lambda k: forged_sync(
            k,
            k.device_key,
            _last(
                lambda e: dataclasses.replace(
                    e, at_utc="9999-12-31T23:59:59.000000Z", at_local="10000-01-01T06:59:59+07:00"
                )
            ),
        ),
        "at_utc",
    ),
    "impossible date (Feb 30)": (
        lambda k: forged_sync(
            k, k.device_key, _last(lambda e: dataclasses.replace(e, at_utc="2026-02-30T01:00:00.000000Z"))
        ),
        "at_utc",
    ),
    "local time another moment than UTC": (
        lambda k: forged_sync(
            k, k.device_key, _last(lambda e: dataclasses.replace(e, at_local="2026-12-25T08:00:00+07:00"))
        ),
        "not the same moment",
    ),
    "file created 'soon'": (lambda k: _created_at(k, "soon"), "creation time"),
    "file created in 9999": (lambda k: _created_at(k, "9999-12-31T23:59:59.999999Z"), "creation time"),
    "2,000 cash receipts of 10^15": (
        lambda k: forged_sync(k, k.device_key, lambda ev: _extra(ev, _cash, 2000)),
        "add up to more than",
    ),
    "chain id KEY.1": (lambda k: _with_chain(k, f"{k.device_key.public.key_id}.1"), "KEYID.N"),
    "chain id KEY.01": (lambda k: _with_chain(k, f"{k.device_key.public.key_id}.01"), "KEYID.N"),
    "chain id KEY.x": (lambda k: _with_chain(k, f"{k.device_key.public.key_id}.x"), "KEYID.N"),
    "a void of a payout of another list (December voids November)": (
        lambda k: forged_sync(
            k, k.device_key, lambda ev: _extra(ev, _void_of(_other_list_payout(k), "payout"))
        ),
        "not in this list's history",
    ),
    "a void of its own payout of another person": (
        lambda k: forged_sync(
            k,
            k.device_key,
            lambda ev: _extra(
                ev,
                lambda i, e: dataclasses.replace(
                    _void_of(ev[0].event_id, "payout")(i, e), beneficiary="NCC001"
                ),
            ),
        ),
        "another beneficiary",
    ),
}
SYNC_CELLS = [(attack, kind) for attack in SYNC_ATTACKS for kind in SYNC_KINDS]


@pytest.mark.parametrize(("attack", "kind"), SYNC_CELLS, ids=[f"{k}:{a}" for a, k in SYNC_CELLS])
def test_a_validly_signed_sync_file_breaking_the_door_is_refused(game: Round, attack: str, kind: str) -> None:
    make, words = SYNC_ATTACKS[attack]
    kit = make_kit(game, kind)
    reason = check_refused(kit, make(kit), attack, "refused", words)
    assert "\n" not in reason.strip()


def test_the_canonical_later_chain_is_still_taken(game: Round) -> None:
    """KEY.2 (a restored laptop's second epoch) is the canonical form and passes the door."""
    kit = make_kit(game, "sync")
    outcome, reason = kit.receive(_with_chain(kit, f"{kit.device_key.public.key_id}.2"))
    assert outcome == "imported", reason


LIST_ATTACKS: dict[str, tuple[str, Callable[[Kit], bytes], str]] = {
    "a list's address with \\x02": (
        "list",
        lambda k: with_main(
            k, read_member(k.valid, "list.json").replace("ấp 1".encode(), "ấp\\u0002 1".encode(), 1)
        ),
        "U+0002",
    ),
    "a list's name with a bidi isolate": (
        "list",
        lambda k: with_main(
            k, read_member(k.valid, "list.json").replace("Nguyễn".encode(), "\\u2066Nguyễn".encode(), 1)
        ),
        "U+2066",
    ),
    "a list's history with a key of its own (issue 15)": (
        "list",
        lambda k: with_history(k, {"months": [], "unclaimed": 0, "flag": 2, "note": "x"}),
        "unknown key 'note'",
    ),
    "a list's history with a run of true (issue 15)": (
        "list",
        lambda k: with_history(k, {"months": [["2026-11", "unpaid"]], "unclaimed": True, "flag": 2}),
        "unclaimed must be a whole number",
    ),
    "an amendment's code with \\x01": (
        "amendment",
        lambda k: forged_amendment(
            k, k.office_key, lambda c: [c[0], dataclasses.replace(c[1], code="NCC\x01002")]
        ),
        "U+0001",
    ),
}


def with_history(kit: Kit, history: object) -> bytes:
    """The valid list with its first beneficiary carrying `history`, validly signed."""
    body = json.loads(read_member(kit.valid, "list.json"))
    body["beneficiaries"][0]["history"] = history
    return with_main(kit, canonical_json(body))


def read_member(data: bytes, name: str) -> bytes:
    from payout_desk.exchange.container import open_signed

    return open_signed(data).members[name]


@pytest.mark.parametrize("attack", list(LIST_ATTACKS))
def test_an_office_file_breaking_the_door_is_refused(game: Round, attack: str) -> None:
    kind, make, words = LIST_ATTACKS[attack]
    kit = make_kit(game, kind)
    check_refused(kit, make(kit), attack, "refused", words)


# typed text -------------------------------------------------------------------------------------------


def test_a_scanned_proxy_name_loses_its_stray_bytes(game: Round) -> None:
    game.devices[0].pay.record(
        signed("NCC004", proxy=Proxy("\x02Trần Văn\tBảy\r\n", "\x01086190000002", "con\x03", "UQ\x04 7"))
    )
    _, doc = read_sync_file(_plain_export(game))
    data = next(e.data for e in doc.events if e.kind == "payout")
    assert data["proxy"] == {
        "name": "Trần Văn Bảy",
        "id_number": "086190000002",
        "relation": "con",
        "authorisation": "UQ 7",
    }


def _plain_export(game: Round) -> bytes:
    from payout_desk.trust.seal import is_sealed, open_sealed

    data = game.export(0, "typed.pdsync").read_bytes()
    return open_sealed(data, game.office.signing_key()) if is_sealed(data) else data


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (
            lambda d: d.pay.record(signed("NCC004", proxy=Proxy("\u202eBảy", id_number="1"))),
            "proxy's name",
        ),
        (
            lambda d: d.pay.record(signed("NCC004", proxy=Proxy("B" * 201, id_number="1"))),
            "longer than 200",
        ),
        (lambda d: d.records.report("NCC004", "absent", note="x\u2067y"), "note"),
        (
            lambda d: d.records.report("NCC004", "deceased", day="2026-12-01", reported_by="\udc80"),
            "who reported",
        ),
        (lambda d: d.records.note("ghi \ufffe chú"), "note"),
        (lambda d: d.cash.receive(1000, note="\u202a"), "note"),
        (lambda d: d.staff.add("Mai\u2069", "1357", by="Lan", by_pin="2468"), "staff name"),
    ],
)
def test_typed_text_that_cleaning_cannot_save_is_refused_and_nothing_is_recorded(
    game: Round, call: Callable[[object], object], words: str
) -> None:
    from tests.hardening.test_signed_matrix import db_rows

    desk = game.devices[0]
    before = db_rows(desk.data_dir)
    with pytest.raises(InvalidInput) as refused:
        call(desk)
    assert words in str(refused.value) and "\n" not in str(refused.value)
    assert refused.value.vi != refused.value.en
    assert db_rows(desk.data_dir) == before


def test_cli_pay_with_a_scanner_prefix_in_the_proxy_name(game: Round, cli: Cli) -> None:
    desk = game.devices[0]
    args = [
        "point",
        "pay",
        "NCC004",
        "--proxy-id",
        "086190000002",
        "--proxy-authorisation",
        "UQ 7",
        "--thumbprint",
    ]
    args += ["--staff", "Lan", "--json", "--data-dir"]
    args.append(str(desk.data_dir))
    paid = cli(*args[:3], "--proxy-name", "\x02Lê Thị Hồng", *args[3:])
    assert paid.code == 0, paid.err
    assert paid.json["recipient"] == "Lê Thị Hồng"
    refused = cli("point", "pay", "NCC005", "--proxy-name", "\u202eHồng", *args[3:])
    assert refused.code == 3 and "U+202E" in refused.err, refused.err


# the register ----------------------------------------------------------------------------------------


def test_register_values_a_laptop_would_refuse_are_row_errors_and_the_rest_issues_loadable_lists(
    tmp_path: Path,
) -> None:

    rows = default_rows()
    rows[0] = person_row(1).replace("Nguyễn Văn Bình 1", "Nguyễn " + "V" * 250)  # name over 200
    rows[1] = person_row(2).replace("NCC002", "NCC" + "2" * 70)  # code over 64
    rows[4] = person_row(5, amount=10**15 + 1)  # a list total over 10^15
    rows[5] = person_row(6).replace("Nguyễn Văn", "Nguyễn\x01Văn")  # a control character
    register = write_register(tmp_path / "hostile.csv", rows)
    result = read_register(register)
    codes = {(issue.row, issue.code) for issue in result.errors}
    assert {(2, "text_too_long"), (3, "text_too_long"), (6, "total_too_large"), (7, "text_bad_char")} <= codes
    assert all(issue.column and len(issue.message) > 20 for issue in result.errors)
    # the office imports the rest (skip-invalid), issues the lists, and every laptop loads them
    office = OfficeDesk(tmp_path / "office", passphrase=passphrase)
    office.init_keys("office", "Bưu điện huyện Mang Thít")
    imported = office.registers.import_file(register, MONTH, skip_invalid=True)
    assert imported.imported == len(rows) - 4, imported
    desks = []
    for i in range(2):
        desk = PointDesk(tmp_path / f"device{i}", passphrase=passphrase)
        office.devices.enroll("P01", desk.init_keys("point", f"máy {i + 1}").public_key.b64, f"máy {i + 1}")
        desks.append(desk)
    office.lists.issue(MONTH, tmp_path / "lists")
    fingerprint = office.require_identity().fingerprint
    try:
        for desk in desks:
            loaded = desk.lists.load(tmp_path / "lists" / "P01_2026-12.pdlist", trust_office=fingerprint)
            assert loaded.status == "loaded"
    finally:
        for desk in [office, *desks]:
            desk.close()


def test_a_point_whose_total_exceeds_a_list_is_a_register_error(tmp_path: Path) -> None:
    rows = [person_row(i, amount=4 * 10**14) for i in range(1, 4)] + [person_row(99, point="Bưu cục Mỹ An")]
    result = read_register(write_register(tmp_path / "big.csv", rows))
    assert {issue.code for issue in result.errors} == {"point_total_too_large"}
    assert [e.code for e in result.entries] == ["NCC099"]


@pytest.mark.cash(0)
def test_cash_that_would_take_the_laptops_file_over_the_door_is_refused_at_the_desk(game: Round) -> None:
    """The laptop never writes a history the office's door would refuse for good."""
    desk = game.devices[0]
    desk.cash.receive(6 * 10**14)
    with pytest.raises(Refused, match="over the limit"):
        desk.cash.receive(6 * 10**14)
    with pytest.raises(Refused, match="over the limit"):
        desk.cash.count({500_000: 3 * 10**9})
    _, doc = read_sync_file(_plain_export(game))
    assert [e.amount for e in doc.events if e.kind == "cash-received"] == [6 * 10**14]
