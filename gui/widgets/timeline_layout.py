"""Timeline geometry: where bands, marks, ticks and labels go, from a Plan, a rect and text metrics.

No painting and no Qt: every length is a share of the rect or a multiple of the text height
(``unit``), so one layout is right on a 96 dpi screen and on a 300 dpi page. Labels never overlap:
treatment labels (above the track) and today/proposed/earliest labels (under it) are stacked into
levels, text is shortened before a label is dropped, and dropped treatments are counted in one
"+N more".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum
from itertools import pairwise, product
from typing import Protocol

from gui.timing import Plan, Precision, Reason, Stage, format_day_month, format_month
from gui.timing.dates import MONTHS

DAY = dt.timedelta(days=1)
STAGE_LABELS = {
    Stage.TOO_EARLY: "Too early",
    Stage.IDEAL: "Ideal window",
    Stage.WANING: "Waning",
    Stage.WORN_OFF: "Worn off",
    Stage.CLEAR: "Allowed",
}
EMPTY_MESSAGE = "Add a treatment to see the timeline"
MAX_LEVELS = 3
TICK_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)  # months between labelled ticks, finest that fits wins

# Vertical rhythm and spacing, in text heights (unit).
_PAD, _ROW, _MARKS, _AXIS, _LEGEND_GAP, _LEGEND_ROW = 0.3, 1.3, 1.1, 1.65, 0.6, 1.4
_TRACK_MIN, _TRACK_PREF, _TRACK_MAX = 2.0, 2.8, 4.0
_GAP, _PAD_X, _TICK, _SYMBOL, _CHIP = 0.5, 0.3, 0.45, 0.75, 1.2
_SWATCH_W, _SWATCH_H, _SWATCH_GAP = 1.6, 0.9, 1.8


class TextMetrics(Protocol):
    """What the layout needs to know about text: adapt ``QFontMetricsF`` (or a fake) to it."""

    def width(self, text: str) -> float: ...

    def height(self) -> float: ...


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )

    def contains(self, other: Box, slack: float = 1e-6) -> bool:
        return (
            other.x >= self.x - slack
            and other.y >= self.y - slack
            and other.right <= self.right + slack
            and other.bottom <= self.bottom + slack
        )


@dataclass(frozen=True)
class Segment:
    """A vertical line at ``x`` from ``top`` to ``bottom``."""

    x: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Label:
    text: str
    box: Box


class MarkKind(Enum):
    BAND = "band"
    EXACT = "exact"
    APPROXIMATE = "approximate"
    TODAY = "today"
    PROPOSED = "proposed"
    EARLIEST = "earliest"


@dataclass(frozen=True)
class Band:
    stage: Stage
    box: Box
    label: Label | None
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class TreatmentMark:
    kind: MarkKind  # EXACT (a dot) or APPROXIMATE (a bracket over the possible days)
    box: Box
    x: float
    label: Label | None
    leader: Segment | None


@dataclass(frozen=True)
class Marker:
    kind: MarkKind  # TODAY, PROPOSED or EARLIEST
    day: dt.date
    line: Segment
    symbol: Box | None
    label: Label | None


@dataclass(frozen=True)
class MonthTick:
    day: dt.date
    line: Segment | None  # the tick under the axis; None for the label of a partly shown first month
    grid: Segment | None  # a faint month line across the track
    label: Label | None


@dataclass(frozen=True)
class LegendItem:
    kind: MarkKind
    stage: Stage | None
    swatch: Box
    label: Label


@dataclass(frozen=True)
class DayScale:
    """Whole days side by side: ``first_day`` starts at ``left``, ``last_day`` ends at ``left + width``."""

    first_day: dt.date
    last_day: dt.date
    left: float
    width: float

    @property
    def day_width(self) -> float:
        return self.width / ((self.last_day - self.first_day).days + 1)

    def x_of(self, day: dt.date) -> float:
        """The left edge of ``day``."""
        return self.left + (day - self.first_day).days * self.day_width

    def x_mid(self, day: dt.date) -> float:
        return self.x_of(day) + self.day_width / 2

    def day_at(self, x: float) -> dt.date:
        """The day under ``x``, clamped to the days shown."""
        index = math.floor((x - self.left) / self.day_width + 1e-9)
        return self.first_day + dt.timedelta(days=min(max(index, 0), (self.last_day - self.first_day).days))


@dataclass(frozen=True)
class TimelineGeometry:
    rect: Box
    unit: float  # the text height: painters scale line widths and patterns by it
    scale: DayScale
    track: Box
    axis_y: float
    bands: tuple[Band, ...]
    treatments: tuple[TreatmentMark, ...]
    markers: tuple[Marker, ...]
    ticks: tuple[MonthTick, ...]
    legend: tuple[LegendItem, ...]
    overflow: Label | None
    message: Label | None

    @property
    def first_day(self) -> dt.date:
        return self.scale.first_day

    @property
    def last_day(self) -> dt.date:
        return self.scale.last_day

    def x_of(self, day: dt.date) -> float:
        return self.scale.x_of(day)

    def x_mid(self, day: dt.date) -> float:
        return self.scale.x_mid(day)

    def day_at(self, x: float) -> dt.date:
        return self.scale.day_at(x)

    def _marker_x(self, kind: MarkKind) -> float | None:
        return next((m.line.x for m in self.markers if m.kind is kind), None)

    @property
    def today_x(self) -> float:
        return self._marker_x(MarkKind.TODAY) or 0.0

    @property
    def proposed_x(self) -> float | None:
        return self._marker_x(MarkKind.PROPOSED)

    @property
    def earliest_x(self) -> float | None:
        """Where waiting ends: the left edge of the first day after the too-early band."""
        too_early = next((b for b in self.bands if b.stage is Stage.TOO_EARLY), None)
        return too_early.box.right if too_early and len(self.bands) > 1 else None

    def labels(self) -> tuple[Label, ...]:
        """Every label drawn, for painting and for overlap checks."""
        found = [b.label for b in self.bands] + [t.label for t in self.treatments]
        found += [m.label for m in self.markers] + [t.label for t in self.ticks]
        found += [i.label for i in self.legend] + [self.overflow, self.message]
        return tuple(label for label in found if label is not None)


# ---------------------------------------------------------------------------------------------
# Dates: the range shown and the stage spans (pure date logic, also used for the spoken description)


def date_range(plan: Plan) -> tuple[dt.date, dt.date]:
    """From the first treatment or today, to the effect's end (or a few weeks ahead), with margins."""
    starts = [plan.today, *(r.first for r in plan.reasons)]
    horizon = plan.effect_ends or plan.earliest or plan.today + 60 * DAY
    ends = [horizon, plan.today + 30 * DAY]
    if plan.proposed is not None:
        starts.append(plan.proposed)
        ends.append(plan.proposed)
    first, last = min(starts), max(ends)
    span = (last - first).days
    return first - max(7, span // 25) * DAY, last + max(21, span // 10) * DAY


def stage_spans(plan: Plan) -> tuple[tuple[Stage, dt.date, dt.date | None], ...]:
    """(stage, first day, last day or None when open-ended) from the first treatment onwards."""
    if not plan.reasons or plan.earliest is None:
        return ()
    start = min(r.first for r in plan.reasons)
    cuts = {plan.earliest}
    cuts |= {d + DAY for d in (plan.ideal_until, plan.effect_ends) if d is not None}
    spans: list[tuple[Stage, dt.date, dt.date | None]] = []
    begins = [start, *sorted(c for c in cuts if c > start)]
    for begin, end in zip(begins, [*begins[1:], None], strict=True):
        stage, last = plan.stage_on(begin), (end - DAY if end else None)
        if spans and spans[-1][0] is stage:
            spans[-1] = (stage, spans[-1][1], last)
        else:
            spans.append((stage, begin, last))
    return tuple(spans)


# ---------------------------------------------------------------------------------------------
# Label lanes: levels stacked away from the track; a label's leader runs back to its anchor


@dataclass(frozen=True)
class _Want:
    key: object
    anchor: float
    texts: tuple[str, ...]  # best first; shorter fallbacks after
    leftward: bool = False  # the label ends at its anchor instead of starting there


@dataclass(frozen=True)
class _Placed:
    key: object
    text: str
    x: float
    width: float
    level: int


class _Lanes:
    """Label boxes and leader lines per level. A label at level k runs its leader through every level below.

    Labels keep a gap between each other; a leader only has to miss a label box (boxes are padded).
    """

    def __init__(self, left: float, right: float, unit: float) -> None:
        self.left, self.right, self.gap = left, right, _GAP * unit
        self.pad = _PAD_X * unit
        self.boxes: list[list[tuple[float, float]]] = [[] for _ in range(MAX_LEVELS)]
        self.leaders: list[list[float]] = [[] for _ in range(MAX_LEVELS)]

    def free(self, level: int, x0: float, x1: float) -> bool:
        boxes_clear = all(x1 + self.gap <= a or x0 >= b + self.gap for a, b in self.boxes[level])
        return boxes_clear and not any(x0 <= x <= x1 for x in self.leaders[level])

    def leader_free(self, level: int, x: float) -> bool:
        return not any(a <= x <= b for a, b in self.boxes[level])

    def place(self, want: _Want, metrics: TextMetrics) -> _Placed | None:
        for text in want.texts:
            width = metrics.width(text) + 2 * self.pad
            if width > self.right - self.left:
                continue
            x0 = want.anchor + self.pad - width if want.leftward else want.anchor - self.pad
            x0 = min(max(x0, self.left), self.right - width)
            for level in range(MAX_LEVELS):
                if self.free(level, x0, x0 + width) and all(
                    self.leader_free(below, want.anchor) for below in range(level)
                ):
                    self.boxes[level].append((x0, x0 + width))
                    for below in range(level):
                        self.leaders[below].append(want.anchor)
                    return _Placed(want.key, text, x0, width, level)
        return None

    def reserve_top(self, anchor: float, width: float) -> float | None:
        """A free spot on the top level nearest ``anchor`` (no leader runs above it, so none is cut)."""
        top = MAX_LEVELS - 1
        candidates = [anchor] + [a - self.gap - width for a, _ in self.boxes[top]]
        candidates += [b + self.gap for _, b in self.boxes[top]]
        spots = [min(max(x, self.left), self.right - width) for x in candidates]
        spots = [x for x in spots if self.free(top, x, x + width)]
        if not spots:
            return None
        best = min(spots, key=lambda x: abs(x - anchor))
        self.boxes[top].append((best, best + width))
        return best


def _short_name(reason: Reason) -> str:
    return re.sub(r"\s*\(.*\)$", "", reason.product.name)


def _treatment_texts(reason: Reason) -> tuple[str, ...]:
    name, first = _short_name(reason), reason.first
    precision = reason.treatment.precision
    if precision is Precision.MONTH:
        return (
            f"{name} {format_month(first.year, first.month)}",
            f"{name} {MONTHS['en'][first.month - 1][:3]}",
            name,
        )
    day = reason.treatment.on if precision is Precision.AROUND else first
    around = "around " if precision is Precision.AROUND else ""
    short = format_day_month(day).rsplit(" ", 1)[0]
    return (f"{name} {around}{format_day_month(day)}", f"{name} {around}{short}", name)


def _marker_days(plan: Plan) -> list[tuple[MarkKind, dt.date, str]]:
    days = [(MarkKind.TODAY, plan.today, "Today")]
    if plan.proposed is not None:
        days.append((MarkKind.PROPOSED, plan.proposed, "Proposed"))
    if plan.reasons and plan.earliest is not None and plan.earliest not in (plan.today, plan.proposed):
        days.append((MarkKind.EARLIEST, plan.earliest, "Earliest"))
    return days


def _marker_x(kind: MarkKind, day: dt.date, scale: DayScale) -> float:
    """Today and the proposed day sit mid-day; the earliest day is where waiting ends, its left edge."""
    return scale.x_of(day) if kind is MarkKind.EARLIEST else scale.x_mid(day)


def _place_markers(plan: Plan, scale: DayScale, metrics: TextMetrics, rect: Box) -> dict[object, _Placed]:
    """Today, proposed and earliest labels in their own lane under the track.

    At most three labels, so every mix of rightward and leftward flags and both orders is tried; the
    one that shows the most, then the longest texts, then uses the fewest levels wins.
    """
    base = []
    for kind, day, word in _marker_days(plan):
        text = format_day_month(day)
        texts = (f"{word} {text}", f"{word} {text.rsplit(' ', 1)[0]}", word)
        base.append(_Want(kind, _marker_x(kind, day, scale), texts))
    best: tuple[tuple[int, int, int], dict[object, _Placed]] | None = None
    for flags in product((False, True), repeat=len(base)):
        wants = [replace(w, leftward=flag) for w, flag in zip(base, flags, strict=True)]
        for reverse in (True, False):
            lanes = _Lanes(rect.x, rect.right, metrics.height())
            ordered = sorted(wants, key=lambda w: w.anchor, reverse=reverse)
            placed = {w.key: p for w in ordered if (p := lanes.place(w, metrics)) is not None}
            shortened = sum(w.texts.index(placed[w.key].text) for w in wants if w.key in placed)
            score = (len(placed), -shortened, -max((p.level for p in placed.values()), default=0))
            if best is None or score > best[0]:
                best = (score, placed)
    return best[1] if best else {}


def _treatment_anchor(reason: Reason, scale: DayScale) -> float:
    if reason.treatment.precision is Precision.EXACT:
        return scale.x_mid(reason.first)
    return (scale.x_of(reason.first) + scale.x_of(reason.last + DAY)) / 2


def _place_treatments(
    plan: Plan, scale: DayScale, metrics: TextMetrics, rect: Box
) -> tuple[dict[object, _Placed], _Placed | None]:
    """Right to left, each label flagged rightwards from its mark, so no leader crosses a lower label.

    What does not fit is counted in one "+N more" label, kept on the top level where no leader runs.
    """
    unit = metrics.height()
    wants = [_Want(i, _treatment_anchor(r, scale), _treatment_texts(r)) for i, r in enumerate(plan.reasons)]
    wants.sort(key=lambda w: (-w.anchor, w.key))
    placed, dropped = _place_all(wants, _Lanes(rect.x, rect.right, unit), metrics)
    if not dropped:
        return placed, None
    lanes = _Lanes(rect.x, rect.right, unit)
    spot = lanes.reserve_top(min(dropped), metrics.width(f"+{len(wants)} more") + 2 * _PAD_X * unit)
    placed, dropped = _place_all(wants, lanes, metrics)
    if not dropped or spot is None:
        return placed, None
    text = f"+{len(dropped)} more"
    return placed, _Placed("overflow", text, spot, metrics.width(text) + 2 * _PAD_X * unit, MAX_LEVELS - 1)


def _place_all(
    wants: list[_Want], lanes: _Lanes, metrics: TextMetrics
) -> tuple[dict[object, _Placed], list[float]]:
    placed, dropped = {}, []
    for want in wants:
        if (p := lanes.place(want, metrics)) is not None:
            placed[want.key] = p
        else:
            dropped.append(want.anchor)
    return placed, dropped


# ---------------------------------------------------------------------------------------------
# Horizontal pieces that do not depend on the vertical rhythm


def _month_starts(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first.replace(day=1)
    while day <= last:
        if day >= first:
            yield day
        day = (day + 32 * DAY).replace(day=1)


def _tick_text(day: dt.date, with_year: bool) -> str:
    month = MONTHS["en"][day.month - 1][:3]
    return f"{month} {day.year}" if with_year else month


def _tick_labels(
    scale: DayScale, metrics: TextMetrics, rect: Box, step: int
) -> list[tuple[dt.date, str, float]] | None:
    """(month, text, left x) of every labelled month at this step; None when two would collide."""
    unit, previous_right = metrics.height(), -math.inf
    placed: list[tuple[dt.date, str, float]] = []
    for day in _month_starts(scale.first_day, scale.last_day):
        if (day.year * 12 + day.month - 1) % step:
            continue
        text = _tick_text(day, not placed or day.month == 1)
        x0 = scale.x_of(day) + _PAD_X * unit
        if x0 + metrics.width(text) > rect.right:
            break
        if x0 < previous_right + _GAP * unit:
            return None
        placed.append((day, text, x0))
        previous_right = x0 + metrics.width(text)
    return placed


def _choose_ticks(
    scale: DayScale, metrics: TextMetrics, rect: Box
) -> tuple[list[tuple[dt.date, str, float]], int]:
    for step in TICK_STEPS:
        labels = _tick_labels(scale, metrics, rect, step)
        if labels is not None:
            return labels, step
    return [], TICK_STEPS[-1]


def _leading_tick(
    scale: DayScale, metrics: TextMetrics, labels: list[tuple[dt.date, str, float]]
) -> tuple[dt.date, str, float] | None:
    """A label for the partly shown first month, when it fits before the first tick's label."""
    first = scale.first_day
    if first.day == 1:
        return None
    unit = metrics.height()
    text = _tick_text(first, True)
    x0 = scale.left + _PAD_X * unit
    limit = min((x for _, _, x in labels), default=scale.left + scale.width)
    next_tick = scale.x_of((first + 32 * DAY).replace(day=1))
    if x0 + metrics.width(text) + _GAP * unit > min(limit, next_tick):
        return None
    return first, text, x0


def _legend_specs(plan: Plan, stages: list[Stage]) -> list[tuple[MarkKind, Stage | None, str]]:
    if not plan.reasons:
        return []
    specs: list[tuple[MarkKind, Stage | None, str]] = [(MarkKind.BAND, s, STAGE_LABELS[s]) for s in stages]
    specs.append((MarkKind.TODAY, None, "Today"))
    if plan.proposed is not None:
        specs.append((MarkKind.PROPOSED, None, "Proposed date"))
    precisions = {r.treatment.precision for r in plan.reasons}
    if Precision.EXACT in precisions:
        specs.append((MarkKind.EXACT, None, "Treatment"))
    if precisions - {Precision.EXACT}:
        specs.append((MarkKind.APPROXIMATE, None, "Approximate date"))
    return specs


def _legend_flow(
    specs: list[tuple[MarkKind, Stage | None, str]], metrics: TextMetrics, rect: Box
) -> list[tuple[int, float]]:
    """(row, x) of each legend item, wrapping onto new rows."""
    unit, row, x, flow = metrics.height(), 0, rect.x, []
    for _kind, _stage, text in specs:
        width = (_SWATCH_GAP + 2 * _PAD_X) * unit + metrics.width(text)
        if x > rect.x and x + width > rect.right:
            row, x = row + 1, rect.x
        flow.append((row, x))
        x += width + 1.2 * unit
    return flow


@dataclass(frozen=True)
class _Across:
    """Everything decided along the x axis; the vertical rhythm follows from its level and row counts."""

    scale: DayScale
    treatment_labels: dict[object, _Placed]
    overflow: _Placed | None
    marker_labels: dict[object, _Placed]
    legend_specs: list[tuple[MarkKind, Stage | None, str]]
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


def _across(plan: Plan, rect: Box, metrics: TextMetrics) -> _Across:
    scale = DayScale(*date_range(plan), rect.x, rect.width)
    treatment_labels, overflow = _place_treatments(plan, scale, metrics, rect)
    stages = list(dict.fromkeys(stage for stage, _, _ in stage_spans(plan)))
    specs = _legend_specs(plan, stages)
    flow = _legend_flow(specs, metrics, rect)
    markers = _place_markers(plan, scale, metrics, rect)
    return _Across(scale, treatment_labels, overflow, markers, specs, flow)


def _fixed_height(across: _Across, legend_rows: int) -> float:
    """Height in units of everything but the track."""
    legend = _LEGEND_GAP + legend_rows * _LEGEND_ROW if legend_rows else 0.0
    lanes = (across.levels + across.marker_levels) * _ROW
    return 2 * _PAD + lanes + _MARKS + _AXIS + legend


def timeline_height(plan: Plan, width: float, metrics: TextMetrics) -> float:
    """The height at which a timeline of this width shows everything with a comfortable track."""
    across = _across(plan, Box(0, 0, width, 0), metrics)
    return (_fixed_height(across, across.legend_rows) + _TRACK_PREF) * metrics.height()


@dataclass(frozen=True)
class _Rows:
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


def _label(placed: _Placed, rows: _Rows, unit: float) -> Label:
    """A treatment label: level 0 is the lowest, just above the marks."""
    y = rows.lane_top + ((rows.levels - 1 - placed.level) * _ROW + (_ROW - 1) / 2) * unit
    return Label(placed.text, Box(placed.x, y, placed.width, unit))


def _marker_label(placed: _Placed, rows: _Rows, unit: float) -> Label:
    """A today/proposed/earliest label: level 0 is the highest, just under the track."""
    y = rows.track.bottom + (placed.level * _ROW + (_ROW - 1) / 2) * unit
    return Label(placed.text, Box(placed.x, y, placed.width, unit))


def _band_label(text: str, box: Box, avoid: list[float], metrics: TextMetrics) -> Label | None:
    """The stage name on a chip inside its band, in the widest stretch that no marker line crosses."""
    unit = metrics.height()
    width, gap = metrics.width(text) + 2 * _PAD_X * unit, _GAP * unit
    edges = sorted([box.x, box.right, *(x for x in avoid if box.x < x < box.right)])
    start, end = max(((a + gap, b - gap) for a, b in pairwise(edges)), key=lambda s: s[1] - s[0])
    if end - start < width:
        return None
    height = _CHIP * unit
    return Label(text, Box((start + end - width) / 2, box.y + (box.height - height) / 2, width, height))


def _bands(
    plan: Plan, scale: DayScale, track: Box, metrics: TextMetrics, avoid: list[float]
) -> tuple[Band, ...]:
    bands = []
    for stage, first, last in stage_spans(plan):
        shown_last = min(last or scale.last_day, scale.last_day)
        x0, x1 = scale.x_of(first), scale.x_of(shown_last + DAY)
        box = Box(x0, track.y, x1 - x0, track.height)
        bands.append(
            Band(stage, box, _band_label(STAGE_LABELS[stage], box, avoid, metrics), first, shown_last)
        )
    return tuple(bands)


def _treatments(
    plan: Plan, scale: DayScale, rows: _Rows, placed: dict[object, _Placed], unit: float
) -> tuple[TreatmentMark, ...]:
    size, middle = _SYMBOL * unit, rows.marks_y + _MARKS * unit / 2
    marks = []
    for index, reason in enumerate(plan.reasons):
        anchor = _treatment_anchor(reason, scale)
        kind, width = MarkKind.EXACT, size
        if reason.treatment.precision is not Precision.EXACT:
            kind = MarkKind.APPROXIMATE
            width = max(scale.x_of(reason.last + DAY) - scale.x_of(reason.first), size)
        x0 = min(max(anchor - width / 2, scale.left), scale.left + scale.width - width)
        box = Box(x0, middle - size / 2, width, size)
        label = _label(placed[index], rows, unit) if index in placed else None
        leader = Segment(anchor, label.box.bottom, box.y) if label else None
        marks.append(TreatmentMark(kind, box, anchor, label, leader))
    return tuple(marks)


def _markers(
    plan: Plan, scale: DayScale, rows: _Rows, placed: dict[object, _Placed], unit: float
) -> tuple[Marker, ...]:
    """Lines from the marks row, across the track, down to each marker's label."""
    markers = []
    for kind, day, _word in _marker_days(plan):
        x = _marker_x(kind, day, scale)
        label = _marker_label(placed[kind], rows, unit) if kind in placed else None
        symbol = None
        if kind is MarkKind.PROPOSED:
            size = 1.2 * _SYMBOL * unit
            symbol = Box(x - size / 2, rows.marks_y + (_MARKS * unit - size) / 2, size, size)
        bottom = label.box.y if label else rows.track.bottom
        markers.append(Marker(kind, day, Segment(x, rows.marks_y, bottom), symbol, label))
    return tuple(markers)


def _ticks(scale: DayScale, metrics: TextMetrics, rect: Box, rows: _Rows) -> tuple[MonthTick, ...]:
    unit, axis_y, track = metrics.height(), rows.axis_y, rows.track
    labels, step = _choose_ticks(scale, metrics, rect)
    lead = _leading_tick(scale, metrics, labels) if step == 1 else None
    if lead and labels and labels[0][0].year == lead[0].year:  # the year is already on the lead label
        labels[0] = (labels[0][0], _tick_text(labels[0][0], False), labels[0][2])
    y = axis_y + (_TICK + 0.15) * unit
    texts = {day: (text, x) for day, text, x in ([lead] if lead else []) + labels}
    ticks = []
    if lead is not None:
        lead_label = Label(lead[1], Box(lead[2], y, metrics.width(lead[1]), unit))
        ticks.append(MonthTick(lead[0], None, None, lead_label))
    dense = 28 * scale.day_width < _GAP * unit  # too many month lines to draw them all
    for day in _month_starts(scale.first_day, scale.last_day):
        if dense and day not in texts:
            continue
        text, x = texts.get(day, ("", 0.0))
        label = Label(text, Box(x, y, metrics.width(text), unit)) if text else None
        x_tick = scale.x_of(day)
        grid = Segment(x_tick, track.y, track.bottom) if label else None
        ticks.append(MonthTick(day, Segment(x_tick, axis_y, axis_y + _TICK * unit), grid, label))
    return tuple(ticks)


def _legend(across: _Across, rows: _Rows, metrics: TextMetrics) -> tuple[LegendItem, ...]:
    if rows.legend_y is None:
        return ()
    unit, items = metrics.height(), []
    for (kind, stage, text), (row, x) in zip(across.legend_specs, across.legend_flow, strict=True):
        y = rows.legend_y + row * _LEGEND_ROW * unit
        swatch = Box(x, y + (1 - _SWATCH_H) / 2 * unit, _SWATCH_W * unit, _SWATCH_H * unit)
        label = Box(x + _SWATCH_GAP * unit, y, metrics.width(text) + 2 * _PAD_X * unit, unit)
        items.append(LegendItem(kind, stage, swatch, Label(text, label)))
    return tuple(items)


def _message(plan: Plan, track: Box, metrics: TextMetrics) -> Label | None:
    if plan.reasons:
        return None
    unit = metrics.height()
    width = min(metrics.width(EMPTY_MESSAGE) + 2 * _PAD_X * unit, track.width)
    height = _CHIP * unit
    return Label(
        EMPTY_MESSAGE, Box(track.center_x - width / 2, track.y + (track.height - height) / 2, width, height)
    )


def layout_timeline(plan: Plan, rect: Box, metrics: TextMetrics) -> TimelineGeometry:
    """Where everything goes. Give ``rect`` at least :func:`timeline_height` for the legend to show."""
    unit = metrics.height()
    across = _across(plan, rect, metrics)
    rows = _rows(rect, unit, across, across.legend_rows)
    markers = _markers(plan, across.scale, rows, across.marker_labels, unit)
    avoid = [m.line.x for m in markers if m.kind is not MarkKind.EARLIEST]
    return TimelineGeometry(
        rect=rect,
        unit=unit,
        scale=across.scale,
        track=rows.track,
        axis_y=rows.axis_y,
        bands=_bands(plan, across.scale, rows.track, metrics, avoid),
        treatments=_treatments(plan, across.scale, rows, across.treatment_labels, unit),
        markers=markers,
        ticks=_ticks(across.scale, metrics, rect, rows),
        legend=_legend(across, rows, metrics),
        overflow=_label(across.overflow, rows, unit) if across.overflow else None,
        message=_message(plan, rows.track, metrics),
    )
