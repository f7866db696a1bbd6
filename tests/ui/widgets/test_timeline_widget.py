"""The timeline widget: its pixels, clicks and keys, its words for screen readers, and a 300 dpi PDF."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetricsF,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)
from pytestqt.qtbot import QtBot

from gui.core import Plan, Precision, Stage, Treatment, load_policy_or_raise, make_plan
from gui.core.resources import default_policy_path
from gui.drawing.layout import Box, TimelineGeometry, layout_timeline, timeline_height
from gui.drawing.metrics import QtTextMetrics
from gui.drawing.paint import paint_timeline
from gui.drawing.theme import GRAPHIC_CONTRAST, TEXT_CONTRAST, Theme, contrast_ratio
from gui.ui.widgets.timeline import TimelineWidget, describe_timeline

TODAY = date(2026, 11, 24)  # a Tuesday
POLICY = load_policy_or_raise(default_policy_path())


def main_plan(proposed: date | None = date(2026, 12, 1)) -> Plan:
    history = [
        Treatment("botox", date(2026, 11, 10)),
        Treatment("ha-filler", date(2026, 10, 20), Precision.AROUND, 5),
    ]
    return make_plan(history, POLICY, TODAY, "microneedling", proposed)


def filler_plan() -> Plan:
    return make_plan([Treatment("ha-filler", date(2026, 11, 1))], POLICY, TODAY, "microneedling")


@pytest.fixture
def widget(qtbot: QtBot) -> TimelineWidget:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_plan(main_plan())
    timeline.resize(1000, 300)
    timeline.show()
    qtbot.waitExposed(timeline)
    return timeline


def geometry_of(widget: TimelineWidget) -> TimelineGeometry:
    geometry = widget.timeline_geometry()
    assert geometry is not None
    return geometry


def close(actual: QColor, expected: QColor, tolerance: int = 24) -> bool:
    pairs = zip(actual.getRgb()[:3], expected.getRgb()[:3], strict=True)
    return all(abs(a - b) <= tolerance for a, b in pairs)


def clear_x(geometry: TimelineGeometry, box: Box) -> float:
    """An x inside ``box`` away from every drawn vertical line."""
    taken = [m.line.x for m in geometry.markers] + [t.grid.x for t in geometry.ticks if t.grid]
    for step in range(1, 20):
        x = box.x + box.width * step / 20
        if all(abs(x - other) > geometry.unit for other in taken):
            return x
    raise AssertionError("no clear spot in the band")


def test_the_ideal_band_and_the_today_line_have_their_theme_colours(widget: TimelineWidget) -> None:
    image = widget.grab().toImage()
    geometry, theme = geometry_of(widget), Theme.screen(widget.palette())
    ideal = next(b for b in geometry.bands if b.stage is Stage.IDEAL)
    x, y = clear_x(geometry, ideal.box), ideal.box.y + ideal.box.height * 0.1
    assert close(image.pixelColor(int(x), int(y)), theme.ideal, tolerance=2)
    today_y = geometry.track.y + geometry.track.height * 0.1
    assert close(image.pixelColor(int(geometry.today_x), int(today_y)), theme.today)


def test_a_click_proposes_the_day_under_the_cursor(widget: TimelineWidget, qtbot: QtBot) -> None:
    geometry, day = geometry_of(widget), date(2026, 12, 15)
    point = QPoint(int(geometry.x_mid(day)), int(geometry.track.y + geometry.track.height / 2))
    with qtbot.waitSignal(widget.proposed_date_requested, timeout=1000) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [day]


def test_a_click_before_today_proposes_today(widget: TimelineWidget, qtbot: QtBot) -> None:
    geometry = geometry_of(widget)
    point = QPoint(int(geometry.x_mid(date(2026, 11, 1))), int(geometry.track.y + 2))
    with qtbot.waitSignal(widget.proposed_date_requested, timeout=1000) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [TODAY]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_Right, date(2026, 12, 2)),
        (Qt.Key.Key_Left, date(2026, 11, 30)),
        (Qt.Key.Key_PageDown, date(2026, 12, 8)),
        (Qt.Key.Key_PageUp, TODAY),
        (Qt.Key.Key_Home, TODAY),
    ],
)
def test_keys_move_the_proposed_day(
    widget: TimelineWidget, qtbot: QtBot, key: Qt.Key, expected: date
) -> None:
    widget.setFocus()
    with qtbot.waitSignal(widget.proposed_date_requested, timeout=1000) as blocker:
        qtbot.keyClick(widget, key)
    assert blocker.args == [expected]


def test_keys_never_go_before_today(widget: TimelineWidget, qtbot: QtBot) -> None:
    widget.set_plan(filler_plan())  # no proposed day; the earliest day is in the past
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Home):
        with qtbot.waitSignal(widget.proposed_date_requested, timeout=1000) as blocker:
            qtbot.keyClick(widget, key)
        assert blocker.args == [TODAY]


def test_without_a_plan_keys_and_clicks_propose_nothing(qtbot: QtBot) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(600, 200)
    with qtbot.assertNotEmitted(timeline.proposed_date_requested):
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))


def test_focus_and_size_hints(widget: TimelineWidget) -> None:
    assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    hint = widget.minimumSizeHint()
    metrics = QtTextMetrics(QFontMetricsF(widget.font()))
    assert hint.height() >= timeline_height(main_plan(), widget.width(), metrics, "en")
    assert hint.width() < 600
    bigger = QFont(widget.font())
    bigger.setPointSizeF(widget.font().pointSizeF() * 1.5)
    widget.setFont(bigger)
    assert widget.minimumSizeHint().height() > hint.height()


def test_focus_shows_a_frame(widget: TimelineWidget, qtbot: QtBot) -> None:
    def edge() -> QColor:
        return widget.grab().toImage().pixelColor(widget.width() // 2, 1)

    background = Theme.screen(widget.palette()).background
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=1000)
    assert close(edge(), background, tolerance=2)
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)
    assert not close(edge(), background, tolerance=40)


def test_the_accessible_description_states_the_timeline_in_words(widget: TimelineWidget) -> None:
    text = widget.accessibleDescription()
    assert text == describe_timeline(main_plan())
    for fact in (
        "Today Tue 24 Nov 2026.",
        "Botox on 10 Nov 2026.",
        "Hyaluronic-acid filler (any brand) around 20 Oct 2026",
        "Too early until 23 Nov 2026.",
        "Ideal window from 24 Nov 2026 to 10 Feb 2027.",
        "Waning from 11 Feb 2027 until 10 Mar 2027.",
        "Worn off from 11 Mar 2027.",
        "Proposed date Tue 1 Dec 2026: ideal.",
    ):
        assert fact in text
    assert not re.search(r"\d+[/.-]\d+[/.-]\d+", text), "dates use month names"
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface.text(QAccessible.Text.Name) == "Treatment timeline"
    assert interface.text(QAccessible.Text.Description) == text


def test_the_accessible_description_follows_the_plan(widget: TimelineWidget) -> None:
    widget.set_plan(filler_plan())
    text = widget.accessibleDescription()
    assert "Allowed from 15 Nov 2026." in text and "Ideal window" not in text
    widget.set_plan(make_plan([], POLICY, TODAY))
    assert "Add a treatment to see the timeline" in widget.accessibleDescription()


def test_a_palette_change_repaints_in_the_new_colours(widget: TimelineWidget) -> None:
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("black"))
    palette.setColor(QPalette.ColorRole.Text, QColor("yellow"))
    widget.setPalette(palette)
    image = widget.grab().toImage()
    geometry = geometry_of(widget)
    corner = image.pixelColor(int(geometry.rect.x + 2), int(geometry.rect.y + 2))
    assert close(corner, QColor("black"), tolerance=2)


@pytest.mark.parametrize("kind", ["print", "default", "high-contrast", "dark"])
def test_theme_text_and_lines_are_readable(kind: str) -> None:
    palette = QPalette()
    if kind in ("high-contrast", "dark"):
        palette.setColor(QPalette.ColorRole.Base, QColor("black" if kind == "high-contrast" else "#202124"))
        palette.setColor(QPalette.ColorRole.Text, QColor("yellow" if kind == "high-contrast" else "#e8eaed"))
    theme = Theme.print() if kind == "print" else Theme.screen(palette)
    assert contrast_ratio(theme.text, theme.background) >= TEXT_CONTRAST
    for stage in Stage:
        assert contrast_ratio(theme.text, theme.band_color(stage)) >= TEXT_CONTRAST
    for line in (theme.today, theme.proposed, theme.treatment, theme.axis):
        assert contrast_ratio(line, theme.background) >= GRAPHIC_CONTRAST


def test_every_waiting_or_late_band_has_its_own_pattern() -> None:
    patterns = [Theme.band_pattern(s) for s in (Stage.TOO_EARLY, Stage.WANING, Stage.WORN_OFF)]
    assert len(set(patterns)) == 3 and Qt.BrushStyle.SolidPattern not in patterns
    assert Theme.band_pattern(Stage.TOO_EARLY) is Qt.BrushStyle.BDiagPattern


def test_painting_into_a_300_dpi_pdf_gives_vector_text(tmp_path: Path) -> None:
    path = tmp_path / "timeline.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    font = QFont()
    metrics = QtTextMetrics(QFontMetricsF(font, writer))
    width = writer.pageLayout().paintRectPixels(writer.resolution()).width()
    plan = main_plan()
    geometry = layout_timeline(
        plan, Box(0, 0, width, timeline_height(plan, width, metrics, "en")), metrics, "en"
    )
    with QPainter(writer) as painter:
        paint_timeline(painter, geometry, Theme.print(), font)
    assert geometry.unit > 30, "text is measured at 300 dpi, not at screen size"
    page = PdfReader(path).pages[0]
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())  # pypdf puts tabs
    for words in ("Ideal window", "Too early", "Today 24 Nov 2026", "Botox 10 Nov 2026", "Jan 2027"):
        assert words in text
    assert list(page.images) == []


def test_keys_stop_at_the_last_day_an_appointment_can_be(widget: TimelineWidget, qtbot: QtBot) -> None:
    """Five years ahead at most: the next key would give a date every field refuses, and the keys
    would then have no plan to move from."""
    last = date(2031, 11, 24)
    botox = Treatment("botox", date(2026, 11, 10))
    plan = make_plan([botox], POLICY, TODAY, proposed=last - timedelta(days=2))
    widget.set_plan(plan)
    widget.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        with qtbot.waitSignal(widget.proposed_date_requested, timeout=1000) as blocker:
            qtbot.keyClick(widget, key)
        assert blocker.args == [min(plan.date + timedelta(days=1 if key == Qt.Key.Key_Right else 7), last)]


def test_the_description_says_the_headlines_date_and_verdict(widget: TimelineWidget) -> None:
    """A closed proposed day is 'Clinic closed that day' there as on the screen, never 'ideal' alone."""
    from gui.core import ClinicDays, Verdict, earliest_text, verdict_text

    closed_sundays = ClinicDays.from_iterables(range(6), ())
    botox = Treatment("botox", date(2026, 11, 10))
    plan = make_plan([botox], POLICY, TODAY, proposed=date(2026, 12, 6), clinic_days=closed_sundays)
    assert plan.verdict is Verdict.CLOSED
    widget.set_plan(plan)
    text = widget.accessibleDescription()
    assert earliest_text(plan) in text
    assert f"{verdict_text(plan).title}. {verdict_text(plan).detail}" in text
    widget.set_plan(None)
    assert widget.accessibleDescription() == "No timeline until every entry is understood."
