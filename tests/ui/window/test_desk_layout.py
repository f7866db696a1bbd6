"""Desk details a person sees: rows line up (row 10 too), a message under a date pushes no field of its
row, the panel title keeps off the window edge, and ten treatments fit the timeline uncut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.ui.widgets.column_scroll import ColumnScroll
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)
TEN = [
    ("botox", "2026-11-10"), ("dysport", "2026-10-01"), ("ha-filler", "Oct 2026"),
    ("sculptra", "2026-09-15"), ("xeomin", "2026-08-01"), ("radiesse", "2026-07-01"),
    ("jeuveau", "2026-06-01"), ("daxxify", "2026-05-01"), ("microneedling", "2026-10-20"),
    ("botox", "2026-03-01"),
]  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    QApplication.setOrganizationName("Microneedling Window Tests")
    win = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    for index, (product, when) in enumerate(TEN):
        row = win.history.rows[index] if index < len(win.history.rows) else win.history.add_row()
        row.product.set_product(product)
        row.date.set_text(when)
    yield win


def settle(qtbot: QtBot) -> None:
    """Let the row list's layout requests run (a scroll area resizes its contents in several passes)."""
    for _ in range(3):
        qtbot.wait(20)


def x_in_window(widget: QWidget, window: MainWindow) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_row_ten_lines_up_with_rows_one_to_nine(window: MainWindow, qtbot: QtBot) -> None:
    settle(qtbot)
    rows = window.history.rows
    assert len(rows) == 10
    for part in ("product", "precision", "area"):
        xs = {x_in_window(getattr(row, part), window) for row in rows}
        assert len(xs) == 1, (part, xs)
    assert len({x_in_window(row.date.edit, window) for row in rows}) == 1


def test_a_message_under_a_date_moves_no_field_of_its_row(window: MainWindow, qtbot: QtBot) -> None:
    row = window.history.rows[3]
    settle(qtbot)
    before = {name: getattr(row, name).geometry() for name in ("product", "precision", "area", "around")}
    row.date.edit.selectAll()
    QTest.keyClicks(row.date.edit, "2026-02-31")  # a long, two-line complaint at this width
    settle(qtbot)
    assert "February 2026 has 28 days" in row.date.echo.text()
    after = {name: getattr(row, name).geometry() for name in before}
    assert after == before
    assert row.date.echo.geometry().top() >= row.area.geometry().bottom()  # under the whole row


LONG_TEXTS = ["sometime in October", "Wednesday 30 September 2026", "sometime in October, maybe mid-month"]


@pytest.mark.parametrize("typed", LONG_TEXTS)
def test_a_long_text_in_a_date_field_cuts_no_part_of_its_row(
    window: MainWindow, qtbot: QtBot, typed: str
) -> None:
    """Typed key by key into a narrow window: the entries' column widens rather than cut the row at
    its edge ('Planned' read 'Planne'); the field stops widening at the longest date anyone types."""
    window.resize(900, 720)
    row = window.history.rows[0]
    row.date.edit.selectAll()
    QTest.keyClicks(row.date.edit, typed)
    settle(qtbot)
    viewport = window.history.findChild(ColumnScroll).viewport()  # type: ignore[union-attr]
    for part in (row.product, row.date, row.remove_button, row.area, row.planned, row.date.echo):
        right = part.mapTo(viewport, QPoint(part.width(), 0)).x()
        assert right <= viewport.width(), (part.objectName() or type(part).__name__, right, viewport.width())
    assert row.date.minimumWidth() <= 28 * row.fontMetrics().horizontalAdvance("M")


def test_the_panel_title_keeps_off_the_window_edge(window: MainWindow) -> None:
    assert x_in_window(window.inputs_panel, window) >= 4


@pytest.mark.parametrize("width", [900, 1280, 1920])
def test_ten_treatments_fit_the_timeline_uncut(window: MainWindow, qtbot: QtBot, width: int) -> None:
    window.resize(width, 720)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.height() >= timeline.minimumSizeHint().height())
    QApplication.processEvents()
    geometry = timeline.timeline_geometry()
    assert geometry is not None
    inside = timeline.rect()
    metrics = timeline.fontMetrics()
    for label in geometry.labels():
        box = label.box
        assert box.x >= 0 and box.right <= inside.width() + 0.5 and box.y >= 0, (label.text, box)
        assert box.bottom <= inside.height() + 0.5, (label.text, box, inside)
        assert metrics.horizontalAdvance(label.text) <= box.width + 1, (label.text, box)  # not clipped
