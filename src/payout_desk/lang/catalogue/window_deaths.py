"""The window's own strings for issue 15's deaths and transfers (the devices tab's one-off payment and
transfer forms, the pay window's family line): Vietnamese → English, joined into WINDOW in window.py."""

from __future__ import annotations

DEATHS_AND_TRANSFERS: dict[str, str] = {
    "Thân nhân, chuyển điểm": "Families, moves",
    "Chi một lần cho thân nhân": "One-off payment to the family",
    "mã đối tượng đã mất, ví dụ NCC002": "the deceased's code, e.g. NCC002",
    "Mai táng phí": "Funeral allowance",
    "Trợ cấp một lần": "One-off allowance",
    "họ tên thân nhân nhận tiền": "full name of the relative who takes the money",
    "số CCCD của người nhận": "the recipient's ID number",
    "vợ, con, cháu…": "wife, child, grandchild…",
    "quyết định chi số …": "decision no. …",
    "Ký thông báo chi một lần…": "Sign the one-off payment…",
    "Khoản chi": "Payment",
    "Người nhận": "Recipient",
    "Chuyển điểm chi trả": "Move to another payout point",
    "Chuyển sang điểm này…": "Move to this point…",
    "Chuyển đến điểm": "Move to point",
    "Thư mục ghi file thông báo thay đổi": "Folder for the amendment files",
    "Đã ký %s cho gia đình %s (dòng chi %s): %s. Gửi file này cho điểm %s.": "Signed the %s for the family of %s (paid as %s): %s. Send this file to point %s.",
    "Đã chuyển %s từ điểm %s sang điểm %s: gửi %s cho điểm cũ và %s cho điểm mới.": "Moved %s from point %s to point %s: send %s to the old point and %s to the new one.",
    "%s — người nhận: %s": "%s — to be paid to: %s",
}
