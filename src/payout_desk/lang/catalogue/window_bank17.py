"""The office window's strings for bank transfers (issue 17: the month's batches per bank) — Vietnamese →
English, joined into WINDOW in window.py."""

from __future__ import annotations

BANK17_WINDOW: dict[str, str] = {
    "C&huyển khoản": "&Transfers",
    "Bảng kê chuyển khoản…": "Bank transfer batches…",
    "Bảng kê chuyển khoản — tháng %s": "Bank transfer batches — %s",
    "Ngân hàng": "Bank",
    "Số người": "People",
    "Tổng tiền": "Total",
    "Không đưa vào bảng kê nào (và lý do):": "Left out of every batch (and why):",
    "Lập bảng kê vào thư mục…": "Write the batches into a folder…",
    "Số tài khoản không dùng được": "The account number cannot be used",
    "Không nhận ra ngân hàng": "The bank is not known",
    "Đang giữ lại (báo tử, đã báo giảm trước)": "Held (reported deceased, stopped earlier)",
    "Đã xác nhận báo giảm": "The stop is confirmed",
    "Chờ lập bảng kê": "Waiting for a batch",
    "Đã lập bảng kê số %d lúc %s": "Batch %d written at %s",
    "%d người nhận qua tài khoản: %d chờ lập bảng kê (%s), %d đã có trong bảng kê, %d không đưa vào được.": (
        "%d people paid by transfer: %d waiting for a batch (%s), %d already in a batch, %d cannot go into one."
    ),
    "Thư mục ghi bảng kê chuyển khoản": "Folder for the transfer batches",
    "Đã lập %d bảng kê chuyển khoản (%s) vào %s.": "%d transfer batches written (%s) into %s.",
}
