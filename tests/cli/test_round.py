"""The first half of the round through the CLI: keys → import → issue → load → status."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from payout_desk.exchange import zipformat
from payout_desk.store.database import DB_FILE_NAME
from tests.cli.conftest import CSV_ROWS, Cli, Outcome, write_csv_register


def db_digest(data_dir: Path) -> str:
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture
def office(cli: Cli, tmp_path: Path) -> Path:
    data_dir = tmp_path / "office"
    assert (
        cli(
            "keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít", "--data-dir", data_dir
        ).code
        == 0
    )
    return data_dir


def new_point(cli: Cli, tmp_path: Path, name: str = "point") -> Path:
    data_dir = tmp_path / name
    assert cli("keys", "init", "--role", "point", "--name", f"{name} máy 1", "--data-dir", data_dir).code == 0
    return data_dir


def issue_again(cli: Cli, office: Path, out: Path) -> Outcome:
    return cli("office", "issue-lists", "--month", "2026-12", "--out", out, "--json", "--data-dir", office)


def office_fingerprint(cli: Cli, office: Path) -> str:
    shown = cli("keys", "show", "--json", "--data-dir", office)
    assert shown.code == 0
    return str(shown.json["fingerprint"])


def test_keys_show_prints_the_contract_fields(cli: Cli, office: Path) -> None:
    shown = cli("keys", "show", "--json", "--data-dir", office).json
    assert {"role", "name", "fingerprint", "public_key"} <= set(shown)
    assert shown["role"] == "office"
    assert shown["name"] == "Bưu điện huyện Mang Thít"
    assert len(shown["fingerprint"].replace(" ", "")) == 30


def test_sample_register_full_round_status_equals_import(
    cli: Cli, office: Path, tmp_path: Path, sample_register: Path
) -> None:
    refused = cli(
        "office", "import-register", sample_register, "--month", "2026-12", "--json", "--data-dir", office
    )
    assert refused.code == 3
    assert {e["row"] for e in refused.json["errors"]} == {46, 47}
    assert refused.json["imported"] == 0

    imported = cli(
        "office",
        "import-register",
        sample_register,
        "--month",
        "2026-12",
        "--skip-invalid",
        "--json",
        "--data-dir",
        office,
    )
    assert imported.code == 0, imported.err
    summary = imported.json
    assert summary["rows_read"] == 501
    assert summary["non_cash"] == 39
    assert sum(p["beneficiaries"] for p in summary["points"]) == 460
    assert sum(p["cash_total"] for p in summary["points"]) == 2_469_952_000

    issued = cli(
        "office",
        "issue-lists",
        "--month",
        "2026-12",
        "--out",
        tmp_path / "lists",
        "--json",
        "--data-dir",
        office,
    )
    assert issued.code == 0, issued.err
    files = issued.json["files"]
    assert len(files) == len(summary["points"]) == 5
    by_code = {p["code"]: p for p in summary["points"]}
    fingerprint = office_fingerprint(cli, office)
    for item in files:
        point_dir = new_point(cli, tmp_path, item["point_code"])
        loaded = cli(
            "point", "load", item["path"], "--trust-office", fingerprint, "--json", "--data-dir", point_dir
        )
        assert loaded.code == 0, loaded.err
        status = cli("point", "status", "--json", "--data-dir", point_dir).json
        expected = by_code[item["point_code"]]
        assert status["point"] == {"code": expected["code"], "name": expected["name"]}
        assert status["beneficiaries"] == expected["beneficiaries"] == item["beneficiaries"]
        assert status["cash_total"] == expected["cash_total"] == item["cash_total"]
        assert status["month"] == "2026-12"
        assert status["revision"] == 1
        assert status["office_fingerprint"] == fingerprint
        assert (status["paid_count"], status["paid_amount"]) == (0, 0)


@pytest.fixture
def issued(cli: Cli, office: Path, tmp_path: Path) -> dict[str, Path]:
    register = write_csv_register(tmp_path / "register.csv")
    assert cli("office", "import-register", register, "--month", "2026-12", "--data-dir", office).code == 0
    result = cli(
        "office",
        "issue-lists",
        "--month",
        "2026-12",
        "--out",
        tmp_path / "lists",
        "--json",
        "--data-dir",
        office,
    )
    assert result.code == 0, result.err
    return {f["point_name"]: Path(f["path"]) for f in result.json["files"]}


@pytest.fixture
def loaded_point(cli: Cli, office: Path, issued: dict[str, Path], tmp_path: Path) -> tuple[Path, Path]:
    point_dir = new_point(cli, tmp_path)
    list_file = issued["Điểm BĐVHX An Phước"]
    result = cli(
        "point", "load", list_file, "--trust-office", office_fingerprint(cli, office), "--data-dir", point_dir
    )
    assert result.code == 0, result.err
    return point_dir, list_file


def test_csv_register_splits_cash_rows_per_point(cli: Cli, issued: dict[str, Path], tmp_path: Path) -> None:
    summary = cli("verify", issued["Điểm BĐVHX An Phước"], "--json").json
    assert summary["kind"] == "list"
    assert summary["beneficiaries"] == 3
    assert summary["cash_total"] == 2_866_000 + 8_367_000 + 2_343_000
    assert (summary["home_visits"], summary["proxies"]) == (1, 1)
    assert (
        cli("verify", issued["Bưu cục Mỹ An"], "--json").json["beneficiaries"] == 1
    )  # the transfer row is out


def test_issuing_again_writes_identical_files(
    cli: Cli, office: Path, issued: dict[str, Path], tmp_path: Path
) -> None:
    before = {name: path.read_bytes() for name, path in issued.items()}
    again = issue_again(cli, office, tmp_path / "again").json
    assert {f["point_name"]: Path(f["path"]).read_bytes() for f in again["files"]} == before
    assert not any(f["new_revision"] for f in again["files"])


def test_loading_the_same_file_again_changes_nothing(cli: Cli, loaded_point: tuple[Path, Path]) -> None:
    point_dir, list_file = loaded_point
    before = db_digest(point_dir)
    again = cli("point", "load", list_file, "--json", "--data-dir", point_dir)
    assert again.code == 0
    assert again.json["status"] == "already-loaded"
    assert db_digest(point_dir) == before


def test_a_higher_revision_replaces_entitlements_and_a_lower_one_is_refused(
    cli: Cli, office: Path, loaded_point: tuple[Path, Path], tmp_path: Path
) -> None:
    point_dir, first = loaded_point
    revision_1 = tmp_path / "rev1.pdlist"
    revision_1.write_bytes(first.read_bytes())
    changed = [CSV_ROWS[0].replace("2866000,,2866000", "2900000,,2900000"), *CSV_ROWS[1:]]
    register = write_csv_register(tmp_path / "corrected.csv", changed)
    assert cli("office", "import-register", register, "--month", "2026-12", "--data-dir", office).code == 0
    files = cli(
        "office",
        "issue-lists",
        "--month",
        "2026-12",
        "--out",
        tmp_path / "rev2",
        "--json",
        "--data-dir",
        office,
    ).json["files"]
    revisions = {f["point_name"]: (f["revision"], f["new_revision"]) for f in files}
    assert revisions == {"Điểm BĐVHX An Phước": (2, True), "Bưu cục Mỹ An": (1, False)}
    second = next(Path(f["path"]) for f in files if f["revision"] == 2)

    loaded = cli("point", "load", second, "--json", "--data-dir", point_dir)
    assert loaded.code == 0, loaded.err
    assert loaded.json["status"] == "replaced"
    status = cli("point", "status", "--json", "--data-dir", point_dir).json
    assert (status["revision"], status["cash_total"]) == (2, 2_900_000 + 8_367_000 + 2_343_000)

    before = db_digest(point_dir)
    older = cli("point", "load", revision_1, "--data-dir", point_dir)
    assert older.code == 4
    assert "older than revision 2" in older.err
    assert db_digest(point_dir) == before


def test_first_load_without_a_confirmed_fingerprint_is_refused(
    cli: Cli, issued: dict[str, Path], tmp_path: Path
) -> None:
    point_dir = new_point(cli, tmp_path)
    result = cli("point", "load", issued["Bưu cục Mỹ An"], "--data-dir", point_dir)
    assert result.code == 4
    assert "--trust-office" in result.err
    assert "Traceback" not in result.err
    assert cli("point", "status", "--data-dir", point_dir).code == 1  # nothing was loaded


def test_a_wrong_fingerprint_is_refused(cli: Cli, issued: dict[str, Path], tmp_path: Path) -> None:
    point_dir = new_point(cli, tmp_path)
    result = cli(
        "point",
        "load",
        issued["Bưu cục Mỹ An"],
        "--trust-office",
        "11111 22222 33333 44444 55555 66666",
        "--data-dir",
        point_dir,
    )
    assert result.code == 4
    assert "call the office" in result.err


def test_a_list_from_another_office_key_is_refused_after_pinning(
    cli: Cli, loaded_point: tuple[Path, Path], tmp_path: Path
) -> None:
    point_dir, _ = loaded_point
    rogue = tmp_path / "rogue"
    cli("keys", "init", "--role", "office", "--name", "Bưu điện huyện Mang Thít", "--data-dir", rogue)
    register = write_csv_register(tmp_path / "rogue.csv")
    cli("office", "import-register", register, "--month", "2026-12", "--data-dir", rogue)
    files = cli(
        "office",
        "issue-lists",
        "--month",
        "2026-12",
        "--out",
        tmp_path / "rogue-lists",
        "--json",
        "--data-dir",
        rogue,
    ).json["files"]
    forged = next(Path(f["path"]) for f in files if f["point_name"] == "Điểm BĐVHX An Phước")
    before = db_digest(point_dir)
    result = cli("point", "load", forged, "--data-dir", point_dir)
    assert result.code == 4
    assert "not by the office key this device trusts" in result.err
    assert db_digest(point_dir) == before


def _tamper_cases(data: bytes) -> dict[str, bytes]:
    entries = zipformat.read(data, max_entries=10)
    body = json.loads(zipformat.unpack(entries[2], max_size=10**7))
    body["beneficiaries"][0]["lines"][0]["amount"] += 1_000_000
    swapped = zipformat.pack("list.json", json.dumps(body).encode(), compress=True)
    return {
        "flipped byte": data[:200] + bytes([data[200] ^ 0x20]) + data[201:],
        "swapped member": zipformat.write([*entries[:2], swapped]),
        "added member": zipformat.write([*entries, zipformat.pack("zz.json", b"{}", compress=False)]),
        "path traversal": zipformat.write([*entries, zipformat.pack("../x", b"{}", compress=False)]),
        "zip bomb": zipformat.write(
            [*entries[:2], zipformat.pack("list.json", b" " * 80_000_000, compress=True)]
        ),
        "truncated": data[: len(data) // 2],
        "empty": b"",
        "not a zip": "Danh sách chi trả".encode() * 50,
    }


def test_every_tampered_list_is_refused_with_exit_4_and_nothing_changes(
    cli: Cli, loaded_point: tuple[Path, Path], tmp_path: Path
) -> None:
    point_dir, list_file = loaded_point
    before = db_digest(point_dir)
    for case, data in _tamper_cases(list_file.read_bytes()).items():
        target = tmp_path / f"{case.replace(' ', '-')}.pdlist"
        target.write_bytes(data)
        result = cli("point", "load", target, "--data-dir", point_dir)
        assert result.code == 4, case
        assert result.err.startswith("payout-desk: ") and result.err.count("\n") == 1, case
        assert "refused" in result.err, case
        assert db_digest(point_dir) == before, case
        assert cli("verify", target).code == 4, case


def test_office_commands_on_a_point_desk_are_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    point_dir = new_point(cli, tmp_path)
    result = cli(
        "office", "issue-lists", "--month", "2026-12", "--out", tmp_path / "x", "--data-dir", point_dir
    )
    assert result.code == 2
    assert "point desk" in result.err


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("office", "import-register", "missing.xlsx", "--month", "2026-12"), 3),
        (("office", "import-register", "x.xlsx", "--month", "December"), 2),
        (("office", "import-register", "x.xlsx"), 2),
        (("nonsense",), 2),
    ],
)
def test_bad_arguments_give_one_line_and_the_contract_exit_code(
    cli: Cli, office: Path, args: tuple[str, ...], code: int
) -> None:
    result = cli(*args, "--data-dir", office)
    assert result.code == code
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_loading_a_missing_file_is_invalid_input(cli: Cli, tmp_path: Path) -> None:
    result = cli("point", "load", tmp_path / "missing.pdlist", "--data-dir", new_point(cli, tmp_path))
    assert result.code == 3
    assert "no such file" in result.err


def test_no_subcommand_without_a_display_prints_what_to_do(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    result = cli()
    assert result.code == 0
    assert "import-register" in result.out and "point load" in result.out and "no display" in result.out


# The JSON of the commands whose results build on ListRef and the status enums: the same keys, in the
# same order, with plain values (an enum member prints as its text).
ISSUED_KEYS = [
    "path",
    "point_code",
    "point_name",
    "list_id",
    "revision",
    "new_revision",
    "beneficiaries",
    "cash_total",
    "sealed",
]
LOADED_KEYS = [
    "path",
    "kind",
    "status",
    "point",
    "month",
    "list_id",
    "revision",
    "beneficiaries",
    "cash_total",
    "office_fingerprint",
    "office_pinned_now",
]


def test_issue_load_and_status_print_the_same_json(
    cli: Cli, office: Path, issued: dict[str, Path], tmp_path: Path
) -> None:
    listed = issue_again(cli, office, tmp_path / "again")
    assert listed.code == 0, listed.err
    first = listed.json["files"][0]
    assert list(first) == ISSUED_KEYS
    assert (first["revision"], first["new_revision"]) == (1, False)

    point_dir = new_point(cli, tmp_path)
    path = str(issued["Điểm BĐVHX An Phước"])
    fingerprint = office_fingerprint(cli, office)
    loaded = cli("point", "load", path, "--trust-office", fingerprint, "--json", "--data-dir", point_dir)
    assert loaded.code == 0, loaded.err
    assert list(loaded.json) == LOADED_KEYS
    assert (loaded.json["kind"], loaded.json["status"]) == ("list", "loaded")
    assert loaded.json["point"] == {"code": first["point_code"], "name": first["point_name"]}
    again = cli("point", "load", path, "--json", "--data-dir", point_dir)
    assert again.json["status"] == "already-loaded"
    assert "Already loaded; nothing changed" in cli("point", "load", path, "--data-dir", point_dir).out

    status = cli("point", "status", "--json", "--data-dir", point_dir).json
    assert list(status)[:5] == ["point", "month", "list_id", "revision", "office_fingerprint"]
    assert (status["list_id"], status["revision"]) == (loaded.json["list_id"], 1)
