"""The box where a person signs, or gives a thumbprint instead: the signature pad, "Ký lại" (which never
takes Enter: Enter confirms the dialog, it never erases the signature) and the thumbprint box. The pay
dialog and the sign-up dialog both use it; closing either with a signature drawn asks first."""

from __future__ import annotations

from collections.abc import Callable

from payout_desk.ui.plain import plain
from payout_desk.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from payout_desk.ui.signature_pad import SignaturePad


def problem_line() -> QLabel:
    """Where a signing dialog says the service's refusal (red, wrapped, plain text)."""
    label = plain(QLabel(""))
    label.setWordWrap(True)
    label.setStyleSheet("color:#b00020;font-weight:600")
    return label


def confirm_buttons(
    dialog: QDialog, confirm: str, cancel: str, on_confirm: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A signing dialog's two buttons: `confirm` the default (Enter), `cancel` never takes Enter."""
    buttons = QDialogButtonBox()
    yes = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
    no = buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    assert yes is not None and no is not None
    no.setAutoDefault(False)
    yes.setDefault(True)
    yes.setStyleSheet("font-weight:700;padding:6px 14px")
    buttons.accepted.connect(on_confirm)
    buttons.rejected.connect(dialog.reject)
    return buttons, yes, no


class SignBox(QGroupBox):
    def __init__(self, title: str, thumbprint: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(150)
        layout.addWidget(self.pad, 1)
        under = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Ký lại"))
        self.clear_button.setAutoDefault(False)  # Enter confirms; it never erases the signature
        self.clear_button.clicked.connect(self.pad.clear)
        self.thumbprint = QCheckBox(thumbprint)
        under.addWidget(self.clear_button)
        under.addWidget(self.thumbprint)
        under.addStretch(1)
        layout.addLayout(under)

    def signature_png(self) -> bytes | None:
        """The drawn signature, or None for a thumbprint or an empty pad."""
        return None if self.thumbprint.isChecked() or self.pad.is_empty() else self.pad.png_bytes()

    def may_close(self, parent: QWidget, text: str, drop: str) -> bool:
        """Whether the dialog may close: yes when nothing is drawn, else only if the clerk drops the
        signature (`text` says what is lost, `drop` is the button that drops it)."""
        if self.pad.is_empty():
            return True
        box = plain(QMessageBox(QMessageBox.Icon.Question, self.tr("Bỏ chữ ký?"), "", parent=parent))
        box.setText(text)
        dropped = box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is dropped
