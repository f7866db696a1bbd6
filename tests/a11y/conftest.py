"""Accessibility tests: a realistic window, the high-contrast theme and a larger font, each undone after."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from a11y_support import TODAY
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.ui.app_theme import apply_theme
from gui.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def _british_english() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.setOrganizationName("Microneedling Window Tests")
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[bool], None]]:
    """Switch the application's theme; afterwards the style and palette are exactly as they were."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield lambda high_contrast: apply_theme(qapp, high_contrast)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("high_contrast", False)


@pytest.fixture
def font_scale(qapp: QApplication) -> Iterator[Callable[[float], QFont]]:
    """Scale the application font (as a desktop's text-size setting would); restored after the test."""
    before = QFont(qapp.font())

    def scale(factor: float) -> QFont:
        font = QFont(before)
        font.setPointSizeF(before.pointSizeF() * factor)
        qapp.setFont(font)
        return font

    yield scale
    qapp.setFont(before)


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
        qtbot.addWidget(window)
        return window

    return make
