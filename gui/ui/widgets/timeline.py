"""The treatment timeline widget: renders a Plan and turns clicks and keys into a proposed date."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
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

from gui.core import (
    Plan,
    timeline_text,
)
from gui.core.limits import latest_appointment
from gui.drawing.layout import Box, TimelineGeometry, layout_timeline, timeline_height
from gui.drawing.metrics import QtTextMetrics
from gui.drawing.paint import fill_rect, paint_timeline
from gui.drawing.theme import GRAPHIC_CONTRAST, Theme, contrast_ratio
from gui.ui.i18n import QT_TRANSLATE_NOOP, ui_language

ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("TimelineWidget", "Treatment timeline")
_KEY_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageUp: -7,
    Qt.Key.Key_PageDown: 7,
}


def describe_timeline(plan: Plan | None, *, lang: str | None = None) -> str:
    """The timeline in words, for screen readers: the same facts the drawing shows."""
    return timeline_text(plan, lang or ui_language())


class TimelineWidget(QWidget):
    """Today, the treatments, the waiting band and the windows after it; click or use keys to propose a day.

    Keys: Left/Right move the proposed day by one day, PageUp/PageDown by a week, Home goes to the
    earliest day. Never before today.
    """

    proposed_date_requested = Signal(object)  # datetime.date
    session_move_requested = Signal(int, object)  # a course session (2 or later) dragged to a day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._geometry: TimelineGeometry | None = None
        self._hints = (0, 0)  # the size and minimum size hints' heights last announced
        self._text_metrics: QtTextMetrics | None = None  # for the current font
        self._theme: Theme | None = None  # for the current palette
        self._dragging: int | None = None  # the number of the session being dragged
        self._drag_x = 0.0  # where the pointer is while it is
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills every pixel
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Name, tooltip and the spoken description; the drawing is laid out again in the new words."""
        self.setAccessibleName(self.tr(ACCESSIBLE_NAME))
        self.setToolTip(
            self.tr("Click a day or use the arrow keys to propose a date; drag a session circle to move it")
        )
        self.setAccessibleDescription(describe_timeline(self._plan))
        self._invalidate()

    # -- API -------------------------------------------------------------------------------------

    def plan(self) -> Plan | None:
        return self._plan

    @Slot(object)
    def set_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        self._invalidate()
        # Qt tells screen readers of a new description, and of none when the words are the same.
        self.setAccessibleDescription(describe_timeline(plan))

    def timeline_geometry(self) -> TimelineGeometry | None:
        """The layout for the current size, font and plan (what the last paint drew)."""
        if self._geometry is None and self._plan is not None:
            self._geometry = layout_timeline(self._plan, self._content_box(), self._metrics(), ui_language())
        return self._geometry

    def point_at(self, x: float) -> QPoint:
        """The widget point at geometry ``x`` (rounded into the day that starts there), mid-track."""
        geometry = self.timeline_geometry()
        y = geometry.track.y + geometry.track.height / 2 if geometry else self.height() / 2
        return QPoint(math.ceil(x), int(y))

    # -- size ------------------------------------------------------------------------------------

    def _metrics(self) -> QtTextMetrics:
        if self._text_metrics is None:
            self._text_metrics = QtTextMetrics(QFontMetricsF(self.font()))
        return self._text_metrics

    def _margin(self) -> float:
        """Room for the focus frame, as a share of the text height."""
        return self._metrics().height() * 0.3

    def _content_box(self) -> Box:
        margin = self._margin()
        return Box(margin, margin, max(self.width() - 2 * margin, 1.0), max(self.height() - 2 * margin, 1.0))

    def _height_for(self, width: int) -> int:
        if self._plan is None:
            return int(self._metrics().height() * 8)
        margin = self._margin()
        height = timeline_height(
            self._plan, max(width - 2 * margin, 1.0), self._metrics(), ui_language(), left=margin
        )
        return int(height + 2 * margin + 1)

    def sizeHint(self) -> QSize:
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 110)
        return QSize(width, self._height_for(self._laid_out_width(width)))

    def minimumSizeHint(self) -> QSize:
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 40)
        return QSize(width, self._height_for(self._laid_out_width(width)))

    def _laid_out_width(self, hinted: int) -> int:
        """The width the heights are asked for: the widget's own once it is shown (both hints then
        share the one placement of the labels that the paint uses), else the hinted width."""
        return self.width() if self.isVisible() else max(hinted, self.width())

    def _invalidate(self) -> None:
        """A new plan, font or palette: lay out again; ask the window for room only when the height
        it needs has changed (most edits keep it, and a relayout of the column would repaint it all)."""
        self._geometry = None
        self._update_geometry_if_needed()
        self.update()

    def _update_geometry_if_needed(self) -> None:
        hints = (self.sizeHint().height(), self.minimumSizeHint().height())
        if hints != self._hints:
            self._hints = hints
            self.updateGeometry()

    # -- events ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            geometry = self.timeline_geometry()
            if self._theme is None:
                self._theme = Theme.screen(self.palette())
            theme = self._theme
            fill_rect(painter, self.rect(), theme.background)
            if geometry is not None:
                paint_timeline(painter, geometry, theme, self.font())
                if self._dragging is not None:
                    self._paint_drag(painter, geometry, theme)
            else:  # an entry is not understood: an empty track would look like "no wait"
                painter.setPen(theme.text)
                painter.drawText(
                    self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._no_plan_text()
                )
            if self.hasFocus():
                self._paint_focus_frame(painter, theme)

    def _paint_drag(self, painter: QPainter, geometry: TimelineGeometry, theme: Theme) -> None:
        """A dashed outline of the dragged session's circle under the pointer, on the day it would go to."""
        mark = next((m for m in geometry.sessions if m.number == self._dragging), None)
        if mark is None:
            return
        x = geometry.scale.x_mid(geometry.day_at(self._drag_x))
        box = QRectF(x - mark.box.width / 2, mark.box.y, mark.box.width, mark.box.height)
        pen = QPen(theme.text, max(1.0, geometry.unit * 0.12), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(-2, -2, 2, 2))

    def _no_plan_text(self) -> str:
        return timeline_text(None, ui_language())

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
            self._update_geometry_if_needed()  # the legend wraps onto more rows when narrow

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._text_metrics, self._theme = None, None
            self._invalidate()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

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
        self._dragging = self.session_at(event.position().x(), event.position().y())
        if self._dragging is not None:  # a session circle: dropped where it is released
            self._drag_x = event.position().x()
            self.setCursor(Qt.CursorShape.SizeHorCursor)
            self.update()
        else:
            self._request(geometry.day_at(event.position().x()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            super().mouseMoveEvent(event)
            return
        self._drag_x = event.position().x()
        self.update()  # the circle's outline follows the pointer
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        number, self._dragging = self._dragging, None
        geometry = self.timeline_geometry()
        if number is None or event.button() is not Qt.MouseButton.LeftButton or geometry is None:
            super().mouseReleaseEvent(event)
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.update()
        plan, day = self._plan, geometry.day_at(event.position().x())
        if number == 1:  # session 1 is the proposed date
            self._request(day)
        elif plan is not None and plan.course is not None:
            session = next((s for s in plan.course.sessions if s.number == number), None)
            if session is not None and day != session.date:  # a click on it without moving keeps it
                today = plan.today
                self.session_move_requested.emit(number, min(max(day, today), latest_appointment(today)))
        event.accept()

    def session_at(self, x: float, y: float) -> int | None:
        """The number of the session circle under the point (with a little slack round it), or None."""
        geometry = self.timeline_geometry()
        if geometry is None:
            return None
        for mark in reversed(geometry.sessions):  # the last drawn is on top
            box, slack = mark.box, mark.box.width * 0.3
            inside_x = box.x - slack <= x <= box.x + box.width + slack
            if inside_x and box.y - slack <= y <= box.y + box.height + slack:
                return mark.number
        return None

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
        if key == Qt.Key.Key_Home:  # the first bookable day: open, not the policy's date on a closed day
            return plan.bookable or plan.earliest
        return None

    def _request(self, day: dt.date) -> None:
        if self._plan is not None:
            # From today until the last day an appointment can be: the keys stop there, never past it.
            today = self._plan.today
            self.proposed_date_requested.emit(min(max(day, today), latest_appointment(today)))
