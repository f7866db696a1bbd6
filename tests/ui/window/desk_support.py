"""A desk window as staff meet it, for the window tests: British English, numeric dates read day
first, the shipped policy, a fixed today."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.settings import ClinicSettings
from gui.ui.window.main_window import MainWindow


@contextmanager
def desk_window(qtbot: QtBot, today: date) -> Iterator[MainWindow]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    win = MainWindow(
        load_policy_or_raise(default_policy_path()), today=today, settings=ClinicSettings(date_order="dmy")
    )
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        QLocale.setDefault(QLocale.c())
