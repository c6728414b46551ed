"""Render resources/icons/payout-desk.svg to the PNG the window and Linux menus use and to the Windows
.ico (PNG images inside, as Windows Vista and later read them): `python scripts/make_icons.py`."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, offset = b"", 6 + 16 * len(images)
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(images.values())


def main() -> None:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "payout-desk.svg"))
    if not renderer.isValid():
        raise SystemExit("payout-desk.svg is not a valid SVG")
    (ICONS / "payout-desk.png").write_bytes(render(renderer, 256))
    (ICONS / "payout-desk.ico").write_bytes(ico({size: render(renderer, size) for size in ICO_SIZES}))
    print(f"icons in {ICONS}")


if __name__ == "__main__":
    main()
