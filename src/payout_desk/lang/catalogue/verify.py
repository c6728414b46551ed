"""`verify`: whether this desk trusts the signer of a file, said in a sentence."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "verify.no_desk": (
        "Ở đây chưa có máy nào để so; hãy gọi điện đối chiếu mã kiểm tra với người ký.",
        "no desk here to compare with; compare the fingerprint with the signer by phone",
    ),
    "verify.own_key": ("Được ký bằng khóa của chính máy này.", "signed by this desk's own key"),
    "verify.revoked_device": (
        "Được ký bởi máy “{name}” của {point}, máy đã NGỪNG SỬ DỤNG từ {day}.",
        "signed by device “{name}” of {point}, REVOKED on {day}",
    ),
    "verify.enrolled_device": (
        "Được ký bởi máy “{name}”, đã đăng ký máy cho điểm {point}.",
        "signed by device “{name}”, enrolled for point {point}",
    ),
    "verify.trusted_office": (
        "Được ký bằng mã máy của bưu cục đã tin cậy ({name}).",
        "signed by the trusted office key ({name})",
    ),
    "verify.unknown_key": (
        "Được ký bằng một mã máy mà máy này không biết (máy cùng điểm? nhận nó như file đồng bộ của máy cùng "
        "điểm thì sẽ được kiểm tra).",
        "signed by a key this desk does not know (a peer device? `point import-peer` checks it)",
    ),
    "verify.not_trusted_office": (
        "KHÔNG được ký bằng mã máy của bưu cục đã tin cậy ({name}, mã máy {key_id}).",
        "NOT signed by the trusted office key ({name}, key {key_id})",
    ),
    "verify.not_enrolled": (
        "Được ký bởi một máy chưa đăng ký máy tại bưu cục này.",
        "signed by a device this office has not enrolled",
    ),
    "verify.no_trusted_office": (
        "Máy này chưa tin cậy mã máy của bưu cục nào; hãy gọi điện đối chiếu mã kiểm tra với bưu cục.",
        "this desk has no trusted office key yet; compare the fingerprint with the office by phone",
    ),
}
