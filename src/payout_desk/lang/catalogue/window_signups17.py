"""The window's own strings of issue 17's sign-ups for payment by account (signups17): the point's sign-up
dialog and action (ui/signup_dialog.py, ui/point/signup.py), the sign box both the pay and sign-up dialogs
use (ui/sign_box.py), the office's workbook action (ui/office/signups.py)."""

from __future__ import annotations

SIGNUPS17_WINDOW: dict[str, str] = {
    "Đăng ký nhận qua tài khoản…": "Sign up for payment by account…",
    "Đăng ký nhận qua tài khoản — %s": "Sign-up for payment by account — %s",
    "Người hưởng ký tên": "The beneficiary signs",
    "Điểm chỉ (người hưởng không ký được)": "Thumbprint (the beneficiary cannot sign)",
    "Ghi đăng ký (Enter)": "Record the sign-up (Enter)",
    "Thôi (Esc)": "Cancel (Esc)",
    "Tài khoản nhận trợ cấp": "The account to be paid into",
    "Quét mã VietQR trên ứng dụng ngân hàng (không bắt buộc)": "Scan the VietQR code in the bank app (optional)",
    "Mã VietQR": "VietQR code",
    "Gõ tên ngân hàng hoặc mã BIN": "Type the bank's name or BIN",
    "Ngân hàng": "Bank",
    "Số tài khoản": "Account number",
    "Nhập lại số tài khoản": "Account number again",
    "Chủ tài khoản": "Account holder",
    "Đã xác nhận: tài khoản của người khác (vợ, chồng, con…)": "Confirmed: someone else's account (spouse, child…)",
    "Điện thoại": "Phone",
    "Lý do thay đăng ký trước": "Why the earlier sign-up is replaced",
    "Đã đăng ký %s tài khoản %s": "Signed up before: %s account %s",
    "Người hưởng đã ký. Đóng cửa sổ này thì chữ ký bị bỏ và chưa ghi đăng ký.": (
        "The beneficiary has signed. Closing this window drops the signature and records no sign-up."
    ),
    "Bỏ chữ ký, không ghi": "Drop the signature, record nothing",
    "ĐÃ GHI đăng ký nhận qua tài khoản: %s — %s %s.": "RECORDED the sign-up for payment by account: %s — %s %s.",
    "Đã đăng ký nhận qua tài khoản: %s %s (%s)": "Signed up for payment by account: %s %s (%s)",
    "Danh sách đăng ký nhận qua tài khoản (Excel)…": "Sign-ups for payment by account (Excel)…",
    "Danh sách đăng ký nhận qua tài khoản": "Sign-ups for payment by account",
    "Đã xuất %s: %d đăng ký nhận qua tài khoản, %d cần xem lại.": (
        "Exported %s: %d sign-ups for payment by account, %d to look at."
    ),
}
