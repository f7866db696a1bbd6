"""A patient's prior treatments as pure values: product, date and how well the date is known."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import Precision, format_day_month, format_span

MAX_AROUND_DAYS = 30


class HistoryError(ValueError):
    """A treatment that cannot be used as entered; the message says what to change."""


@dataclass(frozen=True)
class Treatment:
    """One prior treatment: ``on`` is the day (EXACT), the middle day (AROUND) or a day in the MONTH."""

    product_id: str
    on: date
    precision: Precision = Precision.EXACT
    plus_minus_days: int = 0
    area: str = ""

    def __post_init__(self) -> None:
        if self.precision is Precision.AROUND:
            if not 1 <= self.plus_minus_days <= MAX_AROUND_DAYS:
                raise HistoryError(
                    f"'around' needs ± 1 to {MAX_AROUND_DAYS} days, not {self.plus_minus_days}"
                )
        elif self.plus_minus_days:
            raise HistoryError("± days apply only to an 'around' date")

    @property
    def first_possible(self) -> date:
        if self.precision is Precision.MONTH:
            return self.on.replace(day=1)
        return self.on - timedelta(days=self.plus_minus_days)

    @property
    def last_possible(self) -> date:
        if self.precision is Precision.MONTH:
            return self.on.replace(day=calendar.monthrange(self.on.year, self.on.month)[1])
        return self.on + timedelta(days=self.plus_minus_days)

    def span_until(self, today: date) -> tuple[date, date]:
        """``first_possible``..``last_possible``, the end capped at today (a treatment cannot be later)."""
        self.check_not_future(today)
        return self.first_possible, min(self.last_possible, today)

    def check_not_future(self, today: date) -> None:
        if self.first_possible > today or (self.precision is not Precision.MONTH and self.on > today):
            when = format_span(self.first_possible, self.last_possible, self.precision)
            raise HistoryError(
                f"{when} is after today ({format_day_month(today)}); "
                "a past treatment cannot be in the future. Check the date."
            )


History = tuple[Treatment, ...]
