"""Dates as people read and type them: month-name formatting and a typed-date parser that never guesses.

The parser reads what front-desk staff really type (ISO, numeric in the locale's order, month names in
English and Spanish, "3 days ago", "hace 2 semanas", month only) and refuses anything it would have to
guess: an ambiguous ``03/04/2026`` with no known order, an impossible ``31/02/2026``, a missing year.
dateutil's ``fuzzy`` and ``dayfirst`` guessing are deliberately not used (see the field notes, §5).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


class DateOrder(Enum):
    """How the locale writes numeric dates."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


class Precision(Enum):
    """How well a prior treatment's date is known."""

    EXACT = "exact"
    AROUND = "around"
    MONTH = "month"


class DateParseError(ValueError):
    """Typed text that is not one clear date; the message says why and what to type instead."""


@dataclass(frozen=True)
class ParsedDate:
    """What the parser understood: a single day, or a whole month (``first``..``last``)."""

    first: date
    last: date
    precision: Precision
    text: str  # canonical rendering with the month name

    @property
    def day(self) -> date:
        return self.first


# ---------------------------------------------------------------------------------------------
# Formatting


def format_long(d: date, lang: str = "en") -> str:
    """'Tuesday 24 November 2026' / 'martes, 24 de noviembre de 2026'."""
    weekday, month = WEEKDAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    if lang == "es":
        return f"{weekday}, {d.day} de {month} de {d.year}"
    return f"{weekday} {d.day} {month} {d.year}"


def format_medium(d: date, lang: str = "en") -> str:
    """'Tue 10 Nov 2026' / 'mar 10 nov 2026'."""
    weekday, month = WEEKDAYS[lang][d.weekday()][:3], MONTHS[lang][d.month - 1][:3]
    return f"{weekday} {d.day} {month} {d.year}"


def format_day_month(d: date, lang: str = "en") -> str:
    """'10 Nov 2026' — short, unambiguous, for labels."""
    return f"{d.day} {MONTHS[lang][d.month - 1][:3]} {d.year}"


def format_month(year: int, month: int, lang: str = "en") -> str:
    """'November 2026' / 'noviembre de 2026'."""
    name = MONTHS[lang][month - 1]
    return f"{name} de {year}" if lang == "es" else f"{name} {year}"


def format_relative(d: date, today: date, lang: str = "en") -> str:
    """'today', 'in 5 days', '2 weeks ago', 'in 3 months' — rounded down, never rounded up."""
    days = (d - today).days
    if lang == "es":
        return _relative_es(days)
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    amount = _relative_amount(abs(days), "en")
    return f"in {amount}" if days > 0 else f"{amount} ago"


def _relative_es(days: int) -> str:
    if days == 0:
        return "hoy"
    if days == 1:
        return "mañana"
    if days == -1:
        return "ayer"
    amount = _relative_amount(abs(days), "es")
    return f"dentro de {amount}" if days > 0 else f"hace {amount}"


_UNIT_WORDS = {  # (one, more than one)
    "en": {"day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months")},
    "es": {"day": ("día", "días"), "week": ("semana", "semanas"), "month": ("mes", "meses")},
}


def _amount(value: int, unit: str, lang: str) -> str:
    one, many = _UNIT_WORDS[lang][unit]
    return f"{value} {one if value == 1 else many}"


