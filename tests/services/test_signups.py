"""Sign-ups for payment by account (issue 17 item 5): recorded at the point under the rules, carried sealed
in the sync file, taken in by the office once, listed for the welfare office with the checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from payout_desk.domain.signup import SignupForm
from payout_desk.domain.vietqr import build_vietqr
from payout_desk.exchange.syncfile import build_sync_file, read_sync_file
from payout_desk.services.common.errors import InvalidInput, Refused
from payout_desk.services.common.outcomes import ImportStatus
from payout_desk.services.point.signups import SignupRequest
from payout_desk.trust.seal import is_sealed
from tests.roundkit import MONTH, Round, stroke_png

ACCOUNT = "0123456789012"


def blank() -> bytes:
    """A white pad: no signature."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (300, 100), "white").save(out, format="PNG")
    return out.getvalue()


def typed(account: str = ACCOUNT, **changes: object) -> SignupForm:
    fields: dict[str, object] = {"bank": "Agribank", "account": account, "account_again": account}
    fields.update(changes)
    return SignupForm(**fields)  # type: ignore[arg-type]


def sign_up(game: Round, code: str, form: SignupForm, *, device: int = 0, seed: int = 1):  # type: ignore[no-untyped-def]
    return game.devices[device].signups.record(
        SignupRequest(code, form, staff="Lan", signature_png=stroke_png(seed))
    )


def three(game: Round) -> None:
    """NCC001 typed with separators, NCC004 from a VietQR, NCC005 to the spouse's account by thumbprint."""
    first = sign_up(
        game, "NCC001", typed("0123 4567-89012", account_again="0123456789012", phone="+84912345678")
    )
    assert first.normalised and first.phone == "0912345678" and first.holder == "NGUYEN VAN BINH 1"
    assert "taken out" in first.notes()[0].en
    qr = sign_up(game, "NCC004", SignupForm(qr=build_vietqr("970436", "0071000123456")), seed=2)
    assert (qr.bank, qr.account, qr.source) == ("Vietcombank", "0071000123456", "qr")
    spouse = game.devices[0].signups.record(
        SignupRequest("NCC005", typed("9704050001", holder="Lê Thị Hai", holder_confirmed=True), staff="Lan",
                      thumbprint=True)
    )  # fmt: skip
    assert spouse.holder_mismatch and spouse.account_masked == "••••••0001"


@pytest.mark.devices(1)
def test_the_point_refuses_each_bad_sign_up_with_one_sentence_and_records_nothing(game: Round) -> None:
    desk = game.devices[0]
    cases = [
        (SignupRequest("NCC001", typed(holder="Trần Văn Ba"), staff="Lan", thumbprint=True), "confirm"),
        (
            SignupRequest("NCC001", typed(account_again="0123456789013"), staff="Lan", thumbprint=True),
            "match",
        ),
        (SignupRequest("NCC001", typed(bank="Ngân hàng Sao Hỏa"), staff="Lan", thumbprint=True), "No bank"),
        (SignupRequest("NCC001", typed(), staff="Lan"), "signs or gives a thumbprint"),
        (SignupRequest("NCC001", typed(), staff="Lan", signature_png=blank()), "signs or gives a thumbprint"),
        (SignupRequest("NCC777", typed(), staff="Lan", thumbprint=True), "NCC777"),
        (SignupRequest("NCC001", typed(phone="12345"), staff="Lan", thumbprint=True), "phone"),
    ]
    for request, words in cases:
        with pytest.raises(Refused) as info:
            desk.signups.record(request)
        assert words in info.value.text.en and "\n" not in info.value.text.en
    with pytest.raises(InvalidInput):
        desk.signups.record(SignupRequest("NCC001", typed(), staff="Lan", signature_png=b"not a png"))
    assert desk.signups.all() == []


@pytest.mark.devices(1)
def test_a_second_sign_up_needs_a_reason_and_then_replaces_the_first(game: Round) -> None:
    desk = game.devices[0]
    first = sign_up(game, "NCC001", typed())
    with pytest.raises(Refused, match="give a reason"):
        sign_up(game, "NCC001", typed("9999999999"))
    second = sign_up(game, "NCC001", typed("9999999999", reason="đổi sang tài khoản mới"))
    assert second.replaces == first.signup_id and desk.signups.of("NCC001") == second
    assert [s.signup_id for s in desk.signups.all()] == [first.signup_id, second.signup_id]


