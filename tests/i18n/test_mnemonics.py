"""Alt+letter keys stay unique within each menu, the window and each dialog, in every language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore
from gui.store.settings import ClinicSettings
from gui.ui.dialogs import SettingsDialog
from gui.ui.i18n_catalog import CATALOGS
from gui.ui.window.main_window import MainWindow
from gui.ui.window.policy_files import policy_editor

TODAY = date(2026, 11, 24)
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def keys(texts: Iterable[str]) -> list[str]:
    return [m.group(1).casefold() for text in texts if (m := MNEMONIC.search(text))]


def assert_unique(texts: Iterable[str], where: str) -> None:
    texts = list(texts)
    twice = [key for key, count in Counter(keys(texts)).items() if count > 1]
    assert not twice, f"{where}: Alt+{twice} used more than once in {texts}"


def widget_texts(top: QWidget) -> list[str]:
    """Mnemonics that act in this window: buttons and the labels that move focus to a buddy."""
    buttons = [
        b.text() for b in top.findChildren(QAbstractButton) if b.isVisibleTo(top) and b.window() is top
    ]
    labels = [label.text() for label in top.findChildren(QLabel) if label.buddy() is not None]
    return buttons + labels


@pytest.fixture(params=list(CATALOGS))
def language(request: pytest.FixtureRequest, switch_to: Callable[[str], str]) -> str:
    return switch_to(request.param)


def test_the_window_and_each_menu(language: str, qtbot: QtBot) -> None:
    QApplication.setOrganizationName("Microneedling Window Tests")
    window = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
    qtbot.addWidget(window)
    window.show()
    menus = window.window_menus.menus()
    tabs = [window.panels.tabText(i) for i in range(window.panels.count())]
    assert_unique([*widget_texts(window), *tabs, *(menu.title() for menu in menus)], f"window ({language})")
    for menu in menus:
        assert_unique((a.text() for a in menu.actions()), f"{menu.title()} menu ({language})")
    assert len(keys(m.title() for m in menus)) == len(menus), "every menu has its key"


def test_the_settings_dialog(language: str, qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicSettings(), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = widget_texts(dialog)
    assert len(keys(texts)) >= 15
    assert_unique(texts, f"settings ({language})")


def test_the_policy_editor(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    active = store.active()
    editor = policy_editor(store, active, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    texts = widget_texts(editor)
    assert len(keys(texts)) >= 12
    assert_unique(texts, f"policy editor ({language})")
