"""Sign-ups for payment by bank account at the point (issue 17 item 5): the point's form, the VietQR code,
the sync file's door, the office's list for the welfare office."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # the VietQR code's text
    "signups.qr_shape": (
        "Nội dung mã QR không đúng dạng mã VietQR: quét lại mã trên ứng dụng ngân hàng.",
        "The QR code's text is not a VietQR code: scan the code in the bank app again.",
    ),
    "signups.qr_not_emv": (
        "Đây không phải mã VietQR (mã chuyển khoản bắt đầu bằng 000201): quét mã tài khoản trên ứng dụng ngân hàng.",
        "This is not a VietQR code (a transfer code starts with 000201): scan the account's code in the bank app.",
    ),
    "signups.qr_no_crc": (
        "Mã VietQR thiếu phần kiểm tra ở cuối (6304…): mã bị cắt, quét lại.",
        "The VietQR code lacks its check at the end (6304…): it was cut short, scan it again.",
    ),
    "signups.qr_crc": (
        "Mã VietQR sai phần kiểm tra (CRC): máy quét đọc sai, quét lại.",
        "The VietQR code's check (CRC) fails: the scanner misread it, scan it again.",
    ),
    "signups.qr_not_napas": (
        "Mã QR này không phải mã tài khoản ngân hàng VietQR (NAPAS).",
        "This QR code is not a bank account's VietQR (NAPAS) code.",
    ),
    "signups.qr_no_account": (
        "Mã VietQR không ghi mã ngân hàng (BIN 6 số) và số tài khoản.",
        "The VietQR code names no bank (six-digit BIN) and account number.",
    ),
    "signups.qr_card": (
        "Mã VietQR này là của thẻ, không phải tài khoản: quét mã tài khoản.",
        "This VietQR code is a card's, not an account's: scan the account's code.",
    ),
    "signups.qr_bank_unknown": (
        "Mã VietQR ghi ngân hàng BIN {bin}, không có trong danh mục ngân hàng.",
        "The VietQR code names the bank BIN {bin}, which is not in the table of banks.",
    ),
    "signups.qr_other_bank": (
        "Mã VietQR là của ngân hàng {qr}, khác ngân hàng đã chọn ({chosen}).",
        "The VietQR code is {qr}'s, not the bank chosen ({chosen}).",
    ),
    "signups.qr_other_account": (
        "Số tài khoản đã gõ khác số trong mã VietQR: xóa số đã gõ hoặc quét lại.",
        "The account number typed differs from the VietQR code's: clear the typed number or scan again.",
    ),
    # the form's rules
    "signups.bank_missing": ("Chọn ngân hàng.", "Choose the bank."),
    "signups.bank_unknown": (
        "Không có ngân hàng «{bank}» trong danh mục: chọn ngân hàng trong danh sách (theo tên hoặc mã BIN).",
        "No bank '{bank}' in the table of banks: choose one from the list (by name or BIN).",
    ),
    "signups.account_missing": (
        "Nhập số tài khoản (hoặc quét mã VietQR).",
        "Type the account number (or scan the VietQR code).",
    ),
    "signups.account_bad": (
        "Số tài khoản «{typed}» không đúng: chỉ gồm chữ số, từ 6 đến 19 số.",
        "The account number '{typed}' is wrong: digits only, 6 to 19 of them.",
    ),
    "signups.account_twice": (
        "Hai lần nhập số tài khoản không khớp: nhập lại cho đúng.",
        "The account number typed twice does not match: type it again.",
    ),
    "signups.account_normalised": (
        "Số tài khoản đã bỏ dấu cách, dấu chấm, gạch: {digits}.",
        "The account number's spaces, dots and dashes were taken out: {digits}.",
    ),
    "signups.holder_missing": ("Nhập tên chủ tài khoản.", "Type the account holder's name."),
    "signups.holder_unconfirmed": (
        "Chủ tài khoản {holder} không phải người hưởng {name}: xác nhận (ví dụ tài khoản của vợ, chồng) thì mới ghi.",
        "The holder {holder} is not the beneficiary {name}: confirm it (e.g. the spouse's account) to record it.",
    ),
    "signups.phone_shape": (
        "Số điện thoại «{typed}» không đúng: số di động 10 số bắt đầu bằng 0 (hoặc +84).",
        "The phone number '{typed}' is wrong: a mobile number of 10 digits starting 0 (or +84).",
    ),
    "signups.sign_or_thumb": (
        "Người hưởng ký tên hoặc điểm chỉ (một trong hai).",
        "The beneficiary signs or gives a thumbprint (one of the two).",
    ),
    "signups.bad_signature": (
        "Ảnh chữ ký không dùng được: {detail}",
        "The signature image cannot be used: {detail}",
    ),
    "signups.not_listed": (
        "Không có ai mã {code} trong danh sách chi trả tháng {month} của máy này.",
        "Nobody with the code {code} is on this laptop's payout list of {month}.",
    ),
    "signups.not_a_person": (
        "{code} là khoản chi một lần cho thân nhân, không đăng ký nhận qua tài khoản được.",
        "{code} is a family's one-off payment: it cannot be signed up for payment by account.",
    ),
    "signups.replace_needs_reason": (
        "{code} đã đăng ký nhận qua tài khoản tháng {month} trên máy này (lúc {at}): ghi lý do để thay đăng ký cũ.",
        "{code} already signed up for {month} on this laptop (at {at}): give a reason to replace that sign-up.",
    ),
    "signups.recorded": (
        "Đã ghi đăng ký nhận qua tài khoản của {name} ({code}): {bank}, tài khoản {account}.",
        "Recorded {name} ({code})'s sign-up for payment by account: {bank}, account {account}.",
    ),
    "signups.holder_warning": (
        "Lưu ý: chủ tài khoản {holder} không phải người hưởng (đã xác nhận).",
        "Note: the holder {holder} is not the beneficiary (confirmed).",
    ),
    # the sync file's door
    "signups.file_bad": (
        "Đăng ký nhận qua tài khoản thứ {index} trong tệp không hợp lệ: {problem}.",
        "Account sign-up {index} in the file is malformed: {problem}.",
    ),
    "signups.file_shape": (
        "Phần đăng ký nhận qua tài khoản của tệp không đúng dạng.",
        "The file's account sign-ups part is malformed.",
    ),
    "signups.file_repeats": (
        "Tệp ghi hai lần đăng ký cùng số {id}.",
        "The file holds two sign-ups under the same id {id}.",
    ),
    "signups.file_no_image": (
        "Đăng ký thứ {index} nhắc đến ảnh chữ ký không có trong tệp.",
        "Sign-up {index} refers to a signature image the file does not hold.",
    ),
    "signups.file_changed": (
        "Đăng ký số {id} đã nhận trước đó với nội dung khác: tệp bị sửa, không nhận.",
        "Sign-up {id} was taken in before with other details: the file was altered; refused.",
    ),
    "signups.cli_new": ("{count} đăng ký nhận qua tài khoản mới", "{count} new account sign-ups"),
    # the office's list
    "signups.sheet": ("Đăng ký nhận qua tài khoản", "Account sign-ups"),
    "signups.title": (
        "DANH SÁCH ĐĂNG KÝ NHẬN TRỢ CẤP QUA TÀI KHOẢN — THÁNG {month}",
        "SIGN-UPS FOR PAYMENT BY BANK ACCOUNT — {month}",
    ),
    "signups.office_line": ("Bưu cục: {office}. Lập lúc {at}.", "Office: {office}. Made at {at}."),
    "signups.none": ("Chưa có đăng ký nào trong tháng {month}.", "No sign-ups in {month} yet."),
    "signups.flag_account_invalid": ("Số tài khoản không hợp lệ", "Account number invalid"),
    "signups.flag_bank_unknown": ("Ngân hàng không có trong danh mục", "Bank not in the table"),
    "signups.flag_account_name_mismatch": (
        "Chủ tài khoản khác tên người hưởng",
        "Holder is not the beneficiary",
    ),
    "signups.flag_account_shared": ("Một tài khoản cho nhiều người", "One account for several people"),
    "signups.flag_not_listed": ("Không có trong danh sách chi trả tháng", "On none of the month's lists"),
    "signups.flag_signed_up_twice": ("Đăng ký trên hai máy", "Signed up on two laptops"),
    "signups.replaced": ("Đã thay bằng đăng ký sau", "Replaced by a later sign-up"),
    "signups.written": (
        "Đã ghi {count} đăng ký nhận qua tài khoản tháng {month} ({flagged} cần xem lại) vào {out}.",
        "Wrote {count} account sign-ups of {month} ({flagged} to look at) to {out}.",
    ),
}
