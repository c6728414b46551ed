"""The month of a register, a list, a file: which month the office works on, and a register whose title
names another month than the one chosen."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "month.name": ("tháng {month}/{year}", "{month}/{year}"),
    "month.title_differs": (
        "Tiêu đề danh sách ghi {title} nhưng đang nhập cho {chosen}: chưa nhập gì. Kiểm tra lại file và "
        "tháng đã chọn.",
        "The register's title says {title} but it is being imported for {chosen}: nothing was imported. "
        "Check the file and the month chosen.",
    ),
    "month.title_differs_cli": (
        "Tiêu đề danh sách ghi {title} nhưng đang nhập cho {chosen}: chưa nhập gì. Kiểm tra lại file và "
        "--month; nếu đúng là nhập cho {chosen}, chạy lại với --confirm-month.",
        "The register's title says {title} but it is being imported for {chosen}: nothing was imported. "
        "Check the file and --month; to import it for {chosen} anyway, run again with --confirm-month.",
    ),
}
