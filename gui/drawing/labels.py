"""Timeline labels: where treatment, marker and band labels go without overlapping, shortened before dropped.

Treatment labels (above the track) and today/proposed/earliest labels (under it) are stacked into
levels; each label tries its texts best first, and dropped treatments are counted in one "+N more".
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise, product
from typing import NamedTuple

from gui.core import (
    Plan,
    PlannedReason,
    Precision,
    Product,
    Reason,
    format_day_month,
    format_month,
    name_of,
)
from gui.core.catalog import N_, words
from gui.core.dates import MONTHS
from gui.drawing.geometry import CHIP, DAY, GAP, PAD_X, Box, DayScale, Label, MarkKind, TextMetrics
from gui.drawing.words import STAGE_WORDS

STAGE_LABELS = STAGE_WORDS  # English, on the band chips and in the legend; see words.stage_label
MARKER_WORDS = {
    MarkKind.TODAY: N_("Today"),
    MarkKind.PROPOSED: N_("Proposed"),
    MarkKind.EARLIEST: N_("Earliest"),
    MarkKind.BOOKABLE: N_("First open day"),
    MarkKind.LATEST: N_("Latest"),
    MarkKind.RECOMMENDED: N_("Recommended"),
    MarkKind.NEXT_TOXIN: N_("Next toxin"),
}
MAX_LEVELS = 3


def more_text(count: int, lang: str) -> str:
    """'+3 more': the treatments whose labels did not fit."""
    return words(lang).ngettext("+{n} more", "+{n} more", count)


# ---------------------------------------------------------------------------------------------
# Label lanes: levels stacked away from the track; a label's leader runs back to its anchor


class _Want(NamedTuple):
    """A label to place: its anchor on the axis and its texts, best first."""

    key: object
    anchor: float
    texts: tuple[str, ...]  # best first; shorter fallbacks after
    leftward: bool = False  # the label ends at its anchor instead of starting there


class Placed(NamedTuple):
    """A label placed: the text that fitted, where it starts, how wide it is, and its row."""

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
        self.left, self.right, self.gap = left, right, GAP * unit
        self.pad = PAD_X * unit
        self.boxes: list[list[tuple[float, float]]] = [[] for _ in range(MAX_LEVELS)]
        self.leaders: list[list[float]] = [[] for _ in range(MAX_LEVELS)]

    def free(self, level: int, x0: float, x1: float) -> bool:
        """No label within a gap of x0..x1 on ``level``, and no leader through it (plain loops: this
        runs thousands of times per layout)."""
        low, high = x0 - self.gap, x1 + self.gap
        for a, b in self.boxes[level]:
            if a < high and b > low:
                return False
        return not any(x0 <= x <= x1 for x in self.leaders[level])

    def leader_free(self, level: int, x: float) -> bool:
        return not any(a <= x <= b for a, b in self.boxes[level])

    def place(self, want: _Want, metrics: TextMetrics) -> Placed | None:
        for text in want.texts:
            width = metrics.width(text) + 2 * self.pad
            if width > self.right - self.left:
                continue
            x0 = want.anchor + self.pad - width if want.leftward else want.anchor - self.pad
            x0 = min(max(x0, self.left), self.right - width)
            for level in range(MAX_LEVELS):  # the leader crosses every level below the label's
                if self.free(level, x0, x0 + width):
                    self.boxes[level].append((x0, x0 + width))
                    for below in range(level):
                        self.leaders[below].append(want.anchor)
                    return Placed(want.key, text, x0, width, level)
                if not self.leader_free(level, want.anchor):
                    break  # any higher label's leader would cut a label on this level
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


def _short_name(product: Product, lang: str = "en") -> str:
    """The product's name in ``lang`` without a trailing '(any brand)' note, for a label on the track."""
    return re.sub(r"\s*\(.*\)$", "", name_of(product, lang))


