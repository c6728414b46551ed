"""Paying at the point, reporting why someone is not paid, and voiding a mistaken step."""

from __future__ import annotations

STOP_KEYS = {"deceased": "pay.stop_deceased", "moved": "pay.stop_moved", "other": "pay.stop_other"}
"""The office's stop reasons (domain.payout_list.STOP_REASONS) in words."""
REPORT_KEYS = {
    "absent": "pay.kind_absent",
    "deceased": "pay.kind_deceased",
    "moved": "pay.kind_moved",
    "refused": "pay.kind_refused",
    "hospital": "pay.kind_hospital",
    "wrong-data": "pay.kind_wrong_data",
}
"""The clerk's reports (domain.ledger.ReportKind) in words."""

ENTRIES: dict[str, tuple[str, str]] = {
    "pay.already_paid": (
        "{who} ĐÃ ĐƯỢC CHI {amount} lúc {at}, do {staff} chi {where} trên {device}, người nhận: {recipient}. "
        "Không chi lần nữa. (Lần chi {event}.)",
        "{who} was already paid: {amount} on {at} by {staff} on {device}, {where}, to {recipient} "
        "(payout {event}). Do not pay again.",
    ),
    "pay.where_home": ("tại nhà", "at home"),
    "pay.where_point": ("tại điểm", "at the point"),
    "pay.the_beneficiary": ("chính chủ", "the beneficiary"),
    "pay.this_laptop": ("máy này", "this laptop"),
    "pay.laptop_named": ("máy “{name}”", "{name}"),
    "pay.stop_deceased": ("đã mất", "deceased"),
    "pay.stop_moved": ("chuyển đi", "moved away"),
    "pay.stop_other": ("lý do khác", "other reason"),
    "pay.stopped": (
        "KHÔNG CHI cho {who}: bưu cục đã báo giảm từ {date} ({reason}, thông báo số {seq}).",
        "{who} must not be paid: stopped by the office from {date} ({reason}, notice no. {seq}).",
    ),
    "pay.not_listed": (
        "{who} không còn trong danh sách (lần {revision}); hỏi lại bưu cục.",
        "{who} is no longer on the list (revision {revision}); ask the office.",
    ),
    "pay.reported_deceased": (
        "KHÔNG CHI: {who} đã được báo là đã mất (ngày {date}, do {staff} ghi trên {device}; lần ghi {event}).",
        "Do not pay: {who} was reported deceased (date {date}) by {staff} on {device} (report {event}).",
    ),
    "pay.next_void_report": (
        "Nếu báo nhầm: bấm “Hủy lần báo nhầm…”, ghi lý do, rồi chi trả (lần ghi {event}).",
        "If that report was a mistake: void it with a reason (report {event}), then pay.",
    ),
    "pay.next_void_sibling_report": (
        "Báo cáo này do {device} ghi (lần ghi #{seq}, {staff} ghi lúc {at}, người báo tin: {reported_by}). "
        "Nếu người hưởng vẫn còn sống và đang có mặt: bấm “Hủy báo cáo này”, ghi lý do, rồi chi trả; "
        "bưu cục sẽ thấy cả báo cáo lẫn việc hủy.",
        "That report was recorded on {device} (entry #{seq}, by {staff} at {at}, news brought by "
        "{reported_by}). If the beneficiary is alive and here: void this report with a reason, then pay; "
        "the office sees both the report and the void.",
    ),
    "pay.next_call_office": (
        "Gọi bưu cục nếu người này vẫn cần được chi.",
        "Call the office if this person should still be paid.",
    ),
    "pay.next_already_paid": (
        "Nếu lần chi đó ghi nhầm: hủy lần ghi nhầm (có lý do) trước.",
        "If that payout was recorded by mistake: void it with a reason first.",
    ),
    "pay.no_standing_proxy": (
        "Danh sách không ghi người nhận thay cho {name} ({code}).",
        "The list names no standing proxy for {name} ({code}).",
    ),
    "pay.bad_id_check": (
        "Cách kiểm tra giấy tờ không hợp lệ (chọn: {choices}).",
        "The ID check must be one of {choices}.",
    ),
    "pay.sign_or_thumb": (
        "Một lần chi có chữ ký hoặc điểm chỉ, không cả hai.",
        "A payout is signed or thumbprinted, not both.",
    ),
    "pay.bad_signature": (
        "Ảnh chữ ký không dùng được: {detail}",
        "The signature image cannot be used: {detail}",
    ),
    "pay.id_digits_shape": (
        "Số CCCD gõ vào chỉ gồm chữ số (tối đa 12 số).",
        "The ID digits typed must be digits only (at most 12).",
    ),
    "pay.id_mismatch": (
        "Số CCCD vừa gõ (…{typed}) KHÔNG khớp với số CCCD của {who} trong danh sách. Kiểm tra lại giấy tờ; "
        "nếu vẫn chi, phải ghi lý do.",
        "The ID digits typed (…{typed}) do NOT match {who}'s ID number on the list. Check the papers again; "
        "to pay anyway, give the reason.",
    ),
    "pay.override_needs_mismatch": (
        "Chỉ ghi lý do vẫn chi khi số CCCD không khớp.",
        "An override reason is only for ID digits that do not match.",
    ),
    "pay.report_already_paid": (
        "{who} đã được chi (lần chi {event}). Chỉ báo chưa chi được cho người chưa nhận tiền; nếu lần chi ghi "
        "nhầm, hãy hủy lần ghi nhầm đó trước.",
        "{who} is already paid (payout {event}); a report is for someone not paid. If the payout was recorded "
        "by mistake, void it first.",
    ),
    "pay.report_again": (
        "{who} đã được báo “{kind}” lúc {at} (lần ghi {event}).",
        "{who} is already reported as {kind} (on {at}, event {event}).",
    ),
    "pay.report_bad_kind": (
        "Lý do chưa chi không hợp lệ (chọn: {choices}).",
        "The report kind must be one of {choices}.",
    ),
    "pay.report_death_needs_date": (
        "Báo đã mất cần ngày mất.",
        "A death report needs the date of death.",
    ),
    "pay.report_death_needs_reporter": (
        "Báo đã mất cần ghi ai báo tin (họ tên, quan hệ với người hưởng).",
        "A death report needs who reported it (name and relation).",
    ),
    "pay.report_date_in_future": (
        "Ngày {date} chưa tới: ghi ngày đã xảy ra.",
        "The date {date} is in the future: give the day it happened.",
    ),
    "pay.kind_absent": ("vắng mặt", "absent"),
    "pay.kind_deceased": ("đã mất", "deceased"),
    "pay.kind_moved": ("chuyển đi", "moved away"),
    "pay.kind_refused": ("từ chối nhận", "refused"),
    "pay.kind_hospital": ("đang nằm viện", "in hospital"),
    "pay.kind_wrong_data": ("sai thông tin", "wrong data"),
    "pay.void_needs_reason": ("Cần ghi lý do hủy.", "A void needs a reason."),
    "pay.void_nothing": (
        "{who} chưa có lần chi hay lần báo nào của máy này để hủy.",
        "{who} has no payout or report recorded on this laptop to void.",
    ),
    "pay.no_list": (
        "Chưa nạp danh sách chi trả: hãy nạp file danh sách (.pdlist) bưu cục gửi.",
        "no list loaded yet: load the list file (.pdlist) the office sent.",
    ),
    "pay.no_such_code": (
        "Không có ai mã {code} trong danh sách {point} tháng {month}: kiểm tra lại mã (tìm theo tên).",
        "no beneficiary with code {code} on the list of {point} for {month}; check the code (search by name).",
    ),
    "pay.bad_date": (
        "{what}: ngày phải viết như 2026-12-03, không phải {text}.",
        "{what} must be a date like 2026-12-03, not {text}.",
    ),
    "pay.event_id_short": (
        "Cần mã lần ghi (ít nhất 8 ký tự đầu).",
        "Give the event id (at least its first 8 characters).",
    ),
    "pay.no_such_event": ("Không có lần ghi {event} trong danh sách này.", "No event {event} on this list."),
    "pay.event_ambiguous": (
        "{event} trùng với nhiều lần ghi; gõ thêm ký tự.",
        "{event} matches several events; give more of it.",
    ),
    "pay.void_before_restore": (
        "Lần ghi {event} có từ trước khi máy được khôi phục từ bản sao lưu; bưu cục sẽ xử lý.",
        "Event {event} was recorded before this laptop was restored from a backup; the office settles it.",
    ),
    "pay.void_other_laptop": (
        "Lần ghi {event} do máy “{name}” ghi; chỉ máy đó (hoặc bưu cục) được hủy "
        "(máy này chỉ hủy được báo cáo của máy khác, không hủy lần chi hay tiền mặt).",
        "Event {event} was recorded on {name}; only that device can void it (or the office settles it): "
        "this laptop can void another laptop's reports only, not its payouts or cash.",
    ),
    "pay.void_not_this_kind": (
        "Không hủy được loại lần ghi này ({kind}); hãy ghi lại bước đó.",
        "A {kind} cannot be voided; record the step again instead.",
    ),
    "pay.void_again": ("Lần ghi {event} đã được hủy trước đó.", "Event {event} is already voided."),
    "pay.note_empty": ("Ghi chú đang trống.", "The note is empty."),
    "pay.note_too_long": ("Ghi chú dài tối đa 2.000 ký tự.", "A note is at most 2,000 characters."),
    "pay.cash_return_too_much": (
        "Không nộp lại được {amount}: sổ sách chỉ còn {on_hand}.",
        "Cannot return {amount}: the books show {on_hand} on hand.",
    ),
    "pay.cash_not_positive": ("Số tiền phải lớn hơn 0.", "The amount must be more than 0."),
    "pay.cash_too_large": (
        "Số tiền {amount} làm tổng tiền của máy này trong danh sách vượt giới hạn {limit}: kiểm tra lại số đã gõ.",
        "The amount {amount} takes this laptop's total for the list over the limit of {limit}: check the number typed.",
    ),
    "pay.cash_count_wrong": ("Số đếm tiền không đúng: {detail}", "The cash count is wrong: {detail}"),
    "pay.cash_count_differs": (
        "Tiền đếm được ({counted}) lệch sổ sách ({books}) {difference}: đếm lại, hoặc ghi lý do chênh lệch.",
        "The cash counted ({counted}) differs from the books ({books}) by {difference}: count again, or close "
        "with a reason.",
    ),
}
