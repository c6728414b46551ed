"""The month of a register, a list, a file: which month the office works on, and a register whose title
names another month than the one chosen."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "months.name": ("tháng {month}/{year}", "{month}/{year}"),
    "months.title_differs": (
        "Tiêu đề danh sách ghi {title} nhưng đang nhập cho {chosen}: chưa nhập gì. Kiểm tra lại file và "
        "tháng đã chọn.",
        "The register's title says {title} but it is being imported for {chosen}: nothing was imported. "
        "Check the file and the month chosen.",
    ),
}
