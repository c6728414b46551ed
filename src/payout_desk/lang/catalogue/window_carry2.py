"""The office window's strings for arrears left for the month after (issue 15: someone already paid in the
later month; ui/office/closing.py), Vietnamese → English; joined into WINDOW in window.py."""

from __future__ import annotations

CARRY2_WINDOW: dict[str, str] = {
    "%d người đã nhận tiền tháng %s: hãy chuyển truy lĩnh tháng %s của họ sang tháng kế tiếp.": "%d people were already paid in %s: carry their %s arrears to the month after.",
}
