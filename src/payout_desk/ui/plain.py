"""Data in the windows is shown as plain text, one way everywhere.

Names, notes, reasons, codes, villages, point and device names come from registers, typed fields and other
laptops' files. Qt reads a QLabel's or a message box's text as HTML when it merely looks like HTML (the
default AutoText), and a tooltip likewise: a clerk named "<b>Đã quyết định</b>" would print a fake line.

- `plain(widget)`: a label or message box that shows data (with or without our words around it) shows its
  text exactly as it is.
- `rich(label)` + `data(value)`: a label that keeps our own markup (bold, colours, a table) escapes every
  piece of data it puts in: `f"<b>{data(name)}</b>"`.
- `tip(text)`: a tooltip that shows `text` exactly as it is, lines kept."""

from __future__ import annotations

from html import escape
from typing import TypeVar

from payout_desk.domain.printable import printable
from payout_desk.ui.qt import QLabel, QMessageBox, Qt

Shows = TypeVar("Shows", QLabel, QMessageBox)


def plain(widget: Shows) -> Shows:
    """`widget` set to show its text as plain text, never as HTML; returned for chaining."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def rich(label: QLabel) -> QLabel:
    """`label` set to read its text as our own markup, in which every piece of data went through `data`."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def data(value: object) -> str:
    """A piece of data for our markup: printable, and escaped so that it prints as it is."""
    return escape(printable(value, keep="\t"), quote=True)


def tip(text: str) -> str:
    """A tooltip showing `text` as it is: Qt reads a tooltip as HTML only when it holds a tag, so a text
    with no "<" stays as it is, and one with a "<" is escaped inside our own paragraph, lines kept."""
    if "<" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + "<br>".join(data(line) for line in text.split("\n")) + "</p>"


def button_text(value: str) -> str:
    """Data in a button's or a menu's text: each "&" doubled, so it prints instead of marking a key."""
    return value.replace("&", "&&")
