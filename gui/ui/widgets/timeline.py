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
    Precision,
    Stage,
    bookable_reason,
    earliest_text,
    format_day_month,
    format_medium,
    format_month,
    name_of,
    treatment_when,
    verdict_text,
)
from gui.core.limits import latest_appointment
from gui.drawing.layout import Box, TimelineGeometry, layout_timeline, stage_spans, timeline_height
from gui.drawing.metrics import QtTextMetrics
from gui.drawing.paint import paint_timeline
from gui.drawing.theme import GRAPHIC_CONTRAST, Theme, contrast_ratio
from gui.ui.i18n import QT_TRANSLATE_NOOP, ui_language, words_in

ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("TimelineWidget", "Treatment timeline")
_KEY_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageUp: -7,
    Qt.Key.Key_PageDown: 7,
}
_STAGE_WORDS = {
    Stage.TOO_EARLY: QT_TRANSLATE_NOOP("TimelineWords", "too early"),
    Stage.IDEAL: QT_TRANSLATE_NOOP("TimelineWords", "ideal"),
    Stage.WANING: QT_TRANSLATE_NOOP("TimelineWords", "late, the effect is waning"),
    Stage.WORN_OFF: QT_TRANSLATE_NOOP("TimelineWords", "late, the effect has worn off"),
    Stage.CLEAR: QT_TRANSLATE_NOOP("TimelineWords", "allowed"),
}


def _treatment_words(plan: Plan, lang: str) -> list[str]:
    w, said = words_in(lang), []
    for reason in plan.reasons:
        t, name = reason.treatment, name_of(reason.product, lang)
        if t.precision is Precision.EXACT:
            text = w.translate("TimelineWords", "{name} on {date}.")
            text = text.format(name=name, date=format_day_month(reason.first, lang))
        elif t.precision is Precision.MONTH:
            month = format_month(reason.first.year, reason.first.month, lang)
            text = w.translate("TimelineWords", "{name} in {month}.").format(name=name, month=month)
        else:
            text = f"{name} {treatment_when(reason.treatment, lang)}."
        said.append(text)
    return said


_SPAN_WORDS = {  # (with an end, open-ended)
    Stage.TOO_EARLY: (QT_TRANSLATE_NOOP("TimelineWords", "Too early until {end}."), None),
    Stage.IDEAL: (
        QT_TRANSLATE_NOOP("TimelineWords", "Ideal window from {start} to {end}."),
        QT_TRANSLATE_NOOP("TimelineWords", "Ideal window from {start}."),
    ),
    Stage.WANING: (
        QT_TRANSLATE_NOOP("TimelineWords", "Waning from {start} until {end}."),
        QT_TRANSLATE_NOOP("TimelineWords", "Waning from {start}."),
    ),
    Stage.WORN_OFF: (None, QT_TRANSLATE_NOOP("TimelineWords", "Worn off from {start}.")),
    Stage.CLEAR: (None, QT_TRANSLATE_NOOP("TimelineWords", "Allowed from {start}.")),
}


def _span_words(stage: Stage, first: dt.date, last: dt.date | None, lang: str) -> str:
    w, (closed, open_ended) = words_in(lang), _SPAN_WORDS[stage]
    template = closed if last is not None and closed is not None else open_ended
    if template is None:  # too early without an end: not reached by a plan, said plainly anyway
        return w.translate("TimelineWords", "Too early.")
    end = format_day_month(last, lang) if last else ""
    return w.translate("TimelineWords", template).format(start=format_day_month(first, lang), end=end)


def describe_timeline(plan: Plan | None, *, lang: str | None = None) -> str:
    """The timeline in words, for screen readers: the same facts the drawing shows."""
    code = lang or ui_language()
    w = words_in(code)
    if plan is None:
        return w.translate("TimelineWords", NO_PLAN)
    parts = [w.translate("TimelineWords", "Today {date}.").format(date=format_medium(plan.today, code))]
    if not plan.reasons:
        parts.append(w.translate("TimelineWords", "No treatments yet. Add a treatment to see the timeline."))
    parts += _treatment_words(plan, code)
    parts += [_span_words(stage, first, last, code) for stage, first, last in stage_spans(plan)]
    if plan.reasons:  # the headline's own words: the big date, and why it is not the policy's date
        bookable = bookable_reason(plan, code)
        parts.append(earliest_text(plan, code) + "." + (f" {bookable}" if bookable else ""))
    if plan.proposed is not None:
        stage = w.translate("TimelineWords", _STAGE_WORDS[plan.stage_on(plan.proposed)])
        text = w.translate("TimelineWords", "Proposed date {date}: {stage}.")
        parts.append(text.format(date=format_medium(plan.proposed, code), stage=stage))
    verdict = verdict_text(plan, code)  # the verdict as the headline says it, never another one
    parts.append(f"{verdict.title}. {verdict.detail}")
    return " ".join(parts)


NO_PLAN = QT_TRANSLATE_NOOP("TimelineWords", "No timeline until every entry is understood.")


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
        self._hints = (0, 0)  # the size and minimum size hints' heights last announced
        self._text_metrics: QtTextMetrics | None = None  # for the current font
        self._theme: Theme | None = None  # for the current palette
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills every pixel
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Name, tooltip and the spoken description; the drawing is laid out again in the new words."""
        self.setAccessibleName(self.tr(ACCESSIBLE_NAME))
        self.setToolTip(self.tr("Click a day, or use the arrow keys, to propose that date"))
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
        return QSize(width, self._height_for(max(width, self.width())))

    def minimumSizeHint(self) -> QSize:
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 40)
        return QSize(width, self._height_for(max(width, self.width())))

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
            painter.fillRect(self.rect(), theme.background)
            if geometry is not None:
                paint_timeline(painter, geometry, theme, self.font())
            else:  # an entry is not understood: an empty track would look like "no wait"
                painter.setPen(theme.text)
                painter.drawText(
                    self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._no_plan_text()
                )
            if self.hasFocus():
                self._paint_focus_frame(painter, theme)

    def _no_plan_text(self) -> str:
        return words_in(ui_language()).translate("TimelineWords", NO_PLAN)

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
        if key == Qt.Key.Key_Home:  # the first bookable day: open, not the policy's date on a closed day
            return plan.bookable or plan.earliest
        return None

    def _request(self, day: dt.date) -> None:
        if self._plan is not None:
            # From today until the last day an appointment can be: the keys stop there, never past it.
            today = self._plan.today
            self.proposed_date_requested.emit(min(max(day, today), latest_appointment(today)))
