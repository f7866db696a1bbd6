"""Dates as people read and type them: month-name formatting and a typed-date parser that never guesses.

The parser reads what front-desk staff really type (ISO, numeric in the locale's order, month names in
English and Spanish, "3 days ago", "hace 2 semanas", month only, and the everyday phrases of
:mod:`.date_phrases`) and refuses anything it would have to guess: an ambiguous ``03/04/2026`` with no
known order, an impossible ``31/02/2026``, a missing year when it does not know which way to look.
Each reading keeps the precision it really has: "2 weeks ago" is around a day (± 3), never one exact
day. dateutil's ``fuzzy`` and ``dayfirst`` guessing are deliberately not used (see the field notes, §5).
"""

from __future__ import annotations

import calendar
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from gui.core.catalog import LANGUAGES, N_, words
from gui.core.echo import shortened
from gui.core.limits import EARLIEST_TREATMENT, latest_appointment
from gui.core.patterns import LazyPattern, LazyTable

# Month and weekday names: English ids here, every other language in its catalogue. The parser reads
# the names of every language the app speaks; formatting says them in the language asked for.
MONTH_NAMES = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
WEEKDAY_NAMES = (
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
    N_("Sunday"),
)  # fmt: skip


class _Names(Mapping[str, list[str]]):
    """Month or weekday names by language, each language's read from its catalogue when first asked
    for: an English desk never loads the Spanish one to start."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names
        self._said: dict[str, list[str]] = {}

    def __getitem__(self, lang: str) -> list[str]:
        said = self._said.get(lang)
        if said is None:
            if lang not in LANGUAGES:
                raise KeyError(lang)
            said = self._said[lang] = [words(lang)(name) for name in self._names]
        return said

    def __contains__(self, lang: object) -> bool:
        return lang in LANGUAGES

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


MONTHS = _Names(MONTH_NAMES)
WEEKDAYS = _Names(WEEKDAY_NAMES)


class DateOrder(Enum):
    """How the locale writes numeric dates."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


class Precision(Enum):
    """How well a prior treatment's date is known."""

    EXACT = "exact"
    AROUND = "around"
    MONTH = "month"


class Tense(Enum):
    """Which way a date typed without a year (or a bare weekday or month) points from today."""

    PAST = "past"  # a treatment already had: the most recent such date
    FUTURE = "future"  # an appointment: the next such date


class DateParseError(ValueError):
    """Typed text that is not one clear date; the message says why and what to type instead."""


_TILDE_DAYS = LazyPattern(r"\S\s*~\s*\d+\s*$")
MAX_DATE_TEXT = 60  # the longest typed date read at all ("about 7 weeks ago" is 17)
# What to type: for a past treatment, and for an appointment (a day from today on: no past forms, no
# whole month).
EXAMPLES = N_("10 Nov 2026, 2026-11-10, 2 weeks ago, or Nov 2026")
FUTURE_EXAMPLES = N_("15 Dec 2026, 2026-12-15, in 2 weeks, or next Friday")
# Every message the parser and the checks give. ``text`` is what was typed, shortened and on one line
# (``echo.shortened``); English quotes it with '', Spanish with «»; ``examples`` is what to type.
MESSAGES = {
    "empty": N_("Type a date, for example {examples}."),
    "unreadable": N_("Cannot read '{text}' as a date. Try {examples}."),
    "unreadable-month": N_(
        "Cannot read '{text}' as a date. For any day in {month}, type {example}; or try {examples}."
    ),
    "too-long": N_("'{text}' is too long to be a date. Try {examples}."),
    "tilde": N_("'{text}': type the date alone, then choose 'Around (± days)' and the days either side."),
    "no-month": N_("'{text}': there is no month {month}."),
    "no-day": N_("'{text}': {month_name} {year} has {last} days, so day {day} does not exist."),
    "weekday": N_("'{text}': {date} is a {weekday}, not a {typed}. Check the date."),
    "unit": N_("'{text}': unknown unit '{unit}'; use days, weeks, months or years."),
    "too-far": N_(
        "'{text}' is too far away: a treatment can be from 1 Jan 1990 until today, "
        "an appointment from today until 5 years ahead."
    ),
    "no-reading": N_("'{text}' is not a real date in either day or month order."),
    "ambiguous": N_(
        "'{text}' could be {first} or {second}. Type the month as a word (e.g. {first}) or as {iso}."
    ),
    "not-month": N_("'{text}': '{word}' is not a month name."),
    "no-year": N_("'{text}' has no year. Add it, for example {text} {year}."),
    # A day without a year that would be days away the other way: most likely a slip, so the year is asked.
    "yearless-ahead": N_(
        "'{text}' is {wait} from now, and a past treatment cannot be in the future. "
        "Type the year, for example {example}."
    ),
    "yearless-behind": N_(
        "'{text}' was {wait} ago, and an appointment is from today on. Type the year, for example {example}."
    ),
    "bad-year": N_("'{text}': there is no year {year}."),
    "needs-date": N_("'{text}' cannot be used here; type the date with its year, for example {example}."),
    "past-only": N_(
        "'{text}' only fits a past treatment; for an appointment, type one day from today on, "
        "for example {example}."
    ),
    "future-only": N_(
        "'{text}' only fits an appointment; for a past treatment, type the day it was done, "
        "for example {example}."
    ),
    "future": N_(
        "{said} is after today ({today}). A past treatment cannot be in the future: check the date."
    ),
    "future-not-planned": N_(
        "{said} is after today ({today}). For a treatment already booked, tick Planned; otherwise "
        "check the date."
    ),
    "whole-month": N_("{said} is a whole month; choose one day for the appointment."),
    "not-one-day": N_("{said} is not one day; choose one day for the appointment."),
    "past": N_("{said} is before today ({today}); choose today or a later day."),
    "too-old": N_("{said} is before {first}; a past treatment can be from {first} until today."),
    "too-late": N_("{said} is more than 5 years ahead; choose a day from today until {last}."),
}


