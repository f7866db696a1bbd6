"""A course of sessions against hand-computed dates, and its properties.

Every expected day below was counted by hand from the default policy 2027.1 (course: at least 28 days,
typically up to 42; Botox → microneedling 14 days, ideal 3 months, worn off 4 months; microneedling →
toxin 7 days, 10 recommended (the next toxin visit keeps the recommended wait); toxin → toxin 90
days). Nothing here calls the code under test for an expectation.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from gui.core import ClinicDays, Duration, Policy, Treatment, make_plan
from gui.core.course import CourseError, make_course
from gui.core.course_words import (
    course_dates_text,
    course_warnings,
    next_toxin_text,
    session_reasons,
    wears_off_text,
)
from gui.core.policy_reading import load_policy_or_raise
from gui.core.resources import default_policy_path

POLICY: Policy = load_policy_or_raise(default_policy_path())
BOTOX = Treatment("botox", date(2026, 11, 20))  # a Friday
WEEKDAYS = frozenset(range(5))  # Monday to Friday


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def course_days(course: object) -> list[str]:
    return [s.date.isoformat() for s in course.sessions]  # type: ignore[attr-defined]


def test_three_sessions_from_the_first_bookable_day_and_the_next_toxin_visit() -> None:
    """The issue's example: 5 Dec, then 28 days apart; the next Botox 90 days after the last one."""
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    course = make_course(plan, POLICY, 3)
    assert course_days(course) == ["2026-12-05", "2027-01-02", "2027-01-30"]
    assert [s.in_ideal_window for s in course.sessions] == [True, True, True]  # ideal until 20 Feb
    assert course.next_toxin is not None
    assert (course.next_toxin.after_course, course.next_toxin.after_toxin) == (
        d("2027-02-09"),  # 30 Jan + the recommended 10 days
        d("2027-02-18"),
    )
    assert course.next_toxin.date == d("2027-02-18")
    assert course.wears_off is None
    assert next_toxin_text(course, plan) == (
        "Next Botox visit: Thursday 18 February 2027 (at least 10 days after the last session and at "
        "least 90 days after the last Botox)."
    )


def test_a_course_crossing_the_end_of_the_toxin_window_says_so_without_alarm() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    course = make_course(plan, POLICY, 6)
    assert course_days(course) == [
        "2026-12-05", "2027-01-02", "2027-01-30", "2027-02-27", "2027-03-27", "2027-04-24",
    ]  # fmt: skip
    assert [s.in_ideal_window for s in course.sessions] == [True, True, True, False, False, False]
    assert course.wears_off == d("2027-03-20")  # 20 Nov + 4 months
    assert course.between == (Duration(days=10), Duration(days=14))
    assert course.next_toxin is not None and course.next_toxin.date == d("2027-05-04")  # 24 Apr + 10
    assert "it still counts" in session_reasons(course, course.sessions[3])[-1]
    assert wears_off_text(course).startswith("The toxin wears off by about 20 Mar 2027, before the last")
    assert "at least 10 days after one session and 14 days before the next" in wears_off_text(course)
    assert course_dates_text(course) == (  # the headline marks them as the Why panel does
        "Sessions: Sat 5 Dec 2026, Sat 2 Jan 2027, Sat 30 Jan 2027, "
        "Sat 27 Feb 2027 (after the ideal window), Sat 27 Mar 2027 (after the ideal window), "
        "Sat 24 Apr 2027 (after the ideal window)."
    )
    assert "sáb 27 feb 2027 (después del periodo ideal)" in course_dates_text(course, "es")


def test_a_closed_day_moves_a_session_to_the_next_open_day() -> None:
    """Weekdays only, and New Year's Day closed: 1 Jan 2027 (a Friday) becomes Monday 4 Jan."""
    days = ClinicDays(WEEKDAYS, frozenset({d("2027-01-01")}))
    plan = make_plan([BOTOX], POLICY, d("2026-12-01"), clinic_days=days)
    course = make_course(plan, POLICY, 3, days)
    assert course_days(course) == ["2026-12-04", "2027-01-04", "2027-02-01"]
    assert [s.earliest.isoformat() for s in course.sessions] == ["2026-12-04", "2027-01-01", "2027-02-01"]
    assert not any(s.closed_past_typical for s in course.sessions)  # 4 Jan is within 42 days of 4 Dec


