"""The one way the windows ask for a file or a folder, a yes/no, a line of text or a number.

Files and folders are chosen in Qt's own file dialog, never the system's (DontUseNativeDialog), so it speaks
the window's language on every system (Qt's words come from resources/translations/qt_vi.qm); a save
dialog has its suggested file name filled in and adds the file type's suffix when the clerk leaves it off.

Each question comes in two forms: `*_dialog(…)` builds the dialog and returns it (a test fills it in and
presses its buttons, or calls `.open()` and answers later), and `ask_*`/`open_*`/`save_file`/`choose_folder`
run that dialog and return the answer (None when the clerk cancels)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from payout_desk.ui.plain import plain
from payout_desk.ui.qt import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QTimer, QWidget

FILE_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def file_dialog(
    parent: QWidget | None,
    title: str,
    *,
    mode: QFileDialog.FileMode,
    filters: Sequence[str] = (),
    folder: str | Path = "",
    save: bool = False,
) -> QFileDialog:
    """Qt's own file dialog (not the system's) asking for `mode` (one file, several, a folder)."""
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setOption(FILE_OPTIONS, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if filters:
        dialog.setNameFilters(list(filters))
    return dialog


def open_file_dialog(
    parent: QWidget | None, title: str, filters: Sequence[str] = (), folder: str | Path = ""
) -> QFileDialog:
    return file_dialog(parent, title, mode=QFileDialog.FileMode.ExistingFile, filters=filters, folder=folder)


def open_files_dialog(
    parent: QWidget | None, title: str, filters: Sequence[str] = (), folder: str | Path = ""
) -> QFileDialog:
    return file_dialog(parent, title, mode=QFileDialog.FileMode.ExistingFiles, filters=filters, folder=folder)


def save_file_dialog(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: Sequence[str] = (),
    *,
    folder: str | Path = "",
    suffix: str = "",
) -> QFileDialog:
    """A save dialog with `name` (the suggested file name) filled in; `suffix` (by default `name`'s) is
    added when the clerk leaves it off."""
    dialog = file_dialog(
        parent, title, mode=QFileDialog.FileMode.AnyFile, filters=filters, folder=folder, save=True
    )
    suffix = suffix or Path(name).suffix
    if suffix:
        dialog.setDefaultSuffix(suffix.lstrip("."))
    if name:
        dialog.selectFile(name)
    return dialog


def folder_dialog(parent: QWidget | None, title: str, folder: str | Path = "") -> QFileDialog:
    return file_dialog(parent, title, mode=QFileDialog.FileMode.Directory, folder=folder)


def chosen_paths(dialog: QFileDialog) -> list[Path]:
    """Run the dialog; the paths chosen, or none when the clerk cancels."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [Path(p) for p in dialog.selectedFiles() if p]


def _first(dialog: QFileDialog) -> Path | None:
    paths = chosen_paths(dialog)
    return paths[0] if paths else None


def open_file(
    parent: QWidget | None, title: str, filters: Sequence[str] = (), folder: str | Path = ""
) -> Path | None:
    return _first(open_file_dialog(parent, title, filters, folder))


def open_files(
    parent: QWidget | None, title: str, filters: Sequence[str] = (), folder: str | Path = ""
) -> list[Path]:
    return chosen_paths(open_files_dialog(parent, title, filters, folder))


def save_file(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: Sequence[str] = (),
    *,
    folder: str | Path = "",
    suffix: str = "",
) -> Path | None:
    """Where to save, `name` offered; the path always ends with `suffix` (by default `name`'s)."""
    path = _first(save_file_dialog(parent, title, name, filters, folder=folder, suffix=suffix))
    suffix = suffix or Path(name).suffix
    if path is None or not suffix or path.name.lower().endswith(suffix.lower()):
        return path
    return path.with_name(path.name + suffix)


def choose_folder(parent: QWidget | None, title: str, folder: str | Path = "") -> Path | None:
    return _first(folder_dialog(parent, title, folder))


# questions ---------------------------------------------------------------------------------------------


def confirm_dialog(
    parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = ""
) -> QMessageBox:
    """A yes/no question; "no" is the default button (Enter does not do the irreversible thing). `yes`/`no`
    name the buttons when Qt's Có/Không would be unclear."""
    box = plain(
        QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    )
    yes_button = box.addButton(QMessageBox.StandardButton.Yes)
    no_button = box.addButton(QMessageBox.StandardButton.No)
    if yes:
        yes_button.setText(yes)
    if no:
        no_button.setText(no)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    return box


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
    box = confirm_dialog(parent, title, text, yes=yes, no=no)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning that does not block the window: shown, raised, and returned."""
    box = plain(QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent))
    box.setModal(False)
    box.show()
    QTimer.singleShot(0, box, box.raise_)  # not after the box is gone
    return box


def text_dialog(
    parent: QWidget | None,
    title: str,
    label: str,
    *,
    text: str = "",
    secret: bool = False,
    ok: str = "",
) -> QInputDialog:
    """A line of text to type (`secret`: shown as dots); `ok` names the accept button."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for shown in dialog.findChildren(QLabel):  # the label (its text may name a file or a person)
        plain(shown)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
    if ok:
        dialog.setOkButtonText(ok)
    return dialog


def ask_text(
    parent: QWidget | None, title: str, label: str, *, text: str = "", secret: bool = False, ok: str = ""
) -> str | None:
    """The text typed, or None when the clerk cancels."""
    dialog = text_dialog(parent, title, label, text=text, secret=secret, ok=ok)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def number_dialog(
    parent: QWidget | None, title: str, label: str, *, value: int = 0, top: int = 2_000_000_000, step: int = 1
) -> QInputDialog:
    """A whole number from 0 to `top`."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setIntRange(0, top)
    dialog.setIntStep(step)
    dialog.setIntValue(value)
    return dialog


def ask_number(
    parent: QWidget | None, title: str, label: str, *, value: int = 0, top: int = 2_000_000_000, step: int = 1
) -> int | None:
    dialog = number_dialog(parent, title, label, value=value, top=top, step=step)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.intValue()
