"""The clerks of a point laptop (nhân viên chi trả): adding one, naming one, their PINs."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "staff.name_needed": (
        "Cần họ tên đầy đủ của nhân viên (tối đa 200 ký tự).",
        "Give the clerk's full name (at most 200 characters).",
    ),
    "staff.pin_shape": ("Mã PIN gồm 4 đến 8 chữ số.", "A PIN is 4 to 8 digits."),
    "staff.exists": (
        "Máy này đã có nhân viên “{name}”; chọn tên khác (ví dụ thêm tên đệm).",
        "This laptop already has a clerk “{name}”; choose another name (add the middle name, say).",
    ),
    "staff.by_needed": (
        "Máy này đã có nhân viên ({names}): nhân viên mới phải do một người trong số đó thêm, "
        "với họ tên và mã PIN của người thêm.",
        "This laptop already has clerks ({names}): a new clerk is added by one of them, with that "
        "clerk's name and PIN.",
    ),
    "staff.by_wrong": (
        "Họ tên hoặc mã PIN của người thêm không đúng; chưa thêm ai.",
        "The adding clerk's name or PIN is wrong; nobody was added.",
    ),
    "staff.unknown": (
        "“{name}” không phải nhân viên của máy này. Nhân viên của máy: {names}.",
        "“{name}” is not a clerk of this laptop. Its clerks: {names}.",
    ),
    "staff.none_yet": (
        'Máy này chưa có nhân viên nào. Thêm nhân viên đầu tiên: payout-desk point staff add "HỌ TÊN" '
        "(hoặc mở cửa sổ chương trình).",
        'This laptop has no clerk yet. Add the first one: payout-desk point staff add "FULL NAME" '
        "(or open the window).",
    ),
    "staff.pins_differ": (
        "Hai lần nhập mã PIN không giống nhau; chưa thêm ai.",
        "The two PINs differ; nobody was added.",
    ),
    "staff.no_pin": (
        "Cần mã PIN: đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh.",
        "A PIN is needed: set {env} or run the command in a terminal.",
    ),
    "staff.added": ("Đã thêm nhân viên “{name}”.", "Clerk “{name}” added."),
    "staff.pin_wrong": (
        "Mã PIN của “{name}” không đúng; còn {left} lần thử trước khi bị tạm khóa. Chưa ghi gì.",
        "Wrong PIN for “{name}”; {left} tries left before the lock. Nothing was recorded.",
    ),
    "staff.locked": (
        "Nhân viên “{name}” đang bị tạm khóa vì nhập sai mã PIN nhiều lần: thử lại sau {minutes} phút "
        "(lúc {until}). Chưa ghi gì.",
        "Clerk “{name}” is locked after too many wrong PINs: try again in {minutes} minutes (at {until}). "
        "Nothing was recorded.",
    ),
    "staff.locked_note": (
        "Nhân viên “{name}” bị tạm khóa đến {until} vì nhập sai mã PIN {count} lần liên tiếp.",
        "Clerk “{name}” locked until {until} after {count} wrong PINs in a row.",
    ),
    "staff.who": (
        "Máy này có nhiều nhân viên ({names}): hãy cho biết ai ghi lần này.",
        "This laptop has several clerks ({names}): say which of them records this.",
    ),
}
