"""The language menu both windows carry: Vietnamese or English, applied at the next start."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.ui.qt import QAction, QMenu
from payout_desk.ui.resources import LANGUAGES, choose_language, chosen_language

RESTART_NOTE = (
    "Ngôn ngữ mới có hiệu lực khi mở lại chương trình. / The new language applies at the next start."
)


def add_language_menu(parent: QMenu, say: Callable[[str], None]) -> QMenu:
    language = parent.addMenu("Ngôn ngữ / Language")
    for code, label in LANGUAGES.items():
        action = language.addAction(label)
        action.setData(code)
        action.setCheckable(True)
        action.setChecked(code == chosen_language())

    def chosen(action: QAction) -> None:
        choose_language(str(action.data()))
        say(RESTART_NOTE)

    language.triggered.connect(chosen)
    return language
