"""The pay window's strings for the rule every payout obeys (issue 16 item 4; joined into WINDOW in
window.py)."""

from __future__ import annotations

RULES16_WINDOW: dict[str, str] = {
    "Đã đối chiếu CCCD: đúng người nhận thay trong danh sách": "ID card checked: the proxy the list names",
}
