"""Checks across files and against what the office already holds (issue 13, items 1 and 4): every attack
is a real, validly signed file from an enrolled laptop (forged with its real key), refused with one
sentence and nothing written, or taken in and flagged as a conflict; afterwards `office status --json`,
the settlement xlsx (`office settlement`) and PDF (`report settlement`) still work."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from payout_desk.cli import main
from payout_desk.domain.clock import iso_utc, parse_iso_utc, to_local
from payout_desk.domain.ledger import GENESIS, Event, Kind, event_hash
from payout_desk.domain.month import Month
from payout_desk.exchange.syncfile import SyncHeader, build_sync_file, read_sync_file
from payout_desk.services.common.errors import FileRefused
from payout_desk.services.common.ledger_checks import MONTH_BOUND, round_window
from payout_desk.services.point.pay import PayoutRequest
from payout_desk.store.models import PayoutList, Point
from payout_desk.trust.keys import SigningKey
from payout_desk.trust.seal import is_sealed, open_sealed
from tests.hardening.test_signed_matrix import db_rows
from tests.roundkit import MONTH, Round, give_cccd, person_row, png, write_register

NOVEMBER = "2026-11"


# files ------------------------------------------------------------------------------------------------


IMAGES: dict[str, bytes] = {}  # the signature images of the real files read, for the forged ones


def real_history(game: Round, device: int, name: str) -> tuple[SyncHeader, list[Event]]:
    """A laptop's real export, opened: its header and its events."""
    data = game.export(device, name).read_bytes()
    if is_sealed(data):
        data = open_sealed(data, game.office.signing_key())
    _signed, doc = read_sync_file(data)
    IMAGES.update(doc.signatures)
    return doc.header, list(doc.events)


def signed_file(
    game: Round,
    key: SigningKey,
    header: SyncHeader,
    events: list[Event],
    name: str,
) -> Path:
    """`events` as the laptop `key`'s history (renumbered and chained), validly signed with its key."""
    lines, prev, wanted = [], GENESIS, set()
    for seq, original in enumerate(events, start=1):
        chained = dataclasses.replace(original, device_id=key.public.key_id, seq=seq, prev=prev)
        lines.append(chained.encode())
        prev = event_hash(lines[-1])
        wanted.add(chained.data.get("signature"))
    signatures = {sha: png for sha, png in IMAGES.items() if sha in wanted}
    path = game.root / "forged" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(build_sync_file(header, lines, prev, signatures, totals={}, key=key))
    return path


def event(
    header: SyncHeader,
    kind: Kind,
    *,
    code: str | None = None,
    amount: int = 0,
    at: str = "",
    **fields: object,
) -> Event:
    when = at or "2026-12-02T03:00:00Z"
    data = {"id_check": "card"} if kind == Kind.PAYOUT else {}
    data |= fields.pop("data", {})  # type: ignore[arg-type]
    return Event(
        event_id=str(fields.pop("event_id", uuid.uuid4())),
        device_id="",
        list_id=header.list_id,
        seq=0,
        prev="",
        kind=kind.value,
        staff="Lan",
        at_utc=when,
        at_local=to_local(parse_iso_utc(when)).isoformat(timespec="seconds"),
        revision=header.revision,
        beneficiary=code,
        amount=amount,
        target=fields.pop("target", None),  # type: ignore[arg-type]
        data=data,
    )


def void(header: SyncHeader, target: Event, code: str | None = None, *, claims: str | None = None) -> Event:
    """A void of `target` (about `code`, by default its person). `claims` is the kind the void says its
    target is: the door takes a void of an event outside the file only as a sibling's "report", so a forger
    whose target is elsewhere claims that — and the office's checks find the truth when the target is known."""
    beneficiary = code if code is not None else target.beneficiary
    data = {"reason": "nhầm"} | ({"target_kind": claims} if claims else {})
    return event(header, Kind.VOID, code=beneficiary, target=target.event_id, data=data)


def key(game: Round, device: int) -> SigningKey:
    return game.devices[device].signing_key()


def imported(game: Round, path: Path) -> tuple[str, str]:
    [outcome] = game.office.imports.files([path]).files
    return outcome.status, outcome.reason


