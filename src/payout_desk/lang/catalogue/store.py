"""The desk's database (store/): a disk, folder, program or server at fault, said for the person at the desk."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "store.unreachable": (
        "Không dùng được cơ sở dữ liệu {url}: {reason}",
        "Cannot use the database {url}: {reason}",
    ),
    "store.disk_full": (
        "Ổ đĩa chứa dữ liệu đã đầy: xóa bớt file rồi làm lại.",
        "The disk that holds the data folder is full: free some space and try again",
    ),
    "store.locked": (
        "Dữ liệu đang được một cửa sổ hay chương trình Payout Desk khác dùng: đóng nó rồi làm lại.",
        "The database is busy in another Payout Desk window or program: close that one and try again",
    ),
    "store.read_only": (
        "Không ghi được vào thư mục dữ liệu (chỉ đọc): kiểm tra thư mục hoặc ổ đĩa.",
        "The data folder cannot be written (read-only): check the folder or the disk",
    ),
    "store.io_error": (
        "Không đọc/ghi được ổ đĩa: kiểm tra ổ đĩa hoặc USB.",
        "The disk could not be read or written (I/O error): check the disk or USB stick",
    ),
    "store.cannot_open": (
        "Không mở được file dữ liệu: kiểm tra thư mục dữ liệu.",
        "The database file cannot be opened: check that the data folder exists",
    ),
    "store.nothing_recorded": ("{fault} Bước này chưa ghi gì.", "{fault}; nothing was recorded by this step"),
    "store.raw_needs_sqlite": (
        "Giao dịch trực tiếp chỉ dùng cho máy có cơ sở dữ liệu SQLite.",
        "the raw transaction is for a SQLite desk",
    ),
    "store.not_a_url": (
        "{url!r} không phải địa chỉ cơ sở dữ liệu (ví dụ postgresql+psycopg://người_dùng:mật_khẩu@máy_chủ/tên).",
        "{url!r} is not a database URL (e.g. postgresql+psycopg://user:password@host/database)",
    ),
    "store.cannot_create_folder": (
        "Không tạo được thư mục dữ liệu {folder}: {reason}",
        "Cannot create the data folder {folder}: {reason}",
    ),
    "store.no_driver": (
        "Máy này chưa có trình điều khiển cho cơ sở dữ liệu {driver}: hãy nhờ bộ phận kỹ thuật cài đặt.",
        "No driver for {driver} databases here: install it (for PostgreSQL, pip install 'psycopg[binary]') "
        "and use a URL such as postgresql+psycopg://…",
    ),
}
