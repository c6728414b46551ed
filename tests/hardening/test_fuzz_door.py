"""The door's fuzz harness (tests/hardening/fuzz_door.py), a few hundred cases in the suite: valid sync,
peer and amendment files mutated and signed again with the real enrolled keys. Each is refused with one
sentence and nothing written, or taken in; and every view renders afterwards. The harness runs ≥ 10,000
cases on demand: `PYTHONPATH=src:. python -m tests.hardening.fuzz_door --cases 10000 --seed 1`."""

from __future__ import annotations

from pathlib import Path

from tests.hardening import fuzz_door

CASES = 150


def test_hostile_files_signed_with_real_keys_are_refused_or_taken_in_and_every_view_renders(
    tmp_path: Path,
) -> None:
    stats = fuzz_door.run(CASES, seed=13, root=tmp_path, window_every=50, measure_memory=False)
    assert not stats.crashes, stats.summary()
    assert stats.cases >= CASES * 0.9, stats.summary()
    for kind in fuzz_door.KINDS:  # the mutations reach both ends: some refused, some taken in
        assert stats.outcomes[(kind, "refused")], stats.summary()
    assert sum(n for (_k, outcome), n in stats.outcomes.items() if outcome != "refused"), stats.summary()


def test_the_harness_runs_from_the_command_line(capsys: object, tmp_path: Path) -> None:
    assert fuzz_door.main(["--cases", "6", "--seed", "3", "--window-every", "0"]) == 0
