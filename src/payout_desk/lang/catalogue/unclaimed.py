"""The unclaimed watch (issue 15): people who have not collected for months in a row."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "unclaimed.months_bad": (
        "Số tháng phải là số nguyên từ 1 đến {most} (đã nhập: {value}).",
        "The number of months must be a whole number from 1 to {most} (given: {value}).",
    ),
    "unclaimed.flag_over_suspend": (
        "Số tháng đánh dấu ({flag}) không được lớn hơn số tháng tạm dừng chi ({suspend}).",
        "The months to flag ({flag}) cannot be more than the months to suspend ({suspend}).",
    ),
    "unclaimed.no_lists": (
        "Chưa phát hành danh sách chi tháng nào: chưa có ai để theo dõi.",
        "No month's lists have been issued yet: there is nobody to watch.",
    ),
    "unclaimed.month_not_issued": (
        "Tháng {month} chưa phát hành danh sách chi nào.",
        "No list has been issued for {month}.",
    ),
    "unclaimed.history_bad": (
        "{where}: phần các tháng trước không đúng mẫu ({why}).",
        "{where}: its earlier months are not in the right shape ({why}).",
    ),
    "unclaimed.flag": (
        "Chưa nhận {months} tháng liền — hỏi trưởng thôn/ấp",
        "Not collected for {months} months in a row — ask the village head",
    ),
    "unclaimed.earlier": ("Các tháng trước", "Earlier months"),
}
