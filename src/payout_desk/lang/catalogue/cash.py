"""Cash guarded at the point and counted at the office (issue 16, items 2 and 3): the payout larger than the
cash on hand, the office's cash issue, the point's cash per day as the office sees it."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "cash.short": (
        "Không đủ tiền mặt để chi {amount} cho {who}: máy này chỉ còn {on_hand}. Ghi nhận tiền nhận từ bưu cục "
        "trước, rồi chi.",
        "Not enough cash to pay {amount} to {who}: this laptop holds only {on_hand}. Record the cash received "
        "from the post office first, then pay.",
    ),
    "cash.next_receive": (
        "Ghi nhận tiền nhận từ bưu cục trước (Tiền mặt → Nhận tiền từ bưu cục…), rồi chi.",
        "Record the cash received from the post office first (Cash → Cash received from the post office…), then pay.",
    ),
    "cash.issue_not_positive": (
        "Số tiền xuất phải là số đồng chẵn lớn hơn 0.",
        "The amount issued: whole đồng, more than 0.",
    ),
    "cash.issue_too_large": (
        "Số tiền {amount} vượt giới hạn một lần xuất ({limit}): kiểm tra lại số đã gõ.",
        "The amount {amount} is over the limit for one issue ({limit}): check the number typed.",
    ),
    "cash.unknown_point": (
        "Không có điểm chi trả mã “{point}”.",
        "There is no payout point with the code “{point}”.",
    ),
    "cash.month_not_issued": (
        "Điểm {point} chưa có danh sách tháng {month} đã phát hành: chưa xuất tiền được.",
        "Point {point} has no issued list for {month}: no cash can be issued yet.",
    ),
    "cash.void_needs_reason": ("Ghi lý do hủy lần xuất tiền.", "Give the reason for voiding the cash issue."),
    "cash.no_such_issue": ("Không có lần xuất tiền số {id}.", "There is no cash issue number {id}."),
    "cash.already_voided": (
        "Lần xuất tiền số {id} đã bị hủy ngày {at} ({by}).",
        "Cash issue number {id} was already voided on {at} ({by}).",
    ),
    "cash.flag_negative": ("Số dư âm", "Negative balance"),
    "cash.flag_short": ("Kiểm đếm thiếu", "Count short"),
    "cash.flag_over": ("Kiểm đếm thừa", "Count over"),
    "cash.flag_no_count": ("Có chi nhưng chưa kiểm đếm", "Payouts but no count"),
    "cash.flag_receipts": (
        "Tiền điểm nhận khác tiền bưu cục xuất",
        "Cash the point declares received differs from the cash the office issued",
    ),
    "cash.cli_issued": (
        "Đã ghi lần xuất tiền số {id}: {amount} cho điểm {point}, tháng {month}.",
        "Recorded cash issue {id}: {amount} to point {point} for {month}.",
    ),
    "cash.cli_issue_line": (
        "#{id} {point}: {amount}, {at} UTC, {by}",
        "#{id} {point}: {amount}, {at} UTC, {by}",
    ),
    "cash.cli_voided": ("ĐÃ HỦY {at} ({by}): {reason}", "VOIDED {at} ({by}): {reason}"),
    "cash.cli_list_head": (
        "Tháng {month}: {count} lần xuất tiền, còn hiệu lực {amount}",
        "{month}: {count} cash issues, {amount} standing",
    ),
    "cash.cli_void_done": ("Đã hủy lần xuất tiền số {id}.", "Voided cash issue {id}."),
    "cash.cli_days_head": ("Tiền mặt các điểm, tháng {month}:", "The points' cash, {month}:"),
    "cash.cli_point_line": (
        "{point}: bưu cục xuất {issued}, điểm khai nhận {declared}, đã chi {paid}, nộp lại {returned}, "
        "còn giữ {on_hand}",
        "{point}: office issued {issued}, point declares {declared}, paid {paid}, returned {returned}, "
        "held {on_hand}",
    ),
    "cash.cli_day_line": (
        "{date} {device}: chi {paid} ({payouts} lượt), kiểm đếm {counted}, chênh lệch {difference}",
        "{date} {device}: paid {paid} ({payouts} payouts), counted {counted}, difference {difference}",
    ),
}
