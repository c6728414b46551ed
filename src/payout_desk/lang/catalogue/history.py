"""A person across months (issue 15): each month's outcome, the one-line summary of the last months."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "history.paid": ("đã nhận", "paid"),
    "history.unpaid": ("chưa nhận", "not paid"),
    "history.stopped": ("báo giảm", "stopped"),
    "history.held": ("giữ lại", "held"),
    "history.month_short": ("T{month}", "month {month}"),
    "history.month_outcome": ("{month} {outcome}", "{month} {outcome}"),
    "history.line_1": ("{m1}", "{m1}"),
    "history.line_2": ("{m1} · {m2}", "{m1} · {m2}"),
    "history.line_3": ("{m1} · {m2} · {m3}", "{m1} · {m2} · {m3}"),
    "history.none": ("chưa có tháng trước", "no earlier month"),
    "history.code_needed": ("Nhập mã đối tượng.", "Give the person's register code."),
    "history.no_such_person": (
        "Không có ai mã {code} trong các danh sách, lệnh giữ lại hay truy lĩnh của bưu cục.",
        "Nobody with the code {code} is on the office's lists, holds or arrears.",
    ),
}
