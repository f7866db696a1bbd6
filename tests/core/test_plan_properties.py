"""Properties of make_plan that hold for any history under the default policy (hypothesis)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from gui.core import Plan, Policy, Precision, Stage, Treatment, Verdict, make_plan
from gui.core.policy_reading import load_policy_or_raise
from gui.core.resources import default_policy_path

TODAY = date(2026, 11, 24)
TARGETS = ("microneedling", "rf-microneedling")
PRODUCTS = (
    "botox",
    "dysport",
    "xeomin",
    "jeuveau",
    "daxxify",
    "ha-filler",
    "sculptra",
    "radiesse",
    "microneedling",
    "rf-microneedling",
)
# Loaded once here rather than through the fixture: hypothesis reruns the test body many times.
POLICY: Policy = load_policy_or_raise(default_policy_path())

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None)

# Treatments fall within three years before today; "today" itself moves a little so month-end
# and leap-day todays are covered too.
todays = st.dates(min_value=date(2027, 12, 1), max_value=date(2028, 3, 31))
past_days = st.integers(min_value=0, max_value=3 * 366)
products = st.sampled_from(PRODUCTS)
targets = st.sampled_from(TARGETS)
next_treatments = st.sampled_from(POLICY.next_treatments)  # both directions: any next treatment


@st.composite
def treatments(draw: st.DrawFn, today: date) -> Treatment:
    product = draw(products)
    on = today - timedelta(days=draw(past_days))
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.AROUND:
        return Treatment(product, on, precision, draw(st.integers(min_value=1, max_value=30)))
    return Treatment(product, on, precision)


@st.composite
def scenarios(draw: st.DrawFn, min_size: int = 0) -> tuple[date, list[Treatment], str]:
    today = draw(todays)
    history = draw(st.lists(treatments(today), min_size=min_size, max_size=4))
    return today, history, draw(next_treatments)


def last_possible_until(t: Treatment, today: date) -> date:
    """Independent of the code under test: the last day the treatment can have been, capped at today."""
    if t.precision is Precision.MONTH:
        last = t.on.replace(day=calendar.monthrange(t.on.year, t.on.month)[1])
    else:
        last = t.on + timedelta(days=t.plus_minus_days)
    return min(last, today)


@SETTINGS
@given(scenarios(min_size=1))
def test_earliest_is_at_least_every_treatments_last_possible_day_plus_its_rule(
    scenario: tuple[date, list[Treatment], str],
) -> None:
    today, history, target = scenario
    plan = make_plan(history, POLICY, today, target)
    assert plan.earliest is not None
    for t in history:
        rule = POLICY.rule_for(t.product_id, target)
        assert plan.earliest >= rule.earliest.after(last_possible_until(t, today)), t
    # The recommended date is never before the earliest, and is the latest of the treatments' own.
    assert plan.recommended is not None
    assert plan.recommended >= plan.earliest
    for t in history:
        rule = POLICY.rule_for(t.product_id, target)
        assert plan.recommended >= (rule.recommended or rule.earliest).after(last_possible_until(t, today))
    # ... and it is exactly one of them (the latest), not some later day.
    assert plan.earliest in {
        POLICY.rule_for(t.product_id, target).earliest.after(last_possible_until(t, today)) for t in history
    }


@SETTINGS
@given(scenarios(), st.data())
def test_adding_a_treatment_never_moves_earliest_earlier(
    scenario: tuple[date, list[Treatment], str], data: st.DataObject
) -> None:
    today, history, target = scenario
    extra = data.draw(treatments(today))
    position = data.draw(st.integers(min_value=0, max_value=len(history)))
    before = make_plan(history, POLICY, today, target)
    after = make_plan([*history[:position], extra, *history[position:]], POLICY, today, target)
    assert after.earliest is not None
    if before.earliest is not None:
        assert after.earliest >= before.earliest
    if before.ideal_until is not None:
        assert after.ideal_until is not None
        assert after.ideal_until >= before.ideal_until


STAGE_ORDER = {
    Stage.CONFLICTS_WITH_PLANNED: 1,  # between any of the others, for a planned treatment's gap
    Stage.TOO_EARLY: 0,
    Stage.BEFORE_RECOMMENDED: 1,
    Stage.IDEAL: 2,
    Stage.WANING: 3,
    Stage.WORN_OFF: 4,
    Stage.CLEAR: 2,
}


def stages_by_definition(plan: Plan, day: date) -> list[Stage]:
    """Which stage predicates hold for ``day``, written from the spec, independently of stage_of."""
    e, i, w = plan.earliest, plan.ideal_until, plan.effect_ends
    r = plan.recommended or e  # the recommended date: the earliest unless a rule prefers a longer wait
    allowed = e is not None and r is not None and day >= r  # on or after both earliest and recommended
    holds = {
        Stage.TOO_EARLY: e is not None and day < e,
        Stage.BEFORE_RECOMMENDED: e is not None and r is not None and e <= day < r,
        Stage.IDEAL: allowed and i is not None and day <= i,
        Stage.WANING: allowed and i is not None and i < day and w is not None and day <= w,
        Stage.WORN_OFF: allowed and i is not None and i < day and (w is None or day > w),
        Stage.CLEAR: e is None or (allowed and i is None),
    }
    return [stage for stage, holds_today in holds.items() if holds_today]


@SETTINGS
@given(scenarios())
def test_stages_partition_the_calendar_in_order(scenario: tuple[date, list[Treatment], str]) -> None:
    today, history, target = scenario
    plan = make_plan(history, POLICY, today, target)
    start = min((t.on for t in history), default=today) - timedelta(days=40)
    end = max(d for d in (plan.earliest, plan.ideal_until, plan.effect_ends, today) if d) + timedelta(days=40)
    previous = -1
    for offset in range((end - start).days + 1):
        day = start + timedelta(days=offset)
        stage = plan.stage_on(day)
        assert stages_by_definition(plan, day) == [stage], day
        assert STAGE_ORDER[stage] >= previous, day
        previous = STAGE_ORDER[stage]


VERDICT_OF_STAGE = {
    Stage.TOO_EARLY: Verdict.TOO_EARLY,
    Stage.BEFORE_RECOMMENDED: Verdict.BEFORE_RECOMMENDED,
    Stage.IDEAL: Verdict.IDEAL,
    Stage.WANING: Verdict.LATE,
    Stage.WORN_OFF: Verdict.LATE,
    Stage.CLEAR: Verdict.CLEAR,
}


@SETTINGS
@given(scenarios(), st.integers(min_value=-60, max_value=400))
def test_verdict_and_wait_for_a_proposed_day(
    scenario: tuple[date, list[Treatment], str], offset: int
) -> None:
    today, history, target = scenario
    proposed = today + timedelta(days=offset)
    plan = make_plan(history, POLICY, today, target, proposed=proposed)
    (stage,) = stages_by_definition(plan, proposed)
    assert plan.verdict is VERDICT_OF_STAGE[stage]
    if stage is Stage.TOO_EARLY:
        assert plan.earliest is not None
        assert plan.days_to_wait == (plan.earliest - proposed).days > 0
    else:
        assert plan.days_to_wait == 0


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@SETTINGS
@given(
    today=todays,
    days_back=past_days,
    product=products,
    target=targets,
    plus_minus=st.integers(min_value=1, max_value=30),
)
def test_exact_earliest_lies_within_its_approximate_versions(
    today: date, days_back: int, product: str, target: str, plus_minus: int
) -> None:
    on = today - timedelta(days=days_back)
    exact = make_plan([Treatment(product, on)], POLICY, today, target).earliest
    around = make_plan([Treatment(product, on, Precision.AROUND, plus_minus)], POLICY, today, target).earliest
    month = make_plan([Treatment(product, on, Precision.MONTH)], POLICY, today, target).earliest
    assert exact is not None
    assert around is not None
    assert month is not None

    # around ± N: between the exact date's earliest and (date + N)'s earliest, date + N capped at today.
    end = min(on + timedelta(days=plus_minus), today)
    exact_plus_n = make_plan([Treatment(product, end)], POLICY, today, target).earliest
    assert exact_plus_n is not None
    assert exact <= around <= exact_plus_n

    # month only: within the rule range of the month's first and last (or today's) day.
    rule = POLICY.rule_for(product, target).earliest
    month_first_earliest = rule.after(on.replace(day=1))
    month_last_earliest = rule.after(min(month_end(on), today))
    assert month_first_earliest <= exact <= month <= month_last_earliest
    assert month == month_last_earliest


@pytest.mark.parametrize("target", TARGETS)
def test_order_of_history_does_not_matter(target: str) -> None:
    history = [
        Treatment("botox", date(2026, 9, 1)),
        Treatment("ha-filler", date(2026, 11, 20)),
        Treatment("daxxify", date(2026, 10, 1), Precision.MONTH),
    ]
    forward = make_plan(history, POLICY, TODAY, target)
    backward = make_plan(list(reversed(history)), POLICY, TODAY, target)
    assert (forward.earliest, forward.ideal_until, forward.effect_ends, forward.verdict) == (
        backward.earliest,
        backward.ideal_until,
        backward.effect_ends,
        backward.verdict,
    )


@SETTINGS
@given(scenarios(), st.data())
def test_with_planned_treatments_the_verdicts_still_partition_the_calendar(
    scenario: tuple[date, list[Treatment], str], data: st.DataObject
) -> None:
    """Each day has one verdict: too early before the earliest, too late for a planned treatment after
    the latest, and otherwise what the stages say — whatever the history and the planned treatments."""
    today, history, target = scenario
    planned_products = [p for p in POLICY.products if POLICY.covers(target, p)]
    booked = [
        Treatment(
            data.draw(st.sampled_from(planned_products)),
            today + timedelta(days=data.draw(st.integers(0, 200))),
        )
        for _ in range(data.draw(st.integers(1, 3)))
    ]
    rules = [
        (t.on, POLICY.rule_for(target, t.product_id).earliest, POLICY.rule_for(t.product_id, target).earliest)
        for t in booked
    ]

    def blocked(day: date) -> bool:
        """From the rules alone: too late before a planned one, and too early after it."""
        return any(day < after.after(on) and before.after(day) > on for on, before, after in rules)

    preferred = [(t.on, POLICY.rule_for(target, t.product_id).recommended) for t in booked]

    def crowded(day: date) -> bool:
        """From the rules alone: before a planned one, and nearer to it than its rule prefers."""
        return any(wait is not None and day < on and wait.after(day) > on for on, wait in preferred)

    base = make_plan(history, POLICY, today, target, planned=booked)
    if base.latest is not None:
        assert blocked(base.latest + timedelta(days=1)) and not blocked(base.latest)
    for offset in range(0, 240, 3):
        day = today + timedelta(days=offset)
        plan = make_plan(history, POLICY, today, target, proposed=day, planned=booked)
        (stage,) = stages_by_definition(plan, day)
        if stage is Stage.TOO_EARLY:
            assert plan.verdict is Verdict.TOO_EARLY, day
        elif blocked(day):
            assert plan.verdict is Verdict.CONFLICTS_WITH_PLANNED, day
            assert plan.stage_on(day) is Stage.CONFLICTS_WITH_PLANNED, day
        elif crowded(day) and stage is not Stage.BEFORE_RECOMMENDED:
            assert plan.verdict is Verdict.BEFORE_RECOMMENDED, day
            assert plan.stage_on(day) is Stage.BEFORE_RECOMMENDED, day
        else:
            assert plan.verdict is VERDICT_OF_STAGE[stage], day
            assert plan.stage_on(day) is stage, day
