<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="25" />
        <source>Giới thiệu Payout Desk</source>
        <translation>About Payout Desk</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="35" />
        <source>&lt;b&gt;Payout Desk&lt;/b&gt; — phiên bản %s</source>
        <translation>&lt;b&gt;Payout Desk&lt;/b&gt; — version %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="37" />
        <source>Chi trả trợ cấp ưu đãi người có công bằng tiền mặt qua bưu điện.</source>
        <translation>Cash payout of the allowances for people with meritorious services, through the post.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="49" />
        <source>Dữ liệu (cơ sở dữ liệu, khóa):</source>
        <translation>Data (database, key):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="50" />
        <source>Bản sao trước khi nâng cấp:</source>
        <translation>Copies made before an upgrade:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="51" />
        <source>Nhật ký lỗi:</source>
        <translation>Error log:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="61" />
        <source>Cơ sở dữ liệu dùng chung:</source>
        <translation>Shared database:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="65" />
        <source>Cài bản mới đè lên bản cũ: dữ liệu được giữ nguyên và tự nâng cấp khi mở. Sao lưu: chép cả thư mục dữ liệu sang USB.</source>
        <translation>Install a new version over the old one: the data is kept and upgraded when opened. Backup: copy the whole data folder to a USB stick.</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="74" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="74" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="74" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="74" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="74" />
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="96" />
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="82" />
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="138" />
        <source>Chọn một xung đột để xem hai bản ghi.</source>
        <translation>Choose a conflict to see both records.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="87" />
        <source>Quyết định: ví dụ “đã thu hồi 2.789.000 đ lần chi thứ hai, biên bản số 12”</source>
        <translation>Decision: e.g. “second payout of 2,789,000 đ recovered, record no. 12”</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="91" />
        <source>họ tên người quyết định</source>
        <translation>full name of who decided</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="92" />
        <source>Ghi quyết định</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="97" />
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="121" />
        <source>chưa xử lý</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="132" />
        <source>%d xung đột, %d chưa xử lý. Không xóa bản ghi nào: ghi quyết định để khép lại.</source>
        <translation>%d conflicts, %d open. No record is deleted: record a decision to close one.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_conflicts.py" line="160" />
        <source>Đã quyết định: %s — %s, %s</source>
        <translation>Decided: %s — %s, %s</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="87" />
        <source>đã chi</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="87" />
        <source>ngoại lệ</source>
        <translation>exception</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="87" />
        <source>báo giảm</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="87" />
        <source>chưa chi</source>
        <translation>not yet paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="123" />
        <source>%s: chưa phát hành danh sách nào.</source>
        <translation>%s: no list issued yet.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="127" />
        <source>%s — đã chi %d/%d người · %s / %s · tiền còn ở các điểm %s · xung đột chưa xử lý: %d</source>
        <translation>%s — paid %d/%d people · %s / %s · cash still at the points %s · open conflicts: %d</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="141" />
        <source>còn %d ngày đến hạn chi mùng 5 (%s)</source>
        <translation>%d days left to the deadline, the 5th (%s)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="143" />
        <source>đã quá hạn chi mùng 5 (%s)</source>
        <translation>past the deadline, the 5th (%s)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="146" />
        <source>Điểm chậm tiến độ (%d): %s</source>
        <translation>Points behind (%d): %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="148" />
        <source>Không có điểm nào chậm tiến độ.</source>
        <translation>No point is behind.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="154" />
        <source>chưa có máy</source>
        <translation>no device yet</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="157" />
        <source>chưa đồng bộ</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="165" />
        <source>Chậm tiến độ. </source>
        <translation>Behind. </translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_dashboard.py" line="166" />
        <source>%s: đã chi %d, ngoại lệ %d, báo giảm %d, chưa chi %d trên %d người</source>
        <translation>%s: paid %d, exceptions %d, stopped %d, not yet paid %d of %d people</translation>
    </message>
