"""A line edit at least as wide as its placeholder, so the example it gives is never cut.

The examples say what may be typed ("e.g. 20 Nov 2026 (today or earlier)"); at large text or in
Spanish they outgrow QLineEdit's own size hint, which is about 17 characters whatever they say.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

TEXT_MARGINS = 4  # QLineEdit keeps 2 px either side of its text


class HintLineEdit(QLineEdit):
    """A QLineEdit whose size hints hold its whole placeholder (and the clear button, if any)."""

    def sizeHint(self) -> QSize:
        return self._with_room_for_placeholder(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._with_room_for_placeholder(super().minimumSizeHint())

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self.updateGeometry()

    def _with_room_for_placeholder(self, hint: QSize) -> QSize:
        return QSize(max(hint.width(), self.room_for(self.placeholderText())), hint.height())

    def room_for(self, text: str) -> int:
        """The width that shows ``text`` whole (0 for none), with the frame, padding and borders of the
        current style (a style sheet's too: high contrast draws thicker borders) and the clear button."""
        if not text:
            return 0
        margins = self.textMargins()
        inner = self.fontMetrics().horizontalAdvance(text) + TEXT_MARGINS + margins.left() + margins.right()
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        style = self.style()
        needs = style.sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, QSize(inner, 1), self).width()
        if self.isClearButtonEnabled():
            needs += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) + 8
        return needs
