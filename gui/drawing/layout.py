"""Timeline layout: where bands, marks, ticks and labels go, from a Plan, a rect and text metrics.

No painting and no Qt: every length is a share of the rect or a multiple of the text height
(``unit``), so one layout is right on a 96 dpi screen and on a 300 dpi page. The pieces live in
sibling modules (geometry types, label placement, month ticks, legend); this one sets the vertical
rhythm and puts them together, and re-exports their public names.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from gui.core import Plan, Precision, stage_spans
from gui.core.catalog import N_, words
from gui.drawing.geometry import (
    DAY,
    Band,
    Box,
    DayScale,
    Label,
    LegendItem,
    Marker,
    MarkKind,
    MonthTick,
    Segment,
    SessionMark,
    TextMetrics,
    TimelineGeometry,
    TreatmentMark,
)
from gui.drawing.labels import (
    MAX_LEVELS,
    STAGE_LABELS,
    Placed,
    band_label,
    marked_days,
    marker_x,
    place_markers,
    place_treatments,
    planned_key,
    treatment_anchor,
)
from gui.drawing.legend import LEGEND_ROW, LegendSpec, legend_flow, legend_items, legend_specs
from gui.drawing.ticks import TICK_STEPS, month_ticks
from gui.drawing.words import chip_labels

__all__ = [
    "DAY",
    "EMPTY_MESSAGE",
    "MAX_LEVELS",
    "STAGE_LABELS",
    "TICK_STEPS",
    "Band",
    "Box",
    "DayScale",
    "Label",
    "LegendItem",
    "MarkKind",
    "Marker",
    "MonthTick",
    "Segment",
    "TextMetrics",
    "TimelineGeometry",
    "TreatmentMark",
    "date_range",
    "layout_timeline",
    "timeline_height",
]

EMPTY_MESSAGE = N_("Add a treatment to see the timeline")
EMPTY_MESSAGE_SHORT = N_("Add a treatment")

# Vertical rhythm and spacing, in text heights (unit).
_PAD, _ROW, _MARKS, _AXIS, _LEGEND_GAP = 0.3, 1.3, 1.1, 1.65, 0.6
_TRACK_MIN, _TRACK_PREF, _TRACK_MAX = 2.0, 2.8, 4.0
_SYMBOL = 0.75
_SESSION = 1.0  # a session's circle: no wider than the gap band chips keep from it


# ---------------------------------------------------------------------------------------------
# Dates: the range shown and the stage spans (pure date logic, also used for the spoken description)


def date_range(plan: Plan) -> tuple[dt.date, dt.date]:
    """From the first treatment or today, to the effect's end (or a few weeks ahead), with margins."""
    starts = [plan.today, *(r.first for r in plan.reasons)]
    horizon = plan.effect_ends or plan.earliest or plan.today + 60 * DAY
    ends = [horizon, plan.today + 30 * DAY, *(p.treatment.on for p in plan.planned)]
    if plan.bookable is not None:  # the big date is always on the drawing (it may be past a planned gap)
        ends.append(plan.bookable)
    if plan.course is not None:
        ends += [s.date for s in plan.course.sessions]
        if plan.course.next_toxin is not None:
            ends.append(plan.course.next_toxin.date)
    if plan.proposed is not None:
        starts.append(plan.proposed)
        ends.append(plan.proposed)
    first, last = min(starts), max(ends)
    span = (last - first).days
    return first - max(7, span // 25) * DAY, last + max(21, span // 10) * DAY


# ---------------------------------------------------------------------------------------------
# Across, then down: the x axis first; its level and row counts set the vertical rhythm


class _Across(NamedTuple):
    """Everything decided along the x axis; the vertical rhythm follows from its level and row counts."""

    scale: DayScale
    treatment_labels: dict[object, Placed]
    overflow: Placed | None
    marker_labels: dict[object, Placed]
    legend_specs: list[LegendSpec]
    legend_flow: list[tuple[int, float]]

    @property
    def levels(self) -> int:
        used = [p.level + 1 for p in self.treatment_labels.values()]
        return max([0, *used, MAX_LEVELS if self.overflow else 0])

    @property
    def marker_levels(self) -> int:
        return max([1, *(p.level + 1 for p in self.marker_labels.values())])

    @property
    def legend_rows(self) -> int:
        return max((row for row, _ in self.legend_flow), default=-1) + 1


_ACROSS_MEMO: list[tuple[Plan, float, float, TextMetrics, str, _Across]] = []
_ACROSS_MEMO_SIZE = 4


def _across(plan: Plan, rect: Box, metrics: TextMetrics, lang: str) -> _Across:
    """What is decided along x, remembered for the last few plans: a window asks for its height
    (size hints) and then paints at that width, and each would place every label again."""
    for memo_plan, x, width, memo_metrics, memo_lang, across in _ACROSS_MEMO:
        if (memo_plan is plan and memo_metrics is metrics and x == rect.x and width == rect.width
                and memo_lang == lang):  # fmt: skip
            return across
    across = _place_across(plan, rect, metrics, lang)
    _ACROSS_MEMO.insert(0, (plan, rect.x, rect.width, metrics, lang, across))
    del _ACROSS_MEMO[_ACROSS_MEMO_SIZE:]
    return across


def _place_across(plan: Plan, rect: Box, metrics: TextMetrics, lang: str) -> _Across:
    scale = DayScale(*date_range(plan), rect.x, rect.width)
    treatment_labels, overflow = place_treatments(plan, scale, metrics, rect, lang)
    stages = list(dict.fromkeys(stage for stage, _, _ in stage_spans(plan)))
    specs = legend_specs(plan, stages, lang)
    flow = legend_flow(specs, metrics, rect)
    markers = place_markers(plan, scale, metrics, rect, lang)
    return _Across(scale, treatment_labels, overflow, markers, specs, flow)


def _fixed_height(across: _Across, legend_rows: int) -> float:
    """Height in units of everything but the track."""
    legend = _LEGEND_GAP + legend_rows * LEGEND_ROW if legend_rows else 0.0
    lanes = (across.levels + across.marker_levels) * _ROW
    return 2 * _PAD + lanes + _MARKS + _AXIS + legend


def timeline_height(plan: Plan, width: float, metrics: TextMetrics, lang: str, *, left: float = 0.0) -> float:
    """The height at which a timeline of this width shows everything with a comfortable track.

    ``left`` is where it will be laid out: the same left and width as the later
    :func:`layout_timeline` lets the two share one placement of the labels.
    """
    across = _across(plan, Box(left, 0, width, 0), metrics, lang)
    return (_fixed_height(across, across.legend_rows) + _TRACK_PREF) * metrics.height()


class _Rows(NamedTuple):
    """Top to bottom: treatment labels, marks, track, today/proposed labels, axis, legend."""

    lane_top: float
    levels: int
    marks_y: float
    track: Box
    axis_y: float
    legend_y: float | None


def _rows(rect: Box, unit: float, across: _Across, legend_rows: int) -> _Rows:
    fixed = _fixed_height(across, legend_rows)
    if legend_rows and rect.height < (fixed + _TRACK_MIN) * unit:
        return _rows(rect, unit, across, 0)  # too short: the legend goes first, the band labels stay
    track_height = min(max(rect.height / unit - fixed, _TRACK_MIN), _TRACK_MAX)
    extra = max(rect.height - (fixed + track_height) * unit, 0.0)
    lane_top = rect.y + _PAD * unit + extra / 2
    marks_y = lane_top + across.levels * _ROW * unit
    track = Box(rect.x, marks_y + _MARKS * unit, rect.width, track_height * unit)
    axis_y = track.bottom + across.marker_levels * _ROW * unit
    legend_y = axis_y + (_AXIS + _LEGEND_GAP) * unit if legend_rows else None
    return _Rows(lane_top, across.levels, marks_y, track, axis_y, legend_y)


def _label(placed: Placed, rows: _Rows, unit: float) -> Label:
    """A treatment label: level 0 is the lowest, just above the marks."""
    y = rows.lane_top + ((rows.levels - 1 - placed.level) * _ROW + (_ROW - 1) / 2) * unit
    return Label(placed.text, Box(placed.x, y, placed.width, unit))


def _marker_label(placed: Placed, rows: _Rows, unit: float) -> Label:
    """A today/proposed/earliest label: level 0 is the highest, just under the track."""
    y = rows.track.bottom + (placed.level * _ROW + (_ROW - 1) / 2) * unit
    return Label(placed.text, Box(placed.x, y, placed.width, unit))


def _bands(
    plan: Plan, scale: DayScale, track: Box, metrics: TextMetrics, avoid: list[float], lang: str
) -> tuple[Band, ...]:
    bands = []
    for stage, first, last in stage_spans(plan):
        if first > scale.last_day:  # after the range shown (a planned treatment's wait ends later)
            break
        shown_last = min(last or scale.last_day, scale.last_day)
        x0, x1 = scale.x_of(first), scale.x_of(shown_last + DAY)
        box = Box(x0, track.y, x1 - x0, track.height)
        labels = (band_label(text, box, avoid, metrics) for text in chip_labels(stage, lang))
        bands.append(Band(stage, box, next((label for label in labels if label), None), first, shown_last))
    return tuple(bands)


def _treatments(
    plan: Plan, scale: DayScale, rows: _Rows, placed: dict[object, Placed], unit: float
) -> tuple[TreatmentMark, ...]:
    size, middle = _SYMBOL * unit, rows.marks_y + _MARKS * unit / 2
    marks = []
    for index, reason in enumerate(plan.reasons):
        anchor = treatment_anchor(reason, scale)
        kind, width = MarkKind.EXACT, size
        if reason.treatment.precision is not Precision.EXACT:
            kind = MarkKind.APPROXIMATE
            width = max(scale.x_of(reason.last + DAY) - scale.x_of(reason.first), size)
        x0 = min(max(anchor - width / 2, scale.left), scale.left + scale.width - width)
        box = Box(x0, middle - size / 2, width, size)
        label = _label(placed[index], rows, unit) if index in placed else None
        leader = Segment(anchor, label.box.bottom, box.y) if label else None
        marks.append(TreatmentMark(kind, box, anchor, label, leader))
    for index, planned in enumerate(plan.planned):  # booked, not done: a ring, and "(planned)" in words
        anchor = scale.x_mid(planned.treatment.on)
        x0 = min(max(anchor - size / 2, scale.left), scale.left + scale.width - size)
        box = Box(x0, middle - size / 2, size, size)
        key = planned_key(index)
        label = _label(placed[key], rows, unit) if key in placed else None
        leader = Segment(anchor, label.box.bottom, box.y) if label else None
        marks.append(TreatmentMark(MarkKind.PLANNED, box, anchor, label, leader))
    return tuple(marks)


def _markers(
    plan: Plan, scale: DayScale, rows: _Rows, placed: dict[object, Placed], unit: float
) -> tuple[Marker, ...]:
    """Lines from the marks row, across the track, down to each marker's label."""
    markers = []
    for kind, day in marked_days(plan):
        x = marker_x(kind, day, scale)
        label = _marker_label(placed[kind], rows, unit) if kind in placed else None
        symbol = None
        if kind is MarkKind.PROPOSED:
            size = 1.2 * _SYMBOL * unit
            symbol = Box(x - size / 2, rows.marks_y + (_MARKS * unit - size) / 2, size, size)
        bottom = label.box.y if label else rows.track.bottom
        markers.append(Marker(kind, day, Segment(x, rows.marks_y, bottom), symbol, label))
    return tuple(markers)


def _sessions(plan: Plan, scale: DayScale, track: Box, unit: float) -> tuple[SessionMark, ...]:
    """The course's sessions as numbered circles across the middle of the track."""
    if plan.course is None:
        return ()
    size = _SESSION * unit
    marks = []
    for session in plan.course.sessions:
        x = scale.x_mid(session.date)
        box = Box(x - size / 2, track.y + (track.height - size) / 2, size, size)
        marks.append(SessionMark(session.number, session.date, box, x, session.breaks_rule))
    return tuple(marks)


def _message(plan: Plan, track: Box, metrics: TextMetrics, avoid: list[float], lang: str) -> Label | None:
    """The empty-timeline hint, in the widest stretch of the track that no line crosses."""
    if plan.reasons or plan.planned:
        return None
    for text in (EMPTY_MESSAGE, EMPTY_MESSAGE_SHORT):
        label = band_label(words(lang)(text), track, avoid, metrics)
        if label is not None:
            return label
    return None


def layout_timeline(plan: Plan, rect: Box, metrics: TextMetrics, lang: str) -> TimelineGeometry:
    """Where everything goes. Give ``rect`` at least :func:`timeline_height` for the legend to show.

    Words and dates are in ``lang``; None is the interface language.
    """
    unit = metrics.height()
    across = _across(plan, rect, metrics, lang)
    rows = _rows(rect, unit, across, across.legend_rows)
    markers = _markers(plan, across.scale, rows, across.marker_labels, unit)
    sessions = _sessions(plan, across.scale, rows.track, unit)
    avoid = [m.line.x for m in markers if m.kind is not MarkKind.EARLIEST] + [s.x for s in sessions]
    ticks = month_ticks(across.scale, metrics, rect, rows.axis_y, rows.track, lang)
    return TimelineGeometry(
        rect=rect,
        unit=unit,
        scale=across.scale,
        track=rows.track,
        axis_y=rows.axis_y,
        bands=_bands(plan, across.scale, rows.track, metrics, avoid, lang),
        treatments=_treatments(plan, across.scale, rows, across.treatment_labels, unit),
        markers=markers,
        ticks=ticks,
        legend=legend_items(across.legend_specs, across.legend_flow, rows.legend_y, metrics),
        overflow=_label(across.overflow, rows, unit) if across.overflow else None,
        message=_message(plan, rows.track, metrics, [m.line.x for m in markers], lang),
        sessions=sessions,
    )
