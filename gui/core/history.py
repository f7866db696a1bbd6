"""A patient's prior treatments as pure values: product, date and how well the date is known."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from enum import Enum
from typing import Any, NamedTuple, Self

from gui.core.dates import (
    DateParseError,
    ParsedDate,
    Precision,
    check_not_past,
    format_day_month,
    format_span,
)
from gui.core.limits import EARLIEST_TREATMENT

MAX_AROUND_DAYS = 30  # what a person may pick or type as "± N days"
# A reading widened by a hand-picked precision can cover more: "6 months ago" (± 15 days) with its
# whole month, or "a year ago" (± 30) with ± 30 around a day at a month's edge.
MAX_SPAN_DAYS = 2 * MAX_AROUND_DAYS + 1


class HistoryError(ValueError):
    """A treatment that cannot be used as entered; the message says what to change."""


class _TreatmentFields(NamedTuple):
    """A treatment's fields, unchecked; :class:`Treatment` checks them."""

    product_id: str
    on: date
    precision: Precision
    plus_minus_days: int
    area: str


class Treatment(_TreatmentFields):
    """One prior treatment: ``on`` is the day (EXACT), the middle day (AROUND) or a day in the MONTH.

    A named tuple whose making checks it (``_replace`` too): the app's values are named tuples because a
    frozen dataclass costs five times as much to define (at every start) and three times as much to make.
    """

    __slots__ = ()

    def __new__(
        cls,
        product_id: str,
        on: date,
        precision: Precision = Precision.EXACT,
        plus_minus_days: int = 0,
        area: str = "",
    ) -> Treatment:
        if precision is Precision.AROUND:
            if not 1 <= plus_minus_days <= MAX_SPAN_DAYS:
                raise HistoryError(f"'around' needs ± 1 to {MAX_SPAN_DAYS} days, not {plus_minus_days}")
        elif plus_minus_days:
            raise HistoryError("± days apply only to an 'around' date")
        return super().__new__(cls, product_id, on, precision, plus_minus_days, area)

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Self:  # type: ignore[override]  # _replace comes here: checked too
        return cls(*iterable)

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
        if self.first_possible < EARLIEST_TREATMENT:
            when = format_span(self.first_possible, self.last_possible, self.precision)
            first = format_day_month(EARLIEST_TREATMENT)
            raise HistoryError(f"{when} is before {first}; a past treatment can be from {first} until today.")


History = tuple[Treatment, ...]


def treatment_from_reading(
    product_id: str,
    reading: ParsedDate,
    chosen: Precision | None = None,
    plus_minus_days: int = 0,
    area: str = "",
) -> Treatment:
    """The one way a typed date becomes a treatment, for the window and the command line alike.

    ``reading`` is what the parser understood of the text, with its own precision ("2 weeks ago" is
    around a day, "Nov 2026" a whole month). ``chosen`` is a precision picked by hand (with
    ``plus_minus_days`` for AROUND), or None to take the text's own. A precision can only widen a
    date, never narrow it: the treatment covers every day the text could mean *and* every day the
    hand-picked precision adds around it ("Nov 2026" stays the whole month whatever was picked).
    """
    first, last = reading.first, reading.last
    middle = first + timedelta(days=(last - first).days // 2)
    if chosen is Precision.AROUND:
        if not 1 <= plus_minus_days <= MAX_AROUND_DAYS:
            raise HistoryError(f"'around' needs ± 1 to {MAX_AROUND_DAYS} days, not {plus_minus_days}")
        first = min(first, middle - timedelta(days=plus_minus_days))
        last = max(last, middle + timedelta(days=plus_minus_days))
    elif chosen is Precision.MONTH:
        first = min(first, middle.replace(day=1))
        last = max(last, middle.replace(day=calendar.monthrange(middle.year, middle.month)[1]))
    return covering(product_id, first, last, area)


class TypedTreatment(NamedTuple):
    """One treatment as typed, once its parts are read: the product (None until one is chosen), the
    date as the parser read it (None until it reads), a precision picked by hand (None: the text's
    own) with its ± days, and the area. A *planned* one is booked after the next treatment: one day,
    from today on (a future date without the mark is an error)."""

    product_id: str | None
    reading: ParsedDate | None
    chosen: Precision | None = None
    plus_minus_days: int = 0
    area: str = ""
    planned: bool = False


class Unread(Enum):
    """Why a typed treatment is not complete yet."""

    PRODUCT = "product"
    DATE = "date"


class HistoryReading(NamedTuple):
    """What the typed treatments come to: the history, and each entry that cannot count (by its
    place in what was typed) with why. While ``problems`` is not empty there is no answer to give."""

    treatments: History
    problems: tuple[tuple[int, Unread | HistoryError], ...]
    planned: History = ()  # the treatments marked planned, in the order typed


def read_history(typed: Iterable[TypedTreatment], today: date) -> HistoryReading:
    """The one way typed treatments become a history, for the window and the command line alike:
    each entry read with :func:`treatment_from_reading` and checked against ``today``."""
    treatments: list[Treatment] = []
    planned: list[Treatment] = []
    problems: list[tuple[int, Unread | HistoryError]] = []
    for index, entry in enumerate(typed):
        if entry.product_id is None:
            problems.append((index, Unread.PRODUCT))
            continue
        if entry.reading is None:
            problems.append((index, Unread.DATE))
            continue
        if entry.planned:
            try:
                check_not_past(entry.reading, today)
            except DateParseError as exc:
                problems.append((index, HistoryError(str(exc))))
                continue
            planned.append(Treatment(entry.product_id, entry.reading.first, Precision.EXACT, 0, entry.area))
            continue
        days = entry.plus_minus_days if entry.chosen is Precision.AROUND else 0
        try:
            treatment = treatment_from_reading(
                entry.product_id, entry.reading, entry.chosen, days, entry.area
            )
            treatment.check_not_future(today)
        except HistoryError as exc:
            problems.append((index, exc))
            continue
        treatments.append(treatment)
    return HistoryReading(tuple(treatments), tuple(problems), tuple(planned))


def covering(product_id: str, first: date, last: date, area: str = "") -> Treatment:
    """The narrowest treatment whose days include ``first``..``last``: one day, a whole calendar
    month, or a middle day ± N (one day wider when the span has an even number of days)."""
    if first == last:
        return Treatment(product_id, first, Precision.EXACT, 0, area)
    month_end = calendar.monthrange(first.year, first.month)[1]
    if first.day == 1 and last == first.replace(day=month_end):
        return Treatment(product_id, first, Precision.MONTH, 0, area)
    length = (last - first).days
    middle = first + timedelta(days=length // 2)
    return Treatment(product_id, middle, Precision.AROUND, (length + 1) // 2, area)
