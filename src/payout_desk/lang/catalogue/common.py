"""Words used everywhere: the generic refusals."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "common.detail": ("{detail}", "{detail}"),
    "common.unexpected": (
        "Lỗi không mong đợi ({kind}). Chương trình không ghi gì; hãy báo cho bộ phận kỹ thuật.",
        "Unexpected error ({kind}). Nothing was written; tell the technical staff.",
    ),
}
ENTRIES["file.refused"] = (
    "File bị từ chối, không dùng được: {detail} Hãy hỏi lại nơi gửi file.",
    "File refused: {detail}",
)
