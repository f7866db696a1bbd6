"""Durations written as text ("14 days", "4 weeks", "3 months") and calendar arithmetic on them."""

from __future__ import annotations

import re
from calendar import isleap
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from gui.core.catalog import N_
from gui.core.echo import shortened
from gui.core.limits import MAX_DURATION_YEARS

_UNITS = {
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
}
_PART = re.compile(r"([+-]?\d+)\s*([a-z]+)")
_SEPARATORS = re.compile(r"\s*(?:,|\band\b)\s*")

# Start dates that exercise every month length, leap years and month ends; comparing two
# durations over all of them tells whether one can ever end before the other.
_PROBE_DATES = tuple(
    date(year, month, day)
    for year in (2027, 2028)
    for month in range(1, 13)
    for day in (1, 28, 29, 30, 31)
    if day <= 28 or (date(year, month, 1) + relativedelta(day=31)).day >= day
)


# What parse_duration refuses (English ids; gui.core.words.problems says each in the language asked for).
DURATION_MESSAGES = {
    "duration-empty": N_("empty duration; write a number and a unit, e.g. '14 days'"),
    "duration-unit": N_("unknown unit '{unit}' in '{text}'; use days, weeks, months or years"),
    "duration-unreadable": N_(
        "cannot read '{text}' as a duration; write a number and a unit, e.g. '14 days', '4 weeks' or '3 "
        "months'"
    ),
    "duration-too-long": N_("'{text}' is too long; a duration is at most 10 years, e.g. '3 months'"),
}
# The most of each unit a duration may hold: 10 years whichever way it is written. Checked before any
# date arithmetic, so "9999 years" or a 20-digit day count is a problem value, never an overflow.
_MOST = {"years": 10, "months": 120, "weeks": 522, "days": 3653}
_LONGEST_DAYS = (_PROBE_DATES[0] + relativedelta(years=MAX_DURATION_YEARS) - _PROBE_DATES[0]).days


class DurationError(ValueError):
    """A duration text that cannot be read; the message says what is accepted.

    ``code`` and ``values`` let a caller say the same in another language (see ``DURATION_MESSAGES``).
    """

    def __init__(self, code: str, **values: str) -> None:
        self.code, self.values = code, {name: shortened(value) for name, value in values.items()}
        super().__init__(DURATION_MESSAGES[code].format(**self.values))


class Duration(NamedTuple):
    """A span of calendar time. Months and years are calendar months (relativedelta)."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    @property
    def text(self) -> str:
        """The canonical words, e.g. "3 months" or "1 month 2 weeks"."""
        parts = []
        for value, unit in (
            (self.years, "year"),
            (self.months, "month"),
            (self.weeks, "week"),
            (self.days, "day"),
        ):
            if value:
                parts.append(f"{value} {unit}{'' if abs(value) == 1 else 's'}")
        return " ".join(parts) or "0 days"

    def delta(self) -> relativedelta:
        return _delta(self)

    def after(self, start: date) -> date:
        """The date this duration after ``start`` (31 Jan + 1 month = 28 or 29 Feb)."""
        return shifted(start, self.years * 12 + self.months, self.weeks * 7 + self.days)

    @property
    def is_zero(self) -> bool:
        """No wait at all ('0 days'): the same day is allowed."""
        return not (self.years or self.months or self.weeks or self.days)

    def is_negative(self) -> bool:
        """True when, for some start date, this duration ends before it starts."""
        parts = (self.years, self.months, self.weeks, self.days)
        if all(part >= 0 for part in parts):
            return False
        if not (self.years or self.months):
            return self.weeks * 7 + self.days < 0
        return any(end < start for end, start in zip(_probe_ends(self), _PROBE_DATES, strict=True))

    def can_end_before(self, other: Duration) -> bool:
        """True when, for some start date, this duration ends before ``other`` does.

        With the same years and months both land on the same day of the month before their weeks and
        days are added, so the days alone decide; otherwise every probe date is tried.
        """
        if (self.years, self.months) == (other.years, other.months):
            return self.weeks * 7 + self.days < other.weeks * 7 + other.days
        return any(a < b for a, b in zip(_probe_ends(self), _probe_ends(other), strict=True))

    def __str__(self) -> str:
        return self.text


@cache
def _delta(duration: Duration) -> relativedelta:
    return relativedelta(
        years=duration.years, months=duration.months, weeks=duration.weeks, days=duration.days
    )


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def shifted(start: date, months: int, days: int) -> date:
    """``start`` moved by whole calendar months, kept on the same day of the month or that month's last
    day, then by ``days``: what adding a ``relativedelta`` of those months and days does, without its
    cost (every plan and every policy check adds durations by the thousand). Out of the calendar it
    raises as that addition does: ValueError for the year, OverflowError for the days."""
    if months:
        year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
        if not 1 <= year <= 9999:
            raise ValueError(f"year {year} is out of range")
        last = 29 if month == 1 and isleap(year) else _MONTH_DAYS[month]
        start = date(year, month + 1, min(start.day, last))
    return start + timedelta(days=days) if days else start


@cache
def _probe_ends(duration: Duration) -> tuple[date, ...]:
    """Where the duration ends from each probe date; a policy reuses a handful of durations."""
    return tuple(duration.after(start) for start in _PROBE_DATES)


TWO_YEARS = Duration(years=2)


def parse_duration(text: str) -> Duration:
    """Read "14 days", "4 weeks", "3 months", "1 year", or a sum such as "1 month 2 weeks"."""
    cleaned = _SEPARATORS.sub(" ", text.strip().lower())
    if not cleaned:
        raise DurationError("duration-empty")
    totals = {"years": 0, "months": 0, "weeks": 0, "days": 0}
    position = 0
    for match in _PART.finditer(cleaned):
        if cleaned[position : match.start()].strip():
            break
        unit = _UNITS.get(match.group(2))
        if unit is None:
            raise DurationError("duration-unit", unit=match.group(2), text=text)
        number = match.group(1).lstrip("+-")
        if len(number) > 4:
            raise DurationError("duration-too-long", text=text)
        totals[unit] += int(match.group(1))
        position = match.end()
    if position == 0 or cleaned[position:].strip():
        raise DurationError("duration-unreadable", text=text)
    if any(abs(totals[unit]) > most for unit, most in _MOST.items()):
        raise DurationError("duration-too-long", text=text)
    duration = Duration(**totals)
    start = _PROBE_DATES[0]
    if abs((duration.after(start) - start).days) > _LONGEST_DAYS:
        raise DurationError("duration-too-long", text=text)
    return duration
