"""Closing a month and carrying arrears (issue 15): the settlement frozen, the unpaid listed, truy lĩnh."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "closing.already_closed": (
        "Tháng {month} đã khóa sổ rồi; số liệu quyết toán giữ nguyên như lúc khóa.",
        "{month} is already closed; its settlement stays as it was when closed.",
    ),
    "closing.not_issued": (
        "Tháng {month} chưa phát hành danh sách nào nên chưa khóa sổ được.",
        "{month} has no issued list, so it cannot be closed.",
    ),
    "closing.carry_from_open": (
        "Tháng {month} chưa khóa sổ: hãy khóa sổ tháng {month} trước khi chuyển truy lĩnh.",
        "{month} is still open: close {month} before carrying its arrears.",
    ),
    "closing.target_not_imported": (
        "Chưa nhập danh sách chi trả tháng {month}: hãy nhập danh sách chi trả tháng {month} trước.",
        "no register imported for {month}: import the register for {month} first",
    ),
    "closing.target_closed": (
        "Tháng {month} đã khóa sổ: không chuyển truy lĩnh vào tháng đã khóa.",
        "{month} is closed: arrears cannot go onto a closed month.",
    ),
    "closing.carry_backwards": (
        "Truy lĩnh tháng {src} chỉ chuyển sang một tháng sau đó (không phải {dst}).",
        "arrears of {src} go onto a later month only (not {dst}).",
    ),
    "closing.mode_unknown": (
        "Không có cách xử lý truy lĩnh “{mode}” (chọn: {choices}).",
        "no arrears mode “{mode}” (choose: {choices}).",
    ),
    "closing.arrears_label": ("Truy lĩnh tháng {months}", "Arrears for {months}"),
    "closing.closed_note": ("sổ đã khóa lúc {at} ({by})", "closed at {at} by {by}"),
    "closing.closed_head": (
        "Đã khóa sổ tháng {month} lúc {at} ({by}).",
        "{month} closed at {at} by {by}.",
    ),
    "closing.closed_figures": (
        "{people} người, {amount}; đã chi {paid} người; báo giảm {stopped} người; chưa nhận {unpaid} người, {unpaid_amount}.",
        "{people} people, {amount}; paid {paid}; stopped {stopped}; not paid {unpaid}, {unpaid_amount}.",
    ),
    "closing.late_count": (
        "{count} lần ghi nhận đến sau khi khóa sổ (ghi riêng, không tính vào số liệu đã khóa).",
        "{count} records arrived after the close (listed apart, not in the closed figures).",
    ),
    "closing.late_line": (
        "{kind} {code}— {amount}, ghi nhận sau khi khóa sổ (máy {device}, {staff}, {at}).",
        "{kind} {code}— {amount}, recorded after the close (laptop {device}, {staff}, {at}).",
    ),
    "closing.late_label": (
        "Ghi nhận sau khi khóa sổ (không tính vào số liệu đã khóa)",
        "Recorded after the close (not in the closed figures)",
    ),
    "closing.event_payout": ("Chi trả", "Payout"),
    "closing.event_report": ("Báo cáo", "Report"),
    "closing.event_void": ("Hủy lần ghi", "Void"),
    "closing.event_cash_received": ("Nhận tiền từ bưu cục", "Cash received from the post office"),
    "closing.event_cash_returned": ("Nộp lại tiền cho bưu cục", "Cash returned to the post office"),
    "closing.event_cash_count": ("Kiểm quỹ", "Cash count"),
    "closing.event_day_closed": ("Kết thúc ngày", "Day closed"),
    "closing.event_note": ("Ghi chú", "Note"),
    "closing.event_other": ("Ghi nhận khác", "Other record"),
    "closing.carry_head": (
        "Truy lĩnh tháng {src} sang tháng {dst}: {count} người, {amount}.",
        "Arrears of {src} onto {dst}: {count} people, {amount}.",
    ),
    "closing.list_head": (
        "Truy lĩnh tháng {src}: {count} người, {amount} — chỉ lập danh sách gửi phòng Lao động – Thương binh và Xã hội, không thêm vào danh sách tháng {dst}.",
        "Arrears of {src}: {count} people, {amount} — listed for the welfare office only, not added to the {dst} lists.",
    ),
    "closing.carry_nothing_new": (
        "Không có gì mới: truy lĩnh tháng {src} đã được chuyển trước đây, không thay đổi gì.",
        "Nothing new: the arrears of {src} were carried before; nothing changed.",
    ),
    "closing.carry_reissue": (
        "Danh sách của điểm {points} có lần phát hành mới: hãy phát hành lại danh sách tháng {month}.",
        "The lists of {points} have a new revision: issue the {month} lists again.",
    ),
    "closing.months_covered": ("tháng {months}", "months {months}"),
    "closing.skipped": ("Không chuyển {count} người:", "Not carried, {count} people:"),
    "closing.skip_already_carried": ("đã chuyển truy lĩnh trước đây", "already carried"),
    "closing.skip_deceased": ("đã có báo tử", "reported deceased"),
    "closing.skip_held": ("đang bị giữ lại", "held"),
    "closing.skip_stopped": ("đã báo giảm", "stopped"),
    "closing.skip_paid_in_month": (
        "đã nhận tiền tháng sau: chuyển truy lĩnh sang tháng kế tiếp",
        "already paid in the later month: carry it to the month after",
    ),
    "closing.skip_not_listed": ("không có trong danh sách tháng sau", "not on the later month's lists"),
    "closing.mode_is": ("Truy lĩnh: {mode}", "Arrears: {mode}"),
}