def _relative_amount(days: int, lang: str) -> str:
    if days < 14:
        return _amount(days, "day", lang)
    if days < 61:
        return _amount(days // 7, "week", lang)
    return _amount(days * 12 // 365, "month", lang)


def format_span(first: date, last: date, precision: Precision, lang: str = "en") -> str:
    """A treatment's date as understood: '10 Nov 2026', 'around 10 Nov 2026 ± 3 days', 'November 2026'."""
    if precision is Precision.MONTH:
        return format_month(first.year, first.month, lang)
    if precision is Precision.AROUND or first != last:
        middle = first + (last - first) / 2
        half = (last - first).days // 2
        around = "alrededor del" if lang == "es" else "around"
        return f"{around} {format_day_month(middle, lang)} ± {_amount(half, 'day', lang)}"
    return format_day_month(first, lang)


def check_not_future(parsed: ParsedDate, today: date) -> None:
    """Refuse a past treatment's date that lies after today, in words."""
    if parsed.first > today or (parsed.precision is Precision.EXACT and parsed.last > today):
        raise DateParseError(
            f"{parsed.text} is after today ({format_day_month(today)}). "
            "A past treatment cannot be in the future: check the date."
        )


def check_not_past(parsed: ParsedDate, today: date) -> None:
    """Refuse an appointment date before today, or a whole month, in words."""
    if parsed.precision is not Precision.EXACT:
        raise DateParseError(f"{parsed.text} is a whole month; choose one day for the appointment.")
    if parsed.first < today:
        raise DateParseError(
            f"{parsed.text} is before today ({format_day_month(today)}); choose today or a later day."
        )


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


def _weekday_lookup() -> set[str]:
    names = set()
    for lang_days in WEEKDAYS.values():
        for name in lang_days:
            names.add(_fold(name))
            names.add(_fold(name)[:3])
    return names


_MONTH_NAMES = _month_lookup()
_WEEKDAY_NAMES = _weekday_lookup()
_MONTH_WORD = r"([a-z]+)\.?"
_YEAR = r"(\d{4}|\d{2})"

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_NUMERIC_DAY = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
_NUMERIC_MONTH = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{4})")
_DAY_MONTH_YEAR = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th|º|o)?[\s\-/.]*(?:de\s+)?{_MONTH_WORD}[\s,\-/.]*(?:de\s+|del\s+)?{_YEAR}"
)
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH_WORD}[\s\-/.]*(\d{{1,2}})(?:st|nd|rd|th)?[\s,\-/.]+{_YEAR}")
_MONTH_YEAR = re.compile(rf"{_MONTH_WORD}[\s,\-/.]*(?:de\s+|del\s+)?(\d{{4}})")
_DAY_MONTH_ONLY = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*(?:de\s+)?{_MONTH_WORD}")
_MONTH_DAY_ONLY = re.compile(rf"{_MONTH_WORD}[\s\-/.]*(\d{{1,2}})(?:st|nd|rd|th)?")

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1,
    "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4,
}  # fmt: skip
_RELATIVE_UNITS = {
    "day": "days", "days": "days", "dia": "days", "dias": "days", "d": "days",
    "week": "weeks", "weeks": "weeks", "semana": "weeks", "semanas": "weeks", "w": "weeks",
    "month": "months", "months": "months", "mes": "months", "meses": "months",
    "year": "years", "years": "years", "ano": "years", "anos": "years",
}  # fmt: skip
_COUNT = r"(\d+|a|an|one|two|three|four|un|una|uno|dos|tres|cuatro)"
_AGO = re.compile(rf"{_COUNT}\s*([a-z]+)\s+ago")
_HACE = re.compile(rf"hace\s+{_COUNT}\s*([a-z]+)")
_IN = re.compile(rf"(?:in|en|dentro de)\s+{_COUNT}\s*([a-z]+)")
_WORDS = {"today": 0, "hoy": 0, "yesterday": -1, "ayer": -1, "tomorrow": 1, "manana": 1}

EXAMPLES = "10 Nov 2026, 2026-11-10, 2 weeks ago, or Nov 2026"


def parse_date(text: str, today: date, order: DateOrder | None = None) -> ParsedDate:
    """Read one typed date. Raise :class:`DateParseError` with a message for people otherwise.

    ``order`` is the locale's numeric order; with ``None`` a numeric date whose day and month could
    swap (``03/04/2026``) is refused with both readings named.
    """
    folded = _fold(text)
    if not folded:
        raise DateParseError(f"Type a date, for example {EXAMPLES}.")
    folded = _strip_weekday(folded, text)
    for reader in (_read_words, _read_relative, _read_iso, _read_numeric, _read_month_names):
        result = reader(folded, text, today, order)
        if result is not None:
            return _checked_weekday(result, text)
    raise DateParseError(f"Cannot read {text.strip()!r} as a date. Try {EXAMPLES}.")


def _exact(day: date) -> ParsedDate:
    return ParsedDate(day, day, Precision.EXACT, format_medium(day))


def _month(year: int, month: int) -> ParsedDate:
    last = calendar.monthrange(year, month)[1]
    return ParsedDate(
        date(year, month, 1), date(year, month, last), Precision.MONTH, format_month(year, month)
    )


