<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="26" />
        <source>Giới thiệu Payout Desk</source>
        <translation>About Payout Desk</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="36" />
        <source>&lt;b&gt;Payout Desk&lt;/b&gt; — phiên bản %s</source>
        <translation>&lt;b&gt;Payout Desk&lt;/b&gt; — version %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="38" />
        <source>Chi trả trợ cấp ưu đãi người có công bằng tiền mặt qua bưu điện.</source>
        <translation>Cash payout of the allowances for people with meritorious services, through the post.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="50" />
        <source>Dữ liệu (cơ sở dữ liệu, khóa):</source>
        <translation>Data (database, key):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="51" />
        <source>Bản sao trước khi nâng cấp:</source>
        <translation>Copies made before an upgrade:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="52" />
        <source>Nhật ký lỗi:</source>
        <translation>Error log:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="62" />
        <source>Cơ sở dữ liệu dùng chung:</source>
        <translation>Shared database:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/about.py" line="66" />
        <source>Cài bản mới đè lên bản cũ: dữ liệu được giữ nguyên và tự nâng cấp khi mở. Sao lưu: chép cả thư mục dữ liệu sang USB.</source>
        <translation>Install a new version over the old one: the data is kept and upgraded when opened. Backup: copy the whole data folder to a USB stick.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="132" />
        <source>Thêm nhân viên</source>
        <translation>Add a clerk</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="137" />
        <source>Họ tên nhân viên mới</source>
        <translation>New clerk's full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="138" />
        <source>Mã PIN của người mới (4–8 số)</source>
        <translation>New clerk's PIN (4–8 digits)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="139" />
        <source>Nhập lại mã PIN của người mới</source>
        <translation>New clerk's PIN again</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="140" />
        <source>Mã PIN của bạn (%s)</source>
        <translation>Your PIN (%s)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="147" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="148" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="157" />
        <source>Hai lần nhập mã PIN không giống nhau.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>BankBatchDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="38" />
        <source>Bảng kê chuyển khoản — tháng %s</source>
        <translation>Bank transfer batches — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="44" />
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="44" />
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="44" />
        <source>Tổng tiền</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="44" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="47" />
        <source>Không đưa vào bảng kê nào (và lý do):</source>
        <translation>Left out of every batch (and why):</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="50" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="51" />
        <source>Mã đối tượng</source>
        <translation>Beneficiary code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="52" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="53" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="54" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="64" />
        <source>Lập bảng kê vào thư mục…</source>
        <translation>Write the batches into a folder…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="66" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="78" />
        <source>Số tài khoản không dùng được</source>
        <translation>The account number cannot be used</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="79" />
        <source>Không nhận ra ngân hàng</source>
        <translation>The bank is not known</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="80" />
        <source>Đang giữ lại (báo tử, đã báo giảm trước)</source>
        <translation>Held (reported deceased, stopped earlier)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="81" />
        <source>Đã xác nhận báo giảm</source>
        <translation>The stop is confirmed</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="97" />
        <source>Chờ lập bảng kê</source>
        <translation>Waiting for a batch</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="102" />
        <source>Đã lập bảng kê số %d lúc %s</source>
        <translation>Batch %d written at %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="115" />
        <source>%d người nhận qua tài khoản: %d chờ lập bảng kê (%s), %d đã có trong bảng kê, %d không đưa vào được.</source>
        <translation>%d people paid by transfer: %d waiting for a batch (%s), %d already in a batch, %d cannot go into one.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="125" />
        <source>Thư mục ghi bảng kê chuyển khoản</source>
        <translation>Folder for the transfer batches</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank.py" line="145" />
        <source>Đã lập %d bảng kê chuyển khoản (%s) vào %s.</source>
        <translation>%d transfer batches written (%s) into %s.</translation>
    </message>
