"""A signature pad for mouse, touchpad, pen or finger: strokes drawn in black on white, saved as PNG."""

from __future__ import annotations

from payout_desk.ui.qt import (
    QBuffer,
    QByteArray,
    QColor,
    QImage,
    QIODevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPointF,
    QSize,
    QSizePolicy,
    Qt,
    QTabletEvent,
    QWidget,
)

MIN_INK = 12.0  # a signature is more than a dot or a slip of the hand (total stroke length, pixels)


class SignaturePad(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(360, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Ô ký tên"))
        self._strokes: list[QPainterPath] = []
        self._ink = 0.0
        self._last: QPointF | None = None

    # drawing --------------------------------------------------------------------------------------

    def _start(self, point: QPointF) -> None:
        path = QPainterPath(point)
        self._strokes.append(path)
        self._last = point

    def _extend(self, point: QPointF) -> None:
        if self._last is None:
            self._start(point)
            return
        self._strokes[-1].lineTo(point)
        self._ink += (point - self._last).manhattanLength()
        self._last = point
        self.update()

    def _end(self) -> None:
        self._last = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._start(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        else:
            self._end()
        event.accept()

    # state ----------------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self._ink < MIN_INK

    def clear(self) -> None:
        self._strokes.clear()
        self._ink = 0.0
        self._last = None
        self.update()

    def _render(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                QColor("black"),
                2.4,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        for path in self._strokes:
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        self._render(painter)
        painter.end()

    def png_bytes(self) -> bytes:
        """The signature as a PNG (grayscale, white background), the size of the pad."""
        image = QImage(self.size(), QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str here, its stubs say bytes
        buffer.close()
        return bytes(data.data())