def _error(lang: str, code: str, tense: Tense | None = None, **values: object) -> DateParseError:
    """The parse error ``code`` in ``lang`` (English for a language the app does not speak); for an
    appointment (``tense`` FUTURE) its examples are appointment dates."""
    _ = words(lang if lang in LANGUAGES else "en")
    examples = _(FUTURE_EXAMPLES if tense is Tense.FUTURE else EXAMPLES)
    return DateParseError(_(MESSAGES[code], examples=examples, **values))


class ParsedDate(NamedTuple):
    """What the parser understood: every day the text could mean, ``first``..``last``.

    EXACT is one day (``first == last``); AROUND is symmetric, ``middle`` ± ``plus_minus_days``;
    MONTH is a whole calendar month, the 1st to its last day.
    """

    first: date
    last: date
    precision: Precision
    text: str  # canonical rendering in English, with the month name

    @property
    def day(self) -> date:
        return self.first

    @property
    def middle(self) -> date:
        """The day itself, the middle of an 'around' span, or the middle of the month."""
        return self.first + timedelta(days=(self.last - self.first).days // 2)

    @property
    def plus_minus_days(self) -> int:
        """How far either side of ``middle`` an AROUND reading reaches; 0 for a day or a month."""
        return (self.last - self.first).days // 2 if self.precision is Precision.AROUND else 0


# ---------------------------------------------------------------------------------------------
# Formatting


def format_long(d: date, lang: str = "en") -> str:
    """'Tuesday 24 November 2026' / 'martes, 24 de noviembre de 2026'."""
    _ = words(lang)
    return _(
        "{weekday} {day} {month} {year}",
        weekday=WEEKDAYS[lang][d.weekday()],
        day=d.day,
        month=MONTHS[lang][d.month - 1],
        year=d.year,
    )


def format_medium(d: date, lang: str = "en") -> str:
    """'Tue 10 Nov 2026' / 'mar 10 nov 2026'."""
    weekday, month = WEEKDAYS[lang][d.weekday()][:3], MONTHS[lang][d.month - 1][:3]
    return f"{weekday} {d.day} {month} {d.year}"


def format_day_month(d: date, lang: str = "en") -> str:
    """'10 Nov 2026' — short, unambiguous, for labels."""
    return f"{d.day} {MONTHS[lang][d.month - 1][:3]} {d.year}"


def format_full(d: date, lang: str = "en") -> str:
    """'24 November 2026' / '24 de noviembre de 2026': the month in words, no weekday."""
    _ = words(lang)
    return _("{day} {month} {year}", day=d.day, month=MONTHS[lang][d.month - 1], year=d.year)


def format_month(year: int, month: int, lang: str = "en") -> str:
    """'November 2026' / 'noviembre de 2026'."""
    _ = words(lang)
    return _("{month} {year}", month=MONTHS[lang][month - 1], year=year)


def format_relative(d: date, today: date, lang: str = "en") -> str:
    """'today', 'in 5 days', '2 weeks ago', 'in 3 months' — rounded down, never rounded up."""
    _, days = words(lang), (d - today).days
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    if days == -1:
        return _("yesterday")
    amount = _relative_amount(min(d, today), max(d, today), lang)
    return _("in {amount}", amount=amount) if days > 0 else _("{amount} ago", amount=amount)


def count(value: int, unit: str, lang: str = "en") -> str:
    """'1 day', '2 days', '1 día', '2 días' (unit: year, month, week or day)."""
    _ = words(lang)
    if unit == "year":
        return _.ngettext("{n} year", "{n} years", value)
    if unit == "month":
        return _.ngettext("{n} month", "{n} months", value)
    if unit == "week":
        return _.ngettext("{n} week", "{n} weeks", value)
    if unit == "day":
        return _.ngettext("{n} day", "{n} days", value)
    raise ValueError(f"unknown unit {unit!r}; use year, month, week or day")


def _relative_amount(earlier: date, later: date, lang: str) -> str:
    """Days up to 2 weeks, weeks up to 2 months, then whole calendar months (6 Sep → 6 Dec is 3)."""
    days = (later - earlier).days
    if days < 14:
        return count(days, "day", lang)
    if days < 61:
        return count(days // 7, "week", lang)
    step = relativedelta(later, earlier)
    if step.years >= 2:  # "3 years", not "36 months"
        return count(step.years, "year", lang)
    return count(step.years * 12 + step.months, "month", lang)


def reading_text(parsed: ParsedDate, lang: str = "en") -> str:
    """What the parser understood, in ``lang``: 'Tue 10 Nov 2026', 'around 10 Nov 2026 ± 3 days' or
    'November 2026'."""
    if parsed.precision is Precision.MONTH:
        return format_month(parsed.first.year, parsed.first.month, lang)
    if parsed.precision is Precision.AROUND:
        return format_span(parsed.first, parsed.last, Precision.AROUND, lang)
    return format_medium(parsed.first, lang)


def format_span(first: date, last: date, precision: Precision, lang: str = "en") -> str:
    """A treatment's date as understood: '10 Nov 2026', 'around 10 Nov 2026 ± 3 days', 'November 2026'."""
    if precision is Precision.MONTH:
        return format_month(first.year, first.month, lang)
    if precision is Precision.AROUND or first != last:
        middle = first + (last - first) / 2
        half = (last - first).days // 2
        _ = words(lang)
        return _("around {day} ± {days}", day=format_day_month(middle, lang), days=count(half, "day", lang))
    return format_day_month(first, lang)


def check_not_future(parsed: ParsedDate, today: date, lang: str = "en") -> None:
    """Refuse a past treatment's date that lies after today, in words (in ``lang``)."""
    if parsed.first > today or (parsed.precision is Precision.EXACT and parsed.last > today):
        raise _error(lang, "future", said=reading_text(parsed, lang), today=format_day_month(today, lang))
    if parsed.first < EARLIEST_TREATMENT:
        first = format_day_month(EARLIEST_TREATMENT, lang)
        raise _error(lang, "too-old", said=reading_text(parsed, lang), first=first)


def check_done_or_planned(parsed: ParsedDate, today: date, lang: str = "en") -> None:
    """:func:`check_not_future` for a row that could be marked planned: a future date says so."""
    try:
        check_not_future(parsed, today, lang)
    except DateParseError:
        if parsed.first <= today and not (parsed.precision is Precision.EXACT and parsed.last > today):
            raise
        said, day = reading_text(parsed, lang), format_day_month(today, lang)
        raise _error(lang, "future-not-planned", said=said, today=day) from None


def check_not_past(parsed: ParsedDate, today: date, lang: str = "en") -> None:
    """Refuse an appointment date before today, a whole month or an 'around' day, in words (in ``lang``)."""
    if parsed.precision is Precision.MONTH:
        raise _error(lang, "whole-month", said=reading_text(parsed, lang))
    if parsed.precision is not Precision.EXACT:
        raise _error(lang, "not-one-day", said=reading_text(parsed, lang))
    if parsed.first < today:
        raise _error(lang, "past", said=reading_text(parsed, lang), today=format_day_month(today, lang))
    last = latest_appointment(today)
    if parsed.first > last:
        raise _error(lang, "too-late", said=reading_text(parsed, lang), last=format_day_month(last, lang))


def order_from_pattern(pattern: str) -> DateOrder | None:
    """The numeric order of a locale date pattern such as 'M/d/yy' or 'dd.MM.yyyy' (None for y-first)."""
    positions = {c: pattern.find(c) for c in "dMy"}
    if -1 in (positions["d"], positions["M"]) or positions["y"] < min(positions["d"], positions["M"]):
        return None
    return DateOrder.DAY_FIRST if positions["d"] < positions["M"] else DateOrder.MONTH_FIRST


# ---------------------------------------------------------------------------------------------
# Parsing


def _fold(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: 'Miércoles' → 'miercoles'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(without_marks.split())


def _month_lookup() -> dict[str, int]:
    names: dict[str, int] = {}
    for lang_months in MONTHS.values():
        for number, name in enumerate(lang_months, start=1):
            folded = _fold(name)
            names[folded] = number
            names[folded[:3]] = number
            names[folded[:4]] = number  # "sept", "dici", "marz"
    names["setiembre"] = 9  # a common Latin American spelling
    names["set"] = 9
    return names


def _weekday_lookup() -> dict[str, int]:
    """Weekday names in every language, whole and abbreviated, to 0 (Monday) .. 6 (Sunday)."""
    names: dict[str, int] = {}
    for lang_days in WEEKDAYS.values():
        for number, name in enumerate(lang_days):
            names[_fold(name)] = number
            names[_fold(name)[:3]] = number
    names.update(tues=1, thur=3, thurs=3)
    return names


_MONTH_NAMES = LazyTable(_month_lookup)  # made when the first date is read, not at import
_WEEKDAY_NUMBERS = LazyTable(_weekday_lookup)
_MONTH_WORD = r"([a-z]+)\.?"
_YEAR = r"(\d{4}|\d{2})"

_ISO_DAY = LazyPattern(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH = LazyPattern(r"(\d{4})-(\d{1,2})")
_NUMERIC_DAY = LazyPattern(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
_NUMERIC_MONTH = LazyPattern(r"(\d{1,2})\s*[/.\-]\s*(\d{4})")
_DAY_MONTH_YEAR = LazyPattern(
    rf"(\d{{1,2}})(?:st|nd|rd|th|º|o)?[\s\-/.]*(?:de\s+)?{_MONTH_WORD}[\s,\-/.]*(?:de\s+|del\s+)?{_YEAR}"
)
_MONTH_DAY_YEAR = LazyPattern(rf"{_MONTH_WORD}[\s\-/.]*(\d{{1,2}})(?:st|nd|rd|th)?[\s,\-/.]+{_YEAR}")
_MONTH_YEAR = LazyPattern(rf"{_MONTH_WORD}[\s,\-/.]*(?:de\s+|del\s+)?(\d{{4}})")
_DAY_MONTH_ONLY = LazyPattern(rf"(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*(?:de\s+)?{_MONTH_WORD}")
_MONTH_DAY_ONLY = LazyPattern(rf"{_MONTH_WORD}[\s\-/.]*(\d{{1,2}})(?:st|nd|rd|th)?")

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1,
    "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4,
}  # fmt: skip
_RELATIVE_UNITS = {
    "day": "days", "days": "days", "dia": "days", "dias": "days", "d": "days",
    "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks", "w": "weeks",
    "semana": "weeks", "semanas": "weeks", "sem": "weeks", "sems": "weeks",
    "month": "months", "months": "months", "mo": "months", "mos": "months",
    "mes": "months", "meses": "months",
    "year": "years", "years": "years", "yr": "years", "yrs": "years", "ano": "years", "anos": "years",
}  # fmt: skip
# How far either side an "N units ago" reading may be: people round weeks, months and years.
_AROUND_DAYS = {"days": 3, "weeks": 3, "months": 15, "years": 30}
# A number may touch its unit ("2w"), a word may not ("en abril" is not "a" + "bril").
_COUNT = r"(\d+|(?:a|an|one|two|three|four|un|una|uno|dos|tres|cuatro)(?=\s))"
_AGO = LazyPattern(rf"{_COUNT}\s*([a-z]+)\s+ago")
_HACE = LazyPattern(rf"hace\s+{_COUNT}\s*([a-z]+)")
_IN = LazyPattern(rf"(?:in|en|dentro de)\s+{_COUNT}\s*([a-z]+)")
# "about 7 weeks ago", "~2 weeks ago", "hace unas 7 semanas", "aproximadamente hace 2 semanas".
_ROUGH_WORDS = (
    "about|around|approximately|approx|roughly|"
    "aproximadamente|aprox|unos|unas|como|alrededor de|cerca de|mas o menos"
)
_ROUGHLY = LazyPattern(rf"(hace\s+)?(?:(?:{_ROUGH_WORDS})(?:\.\s*|\s+)|~\s*)(?=\S)")
_WORDS = {
    "today": 0, "hoy": 0, "yesterday": -1, "ayer": -1, "tomorrow": 1, "manana": 1,
    "day before yesterday": -2, "the day before yesterday": -2,
    "anteayer": -2, "antier": -2, "antes de ayer": -2,
    "day after tomorrow": 2, "the day after tomorrow": 2, "pasado manana": 2,
}  # fmt: skip


class _Typed(NamedTuple):
    """The typed text, folded for matching, and what reading it depends on."""

    text: str
    folded: str
    today: date
    order: DateOrder | None
    lang: str
    tense: Tense | None = None

    def error(self, code: str, **values: object) -> DateParseError:
        """The message ``code``; every text in it that came from the person is shortened."""
        shown = {name: shortened(v) if isinstance(v, str) else v for name, v in values.items()}
        return _error(self.lang, code, self.tense, text=shortened(self.text.strip()), **shown)


def _exact(day: date) -> ParsedDate:
    return ParsedDate(day, day, Precision.EXACT, format_medium(day))


def _around(middle: date, plus_minus_days: int) -> ParsedDate:
    first, last = middle - timedelta(days=plus_minus_days), middle + timedelta(days=plus_minus_days)
    return ParsedDate(first, last, Precision.AROUND, format_span(first, last, Precision.AROUND))


def _month(year: int, month: int) -> ParsedDate:
    last = calendar.monthrange(year, month)[1]
    return ParsedDate(
        date(year, month, 1), date(year, month, last), Precision.MONTH, format_month(year, month)
    )


def _checked_year(year: int, typed: _Typed) -> int:
    if year < 1:
        raise typed.error("bad-year", year=year)
    return year


def _checked_month(year: int, month: int, typed: _Typed) -> ParsedDate:
    _checked_year(year, typed)
    if not 1 <= month <= 12:
        raise typed.error("no-month", month=month)
    return _month(year, month)


def _make_day(year: int, month: int, day: int, typed: _Typed) -> date:
    _checked_year(year, typed)
    if not 1 <= month <= 12:
        raise typed.error("no-month", month=month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        month_name = MONTHS.get(typed.lang, MONTHS["en"])[month - 1]
        raise typed.error("no-day", month_name=month_name, year=year, last=last, day=day)
    return date(year, month, day)


def _full_year(year_text: str) -> int:
    return 2000 + int(year_text) if len(year_text) == 2 else int(year_text)


_WEEKDAY_PREFIX = LazyPattern(r"^([a-z]+)\.?,?\s+(?=\S)")
_WORD = LazyPattern(r"[a-z]+")


def _weekday_prefix(folded: str) -> tuple[str, str] | None:
    """A leading weekday name and the rest. 'mar' is Tuesday (martes) and March (marzo): it counts
    as a weekday only when a month name follows ('mar 10 nov 2026', not 'mar 10 2026')."""
    match = _WEEKDAY_PREFIX.match(folded)
    if not match or match.group(1) not in _WEEKDAY_NUMBERS:
        return None
    rest = folded[match.end() :]
    if match.group(1) in _MONTH_NAMES and not any(w in _MONTH_NAMES for w in _WORD.findall(rest)):
        return None
    return match.group(1), rest


def _strip_weekday(folded: str) -> str:
    prefix = _weekday_prefix(folded)
    return prefix[1] if prefix else folded


def _checked_weekday(result: ParsedDate, typed: _Typed) -> ParsedDate:
    """A typed weekday must match the date: 'Monday 10 Nov 2026' is refused (it is a Tuesday)."""
    prefix = _weekday_prefix(_fold(typed.text))
    if prefix is None or result.precision is not Precision.EXACT:
        return result
    actual = result.first.weekday()
    names = {_fold(WEEKDAYS[lang][actual]) for lang in WEEKDAYS}
    if any(n.startswith(prefix[0]) for n in names):
        return result
    lang = typed.lang if typed.lang in WEEKDAYS else "en"
    # English names the weekday with a capital; Spanish as it was typed, accents and all.
    said = prefix[0].capitalize() if lang == "en" else typed.text.split()[0].rstrip(".,")
    raise typed.error(
        "weekday", date=format_day_month(result.first, lang), weekday=WEEKDAYS[lang][actual], typed=said
    )


def _read_words(typed: _Typed) -> ParsedDate | None:
    if typed.folded in _WORDS:
        return _exact(typed.today + timedelta(days=_WORDS[typed.folded]))
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _rough(folded: str) -> tuple[str, bool]:
    """The text without an "about" word in front of the amount, and whether there was one."""
    match = _ROUGHLY.match(folded)
    if match is None:
        return folded, False
    return (match.group(1) or "") + folded[match.end() :], True


def _read_relative(typed: _Typed) -> ParsedDate | None:
    """'3 days ago' is that day; '2 weeks ago' around it (± 3), '3 months ago' ± 15, '1 year ago' ± 30;
    'about 10 days ago' ± 3. 'in 2 weeks' (an appointment) is that day."""
    folded, rough = _rough(typed.folded)
    for pattern, sign in ((_AGO, -1), (_HACE, -1), (_IN, 1)):
        match = pattern.fullmatch(folded)
        if not match:
            continue
        if rough and sign > 0:
            return None  # "about in 2 weeks" is not a form
        unit = _RELATIVE_UNITS.get(match.group(2))
        if unit is None:
            raise typed.error("unit", unit=match.group(2))
        amount = _count(match.group(1))
        if amount > 100:
            raise typed.error("too-far")
        middle = typed.today + _delta(unit, sign * amount)
        if sign > 0 or (unit == "days" and not rough):
            return _exact(middle)
        return _around(middle, _AROUND_DAYS[unit])
    return None


def _delta(unit: str, amount: int) -> relativedelta:
    if unit == "days":
        return relativedelta(days=amount)
    if unit == "weeks":
        return relativedelta(weeks=amount)
    if unit == "months":
        return relativedelta(months=amount)
    return relativedelta(years=amount)


def _read_iso(typed: _Typed) -> ParsedDate | None:
    match = _ISO_DAY.fullmatch(typed.folded)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _exact(_make_day(year, month, day, typed))
    match = _ISO_MONTH.fullmatch(typed.folded)
    if match:
        return _checked_month(int(match.group(1)), int(match.group(2)), typed)
    return None


def _read_numeric(typed: _Typed) -> ParsedDate | None:
    match = _NUMERIC_DAY.fullmatch(typed.folded)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), _full_year(match.group(4))
        return _exact(_numeric_day(first, second, year, typed))
    match = _NUMERIC_MONTH.fullmatch(typed.folded)
    if match:
        return _checked_month(int(match.group(2)), int(match.group(1)), typed)
    return None


def _numeric_day(first: int, second: int, year: int, typed: _Typed) -> date:
    if typed.order is DateOrder.DAY_FIRST:
        return _make_day(year, second, first, typed)
    if typed.order is DateOrder.MONTH_FIRST:
        return _make_day(year, first, second, typed)
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(_make_day(year, month, day, typed))
        except DateParseError:
            continue
    if not readings:
        raise typed.error("no-reading")
    if len(set(readings)) > 1:
        a, b = (format_day_month(day, typed.lang) for day in readings)
        raise typed.error("ambiguous", first=a, second=b, iso=readings[0].isoformat())
    return readings[0]


def _month_number(word: str, typed: _Typed) -> int:
    number = _MONTH_NAMES.get(word)
    if number is None:
        raise typed.error("not-month", word=word)
    return number


def _read_month_names(typed: _Typed) -> ParsedDate | None:
    folded = typed.folded
    match = _DAY_MONTH_YEAR.fullmatch(folded)
    if match and match.group(2) in _MONTH_NAMES:
        day, month = int(match.group(1)), _month_number(match.group(2), typed)
        return _exact(_make_day(_full_year(match.group(3)), month, day, typed))
    match = _MONTH_DAY_YEAR.fullmatch(folded)
    if match and match.group(1) in _MONTH_NAMES:
        month, day = _month_number(match.group(1), typed), int(match.group(2))
        return _exact(_make_day(_full_year(match.group(3)), month, day, typed))
    match = _MONTH_YEAR.fullmatch(folded)
    if match and match.group(1) in _MONTH_NAMES:
        return _checked_month(int(match.group(2)), _month_number(match.group(1), typed), typed)
    return None  # a day and month without a year: date_phrases.read_yearless