def _make_day(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise DateParseError(f"{text.strip()!r}: there is no month {month}.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        month_name = MONTHS["en"][month - 1]
        raise DateParseError(
            f"{text.strip()!r}: {month_name} {year} has {last} days, so day {day} does not exist."
        )
    return date(year, month, day)


def _full_year(year_text: str) -> int:
    return 2000 + int(year_text) if len(year_text) == 2 else int(year_text)


_WEEKDAY_PREFIX = re.compile(r"^([a-z]+)\.?,?\s+(?=\S)")
_WORD = re.compile(r"[a-z]+")


def _weekday_prefix(folded: str) -> tuple[str, str] | None:
    """A leading weekday name and the rest. 'mar' is Tuesday (martes) and March (marzo): it counts
    as a weekday only when a month name follows ('mar 10 nov 2026', not 'mar 10 2026')."""
    match = _WEEKDAY_PREFIX.match(folded)
    if not match or match.group(1) not in _WEEKDAY_NAMES:
        return None
    rest = folded[match.end() :]
    if match.group(1) in _MONTH_NAMES and not any(w in _MONTH_NAMES for w in _WORD.findall(rest)):
        return None
    return match.group(1), rest


def _strip_weekday(folded: str, text: str) -> str:
    prefix = _weekday_prefix(folded)
    return prefix[1] if prefix else folded


def _checked_weekday(result: ParsedDate, text: str) -> ParsedDate:
    """A typed weekday must match the date: 'Monday 10 Nov 2026' is refused (it is a Tuesday)."""
    prefix = _weekday_prefix(_fold(text))
    if prefix is None or result.precision is not Precision.EXACT:
        return result
    typed = prefix[0]
    actual = result.first.weekday()
    names = {_fold(WEEKDAYS[lang][actual]) for lang in WEEKDAYS}
    if not any(n.startswith(typed) for n in names):
        raise DateParseError(
            f"{text.strip()!r}: {format_day_month(result.first)} is a "
            f"{WEEKDAYS['en'][actual]}, not a {typed.capitalize()}. Check the date."
        )
    return result


def _read_words(folded: str, text: str, today: date, order: DateOrder | None) -> ParsedDate | None:
    if folded in _WORDS:
        return _exact(today + timedelta(days=_WORDS[folded]))
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _read_relative(folded: str, text: str, today: date, order: DateOrder | None) -> ParsedDate | None:
    for pattern, sign in ((_AGO, -1), (_HACE, -1), (_IN, 1)):
        match = pattern.fullmatch(folded)
        if not match:
            continue
        unit = _RELATIVE_UNITS.get(match.group(2))
        if unit is None:
            raise DateParseError(
                f"{text.strip()!r}: unknown unit {match.group(2)!r}; use days, weeks, months or years."
            )
        amount = _count(match.group(1))
        if amount > 100:
            raise DateParseError(f"{text.strip()!r} is too far away; type the date instead.")
        return _exact(today + _delta(unit, sign * amount))
    return None


def _delta(unit: str, amount: int) -> relativedelta:
    if unit == "days":
        return relativedelta(days=amount)
    if unit == "weeks":
        return relativedelta(weeks=amount)
    if unit == "months":
        return relativedelta(months=amount)
    return relativedelta(years=amount)


def _read_iso(folded: str, text: str, today: date, order: DateOrder | None) -> ParsedDate | None:
    match = _ISO_DAY.fullmatch(folded)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _exact(_make_day(year, month, day, text))
    match = _ISO_MONTH.fullmatch(folded)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise DateParseError(f"{text.strip()!r}: there is no month {month}.")
        return _month(year, month)
    return None


def _read_numeric(folded: str, text: str, today: date, order: DateOrder | None) -> ParsedDate | None:
    match = _NUMERIC_DAY.fullmatch(folded)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), _full_year(match.group(4))
        return _exact(_numeric_day(first, second, year, order, text))
    match = _NUMERIC_MONTH.fullmatch(folded)
    if match:
        month, year = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise DateParseError(f"{text.strip()!r}: there is no month {month}.")
        return _month(year, month)
    return None


def _numeric_day(first: int, second: int, year: int, order: DateOrder | None, text: str) -> date:
    if order is DateOrder.DAY_FIRST:
        return _make_day(year, second, first, text)
    if order is DateOrder.MONTH_FIRST:
        return _make_day(year, first, second, text)
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(_make_day(year, month, day, text))
        except DateParseError:
            continue
    if not readings:
        raise DateParseError(f"{text.strip()!r} is not a real date in either day or month order.")
    if len(set(readings)) > 1:
        a, b = readings
        raise DateParseError(
            f"{text.strip()!r} could be {format_day_month(a)} or {format_day_month(b)}. "
            f"Type the month as a word (e.g. {format_day_month(a)}) or as {a.isoformat()}."
        )
    return readings[0]


def _month_number(word: str, text: str) -> int:
    number = _MONTH_NAMES.get(word)
    if number is None:
        raise DateParseError(f"{text.strip()!r}: {word!r} is not a month name.")
    return number


def _read_month_names(folded: str, text: str, today: date, order: DateOrder | None) -> ParsedDate | None:
    match = _DAY_MONTH_YEAR.fullmatch(folded)
    if match and match.group(2) in _MONTH_NAMES:
        day, month = int(match.group(1)), _month_number(match.group(2), text)
        return _exact(_make_day(_full_year(match.group(3)), month, day, text))
    match = _MONTH_DAY_YEAR.fullmatch(folded)
    if match and match.group(1) in _MONTH_NAMES:
        month, day = _month_number(match.group(1), text), int(match.group(2))
        return _exact(_make_day(_full_year(match.group(3)), month, day, text))
    match = _MONTH_YEAR.fullmatch(folded)
    if match and match.group(1) in _MONTH_NAMES:
        return _month(int(match.group(2)), _month_number(match.group(1), text))
    for pattern, month_group in ((_DAY_MONTH_ONLY, 2), (_MONTH_DAY_ONLY, 1)):
        match = pattern.fullmatch(folded)
        if match and match.group(month_group) in _MONTH_NAMES:
            raise DateParseError(
                f"{text.strip()!r} has no year. Add it, for example {text.strip()} {today.year}."
            )
    return None
