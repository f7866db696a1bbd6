"""Everyday date phrases: 'last Friday', 'el viernes que viene', 'early October', 'el mes pasado',
'last week', 'octubre pasado', '11 Dec'.

Each reads to every day it could mean, never fewer. A part of a month ("early" = days 1–10, "mid" =
11–20, "late" = 21 to the end) becomes the smallest symmetric 'around' span that covers it. A date
without a year, a bare weekday or a bare month points the way the caller's tense says: the most
recent such date for a past treatment, the next one for an appointment; without a tense it is
refused. A phrase that names its own way ("last Friday", "next Friday") must agree with the tense.

:func:`parse_date` (at the end) reads a typed date with the readers of :mod:`.dates`, then these.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from gui.core.dates import (
    _DAY_MONTH_ONLY,
    _MONTH_DAY_ONLY,
    _MONTH_NAMES,
    _TILDE_DAYS,
    _WEEKDAY_NUMBERS,
    MAX_DATE_TEXT,
    MONTHS,
    DateOrder,
    DateParseError,
    ParsedDate,
    Tense,
    _around,
    _checked_weekday,
    _error,
    _exact,
    _fold,
    _make_day,
    _month,
    _read_iso,
    _read_month_names,
    _read_numeric,
    _read_relative,
    _read_words,
    _strip_weekday,
    _Typed,
    count,
    format_day_month,
    format_month,
)
from gui.core.patterns import LazyPattern, LazyTable

_FULL_MONTH_NAMES = LazyTable(lambda: {_fold(name): 1 for names in MONTHS.values() for name in names})

# ---------------------------------------------------------------------------------------------
# Which way a phrase points


def _example(typed: _Typed) -> str:
    return format_day_month(typed.today, typed.lang if typed.lang in MONTHS else "en")


def _direction(typed: _Typed, way: Tense | None) -> Tense:
    """The tense a weekday or month phrase is read in: the caller's, which must agree with the
    phrase's own ``way`` ("last Friday" is PAST, "next Friday" FUTURE, "Friday" either)."""
    if typed.tense is None:
        raise typed.error("needs-date", example=_example(typed))
    if way is not None and way is not typed.tense:
        code = "past-only" if way is Tense.PAST else "future-only"
        raise typed.error(code, example=_example(typed))
    return typed.tense


def _yearless_tense(typed: _Typed) -> Tense:
    """The tense a date without a year is read in; without one it is refused as before."""
    if typed.tense is None:
        raise typed.error("no-year", year=typed.today.year)
    return typed.tense


def _year_of(typed: _Typed, month: int, first_day: int, last_day: int | None) -> int:
    """The year of days ``first_day``..``last_day`` (None: the month's end) of ``month`` typed without
    a year: PAST, the most recent that has begun by today; FUTURE, the next that has not ended."""
    today, year = typed.today, typed.today.year
    if _yearless_tense(typed) is Tense.PAST:
        return year if date(year, month, first_day) <= today else year - 1
    last = last_day or calendar.monthrange(year, month)[1]
    return year if date(year, month, last) >= today else year + 1


# ---------------------------------------------------------------------------------------------
# Weekdays: "Friday", "next Friday", "last Friday", "el viernes que viene", "el viernes pasado"

_WAYS = {
    "this": Tense.FUTURE, "this coming": Tense.FUTURE, "coming": Tense.FUTURE, "next": Tense.FUTURE,
    "este": Tense.FUTURE, "proximo": Tense.FUTURE, "que viene": Tense.FUTURE,
    "last": Tense.PAST, "previous": Tense.PAST, "pasado": Tense.PAST,
}  # fmt: skip
_WEEKDAY_PHRASE = LazyPattern(
    r"(?:(?:el|on)\s+)?(?:(?P<before>this coming|this|coming|next|last|previous|este|proximo|pasado)\s+)?"
    r"(?P<day>[a-z]+)\.?(?:\s+(?P<after>que viene|proximo|pasado))?"
)


