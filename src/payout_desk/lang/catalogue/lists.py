"""A point laptop looking at a list file before loading it (the first-run wizard's list page)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "lists.unreadable": (
        "{name} không phải danh sách chi trả dùng được (file hỏng, hoặc không phải file của Payout Desk). "
        "Hãy xin bưu cục gửi lại danh sách của điểm mình.",
        "{name} is not a usable payout list (damaged, or not a Payout Desk file). "
        "Ask the office to send your point's list again.",
    ),
    "lists.not_a_list": (
        "{name} không phải danh sách chi trả (đây là {kind}). Chọn file danh sách .pdlist bưu cục gửi.",
        "{name} is not a payout list (it is {kind}). Choose the .pdlist list file the office sent.",
    ),
    "lists.sealed_for_others": (
        "Danh sách {name} được niêm phong cho máy khác, không dành cho máy này. Hãy xin bưu cục danh sách "
        "của điểm mình (bưu cục phải đăng ký máy này cho điểm trước khi phát hành danh sách).",
        "{name} is sealed for other laptops, not this one. Ask the office for your point's list (the "
        "office must enrol this laptop for the point before issuing it).",
    ),
    "lists.not_enrolled": (
        "Danh sách này của điểm {point}, nhưng máy này chưa được đăng ký cho điểm đó. Nếu đây là điểm của "
        "bạn: đọc mã kiểm tra của máy cho bưu cục để đăng ký máy, rồi xin danh sách mới. Nếu không: hãy "
        "xin bưu cục danh sách của điểm mình.",
        "This list is for point {point}, but this laptop is not enrolled there. If that is your point: "
        "read this laptop's check code to the office to enrol it, then ask for a new list. If not: ask "
        "the office for your point's list.",
    ),
    "lists.other_point": (
        "Danh sách này của điểm {point}; máy này làm việc cho điểm {mine}. Hãy xin bưu cục danh sách của "
        "điểm {mine}.",
        "This list is for point {point}; this laptop works for point {mine}. Ask the office for the list "
        "of {mine}.",
    ),
    "lists.other_office": (
        "Danh sách này do {office} ký (mã kiểm tra {fingerprint}), không phải bưu cục máy này tin cậy "
        "({trusted}). Không dùng file này; gọi điện cho bưu cục.",
        "This list is signed by {office} (check code {fingerprint}), not by the office this laptop trusts "
        "({trusted}). Do not use this file; call the office.",
    ),
    "lists.kind_sync": ("file đồng bộ của một máy", "a laptop's sync file"),
    "lists.kind_amendment": ("thông báo báo giảm/báo tăng", "an amendment"),
}
