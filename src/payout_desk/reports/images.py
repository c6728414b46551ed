"""Signature images as stored, decoded defensively before a report draws them: whatever is stored (junk
bytes, a decompression bomb, an image from an older version) gives a picture within bounds or None — the
report then prints a flagged empty cell instead of crashing or spending gigabytes."""

from __future__ import annotations

import io
import warnings
from functools import lru_cache

from PIL import Image

from payout_desk.domain.door_text import signature_fits

UNREADABLE = "chữ ký không đọc được"
"""What the cell of an unreadable signature says (the papers are Vietnamese only)."""


@lru_cache(maxsize=256)
def readable_png(data: bytes) -> bytes | None:
    """The image, re-encoded as a plain PNG, if it decodes within the door's bounds; else None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below, by our bounds
        return _decoded(data)


def _decoded(data: bytes) -> bytes | None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if not signature_fits(width, height):  # the door's bounds (domain/door_text.py)
                return None
            image.load()
            out = io.BytesIO()
            converted = image if image.mode in {"1", "L", "LA", "RGB", "RGBA"} else image.convert("RGBA")
            converted.save(out, format="PNG")
            return out.getvalue()
    except Exception:  # Pillow raises many kinds on junk: any of them means unreadable
        return None