def read_weekday_phrase(typed: _Typed) -> ParsedDate | None:
    """The first such weekday after today (FUTURE) or the last one before today (PAST); never today.
    A bare 'mar' is March (marzo), not Tuesday (martes): it is left to the month readers."""
    match = _WEEKDAY_PHRASE.fullmatch(typed.folded)
    if match is None or match["day"] not in _WEEKDAY_NUMBERS or match["day"] in _MONTH_NAMES:
        return None
    if match["before"] and match["after"]:
        return None  # "next Friday pasado": not a form
    way = _WAYS.get(match["before"] or match["after"] or "")
    weekday, today = _WEEKDAY_NUMBERS[match["day"]], typed.today
    if _direction(typed, way) is Tense.PAST:
        return _exact(today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1))
    return _exact(today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1))


# ---------------------------------------------------------------------------------------------
# Months: "last month", "este mes"

_MONTHS_BACK = {
    "last month": 1, "previous month": 1, "the previous month": 1,
    "el mes pasado": 1, "mes pasado": 1, "el mes anterior": 1, "mes anterior": 1,
    "this month": 0, "este mes": 0,
}  # fmt: skip


def read_month_phrase(typed: _Typed) -> ParsedDate | None:
    """The previous or the current calendar month: only for a past treatment."""
    back = _MONTHS_BACK.get(typed.folded)
    if back is None:
        return None
    _direction(typed, Tense.PAST)
    month = typed.today.replace(day=1) - relativedelta(months=back)
    return _month(month.year, month.month)


_LAST_NAMED_MONTH = LazyPattern(
    r"(?:(?:in|en)\s+)?(?:(?:el\s+)?(?P<before>last|previous|pasado)\s+)?(?P<month>[a-z]+)\.?"
    r"(?:\s+(?P<after>pasado))?"
)


def read_last_named_month(typed: _Typed) -> ParsedDate | None:
    """'last October', 'octubre pasado', 'el pasado octubre': the most recent October before the
    current month (typed in October, the one a year ago). Only for a past treatment."""
    match = _LAST_NAMED_MONTH.fullmatch(typed.folded)
    if match is None or match["month"] not in _MONTH_NAMES or not (match["before"] or match["after"]):
        return None
    if match["before"] and match["after"]:
        return None
    _direction(typed, Tense.PAST)
    month, today = _MONTH_NAMES[match["month"]], typed.today
    return _month(today.year if month < today.month else today.year - 1, month)


_WEEKS_BACK = {
    "last week": 1, "previous week": 1, "the previous week": 1, "the week before last": 2,
    "la semana pasada": 1, "semana pasada": 1, "la semana anterior": 1, "semana anterior": 1,
}  # fmt: skip


def read_week_phrase(typed: _Typed) -> ParsedDate | None:
    """'last week', 'la semana pasada': any day Monday to Sunday of the calendar week before this
    one (two weeks back for 'the week before last'), as that week's Thursday ± 3 days."""
    back = _WEEKS_BACK.get(typed.folded)
    if back is None:
        return None
    _direction(typed, Tense.PAST)
    monday = typed.today - timedelta(days=typed.today.weekday() + 7 * back)
    return around_covering(monday, monday + timedelta(days=6), lean_early=False)


# ---------------------------------------------------------------------------------------------
# Parts of a month: "early October", "mid-Oct 2026", "a finales de octubre de 2026"

