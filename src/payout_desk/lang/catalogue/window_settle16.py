"""The window's strings of issue 16 item 1 (one settlement behind every figure): the dashboard and the
export messages name the entitled money paid and the cash handed out apart (Vietnamese → English; joined
into WINDOW in window.py)."""

from __future__ import annotations

SETTLE16_WINDOW: dict[str, str] = {
    "Tiền thực chi": "Cash handed out",
    "Đã chi theo danh sách %s; thực chi (tiền mặt đã phát, kể cả chi trùng) %s.": "Paid as listed %s; cash handed out (double payouts included) %s.",
    "Đã xuất %s: %d điểm, %d người, thực chi %s, tiền còn ở điểm %s, %d sai lệch.": "Exported %s: %d points, %d people, cash handed out %s, cash at the points %s, %d conflicts.",
    "Đã xuất %s: %d người báo tử, %d chuyển điểm, %d chưa nhận nhiều tháng, %d truy lĩnh, %d khoản thu hồi (%s), thực chi %s.": "Wrote %s: %d deaths, %d moves, %d not collecting for months, %d arrears, %d amounts to recover (%s), cash handed out %s.",
}
