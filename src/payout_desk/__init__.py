"""Payout Desk: offline-first cash payout of monthly allowances through the post."""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    """The installed package's version; in the built app (PyInstaller, no package metadata) the VERSION
    file the build wrote from pyproject.toml; else a marker for a source tree that was never installed."""
    try:
        return version("payout-desk")
    except PackageNotFoundError:
        pass
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        try:
            return (Path(bundle) / "payout_desk" / "VERSION").read_text(encoding="utf-8").strip()
        except OSError:
            pass
    return "0.0.0+unknown"


__version__ = _version()
