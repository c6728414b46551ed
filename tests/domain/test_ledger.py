"""The ledger's pure rules: the hash chain, the fold, conflicts, cash, and the reconciliation invariants."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payout_desk.domain.figures import UNTOUCHED, StateSummary, summarise
from payout_desk.domain.fold import ConflictKind, Entitlement, Status, Stop, fold_beneficiary, fold_cash
from payout_desk.domain.ledger import (
    GENESIS,
    Event,
    LedgerError,
    check_chain,
    count_total,
    event_hash,
    event_problem,
)

LIST = "list-1"
PAYOUT_DATA = {"id_check": "card", "recipient": "self", "proxy": None, "signature": None, "thumbprint": False}


def ev(
    seq: int,
    kind: str = "payout",
    *,
    device: str = "DEV1",
    code: str | None = "B1",
    amount: int = 1000,
    target: str | None = None,
    revision: int = 1,
    data: dict[str, Any] | None = None,
    prev: str = GENESIS,
) -> Event:
    if data is None:
        data = PAYOUT_DATA if kind == "payout" else {}
    return Event(
        f"{device}-{seq}",
        device,
        LIST,
        seq,
        prev,
        kind,
        "Lan",
        f"2026-12-0{1 + seq % 9}T0{seq % 10}:00:00.000000Z",
        f"2026-12-0{1 + seq % 9}T0{seq % 10}:00:00+07:00",
        revision,
        code,
        amount if kind in ("payout", "cash-received", "cash-returned") else 0,
        target,
        data,
    )


def chained(events: list[Event]) -> list[tuple[Event, str]]:
    out, prev = [], GENESIS
    for e in events:
        linked = Event(**{**{f: getattr(e, f) for f in Event.__dataclass_fields__}, "prev": prev})
        digest = event_hash(linked.encode())
        out.append((linked, digest))
        prev = digest
    return out


def test_an_event_line_is_canonical_and_round_trips() -> None:
    event = ev(1, data={**PAYOUT_DATA, "proxy": {"name": "Trần Thị Ánh"}})
    line = event.encode()
    assert b'":' in line and b'": ' not in line and "Trần Thị Ánh".encode() in line
    assert Event.from_json(json.loads(line)) == event


def test_a_whole_chain_checks_and_gives_its_head() -> None:
    links = chained([ev(1), ev(2, "report", data={"report": "absent"}), ev(3, "cash-received", code=None)])
    assert check_chain(links, "DEV1", LIST) == links[-1][1]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda links: [links[0], links[2]], "jumps"),
        (lambda links: [links[1], links[0], links[2]], "jumps"),
        (lambda links: links[1:], "jumps"),
    ],
)
def test_a_chain_with_a_gap_or_reordering_is_refused(mutate: Any, message: str) -> None:
    links = chained([ev(1), ev(2), ev(3)])
    with pytest.raises(LedgerError, match=message):
        check_chain(mutate(links), "DEV1", LIST)


def test_a_changed_link_or_another_device_breaks_the_chain() -> None:
    links = chained([ev(1), ev(2), ev(3)])
    middle = links[1][0]
    forged = Event(**{**{f: getattr(middle, f) for f in Event.__dataclass_fields__}, "prev": "f" * 64})
    with pytest.raises(LedgerError, match="chain of hashes is broken"):
        check_chain([links[0], (forged, event_hash(forged.encode())), links[2]], "DEV1", LIST)
    with pytest.raises(LedgerError, match="another device"):
        check_chain(links, "DEV2", LIST)
    with pytest.raises(LedgerError, match="another list"):
        check_chain(links, "DEV1", "list-2")


LISTED = Entitlement("B1", True, 1000, 1)


def test_one_payout_is_paid_and_a_second_is_a_double_payout() -> None:
    state = fold_beneficiary(LIST, LISTED, [ev(1)], 1)
    assert state.status == Status.PAID and state.conflicts == ()
    double = fold_beneficiary(LIST, LISTED, [ev(1), ev(1, device="DEV2")], 1)
    assert [c.kind for c in double.conflicts] == [ConflictKind.DOUBLE_PAYOUT]
    assert double.paid_amount == 2000 and len(double.payouts) == 2


def test_a_void_cancels_only_an_event_of_its_own_device() -> None:
    own = fold_beneficiary(LIST, LISTED, [ev(1), ev(2, "void", target="DEV1-1", data={"reason": "x"})], 1)
    assert own.status == Status.UNPAID and own.payouts == ()
    foreign = fold_beneficiary(
        LIST, LISTED, [ev(1), ev(1, "void", device="DEV2", target="DEV1-1", data={"reason": "x"})], 1
    )
    assert foreign.status == Status.PAID


def test_stops_reports_and_superseded_revisions() -> None:
    stop = Stop("deceased", "2026-12-01", "2026-12-02T00:00:00Z", 1)
    stopped = Entitlement("B1", True, 1000, 1, stop)
    assert fold_beneficiary(LIST, stopped, [], 1).status == Status.STOPPED
    flagged = fold_beneficiary(LIST, stopped, [ev(1)], 1)
    assert flagged.status == Status.PAID and [c.kind for c in flagged.conflicts] == [
        ConflictKind.PAYOUT_AFTER_STOP
    ]
    report = ev(2, "report", device="DEV2", data={"report": "deceased"})
    dead = fold_beneficiary(LIST, LISTED, [ev(1), report], 1)
    assert [c.kind for c in dead.conflicts] == [ConflictKind.PAID_DECEASED]
    assert fold_beneficiary(LIST, LISTED, [report], 1).exception == "deceased"
    changed = Entitlement("B1", True, 1500, 2)
    stale = fold_beneficiary(LIST, changed, [ev(1, revision=1)], 2)
    assert [c.kind for c in stale.conflicts] == [ConflictKind.SUPERSEDED_REVISION]
    same = fold_beneficiary(LIST, Entitlement("B1", True, 1000, 2), [ev(1, revision=1)], 2)
    assert same.conflicts == ()


def test_conflict_ids_do_not_depend_on_event_order() -> None:
    events = [ev(1), ev(1, device="DEV2"), ev(2, device="DEV3")]
    ids = set()
    for _ in range(5):
        random.shuffle(events)
        ids.add(tuple(c.conflict_id for c in fold_beneficiary(LIST, LISTED, events, 1).conflicts))
    assert len(ids) == 1


def test_cash_position_and_counts() -> None:
    events = [
        ev(1, "cash-received", code=None, amount=10_000),
        ev(2, amount=1000),
        ev(3, amount=500),
        ev(4, "void", target="DEV1-3", data={"reason": "x"}),
        ev(5, "cash-returned", code=None, amount=2000),
    ]
    cash = fold_cash(events)
    assert (cash.received, cash.paid, cash.returned, cash.on_hand, cash.payouts) == (
        10_000,
        1000,
        2000,
        7000,
        1,
    )
    assert count_total({500_000: 2, 1_000: 3}) == 1_003_000
    with pytest.raises(ValueError, match="banknote"):
        count_total({300_000: 1})


@pytest.mark.parametrize(
    ("event", "problem"),
    [
        (ev(1, amount=0), "no amount"),
        (ev(1, data={**PAYOUT_DATA, "id_check": "guess"}), "data.id_check"),
        (ev(1, "report", data={"report": "lost"}), "data.report"),
        (ev(1, "void", target=None, data={"reason": "x"}), "names no event"),
        (ev(1, "cash-count", code=None, data={"denominations": {"500000": 1}}), "total does not match"),
        (ev(1, "teleport"), "unknown kind"),
    ],
)
def test_malformed_events_are_named(event: Event, problem: str) -> None:
    assert problem in (event_problem(event) or "")


entitlements = st.lists(
    st.builds(
        Entitlement,
        code=st.sampled_from([f"B{i}" for i in range(30)]),
        listed=st.booleans(),
        amount=st.integers(0, 10_000_000),
        revision=st.just(1),
        stop=st.none() | st.just(Stop("moved", "2026-12-01", "t", 1)),
    ),
    unique_by=lambda e: e.code,
)
summaries = st.builds(
    StateSummary,
    status=st.sampled_from(list(Status)),
    paid_amount=st.integers(0, 30_000_000),
    payouts=st.integers(0, 3),
    exception=st.none() | st.sampled_from(["absent", "deceased"]),
    conflicts=st.integers(0, 2),
)


@given(ents=entitlements, states=st.dictionaries(st.sampled_from([f"B{i}" for i in range(40)]), summaries))
def test_figures_always_reconcile(ents: list[Entitlement], states: dict[str, StateSummary]) -> None:
    figures = summarise(ents, states)
    assert figures.problems() == []
    listed = [e for e in ents if e.listed]
    assert figures.beneficiaries == len(listed) and figures.cash_total == sum(e.amount for e in listed)
    assert figures.paid_amount == sum(s.paid_amount for s in states.values())
    assert summarise(ents, {}).unpaid_count + summarise(ents, {}).stopped_count == len(listed)
    assert states.get("none", UNTOUCHED) == UNTOUCHED


def test_payouts_a_device_should_never_have_made_are_flagged() -> None:
    unknown = fold_beneficiary(LIST, Entitlement("B9", False, 0, None), [ev(1, code="B9")], 1)
    assert [c.kind for c in unknown.conflicts] == [ConflictKind.NOT_ON_LIST]
    wrong = fold_beneficiary(LIST, LISTED, [ev(1, amount=5000)], 1)
    assert [c.kind for c in wrong.conflicts] == [ConflictKind.WRONG_AMOUNT]
    assert all(k.label_vi and k.label_en for k in ConflictKind)
