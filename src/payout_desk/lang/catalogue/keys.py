"""Keys and passphrases: the desk's signing key, its file, its backup (trust/, services/key_admin.py)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "keys.fingerprint_digits": (
        "Mã kiểm tra gồm {FINGERPRINT_DIGITS} chữ số, ví dụ '40513 88230 12944 57720 19384 00213'.",
        "a fingerprint is {FINGERPRINT_DIGITS} digits, e.g. '40513 88230 12944 57720 19384 00213'",
    ),
    "keys.public_key_bytes": (
        "Mã máy phải dài 32 byte.",
        "a public key has 32 bytes",
    ),
    "keys.public_key_length": (
        "Mã máy phải dài 32 byte, mã này dài {count}.",
        "a public key has 32 bytes, this one has {count}",
    ),
    "keys.private_key_bytes": (
        "Khóa bí mật phải dài 32 byte.",
        "a private key has 32 bytes",
    ),
    "keys.public_key_not_valid": (
        "Mã máy không đúng dạng base64 (chép thiếu hoặc sai ký tự?).",
        "the public key is not valid base64",
    ),
    "keys.key_file_damaged": (
        "File khóa bị hỏng.",
        "the key file is damaged",
    ),
    "keys.key_file_not_payout": (
        "File khóa không phải của Payout Desk.",
        "the key file is not a Payout Desk key file",
    ),
    "keys.key_file_uses_unknown": (
        "File khóa dùng cách mã hóa không biết.",
        "the key file uses an unknown encryption",
    ),
    "keys.key_file_implausible_encryption": (
        "File khóa có thông số mã hóa bất thường.",
        "the key file has implausible encryption settings",
    ),
    "keys.wrong_passphrase_desk_key": (
        "Sai mật khẩu khóa của máy.",
        "wrong passphrase for the desk key",
    ),
    "keys.passphrase_too_short": (
        "Mật khẩu phải có ít nhất {MIN_PASSPHRASE} ký tự.",
        "the passphrase must have at least {MIN_PASSPHRASE} characters",
    ),
    "keys.stored_key_not_desk": (
        "Khóa đang lưu không phải khóa {key_id} của máy này.",
        "the stored key is not this desk's key {key_id}",
    ),
    "keys.cannot_create_data_folder": (
        "Không tạo được thư mục dữ liệu {parent}: {strerror}",
        "cannot create the data folder {parent}: {strerror}",
    ),
    "keys.desk_key_not_computer": (
        "Khóa {key_id} của máy không có trong kho khóa của máy tính này.",
        "the desk key {key_id} is not in this computer's keyring",
    ),
    "keys.os_keyring_refused_give": (
        "Kho khóa của hệ điều hành không cho lấy khóa của máy: {detail}",
        "the OS keyring refused to give the desk key: {detail}",
    ),
    "keys.desk_key_file_missing": (
        "Thiếu file khóa của máy {key_file}.",
        "the desk key file {key_file} is missing",
    ),
    "keys.new_passphrase_too_short": (
        "Mật khẩu mới phải có ít nhất {MIN_PASSPHRASE} ký tự; chưa đổi gì.",
        "the new passphrase must have at least {MIN_PASSPHRASE} characters; nothing was changed",
    ),
    "keys.in_os_keyring": (
        "Khóa của máy nằm trong kho khóa của hệ điều hành, không có mật khẩu để đổi.",
        "this desk's key is in the OS keyring, which has no passphrase of ours to change",
    ),
    "keys.backup_of_another_desk": (
        "{name} là khóa của máy khác (mã kiểm tra {fingerprint}), không phải của máy này ({fingerprint2}); chưa đổi gì.",
        "{name} holds another desk's key (fingerprint {fingerprint}), not this one's ({fingerprint2}); nothing was changed",
    ),
    "keys.cannot_write": (
        "Không ghi được {out}: {value}",
        "cannot write {out}: {value}",
    ),
    "keys.backup_unreadable": (
        "Không mở được {name} như bản sao lưu khóa: {detail}",
        "{name} cannot be opened as a key backup: {detail}",
    ),
    "keys.other_key_same_id": (
        "{name} được ký bằng một khóa có cùng mã khóa {key_id} với khóa đã biết nhưng là khóa khác "
        "(mã kiểm tra {fingerprint}): không nhận.",
        "{name} is signed by a key with the same key id {key_id} as a known key but another key "
        "(fingerprint {fingerprint}): refused",
    ),
}
