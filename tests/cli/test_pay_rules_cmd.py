"""`point pay` under the rule every payout obeys, exactly as the window: each missing item refused in one
line naming it and the option that gives it, exit 3, nothing recorded; complete, the payout is recorded with
the proxy's ID and authorisation (or, for the list's proxy, the clerk's word that the ID card matched)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.hardening.test_signed_matrix import db_rows
from tests.paykit import blank_png
from tests.roundkit import Round, stroke_png

PROXY = ("--proxy-name", "Lê Thị Hồng", "--proxy-relation", "vợ")


@pytest.mark.devices(1)
@pytest.mark.parametrize(
    ("code", "given", "named"),
    [
        ("NCC001", (), "(--signature FILE.png or --thumbprint)"),
        ("NCC004", (*PROXY, "--thumbprint"), "(--proxy-id)"),
        ("NCC004", (*PROXY, "--proxy-id", "0861", "--proxy-authorisation", "UQ 1", "--thumbprint"), "“0861”"),
        ("NCC004", (*PROXY, "--proxy-id", "086190000002", "--thumbprint"), "(--proxy-authorisation)"),
        ("NCC003", ("--standing-proxy", "--proxy-id", "086090000001", "--thumbprint"), "(--proxy-id-checked)"),
        ("NCC003", ("--standing-proxy", "--proxy-id-checked", "--thumbprint"), "(--proxy-id)"),
        ("NCC004", ("--proxy-name", " ", "--proxy-id", "086190000002", "--proxy-authorisation", "UQ 1",
                    "--thumbprint"), "(--proxy-name)"),
    ],
)  # fmt: skip
def test_point_pay_refuses_what_is_missing_and_records_nothing(
    game: Round, cli: Cli, code: str, given: tuple[str, ...], named: str
) -> None:
    desk = game.devices[0]
    before = db_rows(desk.data_dir)
    refused = cli("point", "pay", code, *given, "--staff", "Lan", "--data-dir", desk.data_dir)
    assert refused.code == 3 and named in refused.err and refused.err.count("\n") == 1, refused.err
    assert "Not paid: still missing" in refused.err
    assert db_rows(desk.data_dir) == before


@pytest.mark.devices(1)
def test_everything_missing_is_said_at_once(game: Round, cli: Cli) -> None:
    desk = game.devices[0]
    refused = cli(
        "point", "pay", "NCC004", "--proxy-name", "Lê Thị Hồng", "--staff", "Lan", "--data-dir", desk.data_dir
    )
    assert refused.code == 3
    for option in ("--proxy-id", "--proxy-authorisation", "--thumbprint"):
        assert option in refused.err


@pytest.mark.devices(1)
def test_a_blank_signature_is_no_signature(game: Round, cli: Cli, tmp_path: Path) -> None:
    desk = game.devices[0]
    blank = tmp_path / "blank.png"
    blank.write_bytes(blank_png())
    refused = cli(
        "point", "pay", "NCC001", "--signature", blank, "--staff", "Lan", "--data-dir", desk.data_dir
    )
    assert refused.code == 3 and "--signature" in refused.err


@pytest.mark.devices(1)
def test_complete_payouts_through_the_cli_keep_what_allowed_them(
    game: Round, cli: Cli, tmp_path: Path
) -> None:
    desk = game.devices[0]
    signature = tmp_path / "sig.png"
    signature.write_bytes(stroke_png(7))
    other = cli(
        "point", "pay", "NCC004", *PROXY, "--proxy-id", "0861 9000 0002", "--proxy-authorisation", "UQ 12/2026",
        "--signature", signature, "--staff", "Lan", "--json", "--data-dir", desk.data_dir,
    )  # fmt: skip
    assert other.code == 0, other.err
    listed = cli(
        "point", "pay", "NCC003", "--standing-proxy", "--proxy-id", "086090000001", "--proxy-id-checked",
        "--thumbprint", "--staff", "Lan", "--json", "--data-dir", desk.data_dir,
    )  # fmt: skip
    assert listed.code == 0, listed.err
    proxies = {code: desk.roster.detail(code).payouts[0].data["proxy"] for code in ("NCC003", "NCC004")}
    assert proxies["NCC004"] == {
        "name": "Lê Thị Hồng", "id_number": "086190000002", "relation": "vợ", "authorisation": "UQ 12/2026"
    }  # fmt: skip
    assert proxies["NCC003"]["standing"] is True and proxies["NCC003"]["id_checked"] is True
