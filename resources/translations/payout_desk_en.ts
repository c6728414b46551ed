<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="24" />
        <source>Kết thúc ngày — kiểm tiền</source>
        <translation>Close the day — cash count</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="28" />
        <source>Đã nhận %s · đã chi %s · đã nộp lại %s</source>
        <translation>Received %s · paid %s · returned %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="40" />
        <source>Tờ %s</source>
        <translation>%s notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="46" />
        <source>Lý do chênh lệch (bắt buộc khi có chênh lệch)</source>
        <translation>Reason for the difference (needed when there is one)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="53" />
        <source>Kết thúc ngày</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="55" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="72" />
        <source>Sổ sách: %s · Đếm được: %s</source>
        <translation>Books: %s · Counted: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="77" />
        <source>CHÊNH LỆCH %s</source>
        <translation>DIFFERENCE %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="80" />
        <source>khớp</source>
        <translation>matches</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/day_close.py" line="86" />
        <source>Có chênh lệch: đếm lại, hoặc ghi lý do.</source>
        <translation>There is a difference: count again, or give the reason.</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="58" />
        <source>Đọc dấu vân tay của máy cho bưu cục</source>
        <translation>Read this laptop's fingerprint to the office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="61" />
        <source>Gọi điện cho bưu cục và đọc dãy số này; bưu cục ghi danh máy của bạn:</source>
        <translation>Call the office and read out these numbers; the office enrols your laptop:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="66" />
        <source>Khóa công khai (gửi cho bưu cục nếu cần):</source>
        <translation>Public key (send it to the office if asked):</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="143" />
        <source>Payout Desk — bắt đầu</source>
        <translation>Payout Desk — getting started</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="82" />
        <source>Nạp danh sách chi trả đầu tiên</source>
        <translation>Load the first payout list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="86" />
        <source>file .pdlist bưu cục gửi (USB, thư điện tử…)</source>
        <translation>the .pdlist file from the office (USB stick, e-mail…)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="87" />
        <source>Chọn file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="93" />
        <source>Dấu vân tay của bưu cục (gọi điện để bưu cục đọc và so từng nhóm số):</source>
        <translation>The office's fingerprint (call the office, have them read it, compare each group):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="98" />
        <source>Tôi đã gọi bưu cục: dấu vân tay khớp hoàn toàn</source>
        <translation>I called the office: the fingerprint matches exactly</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="109" />
        <source>Danh sách chi trả</source>
        <translation>Payout list</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="30" />
        <source>Máy này làm việc cho một điểm chi trả</source>
        <translation>This laptop works for a payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="32" />
        <source>Đặt tên cho máy, ví dụ: “Điểm BĐVHX An Phước – máy 1”.</source>
        <translation>Name this laptop, e.g. “Điểm BĐVHX An Phước – laptop 1”.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="37" />
        <source>Chi trả — %s</source>
        <translation>Pay — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="40" />
        <source>sinh năm</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="40" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="40" />
        <source>Bằng chữ</source>
        <translation>In words</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="63" />
        <source>Chi tại nhà</source>
        <translation>Paid at home</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="67" />
        <source>Người nhận ký tên</source>
        <translation>Recipient's signature</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="72" />
        <source>Xóa chữ ký</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="74" />
        <source>Điểm chỉ (người nhận không ký được)</source>
        <translation>Thumbprint (the recipient cannot sign)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="86" />
        <source>Xác nhận đã chi %s</source>
        <translation>Confirm %s paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="88" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="96" />
        <source>Kiểm tra giấy tờ</source>
        <translation>ID check</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="102" />
        <source>Cách kiểm tra</source>
        <translation>How checked</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="104" />
        <source>gõ 4 số cuối CCCD</source>
        <translation>type the last 4 ID digits</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="106" />
        <source>Đã quét QR: khớp</source>
        <translation>QR scanned: matches</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="108" />
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="114" />
        <source>Người nhận tiền</source>
        <translation>Who takes the money</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="117" />
        <source>Chính chủ</source>
        <translation>The beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="119" />
        <source>Người nhận thay theo danh sách: %s</source>
        <translation>Proxy named in the list: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="121" />
        <source>Không có người nhận thay trong danh sách</source>
        <translation>The list names no proxy</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="124" />
        <source>Người khác nhận thay (có giấy ủy quyền)</source>
        <translation>Another proxy (with a written authorisation)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="132" />
        <source>Họ tên người nhận thay</source>
        <translation>Proxy's full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="133" />
        <source>Số CCCD người nhận thay</source>
        <translation>Proxy's ID number</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="134" />
        <source>Quan hệ</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="135" />
        <source>Giấy ủy quyền số</source>
        <translation>Authorisation no.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="154" />
        <source>✓ khớp với danh sách</source>
        <translation>✓ matches the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="157" />
        <source>✗ KHÔNG khớp với số CCCD trong danh sách</source>
        <translation>✗ does NOT match the ID number on the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="163" />
        <source>Nhập họ tên người nhận thay.</source>
        <translation>Type the proxy's full name.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="166" />
        <source>Người nhận chưa ký. Mời ký vào ô, hoặc chọn điểm chỉ.</source>
        <translation>No signature yet. Sign in the box, or choose thumbprint.</translation>
    </message>
