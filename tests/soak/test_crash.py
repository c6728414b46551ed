"""200 random SIGKILLs during payouts, exports, office imports and list loads: nothing acknowledged is lost,
every database stays whole, no half-written file is left, and redoing an interrupted step is exact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.soak.crash import run

KILLS = int(os.environ.get("PAYOUT_DESK_KILLS", "200"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX only)")
def test_random_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    results = run(KILLS, seed=7, root=tmp_path)
    assert results.kills == KILLS
    assert results.acknowledged > KILLS // 4  # the kills really came during payouts, not before them
    assert results.interrupted > KILLS // 20  # and some imports and loads were cut half-way
    assert results.ok, results.summary()