@pytest.mark.devices(2)
def test_a_round_sign_ups_reach_the_offices_list(game: Round, tmp_path: Path) -> None:
    three(game)
    sign_up(game, "NCC001", typed("5555555555", reason="tài khoản cũ đã khóa"))  # replaces the first
    sign_up(game, "NCC006", typed("9704050001", holder="Lê Thị Hai", holder_confirmed=True), seed=3)  # shared
    sign_up(game, "NCC004", typed("7777777777"), device=1, seed=4)  # the same person on the other laptop
    files = [game.export(0, "dev0.pdsync"), game.export(1, "dev1.pdsync")]
    sealed = files[0].read_bytes()
    assert is_sealed(sealed) and b"0071000123456" not in sealed and ACCOUNT.encode() not in sealed
    outcomes = game.office.imports.sync_files(files)
    assert [(o.status, o.new_signups) for o in outcomes] == [
        (ImportStatus.IMPORTED, 5),
        (ImportStatus.IMPORTED, 1),
    ]
    again = game.office.imports.sync_files(files)
    assert [(o.status, o.new_signups) for o in again] == [(ImportStatus.NOTHING_NEW, 0)] * 2
    sheet, out = game.office.signups.export(MONTH, tmp_path / "signups.xlsx")
    assert len(sheet.lines) == 6
    rows = list(load_workbook(out).active.iter_rows(min_row=5, values_only=True))
    by = {(r[1], r[7]): r for r in rows}
    assert set(by) == {("NCC001", ACCOUNT), ("NCC001", "5555555555"), ("NCC004", "0071000123456"),
                       ("NCC004", "7777777777"), ("NCC005", "9704050001"), ("NCC006", "9704050001")}  # fmt: skip
    old = by[("NCC001", ACCOUNT)]
    assert (old[5], old[6], old[9], old[16]) == ("Agribank", "970405", "0912345678", "Đã thay")
    new = by[("NCC001", "5555555555")]
    assert new[16] == "Có" and "tài khoản cũ đã khóa" in new[15] and new[12] == "Lan"
    assert (
        by[("NCC004", "0071000123456")][10] == "Mã VietQR" and by[("NCC005", "9704050001")][11] == "Điểm chỉ"
    )
    assert by[("NCC004", "7777777777")][13] == "An Phước máy 2"
    flags = {key: row[18] or "" for key, row in by.items()}
    assert flags[("NCC004", "0071000123456")] == flags[("NCC004", "7777777777")] == "signed_up_twice"
    assert flags[("NCC005", "9704050001")] == "account_name_mismatch account_shared"
    assert flags[("NCC006", "9704050001")] == "account_name_mismatch account_shared"
    assert flags[("NCC001", ACCOUNT)] == flags[("NCC001", "5555555555")] == ""
    assert sheet.flagged == 4
    game.office.imports.sync_files(files)
    assert len(game.office.signups.month(MONTH).lines) == 6  # re-import changes nothing


