"""Refresh the English translation: collect the window's strings (pyside6-lupdate), add the ones built
from tables, fill in the English below, and compile the .qm (pyside6-lrelease).

    .venv/bin/python scripts/translations.py

A test fails when a string of the window has no English here."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "payout_desk_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent

# strings the code translates from tables (lupdate cannot see them): context → sources
DYNAMIC = {
    "RosterModel": ("Mã", "Họ và tên", "Năm sinh", "Thôn/ấp", "Số tiền", "Trạng thái"),
    "PayDialog": ("Đã xem CCCD", "Quét mã QR trên CCCD", "Người quen, biết rõ"),
    "PointWindow": ("Tất cả", "Chưa chi", "Chi tại nhà", "Ngoại lệ, báo giảm"),
    "status": ("Đã chi", "Báo giảm", "Ngoại lệ", "Chưa chi", " · tại nhà"),
}

ENGLISH = {
    " Có người trùng tên (%s): kiểm tra lại số CCCD.": " Someone with the same name is on the list (%s): check the ID number.",
    " — DỮ LIỆU MẪU (demo)": " — DEMO DATA",
    " · tại nhà": " · at home",
    "%d người cần đến nhà, còn %d người chưa chi": "%d people to visit at home, %d not yet paid",
    "&Tiền mặt": "&Cash",
    "&Xem": "&View",
    ", chênh lệch %s": ", difference %s",
    "Báo giảm": "Stopped",
    "Bằng chữ": "In words",
    "Ghi chú": "Notes",
    "KHÔNG CHI: bưu cục đã báo giảm": "DO NOT PAY: stopped by the office",
    "Người nhận thay theo danh sách": "Proxy named in the list",
    "sinh năm": "born",
    "Tổng": "Total",
    "từ": "from",
    "Báo ngoại lệ…": "Report an exception…",
    "CCCD %s (%s) không có trong danh sách.": "ID %s (%s) is not on the list.",
    "CHÊNH LỆCH %s": "DIFFERENCE %s",
    "Chi trả (Enter)": "Pay (Enter)",
    "Chi trả — %s": "Pay — %s",
    "Chi tại nhà": "Paid at home",
    "Chi tại nhà — theo thôn/ấp": "Home visits — by village",
    "Chi tại nhà: lộ trình theo thôn/ấp": "Home visits: route by village",
    "Chính chủ": "The beneficiary",
    "Chưa chi": "Not paid",
    "Chưa có nhân viên nào: nhập họ tên và chọn mã PIN của bạn.": "No staff yet: type your full name and choose your PIN.",
    "Chọn file…": "Choose a file…",
    "Chọn một người trong danh sách.": "Choose someone in the list.",
    "Cách kiểm tra": "How checked",
    "Có chênh lệch: đếm lại, hoặc ghi lý do.": "There is a difference: count again, or give the reason.",
    "Cần họ tên và mã PIN 4–8 chữ số.": "A full name and a PIN of 4–8 digits are needed.",
    "Danh sách chi trả": "Payout list",
    "Dấu vân tay của bưu cục (gọi điện để bưu cục đọc và so từng nhóm số):": "The office's fingerprint (call the office, have them read it, compare each group):",
    "File của máy khác": "Another laptop's file",
    "File này đã nạp rồi; không có gì thay đổi.": "This file was loaded already; nothing changed.",
    "Giấy ủy quyền số": "Authorisation no.",
    "Gọi điện cho bưu cục và đọc dãy số này; bưu cục ghi danh máy của bạn:": "Call the office and read out these numbers; the office enrols your laptop:",
    "Hai lần nhập mã PIN không giống nhau.": "The two PINs differ.",
    "Họ tên": "Full name",
    "Họ tên người nhận thay": "Proxy's full name",
    "Họ và tên": "Full name",
    "Hủy": "Cancel",
    "Hủy bản ghi": "Void a record",
    "Hủy bản ghi (có lý do)…": "Void a record (with a reason)…",
    "Khóa công khai (gửi cho bưu cục nếu cần):": "Public key (send it to the office if asked):",
    "Không có gì mới từ máy “%s”.": "Nothing new from “%s”.",
    "Không có người nhận thay trong danh sách": "The list names no proxy",
    "Không thực hiện được": "Could not be done",
    "Kiểm tra giấy tờ": "ID check",
    "Kết thúc ngày": "Close the day",
    "Kết thúc ngày (kiểm tiền)…": "Close the day (count the cash)…",
    "Kết thúc ngày — kiểm tiền": "Close the day — cash count",
    "Lý do chênh lệch (bắt buộc khi có chênh lệch)": "Reason for the difference (needed when there is one)",
    "Lý do hủy (bắt buộc):": "Reason for voiding (required):",
    "Lỗi không mong đợi: %s": "Unexpected error: %s",
    "Mã": "Code",
    "Mã PIN (4–8 số)": "PIN (4–8 digits)",
    "Mã PIN không đúng.": "Wrong PIN.",
    "Mã QR không đọc được: %s": "The QR code cannot be read: %s",
    "Màn hình đã khóa": "Screen locked",
    "Máy này làm việc cho một điểm chi trả": "This laptop works for a payout point",
    "Máy đã khóa vì để lâu không dùng. Nhập mã PIN để mở.": "Locked after being left idle. Type your PIN to open.",
    "Mở khóa": "Unlock",
    "Ngoại lệ": "Exception",
    "Ngoại lệ, báo giảm": "Exceptions and stops",
    "Người khác nhận thay (có giấy ủy quyền)": "Another proxy (with a written authorisation)",
    "Người nhận chưa ký. Mời ký vào ô, hoặc chọn điểm chỉ.": "No signature yet. Sign in the box, or choose thumbprint.",
    "Người nhận ký tên": "Recipient's signature",
    "Người nhận thay theo danh sách: %s": "Proxy named in the list: %s",
    "Người nhận tiền": "Who takes the money",
    "Người quen, biết rõ": "Known personally",
    "Nhân viên làm việc hôm nay": "Who is working today",
    "Nhận file của máy khác cùng điểm…": "Take in another laptop's file of this point…",
    "Nhận tiền từ bưu cục": "Cash received from the post office",
    "Nhận tiền từ bưu cục…": "Cash received from the post office…",
    "Nhập họ tên người nhận thay.": "Type the proxy's full name.",
    "Nhập lại mã PIN": "PIN again",
    "Nạp danh sách chi trả đầu tiên": "Load the first payout list",
    "Nạp danh sách hoặc thông báo báo giảm/báo tăng…": "Load a list or the office's stop/add notices…",
    "Nạp file của bưu cục": "Load the office's file",
    "Nộp lại tiền": "Cash returned",
    "Nộp lại tiền…": "Cash returned…",
    "Năm sinh": "Born",
    "Payout Desk — bắt đầu": "Payout Desk — getting started",
    "Payout Desk — điểm chi trả": "Payout Desk — payout point",
    "Quan hệ": "Relation",
    "Quét mã QR trên CCCD": "CCCD QR code scanned",
    "Số CCCD": "ID number (CCCD)",
    "Số CCCD người nhận thay": "Proxy's ID number",
    "Số tiền": "Amount",
    "Số tiền (đồng):": "Amount (đồng):",
    "Sổ sách: %s · Đếm được: %s": "Books: %s · Counted: %s",
    "Thoát": "Quit",
    "Thôn/ấp": "Village",
    "Thôn/ấp — người nhận": "Village — beneficiary",
    "Trạng thái": "Status",
    "Tìm": "Find",
    "Tìm: họ tên (không cần dấu), mã, số cuối CCCD, thôn/ấp — hoặc quét mã QR": "Find: name (accents optional), code, last ID digits, village — or scan the QR code",
    "Tôi đã gọi bưu cục: dấu vân tay khớp hoàn toàn": "I called the office: the fingerprint matches exactly",
    "Tất cả": "Everyone",
    "Tờ %s": "%s notes",
    "Vào làm việc": "Start work",
    "Xuất file đồng bộ": "Export the sync file",
    "Xuất file đồng bộ (gửi bưu cục)…": "Export the sync file (for the office)…",
    "Xác nhận đã chi %s": "Confirm %s paid",
    "Xóa chữ ký": "Clear the signature",
    "chính chủ": "the beneficiary",
    "còn %d ngày đến mùng 5": "%d days left to the 5th",
    "file .pdlist bưu cục gửi (USB, thư điện tử…)": "the .pdlist file from the office (USB stick, e-mail…)",
    "gõ 4 số cuối CCCD": "type the last 4 ID digits",
    "khớp": "matches",
    "nhân viên: %s": "staff: %s",
    "Ô ký tên": "Signature box",
    "Đang xử lý…": "Working…",
    "Điểm chỉ (người nhận không ký được)": "Thumbprint (the recipient cannot sign)",
    "Đã chi": "Paid",
    "ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải danh sách thật": "THIS IS DEMO DATA TO LEARN WITH — not a real list",
    "ĐÃ GHI: chi %s cho %s lúc %s.": "RECORDED: %s paid to %s at %s.",
    "Đã chi %d/%d người · %s · Tiền mặt còn giữ %s · %s": "Paid %d/%d people · %s · Cash on hand %s · %s",
    "Đã ghi: %s — %s.": "Recorded: %s — %s.",
    "Đã hủy bản ghi của %s (lý do: %s).": "Voided the record of %s (reason: %s).",
    "Đã kết thúc ngày %s: %d lần chi, %s; tiền còn giữ %s%s": "Day %s closed: %d payouts, %s; cash on hand %s%s",
    "Đã nhận %d bản ghi mới từ máy “%s” (chữ ký hợp lệ).": "Took in %d new records from “%s” (signature valid).",
    "Đã nhận %s · đã chi %s · đã nộp lại %s": "Received %s · paid %s · returned %s",
    "Đã nạp %d thông báo mới của bưu cục (báo giảm/báo tăng).": "Loaded %d new stop/add notices from the office.",
    "Đã nạp danh sách lần %d: %d người, %s. Chữ ký của bưu cục hợp lệ.": "Loaded list revision %d: %d people, %s. The office's signature is valid.",
    "Đã quét CCCD của %s: khớp với danh sách.": "Scanned %s's ID card: matches the list.",
    "Đã quét QR: khớp": "QR scanned: matches",
    "Đã xem CCCD": "ID card seen",
    "Đã xuất %d bản ghi (%d lần chi, %s) ra %s. Mang file này về bưu cục.": "Exported %d records (%d payouts, %s) to %s. Take this file to the office.",
    "Đặt tên cho máy, ví dụ: “Điểm BĐVHX An Phước – máy 1”.": "Name this laptop, e.g. “Điểm BĐVHX An Phước – laptop 1”.",
    "Đọc dấu vân tay của máy cho bưu cục": "Read this laptop's fingerprint to the office",
    "Đồng &bộ": "&Sync",
    "đã quá mùng 5": "past the 5th",
    "✓ khớp với danh sách": "✓ matches the list",
    "✗ KHÔNG khớp với số CCCD trong danh sách": "✗ does NOT match the ID number on the list",
}


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "src" / "payout_desk" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "vi")
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, texts in DYNAMIC.items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        have = {m.findtext("source") for m in context.iter("message")}
        for text in texts:
            if text not in have:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation")
    missing = []
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source == "status":  # the context name of translate("status", …), not a string to show
                context.remove(message)
                continue
            if source in ENGLISH:
                translation.text = ENGLISH[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    if missing:
        print("no English for:", *missing, sep="\n  ")
        return 1
    print(f"{TS.relative_to(ROOT)} and {QM.name} up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
