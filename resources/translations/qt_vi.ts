<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dừng hẳn</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Không lưu</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lưu tất cả</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dừng hẳn</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Thử lại</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Đó&amp;ng</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Hủy bỏ</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Không lưu</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Không lưu</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Đóng, không lưu</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Khôi phục mặc định</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Hủy bỏ</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>Đó&amp;ng</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Đóng, không lưu</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Xem chi tiết...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Giới thiệu Qt</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Xác nhận</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Xong</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy bỏ</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Nhập một giá trị:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy bỏ</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Đây là gì?</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Hiện lại thông báo này</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Sao &amp;chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Sao &amp;chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Dấu trái sang phải</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Dấu phải sang trái</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Nối không độ rộng</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Ngắt nối không độ rộng</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Khoảng trắng không độ rộng</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Bắt đầu nhúng trái sang phải</translation>
    </message>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE Bắt đầu nhúng phải sang trái</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Bắt đầu ép trái sang phải</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Bắt đầu ép phải sang trái</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF Kết thúc định hướng</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Tách riêng trái sang phải</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Tách riêng phải sang trái</translation>
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Tách riêng theo ký tự mạnh đầu tiên</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI Kết thúc tách riêng</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Tăng</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Giảm</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Cuộn đến đây</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Mép trái</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Trên cùng</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Mép phải</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Dưới cùng</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Sang trái một trang</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Lên một trang</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Sang phải một trang</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Xuống một trang</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Cuộn sang trái</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Cuộn lên</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Cuộn sang phải</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Cuộn xuống</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Cuộn sang trái</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Cuộn sang phải</translation>
    </message>
  </context>
  <context>
    <name>CloseButton</name>
    <message>
      <source>Close Tab</source>
      <translation>Đóng thẻ</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Alias</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Ổ đĩa</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>File %1</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Không tìm thấy file.
Hãy kiểm tra lại tên file.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 đã có.
Ghi đè lên file đó?</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' đang được chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Xóa '%1'?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Chọn</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Đổi &amp;tên</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Thư mục mới</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Tạo thư mục mới</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lưu thành</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Tìm trong:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Tên &amp;file:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Loại file:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Loại file:</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>File</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Mọi file (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Mọi file (*)</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Tìm thư mục</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Lùi lại</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Lùi lại</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Tiến tới</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Tiến tới</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Thư mục trên</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Lên thư mục trên</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Xem dạng danh sách</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Xem dạng danh sách</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Xem chi tiết</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Thanh bên</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Các nơi hay dùng</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nơi mở gần đây</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Hiện </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Hiện các file &amp;ẩn</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Kích thước</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Ngày sửa</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Tên file không dùng được</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Không dùng được tên "%1".&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 byte</translation>
    </message>
    <message>
      <source>%1 byte(s)</source>
      <translation>%1 byte</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Ổ đĩa</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Thư mục</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Lối tắt</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Không rõ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>File %1</translation>
    </message>
  </context>
</TS>