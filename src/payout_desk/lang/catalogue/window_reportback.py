"""The office window's strings for the report back to the welfare office (issue 15, item 7): Vietnamese →
English, joined into WINDOW in window.py."""

from __future__ import annotations

REPORT_BACK_WINDOW: dict[str, str] = {
    "Báo cáo gửi Phòng LĐ-TB&&XH (PDF)…": "Report back to the welfare office (PDF)…",
    "Xuất báo cáo gửi Phòng LĐ-TB&&XH (Excel)…": "Export the report back to the welfare office (Excel)…",
    "Báo cáo gửi Phòng LĐ-TB&XH": "Report back to the welfare office",
}
