"""The policy check sheet: worked examples, with real dates, of what the desk will say under a policy.

Clinicians check rules by examples, not by durations. For every rule the sheet takes a treatment on a
fixed day and asks the engine the desk uses what it then says about the next treatment: the day
before the earliest date (too early) and the earliest date itself, the recommended date, the day the
ideal window closes and the day after; a month end and a leap day where a rule counts in months; a
date known only to the month; two treatments where the later wait wins; a course of sessions; and
each screening question's effect. Nothing here is written by hand: every expectation is the
engine's own answer, in the keys and values of ``plan --json``, so the sheet is a test of the policy
as the app applies it, and a clinic can keep the examples and run them through ``plan`` again.

The examples count every day as open (a clinic's closures are not the policy's): run them with
``plan --policy FILE --no-clinic-settings``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from gui.core.course import with_course
from gui.core.history import Treatment, covering
from gui.core.plan import Plan, make_plan
from gui.core.plan_json import plan_to_json
from gui.core.policy import TARGETS, Policy, Rule
from gui.core.screening import with_screening

ANCHOR = dt.date(2025, 12, 1)  # a Monday: the day of every example's treatment unless it says otherwise
MONTH_END = dt.date(2026, 1, 31)  # a month counted from here lands on a shorter month
LEAP_DAY = dt.date(2028, 2, 29)  # a year counted from here has no 29 February
COURSE_SESSIONS = 3
# The keys of ``plan --json`` each kind of example expects (a subset: what the example is about).
_DATES = ("earliest", "recommended", "ideal_until", "effect_ends")


@dataclass(frozen=True)
class Example:
    """One worked example: the inputs as ``plan`` takes them and what the engine answered."""

    kind: str  # before-earliest, on-earliest, recommended, ideal-ends, after-ideal, month-end,
    # leap-day, approximate, later-wait-wins, course, screening
    group: str  # the next treatment's group, as the policy editor groups the rules
    rule: tuple[str, str] | None  # (applies_to, target) of the rule it shows; None for screening
    history: tuple[str, ...]  # as plan --history takes them: 'botox=2025-12-01', 'botox=2025-10'
    target: str
    today: dt.date
    expect: Mapping[str, object]
    proposed: dt.date | None = None
    sessions: int | None = None
    screen: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The example as ``policy-sheet --json`` lists it; the optional inputs only when given."""
        data: dict[str, object] = {
            "kind": self.kind,
            "history": list(self.history),
            "target": self.target,
            "today": self.today.isoformat(),
        }
        if self.proposed is not None:
            data["proposed"] = self.proposed.isoformat()
        if self.sessions is not None:
            data["sessions"] = self.sessions
        if self.screen:
            data["screen"] = list(self.screen)
        data["expect"] = dict(self.expect)
        return data


def check_examples(policy: Policy) -> list[Example]:
    """Every example of the sheet, grouped as the policy editor groups the rules (by the next
    treatment), then the course and screening examples."""
    examples: list[Example] = []
    for rule in policy.rules_by_next_treatment():
        if (rule.applies_to, rule.target) in policy.from_default:
            continue  # not signed: the sheet shows what the approval covers
        examples += _rule_examples(policy, rule)
    done: set[str] = set()
    for target in policy.next_treatments:  # one next treatment per group: a class's products repeat it
        if (group := policy.group_of(target)) not in done:
            done.add(group)
            examples += _group_examples(policy, target)
    return examples


# --- choosing products ------------------------------------------------------------------------------


def _pair_for(policy: Policy, rule: Rule) -> tuple[str, str] | None:
    """A prior product and a next treatment the rule decides (a class's rule: the first product of
    it that has no rule of its own); None when every such pair has a more specific rule."""
    priors = [rule.applies_to] if rule.applies_to in policy.products else [
        p.id for p in policy.products.values() if p.class_id == rule.applies_to
    ]  # fmt: skip
    if rule.target in TARGETS or rule.target in policy.products:
        nexts = [rule.target]
    else:
        nexts = [
            p
            for p in policy.next_treatments
            if p in policy.products and policy.products[p].class_id == rule.target
        ]
    for prior in priors:
        for target in nexts:
            if policy.rule_for(prior, target) == rule:
                return prior, target
    return None


def _plan(
    policy: Policy, history: list[Treatment], target: str, today: dt.date, proposed: dt.date | None
) -> Plan:
    return make_plan(history, policy, today, target, proposed)


def _expect(plan: Plan, keys: tuple[str, ...]) -> dict[str, object]:
    said = plan_to_json(plan)
    return {key: said[key] for key in keys}


# --- one rule -------------------------------------------------------------------------------------


