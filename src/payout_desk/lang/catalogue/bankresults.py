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
        "{name} là kết quả của ngân hàng {bank}, nhưng {month} không có bảng kê chuyển khoản nào gửi ngân hàng này. "
        "Chưa ghi nhận dòng nào.",
        "{name} holds the results of {bank}, but no transfer batch of {month} went to that bank. Nothing was "
        "recorded.",
    ),
    "bankresults.line_other_bank": (
        "{name}, dòng {row}: {code} được chuyển qua ngân hàng khác, không phải {bank}. Chưa ghi nhận dòng nào.",
        "{name}, row {row}: {code} was sent through another bank, not {bank}. Nothing was recorded.",
    ),
    "bankresults.nothing_sent": (
        "{month} chưa có bảng kê chuyển khoản nào gửi ngân hàng: lập bảng kê chuyển khoản trước, rồi nhập kết quả.",
        "No transfer batch of {month} has gone to a bank yet: write the batches first, then take in the results.",
    ),
    "bankresults.action_unknown": (
        "Không có cách xử lý chuyển khoản lỗi “{value}”; chọn một trong: {choices}.",
        "There is no way “{value}” to deal with failed transfers; choose one of: {choices}.",
    ),
    "bankresults.cash_needs_approval": (
        "Bưu cục có phân quyền: đưa người chuyển khoản lỗi vào danh sách chi tiền mặt phải qua báo tăng có "
        "người duyệt. Nhập kết quả {month} với cách “chỉ liệt kê”, rồi lập việc “chuyển khoản lỗi → tiền mặt” "
        "để người duyệt ký.",
        "The office has roles: putting a failed transfer on the cash list takes an addition an approver signs. "
        "Take in the results of {month} with “list only”, then prepare “failed transfers → cash” for an "
        "approver to sign.",
    ),
    "bankresults.month_closed": (
        "{month} đã khóa sổ: không báo tăng vào danh sách tiền mặt được nữa; chọn chuyển sang tháng sau. Chưa "
        "ghi nhận dòng nào.",
        "{month} is closed: nobody can be added to its cash lists any more; carry the failures to next month. "
        "Nothing was recorded.",
    ),
    "bankresults.no_failures": (
        "{month} không còn người chuyển khoản lỗi nào chờ xử lý.",
        "No failed transfer of {month} is waiting to be dealt with.",
    ),
    "bankresults.cli_to_cash": (
        "Đã báo tăng {count} người chuyển khoản lỗi vào danh sách tiền mặt:",
        "{count} failed transfers added to the cash lists:",
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
    "bankresults.flag_no_match": (
        "không khớp với người chuyển khoản nào của tháng",
        "matches no transfer of the month",
    ),
    "bankresults.flag_two_matches": (
        "khớp với nhiều người (cùng tài khoản và số tiền, nội dung không có mã đối tượng)",
        "matches several people (the same account and amount, no beneficiary code in the content)",
    ),
    "bankresults.flag_amount_differs": (
        "số tiền khác với số đã chuyển",
        "the amount differs from the one sent",
    ),
    "bankresults.flag_account_differs": (
        "số tài khoản khác với tài khoản đã chuyển",
        "the account differs from the one sent to",
    ),
    "bankresults.flag_not_sent": (
        "người này chưa có trong bảng kê chuyển khoản nào",
        "this person was in no transfer batch",
    ),
    "bankresults.flag_twice": (
        "một dòng khác của file đã báo kết quả cho người này",
        "another line of the file already gave this person's result",
    ),
    "bankresults.flag_contradicts": (
        "trái với kết quả đã ghi nhận trước (đã chuyển / lỗi / số tham chiếu khác)",
        "contradicts the result already recorded (paid / failed / another reference)",
    ),
    "bankresults.flag_status_unknown": (
        "trạng thái “{status}” không rõ là đã chuyển hay lỗi",
        "the status “{status}” says neither paid nor failed",
    ),
    "bankresults.flag_account_invalid": (
        "số tài khoản không hợp lệ",
        "the account number is not valid",
    ),
    "bankresults.action_cash": (
        "báo tăng vào danh sách chi tiền mặt của điểm",
        "added to the point's cash list",
    ),
    "bankresults.action_carry": (
        "chuyển sang tháng sau (truy lĩnh)",
        "carried to next month (arrears)",
    ),
    "bankresults.action_list": (
        "chỉ liệt kê",
        "listed only",
    ),
    "bankresults.cli_head": (
        "Kết quả chuyển khoản {name} ({month}): {paid} người đã chuyển ({paid_amount}), {failed} người lỗi "
        "({failed_amount}), {flagged} dòng cần xem lại, {unchanged} dòng đã ghi nhận trước.",
        "Transfer results {name} ({month}): {paid} paid ({paid_amount}), {failed} failed ({failed_amount}), "
        "{flagged} lines to look at, {unchanged} lines already recorded.",
    ),
    "bankresults.unchanged": (
        "Không có gì thay đổi: các kết quả này đã được ghi nhận.",
        "Nothing changed: these results were already recorded.",
    ),
    "bankresults.cli_failed": (
        "  dòng {row} {code} {name}: lỗi — {reason} → {action}",
        "  row {row} {code} {name}: failed — {reason} → {action}",
    ),
    "bankresults.cli_flagged": (
        "  dòng {row} {code}: {why} (không thay đổi gì)",
        "  row {row} {code}: {why} (nothing changed)",
    ),
    "bankresults.cli_normalised": (
        "  dòng {row}: số tài khoản “{typed}” có dấu cách hoặc gạch nối, đã bỏ đi",
        "  row {row}: the account “{typed}” had spaces or dashes, taken out",
    ),
    "bankresults.cli_amendment": (
        "  báo tăng điểm {point}: {path}",
        "  addition for {point}: {path}",
    ),
    "bankresults.cli_carried": (
        "  chuyển sang tháng sau: {codes}",
        "  carried to next month: {codes}",
    ),
    "bankresults.cli_setting": (
        "Chuyển khoản lỗi: {choice}",
        "Failed transfers: {choice}",
    ),
    "bankresults.cli_status": (
        "Chuyển khoản: đã chuyển {paid}/{count} người ({paid_amount} / {amount}), {to_cash} người lỗi đưa vào "
        "danh sách tiền mặt; tổng đã chi (tiền mặt theo danh sách + chuyển khoản) {all_paid}",
        "Transfers: paid {paid}/{count} people ({paid_amount} of {amount}), {to_cash} failed and put on the cash "
        "list; paid in all (cash as listed + transfer) {all_paid}",
    ),
    "bankresults.cli_bank": (
        "  {bank} ({bin}): {lines} người, đã gửi {sent}, đã chuyển {paid}, lỗi {failed}, chờ kết quả {waiting}, "
        "chưa gửi {not_sent}",
        "  {bank} ({bin}): {lines} people, sent {sent}, paid {paid}, failed {failed}, waiting {waiting}, not "
        "sent {not_sent}",
    ),
}
