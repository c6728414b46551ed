"""The office window's strings for holds (issue 15: the Giữ lại tab, its actions, the register tab's issues
without a row) — Vietnamese → English, joined into WINDOW in window.py."""

from __future__ import annotations

HOLDS: dict[str, str] = {
    "Không có ai bị giữ lại trong tháng này.": "Nobody is held this month.",
    "Vì sao giữ lại": "Why held",
    "Căn cứ": "Evidence",
    "Tình trạng": "State",
    "Đưa lại danh sách…": "Back on the list…",
    "Xác nhận báo giảm…": "Confirm the stop…",
    "%d người đang giữ lại, chờ bưu cục quyết định (%d đã quyết định).": "%d people held, waiting for the office to decide (%d decided).",
    "Giữ lại (%d)": "Held (%d)",
    "Giữ lại": "Held",
    "Đưa lại danh sách": "Back on the list",
    "Lý do đưa %s trở lại danh sách chi trả:": "Why %s goes back on the payout list:",
    "Thư mục ghi file báo tăng (nếu danh sách đã phát hành)": "Folder for the addition file (if the list is already issued)",
    "Xác nhận báo giảm": "Confirm the stop",
    "Lý do xác nhận báo giảm %s:": "Why the stop of %s stands:",
    "Đã đưa %s trở lại danh sách: báo tăng ghi vào %s.": "%s is back on the list: addition written to %s.",
    "Đã đưa %s trở lại danh sách (chưa phát hành).": "%s is back on the list (not yet issued).",
    "Đã xác nhận báo giảm %s: không chi trả tháng này.": "Confirmed the stop of %s: not paid this month.",
    "Không có trong danh sách này": "Not in this register",
}
