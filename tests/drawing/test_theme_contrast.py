"""Every text/background pair the window's style sheet uses meets WCAG AA (4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.drawing.theme import ERROR_TEXT, TEXT_CONTRAST, VERDICT_COLOURS, contrast_ratio


@pytest.mark.parametrize("verdict", sorted(VERDICT_COLOURS))
def test_verdict_text_contrast(verdict: str) -> None:
    background, _border, text = VERDICT_COLOURS[verdict]
    assert contrast_ratio(QColor(text), QColor(background)) >= TEXT_CONTRAST


def test_error_text_on_window_background(qapp: QApplication) -> None:
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(QColor(ERROR_TEXT), window) >= TEXT_CONTRAST