def test_closed_past_the_typical_spacing_says_why() -> None:
    closures = frozenset(d("2027-01-01") + timedelta(days=n) for n in range(20))  # 1–20 Jan 2027
    days = ClinicDays(WEEKDAYS, closures)
    plan = make_plan([BOTOX], POLICY, d("2026-12-01"), clinic_days=days)
    course = make_course(plan, POLICY, 2, days)
    assert course_days(course) == ["2026-12-04", "2027-01-21"]  # the first open day after the closure
    second = course.sessions[1]
    assert second.typical_by == d("2027-01-15") and second.closed_past_typical
    assert session_reasons(course, second)[1] == (
        "It is more than the usual 42 days after the one before: the clinic is closed until then."
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("2027-01-31", ["2027-01-31", "2027-02-28", "2027-03-28"]),  # month end: 31 Jan + 1 month
        ("2028-01-31", ["2028-01-31", "2028-02-29", "2028-03-29"]),  # leap year
        ("2027-12-31", ["2027-12-31", "2028-01-31", "2028-02-29"]),
    ],
)
def test_a_monthly_course_counts_calendar_months(first: str, expected: list[str]) -> None:
    monthly = POLICY.courses["skin-needling"]._replace(minimum=Duration(months=1), typical=Duration(weeks=6))
    policy = POLICY._replace(courses={"skin-needling": monthly})
    plan = make_plan([], policy, d(first))
    assert course_days(make_course(plan, policy, 3)) == expected


def test_a_session_goes_past_a_planned_treatments_gap_and_says_why() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"), planned=[Treatment("botox", d("2027-01-05"))])
    course = make_course(plan, POLICY, 3)
    # microneedling → Botox 7 days: by 29 Dec; Botox → microneedling 14 days: from 19 Jan. Session 2
    # (2 Jan at the earliest) goes to 19 Jan, over the usual 42 days because of the Botox, not a closure.
    assert course_days(course) == ["2026-12-05", "2027-01-19", "2027-02-16"]
    second = course.sessions[1]
    assert second.after_planned is not None and second.conflict is None and not second.closed_past_typical
    assert session_reasons(course, second)[1:] == [
        "It comes after the Botox planned for 5 Jan 2027: an earlier day would not leave that treatment its "
        "wait.",
        "That is more than the usual 42 days after session 1.",
    ]
    assert course.broken == ()


def test_a_session_moved_into_a_planned_treatments_gap_breaks_a_rule() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"), planned=[Treatment("botox", d("2027-01-05"))])
    before = make_course(plan, POLICY, 3, moved={2: d("2027-01-02")})
    assert before.broken == (before.sessions[1],)
    assert session_reasons(before, before.sessions[1])[-1] == (
        "Too late for the Botox planned for 5 Jan 2027: it needs 7 days after this session."
    )
    after = make_course(plan, POLICY, 3, moved={2: d("2027-01-10")})
    assert session_reasons(after, after.sessions[1])[-1] == (
        "Too soon after the Botox planned for 5 Jan 2027: this session can be from 19 Jan 2027."
    )
    assert course_warnings(after) == [
        "Session 2 on Sun 10 Jan 2027 is too soon after the Botox planned for 5 Jan 2027. The first day "
        "that fits is Tue 19 Jan 2027."
    ]
    assert course_warnings(before)[0].startswith("Session 2 on Sat 2 Jan 2027 is too late for the Botox")


def test_a_session_moved_before_the_one_before_it_is_refused() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    with pytest.raises(CourseError, match=r"session 3 must come after session 2 \(2027-01-02\)"):
        make_course(plan, POLICY, 3, moved={3: d("2027-01-02")})


def test_a_moved_session_past_the_usual_spacing_says_so() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    course = make_course(plan, POLICY, 3, moved={2: d("2027-02-01")})
    assert course.sessions[1].beyond_typical and not course.sessions[1].breaks_rule
    assert "That is more than the usual 42 days after session 1." in session_reasons(
        course, course.sessions[1]
    )


def test_a_closed_day_is_said_when_it_moves_a_session() -> None:
    """Weekdays only: session 2's earliest is Friday 1 Jan 2027, closed for New Year: Monday 4 Jan."""
    days = ClinicDays(WEEKDAYS, frozenset({d("2027-01-01")}))
    plan = make_plan([BOTOX], POLICY, d("2026-12-01"), clinic_days=days)
    course = make_course(plan, POLICY, 2, days)
    assert (
        session_reasons(course, course.sessions[1])[-1]
        == "The clinic is closed on 1 Jan 2027, so it is on 4 Jan 2027."
    )


