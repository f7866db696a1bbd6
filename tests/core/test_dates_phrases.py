"""Everyday phrases ('2 weeks ago', 'last Friday', 'early October', '11 Dec') read with the precision they
really have, pointed the way the tense says; and the ones the parser still refuses, in both languages."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest

from gui.core import (
    DateParseError,
    ParsedDate,
    Precision,
    Tense,
    check_not_future,
    check_not_past,
    format_span,
    parse_date,
    reading_text,
)

SAT = date(2026, 12, 5)  # a Saturday
NEW_YEAR = date(2027, 1, 2)  # just over a year boundary
FRI = date(2026, 12, 11)  # a Friday
MARCH_END = date(2026, 3, 31)
PAST, FUTURE = Tense.PAST, Tense.FUTURE

Span = tuple[date, date, Precision]


def exact(year: int, month: int, day: int) -> Span:
    return date(year, month, day), date(year, month, day), Precision.EXACT


def around(year: int, month: int, day: int, plus_minus: int) -> Span:
    middle, margin = date(year, month, day), timedelta(days=plus_minus)
    return middle - margin, middle + margin, Precision.AROUND


def days(year: int, month: int, first: int, last: int) -> Span:
    """An AROUND span given by its ends (they must be symmetric about a middle day)."""
    return date(year, month, first), date(year, month, last), Precision.AROUND


def whole(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), Precision.MONTH


def case(text: str, tense: Tense | None, expected: Span, today: date = SAT) -> object:
    way = tense.value if tense else "none"
    return pytest.param(text, tense, expected, today, id=f"{text}-{way}-{today.isoformat()}")


ACCEPTED = [
    # Weeks, months and years ago: around that day (± 3, ± 15, ± 30); days ago stay exact.
    case("2 weeks ago", None, around(2026, 11, 21, 3)),
    case("2 wks ago", None, around(2026, 11, 21, 3)),
    case("2 wk ago", PAST, around(2026, 11, 21, 3)),
    case("2w ago", None, around(2026, 11, 21, 3)),
    case("a week ago", None, around(2026, 11, 28, 3)),
    case("hace 2 semanas", None, around(2026, 11, 21, 3)),
    case("hace 2 sem", PAST, around(2026, 11, 21, 3)),
    case("Hace  una  semana", None, around(2026, 11, 28, 3)),
    case("3 months ago", None, around(2026, 9, 5, 15)),
    case("2 mos ago", None, around(2026, 10, 5, 15)),
    case("hace 3 meses", PAST, around(2026, 9, 5, 15)),
    case("1 month ago", None, around(2026, 2, 28, 15), MARCH_END),  # the month end clamps
    case("1 year ago", None, around(2025, 12, 5, 30)),
    case("2 yrs ago", None, around(2024, 12, 5, 30)),
    case("hace un año", None, around(2025, 12, 5, 30)),
    case("10 days ago", None, exact(2026, 11, 25)),
    case("hace 10 días", PAST, exact(2026, 11, 25)),
    # "About": at least ± 3 days, whatever the unit.
    case("about 7 weeks ago", None, around(2026, 10, 17, 3)),
    case("around 10 days ago", None, around(2026, 11, 25, 3)),
    case("approx. 2 months ago", None, around(2026, 10, 5, 15)),
    case("approximately a year ago", PAST, around(2025, 12, 5, 30)),
    case("roughly 3 weeks ago", None, around(2026, 11, 14, 3)),
    case("~2 weeks ago", None, around(2026, 11, 21, 3)),
    case("~ 10 days ago", None, around(2026, 11, 25, 3)),
    case("hace unas 7 semanas", None, around(2026, 10, 17, 3)),
    case("hace unos 10 días", None, around(2026, 11, 25, 3)),
    case("hace aproximadamente 2 semanas", None, around(2026, 11, 21, 3)),
    case("hace como 3 semanas", PAST, around(2026, 11, 14, 3)),
    case("aproximadamente hace 2 semanas", None, around(2026, 11, 21, 3)),
    # Appointments in so many days or weeks stay one day.
    case("in 2 weeks", FUTURE, exact(2026, 12, 19)),
    case("en 2 semanas", FUTURE, exact(2026, 12, 19)),
    case("dentro de 2 semanas", None, exact(2026, 12, 19)),
    case("in 3 wks", FUTURE, exact(2026, 12, 26)),
    # Words for days.
    case("anteayer", None, exact(2026, 12, 3)),
    case("day before yesterday", PAST, exact(2026, 12, 3)),
    case("ayer", PAST, exact(2026, 12, 4)),
    case("hoy", FUTURE, exact(2026, 12, 5)),
    case("mañana", FUTURE, exact(2026, 12, 6)),
    # Last month, this month: past treatments only.
    case("last month", PAST, whole(2026, 11)),
    case("el mes pasado", PAST, whole(2026, 11)),
    case("this month", PAST, whole(2026, 12)),
    case("este mes", PAST, whole(2026, 12)),
    case("last month", PAST, whole(2026, 12), NEW_YEAR),
    case("last month", PAST, whole(2026, 2), MARCH_END),
    # Last week: any day of the calendar week before this one (Monday to Sunday).
    case("last week", PAST, days(2026, 11, 23, 29)),
    case("la semana pasada", PAST, days(2026, 11, 23, 29)),
    case("the week before last", PAST, days(2026, 11, 16, 22)),
    case("last week", PAST, days(2026, 12, 21, 27), NEW_YEAR),
    # "Last October", "octubre pasado": the most recent one before the current month.
    case("last October", PAST, whole(2026, 10)),
    case("octubre pasado", PAST, whole(2026, 10)),
    case("el pasado octubre", PAST, whole(2026, 10)),
    case("en octubre pasado", PAST, whole(2026, 10)),
    case("last December", PAST, whole(2025, 12)),  # this December has only begun
    case("diciembre pasado", PAST, whole(2025, 12)),
    case("last December", PAST, whole(2026, 12), NEW_YEAR),
    # A bare month: the most recent that has begun (PAST), the next that has not ended (FUTURE).
    case("December", PAST, whole(2026, 12)),
    case("October", PAST, whole(2026, 10)),
    case("January", PAST, whole(2026, 1)),
    case("octubre", PAST, whole(2026, 10)),
    case("Oct", PAST, whole(2026, 10)),
    case("oct.", PAST, whole(2026, 10)),
    case("mar", PAST, whole(2026, 3)),  # March (marzo), not martes
    case("en abril", PAST, whole(2026, 4)),
    case("October", FUTURE, whole(2027, 10)),
    case("December", FUTURE, whole(2026, 12)),
    case("enero", FUTURE, whole(2027, 1)),
    case("Feb", FUTURE, whole(2027, 2)),
    case("December", PAST, whole(2026, 12), NEW_YEAR),
    case("January", PAST, whole(2027, 1), NEW_YEAR),
    # Early (1–10), mid (11–20), late (21–end): the smallest symmetric span that covers it.
    case("early October", PAST, days(2026, 10, 1, 11)),
    case("early October 2026", None, days(2026, 10, 1, 11)),
    case("early Oct, 2026", FUTURE, days(2026, 10, 1, 11)),
    case("mid-October 2026", None, days(2026, 10, 10, 20)),
    case("mid October", PAST, days(2026, 10, 10, 20)),
    case("in mid-October", PAST, days(2026, 10, 10, 20)),
    case("late October", PAST, days(2026, 10, 21, 31)),
    case("end of October", PAST, days(2026, 10, 21, 31)),
    case("at the end of October", PAST, days(2026, 10, 21, 31)),
    case("beginning of October", PAST, days(2026, 10, 1, 11)),
    case("principios de octubre de 2026", None, days(2026, 10, 1, 11)),
    case("a principios de octubre", PAST, days(2026, 10, 1, 11)),
    case("mediados de octubre", PAST, days(2026, 10, 10, 20)),
    case("a mediados de octubre", PAST, days(2026, 10, 10, 20)),
    case("finales de octubre", PAST, days(2026, 10, 21, 31)),
    case("a finales de octubre", PAST, days(2026, 10, 21, 31)),
    case("fin de octubre", PAST, days(2026, 10, 21, 31)),
    case("late February 2027", None, days(2027, 2, 20, 28)),
    case("late February 2028", None, days(2028, 2, 21, 29)),  # a leap year
    case("late November", PAST, days(2026, 11, 20, 30)),
    case("late December", PAST, days(2025, 12, 21, 31)),  # this year's has not begun
    case("early December", PAST, days(2026, 12, 1, 11)),  # begun on the 1st
    case("late December", FUTURE, days(2026, 12, 21, 31)),
    case("early December", FUTURE, days(2026, 12, 1, 11)),  # not over yet
    case("early January", PAST, days(2027, 1, 1, 11), NEW_YEAR),
    case("early January", FUTURE, days(2027, 1, 1, 11)),
    case("late January", PAST, days(2026, 1, 21, 31), NEW_YEAR),
    # A day and month without a year.
    case("11 Jan", PAST, exact(2026, 1, 11)),  # 11 months back, and next January is 5 weeks away
    case("11 Dec", FUTURE, exact(2026, 12, 11)),
    case("Dec 11", FUTURE, exact(2026, 12, 11)),
    case("11 de noviembre", PAST, exact(2026, 11, 11)),
    case("3 Nov", FUTURE, exact(2027, 11, 3)),  # over a month back: next year's, as any far day
    case("11 dic", FUTURE, exact(2026, 12, 11)),
    case("5 Dec", PAST, exact(2026, 12, 5)),  # today itself, both ways
    case("5 Dec", FUTURE, exact(2026, 12, 5)),
    case("29 Feb", PAST, exact(2028, 2, 29), date(2028, 3, 10)),  # this year's, in a leap year
    case("29 Feb", FUTURE, exact(2028, 2, 29), date(2027, 12, 1)),
    case("31 Dec", PAST, exact(2026, 12, 31), NEW_YEAR),
    case("1 Feb", FUTURE, exact(2027, 2, 1), NEW_YEAR),
    case("Friday 11 Dec", FUTURE, exact(2026, 12, 11)),
    # Weekdays: strictly after today (FUTURE), strictly before (PAST).
    case("Friday", FUTURE, exact(2026, 12, 11)),
    case("fri", FUTURE, exact(2026, 12, 11)),
    case("this Friday", FUTURE, exact(2026, 12, 11)),
    case("next Friday", FUTURE, exact(2026, 12, 11)),
    case("viernes", FUTURE, exact(2026, 12, 11)),
    case("el viernes", FUTURE, exact(2026, 12, 11)),
    case("este viernes", FUTURE, exact(2026, 12, 11)),
    case("el próximo viernes", FUTURE, exact(2026, 12, 11)),
    case("el viernes que viene", FUTURE, exact(2026, 12, 11)),
    case("Saturday", FUTURE, exact(2026, 12, 12)),  # today is a Saturday: the one a week on
    case("martes", FUTURE, exact(2026, 12, 8)),
    case("Friday", FUTURE, exact(2026, 12, 18), FRI),
    case("last Friday", PAST, exact(2026, 12, 4)),
    case("el viernes pasado", PAST, exact(2026, 12, 4)),
    case("Friday", PAST, exact(2026, 12, 4)),
    case("sábado", PAST, exact(2026, 11, 28)),
    case("last Friday", PAST, exact(2026, 12, 4), FRI),
]


@pytest.mark.parametrize(("text", "tense", "expected", "today"), ACCEPTED)
def test_accepted_phrase(text: str, tense: Tense | None, expected: Span, today: date) -> None:
    parsed = parse_date(text, today, tense=tense)
    assert (parsed.first, parsed.last, parsed.precision) == expected
    assert parsed.text == reading_text(parsed, "en")


@pytest.mark.parametrize(("text", "tense", "expected", "today"), ACCEPTED)
def test_the_language_of_messages_does_not_change_the_reading(
    text: str, tense: Tense | None, expected: Span, today: date
) -> None:
    assert parse_date(text, today, None, "es", tense) == parse_date(text, today, None, "en", tense)


def test_the_table_is_big_enough() -> None:
    assert len(ACCEPTED) >= 60


# --- What an AROUND reading says -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "middle", "plus_minus", "en", "es"),
    [
        pytest.param(
            "2 weeks ago",
            date(2026, 11, 21),
            3,
            "around 21 Nov 2026 ± 3 days",
            "alrededor del 21 nov 2026 ± 3 días",
            id="weeks",
        ),
        pytest.param(
            "hace 3 meses",
            date(2026, 9, 5),
            15,
            "around 5 Sep 2026 ± 15 days",
            "alrededor del 5 sep 2026 ± 15 días",
            id="months",
        ),
        pytest.param(
            "mid-October 2026",
            date(2026, 10, 15),
            5,
            "around 15 Oct 2026 ± 5 days",
            "alrededor del 15 oct 2026 ± 5 días",
            id="mid-month",
        ),
    ],
)
def test_around_reading_names_its_middle_and_margin(
    text: str, middle: date, plus_minus: int, en: str, es: str
) -> None:
    parsed = parse_date(text, SAT)
    assert (parsed.middle, parsed.plus_minus_days) == (middle, plus_minus)
    assert (parsed.text, reading_text(parsed, "en"), reading_text(parsed, "es")) == (en, en, es)
    for lang in ("en", "es"):
        assert reading_text(parsed, lang) == format_span(parsed.first, parsed.last, Precision.AROUND, lang)


@pytest.mark.parametrize(
    ("text", "middle"),
    [
        pytest.param("2026-11-10", date(2026, 11, 10), id="exact"),
        pytest.param("November 2026", date(2026, 11, 15), id="month"),
    ],
)
def test_exact_and_month_have_no_margin(text: str, middle: date) -> None:
    parsed = parse_date(text, SAT)
    assert (parsed.middle, parsed.plus_minus_days, parsed.day) == (middle, 0, parsed.first)


# --- The canonical text of a day or a month reads back ---------------------------------------------

READ_BACK = [
    ("11 Dec", FUTURE),
    ("29 Feb 2024", PAST),
    ("next Friday", FUTURE),
    ("el viernes pasado", PAST),
    ("anteayer", None),
    ("October", PAST),
    ("last month", PAST),
    ("este mes", PAST),
    ("10 days ago", None),
]


@pytest.mark.parametrize(("text", "tense"), READ_BACK, ids=[t for t, _ in READ_BACK])
def test_canonical_text_reads_back(text: str, tense: Tense | None) -> None:
    parsed = parse_date(text, SAT, tense=tense)
    assert parsed.precision is not Precision.AROUND
    for lang in ("en", "es"):
        assert parse_date(reading_text(parsed, lang), SAT) == parsed


# --- Refused -----------------------------------------------------------------------------------------


def refusal(text: str, tense: Tense | None, *fragments: str) -> object:
    way = tense.value if tense else "none"
    return pytest.param(text, tense, list(fragments), id=f"{text}-{way}")


REFUSED = [
    # A phrase that needs a direction, without one.
    refusal("Friday", None, "'Friday' cannot be used here", "with its year", "5 Dec 2026"),
    refusal("next Friday", None, "cannot be used here"),
    refusal("el viernes pasado", None, "cannot be used here"),
    refusal("last month", None, "cannot be used here"),
    refusal("October", None, "'October' has no year", "October 2026"),
    refusal("early October", None, "has no year", "early October 2026"),
    refusal("11 Dec", None, "has no year", "11 Dec 2026"),
    refusal("en abril", None, "has no year"),
    # A phrase whose own direction is not the one asked for.
    refusal("last month", FUTURE, "only fits a past treatment", "for an appointment"),
    refusal("este mes", FUTURE, "only fits a past treatment"),
    refusal("last Friday", FUTURE, "only fits a past treatment"),
    refusal("last week", FUTURE, "only fits a past treatment"),
    refusal("octubre pasado", FUTURE, "only fits a past treatment"),
    refusal("last week", None, "cannot be used here"),
    refusal("el viernes pasado", FUTURE, "only fits a past treatment"),
    refusal("next Friday", PAST, "only fits an appointment", "for a past treatment"),
    refusal("el próximo viernes", PAST, "only fits an appointment"),
    refusal("el viernes que viene", PAST, "only fits an appointment"),
    # Days that do not exist, weekdays that do not match.
    refusal("31 Apr", PAST, "April 2026 has 30 days", "day 31 does not exist"),
    refusal("30 Feb", FUTURE, "day 30 does not exist"),
    # No leap to a far year unsaid: the year the day would be in has no 29 Feb.
    refusal("29 Feb", PAST, "February 2026 has 28 days", "day 29 does not exist"),
    refusal("29 Feb", FUTURE, "February 2027 has 28 days"),
    refusal("31 Feb", FUTURE, "February 2027 has 28 days"),
    refusal("Friday 11 Dec 2025", PAST, "11 Dec 2025 is a Thursday", "not a Friday"),
    # A day without a year whose nearest the other way is days off: a slip, so the year is asked for.
    refusal("11 Dec", PAST, "'11 Dec' is 6 days from now", "Type the year, for example 11 Dec 2025"),
    refusal("11 de diciembre", PAST, "is 6 days from now", "11 Dec 2025"),
    refusal("Friday 11 Dec", PAST, "'Friday 11 Dec' is 6 days from now"),
    refusal("1 Dec", FUTURE, "'1 Dec' was 4 days ago", "an appointment is from today on", "1 Dec 2027"),
    refusal("Monday 10 Nov 2026", PAST, "is a Tuesday"),
    refusal("Jan 0000", PAST, "there is no year 0"),
    refusal("0000-01-01", None, "there is no year 0"),
    refusal("early October 0000", None, "there is no year 0"),
    # What was refused before still is, whatever the tense.
    refusal("03/04/2026", PAST, "could be 3 Apr 2026 or 4 Mar 2026"),
    refusal("31/02/2026", FUTURE, "not a real date"),
    refusal("3 fortnights ago", PAST, "unknown unit 'fortnights'"),
    refusal("hace 3 quincenas", None, "unknown unit 'quincenas'"),
    refusal("2 mins ago", None, "unknown unit 'mins'"),
    refusal("500 days ago", None, "too far away"),
    refusal("about 500 weeks ago", None, "too far away"),
    refusal("hace unas 200 semanas", None, "too far away"),
    refusal("about in 2 weeks", FUTURE, "Cannot read"),
    refusal("hace unas semanas", PAST, "Cannot read"),
    refusal("next Friday pasado", FUTURE, "Cannot read"),
    refusal("early Octember", PAST, "Cannot read"),
    refusal("next mar", FUTURE, "Cannot read"),  # 'mar' alone is March
    refusal("banana", PAST, "Cannot read 'banana'"),
    refusal("", FUTURE, "Type a date"),
]


@pytest.mark.parametrize(("text", "tense", "fragments"), REFUSED)
def test_refused(text: str, tense: Tense | None, fragments: list[str]) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text, SAT, tense=tense)
    for fragment in fragments:
        assert fragment in str(info.value)


# English words that would betray a message that was not translated.
ENGLISH = ("Type", "Cannot", "cannot", "there is", "has no", "only fits", "appointment", "treatment ")


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        pytest.param(
            "viernes",
            None,
            "«viernes» no se puede usar aquí; escriba la fecha con el año, por ejemplo 5 dic 2026.",
            id="needs-date",
        ),
        pytest.param(
            "el mes pasado",
            FUTURE,
            "«el mes pasado» solo vale para un tratamiento pasado; para una cita, escriba un día a partir "
            "de hoy, por ejemplo 5 dic 2026.",
            id="past-only",
        ),
        pytest.param(
            "el próximo viernes",
            PAST,
            "«el próximo viernes» solo vale para una cita; para un tratamiento pasado, escriba el día en "
            "que se hizo, por ejemplo 5 dic 2026.",
            id="future-only",
        ),
        pytest.param(
            "octubre", None, "«octubre» no tiene año. Añádalo, por ejemplo: octubre 2026.", id="no-year"
        ),
        pytest.param("0000-01-01", PAST, "«0000-01-01»: no existe el año 0.", id="bad-year"),
    ],
)
def test_new_refusals_in_spanish(text: str, tense: Tense | None, expected: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text, SAT, None, "es", tense)
    assert str(info.value) == expected
    assert not [word for word in ENGLISH if word in expected]


# --- The entries' checks with the new readings --------------------------------------------------------


def test_an_around_reading_is_not_an_appointment() -> None:
    parsed = parse_date("mid December", SAT, tense=FUTURE)
    with pytest.raises(DateParseError) as info:
        check_not_past(parsed, SAT)
    assert (
        str(info.value) == "around 15 Dec 2026 ± 5 days is not one day; choose one day for the appointment."
    )
    with pytest.raises(DateParseError) as info:
        check_not_past(parsed, SAT, "es")
    assert (
        str(info.value)
        == "alrededor del 15 dic 2026 ± 5 días no es un día concreto; elija un día para la cita."
    )


def test_a_whole_month_is_still_refused_for_an_appointment() -> None:
    with pytest.raises(DateParseError, match="is a whole month"):
        check_not_past(parse_date("January", SAT, tense=FUTURE), SAT)


@pytest.mark.parametrize(
    "text", ["early December", "this month", "about 2 days ago", "2 weeks ago", "Friday", "5 Dec"]
)
def test_past_readings_pass_the_not_future_check(text: str) -> None:
    check_not_future(parse_date(text, SAT, tense=PAST), SAT)


def test_parsed_date_keeps_its_fields() -> None:
    parsed = parse_date("2 weeks ago", SAT)
    assert parsed == ParsedDate(
        date(2026, 11, 18), date(2026, 11, 24), Precision.AROUND, "around 21 Nov 2026 ± 3 days"
    )


# A phrase that cannot be read but names one month ("sometime in October") is answered with that
# month as it can be typed: a month counts every day of it, so the suggestion never narrows what was
# said. Only for a past treatment (an appointment is one day) and only when one month is named.
@pytest.mark.parametrize(
    ("typed", "lang", "today", "suggested", "month"),
    [
        ("sometime in October", "en", SAT, "Oct 2026", (2026, 10)),
        ("sometime in October 2025", "en", SAT, "Oct 2025", (2025, 10)),
        ("Some time in December, I think", "en", SAT, "Dec 2026", (2026, 12)),
        ("sometime in December", "en", date(2026, 11, 30), "Dec 2025", (2025, 12)),  # not yet this year's
        ("a finales de octubre más o menos", "es", SAT, "oct 2026", (2026, 10)),
        ("en marzo creo", "es", NEW_YEAR, "mar 2026", (2026, 3)),
    ],
)
def test_a_named_month_is_offered_as_a_month(
    typed: str, lang: str, today: date, suggested: str, month: tuple[int, int]
) -> None:
    with pytest.raises(DateParseError) as refused:
        parse_date(typed, today, lang=lang, tense=PAST)
    message = str(refused.value)
    assert suggested in message, message
    reading = parse_date(suggested, today, lang=lang, tense=PAST)
    year, number = month
    last = calendar.monthrange(year, number)[1]
    assert (reading.first, reading.last, reading.precision) == (
        date(year, number, 1),
        date(year, number, last),
        Precision.MONTH,
    )


@pytest.mark.parametrize(
    ("typed", "tense"),
    [
        ("sometime in October", FUTURE),  # an appointment is one day: no month to offer
        ("between September and October", PAST),  # two months: which one is not ours to say
        ("a long time ago", PAST),  # no month at all
    ],
)
def test_no_month_is_offered_where_it_would_guess(typed: str, tense: Tense) -> None:
    with pytest.raises(DateParseError) as refused:
        parse_date(typed, SAT, tense=tense)
    assert " type " not in str(refused.value) and "Try " in str(refused.value)


def test_a_month_is_offered_in_english_for_a_language_the_app_does_not_speak() -> None:
    with pytest.raises(DateParseError, match="For any day in October 2026, type Oct 2026;"):
        parse_date("sometime in October", SAT, lang="fr", tense=PAST)
