"""``make_plan`` remembers each treatment's reason between edits, but only for the same policy."""

from __future__ import annotations

from datetime import date

from gui.core import Duration, Planner, Policy, Treatment, load_policy_or_raise, make_plan
from gui.core.resources import default_policy_path

TODAY = date(2026, 11, 24)


def with_filler_wait(policy: Policy, days: int) -> Policy:
    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(policy.rules)
    rules[key] = rules[key]._replace(earliest=Duration(days=days))
    return policy._replace(rules=rules)


def test_a_new_policy_is_applied_to_a_treatment_seen_before(policy: Policy) -> None:
    filler = [Treatment("ha-filler", date(2026, 11, 10))]
    assert make_plan(filler, policy, TODAY).earliest == date(2026, 11, 24)
    stricter = with_filler_wait(policy, 21)
    assert make_plan(filler, stricter, TODAY).earliest == date(2026, 12, 1)
    assert make_plan(filler, policy, TODAY).earliest == date(2026, 11, 24)


def test_a_new_day_is_applied_to_a_treatment_seen_before(policy: Policy) -> None:
    around = [Treatment("botox", date(2026, 11, 20))]
    today_plan = make_plan(around, policy, TODAY)
    tomorrow_plan = make_plan(around, policy, date(2026, 11, 25))
    assert today_plan.today == TODAY and tomorrow_plan.today == date(2026, 11, 25)
    assert make_plan(around, policy, TODAY, "rf-microneedling").target == "rf-microneedling"


def test_a_planner_remembers_for_its_own_policy_only(policy: Policy) -> None:
    filler = [Treatment("ha-filler", date(2026, 11, 10))]
    planner, stricter = Planner(policy), Planner(with_filler_wait(policy, 21))
    assert planner.plan(filler, TODAY) == make_plan(filler, policy, TODAY)
    assert stricter.plan(filler, TODAY).earliest == date(2026, 12, 1)
    assert planner.plan(filler, TODAY).earliest == date(2026, 11, 24)


def test_the_core_keeps_no_module_level_state() -> None:
    """No dict or list at module level in gui/core is filled at run time (a cache belongs to an object)."""
    import gui.core.plan as plan_module

    before = {n: len(v) for n, v in vars(plan_module).items() if isinstance(v, dict | list)}
    make_plan([Treatment("xeomin", date(2011, 3, 7))], load_policy_or_raise(default_policy_path()), TODAY)
    after = {n: len(v) for n, v in vars(plan_module).items() if isinstance(v, dict | list)}
    assert before == after
