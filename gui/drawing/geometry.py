"""Timeline geometry: the boxes, lines and labels a layout returns, and the day scale they sit on.

Plain named tuples (cheap to define and to make: a layout makes hundreds), no Qt: painters walk
them, tests check them with numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from enum import Enum
from typing import NamedTuple, Protocol

from gui.core import Stage

DAY = dt.timedelta(days=1)

# Spacing shared by the layout modules, in text heights (unit).
GAP, PAD_X, CHIP = 0.5, 0.3, 1.2


class TextMetrics(Protocol):
    """What the layout needs to know about text: adapt ``QFontMetricsF`` (or a fake) to it."""

    def width(self, text: str) -> float: ...

    def height(self) -> float: ...


class Box(NamedTuple):
    """A rectangle in the timeline's coordinates."""

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


class Segment(NamedTuple):
    """A vertical line at ``x`` from ``top`` to ``bottom``."""

    x: float
    top: float
    bottom: float


class Label(NamedTuple):
    """A text and the box it is drawn in."""

    text: str
    box: Box


class MarkKind(Enum):
    BAND = "band"
    EXACT = "exact"
    APPROXIMATE = "approximate"
    TODAY = "today"
    PROPOSED = "proposed"
    EARLIEST = "earliest"
    BOOKABLE = "bookable"  # the first open clinic day, when the earliest date falls on a closed day
    PLANNED = "planned"  # a treatment booked after the next one: a hollow ring
    LATEST = "latest"  # the last day the next treatment keeps every planned treatment's wait
    RECOMMENDED = "recommended"  # the day the clinic prefers, when later than the earliest
    SESSION = "session"  # a session of a course: a numbered circle on the track
    NEXT_TOXIN = "next-toxin"  # the first day a new toxin fits after the course


class Band(NamedTuple):
    """A stage's stretch of the track, its days and its chip."""

    stage: Stage
    box: Box
    label: Label | None
    first: dt.date
    last: dt.date


class TreatmentMark(NamedTuple):
    """A treatment on the track: a dot, a bracket or a ring, with its label."""

    kind: MarkKind  # EXACT (a dot), APPROXIMATE (a bracket over the possible days) or PLANNED (a ring)
    box: Box
    x: float
    label: Label | None
    leader: Segment | None


class Marker(NamedTuple):
    """A dated line across the track (today, the proposed date, the earliest…) with its symbol and
    label."""

    kind: MarkKind  # TODAY, PROPOSED, EARLIEST, BOOKABLE or LATEST
    day: dt.date
    line: Segment
    symbol: Box | None
    label: Label | None


class SessionMark(NamedTuple):
    """A course session: its number drawn in a circle on the track (``box``), centred on its day."""

    number: int
    day: dt.date
    box: Box
    x: float
    flagged: bool = False  # moved by hand where no appointment can be: drawn dashed, in the too-early colour


class MonthTick(NamedTuple):
    """A month on the axis: its tick, its faint line across the track and its name."""

    day: dt.date
    line: Segment | None  # the tick under the axis; None for the label of a partly shown first month
    grid: Segment | None  # a faint month line across the track
    label: Label | None


class LegendItem(NamedTuple):
    """One entry of the legend: a swatch and its words."""

    kind: MarkKind
    stage: Stage | None
    swatch: Box
    label: Label


class DayScale(NamedTuple):
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


class TimelineGeometry(NamedTuple):
    """Where every part of the timeline goes, for one plan, rect and set of text metrics."""

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
    sessions: tuple[SessionMark, ...] = ()

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
