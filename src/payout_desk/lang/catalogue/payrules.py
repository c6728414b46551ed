"""What a payout still needs before it is recorded (domain/payout_rules.py), in the window's words."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "payrules.incomplete": (
        "Chưa chi: còn thiếu {items}.",
        "Not paid: still missing {items}.",
    ),
    "payrules.proxy_name": ("họ tên người nhận thay", "the proxy's name"),
    "payrules.proxy_id": ("số CCCD của người nhận thay", "the proxy's ID number (CCCD)"),
    "payrules.proxy_id_shape": (
        "số CCCD (12 chữ số) hoặc CMND (9 chữ số) đúng của người nhận thay — “{number}” không phải",
        "the proxy's ID number as a 12-digit CCCD or a 9-digit CMND — “{number}” is neither",
    ),
    "payrules.authorisation": (
        "số giấy ủy quyền của người nhận thay",
        "the number of the proxy's written authorisation (giấy ủy quyền)",
    ),
    "payrules.id_checked": (
        "xác nhận đã đối chiếu CCCD của người nhận thay với người có tên trong danh sách",
        "the clerk's word that the proxy's ID card matches the proxy the list names",
    ),
    "payrules.acknowledgement": (
        "chữ ký hoặc điểm chỉ của người nhận",
        "the recipient's signature or thumbprint",
    ),
}
