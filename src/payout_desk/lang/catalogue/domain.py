"""The domain's refusals: ID numbers and CCCD QR codes, amounts, a device's chain of payout events."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "domain.cccd_length": (
        "Số CCCD có 12 chữ số, số này có {count}.",
        "a CCCD has 12 digits, got {count}",
    ),
    "domain.cccd_digits_only": (
        "Số CCCD chỉ gồm chữ số, không phải {number!r}.",
        "a CCCD has only digits, got {number!r}",
    ),
    "domain.unknown_province_code": (
        "Mã tỉnh {value} không có.",
        "unknown province code {value}",
    ),
    "domain.qr_date_format": (
        "Mục {what} trong mã QR không phải ngày dạng ddmmyyyy: {text!r}.",
        "the QR's {what} is not a date ddmmyyyy: {text!r}",
    ),
    "domain.qr_not_cccd": (
        "Đây không phải mã QR của CCCD (thiếu trường).",
        "this is not a CCCD QR code (too few fields)",
    ),
    "domain.qr_old_id": (
        "Số CMND cũ trong mã QR {old_id!r} không phải 9 chữ số.",
        "the QR's old ID number {old_id!r} is not 9 digits",
    ),
    "domain.qr_sex": (
        "Giới tính trong mã QR {sex_text!r} không phải Nam hay Nữ.",
        "the QR's sex field {sex_text!r} is neither Nam nor Nữ",
    ),
    "domain.qr_no_name": (
        "Mã QR không có họ tên.",
        "the QR has no name",
    ),
    "domain.qr_date_unreal": (
        "Mục {what} trong mã QR không phải ngày có thật: {text!r}.",
        "the QR's {what} is not a real date: {text!r}",
    ),
    "domain.not_amount_text": (
        "'{value}' không phải số tiền (đồng).",
        "'{value}' is not an amount in đồng",
    ),
    "domain.not_amount": (
        "{value!r} không phải số tiền (đồng).",
        "{value!r} is not an amount in đồng",
    ),
    "domain.negative_text": (
        "'{value}' là số âm; số tiền trong danh sách chi trả không bao giờ âm.",
        "'{value}' is negative; amounts on a payout list are never negative",
    ),
    "domain.negative": (
        "{value} là số âm; số tiền trong danh sách chi trả không bao giờ âm.",
        "{value} is negative; amounts on a payout list are never negative",
    ),
    "domain.not_whole": (
        "{value!r} không phải số đồng chẵn.",
        "{value!r} is not a whole number of đồng",
    ),
    "domain.other_device": (
        "{where} do máy khác ghi ({device_id}).",
        "{where} was recorded by another device ({device_id})",
    ),
    "domain.other_list": (
        "{where} thuộc danh sách khác ({list_id}).",
        "{where} belongs to another list ({list_id})",
    ),
    "domain.history_gap": (
        "Chuỗi lần ghi nhảy từ lần số {value} sang số {seq}.",
        "the history jumps from event #{value} to #{seq}",
    ),
    "domain.chain_broken": (
        "{where} không nối tiếp lần ghi số {value} (chuỗi mã băm bị đứt).",
        "{where} does not follow event #{value} (the chain of hashes is broken)",
    ),
    "domain.month_format": (
        "Tháng phải viết dạng YYYY-MM, ví dụ 2026-12.",
        "month must be YYYY-MM, e.g. 2026-12",
    ),
    "domain.month_format_got": (
        "Tháng phải viết dạng YYYY-MM, ví dụ 2026-12 (đã nhập {text!r}).",
        "month must be YYYY-MM, e.g. 2026-12 (got {text!r})",
    ),
    "domain.not_banknote": (
        "{note:,} không phải mệnh giá tiền Việt Nam ({notes}).",
        "{note:,} is not a Vietnamese banknote ({notes})",
    ),
    "domain.negative_count": ("Số tờ {note:,} không được âm.", "a negative count of {note:,} notes"),
    "domain.cccd_birth_differs": (
        "CCCD ghi sinh năm {cccd}, dòng ghi {row}",
        "CCCD says born {cccd}, row says {row}",
    ),
    "domain.cccd_sex_differs": (
        "CCCD ghi giới tính {cccd}, dòng ghi {row}",
        "CCCD says {cccd}, row says {row}",
    ),
    "domain.male": ("nam", "male"),
    "domain.female": ("nữ", "female"),
    "domain.typed_not_text": (
        "{field} phải là chữ.",
        "the {field} must be text",
    ),
    "domain.typed_bad_char": (
        "{field} có ký tự không được phép ({char}): hãy gõ lại bằng tay, không dán hay quét mã.",
        "the {field} holds a character that is not allowed ({char}): type it again by hand, without pasting or scanning",
    ),
    "domain.typed_too_long": (
        "{field} dài quá {limit} ký tự: hãy viết ngắn lại.",
        "the {field} is longer than {limit} characters: shorten it",
    ),
    "domain.field_name": ("Họ tên", "name"),
    "domain.field_proxy_name": ("Tên người nhận thay", "proxy's name"),
    "domain.field_proxy_relation": ("Quan hệ của người nhận thay", "proxy's relation"),
    "domain.field_proxy_id_number": ("Số giấy tờ của người nhận thay", "proxy's ID number"),
    "domain.field_authorisation": ("Số giấy ủy quyền", "authorisation reference"),
    "domain.field_note": ("Ghi chú", "note"),
    "domain.field_reason": ("Lý do", "reason"),
    "domain.field_reported_by": ("Người báo", "name of who reported it"),
    "domain.field_staff": ("Tên nhân viên", "staff name"),
    "domain.field_point_name": ("Tên điểm chi trả", "payout point's name"),
    "domain.field_point_code": ("Mã điểm chi trả", "payout point's code"),
    "domain.field_office_name": ("Tên bưu cục", "office's name"),
    "domain.field_device_name": ("Tên máy", "device's name"),
    "domain.field_village": ("Thôn/ấp", "village"),
    "domain.field_commune": ("Xã/phường", "commune"),
    "domain.field_category": ("Đối tượng", "category"),
    "domain.field_address": ("Địa chỉ", "address"),
    "domain.field_code": ("Mã đối tượng", "code"),
    "domain.field_cccd": ("Số CCCD", "CCCD number"),
    "domain.field_label": ("Tên khoản tiền", "amount's label"),
}
