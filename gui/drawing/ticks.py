"""Timeline month ticks: the finest month step whose labels fit, and the partly shown first month."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

from gui.core.dates import MONTHS
from gui.drawing.geometry import DAY, GAP, PAD_X, Box, DayScale, Label, MonthTick, Segment, TextMetrics

TICK_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)  # months between labelled ticks, finest that fits wins
_TICK = 0.45  # tick length under the axis, in text heights (unit)


def _month_starts(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first.replace(day=1)
    while day <= last:
        if day >= first:
            yield day
        day = (day + 32 * DAY).replace(day=1)


def _tick_text(day: dt.date, with_year: bool, lang: str) -> str:
    month = MONTHS[lang][day.month - 1][:3]
    return f"{month} {day.year}" if with_year else month


def _tick_labels(
    scale: DayScale, metrics: TextMetrics, rect: Box, step: int, lang: str
) -> list[tuple[dt.date, str, float]] | None:
    """(month, text, left x) of every labelled month at this step; None when two would collide."""
    unit, previous_right = metrics.height(), -math.inf
    placed: list[tuple[dt.date, str, float]] = []
    for day in _month_starts(scale.first_day, scale.last_day):
        if (day.year * 12 + day.month - 1) % step:
            continue
        text = _tick_text(day, not placed or day.month == 1, lang)
        x0 = scale.x_of(day) + PAD_X * unit
        if x0 + metrics.width(text) > rect.right:
            break
        if x0 < previous_right + GAP * unit:
            return None
        placed.append((day, text, x0))
        previous_right = x0 + metrics.width(text)
    return placed


def _choose_ticks(
    scale: DayScale, metrics: TextMetrics, rect: Box, lang: str
) -> tuple[list[tuple[dt.date, str, float]], int]:
    for step in TICK_STEPS:
        labels = _tick_labels(scale, metrics, rect, step, lang)
        if labels is not None:
            return labels, step
    return [], TICK_STEPS[-1]


def _leading_tick(
    scale: DayScale, metrics: TextMetrics, labels: list[tuple[dt.date, str, float]], lang: str
) -> tuple[dt.date, str, float] | None:
    """A label for the partly shown first month, when it fits before the first tick's label."""
    first = scale.first_day
    if first.day == 1:
        return None
    unit = metrics.height()
    text = _tick_text(first, True, lang)
    x0 = scale.left + PAD_X * unit
    limit = min((x for _, _, x in labels), default=scale.left + scale.width)
    next_tick = scale.x_of((first + 32 * DAY).replace(day=1))
    if x0 + metrics.width(text) + GAP * unit > min(limit, next_tick):
        return None
    return first, text, x0


def month_ticks(
    scale: DayScale, metrics: TextMetrics, rect: Box, axis_y: float, track: Box, lang: str = "en"
) -> tuple[MonthTick, ...]:
    """Ticks under the axis at every month start, labelled at the chosen step; grid lines at labels."""
    unit = metrics.height()
    labels, step = _choose_ticks(scale, metrics, rect, lang)
    lead = _leading_tick(scale, metrics, labels, lang) if step == 1 else None
    if lead and labels and labels[0][0].year == lead[0].year:  # the year is already on the lead label
        labels[0] = (labels[0][0], _tick_text(labels[0][0], False, lang), labels[0][2])
    y = axis_y + (_TICK + 0.15) * unit
    texts = {day: (text, x) for day, text, x in ([lead] if lead else []) + labels}
    ticks = []
    if lead is not None:
        lead_label = Label(lead[1], Box(lead[2], y, metrics.width(lead[1]), unit))
        ticks.append(MonthTick(lead[0], None, None, lead_label))
    dense = 28 * scale.day_width < GAP * unit  # too many month lines to draw them all
    for day in _month_starts(scale.first_day, scale.last_day):
        if dense and day not in texts:
            continue
        text, x = texts.get(day, ("", 0.0))
        label = Label(text, Box(x, y, metrics.width(text), unit)) if text else None
        x_tick = scale.x_of(day)
        grid = Segment(x_tick, track.y, track.bottom) if label else None
        ticks.append(MonthTick(day, Segment(x_tick, axis_y, axis_y + _TICK * unit), grid, label))
    return tuple(ticks)
