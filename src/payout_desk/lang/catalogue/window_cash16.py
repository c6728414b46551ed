"""The window's own strings of issue 16's cash (cash16): the office's cash issue and the points' cash per
day (ui/office/cash.py), the dashboard's cash flags, the point's way forward when cash is short."""

from __future__ import annotations

CASH16_WINDOW: dict[str, str] = {
    "Tiền mặt các điểm — tháng %s": "The points' cash — %s",
    "Người xuất tiền (để trống: cán bộ đang làm việc, hoặc tên bưu cục)": (
        "Who hands the cash out (blank: the signed-in clerk, or the office's name)"
    ),
    "Số tiền xuất (đồng)": "Amount issued (đồng)",
    "Người xuất": "Issued by",
    "Ghi xuất tiền cho điểm": "Record cash issued to the point",
    "Số": "No.",
    "Lúc (UTC)": "At (UTC)",
    "Hủy lần xuất đã chọn…": "Void the chosen issue…",
    "Ngày": "Day",
    "Nhận": "Received",
    "Nộp lại": "Returned",
    "Sổ sách còn": "Books on hand",
    "Kiểm đếm": "Counted",
    "Chênh lệch": "Difference",
    "Lý do, ghi chú": "Reason, notes",
    "%s: bưu cục xuất %s, điểm khai nhận %s": "%s: office issued %s, point declares %s received",
    "Chưa có tiền mặt nào được ghi trong tháng này.": "No cash recorded for this month yet.",
    "Đã hủy %s (%s): %s": "Voided %s (%s): %s",
    "Còn hiệu lực": "Standing",
    "Đã ghi xuất %s cho điểm %s (lần số %d).": "Recorded %s issued to point %s (issue %d).",
    "Hủy lần xuất tiền": "Void a cash issue",
    "Lý do hủy lần xuất số %d:": "Why issue %d is voided:",
    "Đã hủy lần xuất tiền số %d.": "Voided cash issue %d.",
    "Xuất tiền, tiền mặt các điểm…": "Cash issued, the points' cash…",
    "Cảnh báo tiền mặt: %s": "Cash flags: %s",
}
