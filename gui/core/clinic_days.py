"""Clinic opening days and closures: the first day on or after a date that the clinic is open."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, NamedTuple, Self

ALL_WEEKDAYS = frozenset(range(7))  # Monday = 0 … Sunday = 6, as date.weekday()
SEARCH_DAYS = 400  # more than a year of closures is a configuration error, not a calendar


class _ClinicDaysFields(NamedTuple):
    """The open weekdays and closures, unchecked; :class:`ClinicDays` checks them."""

    open_weekdays: frozenset[int]
    closures: frozenset[date]


class ClinicDays(_ClinicDaysFields):
    """When the clinic takes appointments: open weekdays and closure dates (holidays). Checked however
    it is made (a named tuple, as cheap to define as to make; see gui.core.history)."""

    __slots__ = ()

    def __new__(
        cls, open_weekdays: frozenset[int] = ALL_WEEKDAYS, closures: frozenset[date] = frozenset()
    ) -> ClinicDays:
        if not open_weekdays:
            raise ValueError("the clinic must be open on at least one weekday")
        if not open_weekdays <= ALL_WEEKDAYS:
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), not {sorted(open_weekdays)}")
        return super().__new__(cls, open_weekdays, closures)

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Self:  # type: ignore[override]  # _replace comes here: checked too
        return cls(*iterable)

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