<message><source>Đã xem CCCD</source><translation>ID card seen</translation></message><message><source>Quét mã QR trên CCCD</source><translation>CCCD QR code scanned</translation></message><message><source>Người quen, biết rõ</source><translation>Known personally</translation></message></context>
<context>
    <name>PersonPane</name>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="22" />
        <source>Chọn một người trong danh sách.</source>
        <translation>Choose someone in the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="27" />
        <source>sinh năm</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="28" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="29" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="30" />
        <source>Người nhận thay theo danh sách</source>
        <translation>Proxy named in the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="32" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="32" />
        <source>KHÔNG CHI: bưu cục đã báo giảm</source>
        <translation>DO NOT PAY: stopped by the office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="32" />
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="33" />
        <source>chính chủ</source>
        <translation>the beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="33" />
        <source>Đã chi</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>PointWindow</name>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="74" />
        <source>Payout Desk — điểm chi trả</source>
        <translation>Payout Desk — payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="74" />
        <source> — DỮ LIỆU MẪU (demo)</source>
        <translation> — DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="82" />
        <source>ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải danh sách thật</source>
        <translation>THIS IS DEMO DATA TO LEARN WITH — not a real list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="110" />
        <source>Tìm: họ tên (không cần dấu), mã, số cuối CCCD, thôn/ấp — hoặc quét mã QR</source>
        <translation>Find: name (accents optional), code, last ID digits, village — or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="152" />
        <source>Chi trả (Enter)</source>
        <translation>Pay (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="155" />
        <source>Báo ngoại lệ…</source>
        <translation>Report an exception…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="162" />
        <source>Hủy bản ghi (có lý do)…</source>
        <translation>Void a record (with a reason)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="169" />
        <source>&amp;Tiền mặt</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="170" />
        <source>Nhận tiền từ bưu cục…</source>
        <translation>Cash received from the post office…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="172" />
        <source>Nộp lại tiền…</source>
        <translation>Cash returned…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="174" />
        <source>Kết thúc ngày (kiểm tiền)…</source>
        <translation>Close the day (count the cash)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="177" />
        <source>Đồng &amp;bộ</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="178" />
        <source>Xuất file đồng bộ (gửi bưu cục)…</source>
        <translation>Export the sync file (for the office)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="180" />
        <source>Nạp danh sách hoặc thông báo báo giảm/báo tăng…</source>
        <translation>Load a list or the office's stop/add notices…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="182" />
        <source>Nhận file của máy khác cùng điểm…</source>
        <translation>Take in another laptop's file of this point…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="185" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="186" />
        <source>Chi tại nhà: lộ trình theo thôn/ấp</source>
        <translation>Home visits: route by village</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="196" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="245" />
        <source>nhân viên: %s</source>
        <translation>staff: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="248" />
        <source>còn %d ngày đến mùng 5</source>
        <translation>%d days left to the 5th</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="248" />
        <source>đã quá mùng 5</source>
        <translation>past the 5th</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="250" />
        <source>Đã chi %d/%d người · %s · Tiền mặt còn giữ %s · %s</source>
        <translation>Paid %d/%d people · %s · Cash on hand %s · %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="316" />
        <source>Mã QR không đọc được: %s</source>
        <translation>The QR code cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="324" />
        <source> Có người trùng tên (%s): kiểm tra lại số CCCD.</source>
        <translation> Someone with the same name is on the list (%s): check the ID number.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="329" />
        <source>CCCD %s (%s) không có trong danh sách.</source>
        <translation>ID %s (%s) is not on the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="334" />
        <source>Đã quét CCCD của %s: khớp với danh sách.</source>
        <translation>Scanned %s's ID card: matches the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="372" />
        <source>ĐÃ GHI: chi %s cho %s lúc %s.</source>
        <translation>RECORDED: %s paid to %s at %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="390" />
        <source>Đã ghi: %s — %s.</source>
        <translation>Recorded: %s — %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="403" />
        <source>Hủy bản ghi</source>
        <translation>Void a record</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="403" />
        <source>Lý do hủy (bắt buộc):</source>
        <translation>Reason for voiding (required):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="412" />
        <source>Đã hủy bản ghi của %s (lý do: %s).</source>
        <translation>Voided the record of %s (reason: %s).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="418" />
        <source>Nhận tiền từ bưu cục</source>
        <translation>Cash received from the post office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="418" />
        <source>Nộp lại tiền</source>
        <translation>Cash returned</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="420" />
        <source>Số tiền (đồng):</source>
        <translation>Amount (đồng):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="454" />
        <source>Đã kết thúc ngày %s: %d lần chi, %s; tiền còn giữ %s%s</source>
        <translation>Day %s closed: %d payouts, %s; cash on hand %s%s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="460" />
        <source>, chênh lệch %s</source>
        <translation>, difference %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="469" />
        <source>Xuất file đồng bộ</source>
        <translation>Export the sync file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="476" />
        <source>Nạp file của bưu cục</source>
        <translation>Load the office's file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="483" />
        <source>File của máy khác</source>
        <translation>Another laptop's file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="498" />
        <location filename="../../src/payout_desk/ui/point_window.py" line="502" />
        <location filename="../../src/payout_desk/ui/point_window.py" line="506" />
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="520" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
<message><source>Tất cả</source><translation>Everyone</translation></message><message><source>Chưa chi</source><translation>Not paid</translation></message><message><source>Chi tại nhà</source><translation>Paid at home</translation></message><message><source>Ngoại lệ, báo giảm</source><translation>Exceptions and stops</translation></message></context>
<context>
    <name>RouteDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="29" />
        <source>Chi tại nhà — theo thôn/ấp</source>
        <translation>Home visits — by village</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="35" />
        <source>%d người cần đến nhà, còn %d người chưa chi</source>
        <translation>%d people to visit at home, %d not yet paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="40" />
        <source>Thôn/ấp — người nhận</source>
        <translation>Village — beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="40" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="40" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="40" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../src/payout_desk/ui/signature_pad.py" line="34" />
        <source>Ô ký tên</source>
        <translation>Signature box</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="38" />
        <location filename="../../src/payout_desk/ui/staff.py" line="97" />
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="38" />
        <source>Nhân viên làm việc hôm nay</source>
        <translation>Who is working today</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="42" />
        <source>Máy đã khóa vì để lâu không dùng. Nhập mã PIN để mở.</source>
        <translation>Locked after being left idle. Type your PIN to open.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="52" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="53" />
        <source>Mã PIN (4–8 số)</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="57" />
        <source>Chưa có nhân viên nào: nhập họ tên và chọn mã PIN của bạn.</source>
        <translation>No staff yet: type your full name and choose your PIN.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="58" />
        <source>Nhập lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="65" />
        <source>Vào làm việc</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="65" />
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="69" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="79" />
        <source>Hai lần nhập mã PIN không giống nhau.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="85" />
        <source>Cần họ tên và mã PIN 4–8 chữ số.</source>
        <translation>A full name and a PIN of 4–8 digits are needed.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="91" />
        <source>Mã PIN không đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="33" />
        <source>Lỗi không mong đợi: %s</source>
        <translation>Unexpected error: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="42" />
        <source>Đã xuất %d bản ghi (%d lần chi, %s) ra %s. Mang file này về bưu cục.</source>
        <translation>Exported %d records (%d payouts, %s) to %s. Take this file to the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="55" />
        <source>File này đã nạp rồi; không có gì thay đổi.</source>
        <translation>This file was loaded already; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="57" />
        <source>Đã nạp %d thông báo mới của bưu cục (báo giảm/báo tăng).</source>
        <translation>Loaded %d new stop/add notices from the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="60" />
        <source>Đã nạp danh sách lần %d: %d người, %s. Chữ ký của bưu cục hợp lệ.</source>
        <translation>Loaded list revision %d: %d people, %s. The office's signature is valid.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="72" />
        <source>Không có gì mới từ máy “%s”.</source>
        <translation>Nothing new from “%s”.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="73" />
        <source>Đã nhận %d bản ghi mới từ máy “%s” (chữ ký hợp lệ).</source>
        <translation>Took in %d new records from “%s” (signature valid).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="38" />
        <source>Đã chi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="40" />
        <source>Báo giảm</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="42" />
        <source>Ngoại lệ</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="44" />
        <source>Chưa chi</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="43" />
        <source> · tại nhà</source>
        <translation> · at home</translation>
    </message>
</context>
<context><name>RosterModel</name><message><source>Mã</source><translation>Code</translation></message><message><source>Họ và tên</source><translation>Full name</translation></message><message><source>Năm sinh</source><translation>Born</translation></message><message><source>Thôn/ấp</source><translation>Village</translation></message><message><source>Số tiền</source><translation>Amount</translation></message><message><source>Trạng thái</source><translation>Status</translation></message></context></TS>