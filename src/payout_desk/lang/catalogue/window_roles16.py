"""The office window's strings for clerks and roles (issue 16: signing in, the items waiting for an
approver) — Vietnamese → English, joined into WINDOW in window.py."""

from __future__ import annotations

ROLES16_WINDOW: dict[str, str] = {
    "Cán bộ làm việc": "Clerk at work",
    "người duyệt": "approver",
    "cán bộ lập": "clerk",
    "Mã PIN": "PIN",
    "Đăng nhập": "Sign in",
    "Việc chờ duyệt": "Waiting for approval",
    "Việc chờ duyệt…": "Waiting for approval…",
    "Việc một cán bộ đã lập, chờ một người duyệt khác duyệt và ký:": (
        "Items a clerk prepared, waiting for another approver to approve and sign:"
    ),
    "Duyệt và ký…": "Approve and sign…",
    "Trả lại…": "Reject…",
    "Trả lại": "Reject",
    "Lý do trả lại": "Why it is rejected",
    "Phát hành danh sách": "Issue the lists",
    "Báo giảm/tăng": "Stop or addition",
    "Chuyển điểm": "Move to another point",
    "Bảng kê chuyển khoản": "Bank transfer batches",
    "Đưa người bị giữ lại vào danh sách": "Put a held person back on the list",
    "Số %d · %s · tháng %s · %s · lập: %s": "No. %d · %s · month %s · %s · prepared by %s",
    "Không có việc nào chờ duyệt.": "Nothing waits for approval.",
    "Đã duyệt và ký việc số %d: %d file.": "Approved and signed item %d: %d files.",
    "Đã trả lại việc số %d.": "Rejected item %d.",
    "Thư mục ghi các file đã ký": "Folder for the signed files",
}