def test_a_session_moved_by_hand_places_the_ones_after_it_again() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    later = make_course(plan, POLICY, 3, moved={2: d("2027-01-10")})
    assert course_days(later) == ["2026-12-05", "2027-01-10", "2027-02-07"]
    assert later.sessions[1].moved and not later.sessions[1].too_early
    sooner = make_course(plan, POLICY, 3, moved={2: d("2026-12-20")})
    assert course_days(sooner) == ["2026-12-05", "2026-12-20", "2027-01-17"]
    assert sooner.sessions[1].too_early
    assert "Too early: the first day the course allows is 2 Jan 2027." in session_reasons(
        sooner, sooner.sessions[1]
    )
    assert sooner.broken == (sooner.sessions[1],) and later.broken == ()
    assert course_warnings(sooner) == [
        "Session 2 on Sun 20 Dec 2026 is too early for the course. The first day that fits is Sat 2 Jan 2027."
    ]
    assert course_warnings(sooner, "es") == [
        "La sesión 2 del dom 20 dic 2026 es demasiado pronto para la serie. El primer día que encaja es el "
        "sáb 2 ene 2027."
    ]


def test_a_session_moved_onto_a_closed_day_is_flagged_and_the_next_counts_from_it() -> None:
    """Weekdays only: session 2 moved to Saturday 9 Jan 2027 (after its earliest, 2 Jan, but closed)."""
    days = ClinicDays(WEEKDAYS, frozenset())
    plan = make_plan([BOTOX], POLICY, d("2026-12-01"), clinic_days=days)
    course = make_course(plan, POLICY, 3, days, moved={2: d("2027-01-09")})
    assert course_days(course) == ["2026-12-04", "2027-01-09", "2027-02-08"]  # 6 Feb is a Saturday
    second = course.sessions[1]
    assert second.closed and not second.too_early and second.breaks_rule
    assert "The clinic is closed on 9 Jan 2027." in session_reasons(course, second)
    assert course_warnings(course) == [
        "Session 2 on Sat 9 Jan 2027: the clinic is closed that day. The first day that fits is "
        "Fri 1 Jan 2027."
    ]


@pytest.mark.parametrize(
    ("count", "moved", "said"),
    [
        (3, 1, "no session 1 to move in a course of 3 (sessions 2 to 3 can be moved)"),
        (3, 4, "no session 4 to move in a course of 3"),
        (2, 3, "(only session 2 can be moved)"),
        (1, 2, "(none can be moved)"),
    ],
)
def test_only_a_later_session_of_the_course_can_be_moved(count: int, moved: int, said: str) -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    with pytest.raises(CourseError, match=re.escape(said)):
        make_course(plan, POLICY, count, moved={moved: d("2027-01-10")})


def test_a_course_needs_a_spacing_and_one_to_six_sessions() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-05"))
    with pytest.raises(CourseError, match="1 to 6 sessions, not 7"):
        make_course(plan, POLICY, 7)
    with pytest.raises(CourseError, match="no course spacing for botox"):
        make_course(make_plan([BOTOX], POLICY, d("2026-12-05"), "botox"), POLICY, 2)


def test_one_session_is_todays_answer() -> None:
    plan = make_plan([BOTOX], POLICY, d("2026-12-01"))
    (only,) = make_course(plan, POLICY, 1).sessions
    assert only.date == plan.bookable == d("2026-12-04")


# --- properties ---------------------------------------------------------------------------------------

