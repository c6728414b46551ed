"""Words the window takes from the services and the domain, in the window's language."""

from __future__ import annotations

from payout_desk.domain.ledger import ReportKind
from payout_desk.domain.payout_list import STOP_REASON_EN, STOP_REASON_VI
from payout_desk.lang import Text
from payout_desk.services.common.errors import DeskError
from payout_desk.ui.resources import active_language


def english() -> bool:
    return active_language() == "en"


def message(exc: DeskError) -> str:
    """A refusal as the window says it: the service's Vietnamese sentence, or its English one."""
    return exc.en if english() else exc.vi


def said(text: Text | None) -> str:
    """A catalogue sentence (a register issue, a sync file's outcome) in the window's language."""
    if text is None:
        return ""
    return text.en if english() else text.vi


def report_text(kind: str | None) -> str:
    if kind not in {k.value for k in ReportKind}:
        return ""
    report = ReportKind(kind)
    return report.label_en if english() else report.label_vi


def stop_reason_text(reason: str | None) -> str:
    table = STOP_REASON_EN if english() else STOP_REASON_VI
    return table.get(reason or "", reason or "")
