"""Screening at the desk: each item and each combination of effects, against answers written by hand
from the default policy 2027.1; the questions in a policy file, checked, written back and filled for
a policy signed before screening existed.

A yes never moves a date: the verdict keeps its date and adds the strongest effect."""

from __future__ import annotations

import copy
import itertools
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from gui.core import Treatment, load_policy, load_policy_or_raise, make_plan, parse_policy
from gui.core.course import with_course
from gui.core.plan_words import verdict_text
from gui.core.policy_toml import dump_policy
from gui.core.resources import default_policy_path
from gui.core.screening import ScreeningError, with_screening
from gui.core.screening_words import screening_line

POLICY = load_policy_or_raise(default_policy_path())
DEFAULT: dict[str, Any] = tomllib.loads(default_policy_path().read_text(encoding="utf-8"))
TODAY = date(2026, 12, 5)
BOTOX = Treatment("botox", date(2026, 11, 1))

# Every default item, its effect and the next treatments it is asked before (written out by hand).
ITEMS = {
    "active-infection": ("not-today", {"microneedling", "rf-microneedling", "botox", "ha-filler"}),
    "sunburn": ("not-today", {"microneedling", "rf-microneedling"}),
    "isotretinoin": ("ask-first", {"microneedling", "rf-microneedling"}),
    "pregnant": ("ask-first", {"microneedling", "rf-microneedling", "botox", "ha-filler"}),
    "blood-thinners": ("ask-first", {"microneedling", "rf-microneedling", "botox", "ha-filler"}),
    "keloids": ("ask-first", {"microneedling", "rf-microneedling"}),
    "cold-sores": ("ask-first", {"microneedling", "rf-microneedling"}),
    "retinoid": ("ask-first", {"microneedling", "rf-microneedling"}),
    "implant": ("ask-first", {"rf-microneedling"}),
}


def plan_for(target: str = "microneedling", proposed: date | None = None) -> Any:
    return make_plan([BOTOX], POLICY, TODAY, target, proposed)


def dates(plan: Any) -> tuple[object, ...]:
    return (plan.earliest, plan.recommended, plan.bookable, plan.ideal_until, plan.latest, plan.verdict)


@pytest.mark.parametrize("item_id", sorted(ITEMS))
@pytest.mark.parametrize("target", ["microneedling", "rf-microneedling", "botox", "ha-filler"])
def test_each_item_has_its_effect_where_it_is_asked(item_id: str, target: str) -> None:
    effect, asked = ITEMS[item_id]
    plan = plan_for(target)
    if target not in asked:
        with pytest.raises(ScreeningError, match=f"'{item_id}' is not asked before {target}"):
            with_screening(plan, POLICY, [item_id])
        return
    screened = with_screening(plan, POLICY, [item_id])
    assert screened.screening_effect == effect
    assert dates(screened) == dates(plan)  # the date and the date's verdict stay
    assert [i.id for i in screened.screening] == [item_id]


def test_the_asked_lists_are_the_policys() -> None:
    for target in ("microneedling", "rf-microneedling", "botox", "ha-filler"):
        expected = {item for item, (_, asked) in ITEMS.items() if target in asked}
        assert {i.id for i in POLICY.screening_for(target)} == expected


@pytest.mark.parametrize(
    "answers",
    [set(c) for n in range(4) for c in itertools.combinations(["sunburn", "isotretinoin", "keloids"], n)],
)
def test_the_strongest_effect_wins(answers: set[str]) -> None:
    screened = with_screening(plan_for(), POLICY, answers)
    expected = "not-today" if "sunburn" in answers else "ask-first" if answers else "none"
    assert screened.screening_effect == expected


def test_no_answer_and_no_change() -> None:
    plan = plan_for()
    assert with_screening(plan, POLICY, []) == plan
    assert plan.screening_effect == "none" and screening_line(plan) == ""


def test_the_verdict_keeps_its_date_and_adds_the_effect() -> None:
    proposed = date(2026, 12, 15)
    screened = with_screening(plan_for(proposed=proposed), POLICY, ["active-infection"])
    said = verdict_text(screened)
    assert said.icon == "✖" and said.title == "Ideal — not while it applies"
    assert said.detail.startswith("15 Dec 2026 (proposed date) is within clinic policy")
    assert "Not while it applies: an infection, a cold sore or an open wound in the area." in said.detail
    asked = verdict_text(with_screening(plan_for(), POLICY, ["isotretinoin", "keloids"]), "es")
    assert asked.icon == "◐" and asked.title.endswith("— consulte antes con el profesional")
    assert (
        "isotretinoína (Roacután) en los últimos 6 meses y cicatrices abultadas o queloides" in asked.detail
    )


def test_a_too_early_date_stays_too_early_with_screening() -> None:
    plan = make_plan([Treatment("botox", date(2026, 11, 28))], POLICY, TODAY)
    said = verdict_text(with_screening(plan, POLICY, ["pregnant"]))
    assert said.icon == "✖" and said.title.startswith("Too early — ask the practitioner first")


def test_isotretinoin_says_the_sources_disagree() -> None:
    (item,) = with_screening(plan_for(), POLICY, ["isotretinoin"]).screening
    assert "sources disagree" in item.reason and item.evidence == "label"
    assert any("(label)" in s for s in item.sources) and any("consensus" in s for s in item.sources)


