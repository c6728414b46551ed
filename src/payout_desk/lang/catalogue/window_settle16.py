"""The window's strings of issue 16 item 1 (one settlement behind every figure): the dashboard and the
export messages name the entitled money paid and the cash handed out apart (Vietnamese → English; joined
into WINDOW in window.py)."""

from __future__ import annotations

SETTLE16_WINDOW: dict[str, str] = {
    "%s — đã chi %d/%d người · %s theo danh sách / %s · thực chi %s · tiền còn ở các điểm %s · sai lệch chưa xử lý: %d": "%s — paid %d/%d people · %s as listed / %s · cash handed out %s · cash still at the points %s · open conflicts: %d",
    "Tiền thực chi": "Cash handed out",
    "Đã xuất %s: %d điểm, %d người, thực chi %s, tiền còn ở điểm %s, %d sai lệch.": "Exported %s: %d points, %d people, cash handed out %s, cash at the points %s, %d conflicts.",
    "Đã xuất %s: %d người báo tử, %d chuyển điểm, %d chưa nhận nhiều tháng, %d truy lĩnh, %d khoản thu hồi (%s), thực chi %s.": "Wrote %s: %d deaths, %d moves, %d not collecting for months, %d arrears, %d amounts to recover (%s), cash handed out %s.",
}
