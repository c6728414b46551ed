"""A death and the family (issue 15): the death's record and evidence, a one-off payment to a named relative, amounts to recover."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # the amendment file
    "deaths.payment_malformed": (
        "Mục {where}: khoản chi một lần sai: {problem}.",
        "{where}: the payment {problem}",
    ),
    "deaths.payment_shape": (
        "Mục {where}: khoản chi một lần phải kèm nội dung khoản chi và không kèm đối tượng, lý do hay ngày báo giảm.",
        "{where}: a payment carries its payment and no beneficiary, stop reason or date",
    ),
    "deaths.payment_on_other_change": (
        "Mục {where}: thay đổi loại {kind} không được kèm khoản chi một lần.",
        "{where}: a change of kind {kind} carries a payment",
    ),
    # the office orders a payment
    "deaths.kind_unknown": (
        "Loại khoản chi phải là một trong: {value}.",
        "The payment's kind must be one of: {value}.",
    ),
    "deaths.amount_needed": ("Nhập số tiền (đồng, lớn hơn 0).", "Give the amount (whole đồng, above zero)."),
    "deaths.recipient_needed": (
        "Nhập đủ họ tên, số giấy tờ tùy thân, quan hệ của người nhận và lý do (quyết định chi).",
        "Give the recipient's name, ID number and relation, and the reason (the decision to pay).",
    ),
    "deaths.recipient_id_shape": (
        "Số giấy tờ của người nhận “{number}” không phải số CCCD (12 chữ số) hay CMND (9 chữ số): "
        "điểm chi trả chỉ chi khi đối chiếu được một trong hai.",
        "The recipient's ID number “{number}” is neither a CCCD (12 digits) nor a CMND (9 digits): the "
        "point pays only against one of them.",
    ),
    "deaths.no_death_on_record": (
        "Chưa có tin báo đã mất của {code} đến tháng {month}: chỉ chi mai táng phí hay trợ cấp một lần sau khi "
        "điểm chi trả báo đã mất hoặc bưu cục báo giảm vì đã mất.",
        "No death of {code} is on record up to {month}: a funeral or one-off payment follows a point's death "
        "report or the office's stop as deceased.",
    ),
    "deaths.payment_already": (
        "Danh sách đã có {label} cho gia đình {code} (thông báo thay đổi số {seq}).",
        "The list already has a {label} for the family of {code} (amendment no. {seq}).",
    ),
    "deaths.payment_refused": (
        "Khoản chi một lần không hợp lệ: {problem}.",
        "The payment cannot be made: {problem}.",
    ),
    # the point pays it
    "deaths.pay_named_relative_only": (
        "{label} chỉ chi cho người nhận bưu cục đã ghi: {name}. Chọn người nhận thay ghi trong danh sách.",
        "The {label} is paid only to the recipient the office named: {name}. Choose the recipient the list names.",
    ),
    "deaths.pay_recipient_id_differs": (
        "Số giấy tờ tùy thân nhập vào khác số bưu cục ghi cho {name}: chưa chi, kiểm tra lại giấy tờ.",
        "The ID number typed differs from the one the office wrote down for {name}: not paid, check the card.",
    ),
    # amounts to recover
    "deaths.month_not_issued": (
        "Tháng {month} chưa phát hành danh sách chi trả nào.",
        "No payout list of {month} has been issued.",
    ),
    # the command line
    "deaths.cli_payment": (
        "số {seq}: {label} {amount} cho gia đình {name} ({code}) — người nhận: {recipient} ({relation}); mã dòng chi {line}",
        "no. {seq}: {label} {amount} for the family of {name} ({code}) — to {recipient} ({relation}); paid as {line}",
    ),
    "deaths.cli_recover_head": (
        "Số tiền phải thu hồi đến tháng {month}: {count} lần chi, tổng {total}.",
        "Amounts to recover up to {month}: {count} payouts, {total} in all.",
    ),
    "deaths.cli_recover_row": (
        "{code} {name} ({point}) — tháng {month}: {amount}, {staff} chi ({device}); đã mất ngày {date}, {source}, {where}",
        "{code} {name} ({point}) — {month}: {amount}, paid by {staff} ({device}); died {date}, {source}, {where}",
    ),
    "deaths.source_point": (
        "điểm chi trả báo (người báo: {reported_by})",
        "reported at the point (by {reported_by})",
    ),
    "deaths.source_office": ("bưu cục báo giảm", "stopped by the office"),
}