# first day, last day (None: the month's end), and which side takes the extra day when the part has
# an even number of days: early leans late (1–11 stays in the month), mid and late lean early.
_EARLY, _MID, _LATE = (1, 10, False), (11, 20, True), (21, None, True)
_PARTS = {
    "early": _EARLY, "beginning": _EARLY, "start": _EARLY,
    "principios": _EARLY, "principio": _EARLY, "comienzos": _EARLY, "comienzo": _EARLY,
    "inicios": _EARLY, "inicio": _EARLY, "primeros": _EARLY,
    "mid": _MID, "middle": _MID, "mediados": _MID, "mitad": _MID,
    "late": _LATE, "end": _LATE, "finales": _LATE, "final": _LATE, "fines": _LATE, "fin": _LATE,
}  # fmt: skip
_PART_OF_MONTH = LazyPattern(
    rf"(?:(?:a|al|in|at|the|in the|at the)\s+)?(?P<part>{'|'.join(_PARTS)})(?:\s*-\s*|\s+)"
    r"(?:(?:of|de|del)\s+)?(?P<month>[a-z]+)\.?(?:[\s,\-/.]*(?:de\s+|del\s+)?(?P<year>\d{4}))?"
)


def around_covering(first: date, last: date, lean_early: bool) -> ParsedDate:
    """The smallest symmetric 'around' span that holds every day ``first``..``last``: a middle day
    ± N. When the days are an even number, one extra day is added, before ``first`` if
    ``lean_early``, otherwise after ``last``."""
    half = ((last - first).days + 1) // 2
    middle = last - timedelta(days=half) if lean_early else first + timedelta(days=half)
    return _around(middle, half)


def read_part_of_month(typed: _Typed) -> ParsedDate | None:
    """Early (1–10), mid (11–20) or late (21–end) in a month, with or without a year, as an AROUND."""
    match = _PART_OF_MONTH.fullmatch(typed.folded)
    if match is None or match["month"] not in _MONTH_NAMES:
        return None
    month = _MONTH_NAMES[match["month"]]
    first_day, last_day, lean_early = _PARTS[match["part"]]
    year = int(match["year"]) if match["year"] else _year_of(typed, month, first_day, last_day)
    first = _make_day(year, month, first_day, typed)
    last = first.replace(day=last_day or calendar.monthrange(year, month)[1])
    return around_covering(first, last, lean_early)


# ---------------------------------------------------------------------------------------------
# No year: "October", "en octubre", "11 Dec", "Dec 11", "11 de diciembre"

_BARE_MONTH = LazyPattern(r"(?:(?:in|en)\s+)?([a-z]+)\.?")


# How near the other way a day without a year may be before the year is asked for: "10 Dec" typed for
# a past treatment on 6 Dec is most likely a slip, not a treatment of a year ago.
NEAR_DAYS = 31


def _day_without_year(typed: _Typed, month: int, day: int) -> date:
    """PAST: the most recent such day by today; FUTURE: the next from today. A day that year does not
    have is refused, naming that year ("29 Feb" in 2026 does not leap to 2024 or 2028 unsaid). When
    the same day the other way is within :data:`NEAR_DAYS` (a past treatment "10 Dec" typed on 6 Dec,
    an appointment "1 Dec"), the year is asked for rather than a year away read unsaid."""
    tense = _yearless_tense(typed)
    today, year = typed.today, typed.today.year
    if tense is Tense.PAST:
        year -= (month, day) > (today.month, today.day)
        other = _on(year + 1, month, day)
        if other is not None and 0 < (other - today).days <= NEAR_DAYS:
            _ask_for_year(typed, "yearless-ahead", (other - today).days, year, month, day)
    else:
        year += (month, day) < (today.month, today.day)
        other = _on(year - 1, month, day)
        if other is not None and 0 < (today - other).days <= NEAR_DAYS:
            _ask_for_year(typed, "yearless-behind", (today - other).days, year, month, day)
    return _make_day(year, month, day, typed)


def _on(year: int, month: int, day: int) -> date | None:
    """The day, or None when that year has no such day."""
    return date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None


def _ask_for_year(typed: _Typed, code: str, apart: int, year: int, month: int, day: int) -> None:
    if _on(year, month, day) is None:
        return  # the year it would be read in has no such day: that refusal says more
    example = f"{day} {MONTHS[typed.lang][month - 1][:3]} {year}"
    raise typed.error(code, wait=count(apart, "day", typed.lang), example=example)


