"""Properties of parse_date for any 'today' from 1900 to 2100 (hypothesis): every reading is a well-formed
span that covers what the phrase could mean, points the way the tense says, and anything else is a
DateParseError, never another exception."""

from __future__ import annotations

import calendar
import re
from datetime import date

from hypothesis import given, settings, strategies as st

from gui.core import DateParseError, ParsedDate, Precision, Tense, format_span, parse_date, reading_text
from gui.core.date_phrases import NEAR_DAYS

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, database=None)

todays = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
tenses = st.sampled_from([None, Tense.PAST, Tense.FUTURE])
langs = st.sampled_from(["en", "es"])

MONTH_WORDS = [
    "January",
    "Feb",
    "mar",
    "abril",
    "May",
    "jun.",
    "julio",
    "Aug",
    "sept",
    "octubre",
    "Nov",
    "dic",
]
MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
# A part of a month as typed, and the days it names (None: to the month's end).
PARTS = {
    "early {m}": (1, 10),
    "beginning of {m}": (1, 10),
    "a principios de {m}": (1, 10),
    "mid-{m}": (11, 20),
    "mid {m}": (11, 20),
    "mediados de {m}": (11, 20),
    "late {m}": (21, None),
    "end of {m}": (21, None),
    "finales de {m}": (21, None),
    "fin de {m}": (21, None),
}
WEEKDAY_WORDS = {
    "Monday": 0, "tue": 1, "miércoles": 2, "thursday": 3, "viernes": 4, "sat": 5, "domingo": 6,
}  # fmt: skip
AGO_FORMS = ["{n} {u} ago", "hace {n} {u}", "about {n} {u} ago", "hace unos {n} {u}", "~{n}{u} ago"]
UNITS = ["days", "weeks", "wks", "w", "months", "mos", "years", "yrs", "semanas", "meses", "años", "días"]
VOCABULARY = [
    *MONTH_WORDS, *WEEKDAY_WORDS, *UNITS, "ago", "hace", "in", "en", "dentro de", "de", "del", "of", "the",
    "last", "next", "this", "el", "este", "próximo", "pasado", "que viene", "month", "mes", "early", "mid",
    "late", "end", "principios", "mediados", "finales", "fin", "about", "around", "~", "unos", "unas",
    "a", "un", "una", "today", "hoy", "ayer", "anteayer", "mañana", "29", "31", "0", "00", "0000", "9999",
    "2026", "12", "1", "100", "101", "/", "-", ".", ",", "mar", "set",
]  # fmt: skip


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def check_well_formed(parsed: ParsedDate) -> None:
    """EXACT is one day, AROUND symmetric about its middle, MONTH a whole calendar month."""
    assert parsed.first <= parsed.middle <= parsed.last
    if parsed.precision is Precision.EXACT:
        assert parsed.first == parsed.last
        assert parsed.plus_minus_days == 0
    elif parsed.precision is Precision.AROUND:
        assert parsed.plus_minus_days >= 1
        assert (parsed.middle - parsed.first).days == (parsed.last - parsed.middle).days
        assert (parsed.last - parsed.middle).days == parsed.plus_minus_days
        assert parsed.text == format_span(parsed.first, parsed.last, Precision.AROUND)
    else:
        assert parsed.first.day == 1
        assert parsed.last == parsed.first.replace(day=month_end(parsed.first.year, parsed.first.month))
        assert parsed.plus_minus_days == 0
    assert parsed.text == reading_text(parsed, "en")


def parse_or_none(text: str, today: date, tense: Tense | None, lang: str = "en") -> ParsedDate | None:
    """The reading, or None for a DateParseError; any other exception fails the property."""
    try:
        return parse_date(text, today, None, lang, tense)
    except DateParseError:
        return None


# --- Any text: a reading or a DateParseError, never anything else --------------------------------------


@SETTINGS
@given(text=st.text(max_size=40), today=todays, tense=tenses, lang=langs)
def test_any_text_reads_or_is_refused_in_words(
    text: str, today: date, tense: Tense | None, lang: str
) -> None:
    parsed = parse_or_none(text, today, tense, lang)
    if parsed is not None:
        check_well_formed(parsed)


