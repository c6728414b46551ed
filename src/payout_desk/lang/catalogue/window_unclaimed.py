"""The office window's strings for issue 15's unclaimed watch and person search (the dashboard's "Chưa
nhận nhiều tháng" panel, the "Tra cứu đối tượng" tab): Vietnamese → English, joined into WINDOW."""

from __future__ import annotations

UNCLAIMED_WINDOW: dict[str, str] = {
    # the dashboard's panel (ui/office/unclaimed_panel.py)
    "Chưa nhận nhiều tháng": "Not collected for months",
    "Đang đọc các tháng trước…": "Reading the earlier months…",
    "Số tháng liền": "Months in a row",
    "Các tháng": "Months",
    "Số tiền": "Amount",
    "Báo cáo của điểm": "Point's report",
    "Chưa phát hành danh sách tháng này.": "No list issued for this month yet.",
    "Không có ai chưa nhận từ %d tháng liền trở lên.": "Nobody has gone %d or more months in a row without collecting.",
    "%d người chưa nhận từ %d tháng liền trở lên: hỏi trưởng thôn/ấp.": "%d people have not collected for %d or more months in a row: ask the village head.",
    "%d người đã đến mức tạm dừng chi (%d tháng).": "%d of them reached the suspension threshold (%d months).",
    "Đã đến mức tạm dừng chi.": "Reached the suspension threshold.",
    # the person search (ui/office/people_tab.py)
    "Tra cứu đối tượng": "Find a person",
    "Tra cứu:": "Find:",
    "Tìm": "Find",
    "Mã đối tượng, số CCCD hoặc họ tên (gõ không dấu cũng được)": "Register code, ID number or name (accents optional)",
    "Không tìm thấy ai.": "Nobody found.",
    "%d người.": "%d people.",
    "Tháng gần nhất": "Newest month",
    "CCCD": "ID number",
    "Tháng": "Month",
    "Đã chi lúc": "Paid at",
    "Nhân viên": "Clerk",
    "Người nhận": "Recipient",
    " · CCCD %s": " · ID %s",
    "chính chủ": "the beneficiary",
    "không rõ ngày": "date unknown",
    "Mã cũ của cùng người (cùng CCCD): %s": "Earlier codes of the same person (same ID): %s",
    "Đã cấp %s, đã chi %s.": "Issued %s, paid %s.",
    "Chưa nhận %d tháng liền.": "Not collected for %d months in a row.",
    "Đã mất (%s): điểm %s báo tháng %s, người báo: %s.": "Deceased (%s): reported at %s in %s, by %s.",
    "Đã mất (%s): bưu cục báo giảm tháng %s.": "Deceased (%s): stopped by the office in %s.",
    "Giữ lại tháng %s (%s): %s": "Held in %s (%s): %s",
    "Truy lĩnh từ %s sang %s: %s": "Arrears from %s to %s: %s",
}
