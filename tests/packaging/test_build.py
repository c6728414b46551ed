"""The installable app, built and started for real: on demand only (PAYOUT_DESK_TEST_PACKAGING=1), since
the build takes a minute or more. The fast part (the smoke test's PNG check) always runs."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.roundkit import load_module

ON_DEMAND = pytest.mark.skipif(
    os.environ.get("PAYOUT_DESK_TEST_PACKAGING") != "1",
    reason="builds the app with PyInstaller: set PAYOUT_DESK_TEST_PACKAGING=1 to run it",
)


def _smoke() -> Any:
    return load_module(REPO / "packaging" / "smoke.py")


def test_the_smoke_test_reads_a_png_size_and_tells_a_blank_one(tmp_path: Path) -> None:
    from payout_desk.ui.app import demo_screenshot

    shot = demo_screenshot(tmp_path / "point.png")
    width, height, values = _smoke().png_facts(shot)
    assert (width, height) == (1366, 768) and values >= 32


def test_the_on_demand_build_test_gets_pyinstaller_into_the_venv_that_runs_it() -> None:
    """`PAYOUT_DESK_TEST_PACKAGING=1 ./test tests/packaging` works on a fresh clone: ./test's bootstrap
    installs the packaging extra into .venv when asked, and keeps it (its stamp says so)."""
    bootstrap = (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    assert '"${PAYOUT_DESK_TEST_PACKAGING:-}" = 1' in bootstrap and 'extras="dev,pg,packaging"' in bootstrap
    assert 'pip install --quiet -e "$ROOT[$extras]"' in bootstrap
    assert "scripts/bootstrap.sh" in (REPO / "test").read_text(encoding="utf-8")


def test_the_spec_names_its_data_files_and_leaves_unused_qt_out() -> None:
    spec = (REPO / "packaging" / "payout-desk.spec").read_text(encoding="utf-8")
    for needed in ("resources/fonts", "resources/translations", "resources/icons", "store/migrations"):
        assert needed in spec
    for unused in ("QtWebEngine", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia", "QtPdf"):
        assert f'"{unused}"' in spec
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.startswith("pyinstaller>=") for d in extras["optional-dependencies"]["packaging"])
    assert not any(
        "pyinstaller" in d for d in extras["dependencies"] + extras["optional-dependencies"]["dev"]
    )


@pytest.mark.packaging
@ON_DEMAND
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build script")
def test_the_linux_build_makes_a_tarball_whose_app_starts_without_python() -> None:
    env = dict(os.environ)
    if importlib.util.find_spec("PyInstaller") is not None:  # ./test installs the packaging extra into .venv
        env.setdefault("PAYOUT_DESK_BUILD_PYTHON", sys.executable)  # this interpreter has the dependencies
    # else the build script makes build/venv with the packaging and pg extras, as from a clean clone
    result = subprocess.run(
        ["bash", str(REPO / "packaging" / "build-linux.sh")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "smoke test passed" in result.stdout
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    (tarball,) = (REPO / "dist").glob(f"payout-desk-{version}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
    top = names[0].split("/")[0]
    for member in ("install.sh", "payout-desk.desktop", "payout-desk.png", "app/payout-desk"):
        assert f"{top}/{member}" in names
    assert any(n.endswith("payout_desk/store/migrations/versions/0001_first_schema.py") for n in names)
    assert any(n.endswith("resources/translations/payout_desk_en.qm") for n in names)
    assert any(n.endswith("resources/translations/qt_vi.qm") for n in names)  # Qt's own words in Vietnamese
    assert not any("QtWebEngine" in n or "Qt6Quick" in n or "Qt6Qml" in n for n in names)
