"""Opening days and closures: the earliest bookable date (dateutil.rrule)."""

from __future__ import annotations

from datetime import date

import pytest

from gui.core import ClinicDays, Closed, NoteKind, Policy, Treatment, make_plan
from gui.core.plan_words import bookable_reason

MON_TO_FRI = frozenset(range(5))
MON_TO_SAT = frozenset(range(6))


@pytest.mark.parametrize(
    ("days", "start", "expected"),
    [
        pytest.param(ClinicDays(), date(2026, 11, 29), date(2026, 11, 29), id="always open"),
        pytest.param(ClinicDays(MON_TO_SAT), date(2026, 11, 29), date(2026, 11, 30), id="closed Sunday"),
        pytest.param(ClinicDays(MON_TO_FRI), date(2026, 11, 28), date(2026, 11, 30), id="weekend"),
        pytest.param(ClinicDays(MON_TO_FRI), date(2026, 11, 27), date(2026, 11, 27), id="open Friday"),
        pytest.param(
            ClinicDays(MON_TO_FRI, frozenset({date(2026, 12, 25), date(2026, 12, 28)})),
            date(2026, 12, 25),
            date(2026, 12, 29),
            id="holiday then weekend then holiday",
        ),
        pytest.param(
            ClinicDays(frozenset({2}), frozenset()),
            date(2026, 11, 24),
            date(2026, 11, 25),
            id="Wednesdays only",
        ),
    ],
)
def test_first_open_day(days: ClinicDays, start: date, expected: date) -> None:
    assert days.first_open_day(start) == expected


def test_no_open_weekday_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one weekday"):
        ClinicDays(frozenset())


def test_plan_shows_bookable_date_when_it_differs(policy: Policy) -> None:
    history = [Treatment("botox", date(2026, 11, 15))]  # earliest Sunday 29 Nov 2026
    plan = make_plan(history, policy, date(2026, 11, 24), clinic_days=ClinicDays(MON_TO_SAT))
    assert plan.earliest == date(2026, 11, 29)
    assert plan.bookable == date(2026, 11, 30) and plan.closed_start is Closed.WEEKDAY
    assert bookable_reason(plan) == "Policy earliest: Sun 29 Nov 2026; the clinic is closed on Sundays."
    assert bookable_reason(plan, "es") == (
        "Primera fecha según la política: dom 29 nov 2026; la clínica no abre los domingos."
    )


def test_plan_bookable_same_day_has_no_text(policy: Policy) -> None:
    history = [Treatment("botox", date(2026, 11, 16))]  # earliest Monday 30 Nov
    plan = make_plan(history, policy, date(2026, 11, 24), clinic_days=ClinicDays(MON_TO_SAT))
    assert plan.bookable == plan.earliest and bookable_reason(plan) == ""


def test_a_passed_earliest_date_books_from_today(policy: Policy) -> None:
    history = [Treatment("botox", date(2026, 7, 1))]  # earliest 15 Jul 2026, long past
    plan = make_plan(history, policy, date(2026, 11, 29), clinic_days=ClinicDays(MON_TO_SAT))
    assert plan.earliest_has_passed and plan.bookable == date(2026, 11, 30)
    assert bookable_reason(plan) == (
        "Policy earliest: Wed 15 Jul 2026 (4 months ago); the clinic is closed today."
    )


def test_a_closure_day_is_named(policy: Policy) -> None:
    history = [Treatment("botox", date(2026, 11, 16))]  # earliest Monday 30 Nov
    closed = ClinicDays(MON_TO_SAT, closures=frozenset({date(2026, 11, 30)}))
    plan = make_plan(history, policy, date(2026, 11, 24), clinic_days=closed)
    assert plan.bookable == date(2026, 12, 1) and plan.closed_start is Closed.CLOSURE
    assert bookable_reason(plan) == "Policy earliest: Mon 30 Nov 2026; the clinic is closed that day."


def test_proposed_on_a_closed_day_gets_a_note(policy: Policy) -> None:
    plan = make_plan(
        [], policy, date(2026, 11, 24), proposed=date(2026, 11, 29), clinic_days=ClinicDays(MON_TO_SAT)
    )
    assert [n.kind for n in plan.notes] == [NoteKind.CLINIC_CLOSED]
