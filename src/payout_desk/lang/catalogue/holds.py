"""Holds (issue 15): people kept off a month's lists until the office releases them or confirms the stop, and the register import's checks against earlier months."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "holds.code_changed": (
        "Mã {code} là người mang mã {previous} tháng {month} (cùng số CCCD {cccd}): coi là một người.",
        "code {code} is the person coded {previous} in {month} (the same CCCD {cccd}): taken as one person",
    ),
    "holds.cccd_differs": (
        "Mã {code} tháng {month} mang số CCCD {previous}, dòng này ghi {cccd}: dòng bị từ chối, hãy kiểm tra lại.",
        "code {code} had the CCCD {previous} in {month}, this row says {cccd}: row refused, check it",
    ),
    "holds.source_point": ("điểm chi trả báo mất", "a point reported the death"),
    "holds.source_office": ("bưu cục đã báo giảm vì đã mất", "the office stopped them as deceased"),
    "holds.reported_deceased": (
        "{code}: {source} ({where}, tháng {month}, ngày mất {date}); giữ lại, không đưa vào danh sách chi trả cho đến khi bưu cục quyết định.",
        "{code}: {source} ({where}, {month}, died {date}); held: kept off the lists until the office decides",
    ),
    "holds.stopped_earlier": (
        "{code}: đã báo giảm ({reason}) tại {where} tháng {month}; giữ lại, không đưa vào danh sách chi trả cho đến khi bưu cục quyết định.",
        "{code}: stopped ({reason}) at {where} in {month}; held: kept off the lists until the office decides",
    ),
    "holds.stop_confirmed_earlier": (
        "{code}: bưu cục đã xác nhận báo giảm tháng {month} ({reason}); giữ lại.",
        "{code}: the office confirmed the stop in {month} ({reason}); held",
    ),
    "holds.moved_point": (
        "{code}: chuyển điểm chi trả, tháng {month} ở {old}, nay ở {new}.",
        "{code}: moved point, at {old} in {month}, now at {new}",
    ),
    "holds.amount_changed": (
        "{code}: trợ cấp hàng tháng đổi từ {before:,} đ (tháng {month}) thành {now:,} đ, không có dòng truy lĩnh.",
        "{code}: the monthly allowance changed from {before:,} đ ({month}) to {now:,} đ, with no arrears line",
    ),
    "holds.missing_since": (
        "{code} {name}: có trong danh sách tháng {month} ({point}, {amount:,} đ), nay không có trong danh sách mà chưa báo giảm.",
        "{code} {name}: on the {month} list ({point}, {amount:,} đ), absent now without a stop",
    ),
    "holds.arrears_duplicate": (
        "{code}: dòng truy lĩnh trùng khoản truy lĩnh {amount:,} đ của tháng {month} bưu cục đã chuyển sang tháng {to}.",
        "{code}: the arrears line repeats the {amount:,} đ arrears of {month} the office already carried to {to}",
    ),
    "holds.month_not_imported": (
        "Chưa nhập danh sách chi trả tháng {month}.",
        "no register has been imported for {month}",
    ),
    "holds.already_held": (
        "{code} đang được giữ lại tháng {month} (hoặc đã xác nhận báo giảm).",
        "{code} is already held in {month} (or the stop was confirmed)",
    ),
    "holds.not_on_register": (
        "{code} không có trong danh sách chi trả tháng {month}.",
        "{code} is not on the {month} register",
    ),
    "holds.list_issued": (
        "Danh sách của {point} tháng {month} đã phát hành: muốn thôi chi trả cho {code}, hãy làm báo giảm.",
        "the {month} list of {point} is already issued: to stop paying {code}, make a stop amendment",
    ),
    "holds.not_held": (
        "{code} không bị giữ lại tháng {month}: không có gì để quyết định.",
        "{code} is not held in {month}: there is nothing to decide",
    ),
    "holds.reason_needed": ("Hãy ghi lý do.", "give a reason"),
    "holds.kind_reported_deceased": ("đã được báo mất", "reported deceased"),
    "holds.kind_stopped_earlier": ("đã báo giảm trước", "stopped earlier"),
    "holds.kind_by_hand": ("bưu cục giữ lại", "held by the office"),
    "holds.state_held": ("đang giữ lại", "held"),
    "holds.state_released": ("đã đưa lại danh sách", "released"),
    "holds.state_confirmed": ("đã xác nhận báo giảm", "stop confirmed"),
    "holds.cli_head": ("Giữ lại tháng {month}: {count} người", "Held in {month}: {count} people"),
    "holds.cli_line": (
        "{code} {name} ({point}, {amount}): {kind}, {state}",
        "{code} {name} ({point}, {amount}): {kind}, {state}",
    ),
    "holds.cli_held": (
        "Đã giữ lại {code} tháng {month}: không đưa vào danh sách chi trả.",
        "Held {code} in {month}: kept off the lists",
    ),
    "holds.cli_decided_released": (
        "Đã đưa {code} trở lại danh sách tháng {month}.",
        "Released {code} in {month}: back on the list",
    ),
    "holds.cli_decided_confirmed": (
        "Đã xác nhận báo giảm {code} tháng {month}: không chi trả.",
        "Confirmed the stop of {code} in {month}: not paid",
    ),
    "holds.cli_amendment": ("báo tăng gửi điểm chi trả: {path}", "addition for the point: {path}"),
    "holds.cli_draft": (
        "đã đưa vào danh sách chưa phát hành (phát hành danh sách để gửi điểm chi trả)",
        "put in the list not yet issued (issue the lists to send it to the point)",
    ),
    "holds.cli_left_out": (
        "{count} người đang giữ lại không có trong danh sách.",
        "{count} held people are left off the lists",
    ),
    "holds.evidence_death": (
        "{source} · {where} · tháng {month} · ngày mất {date} · người báo: {reported_by}",
        "{source} · {where} · {month} · died {date} · reported by: {reported_by}",
    ),
    "holds.evidence_stop": (
        "báo giảm ({reason}) · {where} · tháng {month}",
        "stopped ({reason}) · {where} · {month}",
    ),
    "holds.evidence_by_hand": ("{by} giữ lại ngày {at}", "held by {by} on {at}"),
}