def refused_and_nothing_written(game: Round, path: Path, words: str) -> None:
    before = db_rows(game.office.data_dir)
    status, reason = imported(game, path)
    assert (status, words in reason) == ("rejected", True), reason
    assert db_rows(game.office.data_dir) == before


def month_header(game: Round, month: str, point: str = "P01") -> SyncHeader:
    """A sync header for the list the office issued to `point` for `month`."""
    with game.office.db.reading() as session:
        list_id, revision = session.execute(
            select(PayoutList.list_id, PayoutList.revision)
            .join(Point)
            .where(PayoutList.month == month, Point.code == point, PayoutList.status == "issued")
        ).one()
    name = "Bưu cục Mỹ An" if point == "P02" else "Điểm BĐVHX An Phước"
    return SyncHeader(list_id, revision, month, point, name, "máy", "2026-12-02T03:00:00Z")


def november(game: Round) -> SyncHeader:
    rows = [person_row(i, amount=2_789_000 + 1000 * i) for i in range(1, 8)]
    game.office.registers.import_file(write_register(game.root / "nov.csv", rows), NOVEMBER)
    game.office.lists.issue(NOVEMBER, game.root / "nov-lists")
    return month_header(game, NOVEMBER)


def views_work(game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str], month: str = MONTH) -> dict:
    """`office status --json`, `office settlement` (xlsx) and `report settlement` (PDF) all work."""
    office = str(game.office.data_dir)
    capsys.readouterr()
    assert main(["office", "status", "--month", month, "--json", "--data-dir", office]) == 0
    status: dict = json.loads(capsys.readouterr().out)
    xlsx, pdf = tmp_path / f"settlement-{month}.xlsx", tmp_path / f"settlement-{month}.pdf"
    assert main(["office", "settlement", "--month", month, "--out", str(xlsx), "--data-dir", office]) == 0
    assert main(["report", "settlement", "--month", month, "--out", str(pdf), "--data-dir", office]) == 0
    assert xlsx.read_bytes()[:2] == b"PK" and pdf.read_bytes()[:5] == b"%PDF-"
    capsys.readouterr()
    return status


def kinds(status: dict) -> list[str]:
    return sorted(c["kind"] for c in status["conflicts"])


# 1. void targets ---------------------------------------------------------------------------------------


