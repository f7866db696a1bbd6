"""Text measured for the timeline's layout, on the device that will be painted (screen or paper)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

_MAX_REMEMBERED_WIDTHS = 4096


class QtTextMetrics:
    """``TextMetrics`` for the layout, measured with the font on the device that will be painted.

    Widths are remembered: a layout measures the same labels and dates many times over, and an
    object of this class lives as long as its font does (the widget makes a new one on a change).
    """

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= _MAX_REMEMBERED_WIDTHS:  # a desk left open for weeks
                self._widths.clear()
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def height(self) -> float:
        return self._metrics.height()
