"""Every (prior → next) pair of the default policy 2027.1 against hand-computed dates, CDSi style.

The waits come from clinical-basis.md ("Both directions, the course, and screening") and the dates were
counted by hand from a treatment on Fri 20 Nov 2026, calendar months as the app counts them (20 Nov + 3
months = 20 Feb). Nothing here calls the code under test to compute an expectation; the older table of
needling targets (test_plan_cases.py) stays as it was.

For each pair the judged day walks across every boundary — the day before, on, and after earliest,
recommended, ideal_until and effect_ends — and for each next treatment a planned one sits on, before and
after the day that makes the latest date meet the earliest one.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gui.core import Policy, Stage, Treatment, Verdict, make_plan

TODAY = date(2026, 11, 24)
ON = date(2026, 11, 20)  # the prior treatment, a Friday
DAY = timedelta(days=1)

# Counted by hand from Fri 20 Nov 2026.
D0 = date(2026, 11, 20)
D7 = date(2026, 11, 27)
D10 = date(2026, 11, 30)
D14 = date(2026, 12, 4)
D28 = date(2026, 12, 18)
D90 = date(2027, 2, 18)
M3, M4 = date(2027, 2, 20), date(2027, 3, 20)  # 3 and 4 calendar months
M6, M9 = date(2027, 5, 20), date(2027, 8, 20)

# Which group each id belongs to, as the policy's classes group them.
GROUP = {
    "microneedling": "needling",
    "rf-microneedling": "needling",
    "botox": "toxin",
    "dysport": "toxin",
    "xeomin": "toxin",
    "jeuveau": "toxin",
    "daxxify": "long-toxin",
    "ha-filler": "ha",
    "sculptra": "biostim",
    "radiesse": "biostim",
}
NEXT_GROUP = {"microneedling": "MN", "rf-microneedling": "RF"} | {
    product: ("toxin" if group == "long-toxin" else group)
    for product, group in GROUP.items()
    if group != "needling"
}

# (prior group, next group) → (earliest, recommended, ideal_until, effect_ends)
EXPECTED = {
    ("needling", "MN"): (D28, D28, None, None),
    ("needling", "RF"): (D28, D28, None, None),
    ("needling", "toxin"): (D7, D10, None, None),  # 7 days, 10 preferred
    ("needling", "ha"): (D7, D7, None, None),
    ("needling", "biostim"): (D7, D7, None, None),
    ("toxin", "MN"): (D14, D14, M3, M4),
    ("toxin", "RF"): (D14, D14, M3, M4),
    ("toxin", "toxin"): (D90, D90, None, None),
    ("toxin", "ha"): (D0, D0, None, None),  # same day allowed
    ("toxin", "biostim"): (D0, D0, None, None),
    ("long-toxin", "MN"): (D14, D14, M6, M9),
    ("long-toxin", "RF"): (D14, D14, M6, M9),
    ("long-toxin", "toxin"): (D90, D90, None, None),
    ("long-toxin", "ha"): (D0, D0, None, None),
    ("long-toxin", "biostim"): (D0, D0, None, None),
    ("ha", "MN"): (D14, D14, None, None),
    ("ha", "RF"): (D28, D28, None, None),
    ("ha", "toxin"): (D0, D0, None, None),
    ("ha", "ha"): (D14, D14, None, None),
    ("ha", "biostim"): (D14, D14, None, None),
    ("biostim", "MN"): (D14, D14, None, None),
    ("biostim", "RF"): (D28, D28, None, None),
    ("biostim", "toxin"): (D0, D0, None, None),
    ("biostim", "ha"): (D14, D14, None, None),
    ("biostim", "biostim"): (D28, D28, None, None),
}
PAIRS = [(prior, target) for prior in GROUP for target in NEXT_GROUP]


def expected(prior: str, target: str) -> tuple[date, date, date | None, date | None]:
    return EXPECTED[(GROUP[prior], NEXT_GROUP[target])]


def outcome_on(day: date, prior: str, target: str) -> tuple[Verdict, Stage]:
    """The verdict and stage for ``day``, from the expected dates alone."""
    earliest, recommended, ideal_until, effect_ends = expected(prior, target)
    if day < earliest:
        return Verdict.TOO_EARLY, Stage.TOO_EARLY
    if day < recommended:
        return Verdict.BEFORE_RECOMMENDED, Stage.BEFORE_RECOMMENDED
    if ideal_until is None:
        return Verdict.CLEAR, Stage.CLEAR
    if day <= ideal_until:
        return Verdict.IDEAL, Stage.IDEAL
    if effect_ends is not None and day <= effect_ends:
        return Verdict.LATE, Stage.WANING
    return Verdict.LATE, Stage.WORN_OFF


def test_the_table_covers_every_pair_the_policy_knows(policy: Policy) -> None:
    assert set(GROUP) == set(policy.products)
    assert set(NEXT_GROUP) == set(policy.next_treatments)
    assert len(PAIRS) == 100  # 10 prior treatments × 10 next ones


@pytest.mark.parametrize(("prior", "target"), PAIRS, ids=[f"{p}->{t}" for p, t in PAIRS])
def test_the_four_dates_of_every_pair(policy: Policy, prior: str, target: str) -> None:
    plan = make_plan([Treatment(prior, ON)], policy, TODAY, target)
    earliest, recommended, ideal_until, effect_ends = expected(prior, target)
    assert (plan.earliest, plan.recommended, plan.ideal_until, plan.effect_ends) == (
        earliest,
        recommended,
        ideal_until,
        effect_ends,
    )
    assert plan.latest is None  # no planned treatment, no latest date


def boundary_days(prior: str, target: str) -> list[date]:
    earliest, recommended, ideal_until, effect_ends = expected(prior, target)
    edges = [earliest, recommended, *(d + DAY for d in (ideal_until, effect_ends) if d)]
    days = {edge + shift for edge in edges for shift in (-DAY, timedelta(0), DAY)}
    return sorted(day for day in days if day >= ON)  # "same day allowed" has no day before to judge


BOUNDARY_CASES = [
    pytest.param(prior, target, day, id=f"{prior}->{target} on {day.isoformat()}")
    for prior, target in PAIRS
    for day in boundary_days(prior, target)
]


@pytest.mark.parametrize(("prior", "target", "day"), BOUNDARY_CASES)
def test_the_verdict_on_each_side_of_every_boundary(
    policy: Policy, prior: str, target: str, day: date
) -> None:
    plan = make_plan([Treatment(prior, ON)], policy, min(TODAY, day), target, proposed=day)
    verdict, stage = outcome_on(day, prior, target)
    assert (plan.verdict, plan.stage_on(day)) == (verdict, stage)
    if verdict is Verdict.TOO_EARLY:
        assert plan.days_to_wait == (expected(prior, target)[0] - day).days


# --- latest: a planned treatment on, before and after the day where latest meets earliest ---------------

# (next group, planned group) → the wait from the next treatment to the planned one, in days, from the
# same table read the other way round (needling → toxin is 7 days: a planned Botox needs 7 days after
# microneedling).
WAIT_BEFORE_PLANNED = {
    ("MN", "toxin"): 7,
    ("MN", "ha"): 7,
    ("MN", "biostim"): 7,
    ("RF", "toxin"): 7,
    ("toxin", "toxin"): 90,
    ("toxin", "ha"): 0,
    ("toxin", "biostim"): 0,
    ("ha", "toxin"): 0,
    ("ha", "ha"): 14,
    ("ha", "biostim"): 14,
    ("biostim", "ha"): 14,
    ("biostim", "biostim"): 28,
}
# (planned group, next group) → the wait after the planned one before the next treatment, in days: when
# the next treatment is after it instead, this wait applies (0 both ways: the planned one binds nothing).
WAIT_AFTER_PLANNED = {
    ("toxin", "MN"): 14,
    ("toxin", "RF"): 14,
    ("toxin", "toxin"): 90,
    ("toxin", "ha"): 0,
    ("toxin", "biostim"): 0,
    ("ha", "MN"): 14,
    ("ha", "RF"): 28,
    ("ha", "toxin"): 0,
    ("ha", "ha"): 14,
    ("ha", "biostim"): 14,
    ("biostim", "MN"): 14,
    ("biostim", "RF"): 28,
    ("biostim", "toxin"): 0,
    ("biostim", "ha"): 14,
    ("biostim", "biostim"): 28,
}
# The one treatment on file: Sculptra on 20 Nov, whose earliest is hand-counted per next group.
SCULPTRA_EARLIEST = {"MN": D14, "RF": D28, "toxin": D0, "ha": D14, "biostim": D28}


def planned_on(target: str, planned: str, shift: int) -> date:
    group = NEXT_GROUP[target]
    wait = WAIT_BEFORE_PLANNED[(group, NEXT_GROUP[planned])]
    return max(SCULPTRA_EARLIEST[group], TODAY) + timedelta(days=wait + shift)


PLANNED_CASES = [
    pytest.param(target, planned, shift, id=f"{target} then {planned} planned {shift:+d}")
    for target, group in NEXT_GROUP.items()
    for planned in ("botox", "ha-filler", "radiesse")
    if (group, NEXT_GROUP[planned]) in WAIT_BEFORE_PLANNED
    for shift in (-1, 0, 1)
    if planned_on(target, planned, shift) >= TODAY  # a planned day before today is refused (test_planned)
]


@pytest.mark.parametrize(("target", "planned", "shift"), PLANNED_CASES)
def test_a_planned_treatment_on_before_and_after_the_boundary(
    policy: Policy, target: str, planned: str, shift: int
) -> None:
    """Planned on the day whose latest is exactly the earliest (shift 0) the earliest date still fits; a
    day sooner (−1) no day fits; a day later (+1) the earliest fits with a day to spare. A planned one
    that needs no wait either way (toxin and filler) bounds nothing."""
    earliest = max(SCULPTRA_EARLIEST[NEXT_GROUP[target]], TODAY)
    day = planned_on(target, planned, shift)
    booked = [Treatment(planned, day)]
    before = WAIT_BEFORE_PLANNED[(NEXT_GROUP[target], NEXT_GROUP[planned])]
    after = WAIT_AFTER_PLANNED[(NEXT_GROUP[planned], NEXT_GROUP[target])]
    plan = make_plan(
        [Treatment("sculptra", ON)],
        policy,
        TODAY,
        target,
        proposed=earliest,
        planned=booked,
    )
    if before == after == 0:
        assert plan.latest is None and not plan.no_day_fits
        assert plan.verdict is not Verdict.CONFLICTS_WITH_PLANNED
        return
    assert plan.latest == earliest + timedelta(days=shift)
    assert plan.no_day_fits is (shift < 0)
    conflicts = plan.verdict is Verdict.CONFLICTS_WITH_PLANNED
    assert conflicts is (shift < 0), plan.verdict
    # One day past the latest always conflicts; the latest itself never does.
    assert plan.latest is not None

    def judged(proposed: date) -> Verdict:
        return make_plan([Treatment("sculptra", ON)], policy, TODAY, target, proposed, planned=booked).verdict

    assert judged(plan.latest + DAY) is Verdict.CONFLICTS_WITH_PLANNED
    # After the planned one, once its own wait has passed, the next treatment may follow it.
    resumes = day + timedelta(days=after)
    assert judged(resumes - DAY) is Verdict.CONFLICTS_WITH_PLANNED
    assert judged(resumes) is not Verdict.CONFLICTS_WITH_PLANNED