def read_yearless(typed: _Typed) -> ParsedDate | None:
    """A bare month (MONTH) or a day and month (EXACT) without a year, in the caller's tense."""
    match = _BARE_MONTH.fullmatch(typed.folded)
    if match and match.group(1) in _MONTH_NAMES:
        month = _MONTH_NAMES[match.group(1)]
        return _month(_year_of(typed, month, 1, None), month)
    for pattern, month_group, day_group in ((_DAY_MONTH_ONLY, 2, 1), (_MONTH_DAY_ONLY, 1, 2)):
        match = pattern.fullmatch(typed.folded)
        if match and match.group(month_group) in _MONTH_NAMES:
            month, day = _MONTH_NAMES[match.group(month_group)], int(match.group(day_group))
            return _exact(_day_without_year(typed, month, day))
    return None


READERS = (read_month_phrase, read_week_phrase, read_last_named_month, read_part_of_month, read_yearless)


# ---------------------------------------------------------------------------------------------
# Reading one typed date: the readers of dates.py first, then the phrases above


def parse_date(
    text: str,
    today: date,
    order: DateOrder | None = None,
    lang: str = "en",
    tense: Tense | None = None,
) -> ParsedDate:
    """Read one typed date. Raise :class:`DateParseError` with a message for people otherwise.

    ``order`` is the locale's numeric order; with ``None`` a numeric date whose day and month could
    swap (``03/04/2026``) is refused with both readings named. ``lang`` is the language of the
    message; every language's dates are read whatever it is. ``tense`` is the way a date without a
    year, a bare weekday or month points: PAST (a treatment had) or FUTURE (an appointment); with
    ``None`` those are refused.
    """
    if len(text.strip()) > MAX_DATE_TEXT:  # before any pattern runs over it
        raise _Typed(text, "", today, order, lang, tense).error("too-long")
    typed = _Typed(text, _fold(text), today, order, lang, tense)
    if not typed.folded:
        raise _error(lang, "empty", tense)
    try:
        return _read(typed)
    except DateParseError:
        raise
    except (ValueError, OverflowError) as exc:  # a reading before year 1 or after 9999
        raise typed.error("too-far") from exc


def _read(typed: _Typed) -> ParsedDate:
    result = read_weekday_phrase(typed)  # "viernes pasado": before a weekday is taken off
    if result is not None:
        return result
    typed = typed._replace(folded=_strip_weekday(typed.folded))
    readers = (_read_words, _read_relative, _read_iso, _read_numeric, _read_month_names)
    for reader in readers + READERS:
        result = reader(typed)
        if result is not None:
            return _checked_weekday(result, typed)
    if _TILDE_DAYS.search(typed.folded):  # "2026-11-10~3": the command line's form, not the window's
        raise typed.error("tilde")
    month = _one_month_named(typed)
    if month is not None and typed.tense is Tense.PAST:
        # "sometime in October": not read (it says no day), but the month it names can be typed as a
        # month, which counts every day of it: the suggestion never narrows what was said.
        years = _YEAR_WORD.findall(typed.folded)
        year = int(years[0]) if years else _year_of(typed, month, 1, None)
        lang = typed.lang if typed.lang in MONTHS else "en"  # as the message: English for another language
        example = f"{MONTHS[lang][month - 1][:3]} {year}"
        raise typed.error("unreadable-month", month=format_month(year, month, lang), example=example)
    raise typed.error("unreadable")


_WORD = LazyPattern(r"[a-z]+")
_YEAR_WORD = LazyPattern(r"\b(?:19|20)\d\d\b")


def _one_month_named(typed: _Typed) -> int | None:
    """The month a phrase that could not be read names in full ('sometime in October', 'a finales de
    octubre más o menos'), when it names exactly one."""
    named = {_MONTH_NAMES[word] for word in _WORD.findall(typed.folded) if word in _FULL_MONTH_NAMES}
    return named.pop() if len(named) == 1 else None
