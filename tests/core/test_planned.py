"""Planned treatments bound the next one from the other side: the latest day, the conflicts verdict,
and a planned day checked against the history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from gui.core import (
    HistoryError,
    Stage,
    Treatment,
    Verdict,
    bookable_reason,
    earliest_text,
    last_day_before,
    latest_text,
    load_policy_or_raise,
    make_plan,
    parse_duration,
    planned_check_texts,
    verdict_text,
)
from gui.core.resources import default_policy_path

POLICY = load_policy_or_raise(default_policy_path())
TODAY = date(2026, 11, 20)
FILLER = Treatment("ha-filler", date(2026, 11, 1))
BOTOX_20_DEC = Treatment("botox", date(2026, 12, 20))


@pytest.mark.parametrize(
    ("wait", "day", "latest"),
    [("7 days", date(2026, 12, 20), date(2026, 12, 13)), ("0 days", date(2026, 12, 20), date(2026, 12, 20)),
     ("1 month", date(2027, 3, 31), date(2027, 2, 28)), ("1 month", date(2028, 3, 30), date(2028, 2, 29)),
     ("2 weeks", date(2027, 1, 3), date(2026, 12, 20))],
)  # fmt: skip
def test_the_last_day_before_a_planned_day(wait: str, day: date, latest: date) -> None:
    assert last_day_before(parse_duration(wait), day) == latest


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    wait=st.sampled_from(
        ["0 days", "7 days", "14 days", "28 days", "90 days", "1 month", "3 months", "1 year"]
    ),
    day=st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31)),
)
def test_the_last_day_is_the_last_that_keeps_the_wait(wait: str, day: date) -> None:
    duration = parse_duration(wait)
    latest = last_day_before(duration, day)
    assert duration.after(latest) <= day < duration.after(latest + timedelta(days=1))


def test_a_planned_toxin_sets_the_latest_day_for_microneedling() -> None:
    plan = make_plan([FILLER], POLICY, TODAY, planned=[BOTOX_20_DEC])
    assert (plan.earliest, plan.latest) == (date(2026, 11, 15), date(2026, 12, 13))
    (planned,) = plan.planned
    assert planned.sets_latest and not planned.too_soon
    assert latest_text(plan) == (
        "Latest date for microneedling: Sunday 13 December 2026, 7 days before the Botox planned for "
        "20 Dec 2026. The clinic prefers 10 days before it: by Thursday 10 December 2026, else ask the "
        "practitioner first. After the Botox, from Sunday 3 January 2027."  # Botox → microneedling: 14 days
    )
    assert planned.latest_recommended == date(2026, 12, 10)  # microneedling → toxin: 10 days preferred
    assert make_plan([FILLER], POLICY, TODAY).latest is None


@pytest.mark.parametrize(
    ("proposed", "verdict"),
    [(date(2026, 12, 10), Verdict.CLEAR), (date(2026, 12, 11), Verdict.BEFORE_RECOMMENDED),
     (date(2026, 12, 13), Verdict.BEFORE_RECOMMENDED), (date(2026, 12, 14), Verdict.CONFLICTS_WITH_PLANNED),
     (date(2026, 12, 19), Verdict.CONFLICTS_WITH_PLANNED)],
)  # fmt: skip
def test_a_date_after_the_latest_conflicts_with_the_planned_treatment(
    proposed: date, verdict: Verdict
) -> None:
    plan = make_plan([FILLER], POLICY, TODAY, proposed=proposed, planned=[BOTOX_20_DEC])
    assert plan.verdict is verdict
    if verdict is Verdict.BEFORE_RECOMMENDED:  # as after a past microneedling: ask first
        said = verdict_text(plan)
        assert said.title == "Within policy, close to a planned treatment"
        days = (date(2026, 12, 20) - proposed).days
        assert said.detail == (
            f"{proposed.day} Dec 2026 (proposed date) is within clinic policy, but only {days} days before "
            "the Botox planned for 20 Dec 2026, and the clinic prefers 10 days: ask the practitioner first."
        )
        assert plan.stage_on(proposed) is Stage.BEFORE_RECOMMENDED
    if verdict is Verdict.CONFLICTS_WITH_PLANNED:
        said = verdict_text(plan)
        assert said.title == "Does not fit a planned treatment"
        assert "the last day that leaves 7 days before the Botox planned for 20 Dec 2026" in said.detail


def test_too_early_still_comes_first_and_no_day_fits_says_what_to_move() -> None:
    botox = Treatment("botox", date(2026, 11, 10))  # microneedling from 24 Nov; botox again from 8 Feb
    planned = Treatment("botox", date(2026, 11, 28))  # needs microneedling by 21 Nov
    plan = make_plan([botox], POLICY, TODAY, proposed=date(2026, 11, 22), planned=[planned])
    assert plan.verdict is Verdict.TOO_EARLY and plan.latest == date(2026, 11, 21)
    assert latest_text(plan) == (
        "No day fits before the Botox planned for 28 Nov 2026: it needs 7 days after the microneedling. "
        "Move it to Monday 8 February 2027 or later. Or have the microneedling after them: from Saturday "
        "12 December 2026."  # not 1 Dec: the planned Botox's own wait wins; 28 Nov + 14 days after it
    )
    assert planned_check_texts(plan) == [
        "The Botox planned for 28 Nov 2026 is earlier than the policy allows after the Botox of 10 Nov 2026; "
        "its earliest is 8 Feb 2027."
    ]
    assert latest_text(plan, "es").startswith(
        "Ningún día encaja antes del Botox previsto para el 28 nov 2026"
    )


@pytest.mark.parametrize(
    ("proposed", "verdict"),
    [
        (date(2026, 12, 10), Verdict.CLEAR),  # 10 days before the Botox planned on 20 Dec, as preferred
        (date(2026, 12, 13), Verdict.BEFORE_RECOMMENDED),  # the latest: 7 days before it, ask first
        (date(2026, 12, 14), Verdict.CONFLICTS_WITH_PLANNED),
        (date(2027, 1, 2), Verdict.CONFLICTS_WITH_PLANNED),  # 13 days after it
        (date(2027, 1, 3), Verdict.CLEAR),  # 14 days after it: the planned Botox comes first
    ],
)
def test_after_a_planned_treatment_its_own_wait_applies(proposed: date, verdict: Verdict) -> None:
    plan = make_plan([FILLER], POLICY, TODAY, proposed=proposed, planned=[BOTOX_20_DEC])
    assert plan.verdict is verdict
    (planned,) = plan.planned
    assert planned.gap == (date(2026, 12, 14), date(2027, 1, 2))


def test_a_planned_treatment_that_needs_no_wait_either_way_does_not_bound_the_date() -> None:
    """Toxin and filler may be the same day, in either order: a Botox on 22 Dec with a filler planned on
    20 Dec is within policy, and there is no latest date."""
    needling = Treatment("microneedling", date(2026, 11, 28))
    filler = Treatment("ha-filler", date(2026, 12, 20))
    today = date(2026, 12, 6)
    for proposed in (date(2026, 12, 19), date(2026, 12, 20), date(2026, 12, 22)):
        plan = make_plan([needling], POLICY, today, "botox", proposed=proposed, planned=[filler])
        assert plan.verdict is Verdict.CLEAR and plan.latest is None
    assert planned_check_texts(plan) == [
        "The Hyaluronic-acid filler (any brand) planned for 20 Dec 2026 needs no wait before or after the "
        "Botox."
    ]


def test_a_planned_treatment_is_from_today_on() -> None:
    with pytest.raises(HistoryError, match="a planned treatment is one day from today on"):
        make_plan([FILLER], POLICY, TODAY, planned=[Treatment("botox", date(2026, 11, 19))])


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    planned=st.lists(
        st.tuples(st.sampled_from(sorted(POLICY.products)), st.integers(min_value=0, max_value=300)),
        min_size=1,
        max_size=3,
    ),
    extra=st.tuples(st.sampled_from(sorted(POLICY.products)), st.integers(min_value=0, max_value=300)),
    target=st.sampled_from(POLICY.next_treatments),
)
def test_adding_a_planned_treatment_never_moves_the_latest_day_later(
    planned: list[tuple[str, int]], extra: tuple[str, int], target: str
) -> None:
    def latest(items: list[tuple[str, int]]) -> date | None:
        booked = [Treatment(p, TODAY + timedelta(days=ahead)) for p, ahead in items]
        return make_plan([FILLER], POLICY, TODAY, target, planned=booked).latest

    before, after = latest(planned), latest([*planned, extra])
    if before is not None:  # None: no planned one needs a wait (toxin and filler, the same day either way)
        assert after is not None and after <= before


def test_the_big_date_skips_the_days_a_planned_treatment_does_not_allow() -> None:
    """Microneedling on 5 Dec; Botox and filler both booked on 20 Dec; next microneedling? The policy's
    earliest, 2 Jan, is 13 days after the planned Botox (it needs 14): the first day that fits is 3 Jan,
    and both planned treatments are named, each with the day it could move to."""
    today = date(2026, 12, 6)
    booked = [Treatment("botox", date(2026, 12, 20)), Treatment("ha-filler", date(2026, 12, 20))]
    plan = make_plan([Treatment("microneedling", date(2026, 12, 5))], POLICY, today, planned=booked)
    assert (plan.earliest, plan.bookable, plan.latest) == (
        date(2027, 1, 2),
        date(2027, 1, 3),
        date(2026, 12, 13),
    )
    assert plan.no_day_fits and [p.product.id for p in plan.blocked_before] == ["botox", "ha-filler"]
    assert earliest_text(plan).startswith("First bookable date for microneedling: Sunday 3 January 2027")
    assert bookable_reason(plan) == (
        "Policy earliest: Sat 2 Jan 2027; the days before Sun 3 Jan 2027 do not leave the Botox planned for "
        "20 Dec 2026 its wait."
    )
    assert latest_text(plan) == (
        "No day fits before the Botox planned for 20 Dec 2026: it needs 7 days after the microneedling. "
        "Move it to Saturday 9 January 2027 or later. No day fits before the Hyaluronic-acid filler (any "
        "brand) planned for 20 Dec 2026: it needs 7 days after the microneedling. Move it to Saturday 9 "
        "January 2027 or later. Or have the microneedling after them: from Sunday 3 January 2027."
    )
    on_the_2nd = make_plan(
        [Treatment("microneedling", date(2026, 12, 5))],
        POLICY,
        today,
        proposed=date(2027, 1, 2),
        planned=booked,
    )
    assert on_the_2nd.verdict is Verdict.CONFLICTS_WITH_PLANNED
    assert verdict_text(on_the_2nd).detail == (
        "2 Jan 2027 (proposed date) is too soon after the Botox planned for 20 Dec 2026: it needs 14 days "
        "after it, so from 3 Jan 2027."
    )


def test_ask_first_close_to_a_planned_toxin_is_said_alike_on_the_command_line() -> None:
    """Today 7 Dec, Botox planned 15 Dec: the latest is 8 Dec (7 days), the preferred 5 Dec (10 days),
    already past; 8 Dec is 'ask first' in the window's words and the command line's."""
    from gui.cli.commands import plan_to_text

    today, botox = date(2026, 12, 7), Treatment("botox", date(2026, 12, 15))
    plan = make_plan([], POLICY, today, proposed=date(2026, 12, 8), planned=[botox])
    assert plan.verdict is Verdict.BEFORE_RECOMMENDED and plan.latest == date(2026, 12, 8)
    assert plan.planned[0].latest_recommended == date(2026, 12, 5)
    assert latest_text(plan).endswith(
        "The clinic prefers 10 days before it, and that day has passed: ask the practitioner first. "
        "After the Botox, from Tuesday 29 December 2026."
    )
    text = plan_to_text(plan)
    assert (
        "Verdict for proposed date, Tuesday 8 December 2026: ASK FIRST — within the clinic's policy, but "
        "closer to a planned treatment than it prefers; ask the practitioner"
    ) in text
    assert "CONSULTAR ANTES — dentro de la política de la clínica, pero más cerca" in plan_to_text(plan, "es")
    # A toxin planned with no preferred wait longer than its earliest (filler → microneedling has none
    # before it): no ask-first days before it.
    filler = make_plan(
        [], POLICY, today, proposed=date(2026, 12, 8), planned=[Treatment("ha-filler", date(2026, 12, 20))]
    )
    assert filler.verdict is not Verdict.BEFORE_RECOMMENDED
    assert all(p.latest_recommended is None for p in filler.planned)
