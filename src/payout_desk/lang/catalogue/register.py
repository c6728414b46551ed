"""Importing the register (exchange/register): why a file cannot be read, and each row's errors and warnings."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "register.no_header": (
        "{name}: không trang tính nào có dòng tiêu đề với cột mã đối tượng, cột họ tên và cột số tiền (đã tìm các tiêu đề như {wanted}, “Số tiền”, “Tổng cộng”).",
        "{name}: no sheet has a header with a beneficiary code, a name and an amount column (looked for headers like {wanted}, “Số tiền”, “Tổng cộng”)",
    ),
    "register.no_point_column": (
        "{name}: trang “{name2}” không có cột điểm chi trả (đã tìm {wanted}) và không có dòng nhóm theo xã để chia; hãy thêm cột “Điểm chi trả”.",
        "{name}: the sheet “{name2}” has no payout-point column (looked for {wanted}) and no commune group rows to split it by; add a “Điểm chi trả” column",
    ),
    "register.too_many_cells": (
        "{name}: một trang tính lặp dòng và ô tới hơn {largest:,} ô, nhiều hơn hẳn một danh sách chi trả (tối đa {MAX_CELLS:,}); {FIX_HINT}",
        "{name}: a sheet repeats rows and cells over {largest:,} cells, far more than a register (at most {MAX_CELLS:,}); {FIX_HINT}",
    ),
    "register.not_spreadsheet": (
        "Không đọc được {name} như một bảng tính ({kind}: {detail}); hãy mở bằng Excel hoặc LibreOffice rồi lưu lại.",
        "{name} cannot be read as a spreadsheet ({kind}: {detail}); open it in Excel or LibreOffice and save it again",
    ),
    "register.unpacks_too_much": (
        "{name} giải nén ra {total:,} byte, nhiều hơn hẳn mọi danh sách chi trả; file bị hỏng hoặc không phải danh sách (hãy lưu riêng trang tính thành file .xlsx mới).",
        "{name} unpacks to {total:,} bytes, far more than any register; it is damaged or not a register (save the sheet alone as a new .xlsx)",
    ),
    "register.zip_bomb": (
        '{name}: phần {filename} giải nén ra gấp {value:,} lần ("bom zip"); bị từ chối. Hãy lưu lại danh sách từ Excel.',
        "{name}: its part {filename} expands {value:,} times (a 'zip bomb'); refused. Save the register again from Excel",
    ),
    "register.sheet_too_large": (
        "{name}: một trang tính dùng từ dòng {top:,} đến {bottom:,} và {value:,} cột ({cells:,} ô), nhiều hơn hẳn một danh sách chi trả (tối đa {MAX_CELLS:,}); {FIX_HINT}",
        "{name}: a sheet uses rows {top:,}–{bottom:,} and {value:,} columns ({cells:,} cells), far more than a register (at most {MAX_CELLS:,}); {FIX_HINT}",
    ),
    "register.damaged": (
        "{name} bị hỏng ({detail}); hãy mở rồi lưu lại.",
        "{name} is damaged ({detail}); open it and save it again",
    ),
    "register.damaged_xlsx": (
        "{name} bị hỏng ({detail}); hãy mở bằng Excel rồi lưu lại dạng .xlsx.",
        "{name} is damaged ({detail}); open it in Excel and save it again as .xlsx",
    ),
    "register.wrong_type": (
        "{name}: danh sách chi trả phải là file Excel (.xlsx, .xls), bảng tính OpenDocument (.ods) hoặc file .csv.",
        "{name}: a register must be an Excel file (.xlsx, .xls), an OpenDocument sheet (.ods) or a .csv file",
    ),
    "register.not_text": (
        "{name} không phải văn bản đọc được (hãy lưu dạng CSV UTF-8).",
        "{name} is not readable text (save it as CSV UTF-8)",
    ),
    "register.file_too_large": (
        "{name} quá lớn để là danh sách chi trả ({size:,} byte).",
        "{name} is too large for a register ({size:,} bytes)",
    ),
    "register.no_such_file": (
        "Không có file: {path}",
        "no such file: {path}",
    ),
    "register.cannot_read": (
        "Không đọc được {path}: {strerror}",
        "cannot read {path}: {strerror}",
    ),
    "register.not_spreadsheet_xlsx": (
        "Không đọc được {name} như một bảng tính ({kind}: {detail}); hãy mở bằng Excel rồi lưu lại dạng .xlsx.",
        "{name} cannot be read as a spreadsheet ({kind}: {detail}); open it in Excel and save it again as .xlsx",
    ),
    "register.fix_hint": (
        "chọn các ô sau bảng (Ctrl+End cho thấy ô cuối), xóa chúng, lưu lại rồi nhập lại",
        "select the cells after the table (Ctrl+End shows the last one), delete them, save and import again",
    ),
    # a row's errors and warnings, shown by row and column in the office's window
    "register.bad_amount": ("Không phải số tiền: {detail}", "not an amount: {detail}"),
    "register.no_amount": ("Dòng này không có số tiền phải chi.", "no amount to pay on this row"),
    "register.total_mismatch": (
        "Tổng tiền {total} không bằng tổng các khoản {summed}.",
        "the total {total} is not the sum of the amounts {summed}",
    ),
    "register.missing_code": ("Thiếu mã đối tượng.", "no beneficiary code"),
    "register.missing_name": ("Thiếu họ tên.", "no name"),
    "register.missing_point": ("Thiếu điểm chi trả.", "no payout point"),
    "register.birth_invalid": (
        "Không đọc được năm hoặc ngày sinh {value!r}.",
        "cannot read the birth year or date {value!r}",
    ),
    "register.cccd_invalid": (
        "Số {number!r} không phải số CCCD hợp lệ: {detail}",
        "the ID number {number!r} is not a valid CCCD: {detail}",
    ),
    "register.cccd_restored": (
        "Đã thêm lại số 0 ở đầu: {cut} → {number} (Excel đã bỏ mất).",
        "leading zero restored: {cut} → {number} (Excel dropped it)",
    ),
    "register.cccd_mismatch": (
        "Số CCCD không khớp với dòng: {detail}",
        "the CCCD disagrees with the row: {detail}",
    ),
    "register.duplicate_code": (
        "Mã đối tượng {code} còn nằm ở (các) dòng {others}.",
        "beneficiary code {code} is also on row(s) {others}",
    ),
    "register.legacy_encoding": (
        "{name} được gõ bằng bảng mã cũ {encoding}, không phải Unicode, nên họ tên sẽ bị lỗi font: hãy mở bằng "
        "Excel, chuyển mã sang Unicode (ví dụ bằng công cụ “Chuyển mã” của Unikey), lưu lại rồi nhập lại.",
        "{name} is typed in the old {encoding} font encoding, not Unicode, so names would be garbled: open it "
        "in Excel, convert the text to Unicode (for example with Unikey's converter, “Chuyển mã”), save it and "
        "import again",
    ),
    "register.text_too_long": (
        "{field} dài {length} ký tự, quá giới hạn {limit}: máy điểm chi trả sẽ không nhận danh sách, hãy sửa "
        "trong Excel.",
        "the {field} is {length} characters long, over the limit of {limit}: the point laptops would refuse the "
        "list, correct it in Excel",
    ),
    "register.text_bad_char": (
        "{field} có ký tự ẩn không được phép ({char}): hãy gõ lại ô này trong Excel.",
        "the {field} holds a hidden character that is not allowed ({char}): type the cell again in Excel",
    ),
    "register.total_too_large": (
        "Tổng tiền {total} quá giới hạn {limit} của một danh sách.",
        "the total {total} is over a list's limit of {limit}",
    ),
    "register.point_total_too_large": (
        "Tổng tiền của điểm chi trả {point} vượt giới hạn {limit} của một danh sách: các dòng của điểm này "
        "không nhập được.",
        "the total of payout point {point} is over a list's limit of {limit}: its rows cannot be imported",
    ),
}