def test_a_december_void_of_the_laptops_own_november_payout_is_refused(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nov = november(game)
    paid = event(nov, Kind.PAYOUT, code="NCC004", amount=2_793_000, at="2026-11-02T03:00:00Z")
    assert imported(game, signed_file(game, key(game, 0), nov, [paid], "nov.pdsync"))[0] == "imported"
    game.devices[0].pay.record(PayoutRequest("NCC005", signature_png=png()))
    header, events = real_history(game, 0, "dec.pdsync")
    forged = signed_file(game, key(game, 0), header, [*events, void(header, paid)], "dec-void.pdsync")
    refused_and_nothing_written(game, forged, "a void cancels an event that is not in this list's history")
    for month in (MONTH, NOVEMBER):
        views_work(game, tmp_path, capsys, month)


def test_a_void_whose_target_arrives_later_is_flagged_and_changes_no_figure(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The crash of issue 13: December's file voids a November payout the office has not seen yet."""
    nov = november(game)
    paid = event(nov, Kind.PAYOUT, code="NCC004", amount=2_793_000, at="2026-11-02T03:00:00Z")
    game.devices[0].pay.record(PayoutRequest("NCC005", signature_png=png()))
    header, events = real_history(game, 0, "dec.pdsync")
    lying = void(header, paid, claims="report")
    dec = signed_file(game, key(game, 0), header, [*events, lying], "dec-void.pdsync")
    assert imported(game, dec)[0] == "imported"  # its target is unknown yet: the void waits
    assert imported(game, signed_file(game, key(game, 0), nov, [paid], "nov.pdsync"))[0] == "imported"
    status = views_work(game, tmp_path, capsys)
    assert kinds(status) == ["void-mismatch"]
    [flag] = status["conflicts"]
    assert {e["kind"] for e in flag["events"]} == {"void", "payout"}
    assert status["totals"]["paid_count"] == 1
    assert views_work(game, tmp_path, capsys, NOVEMBER)["totals"]["paid_count"] == 1  # not voided


def test_a_laptops_void_of_its_own_record_of_another_person_or_kind_is_refused(game: Round) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC004", signature_png=png()))
    game.devices[0].cash.close_day(reason="hết giờ")
    header, events = real_history(game, 0, "dec.pdsync")
    payout = next(e for e in events if e.kind == Kind.PAYOUT)
    closed = next(e for e in events if e.kind == Kind.DAY_CLOSED)
    other_person = signed_file(
        game, key(game, 0), header, [*events, void(header, payout, "NCC005")], "a.pdsync"
    )
    refused_and_nothing_written(game, other_person, "about another beneficiary")
    day = signed_file(game, key(game, 0), header, [*events, void(header, closed)], "b.pdsync")
    refused_and_nothing_written(game, day, "which cannot be voided")


def test_another_laptops_void_of_a_payout_is_flagged_and_ignored(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC004", signature_png=png()))
    header, events = real_history(game, 0, "dev0.pdsync")
    assert imported(game, game.root / "sync" / "dev0.pdsync")[0] == "imported"
    payout = next(e for e in events if e.kind == Kind.PAYOUT)
    voids: list[Event] = []
    for n, code in enumerate(("NCC004", "NCC005")):  # the same person, then another one
        voids.append(void(header, payout, code, claims="report"))
        forged = signed_file(game, key(game, 1), header, voids, f"dev1-{n}.pdsync")
        assert imported(game, forged)[0] == "imported"
    status = views_work(game, tmp_path, capsys)
    assert kinds(status) == ["void-mismatch", "void-mismatch"]
    assert (status["totals"]["paid_count"], status["totals"]["paid_amount"]) == (1, 2_793_000)


# 2. event ids unique per device ------------------------------------------------------------------------


def test_a_second_laptop_reusing_the_first_ones_ids_never_blocks_it(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC004", signature_png=png()))
    honest = game.export(0, "dev0.pdsync")
    header, events = real_history(game, 0, "dev0-again.pdsync")
    stolen = event(header, Kind.PAYOUT, code="NCC006", amount=2_795_000, event_id=events[-1].event_id)
    first = signed_file(game, key(game, 1), header, [stolen], "dev1.pdsync")
    assert imported(game, first)[0] == "imported"  # the forger reaches the office first
    assert imported(game, honest) == ("imported", "")  # and the honest laptop is not refused
    game.devices[0].pay.record(PayoutRequest("NCC005", signature_png=png(shade=3)))
    assert imported(game, game.export(0, "dev0-later.pdsync"))[0] == "imported"  # nor later
    status = views_work(game, tmp_path, capsys)
    reused = [c for c in status["conflicts"] if c["kind"] == "event-id-reused"]
    assert len(reused) == 2  # one on each person's record
    assert {e["device"] for c in reused for e in c["events"]} == {
        key(game, 0).public.key_id,
        key(game, 1).public.key_id,
    }
    assert status["totals"]["paid_count"] == 3


def test_a_file_repeating_its_own_event_id_is_refused(game: Round) -> None:
    game.devices[0].pay.record(PayoutRequest("NCC004", signature_png=png()))
    header, events = real_history(game, 0, "dev0.pdsync")
    again = event(header, Kind.PAYOUT, code="NCC005", amount=2_794_000, event_id=events[-1].event_id)
    path = signed_file(game, key(game, 0), header, [*events, again], "again.pdsync")
    refused_and_nothing_written(game, path, "uses one of the device's own event ids twice")


def test_a_peer_file_reusing_this_laptops_ids_is_taken_in_and_flagged(game: Round) -> None:
    desk = game.devices[0]
    desk.pay.record(PayoutRequest("NCC004", signature_png=png()))
    header, events = real_history(game, 0, "dev0.pdsync")
    stolen = event(header, Kind.PAYOUT, code="NCC006", amount=2_795_000, event_id=events[-1].event_id)
    taken = desk.sync.import_peer(signed_file(game, key(game, 1), header, [stolen], "dev1.pdsync"))
    assert taken.new_events == 1
    desk.pay.record(PayoutRequest("NCC005", signature_png=png(shade=2)))  # the laptop goes on working
    assert desk.lists.status().paid_count == 3
    repeated = signed_file(game, key(game, 1), header, [stolen, stolen], "dev1-twice.pdsync")
    with pytest.raises(FileRefused, match="own event ids twice"):
        desk.sync.import_peer(repeated)


# 3. one person on two lists of the month ---------------------------------------------------------------


def paid_at_both_points(game: Round, p01_code: str) -> None:
    """`p01_code` paid by P01's laptop, then NCC099 (listed at P02) by a laptop enrolled at P02."""
    game.devices[0].pay.record(PayoutRequest(p01_code, signature_png=png()))
    assert imported(game, game.export(0, "p01.pdsync"))[0] == "imported"
    p02_key = SigningKey.generate()
    game.office.devices.enroll("P02", p02_key.public.b64, "Mỹ An máy 1")
    p02 = month_header(game, MONTH, "P02")
    paid = event(p02, Kind.PAYOUT, code="NCC099", amount=1_929_000)
    assert imported(game, signed_file(game, p02_key, p02, [paid], "p02.pdsync"))[0] == "imported"


def test_a_person_added_to_two_points_and_paid_at_both_is_a_conflict(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    added = write_register(tmp_path / "bao-tang.csv", [person_row(99, amount=1_929_000)])
    amendment = game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", add_file=added)
    game.devices[0].lists.load(amendment.path)
    paid_at_both_points(game, "NCC099")
    status = views_work(game, tmp_path, capsys)
    flags = [c for c in status["conflicts"] if c["kind"] == "paid-on-two-lists"]
    assert sorted(c["point_code"] for c in flags) == ["P01", "P02"]
    assert all(len(c["events"]) == 2 for c in flags)  # both payouts, on each point's line


def test_one_cccd_under_two_codes_paid_at_two_points_is_a_conflict(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for code in ("NCC004", "NCC099"):  # the register gave one person two codes, at two points
        give_cccd(game.office, code, "086040173112")  # type: ignore[arg-type]
    paid_at_both_points(game, "NCC004")
    flags = [c for c in views_work(game, tmp_path, capsys)["conflicts"] if c["kind"] == "paid-on-two-lists"]
    assert sorted((c["point_code"], c["beneficiary_code"]) for c in flags) == [
        ("P01", "NCC004"),
        ("P02", "NCC099"),
    ]


# 4. flags ----------------------------------------------------------------------------------------------


def test_records_outside_the_months_round_are_flagged(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = month_header(game, MONTH)
    start, end = round_window(Month.parse(MONTH))
    inside = event(header, Kind.PAYOUT, code="NCC004", amount=2_793_000, at=iso_utc(start))
    late = event(header, Kind.PAYOUT, code="NCC005", amount=2_794_000, at=iso_utc(end + timedelta(seconds=1)))
    early = event(header, Kind.CASH_RECEIVED, amount=1_000_000, at="2026-10-01T00:00:00Z")
    assert imported(game, signed_file(game, key(game, 0), header, [inside, late, early], "f.pdsync"))[0] == (
        "imported"
    )
    status = views_work(game, tmp_path, capsys)
    assert kinds(status) == ["outside-month", "outside-month"]
    assert status["totals"]["paid_count"] == 2  # flagged, not refused


def test_one_signature_image_for_several_people_is_flagged(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for code in ("NCC004", "NCC005", "NCC006"):
        game.devices[0].pay.record(PayoutRequest(code, signature_png=png(shade=7)))
    assert imported(game, game.export(0, "dev0.pdsync"))[0] == "imported"
    status = views_work(game, tmp_path, capsys)
    [flag] = [c for c in status["conflicts"] if c["kind"] == "signature-reused"]
    assert len(flag["events"]) == 3  # one flag, naming the three payouts


# 5. month totals bounded -------------------------------------------------------------------------------


@pytest.mark.parametrize("split", [False, True], ids=["one-file", "two-files"])
def test_cash_over_the_month_bound_is_refused(
    game: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str], split: bool
) -> None:
    header = month_header(game, MONTH)
    big = MONTH_BOUND // 2 + 1
    cash: Callable[[], Event] = lambda: event(header, Kind.CASH_RECEIVED, amount=big)  # noqa: E731
    events = [cash(), cash()]
    if split:
        assert (
            imported(game, signed_file(game, key(game, 0), header, events[:1], "a.pdsync"))[0] == "imported"
        )
    path = signed_file(game, key(game, 0), header, events, "b.pdsync")
    refused_and_nothing_written(game, path, "over 10.000.000.000.000 ₫")
    views_work(game, tmp_path, capsys)