def _treatment_texts(reason: Reason, lang: str) -> tuple[str, ...]:
    name, first = _short_name(reason.product, lang), reason.first
    precision = reason.treatment.precision
    if precision is Precision.MONTH:
        return (
            f"{name} {format_month(first.year, first.month, lang)}",
            f"{name} {MONTHS[lang][first.month - 1][:3]}",
            name,
        )
    day = reason.treatment.on if precision is Precision.AROUND else first
    full, short = format_day_month(day, lang), format_day_month(day, lang).rsplit(" ", 1)[0]
    if precision is Precision.AROUND:
        _ = words(lang)
        return (
            _("{name} around {date}", name=name, date=full),
            _("{name} around {date}", name=name, date=short),
            name,
        )
    return (f"{name} {full}", f"{name} {short}", name)


def planned_key(index: int) -> str:
    """The label key of the ``index``-th planned treatment (the prior ones are keyed by their index)."""
    return f"planned-{index}"


def _planned_texts(planned: PlannedReason, lang: str) -> tuple[str, str, str]:
    """'Botox 20 Dec (planned)', shorter ones for a crowded timeline; always saying it is planned."""
    _, name = words(lang), _short_name(planned.product, lang)
    full = format_day_month(planned.treatment.on, lang)
    return (
        _("{name} {date} (planned)", name=name, date=full),
        _("{name} {date} (planned)", name=name, date=full.rsplit(" ", 1)[0]),
        _("{name} (planned)", name=name),
    )


def marker_days(plan: Plan, lang: str) -> list[tuple[MarkKind, dt.date, str]]:
    """Today, the proposed day, the earliest day and the first open day: each with its word."""
    return [(kind, day, words(lang)(MARKER_WORDS[kind])) for kind, day in marked_days(plan)]


def marked_days(plan: Plan) -> list[tuple[MarkKind, dt.date]]:
    """Today, the proposed day, the earliest day and the first open day, those that are shown."""
    days = [(MarkKind.TODAY, plan.today)]
    if plan.proposed is not None:
        days.append((MarkKind.PROPOSED, plan.proposed))
    if plan.reasons and plan.earliest is not None and plan.earliest not in (plan.today, plan.proposed):
        days.append((MarkKind.EARLIEST, plan.earliest))
    bookable = plan.bookable
    if plan.reasons and bookable is not None and bookable not in (plan.earliest, plan.today, plan.proposed):
        days.append((MarkKind.BOOKABLE, bookable))
    if plan.course is not None and plan.course.next_toxin is not None:
        days.append((MarkKind.NEXT_TOXIN, plan.course.next_toxin.date))
    recommended = plan.recommended
    if plan.prefers_later and recommended is not None and recommended not in (plan.today, plan.proposed):
        days.append((MarkKind.RECOMMENDED, recommended))
    latest = plan.latest
    if (
        latest is not None
        and not plan.no_day_fits
        and latest >= plan.today
        and latest not in (plan.today, plan.proposed)
    ):
        days.append((MarkKind.LATEST, latest))
    return days


def marker_x(kind: MarkKind, day: dt.date, scale: DayScale) -> float:
    """Today and the proposed day sit mid-day; the earliest day is where waiting ends, its left edge;
    the latest day is the last one allowed, its right edge."""
    if kind is MarkKind.LATEST:
        return scale.x_of(day + DAY)
    starts = (MarkKind.EARLIEST, MarkKind.BOOKABLE, MarkKind.RECOMMENDED, MarkKind.NEXT_TOXIN)
    return scale.x_of(day) if kind in starts else scale.x_mid(day)


