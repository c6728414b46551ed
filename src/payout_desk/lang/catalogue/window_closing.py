"""The office window's closing bar (issue 15 item 3: closing a month, carrying arrears): Vietnamese →
English, joined into WINDOW in window.py."""

from __future__ import annotations

CLOSING: dict[str, str] = {
    "Khóa sổ tháng…": "Close the month…",
    "Chuyển truy lĩnh sang tháng sau": "Carry the arrears to the next month",
    "Sổ tháng này đã khóa lúc %s (%s): số liệu quyết toán giữ nguyên như lúc khóa.": "This month was closed at %s (%s): its settlement figures stay as they were then.",
    "%d lần ghi nhận đến sau khi khóa, ghi riêng.": "%d records arrived after the close, listed apart.",
    "Tháng này chưa khóa sổ.": "This month is not closed yet.",
    "Khóa sổ tháng": "Close the month",
    "Khóa sổ tháng %s? Số liệu quyết toán sẽ giữ nguyên như bây giờ; lần ghi nhận đến sau được ghi riêng. %d người chưa nhận sẽ được liệt kê để chuyển truy lĩnh.": "Close %s? The settlement figures stay as they are now; records arriving later are listed apart. %d people not paid will be listed for their arrears.",
    "Khóa sổ": "Close",
    "Không": "No",
    "Đã khóa sổ tháng %s: %d người chưa nhận, %s.": "%s closed: %d people not paid, %s.",
    "Truy lĩnh tháng %s đã được chuyển trước đây: không thay đổi gì.": "The arrears of %s were carried before: nothing changed.",
    "Đã lập danh sách truy lĩnh tháng %s: %d người, %s (không thêm vào danh sách tháng sau).": "Arrears of %s listed: %d people, %s (not added to the next month's lists).",
    "Đã chuyển truy lĩnh tháng %s sang tháng %s: %d người, %s.": "Arrears of %s carried to %s: %d people, %s.",
    "Không chuyển %d người (báo tử, giữ lại, báo giảm hoặc không có trong danh sách).": "%d people not carried (reported deceased, held, stopped or not on the list).",
    "Hãy phát hành lại danh sách tháng %s.": "Issue the %s lists again.",
}
