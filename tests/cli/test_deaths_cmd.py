"""`office amend --add-payment` and `office recover` (issue 15, item 5): the CLI contract — JSON, exit
codes, one-line errors, bad input changes nothing — and `point pay` of the payment line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.roundkit import MONTH, Round, stroke_png

PAYMENT = (
    "--add-payment", "NCC002", "--kind", "funeral", "--amount", "18.000.000", "--recipient-name", "Lê Thị Hai",
    "--recipient-id", "079123456789", "--relation", "vợ", "--reason", "QĐ 12/QĐ-LĐTBXH",
)  # fmt: skip


def amend(cli: Cli, game: Round, *extra: object) -> object:
    return cli("office", "amend", "--month", MONTH, "--point", "P01", "--out", game.root / "amend",
               "--data-dir", game.root / "office", *extra)  # fmt: skip


@pytest.mark.devices(1)
def test_add_payment_then_pay_it_at_the_point(game: Round, cli: Cli, tmp_path: Path) -> None:
    game.devices[0].records.report(
        "NCC002", "deceased", day="2026-12-01", reported_by="trưởng ấp", staff="Lan"
    )
    game.office.imports.files([game.export(0, "death.pdsync")])
    game.close()
    office = game.root / "office"

    early = amend(cli, game, *PAYMENT[:-1], "")  # an empty reason
    assert early.code == 2 and len(early.err.strip().splitlines()) == 1
    assert not (game.root / "amend").exists()
    unknown = amend(cli, game, "--add-payment", "NCC777", *PAYMENT[2:])
    assert unknown.code == 3 and "NCC777" in unknown.err
    bad_kind = amend(cli, game, *PAYMENT[:3], "gift", *PAYMENT[4:])
    assert bad_kind.code == 2
    stop_reason = amend(cli, game, "--stop", "NCC001", "--reason", "bored", "--date", "2026-12-01")
    assert stop_reason.code == 2  # a stop's reason is still one of deceased|moved|other

    done = amend(cli, game, *PAYMENT, "--json")
    assert done.code == 0, done.err
    payload = json.loads(done.out)
    (change,) = payload["changes"]
    assert change["kind"] == "payment" and change["code"] == "NCC002#1" and change["amount"] == 18_000_000
    assert change["payment"]["recipient_name"] == "Lê Thị Hai" and change["payment"]["kind"] == "funeral"
    words = amend(cli, game, *PAYMENT)
    assert words.code == 3 and "NCC002" in words.err  # the same payment twice

    device = game.root / "device0"
    loaded = cli("point", "load", payload["path"], "--data-dir", device, "--json")
    assert loaded.code == 0, loaded.err
    (tmp_path / "sig.png").write_bytes(stroke_png(5))
    pay = ("point", "pay", "NCC002#1", "--staff", "Lan", "--data-dir", device)
    self_pay = cli(*pay, "--thumbprint")
    assert self_pay.code == 3 and "Lê Thị Hai" in self_pay.err
    paid = cli(
        *pay,
        "--standing-proxy",
        "--proxy-id",
        "079123456789",
        "--proxy-id-checked",
        "--signature",
        tmp_path / "sig.png",
        "--json",
    )
    assert paid.code == 0, paid.err
    assert json.loads(paid.out)["recipient"] == "Lê Thị Hai"

    person = cli("office", "person", "NCC002", "--data-dir", office, "--json")
    assert person.code == 0, person.err
    (family,) = json.loads(person.out)["family_payments"]
    assert (family["line_code"], family["recipient_name"], family["paid"]) == ("NCC002#1", "Lê Thị Hai", None)

    recover = cli("office", "recover", "--month", MONTH, "--data-dir", office, "--json")
    assert recover.code == 0, recover.err
    assert json.loads(recover.out) == {"month": MONTH, "count": 0, "total": 0, "payouts": []}
    words = cli("office", "recover", "--month", MONTH, "--data-dir", office)
    assert words.code == 0 and "0" in words.out
    missing = cli("office", "recover", "--month", "2027-05", "--data-dir", office)
    assert missing.code == 3 and len(missing.err.strip().splitlines()) == 1
    usage = cli("office", "recover", "--month", "tháng 5", "--data-dir", office)
    assert usage.code == 2