@SETTINGS
@given(
    words=st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5),
    today=todays,
    tense=tenses,
    lang=langs,
)
def test_any_mix_of_known_words_reads_or_is_refused_in_words(
    words: list[str], today: date, tense: Tense | None, lang: str
) -> None:
    parsed = parse_or_none(" ".join(words), today, tense, lang)
    if parsed is not None:
        check_well_formed(parsed)


# --- Parts of a month ---------------------------------------------------------------------------------


@SETTINGS
@given(
    form=st.sampled_from(sorted(PARTS)),
    month=st.sampled_from(MONTH_NUMBERS),
    year=st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)),
    today=todays,
    tense=st.sampled_from([Tense.PAST, Tense.FUTURE]),
)
def test_a_part_of_a_month_is_covered_whole_and_symmetric(
    form: str, month: int, year: int | None, today: date, tense: Tense
) -> None:
    text = form.format(m=MONTH_WORDS[month - 1]) + (f" {year}" if year else "")
    parsed = parse_date(text, today, tense=tense)
    check_well_formed(parsed)
    assert parsed.precision is Precision.AROUND
    in_year = parsed.middle.year
    assert year is None or in_year == year
    first_day, last_day = PARTS[form]
    first = date(in_year, month, first_day)
    last = date(in_year, month, last_day or month_end(in_year, month))
    assert parsed.first <= first and last <= parsed.last  # covers every day of the part...
    assert (parsed.last - parsed.first).days <= (last - first).days + 1  # ...and at most one day more
    if year is None and tense is Tense.PAST:
        assert first <= today  # the most recent that has begun
        assert date(in_year + 1, month, first_day) > today
    if year is None and tense is Tense.FUTURE:
        assert last >= today  # the next that has not ended
        assert date(in_year - 1, month, last_day or month_end(in_year - 1, month)) < today


# --- Past phrases: on or before today ---------------------------------------------------------------------


@st.composite
def past_phrases(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["month", "part", "day", "weekday", "ago", "words"]))
    month = draw(st.sampled_from(MONTH_WORDS))
    if kind == "month":
        return month
    if kind == "part":
        return draw(st.sampled_from(sorted(PARTS))).format(m=month)
    if kind == "day":
        return f"{draw(st.integers(min_value=1, max_value=28))} {month}"
    if kind == "weekday":
        weekday = draw(st.sampled_from(sorted(WEEKDAY_WORDS)))
        return draw(st.sampled_from(["{d}", "last {d}", "el {d} pasado"])).format(d=weekday)
    if kind == "ago":
        form = draw(st.sampled_from(AGO_FORMS))
        return form.format(n=draw(st.integers(min_value=1, max_value=100)), u=draw(st.sampled_from(UNITS)))
    return draw(
        st.sampled_from(["last month", "el mes pasado", "this month", "este mes", "ayer", "anteayer"])
    )


@SETTINGS
@given(text=past_phrases(), today=todays)
def test_a_past_phrase_has_begun_by_today(text: str, today: date) -> None:
    try:
        parsed = parse_date(text, today, tense=Tense.PAST)
    except DateParseError as exc:  # only a day and month whose next one is days away: the year is asked
        assert "from now" in str(exc) and "Type the year" in str(exc), str(exc)
        return
    check_well_formed(parsed)
    assert parsed.first <= today


# --- Weekdays: the first one after today, or the last one before --------------------------------------

WEEKDAY_FORMS = {
    Tense.FUTURE: ["{d}", "this {d}", "next {d}", "el {d}", "el próximo {d}", "el {d} que viene"],
    Tense.PAST: ["{d}", "last {d}", "el {d}", "el {d} pasado", "el pasado {d}"],
}


