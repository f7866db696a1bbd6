"""Both directions, first step: any product as the next treatment, a rule for every pair (2027.1), and
an older policy that covered only the needling targets still working, its missing pairs said to come
from the shipped default."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from gui.core import (
    TARGETS,
    Treatment,
    load_policy,
    load_policy_or_raise,
    make_plan,
    reason_rule_text,
    rule_summary,
)
from gui.core.policy_reading import covers_both_directions
from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore

POLICY = load_policy_or_raise(default_policy_path())
TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("prior", "target", "days"),
    [
        ("microneedling", "botox", 7), ("rf-microneedling", "daxxify", 7), ("microneedling", "ha-filler", 7),
        ("microneedling", "sculptra", 7), ("botox", "botox", 90), ("botox", "dysport", 90),
        ("daxxify", "xeomin", 90), ("botox", "ha-filler", 0), ("ha-filler", "botox", 0),
        ("radiesse", "jeuveau", 0), ("ha-filler", "ha-filler", 14), ("ha-filler", "sculptra", 14),
        ("sculptra", "ha-filler", 14), ("sculptra", "radiesse", 28), ("botox", "microneedling", 14),
    ],
)  # fmt: skip
def test_every_pair_has_its_wait(prior: str, target: str, days: int) -> None:
    plan = make_plan([Treatment(prior, date(2026, 11, 1))], POLICY, TODAY, target)
    assert plan.earliest == date(2026, 11, 1) + timedelta(days=days)


def test_the_default_covers_every_product_before_every_next_treatment() -> None:
    assert covers_both_directions(POLICY)
    assert POLICY.next_treatments[:2] == TARGETS and "botox" in POLICY.next_treatments
    assert POLICY.from_default == frozenset()


def test_the_rule_names_the_next_treatment_asked_for() -> None:
    (reason,) = make_plan([Treatment("microneedling", date(2026, 11, 28))], POLICY, TODAY, "botox").reasons
    assert reason_rule_text(reason) == (
        "Wait at least 7 days after microneedling before Botox; 10 days is preferred."
    )
    (same_day,) = make_plan([Treatment("botox", date(2026, 11, 28))], POLICY, TODAY, "ha-filler").reasons
    assert reason_rule_text(same_day) == (
        "No wait is needed after Botox before Hyaluronic-acid filler (any brand): the same day is allowed."
    )
    assert rule_summary(same_day.rule) == "no wait: the same day is allowed"
    assert reason_rule_text(same_day, "es").startswith("No hace falta esperar tras Botox antes del")


def _write_older(tmp_path: Path) -> Path:
    text = default_policy_path().read_text(encoding="utf-8")
    head, _, _ = text.partition("# === The other direction")
    head = head.replace(
        'version = "2027.1"', 'version = "3"\napproved_by = "Dr Lee"\napproved_on = 2026-11-20'
    )
    path = tmp_path / "clinic.toml"
    path.write_text(head, encoding="utf-8")
    return path


def test_an_older_policy_keeps_its_rules_and_takes_the_missing_pairs_from_the_default(tmp_path: Path) -> None:
    path = _write_older(tmp_path)
    older = load_policy_or_raise(path)
    assert older.version == "3" and covers_both_directions(older)
    assert ("skin-needling", "neurotoxin") in older.from_default
    assert all(target not in TARGETS for _, target in older.from_default)
    unfilled = load_policy(path, fill=False).policy
    assert unfilled is not None and not covers_both_directions(unfilled)
    assert {k: v for k, v in older.rules.items() if k not in older.from_default} == dict(unfilled.rules)
    (needling,) = make_plan([Treatment("botox", date(2026, 11, 1))], older, TODAY).reasons
    assert not needling.unsigned
    (toxin,) = make_plan([Treatment("microneedling", date(2026, 11, 28))], older, TODAY, "botox").reasons
    assert toxin.unsigned and toxin.earliest == date(2026, 12, 5)


def test_the_desk_says_which_pairs_the_clinic_has_not_signed(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path / "config", default_policy_path())
    store.clinic_path.parent.mkdir(parents=True, exist_ok=True)
    store.clinic_path.write_text(_write_older(tmp_path).read_text(encoding="utf-8"), encoding="utf-8")
    active = store.active()
    assert active.origin == "clinic"
    assert "was signed before the app planned toxins and fillers" in str(active.banner)
    assert store.default().from_default == frozenset()


def test_a_new_policy_that_covers_some_other_pairs_must_cover_them_all(tmp_path: Path) -> None:
    text = default_policy_path().read_text(encoding="utf-8")
    head, _, _ = text.partition("[rules.biostimulator.biostimulator]")  # the last rule of the file
    path = tmp_path / "partial.toml"
    path.write_text(head, encoding="utf-8")
    result = load_policy(path)
    assert result.policy is None
    assert {p.key for p in result.problems} == {"rules.biostimulator.biostimulator"}
    said = [p.message for p in result.problems]
    assert "missing: no rule says how long to wait after Sculptra before Radiesse" in said
    assert len(said) == 4  # Sculptra and Radiesse, each before each


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    history=st.lists(
        st.tuples(st.sampled_from(sorted(POLICY.products)), st.integers(min_value=0, max_value=400)),
        min_size=1,
        max_size=4,
    ),
    extra=st.tuples(st.sampled_from(sorted(POLICY.products)), st.integers(min_value=0, max_value=400)),
    target=st.sampled_from(POLICY.next_treatments),
)
def test_adding_a_prior_never_moves_the_earliest_date_earlier(
    history: list[tuple[str, int]], extra: tuple[str, int], target: str
) -> None:
    def plan(items: list[tuple[str, int]]):  # type: ignore[no-untyped-def]
        treatments = [Treatment(p, date.fromordinal(TODAY.toordinal() - back)) for p, back in items]
        return make_plan(treatments, POLICY, TODAY, target)

    before, after = plan(history), plan([*history, extra])
    assert before.earliest is not None and after.earliest is not None
    assert after.earliest >= before.earliest
