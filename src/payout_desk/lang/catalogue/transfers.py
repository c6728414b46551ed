"""Moving a person to another point (issue 15): one stop and one addition, signed in one step."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "transfers.not_listed": (
        "Không có ai mã {code} trong các danh sách chi trả tháng {month}.",
        "Nobody with the code {code} is on a payout list of {month}.",
    ),
    "transfers.already_stopped": (
        "{code} đã được báo giảm trong tháng {month}: không chuyển điểm được.",
        "{code} is already stopped in {month}: there is nothing to move.",
    ),
    "transfers.same_point": (
        "{code} đang nhận tại điểm {point}: chọn điểm chi trả khác.",
        "{code} is already paid at {point}: choose another point.",
    ),
    "transfers.no_list_there": (
        "Điểm {point} chưa có danh sách chi trả tháng {month}: phát hành danh sách trước.",
        "{point} has no issued payout list for {month}: issue its list first.",
    ),
    "transfers.already_there": (
        "{code} đã có trong danh sách của điểm {point}.",
        "{code} is already on {point}'s list.",
    ),
    "transfers.listed_on": (
        "Có tên trong danh sách điểm {point} (lần phát hành {revision}), chưa báo giảm",
        "On the list of {point} (revision {revision}), not stopped",
    ),
    "transfers.cli_done": (
        "Đã chuyển {code} {name} từ điểm {source} sang điểm {target} từ ngày {date} ({amount}/tháng): "
        "hai thông báo thay đổi, gửi cho cả hai điểm:",
        "Moved {code} {name} from {source} to {target} from {date} ({amount} a month): two amendment files, "
        "one for each point:",
    ),
}
