"""The treatment timeline widget: renders a Plan and turns clicks and keys into a proposed date."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.theme import GRAPHIC_CONTRAST, Theme, contrast_ratio
from gui.timing import Plan, Precision, Stage, format_day_month, format_medium, format_month

from .timeline_layout import Box, TimelineGeometry, layout_timeline, stage_spans, timeline_height
from .timeline_paint import paint_timeline

ACCESSIBLE_NAME = "Treatment timeline"
_KEY_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageUp: -7,
    Qt.Key.Key_PageDown: 7,
}
_STAGE_WORDS = {
    Stage.TOO_EARLY: "too early",
    Stage.IDEAL: "ideal",
    Stage.WANING: "late, the effect is waning",
    Stage.WORN_OFF: "late, the effect has worn off",
    Stage.CLEAR: "allowed",
}


class QtTextMetrics:
    """``TextMetrics`` for the layout, measured with the font on the device that will be painted."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics

    def width(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text)

    def height(self) -> float:
        return self._metrics.height()


def _treatment_words(plan: Plan) -> list[str]:
    words = []
    for reason in plan.reasons:
        precision = reason.treatment.precision
        if precision is Precision.EXACT:
            when = f"on {format_day_month(reason.first)}"
        elif precision is Precision.MONTH:
            when = f"in {format_month(reason.first.year, reason.first.month)}"
        else:
            when = reason.when
        words.append(f"{reason.product.name} {when}.")
    return words


def _span_words(stage: Stage, first: dt.date, last: dt.date | None) -> str:
    start, end = format_day_month(first), format_day_month(last) if last else None
    if stage is Stage.TOO_EARLY:
        return f"Too early until {end}." if end else "Too early."
    if stage is Stage.IDEAL:
        return f"Ideal window from {start} to {end}." if end else f"Ideal window from {start}."
    if stage is Stage.WANING:
        return f"Waning from {start} until {end}." if end else f"Waning from {start}."
    if stage is Stage.WORN_OFF:
        return f"Worn off from {start}."
    return f"Allowed from {start}."


def describe_timeline(plan: Plan | None) -> str:
    """The timeline in words, for screen readers: the same facts the drawing shows."""
    if plan is None:
        return "No plan yet."
    parts = [f"Today {format_medium(plan.today)}."]
    if not plan.reasons:
        parts.append("No treatments yet. Add a treatment to see the timeline.")
    parts += _treatment_words(plan)
    parts += [_span_words(stage, first, last) for stage, first, last in stage_spans(plan)]
    if plan.bookable_text:
        parts.append(f"{plan.bookable_text}.")
    if plan.proposed is not None:
        stage = plan.stage_on(plan.proposed)
        parts.append(f"Proposed date {format_medium(plan.proposed)}: {_STAGE_WORDS[stage]}.")
    return " ".join(parts)


class TimelineWidget(QWidget):
    """Today, the treatments, the waiting band and the windows after it; click or use keys to propose a day.

    Keys: Left/Right move the proposed day by one day, PageUp/PageDown by a week, Home goes to the
    earliest day. Never before today.
    """

    proposed_date_requested = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._geometry: TimelineGeometry | None = None
        self._hint_height = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(ACCESSIBLE_NAME)
        self.setAccessibleDescription(describe_timeline(None))
        self.setToolTip("Click a day, or use the arrow keys, to propose that date")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- API -------------------------------------------------------------------------------------

    def plan(self) -> Plan | None:
        return self._plan

    @Slot(object)
    def set_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        self._invalidate()
        self.setAccessibleDescription(describe_timeline(plan))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def timeline_geometry(self) -> TimelineGeometry | None:
        """The layout for the current size, font and plan (what the last paint drew)."""
        if self._geometry is None and self._plan is not None:
            self._geometry = layout_timeline(self._plan, self._content_box(), self._metrics())
        return self._geometry

    geometry_for_test = timeline_geometry  # the name the main-window tests use

    def point_at(self, x: float) -> QPoint:
        """The widget point at geometry ``x`` (rounded into the day that starts there), mid-track."""
        geometry = self.timeline_geometry()
        y = geometry.track.y + geometry.track.height / 2 if geometry else self.height() / 2
        return QPoint(math.ceil(x), int(y))

    # -- size ------------------------------------------------------------------------------------

    def _metrics(self) -> QtTextMetrics:
        return QtTextMetrics(QFontMetricsF(self.font()))

    def _margin(self) -> float:
        """Room for the focus frame, as a share of the text height."""
        return QFontMetricsF(self.font()).height() * 0.3

    def _content_box(self) -> Box:
        margin = self._margin()
        return Box(margin, margin, max(self.width() - 2 * margin, 1.0), max(self.height() - 2 * margin, 1.0))

    def _height_for(self, width: int) -> int:
        if self._plan is None:
            return int(QFontMetricsF(self.font()).height() * 8)
        margin = self._margin()
        return int(timeline_height(self._plan, width - 2 * margin, self._metrics()) + 2 * margin + 1)

    def sizeHint(self) -> QSize:
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 110)
        return QSize(width, self._height_for(max(width, self.width())))

    def minimumSizeHint(self) -> QSize:
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 40)
        return QSize(width, self._height_for(max(width, self.width())))

    def _invalidate(self) -> None:
        self._geometry = None
        self.updateGeometry()
        self.update()

    # -- events ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            geometry = self.timeline_geometry()
            theme = Theme.screen(self.palette())
            painter.fillRect(self.rect(), theme.background)
            if geometry is not None:
                paint_timeline(painter, geometry, theme, self.font())
            if self.hasFocus():
                self._paint_focus_frame(painter, theme)

    def _paint_focus_frame(self, painter: QPainter, theme: Theme) -> None:
        """A frame in the highlight colour (the text colour if that would not stand out) round the drawing."""
        color = self.palette().color(QPalette.ColorRole.Highlight)
        if contrast_ratio(color, theme.background) < GRAPHIC_CONTRAST:
            color = theme.text
        width = self._margin() * 0.6
        painter.setPen(QPen(color, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._geometry = None
        if event.size().width() != event.oldSize().width():
            height = self._height_for(event.size().width())
            if height != self._hint_height:  # the legend wraps onto more rows when narrow
                self._hint_height = height
                self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._invalidate()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        geometry = self.timeline_geometry()
        if event.button() is not Qt.MouseButton.LeftButton or geometry is None:
            super().mousePressEvent(event)
            return
        self._request(geometry.day_at(event.position().x()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        day = self._day_for_key(Qt.Key(event.key()))
        if day is None:
            super().keyPressEvent(event)
            return
        self._request(day)
        event.accept()

    def _day_for_key(self, key: Qt.Key) -> dt.date | None:
        plan = self._plan
        if plan is None:
            return None
        if key in _KEY_STEPS:
            return plan.date + dt.timedelta(days=_KEY_STEPS[key])
        if key == Qt.Key.Key_Home:
            return plan.earliest
        return None

    def _request(self, day: dt.date) -> None:
        if self._plan is not None:
            self.proposed_date_requested.emit(max(day, self._plan.today))