def _rule_examples(policy: Policy, rule: Rule) -> Iterator[Example]:
    pair = _pair_for(policy, rule)
    if pair is None:
        return
    prior, target = pair
    group, key = policy.group_of(target), (rule.applies_to, rule.target)
    history = [Treatment(prior, ANCHOR)]
    typed = (f"{prior}={ANCHOR.isoformat()}",)
    first = _plan(policy, history, target, ANCHOR, None)
    earliest = first.earliest
    assert earliest is not None  # a prior treatment always has an earliest date

    def judged(kind: str, day: dt.date, keys: tuple[str, ...] = ("verdict", "earliest")) -> Example:
        plan = _plan(policy, history, target, ANCHOR, day)
        return Example(kind, group, key, typed, target, ANCHOR, _expect(plan, keys), proposed=day)

    if earliest > ANCHOR:
        yield judged("before-earliest", earliest - dt.timedelta(days=1))
    yield judged("on-earliest", earliest, ("verdict", *_DATES))
    if first.recommended is not None and first.recommended > earliest:
        yield judged("recommended", first.recommended, ("verdict", "recommended"))
    if first.ideal_until is not None:
        yield judged("ideal-ends", first.ideal_until, ("verdict", "ideal_until"))
        yield judged("after-ideal", first.ideal_until + dt.timedelta(days=1), ("verdict", "ideal_until"))
    if _counts_months(rule):
        for kind, day in (("month-end", MONTH_END), ("leap-day", LEAP_DAY)):
            plan = _plan(policy, [Treatment(prior, day)], target, day, None)
            yield Example(
                kind, group, key, (f"{prior}={day.isoformat()}",), target, day, _expect(plan, _DATES)
            )


def _counts_months(rule: Rule) -> bool:
    durations = (rule.earliest, rule.recommended, rule.ideal_until, rule.effect_ends)
    return any(d is not None and (d.months or d.years) for d in durations)


# --- one next treatment -------------------------------------------------------------------------------


def _group_examples(policy: Policy, target: str) -> Iterator[Example]:
    """For a next treatment: a date known only to the month, the later of two waits, its course, and
    what each screening question asked before it does."""
    group = policy.group_of(target)
    priors = [p for p in policy.products if p not in TARGETS]
    if not priors:
        return
    prior = priors[0]
    month = covering(prior, ANCHOR.replace(month=10, day=1), ANCHOR.replace(month=10, day=31))
    plan = _plan(policy, [month], target, ANCHOR, None)
    yield Example(
        "approximate", group, _key(policy, prior, target), (f"{prior}={ANCHOR.year}-10",), target, ANCHOR,
        _expect(plan, ("earliest", "ideal_until")),
    )  # fmt: skip
    yield from _later_wait_wins(policy, target, group, priors)
    if policy.course_for(target) is not None:
        plan = _plan(policy, [Treatment(prior, ANCHOR)], target, ANCHOR, None)
        coursed = _expect(with_course(plan, policy, COURSE_SESSIONS), ("sessions", "next_toxin"))
        yield Example(
            "course", group, None, (f"{prior}={ANCHOR.isoformat()}",), target, ANCHOR, coursed,
            sessions=COURSE_SESSIONS,
        )  # fmt: skip
    for item in policy.screening_for(target):
        plan = with_screening(
            _plan(policy, [Treatment(prior, ANCHOR)], target, ANCHOR, None), policy, [item.id]
        )
        yield Example(
            "screening", group, None, (f"{prior}={ANCHOR.isoformat()}",), target, ANCHOR,
            _expect(plan, ("earliest", "screening_effect")), screen=(item.id,),
        )  # fmt: skip


def _key(policy: Policy, prior: str, target: str) -> tuple[str, str]:
    rule = policy.rule_for(prior, target)
    return rule.applies_to, rule.target


def _later_wait_wins(policy: Policy, target: str, group: str, priors: list[str]) -> Iterator[Example]:
    """Two treatments a week apart, the earlier one with the longer wait: the date is where the wait
    that ends last ends, not a week after the later treatment's own wait."""
    waits = {p: policy.rule_for(p, target).earliest.after(ANCHOR) for p in priors}
    longest, shortest = max(priors, key=lambda p: waits[p]), min(priors, key=lambda p: waits[p])
    second = ANCHOR + dt.timedelta(days=7)
    if waits[longest] <= policy.rule_for(shortest, target).earliest.after(second):
        return  # the two waits end together (or the later treatment's decides): nothing to show
    history = [Treatment(longest, ANCHOR), Treatment(shortest, second)]
    plan = _plan(policy, history, target, second, None)
    typed = (f"{longest}={ANCHOR.isoformat()}", f"{shortest}={second.isoformat()}")
    yield Example("later-wait-wins", group, None, typed, target, second, _expect(plan, ("earliest",)))