@SETTINGS
@given(
    weekday=st.sampled_from(sorted(WEEKDAY_WORDS)),
    tense_and_form=st.sampled_from([(t, f) for t, forms in WEEKDAY_FORMS.items() for f in forms]),
    today=todays,
)
def test_a_weekday_is_the_nearest_one_that_way_never_today(
    weekday: str, tense_and_form: tuple[Tense, str], today: date
) -> None:
    tense, form = tense_and_form
    parsed = parse_date(form.format(d=weekday), today, tense=tense)
    check_well_formed(parsed)
    assert parsed.precision is Precision.EXACT
    assert parsed.first.weekday() == WEEKDAY_WORDS[weekday]
    ahead = (parsed.first - today).days
    assert 1 <= (ahead if tense is Tense.FUTURE else -ahead) <= 7


# --- Future days: on or after today -------------------------------------------------------------------


@SETTINGS
@given(
    day=st.integers(min_value=1, max_value=31),
    month=st.sampled_from(MONTH_NUMBERS),
    order=st.sampled_from(["{d} {m}", "{m} {d}", "{d} de {m}"]),
    today=todays,
    tense=st.sampled_from([Tense.PAST, Tense.FUTURE]),
)
def test_a_day_without_a_year_is_the_nearest_that_way(
    day: int, month: int, order: str, today: date, tense: Tense
) -> None:
    parsed = parse_or_none(order.format(d=day, m=MONTH_WORDS[month - 1]), today, tense)
    if day > (29 if month == 2 else month_end(2026, month)):
        assert parsed is None  # no year has it
        return
    year = today.year
    if tense is Tense.PAST and (month, day) > (today.month, today.day):
        year -= 1
    elif tense is Tense.FUTURE and (month, day) < (today.month, today.day):
        year += 1
    if (month, day) == (2, 29) and not calendar.isleap(year):
        assert parsed is None  # refused naming that year, never moved to another leap year unsaid
        return
    other_year = year + 1 if tense is Tense.PAST else year - 1
    has_it = (month, day) != (2, 29) or calendar.isleap(other_year)
    if has_it and 0 < abs((date(other_year, month, day) - today).days) <= NEAR_DAYS:
        assert parsed is None  # the same day the other way is near: the year is asked for
        return
    assert parsed is not None
    check_well_formed(parsed)
    assert parsed.first == date(year, month, day)
    if tense is Tense.FUTURE:
        assert 0 <= (parsed.first - today).days <= 366
    else:
        assert 0 <= (today - parsed.first).days <= 366


@SETTINGS
@given(
    form=st.sampled_from(["in {n} {u}", "en {n} {u}", "dentro de {n} {u}"]),
    n=st.integers(min_value=0, max_value=100),
    unit=st.sampled_from(UNITS),
    today=todays,
)
def test_in_so_many_units_is_one_day_on_or_after_today(form: str, n: int, unit: str, today: date) -> None:
    parsed = parse_date(form.format(n=n, u=unit), today, tense=Tense.FUTURE)
    check_well_formed(parsed)
    assert parsed.precision is Precision.EXACT
    assert parsed.first >= today


@SETTINGS
@given(
    before=st.sampled_from(["", "sometime in", "around", "más o menos en", "I think", "a finales de"]),
    month=st.integers(1, 12),
    lang=st.sampled_from(["en", "es"]),
    after=st.sampled_from(["", "maybe", "creo", "or so", "2025", "I think"]),
    today=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
)
def test_a_month_offered_for_a_phrase_is_the_whole_month_it_names(
    before: str, month: int, lang: str, after: str, today: date
) -> None:
    """Whatever surrounds a month's name, the phrase is read, or refused with that month offered as a
    month (every day of it) or with the plain examples: never one day of it, never another month."""
    from gui.core.dates import MONTHS

    name = MONTHS[lang][month - 1]
    typed = " ".join(part for part in (before, name, after) if part)
    try:
        parse_date(typed, today, lang=lang, tense=Tense.PAST)
    except DateParseError as refused:
        offered = re.search(r"(?:type|escriba) (\w+ \d{4});", str(refused))
        if offered is None:
            return
        reading = parse_date(offered.group(1), today, lang=lang, tense=Tense.PAST)
        assert reading.precision is Precision.MONTH and reading.first.month == month
        assert (
            reading.first.day == 1 and reading.last.day == calendar.monthrange(reading.first.year, month)[1]
        )
