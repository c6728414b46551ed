"""The bank's results for a transfer batch (issue 17 items 3–4): the result file read, each line matched to
its transfer, paid or failed, failures moved to the cash list or carried; the transfer figures of the
settlement."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "bankresults.wrong_type": (
        "{name}: file kết quả của ngân hàng phải là file Excel (.xlsx, .xls), bảng tính .ods hoặc file .csv.",
        "{name}: a bank's result file must be an Excel file (.xlsx, .xls), an .ods sheet or a .csv file.",
    ),
    "bankresults.cannot_read": (
        "Không đọc được {name}: {reason}.",
        "Cannot read {name}: {reason}.",
    ),
    "bankresults.not_utf8": (
        "{name} không phải văn bản UTF-8: hãy lưu lại dạng CSV UTF-8 rồi nhập lại.",
        "{name} is not UTF-8 text: save it again as CSV UTF-8 and import it again.",
    ),
    "bankresults.too_large": (
        "{name} quá lớn để là file kết quả chuyển khoản ({size:,} byte).",
        "{name} is too large for a transfer result file ({size:,} bytes).",
    ),
    "bankresults.no_header": (
        "{name}: không tìm thấy dòng tiêu đề có các cột Số tài khoản, Số tiền và Trạng thái; hãy mở file, "
        "kiểm tra tên cột rồi nhập lại.",
        "{name}: no header row naming the account, the amount and the status; open the file, check the "
        "column names and import it again.",
    ),
    "bankresults.decimal": (
        "{name}, dòng {row}: số tiền “{value}” có phần thập phân; số tiền chuyển khoản là số đồng chẵn — "
        "hỏi ngân hàng file đúng rồi nhập lại. Chưa ghi nhận dòng nào.",
        "{name}, row {row}: the amount “{value}” has decimals; transfer amounts are whole đồng — ask the bank "
        "for the right file and import it again. Nothing was recorded.",
    ),
    "bankresults.bad_amount": (
        "{name}, dòng {row}: “{value}” không phải số tiền (đồng). Chưa ghi nhận dòng nào.",
        "{name}, row {row}: “{value}” is not an amount in đồng. Nothing was recorded.",
    ),
    "bankresults.no_amount": (
        "{name}, dòng {row}: có số tài khoản nhưng không có số tiền. Chưa ghi nhận dòng nào.",
        "{name}, row {row}: an account without an amount. Nothing was recorded.",
    ),
    "bankresults.unknown_bank": (
        "{name}, dòng {row}: không biết ngân hàng “{value}” (mã BIN hoặc tên không có trong bảng ngân hàng). "
        "Chưa ghi nhận dòng nào.",
        "{name}, row {row}: the bank “{value}” is unknown (its BIN or name is not in the table of banks). "
        "Nothing was recorded.",
    ),
    "bankresults.same_reference": (
        "{name}: số tham chiếu {value} có ở cả dòng {first} và dòng {row}; file kết quả bị trùng dòng — hỏi "
        "ngân hàng file đúng. Chưa ghi nhận dòng nào.",
        "{name}: the reference {value} is on both row {first} and row {row}; the result file repeats a line "
        "— ask the bank for the right file. Nothing was recorded.",
    ),
    "bankresults.same_line": (
        "{name}: tài khoản {account} với cùng số tiền có ở cả dòng {first} và dòng {row}; file kết quả bị "
        "trùng dòng — hỏi ngân hàng file đúng. Chưa ghi nhận dòng nào.",
        "{name}: the account {account} with the same amount is on both row {first} and row {row}; the result "
        "file repeats a line — ask the bank for the right file. Nothing was recorded.",
    ),
    "bankresults.other_month": (
        "{name} là kết quả chuyển khoản {found}, không phải {month}: chọn đúng file của tháng. Chưa ghi nhận "
        "dòng nào.",
        "{name} holds the transfer results of {found}, not {month}: choose the month's own file. Nothing was "
        "recorded.",
    ),
    "bankresults.other_bank": (
        "{name} là kết quả của ngân hàng {bank}, nhưng {month} không có lô chuyển khoản nào gửi ngân hàng này. "
        "Chưa ghi nhận dòng nào.",
        "{name} holds the results of {bank}, but no transfer batch of {month} went to that bank. Nothing was "
        "recorded.",
    ),
    "bankresults.line_other_bank": (
        "{name}, dòng {row}: {code} được chuyển qua ngân hàng khác, không phải {bank}. Chưa ghi nhận dòng nào.",
        "{name}, row {row}: {code} was sent through another bank, not {bank}. Nothing was recorded.",
    ),
    "bankresults.nothing_sent": (
        "{month} chưa có lô chuyển khoản nào được gửi ngân hàng: lập lô chuyển khoản trước, rồi nhập kết quả.",
        "No transfer batch of {month} has gone to a bank yet: write the batches first, then take in the results.",
    ),
    "bankresults.action_unknown": (
        "Không có cách xử lý chuyển khoản lỗi “{value}”; chọn một trong: {choices}.",
        "There is no way “{value}” to deal with failed transfers; choose one of: {choices}.",
    ),
    "bankresults.cash_needs_approval": (
        "Bưu cục có phân quyền: đưa người chuyển khoản lỗi vào danh sách chi tiền mặt phải qua báo tăng có "
        "người duyệt. Nhập kết quả {month} với cách “chỉ liệt kê”, rồi lập báo tăng cho từng người để duyệt.",
        "The office has roles: putting a failed transfer on the cash list takes an addition an approver signs. "
        "Take in the results of {month} with “list only”, then prepare the additions for approval.",
    ),
    "bankresults.point_not_issued": (
        "Không đưa được {code} vào danh sách chi tiền mặt: điểm {point} chưa có danh sách {month} đã phát hành. "
        "Phát hành danh sách trước, hoặc chọn chuyển sang tháng sau. Chưa ghi nhận dòng nào.",
        "{code} cannot go on a cash list: the point {point} has no issued list for {month}. Issue its list "
        "first, or carry the failures to next month. Nothing was recorded.",
    ),
    "bankresults.monthly_line": (
        "Trợ cấp hàng tháng",
        "Monthly allowance",
    ),
}
