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
}
