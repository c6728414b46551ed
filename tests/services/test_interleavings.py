"""Property: whatever 1–3 devices of a point do, in whatever order, and in whatever order (and how often)
the office imports their sync files, the office ends in the same state as importing each device's last
file once — and the money reconciles."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payout_desk.domain.ledger import ReportKind
from payout_desk.services.common.errors import Refused
from payout_desk.services.office.desk import OfficeDesk
from payout_desk.services.point.desk import PointDesk
from payout_desk.store.database import DB_FILE_NAME
from payout_desk.trust.keys import SigningKey
from tests.paykit import signed
from tests.roundkit import MONTH, make_round, passphrase
from tests.services.test_month_figures import assert_matches_reference

CODES = [f"NCC{i:03d}" for i in range(1, 7)]


@dataclass
class Template:
    root: Path
    keys: list[SigningKey]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    root = tmp_path_factory.mktemp("round")
    game = make_round(root, devices=3)
    keys = [desk.signing_key() for desk in game.devices]
    game.close()
    yield Template(root, keys)


def _fresh(template: Template, work: Path, devices: int) -> tuple[list[PointDesk], list[OfficeDesk]]:
    points = []
    for i in range(devices):
        shutil.copytree(template.root / f"device{i}", work / f"device{i}")
        desk = PointDesk(work / f"device{i}", passphrase=passphrase)
        desk._signing_key = template.keys[i]  # skip re-deriving the passphrase key: same key, faster test
        points.append(desk)
    offices = []
    for name in ("office-a", "office-b"):
        shutil.copytree(template.root / "office", work / name)
        offices.append(OfficeDesk(work / name, passphrase=passphrase))
    return points, offices


action = st.one_of(
    st.tuples(st.just("pay"), st.sampled_from(CODES), st.booleans()),
    st.tuples(st.just("report"), st.sampled_from(CODES), st.sampled_from([k.value for k in ReportKind])),
    st.tuples(st.just("void"), st.integers(0, 5), st.none()),
    st.tuples(st.just("cash"), st.integers(1, 50), st.booleans()),
    st.tuples(st.just("export"), st.none(), st.none()),
    st.tuples(st.just("peer"), st.integers(0, 2), st.none()),
)


def _apply(
    desk: PointDesk, index: int, step: tuple[Any, Any, Any], files: list[list[Path]], work: Path
) -> None:
    kind, a, b = step
    try:
        if kind == "pay":
            desk.pay.record(signed(a, at_home=b))
        elif kind == "report":
            desk.records.report(a, b, day="2026-12-01", reported_by="trưởng ấp")
        elif kind == "void":
            own = _own_events(desk)
            if own:
                desk.records.void(own[min(a, len(own) - 1)], "nhầm")
        elif kind == "cash":
            (desk.cash.receive if b else desk.cash.give_back)(a * 100_000)
        elif kind == "export":
            files[index].append(desk.sync.export(work / f"d{index}-{len(files[index])}.pdsync").path)
        elif kind == "peer" and a != index and a < len(files) and files[a]:
            desk.sync.import_peer(files[a][-1])
    except Refused:
        pass


def _own_events(desk: PointDesk) -> list[str]:
    connection = sqlite3.connect(desk.data_dir / DB_FILE_NAME)
    try:
        return [
            row[0]
            for row in connection.execute(
                "SELECT event_id FROM events WHERE device_id = ? AND kind NOT IN ('void', 'day-closed') ORDER BY seq DESC",
                (desk.ledger.device_id(),),
            )
        ]
    finally:
        connection.close()


def office_state(office: OfficeDesk) -> dict[str, Any]:
    status = office.status.month(MONTH)
    connection = sqlite3.connect(office.data_dir / DB_FILE_NAME)
    try:
        events = sorted(
            connection.execute("SELECT event_id, device_id, seq, hash, body FROM events").fetchall()
        )
        states = sorted(connection.execute("SELECT * FROM beneficiary_states").fetchall())
    finally:
        connection.close()
    return {
        "figures": [(p.code, p.figures, p.cash) for p in status.points],
        "conflicts": sorted((c.conflict_id, c.kind, c.beneficiary_code) for c in status.conflicts),
        "events": events,
        "states": states,
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    devices=st.integers(1, 3),
    steps=st.lists(st.tuples(st.integers(0, 2), action), min_size=1, max_size=25),
    order=st.randoms(use_true_random=False),
    repeats=st.integers(0, 4),
)
def test_any_import_order_with_repeats_gives_the_state_of_the_last_files(
    template: Template, devices: int, steps: list[tuple[int, Any]], order: Any, repeats: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        points, (office_a, office_b) = _fresh(template, work, devices)
        try:
            files: list[list[Path]] = [[] for _ in points]
            for who, step in steps:
                index = who % devices
                _apply(points[index], index, step, files, work)
            for index, desk in enumerate(points):
                files[index].append(desk.sync.export(work / f"d{index}-final.pdsync").path)
            shuffled = [path for device_files in files for path in device_files]
            shuffled += [order.choice(shuffled) for _ in range(repeats)]
            order.shuffle(shuffled)
            outcomes = office_a.imports.files(shuffled).files
            assert all(o.status != "rejected" for o in outcomes), [o.reason for o in outcomes]
            office_b.imports.files([device_files[-1] for device_files in files])
            state_a, state_b = office_state(office_a), office_state(office_b)
            assert state_a == state_b
            assert_matches_reference(office_a)
            for _code, figures, cash in state_a["figures"]:
                assert figures.problems() == []
                assert figures.paid_amount == cash.paid
        finally:
            for desk in [*points, office_a, office_b]:
                desk.close()
