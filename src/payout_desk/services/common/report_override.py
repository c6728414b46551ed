"""A laptop voiding a sibling laptop's exception report (the clerk overriding a report that blocked a
payout, with a reason): the one line the office reads beside the conflict's two records.

Figures: the void stands from the moment it is known, at the point and at the office alike, like any
void — the report no longer counts as reported (the person is unpaid, or paid). The override is a conflict
(`ConflictKind.REPORT_OVERRIDDEN`) that stays open until the office records its decision; if the office
holds the report true, it stops the person by amendment (báo giảm) and recovers any payout, as for any
conflict. Nothing is deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from payout_desk.domain.ledger import Kind
from payout_desk.lang import Text, t
from payout_desk.lang.catalogue.pay import REPORT_KEYS


def override_line(events: Sequence[dict[str, Any]]) -> Text | None:
    """ "Laptop B voided laptop A's “deceased” report — reason: …", from a conflict's records (the
    summaries of `office_status.event_summary`), or None when no record is a void of another's report."""
    by_id = {str(e.get("event_id")): e for e in events}
    for void in events:
        target = by_id.get(str(void.get("target") or ""))
        if void.get("kind") != Kind.VOID or target is None or target.get("kind") != Kind.REPORT:
            continue
        kind = str(target.get("report"))
        return t(
            "office.report_overridden",
            device=str(void.get("device_name") or ""),
            seq=void.get("seq"),
            report=Text(REPORT_KEYS[kind]) if kind in REPORT_KEYS else kind,
            target_device=str(target.get("device_name") or ""),
            target_seq=target.get("seq"),
            reason=str(void.get("reason") or ""),
        )
    return None
