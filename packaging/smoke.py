"""Smoke test of a built Payout Desk: `python packaging/smoke.py PATH/TO/payout-desk[.exe]`.

Runs the executable with no Python around it (an empty environment but PATH, a throwaway HOME), checks
`--version` prints the project's version, and that `--demo --screenshot` renders the point's and the
office's windows as 1366×768 PNGs that are not blank. Standard library only; exit 0 when all is well."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def png_facts(path: Path) -> tuple[int, int, int]:
    """(width, height, how many distinct byte values the image's pixel data holds)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    at, idat = 8, b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        if kind == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def system_path() -> str:
    """The system's own folders only, so no Python can be found by the app."""
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\\Windows")
        return f"{root}\\System32;{root}"
    return "/usr/bin:/bin"


def clean_env(home: Path) -> dict[str, str]:
    env = {
        "PATH": system_path(),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "LANG": "C.UTF-8",
    }
    for name in (
        "SYSTEMROOT",
        "TEMP",
        "TMP",
        "USERPROFILE",
        "LOCALAPPDATA",
        "APPDATA",
    ):  # Windows needs these
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run(exe: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    print(f"  {exe.name} {' '.join(args)} → exit {result.returncode} in {time.monotonic() - started:.1f} s")
    if result.returncode != 0:
        raise AssertionError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    exe = Path(argv[0]).resolve()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="payout-desk-smoke-") as folder:
        home = Path(folder)
        env = clean_env(home)
        out = run(exe, ["--version"], env).stdout.strip()
        if out != f"payout-desk {version}":
            raise AssertionError(f"--version printed {out!r}, expected 'payout-desk {version}'")
        for name, extra in (("point", []), ("office", ["--office"])):
            shot = home / f"{name}.png"
            run(exe, ["--demo", *extra, "--screenshot", str(shot)], env)
            width, height, values = png_facts(shot)
            if (width, height) != SIZE:
                raise AssertionError(f"{shot.name} is {width}×{height}, expected {SIZE[0]}×{SIZE[1]}")
            if values < 32 or shot.stat().st_size < 20_000:
                raise AssertionError(
                    f"{shot.name} looks blank ({values} byte values, {shot.stat().st_size} B)"
                )
            print(f"  {name} window: {width}×{height}, {shot.stat().st_size // 1024} KB")
        # a desk made from scratch: the key (no keyring here: the passphrase-protected file) and the
        # database through every migration, which the bundle carries as files
        desk = home / "desk"
        run(
            exe,
            ["keys", "init", "--role", "office", "--name", "Bưu điện thử", "--data-dir", str(desk)],
            {**env, "PAYOUT_DESK_PASSPHRASE": "smoke-test-passphrase"},
        )
        status = run(exe, ["office", "status", "--month", "2026-12", "--json", "--data-dir", str(desk)], env)
        if '"month": "2026-12"' not in status.stdout:
            raise AssertionError(f"office status printed {status.stdout[:200]!r}")
        if (exe.parent / "_internal" / "psycopg_binary").is_dir():  # the PostgreSQL driver is bundled
            url = "postgresql+psycopg://payout@127.0.0.1:1/none"
            refused = subprocess.run(
                [str(exe), "office", "status", "--month", "2026-12", "--db", url],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            if refused.returncode != 1 or "connection failed" not in refused.stderr:
                raise AssertionError(f"the PostgreSQL driver did not load: {refused.stderr!r}")
            print("  PostgreSQL driver: loads (connection refused, as expected)")
    print(f"smoke test passed: {exe}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