def place_markers(
    plan: Plan, scale: DayScale, metrics: TextMetrics, rect: Box, lang: str
) -> dict[object, Placed]:
    """Today, proposed and earliest labels in their own lane under the track.

    At most four labels, so every mix of rightward and leftward flags and both orders is tried; the
    one that shows the most, then the longest texts, then uses the fewest levels wins. The search
    stops at the first that shows every label in full on one level: nothing can beat it.
    """
    base = []
    for kind, day, word in marker_days(plan, lang):
        text = format_day_month(day, lang)
        texts = (f"{word} {text}", f"{word} {text.rsplit(' ', 1)[0]}", word)
        base.append(_Want(kind, marker_x(kind, day, scale), texts))
    best: tuple[tuple[int, int, int], dict[object, Placed]] | None = None
    for flags in product((False, True), repeat=len(base)):
        wants = [w._replace(leftward=flag) for w, flag in zip(base, flags, strict=True)]
        for reverse in (True, False):
            lanes = _Lanes(rect.x, rect.right, metrics.height())
            ordered = sorted(wants, key=lambda w: w.anchor, reverse=reverse)
            placed = {w.key: p for w in ordered if (p := lanes.place(w, metrics)) is not None}
            shortened = sum(w.texts.index(placed[w.key].text) for w in wants if w.key in placed)
            score = (len(placed), -shortened, -max((p.level for p in placed.values()), default=0))
            if best is None or score > best[0]:
                best = (score, placed)
            if score == (len(base), 0, 0):
                return placed
    return best[1] if best else {}


def treatment_anchor(reason: Reason, scale: DayScale) -> float:
    if reason.treatment.precision is Precision.EXACT:
        return scale.x_mid(reason.first)
    return (scale.x_of(reason.first) + scale.x_of(reason.last + DAY)) / 2


def place_treatments(
    plan: Plan, scale: DayScale, metrics: TextMetrics, rect: Box, lang: str
) -> tuple[dict[object, Placed], Placed | None]:
    """Right to left, each label flagged rightwards from its mark, so no leader crosses a lower label.

    What does not fit is counted in one "+N more" label, kept on the top level where no leader runs.
    """
    unit = metrics.height()
    wants = [
        _Want(i, treatment_anchor(r, scale), _treatment_texts(r, lang)) for i, r in enumerate(plan.reasons)
    ]
    wants += [
        _Want(planned_key(i), scale.x_mid(p.treatment.on), _planned_texts(p, lang))
        for i, p in enumerate(plan.planned)
    ]
    # On the same day, the treatment that sets the earliest date is placed first: if a label must give
    # way to "+N more", it is never the one the date comes from.
    setters = {i for i, r in enumerate(plan.reasons) if r.sets_earliest}
    wants.sort(key=lambda w: (-w.anchor, w.key not in setters, str(w.key)))
    placed, dropped = _place_all(wants, _Lanes(rect.x, rect.right, unit), metrics)
    if not dropped:
        return placed, None
    lanes = _Lanes(rect.x, rect.right, unit)
    spot = lanes.reserve_top(min(dropped), metrics.width(more_text(len(wants), lang)) + 2 * PAD_X * unit)
    placed, dropped = _place_all(wants, lanes, metrics)
    if not dropped or spot is None:
        return placed, None
    text = more_text(len(dropped), lang)
    return placed, Placed("overflow", text, spot, metrics.width(text) + 2 * PAD_X * unit, MAX_LEVELS - 1)


def _place_all(
    wants: list[_Want], lanes: _Lanes, metrics: TextMetrics
) -> tuple[dict[object, Placed], list[float]]:
    placed, dropped = {}, []
    for want in wants:
        if (p := lanes.place(want, metrics)) is not None:
            placed[want.key] = p
        else:
            dropped.append(want.anchor)
    return placed, dropped


def band_label(text: str, box: Box, avoid: list[float], metrics: TextMetrics) -> Label | None:
    """The stage name on a chip inside its band, in the widest stretch that no marker line crosses."""
    unit = metrics.height()
    width, gap = metrics.width(text) + 2 * PAD_X * unit, GAP * unit
    edges = sorted([box.x, box.right, *(x for x in avoid if box.x < x < box.right)])
    start, end = max(((a + gap, b - gap) for a, b in pairwise(edges)), key=lambda s: s[1] - s[0])
    if end - start < width:
        return None
    height = CHIP * unit
    return Label(text, Box((start + end - width) / 2, box.y + (box.height - height) / 2, width, height))
