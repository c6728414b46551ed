"""`payout-desk audit export` (issue 16): for inspectors, every event recorded against a month's lists and
every office action of the month (who, when, what), each with its hashes, the signing steps and who
prepared and approved them, and the result of `audit verify` — as CSV tables, one JSON file with
everything, and a short summary (README.txt, both languages) naming each file's SHA-256."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from payout_desk.domain.clock import iso_utc, utc_now
from payout_desk.domain.ledger import GENESIS
from payout_desk.exchange.audit_files import csv_bytes, json_bytes, write_file
from payout_desk.lang import t
from payout_desk.services.common.audit import audit_desk
from payout_desk.services.common.desk import Desk, parse_month
from payout_desk.services.common.errors import DeskError, UsageError
from payout_desk.services.office.clerks import OfficeClerks
from payout_desk.store.models import LedgerEvent, OfficeAction, PendingItem
from payout_desk.store.office_roles import (
    action_hash,
    all_actions,
    month_actions,
    month_events,
    month_points,
    pending,
)

EVENT_COLUMNS = ("point", "list_id", "device", "seq", "event_id", "kind", "code", "amount", "at_utc", "staff",
                 "prev_hash", "hash")  # fmt: skip
ACTION_COLUMNS = ("id", "at", "clerk", "action", "month", "detail", "prev_hash", "hash", "hash_ok")
ITEM_COLUMNS = ("id", "kind", "month", "what", "prepared_by", "prepared_at", "state", "decided_by",
                "decided_at", "reason", "files")  # fmt: skip


@dataclass(frozen=True, slots=True)
class AuditExported:
    folder: Path
    month: str
    events: int
    actions: int
    items: int
    verify_ok: bool
    actions_ok: bool
    files: dict[str, str]  # file name → SHA-256


def _event_row(event: LedgerEvent, points: dict[str, str]) -> dict[str, Any]:
    body = json.loads(event.body)
    return {
        "point": points.get(event.list_id, ""),
        "list_id": event.list_id,
        "device": event.device_id,
        "seq": event.seq,
        "event_id": event.event_id,
        "kind": event.kind,
        "code": event.beneficiary or "",
        "amount": event.amount,
        "at_utc": event.at_utc,
        "staff": str(body.get("staff") or ""),
        "prev_hash": str(body.get("prev") or ""),
        "hash": event.hash,
    }


def _action_row(row: OfficeAction, ok: bool) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at,
        "clerk": row.clerk,
        "action": row.action,
        "month": row.month or "",
        "detail": row.detail,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
        "hash_ok": ok,
    }


def _item_row(row: PendingItem) -> dict[str, Any]:
    what = json.loads(row.payload)
    what.pop("add_bytes", None)
    return {
        "id": row.id,
        "kind": row.kind,
        "month": row.month,
        "what": json.dumps(what, ensure_ascii=False, sort_keys=True),
        "prepared_by": row.prepared_by,
        "prepared_at": row.prepared_at,
        "state": row.state,
        "decided_by": row.decided_by or "",
        "decided_at": row.decided_at or "",
        "reason": row.reason or "",
        "files": row.result or "",
    }


def _chain_ok(rows: list[OfficeAction]) -> dict[int, bool]:
    """Each office action: its hash is its line's, and it follows the one before (the whole chain)."""
    ok, prev = {}, GENESIS
    for row in rows:
        ok[row.id] = action_hash(row) == row.hash and row.prev_hash == prev
        prev = row.hash
    return ok


class AuditExport:
    """`office.audit_export`: a month's events and office actions written for inspectors."""

    def __init__(self, desk: Desk, clerks: OfficeClerks) -> None:
        self.desk = desk
        self.clerks = clerks

    def export(self, month_text: str, out_dir: Path) -> AuditExported:
        office = self.desk.require_identity("office").name
        month = str(parse_month(month_text))
        with self.desk.db.reading() as session:
            points = month_points(session, month)
            if not points:
                raise UsageError(t("office.no_register", month=month))
            events = [_event_row(e, points) for e in month_events(session, month)]
            chain = _chain_ok(list(all_actions(session)))
            actions = [_action_row(a, chain[a.id]) for a in month_actions(session, month)]
            items = [_item_row(i) for i in pending(session, month=month, state=None)]
        verify = audit_desk(self.desk)
        actions_ok = all(chain.values())
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            files = {
                "events.csv": write_file(out_dir, "events.csv", _csv(EVENT_COLUMNS, events)),
                "office_actions.csv": write_file(
                    out_dir, "office_actions.csv", _csv(ACTION_COLUMNS, actions)
                ),
                "pending_items.csv": write_file(out_dir, "pending_items.csv", _csv(ITEM_COLUMNS, items)),
            }
            everything = {
                "month": month,
                "office": office,
                "made_at": iso_utc(utc_now()),
                "made_by": self.clerks.who(),
                "audit_verify": verify.to_json(),
                "office_actions_chain_ok": actions_ok,
                "events": events,
                "office_actions": actions,
                "pending_items": items,
            }
            files["audit.json"] = write_file(out_dir, "audit.json", json_bytes(everything))
            done = AuditExported(
                out_dir, month, len(events), len(actions), len(items), verify.ok, actions_ok, files
            )
            write_file(out_dir, "README.txt", _readme(done, office, verify.checked))
        except OSError as exc:
            raise DeskError(t("office.cannot_create_folder", out_dir=out_dir, strerror=exc.strerror)) from exc
        self.desk.attribute("audit-exported", month, folder=out_dir, events=len(events))
        return done


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    return csv_bytes(columns, ([row[c] for c in columns] for row in rows))


def _readme(done: AuditExported, office: str, checked: dict[str, int]) -> bytes:
    counts = ", ".join(f"{what}: {n}" for what, n in checked.items())
    lines = []
    for language in ("vi", "en"):
        said = [
            t("roles.audit_head", month=done.month, office=office),
            t("roles.audit_counts", events=done.events, actions=done.actions, items=done.items),
            t("roles.audit_verify_ok", counts=counts) if done.verify_ok else t("roles.audit_verify_broken"),
            t("roles.audit_chain_ok") if done.actions_ok else t("roles.audit_chain_broken"),
            t("roles.audit_files"),
        ]
        lines += [text.vi if language == "vi" else text.en for text in said]
        lines += [f"  {name}  SHA-256 {digest}" for name, digest in done.files.items()]
        lines.append("")
    return "\n".join(lines).encode("utf-8")
