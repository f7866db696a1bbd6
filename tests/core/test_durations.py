"""Durations as text ("14 days", "3 months") and calendar arithmetic on them."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, strategies as st

from gui.core import Duration, DurationError, parse_duration
from gui.core.durations import shifted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("14 days", Duration(days=14), id="days"),
        pytest.param("1 day", Duration(days=1), id="one-day"),
        pytest.param("4 weeks", Duration(weeks=4), id="weeks"),
        pytest.param("3 months", Duration(months=3), id="months"),
        pytest.param("1 year", Duration(years=1), id="year"),
        pytest.param("1 month 2 weeks", Duration(months=1, weeks=2), id="sum"),
        pytest.param("1 month, 2 weeks", Duration(months=1, weeks=2), id="sum-comma"),
        pytest.param("1 month and 2 weeks", Duration(months=1, weeks=2), id="sum-and"),
        pytest.param("  14 Days ", Duration(days=14), id="case-and-spaces"),
        pytest.param("14days", Duration(days=14), id="no-space"),
        pytest.param("0 days", Duration(), id="zero"),
        pytest.param("-3 days", Duration(days=-3), id="negative-reads-policy-refuses"),
    ],
)
def test_parse_duration_accepts(text: str, expected: Duration) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("", "empty duration", id="empty"),
        pytest.param("   ", "empty duration", id="blank"),
        pytest.param("soon", "cannot read 'soon'", id="word"),
        pytest.param("two weeks", "cannot read 'two weeks'", id="number-as-word"),
        pytest.param("3 fortnights", "unknown unit 'fortnights'", id="unknown-unit"),
        pytest.param("14", "cannot read '14'", id="number-without-unit"),
        pytest.param("14 days soon", "cannot read", id="trailing-words"),
        pytest.param("about 14 days", "cannot read", id="leading-words"),
    ],
)
def test_parse_duration_rejects(text: str, fragment: str) -> None:
    with pytest.raises(DurationError) as info:
        parse_duration(text)
    assert fragment in str(info.value)


def test_rejection_message_gives_an_example() -> None:
    with pytest.raises(DurationError, match="'14 days'"):
        parse_duration("soon")


@pytest.mark.parametrize(
    ("duration", "start", "expected"),
    [
        pytest.param("14 days", date(2026, 11, 20), date(2026, 12, 4), id="14-days"),
        pytest.param("14 days", date(2026, 12, 25), date(2027, 1, 8), id="14-days-new-year"),
        pytest.param("14 days", date(2028, 2, 20), date(2028, 3, 5), id="14-days-leap-feb"),
        pytest.param("14 days", date(2027, 2, 20), date(2027, 3, 6), id="14-days-common-feb"),
        pytest.param("4 weeks", date(2028, 2, 1), date(2028, 2, 29), id="4-weeks-to-leap-day"),
        pytest.param("3 months", date(2026, 11, 30), date(2027, 2, 28), id="30-nov-plus-3-months"),
        pytest.param("3 months", date(2027, 1, 31), date(2027, 4, 30), id="31-jan-plus-3-months"),
        pytest.param("3 months", date(2027, 11, 30), date(2028, 2, 29), id="30-nov-plus-3-months-leap"),
        pytest.param("1 month", date(2027, 1, 31), date(2027, 2, 28), id="31-jan-plus-1-month"),
        pytest.param("1 month", date(2028, 1, 31), date(2028, 2, 29), id="31-jan-plus-1-month-leap"),
        pytest.param("6 months", date(2026, 8, 31), date(2027, 2, 28), id="31-aug-plus-6-months"),
        pytest.param("1 year", date(2028, 2, 29), date(2029, 2, 28), id="29-feb-plus-1-year"),
        pytest.param("4 years", date(2028, 2, 29), date(2032, 2, 29), id="29-feb-plus-4-years"),
        pytest.param("1 month 2 weeks", date(2027, 1, 31), date(2027, 3, 14), id="sum"),
        pytest.param("0 days", date(2026, 11, 24), date(2026, 11, 24), id="zero"),
    ],
)
def test_after_uses_calendar_months(duration: str, start: date, expected: date) -> None:
    assert parse_duration(duration).after(start) == expected


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        pytest.param(Duration(days=14), "14 days", id="days"),
        pytest.param(Duration(days=1), "1 day", id="singular"),
        pytest.param(Duration(months=1, weeks=2), "1 month 2 weeks", id="sum"),
        pytest.param(Duration(years=2), "2 years", id="years"),
        pytest.param(Duration(), "0 days", id="zero"),
    ],
)
def test_text(duration: Duration, text: str) -> None:
    assert duration.text == text
    assert str(duration) == text


@pytest.mark.parametrize("text", ["14 days", "4 weeks", "3 months", "1 year", "1 month 2 weeks"])
def test_text_reads_back(text: str) -> None:
    assert parse_duration(parse_duration(text).text) == parse_duration(text)


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        pytest.param("-3 days", True, id="minus-days"),
        pytest.param("1 month -31 days", True, id="sum-negative-somewhere"),
        pytest.param("0 days", False, id="zero"),
        pytest.param("1 month -28 days", False, id="sum-never-negative"),
    ],
)
def test_is_negative(text: str, negative: bool) -> None:
    assert parse_duration(text).is_negative() is negative


@pytest.mark.parametrize(
    ("first", "second", "can_end_before"),
    [
        pytest.param("2 weeks", "14 days", False, id="equal"),
        pytest.param("1 month", "30 days", True, id="february-month-is-short"),
        pytest.param("1 month", "28 days", False, id="month-never-shorter-than-28-days"),
        pytest.param("2 years", "25 months", True, id="over-two-years"),
        pytest.param("2 years", "24 months", False, id="two-years-in-months"),
    ],
)
def test_can_end_before(first: str, second: str, can_end_before: bool) -> None:
    assert parse_duration(first).can_end_before(parse_duration(second)) is can_end_before


_PARTS = st.integers(min_value=-30, max_value=30)
_DURATIONS = st.builds(
    Duration, years=st.integers(-2, 2), months=st.integers(-14, 14), weeks=_PARTS, days=_PARTS
)
_STARTS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(_DURATIONS, _STARTS)
def test_is_negative_agrees_with_the_calendar(duration: Duration, start: date) -> None:
    """The shortcuts (all parts ≥ 0; weeks and days only) answer as counting from a real date does:
    a duration never called non-negative ends before its start."""
    if duration.after(start) < start:
        assert duration.is_negative()


@given(_DURATIONS, _DURATIONS, _STARTS)
def test_can_end_before_agrees_with_the_calendar(first: Duration, second: Duration, start: date) -> None:
    if first.after(start) < second.after(start):
        assert first.can_end_before(second)
    if (first.years, first.months) == (second.years, second.months):  # the days decide, from any start
        assert first.can_end_before(second) is (first.after(start) < second.after(start))


@given(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.integers(-130, 130),
    st.integers(-4000, 4000),
)
def test_shifted_is_what_adding_a_relativedelta_gives(start: date, months: int, days: int) -> None:
    """The fast calendar arithmetic lands where dateutil does, and raises as it does off the calendar."""
    try:
        expected: date | type[Exception] = start + relativedelta(months=months, days=days)
    except (ValueError, OverflowError) as exc:
        expected = type(exc)
    try:
        got: date | type[Exception] = shifted(start, months, days)
    except (ValueError, OverflowError) as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize(
    ("start", "months", "days", "expected"),
    [
        (date(2027, 1, 31), 1, 0, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, 0, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, 0, date(2029, 2, 28)),
        (date(2027, 3, 31), -1, 0, date(2027, 2, 28)),
        (date(2027, 12, 15), 1, 17, date(2028, 2, 1)),
        (date(2027, 5, 31), 0, -31, date(2027, 4, 30)),
    ],
)
def test_shifted_keeps_to_the_months_last_day(start: date, months: int, days: int, expected: date) -> None:
    assert shifted(start, months, days) == expected
