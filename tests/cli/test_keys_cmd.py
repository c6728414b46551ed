"""Looking after the desk key from the command line: a new passphrase, an encrypted key backup, putting it
back — and no private key ever lies in plain text on the disk."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from payout_desk.services.common.desk import Desk
from tests.cli.conftest import Cli
from tests.roundkit import PASSPHRASE, passphrase

NEW = "a brand new passphrase"
BACKUP = "passphrase of the backup"


@pytest.fixture
def desk_dir(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PAYOUT_DESK_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "laptop"
    made = cli("keys", "init", "--role", "point", "--name", "An Phước máy 1", "--data-dir", folder)
    assert made.code == 0, made.err
    return folder


def raw_key(folder: Path) -> bytes:
    with Desk(folder, passphrase=passphrase) as desk:
        return desk.signing_key().raw()


def test_no_private_key_in_plain_text_anywhere(
    cli: Cli, desk_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = raw_key(desk_dir)
    monkeypatch.setenv("PAYOUT_DESK_KEY_BACKUP_PASSPHRASE", BACKUP)
    assert cli("keys", "backup", "--out", desk_dir / "key-backup.bin", "--data-dir", desk_dir).code == 0
    assert cli("backup", "--data-dir", desk_dir).code == 0
    forms = [secret, secret.hex().encode(), base64.b64encode(secret), base64.urlsafe_b64encode(secret)]
    files = [p for p in desk_dir.rglob("*") if p.is_file()]
    assert len(files) >= 4  # database, key file, key backup, a database backup
    for path in files:
        data = path.read_bytes()
        assert not any(form in data for form in forms), path


def test_change_the_passphrase(cli: Cli, desk_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = raw_key(desk_dir)
    monkeypatch.setenv("PAYOUT_DESK_NEW_PASSPHRASE", NEW)
    assert cli("keys", "passphrase", "--data-dir", desk_dir).code == 0
    with Desk(desk_dir, passphrase=lambda _new: NEW) as desk:
        assert desk.signing_key().raw() == secret
    monkeypatch.setenv("PAYOUT_DESK_PASSPHRASE", PASSPHRASE)  # the old one no longer opens it
    refused = cli("keys", "passphrase", "--data-dir", desk_dir)
    assert refused.code == 1 and "cannot unlock" in refused.err
    monkeypatch.setenv("PAYOUT_DESK_PASSPHRASE", NEW)
    monkeypatch.setenv("PAYOUT_DESK_NEW_PASSPHRASE", "short")
    too_short = cli("keys", "passphrase", "--data-dir", desk_dir)
    assert too_short.code == 2 and "at least 8" in too_short.err


def test_a_key_backup_puts_the_key_back_after_it_was_lost(
    cli: Cli, desk_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = raw_key(desk_dir)
    monkeypatch.setenv("PAYOUT_DESK_KEY_BACKUP_PASSPHRASE", BACKUP)
    backup = tmp_path / "usb" / "khoa.bin"
    backup.parent.mkdir()
    made = cli("keys", "backup", "--out", backup, "--data-dir", desk_dir, "--json")
    assert made.code == 0 and made.json["fingerprint"]
    (desk_dir / "desk-key.enc").unlink()  # the disk was replaced; the database came back from a backup
    lost = cli("keys", "passphrase", "--data-dir", desk_dir)
    assert lost.code == 1 and "missing" in lost.err
    back = cli("keys", "restore", backup, "--data-dir", desk_dir)
    assert back.code == 0, back.err
    assert raw_key(desk_dir) == secret

    monkeypatch.setenv("PAYOUT_DESK_KEY_BACKUP_PASSPHRASE", "the wrong passphrase")
    wrong = cli("keys", "restore", backup, "--data-dir", desk_dir)
    assert wrong.code == 3 and "cannot be opened" in wrong.err
    monkeypatch.setenv("PAYOUT_DESK_KEY_BACKUP_PASSPHRASE", BACKUP)
    other = tmp_path / "other"
    assert cli("keys", "init", "--role", "point", "--name", "máy khác", "--data-dir", other).code == 0
    foreign = cli("keys", "restore", backup, "--data-dir", other)
    assert foreign.code == 3 and "another desk's key" in foreign.err


def test_shared_options_may_come_before_the_command(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "before"
    made = cli("--data-dir", folder, "keys", "init", "--role", "point", "--name", "máy trước")
    assert made.code == 0 and (folder / "payout-desk.sqlite3").exists()
    shown = cli("--json", f"--data-dir={folder}", "keys", "show")
    assert shown.code == 0 and shown.json["name"] == "máy trước"