todays = st.dates(min_value=date(2026, 1, 1), max_value=date(2029, 12, 31))
weekday_sets = st.frozensets(st.integers(0, 6), min_size=1, max_size=7)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    today=todays,
    back=st.integers(0, 400),
    product=st.sampled_from(sorted(POLICY.products)),
    target=st.sampled_from(["microneedling", "rf-microneedling"]),
    count=st.integers(1, 6),
    open_days=weekday_sets,
    closed=st.lists(st.integers(0, 300), max_size=15),
)
def test_sessions_increase_keep_the_minimum_and_fall_on_open_days(
    today: date,
    back: int,
    product: str,
    target: str,
    count: int,
    open_days: frozenset[int],
    closed: list[int],
) -> None:
    days = ClinicDays(open_days, frozenset(today + timedelta(days=n) for n in closed))
    plan = make_plan(
        [Treatment(product, today - timedelta(days=back))], POLICY, today, target, clinic_days=days
    )
    course = make_course(plan, POLICY, count, days)
    minimum = POLICY.course_for(target).minimum  # type: ignore[union-attr]
    assert course.sessions[0].date == plan.bookable
    for before, after in zip(course.sessions, course.sessions[1:], strict=False):
        assert after.date >= minimum.after(before.date) > before.date
        assert days.is_open(after.date)
        # the first open day on or after the minimum: no open day is skipped
        assert all(not days.is_open(x) for x in _days(minimum.after(before.date), after.date))


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days)]


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    today=todays,
    count=st.integers(2, 6),
    which=st.integers(2, 6),
    shift=st.integers(-40, 80),
)
def test_moving_a_session_never_moves_an_earlier_one(today: date, count: int, which: int, shift: int) -> None:
    plan = make_plan([Treatment("botox", today - timedelta(days=10))], POLICY, today)
    which = min(which, count)
    before = make_course(plan, POLICY, count)
    moved_to = before.sessions[which - 1].date + timedelta(days=shift)
    if moved_to <= before.sessions[which - 2].date:  # on or before the session before it: refused
        with pytest.raises(CourseError, match="must come after"):
            make_course(plan, POLICY, count, moved={which: moved_to})
        return
    after = make_course(plan, POLICY, count, moved={which: moved_to})
    assert after.sessions[: which - 1] == before.sessions[: which - 1]
    assert after.sessions[which - 1].date == moved_to
    assert after.sessions[which - 1].too_early == (moved_to < before.sessions[which - 1].earliest)
    for session, following in zip(after.sessions[which - 1 :], after.sessions[which:], strict=False):
        assert following.date - session.date >= timedelta(days=28) and not following.breaks_rule


def test_a_kept_appointment_is_session_one() -> None:
    """The desk proposes 10 Dec and keeps it: the course starts there, not on the first bookable day."""
    plan = make_plan([BOTOX], POLICY, d("2026-12-01"), proposed=d("2026-12-10"))
    course = make_course(plan, POLICY, 2)
    assert course_days(course) == ["2026-12-10", "2027-01-07"]
    assert course.sessions[0].kept
    assert session_reasons(course, course.sessions[0]) == ["Session 1: the appointment on 10 Dec 2026."]
    too_early = make_plan([BOTOX], POLICY, d("2026-12-01"), proposed=d("2026-12-02"))
    assert course_days(make_course(too_early, POLICY, 2)) == [
        "2026-12-04",
        "2027-01-01",
    ]  # moved: the first day


def test_session_one_on_the_next_open_day_after_a_closed_proposed_date_says_so() -> None:
    """Open Monday to Saturday, closed 24–26 Dec 2026; 24 Dec proposed: session 1 is Monday 28 Dec (27 Dec
    is a Sunday), and its reason names the proposed date, not 'the first day you can book' (7 Dec is)."""
    days = ClinicDays(frozenset(range(6)), frozenset({d("2026-12-24"), d("2026-12-25"), d("2026-12-26")}))
    plan = make_plan([BOTOX], POLICY, d("2026-12-07"), proposed=d("2026-12-24"), clinic_days=days)
    course = make_course(plan, POLICY, 3, days)
    assert course_days(course) == ["2026-12-28", "2027-01-25", "2027-02-22"]
    first = course.sessions[0]
    assert first.instead_of == d("2026-12-24") and not first.kept
    assert session_reasons(course, first)[0] == (
        "Session 1: the next open day after the proposed 24 Dec 2026, when the clinic is closed: 28 Dec 2026."
    )
    assert session_reasons(course, first, "es")[0].startswith(
        "Sesión 1: el siguiente día abierto después del"
    )
    today = make_course(make_plan([BOTOX], POLICY, d("2026-12-07"), clinic_days=days), POLICY, 3, days)
    assert today.sessions[0].instead_of is None
    assert (
        session_reasons(today, today.sessions[0])[0] == "Session 1: the first day you can book, 7 Dec 2026."
    )
