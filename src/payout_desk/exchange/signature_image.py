"""A drawn signature as it arrives (from the signature pad, a `--signature` file, a sync or peer file):
checked by decoding it, with bounds, before anything keeps it.

The pad draws about 600 × 200 pixels. An image is taken only when it is a PNG of at most
MAX_SIGNATURE_BYTES, whose header (the IHDR chunk, read before any decoding) gives at most MAX_SIDE pixels
a side and MAX_PIXELS in all — far stricter than Pillow's decompression-bomb guard (89 M pixels) — and
which Pillow then decodes completely (a junk or cut-short image is refused here, not when a report draws
it). At most 4 M pixels of at most 8 bytes each: the decoding never needs more than about 32 MB.

The bytes are kept as they came, not re-encoded: the payout event names its image by SHA-256 inside the
device's signed hash chain, and `audit verify` checks every image against that hash, so a re-encoded copy
would no longer be the image the event names. Once an image decodes within the bounds, its bytes are as
harmless to every later reader as a re-encoding would be."""

from __future__ import annotations

import hashlib
import io
import struct
import warnings

from PIL import Image

from payout_desk.domain.door_text import SIGNATURE_BYTES, SIGNATURE_PIXELS, SIGNATURE_SIDE, signature_fits
from payout_desk.lang import Explained, t

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES, MAX_SIDE, MAX_PIXELS = SIGNATURE_BYTES, SIGNATURE_SIDE, SIGNATURE_PIXELS
_IHDR = struct.Struct(">I4sII")  # length, "IHDR", width, height: the first chunk after the magic


class SignatureImageError(Explained, ValueError):
    """A signature image that is not taken; its Text says why."""


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's header, without decoding it; refused when it is not a PNG."""
    if not png.startswith(PNG_MAGIC) or len(png) < len(PNG_MAGIC) + _IHDR.size:
        raise SignatureImageError(t("files.signature_not_png"))
    length, kind, width, height = _IHDR.unpack_from(png, len(PNG_MAGIC))
    if length != 13 or kind != b"IHDR":
        raise SignatureImageError(t("files.signature_not_png"))
    return width, height


def check_png(png: bytes) -> str:
    """The SHA-256 of a signature image, once it is a PNG within the bounds that decodes completely."""
    return _checked(png, ink=False)[0]


MIN_INK_PIXELS = 20
"""A signature has at least this many pixels darker than mid-grey: a blank image signs nothing."""


def inspect_png(png: bytes) -> tuple[str, bool]:
    """(`check_png`'s SHA-256, whether the image holds a pen stroke at all), from one decoding."""
    return _checked(png, ink=True)


def _checked(png: bytes, *, ink: bool) -> tuple[str, bool]:
    if len(png) > MAX_SIGNATURE_BYTES:
        raise SignatureImageError(t("files.signature_too_large", size=len(png), limit=MAX_SIGNATURE_BYTES))
    width, height = png_size(png)
    if not signature_fits(width, height):
        raise SignatureImageError(
            t("files.signature_too_many_pixels", width=width, height=height, side=MAX_SIDE, pixels=MAX_PIXELS)
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(png), formats=["PNG"]) as image:
                if image.size != (width, height):
                    raise ValueError("size")
                image.load()
                inked = not ink or sum(image.convert("L").histogram()[:128]) >= MIN_INK_PIXELS
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError, Warning) as exc:
        raise SignatureImageError(t("files.signature_undecodable")) from exc
    return hashlib.sha256(png).hexdigest(), inked