<message><source>Mã</source><translation>Code</translation></message><message><source>Điểm chi trả</source><translation>Payout point</translation></message><message><source>Tiến độ</source><translation>Progress</translation></message><message><source>Đã chi</source><translation>Paid</translation></message><message><source>Chưa chi</source><translation>Not paid</translation></message><message><source>Ngoại lệ</source><translation>Exception</translation></message><message><source>Báo giảm</source><translation>Stopped</translation></message><message><source>Xung đột</source><translation>Conflicts</translation></message><message><source>Tiền đã chi</source><translation>Paid out</translation></message><message><source>Tiền còn ở điểm</source><translation>Cash at the point</translation></message><message><source>Đồng bộ gần nhất</source><translation>Last sync</translation></message></context>
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
    <name>DevicesTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="58" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="58" />
        <location filename="../../src/payout_desk/ui/office_devices.py" line="88" />
        <source>Tên máy</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="58" />
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="58" />
        <source>Ghi danh lúc</source>
        <translation>Enrolled at</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="60" />
        <source>Máy đã ghi danh:</source>
        <translation>Enrolled devices:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="63" />
        <source>Thu hồi máy đang chọn (mất, hỏng)…</source>
        <translation>Revoke the selected device (lost, broken)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="72" />
        <source>Ghi danh máy của điểm chi trả</source>
        <translation>Enrol a payout point's device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="76" />
        <source>khóa công khai do máy ở điểm hiển thị (Khóa của máy)</source>
        <translation>the public key the point's device shows (Device key)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="78" />
        <source>ví dụ: An Phước – máy 1</source>
        <translation>e.g. An Phước – laptop 1</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="80" />
        <source>Dán khóa để xem dấu vân tay; đọc cho điểm để đối chiếu trước khi ghi danh.</source>
        <translation>Paste the key to see its fingerprint; read it to the point to compare before enrolling.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="83" />
        <source>Đã đối chiếu — ghi danh máy này</source>
        <translation>Compared — enrol this device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="86" />
        <location filename="../../src/payout_desk/ui/office_devices.py" line="154" />
        <source>Điểm chi trả</source>
        <translation>Payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="87" />
        <source>Khóa công khai</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="96" />
        <source>Dán khóa để xem dấu vân tay.</source>
        <translation>Paste the key to see its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="100" />
        <source>Dấu vân tay: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Đọc to cho người ở điểm: phải trùng với máy của họ.</source>
        <translation>Fingerprint: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Read it aloud to the point: it must match their device.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="124" />
        <source> (đã thu hồi)</source>
        <translation> (revoked)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="137" />
        <source>Báo giảm / báo tăng sau khi đã phát hành</source>
        <translation>Stops and additions after issue</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="141" />
        <source>mã đối tượng, ví dụ NCC001</source>
        <translation>beneficiary code, e.g. NCC001</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="148" />
        <source>Báo giảm người này…</source>
        <translation>Stop this person…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="150" />
        <source>Báo tăng từ file Excel…</source>
        <translation>Add people from an Excel file…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="155" />
        <source>Mã đối tượng</source>
        <translation>Beneficiary code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="156" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="157" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_devices.py" line="176" />
        <source>Đã ký %s (%d thay đổi từ đầu tháng). Gửi file này cho điểm; máy ở điểm nạp như một danh sách.</source>
        <translation>Signed %s (%d changes this month). Send this file to the point; its device loads it like a list.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="48" />
        <source>Kéo thả các file .pdsync (hoặc cả thư mục, ổ USB) của các điểm vào đây</source>
        <translation>Drop the points' .pdsync files (or a whole folder or USB stick) here</translation>
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
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="109" />
        <source>Danh sách chi trả (*.pdlist)</source>
        <translation>Payout list (*.pdlist)</translation>
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
    <name>OfficeWindow</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="63" />
        <source>Payout Desk — bưu cục: %s</source>
        <translation>Payout Desk — office: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="63" />
        <source> — DỮ LIỆU MẪU (demo)</source>
        <translation> — DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="68" />
        <source>ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải số liệu thật</source>
        <translation>THIS IS DEMO DATA TO LEARN WITH — not real figures</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="77" />
        <source>Tổng quan tháng</source>
        <translation>Month overview</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="78" />
        <source>Danh sách và phát hành</source>
        <translation>Register and lists</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="79" />
        <source>Máy, báo giảm/tăng</source>
        <translation>Devices, stops and additions</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="80" />
        <source>Nhận file đồng bộ</source>
        <translation>Sync files in</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="81" />
        <location filename="../../src/payout_desk/ui/office_window.py" line="179" />
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="97" />
        <source>Tháng chi trả, dạng YYYY-MM</source>
        <translation>Payout month, as YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="101" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="103" />
        <source>Xuất bảng thanh quyết toán (.xlsx)…</source>
        <translation>Export the settlement (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="105" />
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="125" />
        <source>&amp;Bưu cục</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="127" />
        <source>Nhập danh sách của tháng…</source>
        <translation>Import the month's register…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="128" />
        <source>Phát hành danh sách…</source>
        <translation>Issue the lists…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="129" />
        <source>Nhận file đồng bộ…</source>
        <translation>Import sync files…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="130" />
        <source>Xuất bảng thanh quyết toán…</source>
        <translation>Export the settlement…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="135" />
        <source>&amp;In giấy tờ</source>
        <translation>&amp;Papers</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="139" />
        <source>Danh sách ký nhận (PDF)…</source>
        <translation>Signature sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="140" />
        <source>Niêm yết công khai (PDF)…</source>
        <translation>Public posting list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="141" />
        <source>Thanh quyết toán (PDF)…</source>
        <translation>Settlement report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="144" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="146" />
        <source>Giới thiệu…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="148" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="169" />
        <source>Tháng phải có dạng YYYY-MM, ví dụ 2026-12.</source>
        <translation>The month must look like YYYY-MM, e.g. 2026-12.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="179" />
        <source>Xung đột (%d)</source>
        <translation>Conflicts (%d)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="195" />
        <source>Lỗi không mong đợi: %s</source>
        <translation>Unexpected error: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="212" />
        <source>Danh sách của tháng</source>
        <translation>The month's register</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="213" />
        <source>Bảng tính Excel, OpenDocument, CSV (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
        <translation>Spreadsheet: Excel, OpenDocument, CSV (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="220" />
        <source>Đang đọc %s…</source>
        <translation>Reading %s…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="226" />
        <source>Đã nhập danh sách %s cho tháng %s.</source>
        <translation>Imported the register %s for %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="230" />
        <source>Chưa nhập: %d dòng có lỗi (xem bảng).</source>
        <translation>Nothing imported: %d rows have errors (see the table).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="235" />
        <source>Thư mục ghi các file danh sách</source>
        <translation>Folder for the list files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="244" />
        <source>Đã phát hành %d danh sách tháng %s vào %s.</source>
        <translation>Issued %d lists for %s into %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="267" />
        <source>Đã ghi danh máy “%s” cho %s %s. Lần phát hành danh sách tới sẽ có tên máy này.</source>
        <translation>Enrolled the device “%s” for %s %s. The next issue of the lists names it.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="279" />
        <source>Thu hồi máy</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="281" />
        <source>Thu hồi máy “%s”? Các bản ghi bưu cục đã nhận của máy này vẫn giữ; file mới hơn của nó sẽ bị từ chối.</source>
        <translation>Revoke the device “%s”? The records the office already has from it stay; any newer file from it will be refused.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="295" />
        <source>Đã thu hồi máy “%s” của %s. Phát hành lại danh sách để các máy khác của điểm thôi tin máy này.</source>
        <translation>Revoked the device “%s” of %s. Issue the lists again so the point's other devices stop trusting it.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="302" />
        <source>Thư mục ghi file báo giảm/báo tăng</source>
        <translation>Folder for the amendment file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="319" />
        <source>Người được báo tăng (cùng mẫu với danh sách)</source>
        <translation>People to add (same layout as the register)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="320" />
        <source>Bảng tính Excel, CSV (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheet: Excel, CSV (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="336" />
        <source>Đã ký thông báo cho %s: %s.</source>
        <translation>Signed the amendment for %s: %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="344" />
        <source>File đồng bộ của các điểm</source>
        <translation>The points' sync files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="344" />
        <source>File đồng bộ (*.pdsync)</source>
        <translation>Sync file (*.pdsync)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="352" />
        <source>Đang nhận file; đợi xong rồi thả tiếp.</source>
        <translation>Still importing; wait until it is done, then drop more.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="364" />
        <source>Đã nhận %d/%d file đồng bộ.</source>
        <translation>Imported %d/%d sync files.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="390" />
        <source>Đã ghi quyết định cho xung đột %s.</source>
        <translation>Recorded the decision on conflict %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="407" />
        <source>Lưu file PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="413" />
        <source>Bảng thanh quyết toán</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="415" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="425" />
        <source>Đã xuất %s: %d điểm, %d người, đã chi %s, tiền còn ở điểm %s, %d xung đột.</source>
        <translation>Exported %s: %d points, %d people, paid %s, cash at the points %s, %d conflicts.</translation>
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
        <location filename="../../src/payout_desk/ui/point_window.py" line="78" />
        <source>Payout Desk — điểm chi trả</source>
        <translation>Payout Desk — payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="78" />
        <source> — DỮ LIỆU MẪU (demo)</source>
        <translation> — DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="87" />
        <source>ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải danh sách thật</source>
        <translation>THIS IS DEMO DATA TO LEARN WITH — not a real list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="116" />
        <source>Tìm: họ tên (không cần dấu), mã, số cuối CCCD, thôn/ấp — hoặc quét mã QR</source>
        <translation>Find: name (accents optional), code, last ID digits, village — or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="158" />
        <source>Chi trả (Enter)</source>
        <translation>Pay (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="161" />
        <source>Báo ngoại lệ…</source>
        <translation>Report an exception…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="168" />
        <source>Hủy bản ghi (có lý do)…</source>
        <translation>Void a record (with a reason)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="175" />
        <source>&amp;Tiền mặt</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="176" />
        <source>Nhận tiền từ bưu cục…</source>
        <translation>Cash received from the post office…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="178" />
        <source>Nộp lại tiền…</source>
        <translation>Cash returned…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="180" />
        <source>Kết thúc ngày (kiểm tiền)…</source>
        <translation>Close the day (count the cash)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="183" />
        <source>Đồng &amp;bộ</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="184" />
        <source>Xuất file đồng bộ (gửi bưu cục)…</source>
        <translation>Export the sync file (for the office)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="186" />
        <source>Nạp danh sách hoặc thông báo báo giảm/báo tăng…</source>
        <translation>Load a list or the office's stop/add notices…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="188" />
        <source>Nhận file của máy khác cùng điểm…</source>
        <translation>Take in another laptop's file of this point…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="190" />
        <source>Sao lưu dữ liệu của máy (ra USB)…</source>
        <translation>Back up this laptop's data (to a USB stick)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="193" />
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="197" />
        <source>Biên nhận của người đang chọn (PDF)…</source>
        <translation>Receipt for the selected person (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="198" />
        <source>Danh sách ký nhận của điểm (PDF)…</source>
        <translation>The point's signature sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="201" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="202" />
        <source>Chi tại nhà: lộ trình theo thôn/ấp</source>
        <translation>Home visits: route by village</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="206" />
        <source>Giới thiệu…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="208" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="209" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="258" />
        <source>nhân viên: %s</source>
        <translation>staff: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="261" />
        <source>còn %d ngày đến mùng 5</source>
        <translation>%d days left to the 5th</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="261" />
        <source>đã quá mùng 5</source>
        <translation>past the 5th</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="263" />
        <source>Đã chi %d/%d người · %s · Tiền mặt còn giữ %s · %s</source>
        <translation>Paid %d/%d people · %s · Cash on hand %s · %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="329" />
        <source>Mã QR không đọc được: %s</source>
        <translation>The QR code cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="337" />
        <source> Có người trùng tên (%s): kiểm tra lại số CCCD.</source>
        <translation> Someone with the same name is on the list (%s): check the ID number.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="342" />
        <source>CCCD %s (%s) không có trong danh sách.</source>
        <translation>ID %s (%s) is not on the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="347" />
        <source>Đã quét CCCD của %s: khớp với danh sách.</source>
        <translation>Scanned %s's ID card: matches the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="385" />
        <source>ĐÃ GHI: chi %s cho %s lúc %s.</source>
        <translation>RECORDED: %s paid to %s at %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="403" />
        <source>Đã ghi: %s — %s.</source>
        <translation>Recorded: %s — %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="416" />
        <source>Hủy bản ghi</source>
        <translation>Void a record</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="416" />
        <source>Lý do hủy (bắt buộc):</source>
        <translation>Reason for voiding (required):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="425" />
        <source>Đã hủy bản ghi của %s (lý do: %s).</source>
        <translation>Voided the record of %s (reason: %s).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="431" />
        <source>Nhận tiền từ bưu cục</source>
        <translation>Cash received from the post office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="431" />
        <source>Nộp lại tiền</source>
        <translation>Cash returned</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="432" />
        <source>Số tiền (đồng):</source>
        <translation>Amount (đồng):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="465" />
        <source>Đã kết thúc ngày %s: %d lần chi, %s; tiền còn giữ %s%s</source>
        <translation>Day %s closed: %d payouts, %s; cash on hand %s%s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="471" />
        <source>, chênh lệch %s</source>
        <translation>, difference %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="481" />
        <source>Chọn người đã nhận tiền trước, rồi in biên nhận.</source>
        <translation>Select someone who was paid first, then print the receipt.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="483" />
        <source>Lưu biên nhận</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="489" />
        <source>Lưu danh sách ký nhận</source>
        <translation>Save the signature sheet</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="494" />
        <source>Sao lưu dữ liệu</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="496" />
        <source>Bản sao dữ liệu (*.sqlite3)</source>
        <translation>Data backup (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="503" />
        <source>Xuất file đồng bộ</source>
        <translation>Export the sync file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="503" />
        <location filename="../../src/payout_desk/ui/point_window.py" line="518" />
        <source>File đồng bộ (*.pdsync)</source>
        <translation>Sync file (*.pdsync)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="511" />
        <source>Nạp file của bưu cục</source>
        <translation>Load the office's file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="512" />
        <source>Danh sách, thông báo báo giảm/báo tăng (*.pdlist *.pdamend)</source>
        <translation>Payout list, stop/add notice (*.pdlist *.pdamend)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="518" />
        <source>File của máy khác</source>
        <translation>Another laptop's file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="532" />
        <location filename="../../src/payout_desk/ui/point_window.py" line="536" />
        <location filename="../../src/payout_desk/ui/point_window.py" line="540" />
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="552" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
<message><source>Tất cả</source><translation>Everyone</translation></message><message><source>Chưa chi</source><translation>Not paid</translation></message><message><source>Chi tại nhà</source><translation>Paid at home</translation></message><message><source>Ngoại lệ, báo giảm</source><translation>Exceptions and stops</translation></message></context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../src/payout_desk/ui/printing.py" line="31" />
        <source>Không ghi được file PDF: %s</source>
        <translation>Could not write the PDF: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/printing.py" line="36" />
        <source>Đã ghi %s: %d trang, %d dòng, tổng %s.</source>
        <translation>Wrote %s: %d pages, %d rows, total %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/printing.py" line="47" />
        <source>Giấy tờ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="56" />
        <source>Nhập danh sách của tháng (Excel)…</source>
        <translation>Import the month's register (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="57" />
        <source>Bỏ qua các dòng lỗi (chỉ nhập dòng hợp lệ)</source>
        <translation>Skip rows with errors (import the valid rows only)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="58" />
        <source>Phát hành danh sách cho các điểm…</source>
        <translation>Issue the lists to the points…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="66" />
        <source>Chọn file danh sách (.xlsx, .xls, .ods, .csv) của tháng để nhập.</source>
        <translation>Choose the month's register (.xlsx, .xls, .ods, .csv) to import.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="70" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="70" />
        <location filename="../../src/payout_desk/ui/office_register.py" line="74" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="70" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="70" />
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="74" />
        <source>Tiêu đề</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="74" />
        <source>Giá trị trong Excel</source>
        <translation>Value in Excel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="76" />
        <source>Bấm vào một dòng lỗi để xem các ô của dòng đó trong Excel.</source>
        <translation>Click an error to see that row's cells as in Excel.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="98" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="106" />
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="114" />
        <source>File %s, trang “%s”: đọc %d dòng, %d dòng chuyển khoản (không vào danh sách tiền mặt).</source>
        <translation>File %s, sheet “%s”: %d rows read, %d paid by bank transfer (not on the cash lists).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="123" />
        <source>CHƯA NHẬP GÌ: %d dòng có lỗi. Sửa trong Excel rồi nhập lại, hoặc đánh dấu “Bỏ qua các dòng lỗi”.</source>
        <translation>NOTHING IMPORTED: %d rows have errors. Fix them in Excel and import again, or tick “Skip rows with errors”.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="129" />
        <source>Đã nhập %d người cho %d điểm (%s). %d cảnh báo.</source>
        <translation>Imported %d people for %d points (%s). %d warnings.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="140" />
        <source>Đã ký và ghi %d file danh sách vào %s (%d bản mới). Gửi mỗi điểm file của điểm đó.</source>
        <translation>Signed and wrote %d list files to %s (%d new revisions). Send each point its own file.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_register.py" line="149" />
        <source>Dòng %d trong Excel:</source>
        <translation>Row %d in Excel:</translation>
    </message>
</context>
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
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="34" />
        <source>Lỗi không mong đợi: %s</source>
        <translation>Unexpected error: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="43" />
        <source>Đã xuất %d bản ghi (%d lần chi, %s) ra %s. Mang file này về bưu cục.</source>
        <translation>Exported %d records (%d payouts, %s) to %s. Take this file to the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="50" />
        <source>Mang cả %d file của thời gian trước khi khôi phục: %s.</source>
        <translation>Take the %d files from before the restore too: %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="62" />
        <source>File này đã nạp rồi; không có gì thay đổi.</source>
        <translation>This file was loaded already; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="64" />
        <source>Đã nạp %d thông báo mới của bưu cục (báo giảm/báo tăng).</source>
        <translation>Loaded %d new stop/add notices from the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="67" />
        <source>Đã nạp danh sách lần %d: %d người, %s. Chữ ký của bưu cục hợp lệ.</source>
        <translation>Loaded list revision %d: %d people, %s. The office's signature is valid.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="79" />
        <source>Không có gì mới từ máy “%s”.</source>
        <translation>Nothing new from “%s”.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="80" />
        <source>Đã nhận %d bản ghi mới từ máy “%s” (chữ ký hợp lệ).</source>
        <translation>Took in %d new records from “%s” (signature valid).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="90" />
        <source>Đã sao lưu dữ liệu của máy vào %s. Cất ở nơi an toàn.</source>
        <translation>Backed up this laptop's data to %s. Keep it somewhere safe.</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="72" />
        <source>Chọn file đồng bộ…</source>
        <translation>Choose sync files…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="75" />
        <source>%v/%m file</source>
        <translation>%v/%m files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="83" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="84" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="85" />
        <source>Máy</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="86" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="87" />
        <source>Bản ghi mới</source>
        <translation>New records</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="88" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="101" />
        <source>Không có file .pdsync nào trong những gì vừa thả vào.</source>
        <translation>No .pdsync file among what was dropped.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="112" />
        <source>Đang kiểm tra chữ ký và nhận %d file…</source>
        <translation>Checking signatures and importing %d files…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="118" />
        <source>đã nhận</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="119" />
        <source>không có gì mới</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="120" />
        <source>TỪ CHỐI</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_sync.py" line="145" />
        <source>Xong: %d file đã nhận, %d không có gì mới, %d bị từ chối. Tháng này có %d xung đột.</source>
        <translation>Done: %d files imported, %d with nothing new, %d refused. The month has %d conflicts.</translation>
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