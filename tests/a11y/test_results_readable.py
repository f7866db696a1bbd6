"""Every result is readable by a screen reader: each label's accessible name is the text it shows
(what it is goes in its description), in English and Spanish, whatever the state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.settings import ClinicSettings
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 12, 6)  # a Sunday
CLOSED_SUNDAYS = ClinicSettings(date_order="dmy", open_weekdays=frozenset(range(6)))


def heard(label: QLabel) -> str:
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    return " ".join(interface.text(QAccessible.Text.Name).split())


def shown(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return " ".join(document.toPlainText().split())


def results(window: MainWindow) -> list[QLabel]:
    h = window.headline
    labels = [
        h.today_label,
        h.earliest_label,
        h.bookable_label,
        h.ideal_label,
        h.verdict_label,
        h.warning_label,
    ]
    labels += [window.attention, window.policy_label, window.banner.label, window.proposed.echo]
    labels += [row.date.echo for row in window.history.rows]
    return [label for label in labels if label.isVisibleTo(window) and label.text()]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    ("dates", "proposed"),
    [
        (["2026-11-10"], ""),  # a plan, today closed
        (["2026-11-29"], "14 Dec 2026"),  # too early, a closed earliest day
        ([""], ""),  # a row not understood: "check row 1"
        (["2026-11-10", "banana"], "25 Dec 2026"),
    ],
)
def test_each_result_is_heard_as_it_is_shown(
    qtbot: QtBot, switch_to: Callable[[str], str], lang: str, dates: list[str], proposed: str
) -> None:
    switch_to(lang)
    window = MainWindow(
        load_policy_or_raise(default_policy_path()),
        today=TODAY,
        settings=CLOSED_SUNDAYS,
        banners=["A notice"],
    )
    qtbot.addWidget(window)
    window.show()
    for index, text in enumerate(dates):
        if index:
            window.history.add_row()
        window.history.rows[index].product.set_product("botox")
        window.history.rows[index].date.set_text(text)
    window.proposed.set_text(proposed)
    labels = results(window)
    assert window.headline.earliest_label in labels and window.policy_label in labels
    for label in labels:
        assert heard(label) == shown(label), label.accessibleDescription()
        assert not label.accessibleName(), label.accessibleDescription()
    switch_to("en")
