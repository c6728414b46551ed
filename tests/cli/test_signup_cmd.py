"""`point signup` and `office signups` (issue 17 item 5) under the CLI contract: --json, exit 0 / 2 usage /
3 refused (one line, nothing written) / 4 a file not taken; a round from the command line to the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from payout_desk.domain.vietqr import build_vietqr
from tests.cli.conftest import Cli
from tests.hardening.test_signed_matrix import db_rows
from tests.roundkit import MONTH, Round, stroke_png

SIGNUP = ("point", "signup")


@pytest.mark.devices(1)
@pytest.mark.parametrize(
    ("given", "words"),
    [
        (("NCC001", "--bank", "Agribank", "--account", "12-34", "--thumbprint"), "6 to 19"),
        (("NCC001", "--bank", "Agribank", "--account", "123456789", "--account-again", "123456780",
          "--thumbprint"), "does not match"),
        (("NCC001", "--bank", "970999", "--account", "123456789", "--thumbprint"), "No bank"),
        (("NCC001", "--qr", build_vietqr("970436", "123456789")[:-1] + "X", "--thumbprint"), "CRC"),
        (("NCC001", "--bank", "VCB", "--account", "123456789", "--holder", "Lê Thị Hai", "--thumbprint"),
         "confirm"),
        (("NCC001", "--bank", "VCB", "--account", "123456789", "--phone", "0123", "--thumbprint"), "phone"),
        (("NCC404", "--bank", "VCB", "--account", "123456789", "--thumbprint"), "NCC404"),
    ],
)  # fmt: skip
def test_a_refused_sign_up_says_one_line_exits_3_and_writes_nothing(
    game: Round, cli: Cli, given: tuple[str, ...], words: str
) -> None:
    desk = game.devices[0]
    before = db_rows(desk.data_dir)
    refused = cli(*SIGNUP, *given, "--staff", "Lan", "--data-dir", desk.data_dir)
    assert refused.code == 3 and words in refused.err and refused.err.count("\n") == 1, refused.err
    assert db_rows(desk.data_dir) == before


@pytest.mark.devices(1)
@pytest.mark.parametrize(
    "given",
    [
        ("NCC001", "--bank", "VCB", "--account", "123456789"),  # neither signed nor thumbprinted
        ("NCC001", "--qr", "x", "--account", "123456789", "--thumbprint"),  # both
        ("NCC001", "--qr", build_vietqr("970436", "123456789"), "--account-again", "1", "--thumbprint"),
    ],
)
def test_usage_errors_exit_2(game: Round, cli: Cli, given: tuple[str, ...]) -> None:
    desk = game.devices[0]
    assert cli(*SIGNUP, *given, "--staff", "Lan", "--data-dir", desk.data_dir).code == 2


@pytest.mark.devices(1)
def test_a_signature_file_that_is_no_image_is_bad_input(game: Round, cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "sig.png"
    junk.write_bytes(b"\x89PNG not really")
    desk = game.devices[0]
    done = cli(*SIGNUP, "NCC001", "--bank", "VCB", "--account", "123456789", "--signature", junk, "--staff", "Lan",
               "--data-dir", desk.data_dir)  # fmt: skip
    assert done.code == 3 and done.err.count("\n") == 1


@pytest.mark.devices(1)
def test_sign_ups_from_the_command_line_reach_the_offices_workbook(
    game: Round, cli: Cli, tmp_path: Path
) -> None:
    desk = game.devices[0]
    signature = tmp_path / "sig.png"
    signature.write_bytes(stroke_png(5))
    first = cli(*SIGNUP, "NCC001", "--bank", "Agribank", "--account", "0123 456 789", "--phone", "+84 912 345 678",
                "--signature", signature, "--staff", "Lan", "--json", "--data-dir", desk.data_dir)  # fmt: skip
    assert first.code == 0, first.err
    got = first.json
    assert (got["bank_bin"], got["account"], got["normalised"], got["phone"]) == ("970405", "0123456789", True,
                                                                                 "0912345678")  # fmt: skip
    assert got["holder"] == "NGUYEN VAN BINH 1" and got["replaces"] is None
    text = cli(*SIGNUP, "NCC004", "--qr", build_vietqr("970436", "0071000123456"), "--thumbprint", "--staff",
               "Lan", "--data-dir", desk.data_dir)  # fmt: skip
    assert text.code == 0 and "•••••••••3456" in text.out and "0071000123456" not in text.out
    again = cli(*SIGNUP, "NCC001", "--bank", "VCB", "--account", "9999999999", "--thumbprint", "--staff", "Lan",
                "--data-dir", desk.data_dir)  # fmt: skip
    assert again.code == 3 and "reason" in again.err
    replaced = cli(*SIGNUP, "NCC001", "--bank", "VCB", "--account", "9999999999", "--thumbprint", "--reason",
                   "đổi ngân hàng", "--staff", "Lan", "--json", "--data-dir", desk.data_dir)  # fmt: skip
    assert replaced.json["replaces"] == got["signup_id"]
    exported = cli(
        "point", "export", "--out", tmp_path / "dev0.pdsync", "--json", "--data-dir", desk.data_dir
    )
    assert exported.code == 0 and exported.json["signups"] == 3
    office = game.office.data_dir
    taken = cli("office", "import", exported.json["path"], "--json", "--data-dir", office)
    assert taken.code == 0 and taken.json["files"][0]["new_signups"] == 3
    listed = cli(
        "office", "signups", "--month", MONTH, "--out", tmp_path / "dk.xlsx", "--json", "--data-dir", office
    )
    assert listed.code == 0 and listed.json["count"] == 3 and listed.json["flagged"] == 0
    rows = list(load_workbook(tmp_path / "dk.xlsx").active.iter_rows(min_row=5, values_only=True))
    assert sorted((r[1], r[7], r[16]) for r in rows) == [
        ("NCC001", "0123456789", "Đã thay"), ("NCC001", "9999999999", "Có"), ("NCC004", "0071000123456", "Có")]  # fmt: skip
    bad_month = cli(
        "office", "signups", "--month", "2026-13", "--out", tmp_path / "x.xlsx", "--data-dir", office
    )
    assert bad_month.code == 2 and bad_month.err.count("\n") == 1
