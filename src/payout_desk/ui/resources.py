"""Finding resources/ (fonts, translations) and the window's language."""

from __future__ import annotations

import sys
from pathlib import Path

from payout_desk.ui.qt import QApplication, QLocale, QSettings, QTranslator

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_active = {"language": "vi"}
_locale_before: dict[int, QLocale] = {}  # the Vietnamese translator → the default locale it replaced
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def active_language() -> str:
    """The language the window runs in (set when its translator is installed)."""
    return _active["language"]


def resource_dirs() -> list[Path]:
    """Where resources/ may be: in the built app's bundle (PyInstaller's sys._MEIPASS), beside the package
    when installed, the repository's top level otherwise."""
    here = Path(__file__).resolve()
    bundle = getattr(sys, "_MEIPASS", None)
    frozen = [Path(bundle) / "resources"] if bundle else []
    return [*frozen, here.parents[1] / "resources", here.parents[3] / "resources"]


def icon_path() -> Path | None:
    """The app's icon (resources/icons/payout-desk.png), wherever resources/ is."""
    for folder in resource_dirs():
        path = folder / "icons" / "payout-desk.png"
        if path.exists():
            return path
    return None


def settings() -> QSettings:
    return QSettings("Payout Desk", "payout-desk")


def chosen_language() -> str:
    value = settings().value("language", "vi")
    return value if isinstance(value, str) and value in LANGUAGES else "vi"


def choose_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    settings().setValue("language", code)


def install_translator(app: QApplication, code: str) -> QTranslator | None:
    """Vietnamese is the window's own language; Qt's own words (standard buttons, wizard buttons, context
    menus, file dialogs) then come from resources/translations/qt_vi.qm, and Qt's locale is Vietnamese (file
    kinds in the file dialog, dates). Another language comes from resources/translations/payout_desk_<code>.qm
    (Qt's words stay in English)."""
    _active["language"] = "vi"
    name = "qt_vi" if code == "vi" else f"payout_desk_{code}"
    for folder in resource_dirs():
        translator = QTranslator(app)
        if translator.load(str(folder / "translations" / f"{name}.qm")):
            app.installTranslator(translator)
            _active["language"] = code
            if code == "vi":
                _locale_before[id(translator)] = QLocale()
                QLocale.setDefault(VIETNAMESE)
            return translator
    return None


def remove_translator(app: QApplication, translator: QTranslator | None) -> None:
    if translator is not None:
        app.removeTranslator(translator)
        before = _locale_before.pop(id(translator), None)
        if before is not None:
            QLocale.setDefault(before)
    _active["language"] = "vi"
