"""Bank transfers (issue 17): account columns of the register, transfer lines, batches for the banks."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "bank.account_empty": ("ô số tài khoản để trống", "the account number is empty"),
    "bank.account_not_digits": (
        "số tài khoản chỉ được có chữ số",
        "an account number has digits only",
    ),
    "bank.account_length": (
        "số tài khoản phải có từ 6 đến 19 chữ số",
        "an account number has 6 to 19 digits",
    ),
    "bank.account_too_long_for_excel": (
        "ô được nhập dạng số nên Excel chỉ giữ 15 chữ số đầu; hãy nhập lại dạng văn bản",
        "the cell was typed as a number, so Excel kept only its first 15 digits; type it again as text",
    ),
    "bank.account_invalid": (
        "Số tài khoản {number!r} không dùng được: {why}. Người này không được đưa vào bảng kê chuyển khoản "
        "cho đến khi sửa.",
        "the account number {number!r} cannot be used: {why}. This person is left out of bank batches until "
        "it is corrected",
    ),
    "bank.account_number_cell": (
        "Số tài khoản {number} được nhập dạng số: nếu số thật bắt đầu bằng 0, Excel đã bỏ mất số 0 và không "
        "khôi phục được; hãy đối chiếu với sổ tài khoản và nhập lại dạng văn bản.",
        "the account number {number} was typed as a number: if the real one starts with 0, Excel dropped the "
        "zeros and they cannot be restored; check it against the account book and type it again as text",
    ),
    "bank.account_normalised": (
        "Số tài khoản {typed!r} đã được bỏ dấu cách, dấu chấm, gạch nối: {digits}.",
        "the account number {typed!r} was normalised (spaces, dots, dashes taken out): {digits}",
    ),
    "bank.bank_unknown": (
        "Không nhận ra ngân hàng {bank!r}: hãy ghi tên viết tắt (Agribank, Vietcombank…) hoặc mã BIN 6 số.",
        "the bank {bank!r} is not known: write its short name (Agribank, Vietcombank…) or its six-digit BIN",
    ),
    "bank.bank_missing": (
        "Dòng chuyển khoản chưa ghi ngân hàng.",
        "this transfer row names no bank",
    ),
    "bank.account_name_mismatch": (
        "Chủ tài khoản {holder} khác tên người hưởng {name}.",
        "the account holder {holder} is not the beneficiary {name}",
    ),
    "bank.account_shared": (
        "Tài khoản {digits} cũng ghi cho {others}.",
        "the account {digits} is also given for {others}",
    ),
    "bank.sent_changed": (
        "{code} đã nằm trong bảng kê gửi ngân hàng ({state}: {amount} đ, tài khoản {account}), nay danh sách "
        "ghi {new_amount} đ, tài khoản {new_account}: dòng đã gửi không bị sửa; hãy đối chiếu với ngân hàng.",
        "{code} is already in a batch sent to the bank ({state}: {amount} đ, account {account}); the register "
        "now gives {new_amount} đ, account {new_account}: the sent line is not changed, check with the bank",
    ),
    "bank.template_not_json": (
        "Mẫu bảng kê không phải JSON hợp lệ ({detail}).",
        "the batch template is not valid JSON ({detail})",
    ),
    "bank.template_not_object": (
        "Mẫu bảng kê phải là một đối tượng JSON {shape}.",
        "the batch template must be a JSON object {shape}",
    ),
    "bank.template_unknown_key": (
        "Mẫu bảng kê có mục lạ {key!r}: chỉ dùng columns, content, ascii_content.",
        "the batch template has an unknown entry {key!r}: use only columns, content, ascii_content",
    ),
    "bank.template_columns": (
        "Mục columns của mẫu phải là danh sách tên cột, không để trống.",
        "the template's columns must be a non-empty list of column names",
    ),
    "bank.template_column_unknown": (
        "Cột {column!r} không có; các cột dùng được: {known}.",
        "there is no column {column!r}; the columns are: {known}",
    ),
    "bank.template_column_twice": (
        "Một cột được ghi hai lần trong mẫu bảng kê.",
        "a column is named twice in the batch template",
    ),
    "bank.template_column_missing": (
        "Mẫu bảng kê phải có cột {column}.",
        "the batch template must have the {column} column",
    ),
    "bank.template_content": (
        "Nội dung chuyển khoản của mẫu phải là một dòng chữ, chỉ dùng {fields}.",
        "the template's transfer content must be a line of text using only {fields}",
    ),
    "bank.template_placeholder": (
        "Nội dung chuyển khoản có {{{name}}} không dùng được; dùng được: {known}.",
        "the transfer content uses {{{name}}}, which is not known; the known ones are: {known}",
    ),
    "bank.template_ascii": (
        "ascii_content của mẫu phải là true hoặc false.",
        "the template's ascii_content must be true or false",
    ),
    "bank.unknown_bank_option": (
        "Không có ngân hàng {bank!r} trong bảng ngân hàng: hãy ghi mã BIN 6 số hoặc tên viết tắt (970405, "
        "Agribank…).",
        "there is no bank {bank!r} in the table of banks: give its six-digit BIN or its short name (970405, "
        "Agribank…)",
    ),
    "bank.no_lines": (
        "Tháng {month} không có ai nhận qua tài khoản: hãy nhập danh sách tháng có cột hình thức chi trả và "
        "số tài khoản.",
        "nobody is paid by transfer in {month}: import the month's register with its payment-method and "
        "account columns",
    ),
    "bank.nothing_to_batch": (
        "Tháng {month} không còn ai chờ chuyển khoản: {sent} người đã có trong bảng kê gửi trước, {left} "
        "người không đưa vào được vì số tài khoản, ngân hàng hoặc đang giữ lại.",
        "nobody in {month} is waiting to be sent: {sent} are in batches already written, {left} cannot go "
        "into one (account, bank, or held)",
    ),
    "bank.no_batch": ("Không có bảng kê số {id}.", "there is no batch {id}"),
    "bank.manifest_unreadable": (
        "Tệp kê khai của bảng kê không đọc được (không phải JSON UTF-8 hoặc quá lớn).",
        "the batch's manifest cannot be read (not UTF-8 JSON, or too large)",
    ),
    "bank.manifest_shape": (
        "Tệp kê khai của bảng kê sai cấu trúc ở mục {field}.",
        "the batch's manifest is malformed at {field}",
    ),
    "bank.manifest_bad_signature": (
        "Chữ ký của tệp kê khai không khớp: tệp đã bị sửa sau khi ký.",
        "the manifest's signature does not match: it was changed after it was signed",
    ),
    "bank.out_account_invalid": ("Số tài khoản không dùng được", "the account number cannot be used"),
    "bank.out_bank_unknown": ("Không nhận ra ngân hàng", "the bank is not known"),
    "bank.out_held": (
        "Đang giữ lại trong tháng (báo tử, đã báo giảm trước)",
        "held this month (reported deceased, stopped earlier)",
    ),
    "bank.out_stopped": ("Đã xác nhận báo giảm", "the stop is confirmed"),
    "bank.verify_missing": ("Thiếu tệp {name} của bảng kê.", "the batch's file {name} is missing"),
    "bank.verify_changed": (
        "Tệp {name} đã bị thay đổi so với lúc ký bảng kê.",
        "the file {name} was changed since the batch was signed",
    ),
    "bank.verify_other_key": (
        "Tệp kê khai được ký bằng khóa khác ({key}), không phải khóa của bưu cục này.",
        "the manifest is signed by another key ({key}), not this office's",
    ),
    "bank.verify_no_folder": ("Không có thư mục {folder}.", "there is no folder {folder}"),
    "bank.verify_none": (
        "Thư mục {folder} không có tệp kê khai bảng kê nào (*.manifest.json).",
        "the folder {folder} holds no batch manifest (*.manifest.json)",
    ),
    "bank.cli_batch_line": (
        "{bank} ({bin}) bảng kê số {number}: {lines} người, {total} (mã bảng kê {id})",
        "{bank} ({bin}) batch {number}: {lines} people, {total} (batch id {id})",
    ),
    "bank.cli_written": (
        "Tháng {month}: đã lập {count} bảng kê chuyển khoản, tổng {total}.",
        "{month}: {count} transfer batches written, total {total}",
    ),
    "bank.cli_again": (
        "Đã ghi lại các tệp của bảng kê {id}, y như lần lập đầu (không gửi thêm ai).",
        "batch {id}'s files written again, exactly as first written (nobody sent again)",
    ),
    "bank.cli_already_sent": (
        "{count} người đã có trong bảng kê lập trước: không đưa vào lần nữa.",
        "{count} people are in batches written before: not put in again",
    ),
    "bank.cli_left_out": (
        "{count} người không đưa vào bảng kê nào:",
        "{count} people left out of every batch:",
    ),
    "bank.cli_verify_ok": (
        "{manifest}: đúng — ngân hàng {bin}, bảng kê số {number}, {lines} người, {total}.",
        "{manifest}: proven — bank {bin}, batch {number}, {lines} people, {total}",
    ),
    "bank.cli_verify_bad": (
        "{manifest}: KHÔNG KHỚP — ngân hàng {bin}, bảng kê số {number}:",
        "{manifest}: DOES NOT MATCH — bank {bin}, batch {number}:",
    ),
    "bank.cell_text_bad": (
        "ô có ký tự ẩn không được phép hoặc dài hơn {limit} ký tự: hãy gõ lại ô này trong Excel",
        "the cell holds a hidden character that is not allowed, or is longer than {limit} characters: type it "
        "again in Excel",
    ),
    "bank.sent_now_cash": (
        "{code} đã nằm trong bảng kê gửi ngân hàng ({state}: {amount} đ) mà nay danh sách ghi nhận tiền mặt: "
        "nếu ngân hàng đã chuyển, người này sẽ nhận hai lần; hãy hỏi ngân hàng trước khi phát hành danh sách.",
        "{code} is already in a batch sent to the bank ({state}: {amount} đ) and the register now pays them in "
        "cash: if the bank has transferred it they would be paid twice; ask the bank before issuing the lists",
    ),
    "bank.batch_of_month": (
        "Bảng kê {id} là của tháng {month}, không phải tháng {wanted}.",
        "batch {id} is of {month}, not {wanted}",
    ),
}
