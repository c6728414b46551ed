"""Test set-up shared by the whole suite: no OS keyring, a passphrase, a fresh data folder per test."""

from __future__ import annotations

import os

# Before keyring is imported anywhere: behave like a headless box with no usable keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.roundkit import Round

PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO.parent / "shared" / "samples"
SAMPLE_REGISTER = SAMPLES / "danh_sach_chi_tra_2026_12.xlsx"


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PAYOUT_DESK_PASSPHRASE", PASSPHRASE)
    # The CLI speaks Vietnamese unless told otherwise; the suite's older assertions read its English
    # (tests/lang and tests/cli/test_language.py check the Vietnamese).
    monkeypatch.setenv("PAYOUT_DESK_LANG", "en")
    monkeypatch.setenv("PAYOUT_DESK_DATA_DIR", str(tmp_path / "default-data-dir"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(autouse=True)
def cheap_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    """PIN hashes at scrypt N = 2^10 instead of production's PIN_COST (about 0.3 s a check), or every test
    that adds a clerk or records through the command line would wait for it. The only place the cost is
    lowered; tests/services/test_staff_secrets.py undoes it to check the production cost."""
    from payout_desk.services.common import staff

    monkeypatch.setattr(staff, "PIN_COST", staff.PinCost(n=2**10))


@pytest.fixture
def sample_register() -> Path:
    if not SAMPLE_REGISTER.exists():
        pytest.skip(f"the shared sample register is not beside the repo ({SAMPLE_REGISTER})")
    return SAMPLE_REGISTER


@pytest.fixture
def game(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Round]:
    """A round ready to work: an office, a register, `devices` laptops enrolled for P01, lists loaded,
    the clerks of roundkit.CLERKS on each laptop, each laptop with roundkit.FUND in cash received."""
    from tests.roundkit import make_round

    marker = request.node.get_closest_marker("devices")
    clerks = request.node.get_closest_marker("clerks")  # @pytest.mark.clerks("Name", …): other clerks
    cash = request.node.get_closest_marker("cash")  # @pytest.mark.cash(0): the laptops receive no cash
    game = make_round(
        tmp_path,
        devices=marker.args[0] if marker else 2,
        **({"clerks": clerks.args} if clerks else {}),
        **({"cash": cash.args[0]} if cash else {}),
    )
    yield game
    game.close()
