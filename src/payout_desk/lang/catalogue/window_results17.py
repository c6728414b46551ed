"""The office window's strings for the bank's results (issue 17: result files in, transfers per bank) —
Vietnamese → English, joined into WINDOW in window.py."""

from __future__ import annotations

RESULTS17_WINDOW: dict[str, str] = {
    "Nhập kết quả ngân hàng…": "Take in the bank's results…",
    "Chuyển khoản theo ngân hàng": "Transfers by bank",
    "Chuyển khoản theo ngân hàng — đã chuyển %d/%d người · %s / %s · lỗi đưa vào tiền mặt: %d": (
        "Transfers by bank — paid %d/%d people · %s / %s · failed and put on the cash list: %d"
    ),
    "Đã gửi": "Sent",
    "Đã chuyển": "Paid",
    "CK lỗi": "Failed",
    "Chuyển lỗi": "Failed",
    "Chờ kết quả": "Waiting",
    "Chưa gửi": "Not sent",
    "Lỗi → tiền mặt": "Failed → cash",
    "Lỗi → tháng sau": "Failed → next month",
    "Ngân hàng không rõ": "Unknown bank",
    "Kết quả chuyển khoản của ngân hàng — tháng %s": "The bank's transfer results — %s",
    "Người chuyển khoản lỗi:": "Failed transfers:",
    "Báo tăng vào danh sách chi tiền mặt của điểm": "Add to the point's cash list",
    "Chuyển sang tháng sau (truy lĩnh)": "Carry to next month (arrears)",
    "Chỉ liệt kê": "List only",
    "Chọn file kết quả ngân hàng gửi về (.xlsx hoặc .csv).": "Choose the result file the bank sent (.xlsx or .csv).",
    "Chọn file kết quả…": "Choose the result file…",
    "File kết quả chuyển khoản": "Transfer result file",
    "Kết quả ngân hàng (*.xlsx *.xls *.csv)": "Bank results (*.xlsx *.xls *.csv)",
    "Báo tăng gửi điểm: %s": "Additions for the point: %s",
    "Chuyển sang tháng sau: %s": "Carried to next month: %s",
    "Không có gì thay đổi: các kết quả này đã được ghi nhận.": "Nothing changed: these results were already recorded.",
    "Đã ghi nhận trước": "Already recorded",
    "Cần xem lại": "To look at",
    "→ danh sách tiền mặt": "→ cash list",
    "→ tháng sau": "→ next month",
    "Chuyển khoản lỗi → danh sách tiền mặt": "Failed transfers → cash lists",
    "Đưa người chuyển khoản lỗi vào danh sách tiền mặt…": "Put the failed transfers on the cash lists…",
    "Thư mục ghi báo tăng": "Folder for the additions",
    "Đã báo tăng %d người chuyển khoản lỗi vào danh sách tiền mặt: %s": "%d failed transfers added to the cash lists: %s",
}
