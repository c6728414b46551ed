"""The kit's own hands, checked on the real screen so that the flows built on them can trust them: a stroke
drawn with the mouse lands on the pad, Vietnamese typed through the input-method path arrives whole, a
dialog opened with exec() is acted on and Enter presses its default button."""

from __future__ import annotations

from payout_desk.ui.qt import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout, QWidget
from payout_desk.ui.signature_pad import SignaturePad
from tests.screen.kit import Key, Screen


class Form(QDialog):
    """A small dialog like the desk's: a name field, a signature pad, OK as the default button."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Thử bộ công cụ")
        layout = QVBoxLayout(self)
        self.name = QLineEdit()
        self.pad = SignaturePad()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.name, self.pad, buttons):
            layout.addWidget(widget)


def test_a_drawn_stroke_typed_vietnamese_and_enter_in_a_modal_dialog(screen: Screen) -> None:
    opener = QPushButton("Mở")
    screen.qtbot.addWidget(opener)
    form = Form()
    opener.clicked.connect(form.exec)
    screen.show(opener)

    def fill_in(dialog: QWidget) -> None:
        assert dialog is form
        screen.assert_fits(form)
        screen.click(form.name)
        screen.type_text("Trần Thị Ngọc Ánh, ấp 2")
        assert form.name.text() == "Trần Thị Ngọc Ánh, ấp 2"
        assert form.pad.is_empty()
        screen.draw(form.pad, [(20 + 8 * i, 60 + (i % 5) * 6) for i in range(30)])
        assert not form.pad.is_empty()
        screen.shot("signed")
        screen.click(form.name)  # back in the field: Enter is for the default button (OK)
        screen.press(Key.Key_Return)

    screen.when_modal(QDialog, fill_in)
    screen.click(opener)
    screen.finish()
    assert form.result() == QDialog.DialogCode.Accepted
