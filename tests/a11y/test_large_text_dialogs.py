"""The Settings dialog and the Policy editor at 1.5× and 2× text, in English and Spanish: each opens
within a 1920×1080 screen and no label, field or button in it is cut (WCAG 1.4.4 Resize text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from a11y_fit import clipped
from a11y_support import TODAY
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore
from gui.store.settings import ClinicSettings
from gui.ui.dialogs.settings_dialog import SettingsDialog
from gui.ui.window.policy_files import policy_editor as editor_for

SCREEN = QSize(1920, 1080)
CASES = [(1.5, "en"), (2.0, "en"), (1.5, "es"), (2.0, "es")]
IDS = ["1.5x", "2x", "1.5x-spanish", "2x-spanish"]


def settings_dialog(_: Path) -> QDialog:
    return SettingsDialog(ClinicSettings(), today=TODAY)


def policy_editor(folder: Path) -> QDialog:
    store = PolicyStore(folder, default_policy_path())
    return editor_for(store, store.active(), today=TODAY)


@pytest.mark.parametrize("make", [settings_dialog, policy_editor], ids=["settings", "policy-editor"])
@pytest.mark.parametrize(("scale", "code"), CASES, ids=IDS)
def test_dialogs_fit_the_screen_and_cut_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    font_scale: Callable[[float], QFont],
    switch_to: Callable[[str], str],
    make: Callable[[Path], QDialog],
    scale: float,
    code: str,
) -> None:
    assert switch_to(code) == code
    font_scale(scale)
    dialog = make(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # word-wrapped labels settle their height for their width
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height(), dialog.size()
    assert clipped(dialog) == []
