"""A point laptop's loading and exchange: list files, amendments, peers' sync files, export."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "point.other_point": (
        "Máy này làm cho điểm {code} ({name}); file là của điểm {point_code} ({point_name}). Điểm khác cần thư mục dữ liệu riêng.",
        "this device works for point {code} ({name}); the file is for point {point_code} ({point_name}). Use a separate data folder for another point",
    ),
    "point.is_sync_file": (
        "Đây là file đồng bộ của một máy: hãy nhận nó như file đồng bộ của máy cùng điểm.",
        "it is a device's sync file: use `payout-desk point import-peer`",
    ),
    "point.amendment_other_list": (
        "{name}: thông báo thay đổi cho danh sách của {point_code} tháng {month}, không phải danh sách đang có trên máy này; hãy nạp danh sách đó trước.",
        "{name}: it amends the list of {point_code} for {month}, which is not the list loaded on this device; load that list first",
    ),
    "point.other_office_key": (
        "Danh sách này được ký bằng mã máy {key_id} (mã kiểm tra {fingerprint}), không phải mã của bưu cục mà máy này tin cậy ({name}, mã máy {key_id2}); hãy hỏi bưu cục.",
        "this list is signed by key {key_id} (fingerprint {fingerprint}), not by the office key this device trusts ({name}, key {key_id2}); ask the office",
    ),
    "point.fingerprint_differs": (
        "File được ký với mã kiểm tra {fingerprint}, không phải mã {given} đã được báo: không dùng file này; gọi điện cho bưu cục.",
        "the file is signed by fingerprint {fingerprint}, not the {given} you were given: do not use this file; call the office",
    ),
    "point.office_not_trusted": (
        "Chưa tin cậy mã máy của bưu cục: gọi điện đối chiếu mã kiểm tra {fingerprint} với bưu cục, rồi nạp lại kèm mã kiểm tra đó.",
        "the office key is not trusted yet: confirm its fingerprint {fingerprint} with the office by phone, "
        "then load again with that fingerprint",
    ),
    "point.list_id_reused": (
        "File này dùng lại mã danh sách cho điểm hoặc tháng khác; hãy hỏi bưu cục.",
        "this file reuses a list id for another point or month; ask the office",
    ),
    "point.older_revision": (
        "Đây là lần phát hành {revision} của danh sách, cũ hơn lần {revision2} đã nạp; hãy dùng file mới nhất của bưu cục.",
        "this is revision {revision} of the list, older than revision {revision2} already loaded; use the newest file from the office",
    ),
    "point.same_revision_differs": (
        "Đã nạp một file khác cùng lần phát hành {revision}; hãy hỏi bưu cục.",
        "a different file with the same revision {revision} is already loaded; ask the office",
    ),
    "point.bad_fingerprint": (
        "Mã kiểm tra của bưu cục không hợp lệ: {detail}",
        "the office fingerprint given is not valid: {detail}",
    ),
    "point.peer_file": (
        "{name} là file đồng bộ của máy khác; hãy nhận nó như file đồng bộ của máy cùng điểm.",
        "{name} is another device's sync file; use `point import-peer` for it",
    ),
    "point.own_sync_file": (
        "{name} là file đồng bộ của chính máy này; hãy mang nó lên bưu cục.",
        "{name} is this device's own sync file; take it to the office instead",
    ),
    "point.cannot_export": (
        "Không ghi được {out}: {value}; chưa xuất gì.",
        "cannot write {out}: {value}; nothing was exported",
    ),
    "point.peer_other_list": (
        "{name} thuộc danh sách chưa nạp trên máy này (điểm {point_code}, tháng {month}); hãy nạp danh sách đó trước.",
        "{name} is for a list not loaded on this device (point {point_code}, month {month}); load that list first",
    ),
    "point.peer_unknown_device": (
        "{name} được ký bởi một máy chưa đăng ký máy cho điểm này trong danh sách đang có (mã máy {device_id}, mã kiểm tra {fingerprint}); hãy nạp danh sách mới nhất của bưu cục.",
        "{name} is signed by a device not enrolled for this point in the list loaded here (key {device_id}, fingerprint {fingerprint}); load the newest list from the office",
    ),
    "point.search_hint": (
        "Gõ một phần họ tên, mã đối tượng, mấy số cuối CCCD hoặc tên thôn/ấp.",
        "type part of a name, a code, the last digits of a CCCD or a village",
    ),
    "point.change_differs": (
        "Thay đổi số {seq} trong file khác với thay đổi cùng số đã nạp; hãy hỏi bưu cục.",
        "its change no. {seq} differs from the one already loaded; ask the office",
    ),
}
