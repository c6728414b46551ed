"""The TTF embedded in every PDF, so Vietnamese prints correctly on any printer and viewer."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD = "PayoutDeskSans", "PayoutDeskSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    """resources/fonts in the built app's bundle, beside the installed package, or at the repository's
    top level."""
    here = Path(__file__).resolve()
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources" / "fonts"] if bundle else []
    candidates += [here.parents[1] / "resources" / "fonts", here.parents[3] / "resources" / "fonts"]
    for folder in candidates:
        if (folder / FILES[REGULAR]).exists():
            return folder
    raise FileNotFoundError("the bundled fonts (resources/fonts) are missing: reinstall Payout Desk")


@cache
def register_fonts() -> None:
    folder = fonts_dir()
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
