"""The office's month-to-month settings (issue 15): the amount-change threshold of a register import, the
settings shown together."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "settings.amount_too_large": (
        "Ngưỡng chênh lệch “{value}” lớn quá mức cho phép: hãy nhập số tiền (đồng) nhỏ hơn.",
        "the threshold “{value}” is too large: type a smaller amount in đồng.",
    ),
    "settings.amount_threshold_is": (
        "Số tiền hằng tháng của một người đổi không quá {amount} so với tháng trước thì không bị đánh dấu khi nhập danh sách.",
        "A person's monthly amount that changes by at most {amount} from the month before is not flagged at import.",
    ),
    "settings.amount_threshold_any": (
        "Mọi thay đổi số tiền hằng tháng của một người so với tháng trước đều được đánh dấu khi nhập danh sách.",
        "Any change of a person's monthly amount from the month before is flagged at import.",
    ),
}