def _rebuilt(game: Round, path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """The laptop's own export, its sign-ups changed by `change` and signed again with the laptop's key: a
    validly signed file from an enrolled laptop, still untrusted."""
    from tests.roundkit import plain

    desk = game.devices[0]
    signed, doc = read_sync_file(plain(path, game.office.unlocked_key()).read_bytes())
    records = change([dict(r) for r in doc.signups])
    data = build_sync_file(
        doc.header, doc.lines, doc.head, doc.signatures, totals=signed.manifest["totals"], key=desk.signing_key(),
        signups=records,
    )  # fmt: skip
    out = path.with_name("rebuilt.pdsync")
    out.write_bytes(data)
    return out


@pytest.mark.devices(1)
@pytest.mark.parametrize(
    "field, value, words",
    [("account", "12 34", "'account'"), ("bank_bin", "999999", "no bank"), ("phone", "0123", "'phone'"),
     ("holder", "X" * 300, "'holder'")],
)  # fmt: skip
def test_a_sync_file_with_a_bad_sign_up_is_refused_and_nothing_is_taken_in(
    game: Round, field: str, value: str, words: str
) -> None:
    game.devices[0].pay.record(__import__("payout_desk.services.point.pay", fromlist=["x"]).PayoutRequest(
        "NCC001", staff="Lan", thumbprint=True))  # fmt: skip
    three(game)
    path = game.export(0, "dev0.pdsync")

    def bad(records: list[dict[str, object]]) -> list[dict[str, object]]:
        records[1][field] = value
        return records

    (outcome,) = game.office.imports.sync_files([_rebuilt(game, path, bad)])
    assert (
        outcome.status == ImportStatus.REJECTED and words in outcome.reason and "sign-up 2" in outcome.reason
    )
    assert (
        game.office.signups.month(MONTH).lines == ()
        and game.office.status.month(MONTH).totals.paid_count == 0
    )


@pytest.mark.devices(1)
def test_a_sign_up_taken_in_before_cannot_change(game: Round) -> None:
    three(game)
    path = game.export(0, "dev0.pdsync")
    assert game.office.imports.sync_files([path])[0].new_signups == 3

    def changed(records: list[dict[str, object]]) -> list[dict[str, object]]:
        records[0]["account"] = "1111111111"
        return records

    (outcome,) = game.office.imports.sync_files([_rebuilt(game, path, changed)])
    assert outcome.status == ImportStatus.REJECTED and "altered" in outcome.reason
    assert {line.account for line in game.office.signups.month(MONTH).lines} == {
        ACCOUNT, "0071000123456", "9704050001"}  # fmt: skip


@pytest.mark.devices(1)
def test_a_sync_file_without_sign_ups_has_no_member_and_still_loads(game: Round) -> None:
    from tests.roundkit import plain

    path = game.export(0, "dev0.pdsync")
    signed, doc = read_sync_file(plain(path, game.office.unlocked_key()).read_bytes())
    assert "signups.json" not in signed.members and "signups" not in signed.manifest["counts"]
    assert doc.signups == []
    assert game.office.imports.sync_files([path])[0].status != ImportStatus.REJECTED


@pytest.mark.devices(1)
def test_the_account_numbers_are_in_the_sealed_member_never_in_the_manifest(game: Round) -> None:
    from tests.roundkit import plain

    three(game)
    signed, doc = read_sync_file(
        plain(game.export(0, "dev0.pdsync"), game.office.unlocked_key()).read_bytes()
    )
    assert signed.manifest["counts"]["signups"] == 3
    assert ACCOUNT not in json.dumps(signed.manifest) and ACCOUNT in signed.members["signups.json"].decode()
    assert len(doc.signups) == 3


@pytest.mark.devices(2)
def test_the_laptops_own_file_brings_its_sign_ups_back_and_a_peers_file_leaves_them(game: Round) -> None:
    from sqlalchemy import text

    desk = game.devices[0]
    three(game)
    path = game.export(0, "dev0.pdsync")
    with desk.db.transaction() as session:  # as if restored from a backup made before the sign-ups
        session.execute(text("DELETE FROM account_signups"))
    assert desk.signups.all() == []
    desk.sync.recover(path)
    assert {s.code for s in desk.signups.all()} == {"NCC001", "NCC004", "NCC005"}
    game.devices[1].sync.import_peer(path)  # a sibling learns the payouts, not the sign-ups
    assert game.devices[1].signups.all() == []


@pytest.mark.devices(1)
def test_a_familys_one_off_line_cannot_be_signed_up(game: Round, tmp_path: Path) -> None:
    from tests.services.test_family_payment import funeral, load, reported_deceased

    reported_deceased(game)
    load(game, game.office.amendments.amend(MONTH, "P01", tmp_path / "amend", payment=funeral()).path)
    with pytest.raises(Refused, match="one-off payment"):
        sign_up(game, "NCC002#1", typed())


@pytest.mark.devices(1)
def test_the_offices_list_is_an_office_action_in_the_clerks_name(game: Round, tmp_path: Path) -> None:
    from tests.services.test_office_attribution import actions
    from tests.services.test_office_roles import PIN, staff_office

    office = game.office
    staff_office(office)
    office.clerks.sign_in("Tú", PIN)
    three(game)
    (outcome,) = office.imports.sync_files([game.export(0, "dev0.pdsync")])
    office.signups.export(MONTH, tmp_path / "dk.xlsx")
    done = actions(office)
    imported = next(a for a in done if a[1] == "import-sync")
    assert imported[0] == "Tú" and imported[3]["new_signups"] == 3 and outcome.new_signups == 3
    assert done[-1] == ("Tú", "export-signups", MONTH, {"file": "dk.xlsx", "signups": 3, "flagged": 1})
