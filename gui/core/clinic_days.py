"""Clinic opening days and closures: the first day on or after a date that the clinic is open."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

ALL_WEEKDAYS = frozenset(range(7))  # Monday = 0 … Sunday = 6, as date.weekday()
SEARCH_DAYS = 400  # more than a year of closures is a configuration error, not a calendar


@dataclass(frozen=True)
class ClinicDays:
    """When the clinic takes appointments: open weekdays and closure dates (holidays)."""

    open_weekdays: frozenset[int] = ALL_WEEKDAYS
    closures: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.open_weekdays:
            raise ValueError("the clinic must be open on at least one weekday")
        if not self.open_weekdays <= ALL_WEEKDAYS:
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), not {sorted(self.open_weekdays)}")

    @classmethod
    def from_iterables(cls, open_weekdays: Iterable[int], closures: Iterable[date]) -> ClinicDays:
        return cls(frozenset(open_weekdays), frozenset(closures))

    @property
    def always_open(self) -> bool:
        return self.open_weekdays == ALL_WEEKDAYS and not self.closures

    def is_open(self, day: date) -> bool:
        return day.weekday() in self.open_weekdays and day not in self.closures

    def open_from(self, day: date) -> date | None:
        """``day`` itself when open (no search), else :meth:`first_open_day`."""
        return day if self.is_open(day) else self.first_open_day(day)

    def first_open_day(self, on_or_after: date) -> date | None:
        """The first open day on or after ``on_or_after`` (None if none within ``SEARCH_DAYS``)."""
        from dateutil.rrule import DAILY, rrule, weekdays  # ~20 ms to import; most clinics never ask

        byweekday = tuple(weekdays[d] for d in sorted(self.open_weekdays))
        start = datetime.combine(on_or_after, datetime.min.time())
        for moment in rrule(DAILY, dtstart=start, byweekday=byweekday, count=SEARCH_DAYS):
            if moment.date() not in self.closures:
                return moment.date()
        return None
