"""A column of results that scrolls down instead of squeezing its words (large text, a small screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ColumnScroll(QScrollArea):
    """Holds ``column`` at its full height for its width (word-wrapped labels keep every line); never
    scrolls sideways, so it asks for the column's whole minimum width."""

    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)  # the column follows the width and keeps its height for it
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(column)
        self._column_width = column.minimumSizeHint().width()
        column.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The column's minimum width changed (a wider row): the scroll area asks the layout it is in for
        that room (a scroll area keeps its own size hints otherwise, and the column would be cut at its
        edge). Only then: most of the column's layout requests (a new text) leave its width alone, and
        a request up the window would lay the whole window out again at every keystroke."""
        column = self.widget()
        if column is not None and watched is column and event.type() == QEvent.Type.LayoutRequest:
            width = column.minimumSizeHint().width()
            if width != self._column_width:
                self._column_width = width
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def _plus_scroll_bar(self, inner: QSize, own: QSize) -> QSize:
        scroll_bar = self.verticalScrollBar().sizeHint().width()  # a style sheet may widen it
        return QSize(inner.width() + scroll_bar + 2 * self.frameWidth(), own.height())

    def minimumSizeHint(self) -> QSize:
        column = self.widget()
        own = super().minimumSizeHint()
        return self._plus_scroll_bar(column.minimumSizeHint(), own) if column else own

    def sizeHint(self) -> QSize:
        column = self.widget()
        own = super().sizeHint()
        return self._plus_scroll_bar(column.sizeHint(), own) if column else own

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.updateGeometry()  # the scroll bar's width may have changed with the theme
