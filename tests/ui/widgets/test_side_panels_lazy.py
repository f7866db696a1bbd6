"""The Why tab is written for the plan when it is shown, not on every keystroke behind another tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from gui.core import Plan, Treatment, load_policy_or_raise, make_plan
from gui.core.resources import default_policy_path
from gui.ui.widgets.side_panels import SidePanels

TODAY = date(2026, 11, 24)
POLICY = load_policy_or_raise(default_policy_path())


def plan_after(product: str, when: date) -> Plan:
    return make_plan([Treatment(product, when)], POLICY, TODAY, "microneedling", None)


def test_the_why_tab_shows_the_latest_plan_when_opened(qtbot: QtBot) -> None:
    panels = SidePanels()
    qtbot.addWidget(panels)
    assert panels.currentWidget() is panels.benefits
    panels.set_plan(plan_after("botox", date(2026, 11, 10)))
    panels.set_plan(plan_after("sculptra", date(2026, 11, 1)))
    assert panels.why.toPlainText() == "", "not written while another tab is shown"
    panels.setCurrentWidget(panels.why)
    assert "Sculptra" in panels.why.toPlainText() and "Botox" not in panels.why.toPlainText()


def test_an_open_why_tab_follows_every_plan(qtbot: QtBot) -> None:
    panels = SidePanels()
    qtbot.addWidget(panels)
    panels.setCurrentWidget(panels.why)
    panels.set_plan(plan_after("botox", date(2026, 11, 10)))
    assert "Botox" in panels.why.toPlainText()
    panels.set_plan(plan_after("sculptra", date(2026, 11, 1)))
    assert "Sculptra" in panels.why.toPlainText() and "Botox" not in panels.why.toPlainText()


def test_each_panel_has_a_caret_for_reading_line_by_line(qtbot: QtBot) -> None:
    panels = SidePanels()
    qtbot.addWidget(panels)
    for index in range(panels.count()):
        browser = panels.widget(index)
        assert isinstance(browser, QTextBrowser)
        assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
