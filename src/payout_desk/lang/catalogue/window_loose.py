"""The office window's strings for issue 15's loose ends (the "Cài đặt tháng nối tháng" dialog,
ui/office/settings.py): Vietnamese → English, joined into WINDOW in window.py."""

from __future__ import annotations

LOOSE_WINDOW: dict[str, str] = {
    "Cài đặt tháng nối tháng…": "Month-to-month settings…",
    "Cài đặt tháng nối tháng": "Month-to-month settings",
    "Cộng vào danh sách tháng sau (một dòng truy lĩnh)": "Add to the next month's list (an arrears line)",
    "Chỉ lập danh sách gửi phòng Lao động – Thương binh và Xã hội": "Only list them for the welfare office",
    "Đánh dấu người chưa nhận sau (số tháng liền)": "Flag people not collecting after (months in a row)",
    "Mức tạm dừng chi (số tháng liền)": "Suspension threshold (months in a row)",
    "Truy lĩnh của tháng đã khóa sổ": "Arrears of a closed month",
    "Số tiền hằng tháng đổi không quá (đồng) thì không đánh dấu": "A monthly amount changing by at most (đồng) is not flagged",
    "Ngưỡng 0 đồng: mọi thay đổi số tiền so với tháng trước đều được đánh dấu.": "A threshold of 0 đồng: every change of amount from the month before is flagged.",
    "Lưu": "Save",
    "Đã lưu: đánh dấu sau %d tháng, tạm dừng chi ở %d tháng; ngưỡng chênh lệch %s.": "Saved: flag after %d months, suspend at %d months; amount threshold %s.",
}