@settings(max_examples=120, deadline=None, derandomize=True, database=None)
@given(
    back=st.integers(0, 400),
    forward=st.one_of(st.none(), st.integers(0, 200)),
    target=st.sampled_from(["microneedling", "rf-microneedling", "botox", "ha-filler"]),
    data=st.data(),
)
def test_screening_never_moves_a_date(
    back: int, forward: int | None, target: str, data: st.DataObject
) -> None:
    proposed = TODAY + timedelta(days=forward) if forward is not None else None
    plan = make_plan([Treatment("dysport", TODAY - timedelta(days=back))], POLICY, TODAY, target, proposed)
    if target in ("microneedling", "rf-microneedling"):
        plan = with_course(plan, POLICY, 3)
    asked = [i.id for i in POLICY.screening_for(target)]
    answers = data.draw(st.sets(st.sampled_from(asked)), label="yes")
    screened = with_screening(plan, POLICY, answers)
    assert dates(screened) == dates(plan) and screened.course == plan.course
    strongest = max((POLICY.screening[a].strength for a in answers), default=0)
    assert screened.screening_effect == ("none", "ask-first", "not-today")[strongest]


# --- in the policy file ------------------------------------------------------------------------------

GOOD = dict(DEFAULT["screening"]["sunburn"])


def with_item(item_id: str, body: object) -> dict[str, Any]:
    data = copy.deepcopy(DEFAULT)
    data["screening"][item_id] = body
    return data


@pytest.mark.parametrize(
    ("item_id", "body", "key", "fragment"),
    [
        (
            "sunburn",
            {**GOOD, "effect": "never"},
            "screening.sunburn.effect",
            "'never' is not one of: ask-first",
        ),
        (
            "sunburn",
            {k: v for k, v in GOOD.items() if k != "question"},
            "screening.sunburn.question",
            "missing",
        ),
        ("sunburn", {**GOOD, "reason": ""}, "screening.sunburn.reason", "non-empty text"),
        ("sunburn", {**GOOD, "evidence": "hearsay"}, "screening.sunburn.evidence", "'hearsay' is not one of"),
        ("sunburn", {**GOOD, "sources": []}, "screening.sunburn.sources", "non-empty list"),
        ("sunburn", {**GOOD, "applies_to": "skin-needling"}, "screening.sunburn.applies_to", "a list"),
        ("sunburn", {**GOOD, "applies_to": ["laser"]}, "screening.sunburn.applies_to", "unknown product"),
        ("sunburn", {**GOOD, "colour": "red"}, "screening.sunburn.colour", "unknown key"),
        ("sunburn", "yes", "screening.sunburn", "must be a table"),
        ("Sun Burn", GOOD, "screening.Sun Burn", "lower-case letters and digits joined by hyphens"),
        ("a" * 41, GOOD, "screening." + "a" * 41, "at most 40 characters"),
    ],
)
def test_a_bad_item_is_a_problem_named_by_its_key(
    item_id: str, body: object, key: str, fragment: str
) -> None:
    result = parse_policy(with_item(item_id, body), "policy.toml")
    assert result.policy is None
    found = {p.key: p.message for p in result.problems}
    assert key in found and fragment in found[key], found


def test_the_questions_are_written_back_as_they_were_read() -> None:
    again = parse_policy(tomllib.loads(dump_policy(POLICY))).policy
    assert again is not None and again.screening == POLICY.screening
    assert list(again.screening) == list(POLICY.screening)  # the order staff see them in


def test_a_policy_signed_before_screening_takes_the_default_questions_and_says_so(tmp_path: Path) -> None:
    data = copy.deepcopy(DEFAULT)
    del data["screening"]
    path = tmp_path / "old.toml"
    path.write_text(dump_policy(parse_policy(data).policy), encoding="utf-8")  # type: ignore[arg-type]
    policy = load_policy(path).policy
    assert policy is not None and policy.screening == POLICY.screening and policy.screening_from_default
    screened = with_screening(make_plan([BOTOX], policy, TODAY), policy, ["sunburn"])
    assert screened.screening_unsigned
    assert not with_screening(plan_for(), POLICY, ["sunburn"]).screening_unsigned
    assert load_policy(path, fill=False).policy.screening == {}  # type: ignore[union-attr]


def test_a_clinic_may_change_an_effect() -> None:
    body = {**DEFAULT["screening"]["isotretinoin"], "effect": "not-today"}
    policy = parse_policy(with_item("isotretinoin", body)).policy
    assert policy is not None
    screened = with_screening(make_plan([BOTOX], policy, TODAY), policy, ["isotretinoin"])
    assert screened.screening_effect == "not-today"
    assert screened._replace(screening=()).screening_effect == "none"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_yes_makes_todays_big_date_conditional(lang: str) -> None:
    from gui.core.plan_words import earliest_text

    plan = plan_for()
    assert plan.bookable == TODAY and plan.earliest_has_passed
    plain, asked_first = (
        earliest_text(plan, lang),
        earliest_text(with_screening(plan, POLICY, ["pregnant"]), lang),
    )
    not_today = earliest_text(with_screening(plan, POLICY, ["sunburn"]), lang)
    agreed = {"en": "If the practitioner agrees, any open day", "es": "Si el profesional está de acuerdo"}
    assert asked_first.startswith(agreed[lang]) and asked_first.endswith(plain.partition(":")[2])
    timing_only = {"en": "By timing alone, any open day from today:", "es": "Solo por los plazos, cualquier"}
    assert not_today.startswith(timing_only[lang]) and not plain.startswith(timing_only[lang])
    assert "5" in not_today  # the day itself is still said
