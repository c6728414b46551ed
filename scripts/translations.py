"""Refresh the English translation: collect the window's strings (pyside6-lupdate), add the ones built
from tables, fill in the English below, and compile the .qm (pyside6-lrelease). Also writes Qt's own words
in Vietnamese (qt_vi.ts/.qm, from payout_desk.lang.catalogue.qt), which PySide6 does not ship.

    .venv/bin/python scripts/translations.py

A test fails when a string of the window has no English here."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "payout_desk_en.ts"
QM = TS.with_suffix(".qm")
QT_TS = TS.with_name("qt_vi.ts")
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "src"))

from payout_desk.lang.catalogue.qt import QT_VI  # noqa: E402
from payout_desk.lang.catalogue.window import WINDOW  # noqa: E402
from payout_desk.ui.office.dashboard_tab import DashboardTab  # noqa: E402
from payout_desk.ui.office.people_tab import PeopleTab  # noqa: E402
from payout_desk.ui.office.unclaimed_panel import UnclaimedPanel  # noqa: E402
from payout_desk.ui.point.search import FILTERS  # noqa: E402
from payout_desk.ui.roster_model import RosterModel  # noqa: E402

# strings the code translates from tables (lupdate cannot see them): context → sources
DYNAMIC = {
    "RosterModel": RosterModel.COLUMNS,
    "PayDialog": ("Đã xem CCCD", "Quét mã QR trên CCCD", "Người quen, biết rõ"),
    "SearchBar": tuple(label for _key, label in FILTERS),
    "status": ("Đã chi", "Báo giảm", "Chưa chi được", "Chưa chi", " · tại nhà"),
    "DashboardTab": DashboardTab.COLUMNS,
    "PeopleTab": PeopleTab.FOUND + PeopleTab.MONTHS,
    "UnclaimedPanel": UnclaimedPanel.COLUMNS,
}

ENGLISH = WINDOW  # the window's part of the catalogue (payout_desk.lang.catalogue.window)


def write_qt_vietnamese(ts: Path = QT_TS) -> Path:
    """Qt's standard strings in Vietnamese: the .ts from the catalogue's table, compiled to the .qm beside it."""
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    for name, texts in QT_VI.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, vietnamese in texts.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = vietnamese
    ET.indent(root)
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "src" / "payout_desk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "vi")
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, texts in DYNAMIC.items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        have = {m.findtext("source") for m in context.iter("message")}
        for text in texts:
            if text not in have:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation")
    missing = []
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source == "status":  # the context name of translate("status", …), not a string to show
                context.remove(message)
                continue
            if source in ENGLISH:
                translation.text = ENGLISH[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    if missing:
        print("no English for:", *missing, sep="\n  ")
        return 1
    qt = write_qt_vietnamese()
    print(f"{TS.relative_to(ROOT)}, {QM.name} and {qt.name} up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
