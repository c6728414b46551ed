"""The report back to the welfare office (issue 15): deaths, moves, unclaimed, arrears, amounts to recover."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "reportback.month_not_imported": (
        "Chưa nhập danh sách chi trả tháng {month}: chưa lập được báo cáo gửi Phòng LĐ-TB&XH.",
        "No register is imported for {month}: there is nothing to report back yet.",
    ),
    "reportback.month_not_issued": (
        "Danh sách chi trả tháng {month} chưa được phát hành: chưa lập được báo cáo gửi Phòng LĐ-TB&XH.",
        "The lists of {month} are not issued yet: there is nothing to report back yet.",
    ),
    "reportback.every_point": (
        "Báo cáo gửi Phòng LĐ-TB&XH gồm mọi điểm chi trả: không in riêng cho một điểm.",
        "The report back covers every point: it is not printed for one point alone.",
    ),
    "reportback.cli_written": (
        "Báo cáo gửi Phòng LĐ-TB&XH tháng {month} đã ghi vào {out}.",
        "The report back for {month} is written to {out}.",
    ),
    "reportback.cli_totals": (
        "  Tổng hợp: {people} người, tổng tiền {total}, đã chi {paid} ({paid_count} người), "
        "chưa chi {unpaid} ({unpaid_count} người), báo giảm {stopped} ({stopped_count} người){frozen}.",
        "  Totals: {people} people, {total} in all, paid {paid} ({paid_count} people), unpaid {unpaid} "
        "({unpaid_count} people), stopped {stopped} ({stopped_count} people){frozen}.",
    ),
    "reportback.cli_frozen": (" — số liệu đã khóa sổ", " — the frozen figures of the closed month"),
    "reportback.cli_sections": (
        "  Báo tử {deaths} · chuyển điểm {moves} · chưa nhận nhiều tháng {unclaimed} · truy lĩnh chuyển vào "
        "{arrears_in} · chưa nhận tháng này {arrears_out} · thu hồi {recover} ({recover_total}) · giữ lại "
        "{holds} · chi một lần cho thân nhân {family}.",
        "  Deaths {deaths} · moves {moves} · unclaimed {unclaimed} · arrears carried in {arrears_in} · unpaid "
        "this month {arrears_out} · to recover {recover} ({recover_total}) · holds {holds} · family payments "
        "{family}.",
    ),
}
