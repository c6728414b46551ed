"""The desk itself: its key, its role, its data folder, its language, its backups."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "desk.passphrase_needed": (
        "Cần mật khẩu để mở khóa của máy này.",
        "a passphrase is needed to unlock the desk key",
    ),
    "desk.no_such_file": ("Không có file: {path}", "no such file: {path}"),
    "desk.file_is_folder": (
        "{path} là một thư mục, không phải file của Payout Desk.",
        "{path} is a folder, not a Payout Desk file",
    ),
    "desk.cannot_read": ("Không đọc được {path}: {reason}", "cannot read {path}: {reason}"),
    "desk.not_regular_file": (
        "{path} không phải một file thường (là thiết bị, đường ống hoặc liên kết tới chúng): không đọc.",
        "{path} is not a regular file (a device, a pipe, or a link to one): it is not read",
    ),
    "desk.file_too_large": (
        "{path} quá lớn ({size:,} byte; tối đa {limit:,} byte cho loại file này): không đọc.",
        "{path} is too large ({size:,} bytes; at most {limit:,} for this kind of file): it is not read",
    ),
    "desk.no_key": (
        "Máy này chưa có khóa: hãy khởi tạo khóa cho máy (vai trò {role}) trước.",
        "this desk has no key yet: create it first (payout-desk keys init, role {role})",
    ),
    "desk.role_office": ("bưu cục", "an office"),
    "desk.role_point": ("điểm chi trả", "a point"),
    "desk.wrong_role": (
        "Đây là máy của {role} ({name}); việc này cần máy của {wanted}. Hãy mở đúng thư mục dữ liệu.",
        "this is {role} desk ({name}); that needs {wanted} desk (open the other data folder)",
    ),
    "desk.role_unknown": ("Vai trò phải là một trong: {choices}.", "role must be one of {choices}"),
    "desk.name_needed": (
        "Máy cần có tên (ví dụ tên bưu cục, hoặc tên điểm chi trả và máy).",
        "the desk needs a name (e.g. the office or point and laptop)",
    ),
    "desk.point_no_shared_db": (
        "Máy điểm chi trả giữ cơ sở dữ liệu SQLite riêng trong thư mục dữ liệu (làm việc không cần mạng); "
        "cơ sở dữ liệu dùng chung chỉ dành cho bưu cục.",
        "a point desk keeps its own SQLite database in its data folder (it works offline); a shared database is for the office",
    ),
    "desk.key_exists": (
        "Máy này đã có khóa; tạo khóa thứ hai sẽ làm mọi danh sách và file đồng bộ đã ký không còn dùng được.",
        "this desk already has a key; a second one would orphan every list and sync file it signed",
    ),
    "desk.cannot_unlock": ("Không mở được khóa của máy: {detail}", "cannot unlock the desk key: {detail}"),
    "desk.language_unknown": (
        "Ngôn ngữ {code} không có; chọn một trong: {choices}.",
        "no language {code}; choose one of {choices}",
    ),
    "desk.no_passphrase_given": ("Chưa nhập mật khẩu.", "no passphrase given"),
    "desk.passphrases_differ": ("Hai lần nhập mật khẩu không giống nhau.", "the two passphrases differ"),
}
