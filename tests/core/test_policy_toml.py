"""Saving a policy as TOML and reading it back gives the same policy; signed policies name their signer."""

from __future__ import annotations

import tomllib
from datetime import date

from gui.core import Policy, Treatment, make_plan, parse_policy, policy_label
from gui.core.durations import parse_duration
from gui.core.policy_toml import dump_policy


def test_round_trip_of_the_default_policy(policy: Policy) -> None:
    again = parse_policy(tomllib.loads(dump_policy(policy)), "saved.toml")
    assert again.problems == ()
    assert again.policy is not None
    assert again.policy.rules == policy.rules
    assert again.policy.products == policy.products
    assert again.policy.classes == policy.classes
    assert policy_label(again.policy) == "Default policy 2027.1"


def test_signed_clinic_policy_with_a_21_day_filler_rule(policy: Policy) -> None:
    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(policy.rules)
    rules[key] = rules[key]._replace(earliest=parse_duration("21 days"), evidence="clinic-policy")
    clinic = policy._replace(
        name="Clinic policy",
        version="3",
        rules=rules,
        approved_by="Dr Lee",
        approved_on=date(2026, 11, 20),
    )
    saved = parse_policy(tomllib.loads(dump_policy(clinic)), "clinic.toml").policy
    assert saved is not None
    label = (
        "Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · not verified"  # written without a fingerprint
    )
    assert policy_label(saved) == label
    plan = make_plan([Treatment("ha-filler", date(2026, 11, 10))], saved, date(2026, 11, 24))
    assert plan.earliest == date(2026, 12, 1)
    assert policy_label(plan.policy) == label


def test_text_with_quotes_and_accents_survives(policy: Policy) -> None:
    odd = policy._replace(
        name='Clínica "Sol" \\ policy', approved_by="Dra. Núñez", approved_on=date(2026, 1, 2)
    )
    saved = parse_policy(tomllib.loads(dump_policy(odd)), "x").policy
    assert saved is not None and saved.name == 'Clínica "Sol" \\ policy' and saved.approved_by == "Dra. Núñez"


def test_half_signed_policy_is_a_problem(policy: Policy) -> None:
    data = tomllib.loads(dump_policy(policy))
    data["policy"]["approved_by"] = "Dr Lee"
    result = parse_policy(data, "clinic.toml")
    assert [p.key for p in result.problems] == ["policy.approved_on"]


def test_spanish_keys_round_trip(policy: Policy) -> None:
    text = dump_policy(policy)
    assert 'name_es = "Política predeterminada"' in text
    assert 'name_es = "Neurotoxina"' in text
    assert text.count("basis_es = ") == len(policy.rules) + len(policy.courses)
    again = parse_policy(tomllib.loads(text), "saved.toml").policy
    assert again is not None
    assert again.name_es == policy.name_es
    assert again.classes == policy.classes and again.products == policy.products
    assert [r.basis_es for r in again.rules.values()] == [r.basis_es for r in policy.rules.values()]
    assert dump_policy(again) == text


def test_a_policy_without_spanish_writes_no_spanish_keys(policy: Policy) -> None:
    plain = policy._replace(
        name_es="",
        classes={k: c._replace(name_es="") for k, c in policy.classes.items()},
        products={k: p._replace(name_es="", class_name_es="") for k, p in policy.products.items()},
        rules={k: r._replace(basis_es="") for k, r in policy.rules.items()},
        courses={k: c._replace(basis_es="") for k, c in policy.courses.items()},
        screening={
            k: i._replace(name_es="", question_es="", reason_es="") for k, i in policy.screening.items()
        },
    )
    text = dump_policy(plain)
    assert "_es" not in text
    again = parse_policy(tomllib.loads(text), "plain.toml").policy
    assert again is not None and again.rules == plain.rules and again.products == plain.products
    assert again.screening == plain.screening
