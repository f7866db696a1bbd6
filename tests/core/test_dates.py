"""parse_date reads what people type and refuses to guess; format_* always write month names."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from gui.core import (
    DateOrder,
    DateParseError,
    ParsedDate,
    Precision,
    Tense,
    check_not_future,
    format_day_month,
    format_long,
    format_medium,
    format_month,
    format_relative,
    format_span,
    parse_date,
)
from gui.core.dates import check_not_past, order_from_pattern

TODAY = date(2026, 11, 24)  # a Tuesday
DMY, MDY = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST

# A numeric day/month/year form such as 10/11/2026, 10-11-26 or 2026-11-10.
NUMERIC_DATE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}")


def one_day(year: int, month: int, day: int, text: str) -> ParsedDate:
    return ParsedDate(date(year, month, day), date(year, month, day), Precision.EXACT, text)


def around(year: int, month: int, day: int, plus_minus: int, text: str) -> ParsedDate:
    middle, margin = date(year, month, day), timedelta(days=plus_minus)
    return ParsedDate(middle - margin, middle + margin, Precision.AROUND, text)


# --- Accepted forms: one day ------------------------------------------------------------------------

TUE_10_NOV = one_day(2026, 11, 10, "Tue 10 Nov 2026")


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        pytest.param("2026-11-10", None, TUE_10_NOV, id="iso"),
        pytest.param("2026-11-10", MDY, TUE_10_NOV, id="iso-ignores-order"),
        pytest.param("  2026-11-10  ", None, TUE_10_NOV, id="iso-with-spaces"),
        pytest.param("10/11/2026", DMY, TUE_10_NOV, id="numeric-day-first"),
        pytest.param("11/10/2026", MDY, TUE_10_NOV, id="numeric-month-first"),
        pytest.param("10.11.2026", DMY, TUE_10_NOV, id="numeric-dots"),
        pytest.param("10-11-2026", DMY, TUE_10_NOV, id="numeric-dashes"),
        pytest.param("10/11/26", DMY, TUE_10_NOV, id="numeric-2-digit-year-is-20xx"),
        pytest.param("11/10/26", MDY, TUE_10_NOV, id="numeric-month-first-2-digit-year"),
        pytest.param(
            "24/11/2026", None, one_day(2026, 11, 24, "Tue 24 Nov 2026"), id="numeric-only-one-reading"
        ),
        pytest.param("11/11/2026", None, one_day(2026, 11, 11, "Wed 11 Nov 2026"), id="numeric-both-same"),
        pytest.param("10 Nov 2026", None, TUE_10_NOV, id="day-month-year"),
        pytest.param("10 November 2026", None, TUE_10_NOV, id="day-fullmonth-year"),
        pytest.param("10 nov. 2026", None, TUE_10_NOV, id="abbreviation-with-dot"),
        pytest.param("10th November 2026", None, TUE_10_NOV, id="ordinal"),
        pytest.param("10 Nov 26", None, TUE_10_NOV, id="month-name-2-digit-year"),
        pytest.param("Nov 10 2026", None, TUE_10_NOV, id="month-day-year"),
        pytest.param("Nov 10, 2026", None, TUE_10_NOV, id="month-day-comma-year"),
        pytest.param("November 10, 2026", None, TUE_10_NOV, id="fullmonth-day-comma-year"),
        pytest.param("10-Nov-2026", None, TUE_10_NOV, id="dashed-month-name"),
        pytest.param("10 de noviembre de 2026", None, TUE_10_NOV, id="spanish"),
        pytest.param("10 NOVIEMBRE 2026", None, TUE_10_NOV, id="spanish-upper-no-de"),
        pytest.param("10 de nov de 2026", None, TUE_10_NOV, id="spanish-abbreviation"),
        pytest.param("1 de marzo de 2027", None, one_day(2027, 3, 1, "Mon 1 Mar 2027"), id="spanish-marzo"),
        pytest.param("5 de sept de 2026", None, one_day(2026, 9, 5, "Sat 5 Sep 2026"), id="spanish-sept"),
        pytest.param("5 setiembre 2026", None, one_day(2026, 9, 5, "Sat 5 Sep 2026"), id="spanish-setiembre"),
        pytest.param("29 Feb 2028", None, one_day(2028, 2, 29, "Tue 29 Feb 2028"), id="leap-day"),
        pytest.param("Tuesday 10 November 2026", None, TUE_10_NOV, id="matching-weekday"),
        pytest.param("Tue, 10 Nov 2026", None, TUE_10_NOV, id="matching-weekday-abbreviated"),
        pytest.param("martes 10 de noviembre de 2026", None, TUE_10_NOV, id="matching-weekday-spanish"),
        pytest.param(
            "miércoles 11 de noviembre de 2026", None, one_day(2026, 11, 11, "Wed 11 Nov 2026"), id="accent"
        ),
        pytest.param(
            "miercoles 11 de noviembre de 2026",
            None,
            one_day(2026, 11, 11, "Wed 11 Nov 2026"),
            id="no-accent",
        ),
        pytest.param(
            "sábado 14 de noviembre de 2026", None, one_day(2026, 11, 14, "Sat 14 Nov 2026"), id="sabado"
        ),
    ],
)
def test_accepted_day(text: str, order: DateOrder | None, expected: ParsedDate) -> None:
    assert parse_date(text, TODAY, order) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("today", one_day(2026, 11, 24, "Tue 24 Nov 2026"), id="today"),
        pytest.param("Today", one_day(2026, 11, 24, "Tue 24 Nov 2026"), id="today-capital"),
        pytest.param("hoy", one_day(2026, 11, 24, "Tue 24 Nov 2026"), id="hoy"),
        pytest.param("yesterday", one_day(2026, 11, 23, "Mon 23 Nov 2026"), id="yesterday"),
        pytest.param("ayer", one_day(2026, 11, 23, "Mon 23 Nov 2026"), id="ayer"),
        pytest.param("3 days ago", one_day(2026, 11, 21, "Sat 21 Nov 2026"), id="days-ago"),
        pytest.param("1 day ago", one_day(2026, 11, 23, "Mon 23 Nov 2026"), id="one-day-ago"),
        # Weeks, months and years ago are rounded by whoever says them: around a day, not one day.
        pytest.param("2 weeks ago", around(2026, 11, 10, 3, "around 10 Nov 2026 ± 3 days"), id="weeks-ago"),
        pytest.param("a week ago", around(2026, 11, 17, 3, "around 17 Nov 2026 ± 3 days"), id="a-week-ago"),
        pytest.param(
            "3 months ago", around(2026, 8, 24, 15, "around 24 Aug 2026 ± 15 days"), id="months-ago"
        ),
        pytest.param("1 year ago", around(2025, 11, 24, 30, "around 24 Nov 2025 ± 30 days"), id="year-ago"),
        pytest.param(
            "hace 2 semanas", around(2026, 11, 10, 3, "around 10 Nov 2026 ± 3 days"), id="hace-semanas"
        ),
        pytest.param("hace 3 días", one_day(2026, 11, 21, "Sat 21 Nov 2026"), id="hace-dias-accent"),
        pytest.param("hace 3 dias", one_day(2026, 11, 21, "Sat 21 Nov 2026"), id="hace-dias-no-accent"),
        pytest.param(
            "hace un mes", around(2026, 10, 24, 15, "around 24 Oct 2026 ± 15 days"), id="hace-un-mes"
        ),
        pytest.param("in 2 weeks", one_day(2026, 12, 8, "Tue 8 Dec 2026"), id="in-weeks"),
        pytest.param("dentro de 5 días", one_day(2026, 11, 29, "Sun 29 Nov 2026"), id="dentro-de"),
    ],
)
def test_accepted_relative(text: str, expected: ParsedDate) -> None:
    assert parse_date(text, TODAY) == expected


def test_relative_month_clamps_at_month_end() -> None:
    assert parse_date("1 month ago", date(2026, 3, 31)).middle == date(2026, 2, 28)


# --- Accepted forms: month only ---------------------------------------------------------------------

NOVEMBER_2026 = ParsedDate(date(2026, 11, 1), date(2026, 11, 30), Precision.MONTH, "November 2026")


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        pytest.param("Nov 2026", None, NOVEMBER_2026, id="abbreviation"),
        pytest.param("November 2026", None, NOVEMBER_2026, id="full-name"),
        pytest.param("2026-11", None, NOVEMBER_2026, id="iso-month"),
        pytest.param("noviembre de 2026", None, NOVEMBER_2026, id="spanish"),
        pytest.param("Noviembre 2026", None, NOVEMBER_2026, id="spanish-no-de"),
        pytest.param("11/2026", None, NOVEMBER_2026, id="numeric-month-year"),
        pytest.param("11/2026", DMY, NOVEMBER_2026, id="numeric-month-year-with-order"),
        pytest.param(
            "Feb 2028",
            None,
            ParsedDate(date(2028, 2, 1), date(2028, 2, 29), Precision.MONTH, "February 2028"),
            id="leap-february",
        ),
        pytest.param(
            "febrero de 2027",
            None,
            ParsedDate(date(2027, 2, 1), date(2027, 2, 28), Precision.MONTH, "February 2027"),
            id="common-february",
        ),
        pytest.param(
            "2026-04",
            None,
            ParsedDate(date(2026, 4, 1), date(2026, 4, 30), Precision.MONTH, "April 2026"),
            id="30-day-month",
        ),
    ],
)
def test_accepted_month_only(text: str, order: DateOrder | None, expected: ParsedDate) -> None:
    parsed = parse_date(text, TODAY, order)
    assert parsed == expected
    assert parsed.day == expected.first


# --- Rejected forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "fragments"),
    [
        pytest.param("31/02/2026", None, ["31/02/2026", "not a real date"], id="impossible-no-order"),
        pytest.param(
            "31/02/2026",
            DMY,
            ["February 2026 has 28 days", "day 31 does not exist"],
            id="impossible-day-first",
        ),
        pytest.param("31/02/2026", MDY, ["no month 31"], id="impossible-month-first"),
        pytest.param("29/02/2027", DMY, ["February 2027 has 28 days"], id="no-leap-day-2027"),
        pytest.param("31 Apr 2026", None, ["April 2026 has 30 days"], id="impossible-month-name"),
        pytest.param("03/04/2026", None, ["3 Apr 2026", "4 Mar 2026"], id="ambiguous-names-both-readings"),
        pytest.param("10/11/26", None, ["10 Nov 2026", "11 Oct 2026"], id="ambiguous-2-digit-year"),
        pytest.param("2026-13-01", None, ["no month 13"], id="iso-month-13"),
        pytest.param("2026-02-30", None, ["February 2026 has 28 days"], id="iso-impossible-day"),
        pytest.param("2026-13", None, ["no month 13"], id="iso-month-only-13"),
        pytest.param("13/2026", None, ["no month 13"], id="numeric-month-only-13"),
        pytest.param("13/13/2026", None, ["not a real date"], id="13-13-no-order"),
        pytest.param("13/13/2026", DMY, ["no month 13"], id="13-13-day-first"),
        pytest.param("10 Nov", None, ["has no year", "10 Nov 2026"], id="month-name-no-year"),
        pytest.param("Nov 10", None, ["has no year"], id="month-name-first-no-year"),
        pytest.param("10 de noviembre", None, ["has no year"], id="spanish-no-year"),
        pytest.param("Monday 10 November 2026", None, ["is a Tuesday", "not a Monday"], id="wrong-weekday"),
        pytest.param("lunes 10 de noviembre de 2026", None, ["is a Tuesday"], id="wrong-weekday-spanish"),
        pytest.param("", None, ["Type a date", "10 Nov 2026"], id="empty"),
        pytest.param("   ", None, ["Type a date"], id="blank"),
        pytest.param("banana", None, ["Cannot read 'banana'", "2026-11-10"], id="garbage"),
        pytest.param("next tuesday-ish", None, ["Cannot read"], id="garbage-words"),
        pytest.param("3 fortnights ago", None, ["unknown unit 'fortnights'", "weeks"], id="unknown-unit"),
        pytest.param("hace 3 quincenas", None, ["unknown unit 'quincenas'"], id="unknown-unit-spanish"),
        pytest.param("500 days ago", None, ["too far away"], id="too-far"),
    ],
)
def test_rejected(text: str, order: DateOrder | None, fragments: list[str]) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text, TODAY, order)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message


def test_ambiguous_message_offers_unambiguous_ways_to_type_it() -> None:
    with pytest.raises(DateParseError, match=r"could be 3 Apr 2026 or 4 Mar 2026") as info:
        parse_date("03/04/2026", TODAY)
    assert "2026-04-03" in str(info.value)


def test_parse_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Cannot read"):
        parse_date("banana", TODAY)


# --- Canonical text ---------------------------------------------------------------------------------

ACCEPTED_TEXTS = [
    ("2026-11-10", None),
    ("10/11/2026", DMY),
    ("11/10/2026", MDY),
    ("10/11/26", DMY),
    ("10 Nov 2026", None),
    ("Nov 10, 2026", None),
    ("10-Nov-2026", None),
    ("10 de noviembre de 2026", None),
    ("Tuesday 10 November 2026", None),
    ("3 days ago", None),
    ("hace 3 días", None),
    ("in 2 weeks", None),
    ("today", None),
    ("2026-11", None),
    ("11/2026", None),
    ("noviembre de 2026", None),
]


@pytest.mark.parametrize(("text", "order"), ACCEPTED_TEXTS, ids=[t for t, _ in ACCEPTED_TEXTS])
def test_canonical_text_uses_month_names_never_numeric(text: str, order: DateOrder | None) -> None:
    parsed = parse_date(text, TODAY, order)
    assert NUMERIC_DATE.search(parsed.text) is None
    if parsed.precision is Precision.MONTH:
        assert parsed.text == format_month(parsed.first.year, parsed.first.month)
    else:
        assert parsed.text == format_medium(parsed.first)


@pytest.mark.parametrize(("text", "order"), ACCEPTED_TEXTS, ids=[t for t, _ in ACCEPTED_TEXTS])
def test_canonical_text_reads_back_to_the_same_date(text: str, order: DateOrder | None) -> None:
    parsed = parse_date(text, TODAY, order)
    assert parse_date(parsed.text, TODAY) == parsed


# --- Formatting -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        pytest.param(date(2026, 11, 24), "en", "Tuesday 24 November 2026", id="en"),
        pytest.param(date(2026, 11, 24), "es", "martes, 24 de noviembre de 2026", id="es"),
        pytest.param(date(2028, 2, 29), "en", "Tuesday 29 February 2028", id="en-leap"),
        pytest.param(date(2026, 11, 11), "es", "miércoles, 11 de noviembre de 2026", id="es-accent"),
    ],
)
def test_format_long(day: date, lang: str, expected: str) -> None:
    assert format_long(day, lang) == expected


def test_format_long_defaults_to_english() -> None:
    assert format_long(date(2026, 11, 24)) == "Tuesday 24 November 2026"


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        pytest.param(date(2026, 11, 24), "en", "today", id="today"),
        pytest.param(date(2026, 11, 25), "en", "tomorrow", id="tomorrow"),
        pytest.param(date(2026, 11, 23), "en", "yesterday", id="yesterday"),
        pytest.param(date(2026, 11, 29), "en", "in 5 days", id="in-5-days"),
        pytest.param(date(2026, 12, 7), "en", "in 13 days", id="in-13-days"),
        pytest.param(date(2026, 12, 8), "en", "in 2 weeks", id="in-14-days-is-2-weeks"),
        pytest.param(date(2026, 11, 10), "en", "2 weeks ago", id="2-weeks-ago"),
        pytest.param(date(2026, 11, 4), "en", "2 weeks ago", id="20-days-rounds-down"),
        pytest.param(date(2027, 3, 4), "en", "in 3 months", id="in-100-days"),
        pytest.param(date(2026, 11, 24), "es", "hoy", id="es-hoy"),
        pytest.param(date(2026, 11, 25), "es", "mañana", id="es-manana"),
        pytest.param(date(2026, 11, 23), "es", "ayer", id="es-ayer"),
        pytest.param(date(2026, 11, 10), "es", "hace 2 semanas", id="es-hace-2-semanas"),
        pytest.param(date(2026, 11, 29), "es", "dentro de 5 días", id="es-dentro-de-5-dias"),
        pytest.param(date(2027, 3, 4), "es", "dentro de 3 meses", id="es-meses"),
    ],
)
def test_format_relative(day: date, lang: str, expected: str) -> None:
    assert format_relative(day, TODAY, lang) == expected


@pytest.mark.parametrize(
    ("function", "expected"),
    [
        pytest.param(lambda: format_medium(date(2026, 11, 10)), "Tue 10 Nov 2026", id="medium"),
        pytest.param(lambda: format_day_month(date(2026, 11, 10)), "10 Nov 2026", id="day-month"),
        pytest.param(lambda: format_month(2026, 11), "November 2026", id="month"),
        pytest.param(lambda: format_month(2026, 11, "es"), "noviembre de 2026", id="month-es"),
        pytest.param(
            lambda: format_span(date(2026, 11, 10), date(2026, 11, 10), Precision.EXACT),
            "10 Nov 2026",
            id="span-exact",
        ),
        pytest.param(
            lambda: format_span(date(2026, 11, 1), date(2026, 11, 30), Precision.MONTH),
            "November 2026",
            id="span-month",
        ),
    ],
)
def test_other_formats(function: Callable[[], str], expected: str) -> None:
    assert function() == expected


def test_format_span_around_names_the_middle_day_and_the_margin() -> None:
    text = format_span(date(2026, 11, 7), date(2026, 11, 13), Precision.AROUND)
    assert text.startswith("around 10 Nov 2026")
    assert "3 days" in text


# --- Checks used by the date entries ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("today", id="today"),
        pytest.param("2026-11-23", id="yesterday"),
        pytest.param("November 2026", id="this-month"),
        pytest.param("October 2026", id="last-month"),
    ],
)
def test_check_not_future_accepts_past_and_this_month(text: str) -> None:
    check_not_future(parse_date(text, TODAY), TODAY)


@pytest.mark.parametrize(
    ("text", "shown_as"),
    [
        pytest.param("2026-11-25", "Wed 25 Nov 2026", id="tomorrow"),
        pytest.param("December 2026", "December 2026", id="next-month"),
        pytest.param("in 2 weeks", "Tue 8 Dec 2026", id="relative-future"),
    ],
)
def test_check_not_future_refuses_future_dates_in_words(text: str, shown_as: str) -> None:
    with pytest.raises(DateParseError, match="is after today") as info:
        check_not_future(parse_date(text, TODAY), TODAY)
    assert shown_as in str(info.value)
    assert "24 Nov 2026" in str(info.value)


@pytest.mark.parametrize("text", ["today", "2026-11-25", "in 2 weeks"])
def test_check_not_past_accepts_today_and_later(text: str) -> None:
    check_not_past(parse_date(text, TODAY), TODAY)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("yesterday", "is before today", id="yesterday"),
        pytest.param("December 2026", "whole month", id="month-only"),
    ],
)
def test_check_not_past_refuses(text: str, fragment: str) -> None:
    with pytest.raises(DateParseError, match=fragment):
        check_not_past(parse_date(text, TODAY), TODAY)


@pytest.mark.parametrize(
    ("pattern", "order"),
    [
        pytest.param("M/d/yy", MDY, id="us"),
        pytest.param("MM/dd/yyyy", MDY, id="us-long"),
        pytest.param("dd/MM/yyyy", DMY, id="uk"),
        pytest.param("dd.MM.yyyy", DMY, id="de"),
        pytest.param("d/M/yy", DMY, id="es"),
        pytest.param("yyyy-MM-dd", None, id="iso-year-first"),
        pytest.param("yy/M/d", None, id="year-first-short"),
    ],
)
def test_order_from_pattern(pattern: str, order: DateOrder | None) -> None:
    assert order_from_pattern(pattern) is order


# The app's own renderings, every weekday (9..15 Nov 2026 is Monday..Sunday), must read back.
WEEK = [date(2026, 11, day) for day in range(9, 16)]
RENDERINGS = [
    pytest.param(render, day, id=f"{name}-{format_medium(day)[:3]}")
    for name, render in [
        ("medium-en", lambda d: format_medium(d, "en")),
        ("medium-es", lambda d: format_medium(d, "es")),
        ("long-en", lambda d: format_long(d, "en")),
        ("long-es", lambda d: format_long(d, "es")),
        ("day-month-es", lambda d: format_day_month(d, "es")),
    ]
    for day in WEEK
]


@pytest.mark.parametrize(("render", "day"), RENDERINGS)
def test_the_apps_own_renderings_read_back(render: Callable[[date], str], day: date) -> None:
    assert parse_date(render(day), TODAY).first == day


@pytest.mark.parametrize(
    ("function", "expected"),
    [
        pytest.param(lambda: format_medium(date(2026, 11, 10), "es"), "mar 10 nov 2026", id="medium-es"),
        pytest.param(lambda: format_day_month(date(2026, 9, 1), "es"), "1 sep 2026", id="day-month-es"),
        pytest.param(
            lambda: format_span(date(2026, 11, 7), date(2026, 11, 13), Precision.AROUND, "es"),
            "alrededor del 10 nov 2026 ± 3 días",
            id="span-around-es",
        ),
        pytest.param(
            lambda: format_span(date(2026, 11, 9), date(2026, 11, 11), Precision.AROUND, "es"),
            "alrededor del 10 nov 2026 ± 1 día",
            id="span-around-one-day-es",
        ),
        pytest.param(
            lambda: format_span(date(2026, 11, 9), date(2026, 11, 11), Precision.AROUND),
            "around 10 Nov 2026 ± 1 day",
            id="span-around-one-day-en",
        ),
        pytest.param(
            lambda: format_span(date(2026, 11, 1), date(2026, 11, 30), Precision.MONTH, "es"),
            "noviembre de 2026",
            id="span-month-es",
        ),
        pytest.param(lambda: format_relative(date(2026, 11, 4), TODAY, "es"), "hace 2 semanas", id="rel-es"),
        pytest.param(
            lambda: format_relative(date(2026, 12, 7), TODAY, "es"), "dentro de 13 días", id="13-es"
        ),
        pytest.param(lambda: format_relative(date(2026, 9, 24), TODAY, "es"), "hace 2 meses", id="meses-es"),
    ],
)
def test_spanish_formats_and_plurals(function: Callable[[], str], expected: str) -> None:
    assert function() == expected


@pytest.mark.parametrize(
    ("day", "english", "spanish"),
    [
        (date(2026, 9, 6), "3 months ago", "hace 3 meses"),  # exactly three calendar months
        (date(2026, 9, 7), "2 months ago", "hace 2 meses"),  # one day short of three: rounded down
        (date(2025, 12, 6), "12 months ago", "hace 12 meses"),
        (date(2024, 12, 7), "23 months ago", "hace 23 meses"),
        (date(2024, 12, 6), "2 years ago", "hace 2 años"),
        (date(1990, 1, 1), "36 years ago", "hace 36 años"),
        (date(2027, 3, 6), "in 3 months", "dentro de 3 meses"),
        (date(2026, 11, 6), "4 weeks ago", "hace 4 semanas"),
    ],
)
def test_relative_months_are_calendar_months(day: date, english: str, spanish: str) -> None:
    assert format_relative(day, date(2026, 12, 6)) == english
    assert format_relative(day, date(2026, 12, 6), "es") == spanish


@pytest.mark.parametrize("text", ["asdf", "", "x" * 80])
def test_an_appointment_field_suggests_appointment_dates(text: str) -> None:
    """'2 weeks ago' or a month would be refused there: the hint offers what the field takes."""
    with pytest.raises(DateParseError) as info:
        parse_date(text, TODAY, tense=Tense.FUTURE)
    assert "in 2 weeks" in str(info.value) and "ago" not in str(info.value)
    with pytest.raises(DateParseError) as info:
        parse_date(text, TODAY, tense=Tense.PAST)
    assert "2 weeks ago" in str(info.value)