</context>
<context>
    <name>BankResultsDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="78" />
        <source>Kết quả chuyển khoản của ngân hàng — tháng %s</source>
        <translation>The bank's transfer results — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="81" />
        <source>Người chuyển khoản lỗi:</source>
        <translation>Failed transfers:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="83" />
        <source>Báo tăng vào danh sách chi tiền mặt của điểm</source>
        <translation>Add to the point's cash list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="84" />
        <source>Chuyển sang tháng sau (truy lĩnh)</source>
        <translation>Carry to next month (arrears)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="84" />
        <source>Chỉ liệt kê</source>
        <translation>List only</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="89" />
        <source>Chọn file kết quả ngân hàng gửi về (.xlsx hoặc .csv).</source>
        <translation>Choose the result file the bank sent (.xlsx or .csv).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="92" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="92" />
        <source>Mã đối tượng</source>
        <translation>Beneficiary code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="92" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="92" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="93" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="93" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="103" />
        <source>Chọn file kết quả…</source>
        <translation>Choose the result file…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="105" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="107" />
        <source>Đưa người chuyển khoản lỗi vào danh sách tiền mặt…</source>
        <translation>Put the failed transfers on the cash lists…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="133" />
        <source>Thư mục ghi báo tăng</source>
        <translation>Folder for the additions</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="146" />
        <source>Đã báo tăng %d người chuyển khoản lỗi vào danh sách tiền mặt: %s</source>
        <translation>%d failed transfers added to the cash lists: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="155" />
        <source>File kết quả chuyển khoản</source>
        <translation>Transfer result file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="155" />
        <source>Kết quả ngân hàng (*.xlsx *.xls *.csv)</source>
        <translation>Bank results (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="174" />
        <source>Báo tăng gửi điểm: %s</source>
        <translation>Additions for the point: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="176" />
        <source>Chuyển sang tháng sau: %s</source>
        <translation>Carried to next month: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="178" />
        <source>Không có gì thay đổi: các kết quả này đã được ghi nhận.</source>
        <translation>Nothing changed: these results were already recorded.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="188" />
        <source>Đã chuyển</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="189" />
        <source>Chuyển lỗi</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="190" />
        <source>Đã ghi nhận trước</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="191" />
        <source>Cần xem lại</source>
        <translation>To look at</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="193" />
        <source>→ danh sách tiền mặt</source>
        <translation>→ cash list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="193" />
        <source>→ tháng sau</source>
        <translation>→ next month</translation>
    </message>
</context>
<context>
    <name>BankStatePanel</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="39" />
        <source>Chuyển khoản theo ngân hàng</source>
        <translation>Transfers by bank</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="41" />
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="41" />
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="41" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="41" />
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="42" />
        <source>Đã chuyển</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="42" />
        <source>Chờ kết quả</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="42" />
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="42" />
        <source>CK lỗi</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="43" />
        <source>Lỗi → tiền mặt</source>
        <translation>Failed → cash</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="43" />
        <source>Lỗi → tháng sau</source>
        <translation>Failed → next month</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/bank_results.py" line="64" />
        <source>Chuyển khoản theo ngân hàng — đã chuyển %d/%d người · %s / %s · lỗi đưa vào tiền mặt: %d</source>
        <translation>Transfers by bank — paid %d/%d people · %s / %s · failed and put on the cash list: %d</translation>
    </message>
</context>
<context>
    <name>CashActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/cash.py" line="27" />
        <source>Nhận tiền từ bưu cục</source>
        <translation>Cash received from the post office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/cash.py" line="27" />
        <source>Nộp lại tiền</source>
        <translation>Cash returned</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/cash.py" line="28" />
        <source>Số tiền (đồng), ví dụ 50.000.000:</source>
        <translation>Amount (đồng), e.g. 50.000.000:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/cash.py" line="65" />
        <source>Đã kết thúc ngày %s: %d lần chi, %s; tiền còn giữ %s%s</source>
        <translation>Day %s closed: %d payouts, %s; cash on hand %s%s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/cash.py" line="71" />
        <source>, chênh lệch %s</source>
        <translation>, difference %s</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/money_edit.py" line="79" />
        <source>Ghi số tiền</source>
        <translation>Record the amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/money_edit.py" line="81" />
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/money_edit.py" line="95" />
        <source>Nhập số tiền lớn hơn 0.</source>
        <translation>Type an amount above 0.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/money_edit.py" line="98" />
        <source>Số tiền quá lớn: kiểm tra lại.</source>
        <translation>The amount is too large: check it again.</translation>
    </message>
</context>
<context>
    <name>ClerkSignIn</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="50" />
        <source>Cán bộ làm việc</source>
        <translation>Clerk at work</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="55" />
        <source>người duyệt</source>
        <translation>approver</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="55" />
        <source>cán bộ lập</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="60" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="61" />
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="67" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="70" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ClosingActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="36" />
        <source>Khóa sổ tháng…</source>
        <translation>Close the month…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="38" />
        <source>Chuyển truy lĩnh sang tháng sau</source>
        <translation>Carry the arrears to the next month</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="49" />
        <source>Sổ tháng này đã khóa lúc %s (%s): số liệu quyết toán giữ nguyên như lúc khóa.</source>
        <translation>This month was closed at %s (%s): its settlement figures stay as they were then.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="55" />
        <source>%d lần ghi nhận đến sau khi khóa, ghi riêng.</source>
        <translation>%d records arrived after the close, listed apart.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="57" />
        <source>Tháng này chưa khóa sổ.</source>
        <translation>This month is not closed yet.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="73" />
        <source>Khóa sổ tháng</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="75" />
        <source>Khóa sổ tháng %s? Số liệu quyết toán sẽ giữ nguyên như bây giờ; lần ghi nhận đến sau được ghi riêng. %d người chưa nhận sẽ được liệt kê để chuyển truy lĩnh.</source>
        <translation>Close %s? The settlement figures stay as they are now; records arriving later are listed apart. %d people not paid will be listed for their arrears.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="79" />
        <source>Khóa sổ</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="80" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="93" />
        <source>Đã khóa sổ tháng %s: %d người chưa nhận, %s.</source>
        <translation>%s closed: %d people not paid, %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="118" />
        <source>Truy lĩnh tháng %s đã được chuyển trước đây: không thay đổi gì.</source>
        <translation>The arrears of %s were carried before: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="122" />
        <source>Đã lập danh sách truy lĩnh tháng %s: %d người, %s (không thêm vào danh sách tháng sau).</source>
        <translation>Arrears of %s listed: %d people, %s (not added to the next month's lists).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="129" />
        <source>Đã chuyển truy lĩnh tháng %s sang tháng %s: %d người, %s.</source>
        <translation>Arrears of %s carried to %s: %d people, %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="137" />
        <source>Không chuyển %d người (báo tử, giữ lại, báo giảm hoặc không có trong danh sách).</source>
        <translation>%d people not carried (reported deceased, held, stopped or not on the list).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="142" />
        <source>%d người đã nhận tiền tháng %s: hãy chuyển truy lĩnh tháng %s của họ sang tháng kế tiếp.</source>
        <translation>%d people were already paid in %s: carry their %s arrears to the month after.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/closing.py" line="145" />
        <source>Hãy phát hành lại danh sách tháng %s.</source>
        <translation>Issue the %s lists again.</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="88" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="88" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="88" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="88" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="88" />
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="116" />
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="96" />
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="159" />
        <source>Chọn một sai lệch để xem hai lần ghi.</source>
        <translation>Choose a conflict to see both records.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="153" />
        <source>%d sai lệch, %d chưa xử lý. Không xóa lần ghi nào: ghi quyết định để khép lại.</source>
        <translation>%d conflicts, %d open. No record is deleted: record a decision to close one.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="101" />
        <source>Quyết định: ví dụ “đã thu hồi 2.789.000 đ lần chi thứ hai, biên bản số 12”</source>
        <translation>Decision: e.g. “second payout of 2,789,000 đ recovered, record no. 12”</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="106" />
        <source>họ tên người quyết định</source>
        <translation>full name of who decided</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="112" />
        <source>Ghi quyết định</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="117" />
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="142" />
        <source>chưa xử lý</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="183" />
        <source>Đã quyết định: %s — %s, %s</source>
        <translation>Decided: %s — %s, %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="201" />
        <source>Ghi nội dung quyết định: đã làm gì (ví dụ thu lại tiền, biên bản số mấy).</source>
        <translation>Write down the decision: what was done (for example the money taken back, the record number).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/conflicts_tab.py" line="205" />
        <source>Ghi họ tên người quyết định.</source>
        <translation>Write the full name of the person who decided.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="103" />
        <source>đã chi</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="105" />
        <source>báo giảm</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="106" />
        <source>chưa chi</source>
        <translation>not yet paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="104" />
        <source>chưa chi được</source>
        <translation>exception</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="149" />
        <source>%s: chưa phát hành danh sách nào.</source>
        <translation>%s: no list issued yet.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="153" />
        <source>%s — đã chi %d/%d người · %s / %s · tiền còn ở các điểm %s · sai lệch chưa xử lý: %d</source>
        <translation>%s — paid %d/%d people · %s / %s · cash still at the points %s · open conflicts: %d</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="166" />
        <source>Đã chi theo danh sách %s; thực chi (tiền mặt đã phát, kể cả chi trùng) %s.</source>
        <translation>Paid as listed %s; cash handed out (double payouts included) %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="171" />
        <source>còn %d ngày đến hạn chi mùng 5 (%s)</source>
        <translation>%d days left to the deadline, the 5th (%s)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="173" />
        <source>đã quá hạn chi mùng 5 (%s)</source>
        <translation>past the deadline, the 5th (%s)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="176" />
        <source>Điểm chậm tiến độ (%d): %s</source>
        <translation>Points behind (%d): %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="178" />
        <source>Không có điểm nào chậm tiến độ.</source>
        <translation>No point is behind.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="189" />
        <source>%d sai lệch chưa xử lý</source>
        <translation>%d unresolved conflict(s)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="191" />
        <source>%d điểm chưa gửi file</source>
        <translation>%d point(s) yet to send a file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="194" />
        <source>Đang mở %s: còn %s.</source>
        <translation>Showing %s: %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="196" />
        <source>Chú ý: %s còn %s.</source>
        <translation>Note: %s still has %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="200" />
        <source>Đang mở %s: tháng đang chi trả (hạn chi trước mùng 5).</source>
        <translation>Showing %s: the month being paid (due before the 5th).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="202" />
        <source>Đang mở %s: tháng chi trả tới; các tháng trước không còn việc.</source>
        <translation>Showing %s: the next month to pay; earlier months have nothing left to do.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="208" />
        <source>chưa có máy</source>
        <translation>no device yet</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="211" />
        <source>chưa đồng bộ</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="219" />
        <source>Chậm tiến độ. </source>
        <translation>Behind. </translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="220" />
        <source>%s: đã chi %d, chưa chi được %d, báo giảm %d, chưa chi %d trên %d người</source>
        <translation>%s: paid %d, exceptions %d, stopped %d, not yet paid %d of %d people</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/dashboard_tab.py" line="231" />
        <source>. %d bản ghi lạ bị gắn cờ, không tính vào số liệu (xem bản quyết toán).</source>
        <translation>. %d odd stored records flagged and left out of the figures (see the settlement).</translation>
    </message>
<message><source>Mã</source><translation>Code</translation></message><message><source>Điểm chi trả</source><translation>Payout point</translation></message><message><source>Tiến độ</source><translation>Progress</translation></message><message><source>Đã chi</source><translation>Paid</translation></message><message><source>Chưa chi</source><translation>Not paid</translation></message><message><source>Chưa chi được</source><translation>Exception</translation></message><message><source>Báo giảm</source><translation>Stopped</translation></message><message><source>Sai lệch</source><translation>Conflicts</translation></message><message><source>Tiền thực chi</source><translation>Cash handed out</translation></message><message><source>Tiền còn ở điểm</source><translation>Cash at the point</translation></message><message><source>Đồng bộ gần nhất</source><translation>Last sync</translation></message></context>
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
    <name>DeathDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="146" />
        <source>Báo đã mất — %s</source>
        <translation>Report a death — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="154" />
        <source>họ tên, quan hệ (con trai, trưởng thôn…)</source>
        <translation>name, relation (son, village head…)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="156" />
        <source>Ngày mất</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="157" />
        <source>Ai báo tin (bắt buộc)</source>
        <translation>Who brought the news (required)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="158" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="162" />
        <source>Ghi báo đã mất</source>
        <translation>Record the death</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="162" />
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="172" />
        <source>Ghi ai đã báo tin (họ tên, quan hệ với người hưởng).</source>
        <translation>Write who brought the news (name, relation to the beneficiary).</translation>
    </message>
</context>
<context>
    <name>DeviceActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="46" />
        <source>Đã đăng ký máy “%s” cho %s %s. Lần phát hành danh sách tới sẽ có tên máy này.</source>
        <translation>Enrolled the device “%s” for %s %s. The next issue of the lists names it.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="58" />
        <source>Ngừng sử dụng máy</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="60" />
        <source>Ngừng sử dụng máy “%s”? Các lần ghi bưu cục đã nhận của máy này vẫn giữ; file mới hơn của nó sẽ bị từ chối.</source>
        <translation>Revoke the device “%s”? The records the office already has from it stay; any newer file from it will be refused.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="75" />
        <source>Đã ngừng sử dụng máy “%s” của %s. Phát hành lại danh sách để các máy khác của điểm thôi tin máy này.</source>
        <translation>Revoked the device “%s” of %s. Issue the lists again so the point's other devices stop trusting it.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="82" />
        <source>Thư mục ghi file báo giảm/báo tăng</source>
        <translation>Folder for the amendment file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="109" />
        <source>Người được báo tăng (cùng mẫu với danh sách)</source>
        <translation>People to add (same layout as the register)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="110" />
        <source>Bảng tính Excel, CSV (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheet: Excel, CSV (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices.py" line="135" />
        <source>Đã ký thông báo cho %s: %s.</source>
        <translation>Signed the amendment for %s: %s.</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="60" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="60" />
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="99" />
        <source>Tên máy</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="89" />
        <source>ví dụ: An Phước – máy 1</source>
        <translation>e.g. An Phước – laptop 1</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="97" />
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="165" />
        <source>Điểm chi trả</source>
        <translation>Payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="60" />
        <source>Mã kiểm tra</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="60" />
        <source>Đăng ký lúc</source>
        <translation>Enrolled at</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="62" />
        <source>Máy đã đăng ký:</source>
        <translation>Enrolled devices:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="65" />
        <source>Ngừng sử dụng máy đang chọn (mất, hỏng)…</source>
        <translation>Revoke the selected device (lost, broken)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="81" />
        <source>Đăng ký máy của điểm chi trả</source>
        <translation>Enrol a payout point's device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="86" />
        <source>mã máy do máy ở điểm hiển thị (trang “Đăng ký máy với bưu cục”)</source>
        <translation>the public key the point's device shows (Device key)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="91" />
        <source>Dán mã máy để xem mã kiểm tra; đọc cho điểm để đối chiếu trước khi đăng ký.</source>
        <translation>Paste the key to see its fingerprint; read it to the point to compare before enrolling.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="94" />
        <source>Đã đối chiếu — đăng ký máy này</source>
        <translation>Compared — enrol this device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="98" />
        <source>Mã máy</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="107" />
        <source>Dán mã máy để xem mã kiểm tra.</source>
        <translation>Paste the key to see its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="111" />
        <source>Mã kiểm tra: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Đọc to cho người ở điểm: phải trùng với máy của họ.</source>
        <translation>Fingerprint: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Read it aloud to the point: it must match their device.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="135" />
        <source> (đã ngừng sử dụng)</source>
        <translation> (revoked)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="148" />
        <source>Báo giảm / báo tăng sau khi đã phát hành</source>
        <translation>Stops and additions after issue</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="152" />
        <source>mã đối tượng, ví dụ NCC001</source>
        <translation>beneficiary code, e.g. NCC001</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="159" />
        <source>Báo giảm người này…</source>
        <translation>Stop this person…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="161" />
        <source>Báo tăng từ file Excel…</source>
        <translation>Add people from an Excel file…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="166" />
        <source>Mã đối tượng</source>
        <translation>Beneficiary code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="167" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="168" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/devices_tab.py" line="187" />
        <source>Đã ký %s (%d thay đổi từ đầu tháng). Gửi file này cho điểm; máy ở điểm nạp như một danh sách.</source>
        <translation>Signed %s (%d changes this month). Send this file to the point; its device loads it like a list.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="51" />
        <source>Kéo thả các file .pdsync (hoặc cả thư mục, ổ USB) của các điểm vào đây</source>
        <translation>Drop the points' .pdsync files (or a whole folder or USB stick) here</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="147" />
        <source>Thư mục ghi file thông báo thay đổi</source>
        <translation>Folder for the amendment files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="170" />
        <source>Đã ký %s cho gia đình %s (dòng chi %s): %s. Gửi file này cho điểm %s.</source>
        <translation>Signed the %s for the family of %s (paid as %s): %s. Send this file to point %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="199" />
        <source>Đã chuyển %s từ điểm %s sang điểm %s: gửi %s cho điểm cũ và %s cho điểm mới.</source>
        <translation>Moved %s from point %s to point %s: send %s to the old point and %s to the new one.</translation>
    </message>
</context>
<context>
    <name>FamilyBox</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="66" />
        <source>Chi một lần cho thân nhân</source>
        <translation>One-off payment to the family</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="70" />
        <source>mã đối tượng đã mất, ví dụ NCC002</source>
        <translation>the deceased's code, e.g. NCC002</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="72" />
        <source>Mai táng phí</source>
        <translation>Funeral allowance</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="73" />
        <source>Trợ cấp một lần</source>
        <translation>One-off allowance</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="76" />
        <source>họ tên thân nhân nhận tiền</source>
        <translation>full name of the relative who takes the money</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="78" />
        <source>số CCCD của người nhận</source>
        <translation>the recipient's ID number</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="80" />
        <source>vợ, con, cháu…</source>
        <translation>wife, child, grandchild…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="82" />
        <source>quyết định chi số …</source>
        <translation>decision no. …</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="83" />
        <source>Ký thông báo chi một lần…</source>
        <translation>Sign the one-off payment…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="85" />
        <source>Điểm chi trả</source>
        <translation>Payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="86" />
        <location filename="../../src/payout_desk/ui/office/family.py" line="104" />
        <source>Mã đối tượng</source>
        <translation>Beneficiary code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="87" />
        <source>Khoản chi</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="88" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="89" />
        <source>Người nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="90" />
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="91" />
        <source>Quan hệ</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="92" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="97" />
        <source>Chuyển điểm chi trả</source>
        <translation>Move to another payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="100" />
        <source>mã đối tượng, ví dụ NCC001</source>
        <translation>beneficiary code, e.g. NCC001</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="102" />
        <source>Chuyển sang điểm này…</source>
        <translation>Move to this point…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/family.py" line="105" />
        <source>Chuyển đến điểm</source>
        <translation>Move to point</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="27" />
        <source>Sao lưu dữ liệu</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="29" />
        <source>Bản sao dữ liệu (*.sqlite3)</source>
        <translation>Data backup (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="44" />
        <source>Xuất file đồng bộ</source>
        <translation>Export the sync file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="46" />
        <location filename="../../src/payout_desk/ui/point/files.py" line="63" />
        <source>File đồng bộ (*.pdsync)</source>
        <translation>Sync file (*.pdsync)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="55" />
        <source>Nạp file của bưu cục</source>
        <translation>Load the office's file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="56" />
        <source>Danh sách, thông báo báo giảm/báo tăng (*.pdlist *.pdamend)</source>
        <translation>Payout list, stop/add notice (*.pdlist *.pdamend)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="63" />
        <source>File của máy khác</source>
        <translation>Another laptop's file</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/files.py" line="77" />
        <location filename="../../src/payout_desk/ui/point/files.py" line="81" />
        <location filename="../../src/payout_desk/ui/point/files.py" line="85" />
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="327" />
        <source>Payout Desk — bắt đầu</source>
        <translation>Payout Desk — getting started</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="331" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="332" />
        <source>Tiếp tục &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="333" />
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="334" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HoldActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="35" />
        <source>Giữ lại (%d)</source>
        <translation>Held (%d)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="35" />
        <source>Giữ lại</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="40" />
        <source>Đưa lại danh sách</source>
        <translation>Back on the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="41" />
        <source>Lý do đưa %s trở lại danh sách chi trả:</source>
        <translation>Why %s goes back on the payout list:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="46" />
        <source>Thư mục ghi file báo tăng (nếu danh sách đã phát hành)</source>
        <translation>Folder for the addition file (if the list is already issued)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="53" />
        <source>Xác nhận báo giảm</source>
        <translation>Confirm the stop</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="53" />
        <source>Lý do xác nhận báo giảm %s:</source>
        <translation>Why the stop of %s stands:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="70" />
        <source>Đã đưa %s trở lại danh sách: báo tăng ghi vào %s.</source>
        <translation>%s is back on the list: addition written to %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="73" />
        <source>Đã đưa %s trở lại danh sách (chưa phát hành).</source>
        <translation>%s is back on the list (not yet issued).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds.py" line="79" />
        <source>Đã xác nhận báo giảm %s: không chi trả tháng này.</source>
        <translation>Confirmed the stop of %s: not paid this month.</translation>
    </message>
</context>
<context>
    <name>HoldsTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="28" />
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="65" />
        <source>Không có ai bị giữ lại trong tháng này.</source>
        <translation>Nobody is held this month.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="33" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="34" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="35" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="36" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="37" />
        <source>Vì sao giữ lại</source>
        <translation>Why held</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="38" />
        <source>Căn cứ</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="39" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="47" />
        <source>Đưa lại danh sách…</source>
        <translation>Back on the list…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="48" />
        <source>Xác nhận báo giảm…</source>
        <translation>Confirm the stop…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/holds_tab.py" line="62" />
        <source>%d người đang giữ lại, chờ bưu cục quyết định (%d đã quyết định).</source>
        <translation>%d people held, waiting for the office to decide (%d decided).</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="94" />
        <source>Đăng ký máy với bưu cục</source>
        <translation>Enrol this laptop with the office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="97" />
        <source>Gọi điện cho bưu cục và đọc mã kiểm tra này; bưu cục dùng nó để đăng ký máy của bạn:</source>
        <translation>Call the office and read out this check code; the office uses it to enrol your laptop:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="106" />
        <source>Mã máy (bưu cục cần mã này để đăng ký máy): sao chép để gửi, hoặc lưu ra file mang đi.</source>
        <translation>The laptop's key (the office needs it to enrol the laptop): copy it to send, or save it to a file to take along.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="114" />
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="116" />
        <source>Lưu ra file…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="136" />
        <source>Payout Desk — mã máy gửi bưu cục để đăng ký máy</source>
        <translation>Payout Desk — the laptop's key, for the office to enrol the laptop</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="138" />
        <source>Tên máy: %s</source>
        <translation>Laptop: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="140" />
        <source>Mã máy: %s</source>
        <translation>Key: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="142" />
        <source>Mã kiểm tra: %s</source>
        <translation>Check code: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="148" />
        <source>Đã sao chép mã máy: dán vào thư điện tử hoặc tin nhắn gửi bưu cục.</source>
        <translation>The laptop's key is copied: paste it into an email or message to the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="152" />
        <source>Lưu mã máy</source>
        <translation>Save the laptop's key</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="152" />
        <source>Văn bản (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="163" />
        <source>Không lưu được vào %s: %s</source>
        <translation>Could not save to %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="165" />
        <source>Đã lưu mã máy vào %s. Gửi file này cho bưu cục.</source>
        <translation>The laptop's key is saved in %s. Send this file to the office.</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="29" />
        <source>Danh sách của tháng</source>
        <translation>The month's register</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="30" />
        <source>Bảng tính Excel, OpenDocument, CSV (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
        <translation>Spreadsheet: Excel, OpenDocument, CSV (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="38" />
        <source>Đang đọc %s…</source>
        <translation>Reading %s…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="55" />
        <source>Đã nhập danh sách %s cho tháng %s.</source>
        <translation>Imported the register %s for %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="57" />
        <source>Chưa nhập: %d dòng có lỗi (xem bảng).</source>
        <translation>Nothing imported: %d rows have errors (see the table).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="66" />
        <source>Tháng của danh sách</source>
        <translation>The register's month</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="67" />
        <source>Tiêu đề file %s ghi %s, nhưng tháng đang chọn là %s.

Vẫn nhập danh sách này cho %s?</source>
        <translation>The title of %s says %s, but the month chosen is %s.

Import this register for %s anyway?</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="73" />
        <source>Có, nhập cho %s</source>
        <translation>Yes, import it for %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="74" />
        <source>Không, chưa nhập</source>
        <translation>No, do not import</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="82" />
        <source>Chưa nhập gì: tiêu đề file ghi %s, tháng đang chọn là %s.</source>
        <translation>Nothing imported: the file's title says %s, the month chosen is %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="91" />
        <source>Thư mục ghi các file danh sách</source>
        <translation>Folder for the list files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/lists.py" line="103" />
        <source>Đã phát hành %d danh sách tháng %s vào %s.</source>
        <translation>Issued %d lists for %s into %s.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="185" />
        <source>Nạp danh sách chi trả đầu tiên</source>
        <translation>Load the first payout list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="189" />
        <source>file .pdlist bưu cục gửi (USB, thư điện tử…)</source>
        <translation>the .pdlist file from the office (USB stick, e-mail…)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="190" />
        <source>Chọn file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="199" />
        <source>Bưu cục ký danh sách và mã kiểm tra của bưu cục:</source>
        <translation>The office that signed the list, and its check code:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="203" />
        <source>Tôi đã gọi bưu cục: bưu cục đọc mã kiểm tra, khớp hoàn toàn</source>
        <translation>I called the office: they read their check code and it matches exactly</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="238" />
        <source>Đang mở %s…</source>
        <translation>Opening %s…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="255" />
        <source>Điểm: %s — %s
Tháng: %s
Số người: %d
Tổng tiền: %s</source>
        <translation>Point: %s — %s
Month: %s
People: %d
Total: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="274" />
        <source>Bấm “Chọn file…” để chọn file khác, hoặc “&lt; Quay lại” để xem lại mã máy.</source>
        <translation>Press “Choose a file…” for another file, or “&lt; Back” to see the laptop's key again.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="288" />
        <source>Đang nạp danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="219" />
        <source>Danh sách chi trả</source>
        <translation>Payout list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="219" />
        <source>Danh sách chi trả (*.pdlist)</source>
        <translation>Payout list (*.pdlist)</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="58" />
        <source>Máy này làm việc cho một điểm chi trả</source>
        <translation>This laptop works for a payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/first_run.py" line="60" />
        <source>Đặt tên cho máy, ví dụ: “Điểm BĐVHX An Phước – máy 1”.</source>
        <translation>Name this laptop, e.g. “Điểm BĐVHX An Phước – laptop 1”.</translation>
    </message>
</context>
<context>
    <name>OfficeCashDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="56" />
        <source>Tiền mặt các điểm — tháng %s</source>
        <translation>The points' cash — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="66" />
        <source>Người xuất tiền (để trống: cán bộ đang làm việc, hoặc tên bưu cục)</source>
        <translation>Who hands the cash out (blank: the signed-in clerk, or the office's name)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="68" />
        <source>Điểm chi trả</source>
        <translation>Payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="69" />
        <source>Số tiền xuất (đồng)</source>
        <translation>Amount issued (đồng)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="70" />
        <location filename="../../src/payout_desk/ui/office/cash.py" line="90" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="71" />
        <location filename="../../src/payout_desk/ui/office/cash.py" line="89" />
        <source>Người xuất</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="74" />
        <source>Ghi xuất tiền cho điểm</source>
        <translation>Record cash issued to the point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="85" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="86" />
        <location filename="../../src/payout_desk/ui/office/cash.py" line="108" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="87" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="88" />
        <source>Lúc (UTC)</source>
        <translation>At (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="91" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="98" />
        <source>Hủy lần xuất đã chọn…</source>
        <translation>Void the chosen issue…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="109" />
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="110" />
        <source>Máy</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="111" />
        <source>Nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="112" />
        <source>Đã chi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="113" />
        <source>Nộp lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="114" />
        <source>Sổ sách còn</source>
        <translation>Books on hand</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="115" />
        <source>Kiểm đếm</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="116" />
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="117" />
        <source>Lý do, ghi chú</source>
        <translation>Reason, notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="118" />
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="124" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="148" />
        <source>%s: bưu cục xuất %s, điểm khai nhận %s</source>
        <translation>%s: office issued %s, point declares %s received</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="154" />
        <source>Chưa có tiền mặt nào được ghi trong tháng này.</source>
        <translation>No cash recorded for this month yet.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="158" />
        <source>Đã hủy %s (%s): %s</source>
        <translation>Voided %s (%s): %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="160" />
        <source>Còn hiệu lực</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="203" />
        <source>Đã ghi xuất %s cho điểm %s (lần số %d).</source>
        <translation>Recorded %s issued to point %s (issue %d).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="222" />
        <source>Hủy lần xuất tiền</source>
        <translation>Void a cash issue</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="222" />
        <source>Lý do hủy lần xuất số %d:</source>
        <translation>Why issue %d is voided:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/cash.py" line="234" />
        <source>Đã hủy lần xuất tiền số %d.</source>
        <translation>Voided cash issue %d.</translation>
    </message>
</context>
<context>
    <name>OfficeMenus</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="23" />
        <source>&amp;Bưu cục</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="25" />
        <source>Nhập danh sách của tháng…</source>
        <translation>Import the month's register…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="26" />
        <source>Phát hành danh sách…</source>
        <translation>Issue the lists…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="27" />
        <source>Nhận file đồng bộ…</source>
        <translation>Import sync files…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="28" />
        <source>Xuất bảng thanh quyết toán…</source>
        <translation>Export the settlement…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="30" />
        <source>Cài đặt tháng nối tháng…</source>
        <translation>Month-to-month settings…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="31" />
        <source>Việc chờ duyệt…</source>
        <translation>Waiting for approval…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="36" />
        <source>Xuất tiền, tiền mặt các điểm…</source>
        <translation>Cash issued, the points' cash…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="38" />
        <source>&amp;Tiền mặt</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="39" />
        <source>Bảng kê chuyển khoản…</source>
        <translation>Bank transfer batches…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="41" />
        <source>Nhập kết quả ngân hàng…</source>
        <translation>Take in the bank's results…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="43" />
        <source>C&amp;huyển khoản</source>
        <translation>&amp;Transfers</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="51" />
        <source>&amp;In giấy tờ</source>
        <translation>&amp;Papers</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="52" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="54" />
        <source>Giới thiệu…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/menus.py" line="56" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>OfficePapers</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="28" />
        <source>Danh sách ký nhận (PDF)…</source>
        <translation>Signature sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="29" />
        <source>Niêm yết công khai (PDF)…</source>
        <translation>Public posting list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="30" />
        <source>Thanh quyết toán (PDF)…</source>
        <translation>Settlement report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="47" />
        <source>Lưu file PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="53" />
        <source>Bảng thanh quyết toán</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="55" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/papers.py" line="65" />
        <source>Đã xuất %s: %d điểm, %d người, thực chi %s, tiền còn ở điểm %s, %d sai lệch.</source>
        <translation>Exported %s: %d points, %d people, cash handed out %s, cash at the points %s, %d conflicts.</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="101" />
        <source>Payout Desk — bưu cục: %s</source>
        <translation>Payout Desk — office: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="101" />
        <source> — DỮ LIỆU MẪU (demo)</source>
        <translation> — DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="106" />
        <source>ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải số liệu thật</source>
        <translation>THIS IS DEMO DATA TO LEARN WITH — not real figures</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="125" />
        <source>Tổng quan tháng</source>
        <translation>Month overview</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="126" />
        <source>Danh sách và phát hành</source>
        <translation>Register and lists</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="127" />
        <source>Máy, báo giảm/tăng</source>
        <translation>Devices, stops and additions</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="128" />
        <source>Nhận file đồng bộ</source>
        <translation>Sync files in</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="129" />
        <location filename="../../src/payout_desk/ui/office_window.py" line="232" />
        <source>Sai lệch</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="130" />
        <source>Giữ lại</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="131" />
        <source>Thân nhân, chuyển điểm</source>
        <translation>Families, moves</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="132" />
        <source>Tra cứu đối tượng</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="163" />
        <source>Tháng chi trả, dạng YYYY-MM</source>
        <translation>Payout month, as YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="168" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="170" />
        <source>Xuất bảng thanh quyết toán (.xlsx)…</source>
        <translation>Export the settlement (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="172" />
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="214" />
        <source>Tháng phải có dạng YYYY-MM, ví dụ 2026-12.</source>
        <translation>The month must look like YYYY-MM, e.g. 2026-12.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="224" />
        <source>Cảnh báo tiền mặt: %s</source>
        <translation>Cash flags: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="232" />
        <source>Sai lệch (%d)</source>
        <translation>Conflicts (%d)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office_window.py" line="319" />
        <source>Đã ghi quyết định cho sai lệch %s.</source>
        <translation>Recorded the decision on conflict %s.</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/papers.py" line="23" />
        <source>Biên nhận của người đang chọn (PDF)…</source>
        <translation>Receipt for the selected person (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/papers.py" line="24" />
        <source>Danh sách ký nhận của điểm (PDF)…</source>
        <translation>The point's signature sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/papers.py" line="30" />
        <source>Chọn người đã nhận tiền trước, rồi in biên nhận.</source>
        <translation>Select someone who was paid first, then print the receipt.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/papers.py" line="32" />
        <source>Lưu biên nhận</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/papers.py" line="39" />
        <source>Lưu danh sách ký nhận</source>
        <translation>Save the signature sheet</translation>
    </message>
</context>
<context>
    <name>PayActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/pay.py" line="72" />
        <source>ĐÃ GHI: chi %s cho %s lúc %s.</source>
        <translation>RECORDED: %s paid to %s at %s.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="59" />
        <source>Chi trả — %s</source>
        <translation>Pay — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="91" />
        <source>sinh năm</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="91" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="91" />
        <source>Bằng chữ</source>
        <translation>In words</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="65" />
        <source>Chi tại nhà</source>
        <translation>Paid at home</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="228" />
        <source>Người nhận ký tên</source>
        <translation>Recipient's signature</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="228" />
        <source>Điểm chỉ (người nhận không ký được)</source>
        <translation>Thumbprint (the recipient cannot sign)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="122" />
        <source>Kiểm tra giấy tờ</source>
        <translation>ID check</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="128" />
        <source>Cách kiểm tra</source>
        <translation>How checked</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="135" />
        <source>Đã quét QR: khớp</source>
        <translation>QR scanned: matches</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="134" />
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="80" />
        <source>Xác nhận đã chi %s (Enter)</source>
        <translation>Confirm paid %s (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="81" />
        <source>Thôi, không chi (Esc)</source>
        <translation>Cancel, do not pay (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="115" />
        <source>%s — người nhận: %s</source>
        <translation>%s — to be paid to: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="130" />
        <source>gõ 4 số cuối CCCD (nếu cần)</source>
        <translation>type the last 4 digits of the ID (if needed)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="138" />
        <source>Vẫn chi: đã đối chiếu giấy tờ khác</source>
        <translation>Pay anyway: other papers were checked</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="140" />
        <source>Lý do vẫn chi (bắt buộc)</source>
        <translation>Why you pay anyway (required)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="177" />
        <source>Người nhận tiền</source>
        <translation>Who takes the money</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="180" />
        <source>Chính chủ</source>
        <translation>The beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="182" />
        <source>Người nhận thay theo danh sách: %s</source>
        <translation>Proxy named in the list: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="185" />
        <source>Không có người nhận thay trong danh sách</source>
        <translation>The list names no proxy</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="188" />
        <source>Người khác nhận thay (có giấy ủy quyền)</source>
        <translation>Another proxy (with a written authorisation)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="201" />
        <source>Họ tên người nhận thay</source>
        <translation>Proxy's full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="202" />
        <source>Số CCCD người nhận thay</source>
        <translation>Proxy's ID number</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="204" />
        <source>Giấy ủy quyền số</source>
        <translation>Authorisation no.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="166" />
        <source>✓ khớp với danh sách</source>
        <translation>✓ matches the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="169" />
        <source>✗ KHÔNG khớp với số CCCD trong danh sách</source>
        <translation>✗ does NOT match the ID number on the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="203" />
        <source>Quan hệ (con, vợ, cháu…)</source>
        <translation>Relation (son, wife, grandchild…)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="209" />
        <source>Đã đối chiếu CCCD: đúng người nhận thay trong danh sách</source>
        <translation>ID card checked: the proxy the list names</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="241" />
        <source>Người nhận đã ký. Đóng cửa sổ này thì chữ ký bị bỏ và chưa chi tiền.</source>
        <translation>The recipient has signed. Closing this window drops the signature and pays nothing.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/pay_dialog.py" line="242" />
        <source>Bỏ chữ ký, không chi</source>
        <translation>Drop the signature, do not pay</translation>
    </message>
<message><source>Đã xem CCCD</source><translation>ID card seen</translation></message><message><source>Quét mã QR trên CCCD</source><translation>CCCD QR code scanned</translation></message><message><source>Người quen, biết rõ</source><translation>Known personally</translation></message></context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="101" />
        <source>Việc chờ duyệt</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="104" />
        <source>Việc một cán bộ đã lập, chờ một người duyệt khác duyệt và ký:</source>
        <translation>Items a clerk prepared, waiting for another approver to approve and sign:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="116" />
        <source>Duyệt và ký…</source>
        <translation>Approve and sign…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="118" />
        <source>Trả lại…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="120" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="129" />
        <source>Phát hành danh sách</source>
        <translation>Issue the lists</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="130" />
        <source>Báo giảm/tăng</source>
        <translation>Stop or addition</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="131" />
        <source>Đưa người bị giữ lại vào danh sách</source>
        <translation>Put a held person back on the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="132" />
        <source>Chuyển điểm</source>
        <translation>Move to another point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="133" />
        <source>Bảng kê chuyển khoản</source>
        <translation>Bank transfer batches</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="134" />
        <source>Chuyển khoản lỗi → danh sách tiền mặt</source>
        <translation>Failed transfers → cash lists</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="137" />
        <source>Số %d · %s · tháng %s · %s · lập: %s</source>
        <translation>No. %d · %s · month %s · %s · prepared by %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="153" />
        <source>Không có việc nào chờ duyệt.</source>
        <translation>Nothing waits for approval.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="166" />
        <source>Đã duyệt và ký việc số %d: %d file.</source>
        <translation>Approved and signed item %d: %d files.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="178" />
        <source>Đã trả lại việc số %d.</source>
        <translation>Rejected item %d.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="183" />
        <source>Thư mục ghi các file đã ký</source>
        <translation>Folder for the signed files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="188" />
        <source>Trả lại</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/clerks.py" line="188" />
        <source>Lý do trả lại</source>
        <translation>Why it is rejected</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="70" />
        <source>Mã đối tượng, số CCCD hoặc họ tên (gõ không dấu cũng được)</source>
        <translation>Register code, ID number or name (accents optional)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="72" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="74" />
        <source>Tra cứu:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="109" />
        <source>Không tìm thấy ai.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="109" />
        <source>%d người.</source>
        <translation>%d people.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="133" />
        <source> · CCCD %s</source>
        <translation> · ID %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="146" />
        <source>chính chủ</source>
        <translation>the beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="171" />
        <source>Mã cũ của cùng người (cùng CCCD): %s</source>
        <translation>Earlier codes of the same person (same ID): %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="172" />
        <source>Đã cấp %s, đã chi %s.</source>
        <translation>Issued %s, paid %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="174" />
        <source>Chưa nhận %d tháng liền.</source>
        <translation>Not collected for %d months in a row.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="176" />
        <source>không rõ ngày</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="179" />
        <source>Đã mất (%s): điểm %s báo tháng %s, người báo: %s.</source>
        <translation>Deceased (%s): reported at %s in %s, by %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="183" />
        <source>Đã mất (%s): bưu cục báo giảm tháng %s.</source>
        <translation>Deceased (%s): stopped by the office in %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="185" />
        <source>Giữ lại tháng %s (%s): %s</source>
        <translation>Held in %s (%s): %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/people_tab.py" line="188" />
        <source>Truy lĩnh từ %s sang %s: %s</source>
        <translation>Arrears from %s to %s: %s</translation>
    </message>
<message><source>Mã</source><translation>Code</translation></message><message><source>Họ tên</source><translation>Full name</translation></message><message><source>CCCD</source><translation>ID number</translation></message><message><source>Tháng gần nhất</source><translation>Newest month</translation></message><message><source>Điểm</source><translation>Point</translation></message><message><source>Tháng</source><translation>Month</translation></message><message><source>Điểm</source><translation>Point</translation></message><message><source>Số tiền</source><translation>Amount</translation></message><message><source>Kết quả</source><translation>Outcome</translation></message><message><source>Đã chi lúc</source><translation>Paid at</translation></message><message><source>Nhân viên</source><translation>Clerk</translation></message><message><source>Máy</source><translation>Device</translation></message><message><source>Người nhận</source><translation>Recipient</translation></message><message><source>Báo cáo của điểm</source><translation>Point's report</translation></message><message><source>Báo giảm</source><translation>Stopped</translation></message><message><source>Sai lệch</source><translation>Conflicts</translation></message></context>
<context>
    <name>PersonPane</name>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="25" />
        <source>Chọn một người trong danh sách.</source>
        <translation>Choose someone in the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="30" />
        <source>sinh năm</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="31" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="32" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="33" />
        <source>Người nhận thay theo danh sách</source>
        <translation>Proxy named in the list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="35" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="35" />
        <source>KHÔNG CHI: bưu cục đã báo giảm</source>
        <translation>DO NOT PAY: stopped by the office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="35" />
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="36" />
        <source>chính chủ</source>
        <translation>the beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="36" />
        <source>Đã chi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="68" />
        <source>báo cáo của máy đã ngừng sử dụng</source>
        <translation>report of a laptop no longer in use</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/person_pane.py" line="81" />
        <source>Đã đăng ký nhận qua tài khoản: %s %s (%s)</source>
        <translation>Signed up for payment by account: %s %s (%s)</translation>
    </message>
</context>
<context>
    <name>PointMenus</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="22" />
        <source>&amp;Tiền mặt</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="24" />
        <source>Nhận tiền từ bưu cục…</source>
        <translation>Cash received from the post office…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="25" />
        <source>Nộp lại tiền…</source>
        <translation>Cash returned…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="26" />
        <source>Kết thúc ngày (kiểm tiền)…</source>
        <translation>Close the day (count the cash)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="30" />
        <source>Đồng &amp;bộ</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="32" />
        <source>Xuất file đồng bộ (gửi bưu cục)…</source>
        <translation>Export the sync file (for the office)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="33" />
        <source>Nạp danh sách hoặc thông báo báo giảm/báo tăng…</source>
        <translation>Load a list or the office's stop/add notices…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="34" />
        <source>Nhận file của máy khác cùng điểm…</source>
        <translation>Take in another laptop's file of this point…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="35" />
        <source>Sao lưu dữ liệu của máy (ra USB)…</source>
        <translation>Back up this laptop's data (to a USB stick)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="38" />
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="39" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="40" />
        <source>Chi tại nhà: lộ trình theo thôn/ấp</source>
        <translation>Home visits: route by village</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="43" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="43" />
        <source>Giới thiệu…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/menus.py" line="44" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>PointWindow</name>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="80" />
        <source>Payout Desk — điểm chi trả</source>
        <translation>Payout Desk — payout point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="80" />
        <source> — DỮ LIỆU MẪU (demo)</source>
        <translation> — DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="89" />
        <source>ĐÂY LÀ DỮ LIỆU MẪU ĐỂ LÀM QUEN — không phải danh sách thật</source>
        <translation>THIS IS DEMO DATA TO LEARN WITH — not a real list</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="144" />
        <source>Chi trả (Enter)</source>
        <translation>Pay (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="149" />
        <source>Hủy lần ghi nhầm (có lý do)…</source>
        <translation>Void a mistaken entry (with a reason)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="207" />
        <source>nhân viên: %s</source>
        <translation>staff: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="210" />
        <source>còn %d ngày đến mùng 5</source>
        <translation>%d days left to the 5th</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="210" />
        <source>đã quá mùng 5</source>
        <translation>past the 5th</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="212" />
        <source>Đã chi %d/%d người · %s · Tiền mặt còn giữ %s · %s</source>
        <translation>Paid %d/%d people · %s · Cash on hand %s · %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="147" />
        <source>Báo chưa chi được…</source>
        <translation>Report an exception…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point_window.py" line="328" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../src/payout_desk/ui/printing.py" line="32" />
        <source>Đã ghi %s: %d trang, %d dòng, tổng %s.</source>
        <translation>Wrote %s: %d pages, %d rows, total %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/printing.py" line="48" />
        <source>Giấy tờ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/records.py" line="63" />
        <source>Đã ghi: %s — %s.</source>
        <translation>Recorded: %s — %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/records.py" line="78" />
        <source>%s chưa có lần chi hay lần báo nào của máy này để hủy.</source>
        <translation>%s has no payout or report recorded on this laptop to void.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/records.py" line="112" />
        <source>Đã hủy lần ghi nhầm của %s (lý do: %s).</source>
        <translation>Voided the mistaken entry of %s (reason: %s).</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="59" />
        <source>Không chi được</source>
        <translation>Cannot be paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="69" />
        <source>Hủy lần báo nhầm…</source>
        <translation>Void the mistaken report…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="70" />
        <source>Hủy báo cáo này…</source>
        <translation>Void this report…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="71" />
        <source>Nhận tiền từ bưu cục…</source>
        <translation>Cash received from the post office…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="73" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="75" />
        <source>Nhập danh sách của tháng (Excel)…</source>
        <translation>Import the month's register (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="76" />
        <source>Bỏ qua các dòng lỗi (chỉ nhập dòng hợp lệ)</source>
        <translation>Skip rows with errors (import the valid rows only)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="77" />
        <source>Phát hành danh sách cho các điểm…</source>
        <translation>Issue the lists to the points…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="86" />
        <source>Chọn file danh sách (.xlsx, .xls, .ods, .csv) của tháng để nhập.</source>
        <translation>Choose the month's register (.xlsx, .xls, .ods, .csv) to import.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="91" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="91" />
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="98" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="91" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="91" />
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="98" />
        <source>Tiêu đề</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="98" />
        <source>Giá trị trong Excel</source>
        <translation>Value in Excel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="100" />
        <source>Bấm vào một dòng lỗi để xem các ô của dòng đó trong Excel.</source>
        <translation>Click an error to see that row's cells as in Excel.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="120" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="122" />
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="129" />
        <source>File %s, trang “%s”: đọc %d dòng, %d dòng chuyển khoản (không vào danh sách tiền mặt).</source>
        <translation>File %s, sheet “%s”: %d rows read, %d paid by bank transfer (not on the cash lists).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="138" />
        <source>CHƯA NHẬP GÌ: %d dòng có lỗi. Sửa trong Excel rồi nhập lại, hoặc đánh dấu “Bỏ qua các dòng lỗi”.</source>
        <translation>NOTHING IMPORTED: %d rows have errors. Fix them in Excel and import again, or tick “Skip rows with errors”.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="144" />
        <source>Đã nhập %d người cho %d điểm (%s). %d cảnh báo.</source>
        <translation>Imported %d people for %d points (%s). %d warnings.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="157" />
        <source>Dòng %s, cột “%s”</source>
        <translation>Row %s, column “%s”</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="159" />
        <source>Dòng %s</source>
        <translation>Row %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="163" />
        <source>Không có trong danh sách này</source>
        <translation>Not in this register</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="169" />
        <source>Đã ký và ghi %d file danh sách vào %s (%d bản mới). Gửi mỗi điểm file của điểm đó.</source>
        <translation>Signed and wrote %d list files to %s (%d new revisions). Send each point its own file.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/register_tab.py" line="182" />
        <source>Dòng %d trong Excel:</source>
        <translation>Row %d in Excel:</translation>
    </message>
</context>
<context>
    <name>ReportBackActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/report_back.py" line="24" />
        <source>Báo cáo gửi Phòng LĐ-TB&amp;&amp;XH (PDF)…</source>
        <translation>Report back to the welfare office (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/report_back.py" line="27" />
        <source>Xuất báo cáo gửi Phòng LĐ-TB&amp;&amp;XH (Excel)…</source>
        <translation>Export the report back to the welfare office (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/report_back.py" line="32" />
        <source>Lưu file PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/report_back.py" line="41" />
        <source>Báo cáo gửi Phòng LĐ-TB&amp;XH</source>
        <translation>Report back to the welfare office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/report_back.py" line="43" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/report_back.py" line="54" />
        <source>Đã xuất %s: %d người báo tử, %d chuyển điểm, %d chưa nhận nhiều tháng, %d truy lĩnh, %d khoản thu hồi (%s), thực chi %s.</source>
        <translation>Wrote %s: %d deaths, %d moves, %d not collecting for months, %d arrears, %d amounts to recover (%s), cash handed out %s.</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="30" />
        <source>Chi tại nhà — theo thôn/ấp</source>
        <translation>Home visits — by village</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="36" />
        <source>%d người cần đến nhà, còn %d người chưa chi</source>
        <translation>%d people to visit at home, %d not yet paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="41" />
        <source>Thôn/ấp — người nhận</source>
        <translation>Village — beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="41" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="41" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/route.py" line="41" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../src/payout_desk/ui/point/search.py" line="40" />
        <source>Tìm: họ tên (không cần dấu), mã, số cuối CCCD, thôn/ấp — hoặc quét mã QR</source>
        <translation>Find: name (accents optional), code, last ID digits, village — or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/search.py" line="110" />
        <source>Mã QR không đọc được: %s</source>
        <translation>The QR code cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/search.py" line="118" />
        <source> Có người trùng tên (%s): kiểm tra lại số CCCD.</source>
        <translation> Someone with the same name is on the list (%s): check the ID number.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/search.py" line="123" />
        <source>CCCD %s (%s) không có trong danh sách.</source>
        <translation>ID %s (%s) is not on the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/search.py" line="128" />
        <source>Đã quét CCCD của %s: khớp với danh sách.</source>
        <translation>Scanned %s's ID card: matches the list.</translation>
    </message>
<message><source>Tất cả</source><translation>Everyone</translation></message><message><source>Chưa chi</source><translation>Not paid</translation></message><message><source>Chi tại nhà</source><translation>Paid at home</translation></message><message><source>Chưa chi được, báo giảm</source><translation>Exceptions and stops</translation></message></context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="41" />
        <source>Cài đặt tháng nối tháng</source>
        <translation>Month-to-month settings</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="49" />
        <source>Cộng vào danh sách tháng sau (một dòng truy lĩnh)</source>
        <translation>Add to the next month's list (an arrears line)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="50" />
        <source>Chỉ lập danh sách gửi phòng Lao động – Thương binh và Xã hội</source>
        <translation>Only list them for the welfare office</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="52" />
        <source>Đánh dấu người chưa nhận sau (số tháng liền)</source>
        <translation>Flag people not collecting after (months in a row)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="53" />
        <source>Mức tạm dừng chi (số tháng liền)</source>
        <translation>Suspension threshold (months in a row)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="54" />
        <source>Truy lĩnh của tháng đã khóa sổ</source>
        <translation>Arrears of a closed month</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="55" />
        <source>Số tiền hằng tháng đổi không quá (đồng) thì không đánh dấu</source>
        <translation>A monthly amount changing by at most (đồng) is not flagged</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="58" />
        <source>Ngưỡng 0 đồng: mọi thay đổi số tiền so với tháng trước đều được đánh dấu.</source>
        <translation>A threshold of 0 đồng: every change of amount from the month before is flagged.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="72" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="75" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/settings.py" line="107" />
        <source>Đã lưu: đánh dấu sau %d tháng, tạm dừng chi ở %d tháng; ngưỡng chênh lệch %s.</source>
        <translation>Saved: flag after %d months, suspend at %d months; amount threshold %s.</translation>
    </message>
</context>
<context>
    <name>SignBox</name>
    <message>
        <location filename="../../src/payout_desk/ui/sign_box.py" line="57" />
        <source>Ký lại</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sign_box.py" line="75" />
        <source>Bỏ chữ ký?</source>
        <translation>Drop the signature?</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sign_box.py" line="78" />
        <source>Quay lại</source>
        <translation>Go back</translation>
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
    <name>SignupActions</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/signups.py" line="24" />
        <source>Danh sách đăng ký nhận qua tài khoản (Excel)…</source>
        <translation>Sign-ups for payment by account (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/signups.py" line="30" />
        <source>Danh sách đăng ký nhận qua tài khoản</source>
        <translation>Sign-ups for payment by account</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/signups.py" line="32" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/signups.py" line="43" />
        <source>Đã xuất %s: %d đăng ký nhận qua tài khoản, %d cần xem lại.</source>
        <translation>Exported %s: %d sign-ups for payment by account, %d to look at.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/signup.py" line="25" />
        <source>Đăng ký nhận qua tài khoản…</source>
        <translation>Sign up for payment by account…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/signup.py" line="31" />
        <source>Chọn một người trong danh sách.</source>
        <translation>Choose someone in the list.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/point/signup.py" line="62" />
        <source>ĐÃ GHI đăng ký nhận qua tài khoản: %s — %s %s.</source>
        <translation>RECORDED the sign-up for payment by account: %s — %s %s.</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="59" />
        <source>Đăng ký nhận qua tài khoản — %s</source>
        <translation>Sign-up for payment by account — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="65" />
        <source>Người hưởng ký tên</source>
        <translation>The beneficiary signs</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="65" />
        <source>Điểm chỉ (người hưởng không ký được)</source>
        <translation>Thumbprint (the beneficiary cannot sign)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="73" />
        <source>Ghi đăng ký (Enter)</source>
        <translation>Record the sign-up (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="73" />
        <source>Thôi (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="89" />
        <source>Tài khoản nhận trợ cấp</source>
        <translation>The account to be paid into</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="92" />
        <source>Quét mã VietQR trên ứng dụng ngân hàng (không bắt buộc)</source>
        <translation>Scan the VietQR code in the bank app (optional)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="93" />
        <source>Mã VietQR</source>
        <translation>VietQR code</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="102" />
        <source>Gõ tên ngân hàng hoặc mã BIN</source>
        <translation>Type the bank's name or BIN</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="108" />
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="111" />
        <source>Số tài khoản</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="112" />
        <source>Nhập lại số tài khoản</source>
        <translation>Account number again</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="115" />
        <source>Chủ tài khoản</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="116" />
        <source>Đã xác nhận: tài khoản của người khác (vợ, chồng, con…)</source>
        <translation>Confirmed: someone else's account (spouse, child…)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="121" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="124" />
        <source>Lý do thay đăng ký trước</source>
        <translation>Why the earlier sign-up is replaced</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="126" />
        <source>Đã đăng ký %s tài khoản %s</source>
        <translation>Signed up before: %s account %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="212" />
        <source>Người hưởng đã ký. Đóng cửa sổ này thì chữ ký bị bỏ và chưa ghi đăng ký.</source>
        <translation>The beneficiary has signed. Closing this window drops the signature and records no sign-up.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/signup_dialog.py" line="213" />
        <source>Bỏ chữ ký, không ghi</source>
        <translation>Drop the signature, record nothing</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="49" />
        <location filename="../../src/payout_desk/ui/staff.py" line="119" />
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="51" />
        <source>Đổi người làm việc</source>
        <translation>Switch clerk</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="53" />
        <source>Nhân viên làm việc hôm nay</source>
        <translation>Who is working today</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="57" />
        <source>Máy đã khóa vì để lâu không dùng. Nhập mã PIN để mở.</source>
        <translation>Locked after being left idle. Type your PIN to open.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="67" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="68" />
        <source>Mã PIN (4–8 số)</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="72" />
        <source>Chưa có nhân viên nào: nhập họ tên và chọn mã PIN của bạn.</source>
        <translation>No staff yet: type your full name and choose your PIN.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="73" />
        <source>Nhập lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="80" />
        <source>Vào làm việc</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="80" />
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="85" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="85" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="96" />
        <source>Hai lần nhập mã PIN không giống nhau.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="110" />
        <source>Mã PIN không đúng.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="187" />
        <source>&amp;Nhân viên</source>
        <translation>&amp;Clerks</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="188" />
        <source>Thêm nhân viên…</source>
        <translation>Add a clerk…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="190" />
        <source>Đổi người làm việc…</source>
        <translation>Switch clerk…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="198" />
        <source>Đã thêm nhân viên “%s”.</source>
        <translation>Clerk “%s” added.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/staff.py" line="211" />
        <source>Người làm việc bây giờ: %s.</source>
        <translation>Now at the desk: %s.</translation>
    </message>
</context>
<context>
    <name>SyncImport</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_in.py" line="27" />
        <source>File đồng bộ của các điểm</source>
        <translation>The points' sync files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_in.py" line="27" />
        <source>File đồng bộ (*.pdsync)</source>
        <translation>Sync file (*.pdsync)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_in.py" line="36" />
        <source>Đang nhận file; đợi xong rồi thả tiếp.</source>
        <translation>Still importing; wait until it is done, then drop more.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_in.py" line="49" />
        <source>Đã nhận %d/%d file đồng bộ.</source>
        <translation>Imported %d/%d sync files.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="41" />
        <source>Đã xuất %d lần ghi (%d lần chi, %s) ra %s. Mang file này về bưu cục.</source>
        <translation>Exported %d records (%d payouts, %s) to %s. Take this file to the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="48" />
        <source>Mang cả %d file của thời gian trước khi khôi phục: %s.</source>
        <translation>Take the %d files from before the restore too: %s.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="60" />
        <source>File này đã nạp rồi; không có gì thay đổi.</source>
        <translation>This file was loaded already; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="62" />
        <source>Đã nạp %d thông báo mới của bưu cục (báo giảm/báo tăng).</source>
        <translation>Loaded %d new stop/add notices from the office.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="65" />
        <source>Đã nạp danh sách lần %d: %d người, %s. Chữ ký của bưu cục hợp lệ.</source>
        <translation>Loaded list revision %d: %d people, %s. The office's signature is valid.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="77" />
        <source>Không có gì mới từ máy “%s”.</source>
        <translation>Nothing new from “%s”.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="78" />
        <source>Đã nhận %d lần ghi mới từ máy “%s” (chữ ký hợp lệ).</source>
        <translation>Took in %d new records from “%s” (signature valid).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/sync_runner.py" line="88" />
        <source>Đã sao lưu dữ liệu của máy vào %s. Cất ở nơi an toàn.</source>
        <translation>Backed up this laptop's data to %s. Keep it somewhere safe.</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="75" />
        <source>Chọn file đồng bộ…</source>
        <translation>Choose sync files…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="78" />
        <source>%v/%m file</source>
        <translation>%v/%m files</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="86" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="87" />
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="88" />
        <source>Máy</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="89" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="90" />
        <source>Lần ghi mới</source>
        <translation>New records</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="149" />
        <source>Xong: %d file đã nhận, %d không có gì mới, %d bị từ chối. Tháng này có %d sai lệch.</source>
        <translation>Done: %d files imported, %d with nothing new, %d refused. The month has %d conflicts.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="91" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="104" />
        <source>Không có file .pdsync nào trong những gì vừa thả vào.</source>
        <translation>No .pdsync file among what was dropped.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="115" />
        <source>Đang kiểm tra chữ ký và nhận %d file…</source>
        <translation>Checking signatures and importing %d files…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="121" />
        <source>đã nhận</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="122" />
        <source>không có gì mới</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/sync_tab.py" line="123" />
        <source>TỪ CHỐI</source>
        <translation>REFUSED</translation>
    </message>
</context>
<context>
    <name>UnclaimedPanel</name>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="44" />
        <source>Chưa nhận nhiều tháng</source>
        <translation>Not collected for months</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="68" />
        <source>Đang đọc các tháng trước…</source>
        <translation>Reading the earlier months…</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="74" />
        <source>Chưa phát hành danh sách tháng này.</source>
        <translation>No list issued for this month yet.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="81" />
        <source>Không có ai chưa nhận từ %d tháng liền trở lên.</source>
        <translation>Nobody has gone %d or more months in a row without collecting.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="84" />
        <source>%d người chưa nhận từ %d tháng liền trở lên: hỏi trưởng thôn/ấp.</source>
        <translation>%d people have not collected for %d or more months in a row: ask the village head.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="89" />
        <source>%d người đã đến mức tạm dừng chi (%d tháng).</source>
        <translation>%d of them reached the suspension threshold (%d months).</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/office/unclaimed_panel.py" line="96" />
        <source>Đã đến mức tạm dừng chi.</source>
        <translation>Reached the suspension threshold.</translation>
    </message>
<message><source>Mã</source><translation>Code</translation></message><message><source>Họ tên</source><translation>Full name</translation></message><message><source>Điểm</source><translation>Point</translation></message><message><source>Số tháng liền</source><translation>Months in a row</translation></message><message><source>Các tháng</source><translation>Months</translation></message><message><source>Số tiền</source><translation>Amount</translation></message><message><source>Báo cáo của điểm</source><translation>Point's report</translation></message></context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="87" />
        <source>Hủy lần ghi nhầm — %s</source>
        <translation>Void a mistaken entry — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="87" />
        <source>Hủy báo cáo này — %s</source>
        <translation>Void this report — %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="92" />
        <source>%s — máy “%s”, lần ghi #%d</source>
        <translation>%s — laptop “%s”, entry #%d</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="98" />
        <source>Lần ghi này được đánh dấu đã hủy (không bị xóa) và gửi về bưu cục cùng lý do.</source>
        <translation>The entry is marked void (never deleted) and goes to the office with the reason.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="101" />
        <source>Bưu cục sẽ thấy cả báo cáo của máy kia lẫn việc hủy này để quyết định.</source>
        <translation>The office will see both the other laptop's report and this void, and decide.</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="106" />
        <source>ví dụ: bấm nhầm người, người nhà báo sai</source>
        <translation>e.g. wrong person chosen, the family was mistaken</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="107" />
        <source>Lý do hủy (bắt buộc)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="111" />
        <source>Hủy lần ghi này</source>
        <translation>Void this entry</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="111" />
        <source>Hủy báo cáo này</source>
        <translation>Void this report</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="112" />
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="121" />
        <source>Lần chi %s lúc %s, do %s chi%s</source>
        <translation>Payout of %s at %s by %s%s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="125" />
        <source>, người nhận thay: %s</source>
        <translation>, proxy: %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="127" />
        <source>Báo “%s” (ngày %s) lúc %s, do %s ghi</source>
        <translation>Reported “%s” (date %s) at %s by %s</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/record_dialogs.py" line="136" />
        <source>Cần ghi lý do hủy.</source>
        <translation>A void needs a reason.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="39" />
        <source>Đã chi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="41" />
        <source>Báo giảm</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="43" />
        <source>Chưa chi được</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="45" />
        <source>Chưa chi</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../src/payout_desk/ui/roster_model.py" line="44" />
        <source> · tại nhà</source>
        <translation> · at home</translation>
    </message>
</context>
<context><name>RosterModel</name><message><source>Mã</source><translation>Code</translation></message><message><source>Họ và tên</source><translation>Full name</translation></message><message><source>Năm sinh</source><translation>Born</translation></message><message><source>Thôn/ấp</source><translation>Village</translation></message><message><source>Số tiền</source><translation>Amount</translation></message><message><source>Trạng thái</source><translation>Status</translation></message></context></TS>