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
sys.path.insert(0, str(ROOT / "src"))

from payout_desk.ui.office_dashboard import DashboardTab  # noqa: E402
from payout_desk.ui.roster_model import RosterModel  # noqa: E402

# strings the code translates from tables (lupdate cannot see them): context → sources
DYNAMIC = {
    "RosterModel": RosterModel.COLUMNS,
    "PayDialog": ("Đã xem CCCD", "Quét mã QR trên CCCD", "Người quen, biết rõ"),
    "PointWindow": ("Tất cả", "Chưa chi", "Chi tại nhà", "Ngoại lệ, báo giảm"),
    "status": ("Đã chi", "Báo giảm", "Ngoại lệ", "Chưa chi", " · tại nhà"),
    "DashboardTab": DashboardTab.COLUMNS,
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
    # the office window
    "Điểm": "Point",
    "Loại": "Kind",
    "Quyết định": "Decision",
    "Chọn một xung đột để xem hai bản ghi.": "Choose a conflict to see both records.",
    "Quyết định: ví dụ “đã thu hồi 2.789.000 đ lần chi thứ hai, biên bản số 12”": "Decision: e.g. “second payout of 2,789,000 đ recovered, record no. 12”",
    "họ tên người quyết định": "full name of who decided",
    "Ghi quyết định": "Record the decision",
    "Người quyết định": "Decided by",
    "chưa xử lý": "open",
    "%d xung đột, %d chưa xử lý. Không xóa bản ghi nào: ghi quyết định để khép lại.": "%d conflicts, %d open. No record is deleted: record a decision to close one.",
    "Đã quyết định: %s — %s, %s": "Decided: %s — %s, %s",
    "đã chi": "paid",
    "ngoại lệ": "exception",
    "báo giảm": "stopped",
    "chưa chi": "not yet paid",
    "%s: chưa phát hành danh sách nào.": "%s: no list issued yet.",
    "%s — đã chi %d/%d người · %s / %s · tiền còn ở các điểm %s · xung đột chưa xử lý: %d": "%s — paid %d/%d people · %s / %s · cash still at the points %s · open conflicts: %d",
    "còn %d ngày đến hạn chi mùng 5 (%s)": "%d days left to the deadline, the 5th (%s)",
    "đã quá hạn chi mùng 5 (%s)": "past the deadline, the 5th (%s)",
    "Điểm chậm tiến độ (%d): %s": "Points behind (%d): %s",
    "Không có điểm nào chậm tiến độ.": "No point is behind.",
    "chưa có máy": "no device yet",
    "chưa đồng bộ": "not synced yet",
    "Chậm tiến độ. ": "Behind. ",
    "%s: đã chi %d, ngoại lệ %d, báo giảm %d, chưa chi %d trên %d người": "%s: paid %d, exceptions %d, stopped %d, not yet paid %d of %d people",
    "Điểm chi trả": "Payout point",
    "Tiến độ": "Progress",
    "Xung đột": "Conflicts",
    "Tiền đã chi": "Paid out",
    "Tiền còn ở điểm": "Cash at the point",
    "Đồng bộ gần nhất": "Last sync",
    "Tên máy": "Device name",
    "Dấu vân tay khóa": "Key fingerprint",
    "Ghi danh lúc": "Enrolled at",
    "Máy đã ghi danh:": "Enrolled devices:",
    "Ghi danh máy của điểm chi trả": "Enrol a payout point's device",
    "khóa công khai do máy ở điểm hiển thị (Khóa của máy)": "the public key the point's device shows (Device key)",
    "ví dụ: An Phước – máy 1": "e.g. An Phước – laptop 1",
    "Dán khóa để xem dấu vân tay; đọc cho điểm để đối chiếu trước khi ghi danh.": "Paste the key to see its fingerprint; read it to the point to compare before enrolling.",
    "Đã đối chiếu — ghi danh máy này": "Compared — enrol this device",
    "Khóa công khai": "Public key",
    "Dán khóa để xem dấu vân tay.": "Paste the key to see its fingerprint.",
    "Dấu vân tay: <b>%s</b><br>Đọc to cho người ở điểm: phải trùng với máy của họ.": "Fingerprint: <b>%s</b><br>Read it aloud to the point: it must match their device.",
    "Báo giảm / báo tăng sau khi đã phát hành": "Stops and additions after issue",
    "mã đối tượng, ví dụ NCC001": "beneficiary code, e.g. NCC001",
    "Báo giảm người này…": "Stop this person…",
    "Báo tăng từ file Excel…": "Add people from an Excel file…",
    "Mã đối tượng": "Beneficiary code",
    "Lý do": "Reason",
    "Từ ngày": "From",
    "Đã ký %s (%d thay đổi từ đầu tháng). Gửi file này cho điểm; máy ở điểm nạp như một danh sách.": "Signed %s (%d changes this month). Send this file to the point; its device loads it like a list.",
    "Kéo thả các file .pdsync (hoặc cả thư mục, ổ USB) của các điểm vào đây": "Drop the points' .pdsync files (or a whole folder or USB stick) here",
    "Payout Desk — bưu cục: %s": "Payout Desk — office: %s",
    "ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải số liệu thật": "THIS IS DEMO DATA TO LEARN WITH — not real figures",
    "Tổng quan tháng": "Month overview",
    "Danh sách và phát hành": "Register and lists",
    "Máy, báo giảm/tăng": "Devices, stops and additions",
    "Nhận file đồng bộ": "Sync files in",
    "Tháng chi trả, dạng YYYY-MM": "Payout month, as YYYY-MM",
    "Làm mới": "Refresh",
    "Xuất bảng thanh quyết toán (.xlsx)…": "Export the settlement (.xlsx)…",
    "Tháng:": "Month:",
    "&Bưu cục": "&Office",
    "Nhập danh sách của tháng…": "Import the month's register…",
    "Phát hành danh sách…": "Issue the lists…",
    "Nhận file đồng bộ…": "Import sync files…",
    "Xuất bảng thanh quyết toán…": "Export the settlement…",
    "Tháng phải có dạng YYYY-MM, ví dụ 2026-12.": "The month must look like YYYY-MM, e.g. 2026-12.",
    "Xung đột (%d)": "Conflicts (%d)",
    "Danh sách của tháng": "The month's register",
    "Đang đọc %s…": "Reading %s…",
    "Đã nhập danh sách %s cho tháng %s.": "Imported the register %s for %s.",
    "Chưa nhập: %d dòng có lỗi (xem bảng).": "Nothing imported: %d rows have errors (see the table).",
    "Thư mục ghi các file danh sách": "Folder for the list files",
    "Đã phát hành %d danh sách tháng %s vào %s.": "Issued %d lists for %s into %s.",
    "Đã ghi danh máy “%s” cho %s %s. Lần phát hành danh sách tới sẽ có tên máy này.": "Enrolled the device “%s” for %s %s. The next issue of the lists names it.",
    "Thư mục ghi file báo giảm/báo tăng": "Folder for the amendment file",
    "Người được báo tăng (cùng mẫu với danh sách)": "People to add (same layout as the register)",
    "Đã ký thông báo cho %s: %s.": "Signed the amendment for %s: %s.",
    "File đồng bộ của các điểm": "The points' sync files",
    "Đang nhận file; đợi xong rồi thả tiếp.": "Still importing; wait until it is done, then drop more.",
    "Đã nhận %d/%d file đồng bộ.": "Imported %d/%d sync files.",
    "Đã ghi quyết định cho xung đột %s.": "Recorded the decision on conflict %s.",
    "Bảng thanh quyết toán": "Settlement",
    "Đã xuất %s: %d điểm, %d người, đã chi %s, tiền còn ở điểm %s, %d xung đột.": "Exported %s: %d points, %d people, paid %s, cash at the points %s, %d conflicts.",
    "Nhập danh sách của tháng (Excel)…": "Import the month's register (Excel)…",
    "Bỏ qua các dòng lỗi (chỉ nhập dòng hợp lệ)": "Skip rows with errors (import the valid rows only)",
    "Phát hành danh sách cho các điểm…": "Issue the lists to the points…",
    "Chọn file danh sách (.xlsx, .xls, .ods, .csv) của tháng để nhập.": "Choose the month's register (.xlsx, .xls, .ods, .csv) to import.",
    "Dòng": "Row",
    "Cột": "Column",
    "Nội dung": "Message",
    "Tiêu đề": "Header",
    "Giá trị trong Excel": "Value in Excel",
    "Bấm vào một dòng lỗi để xem các ô của dòng đó trong Excel.": "Click an error to see that row's cells as in Excel.",
    "Lỗi": "Error",
    "Cảnh báo": "Warning",
    "File %s, trang “%s”: đọc %d dòng, %d dòng chuyển khoản (không vào danh sách tiền mặt).": "File %s, sheet “%s”: %d rows read, %d paid by bank transfer (not on the cash lists).",
    "CHƯA NHẬP GÌ: %d dòng có lỗi. Sửa trong Excel rồi nhập lại, hoặc đánh dấu “Bỏ qua các dòng lỗi”.": "NOTHING IMPORTED: %d rows have errors. Fix them in Excel and import again, or tick “Skip rows with errors”.",
    "Đã nhập %d người cho %d điểm (%s). %d cảnh báo.": "Imported %d people for %d points (%s). %d warnings.",
    "Đã ký và ghi %d file danh sách vào %s (%d bản mới). Gửi mỗi điểm file của điểm đó.": "Signed and wrote %d list files to %s (%d new revisions). Send each point its own file.",
    "Dòng %d trong Excel:": "Row %d in Excel:",
    "Chọn file đồng bộ…": "Choose sync files…",
    "%v/%m file": "%v/%m files",
    "File": "File",
    "Máy": "Device",
    "Kết quả": "Outcome",
    "Bản ghi mới": "New records",
    "Không có file .pdsync nào trong những gì vừa thả vào.": "No .pdsync file among what was dropped.",
    "Đang kiểm tra chữ ký và nhận %d file…": "Checking signatures and importing %d files…",
    "đã nhận": "imported",
    "không có gì mới": "nothing new",
    "TỪ CHỐI": "REFUSED",
    "Xong: %d file đã nhận, %d không có gì mới, %d bị từ chối. Tháng này có %d xung đột.": "Done: %d files imported, %d with nothing new, %d refused. The month has %d conflicts.",
    # the papers
    "&In giấy tờ": "&Papers",
    "Danh sách ký nhận (PDF)…": "Signature sheet (PDF)…",
    "Niêm yết công khai (PDF)…": "Public posting list (PDF)…",
    "Thanh quyết toán (PDF)…": "Settlement report (PDF)…",
    "Lưu file PDF": "Save the PDF",
    "&In": "&Print",
    "Biên nhận của người đang chọn (PDF)…": "Receipt for the selected person (PDF)…",
    "Danh sách ký nhận của điểm (PDF)…": "The point's signature sheet (PDF)…",
    "Chọn người đã nhận tiền trước, rồi in biên nhận.": "Select someone who was paid first, then print the receipt.",
    "Lưu biên nhận": "Save the receipt",
    "Lưu danh sách ký nhận": "Save the signature sheet",
    "Không ghi được file PDF: %s": "Could not write the PDF: %s",
    "Đã ghi %s: %d trang, %d dòng, tổng %s.": "Wrote %s: %d pages, %d rows, total %s.",
    # revocation
    "Thu hồi máy đang chọn (mất, hỏng)…": "Revoke the selected device (lost, broken)…",
    " (đã thu hồi)": " (revoked)",
    "Thu hồi máy": "Revoke a device",
    "Thu hồi máy “%s”? Các bản ghi bưu cục đã nhận của máy này vẫn giữ; file mới hơn của nó sẽ bị từ chối.": "Revoke the device “%s”? The records the office already has from it stay; any newer file from it will be refused.",
    "Đã thu hồi máy “%s” của %s. Phát hành lại danh sách để các máy khác của điểm thôi tin máy này.": "Revoked the device “%s” of %s. Issue the lists again so the point's other devices stop trusting it.",
    # backups
    "Sao lưu dữ liệu của máy (ra USB)…": "Back up this laptop's data (to a USB stick)…",
    "Sao lưu dữ liệu": "Back up the data",
    "Đã sao lưu dữ liệu của máy vào %s. Cất ở nơi an toàn.": "Backed up this laptop's data to %s. Keep it somewhere safe.",
    "Giới thiệu…": "About…",
    "Trợ &giúp": "&Help",
    "Giới thiệu Payout Desk": "About Payout Desk",
    "<b>Payout Desk</b> — phiên bản %s": "<b>Payout Desk</b> — version %s",
    "Chi trả trợ cấp ưu đãi người có công bằng tiền mặt qua bưu điện.": "Cash payout of the allowances for people with meritorious services, through the post.",
    "Dữ liệu (cơ sở dữ liệu, khóa):": "Data (database, key):",
    "Bản sao trước khi nâng cấp:": "Copies made before an upgrade:",
    "Nhật ký lỗi:": "Error log:",
    "Cơ sở dữ liệu dùng chung:": "Shared database:",
    "Cài bản mới đè lên bản cũ: dữ liệu được giữ nguyên và tự nâng cấp khi mở. Sao lưu: chép cả thư mục dữ liệu sang USB.": "Install a new version over the old one: the data is kept and upgraded when opened. Backup: copy the whole data folder to a USB stick.",
    "Mang cả %d file của thời gian trước khi khôi phục: %s.": "Take the %d files from before the restore too: %s.",
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
