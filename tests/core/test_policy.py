"""The default policy and the policy validator: every kind of mistake comes back as a located problem."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gui.core import (
    Duration,
    Policy,
    PolicyError,
    PolicyProblem,
    basis_text,
    class_name,
    load_policy,
    load_policy_or_raise,
    name_of,
    parse_policy,
    policy_label,
)
from gui.core.resources import default_policy_path

MN, RF = "microneedling", "rf-microneedling"
FILE = "clinic-policy.toml"
BASE: dict[str, Any] = tomllib.loads(default_policy_path().read_text(encoding="utf-8"))

# --- The default policy -------------------------------------------------------------------------------


def test_default_policy_loads_without_problems() -> None:
    result = load_policy(default_policy_path())
    assert result.problems == ()
    assert result.ok
    assert result.policy is not None
    assert result.policy.source == str(default_policy_path())


def test_default_policy_metadata(policy: Policy) -> None:
    assert policy.name == "Default policy"
    assert policy.version == "2027.1"
    assert policy_label(policy) == "Default policy 2027.1"
    assert policy.reviewed == dt.date(2026, 11, 1)
    assert policy.next_review == dt.date(2027, 11, 1)


PRODUCT_CLASSES = {
    "botox": "neurotoxin",
    "dysport": "neurotoxin",
    "xeomin": "neurotoxin",
    "jeuveau": "neurotoxin",
    "daxxify": "long-acting-neurotoxin",
    "ha-filler": "hyaluronic-acid-filler",
    "sculptra": "biostimulator",
    "radiesse": "biostimulator",
    "microneedling": "skin-needling",
    "rf-microneedling": "skin-needling",
}


def test_default_policy_products(policy: Policy) -> None:
    assert list(policy.products) == list(PRODUCT_CLASSES)
    assert {p.id: p.class_id for p in policy.products.values()} == PRODUCT_CLASSES


DAYS_0, DAYS_7, DAYS_14, DAYS_28 = Duration(days=0), Duration(days=7), Duration(days=14), Duration(days=28)
DAYS_90 = Duration(days=90)

# clinical-basis.md, "Default policy (version 2027.1)".
RULE_TABLE = [
    ("neurotoxin", MN, DAYS_14, Duration(months=3), Duration(months=4), "expert-opinion"),
    ("neurotoxin", RF, DAYS_14, Duration(months=3), Duration(months=4), "expert-opinion"),
    ("long-acting-neurotoxin", MN, DAYS_14, Duration(months=6), Duration(months=9), "expert-opinion"),
    ("long-acting-neurotoxin", RF, DAYS_14, Duration(months=6), Duration(months=9), "expert-opinion"),
    ("hyaluronic-acid-filler", MN, DAYS_14, None, None, "expert-opinion"),
    ("hyaluronic-acid-filler", RF, DAYS_28, None, None, "study"),
    ("biostimulator", MN, DAYS_14, None, None, "limited"),
    ("biostimulator", RF, DAYS_28, None, None, "limited"),
    ("skin-needling", MN, DAYS_28, None, None, "clinic-policy"),
    ("skin-needling", RF, DAYS_28, None, None, "clinic-policy"),
    # The other direction and between injections (clinical basis, "Both directions …", 2027.1).
    ("skin-needling", "neurotoxin", DAYS_7, None, None, "clinic-policy"),
    ("skin-needling", "long-acting-neurotoxin", DAYS_7, None, None, "clinic-policy"),
    ("skin-needling", "hyaluronic-acid-filler", DAYS_7, None, None, "clinic-policy"),
    ("skin-needling", "biostimulator", DAYS_7, None, None, "clinic-policy"),
    ("neurotoxin", "neurotoxin", DAYS_90, None, None, "label"),
    ("neurotoxin", "long-acting-neurotoxin", DAYS_90, None, None, "label"),
    ("long-acting-neurotoxin", "neurotoxin", DAYS_90, None, None, "label"),
    ("long-acting-neurotoxin", "long-acting-neurotoxin", DAYS_90, None, None, "label"),
    ("neurotoxin", "hyaluronic-acid-filler", DAYS_0, None, None, "consensus"),
    ("neurotoxin", "biostimulator", DAYS_0, None, None, "consensus"),
    ("long-acting-neurotoxin", "hyaluronic-acid-filler", DAYS_0, None, None, "consensus"),
    ("long-acting-neurotoxin", "biostimulator", DAYS_0, None, None, "consensus"),
    ("hyaluronic-acid-filler", "neurotoxin", DAYS_0, None, None, "consensus"),
    ("hyaluronic-acid-filler", "long-acting-neurotoxin", DAYS_0, None, None, "consensus"),
    ("biostimulator", "neurotoxin", DAYS_0, None, None, "consensus"),
    ("biostimulator", "long-acting-neurotoxin", DAYS_0, None, None, "consensus"),
    ("hyaluronic-acid-filler", "hyaluronic-acid-filler", DAYS_14, None, None, "clinic-policy"),
    ("hyaluronic-acid-filler", "biostimulator", DAYS_14, None, None, "clinic-policy"),
    ("biostimulator", "hyaluronic-acid-filler", DAYS_14, None, None, "clinic-policy"),
    ("biostimulator", "biostimulator", DAYS_28, None, None, "clinic-policy"),
]


@pytest.mark.parametrize(
    ("class_id", "target", "earliest", "ideal_until", "effect_ends", "evidence"),
    RULE_TABLE,
    ids=[f"{row[0]}-{row[1]}" for row in RULE_TABLE],
)
def test_default_rules_match_the_clinical_basis_table(
    policy: Policy,
    class_id: str,
    target: str,
    earliest: Duration,
    ideal_until: Duration | None,
    effect_ends: Duration | None,
    evidence: str,
) -> None:
    rule = policy.rules[(class_id, target)]
    assert (rule.earliest, rule.ideal_until, rule.effect_ends) == (earliest, ideal_until, effect_ends)
    assert rule.evidence == evidence
    assert rule.basis
    assert rule.sources


def test_default_rules_are_exactly_the_table(policy: Policy) -> None:
    assert set(policy.rules) == {(row[0], row[1]) for row in RULE_TABLE}


@pytest.mark.parametrize("target", [MN, RF])
@pytest.mark.parametrize("product_id", list(PRODUCT_CLASSES))
def test_every_product_gets_its_class_rule(policy: Policy, product_id: str, target: str) -> None:
    assert policy.rule_for(product_id, target) is policy.rules[(PRODUCT_CLASSES[product_id], target)]


def test_unknown_product_names_the_known_ones(policy: Policy) -> None:
    with pytest.raises(KeyError, match=r"unknown product 'juvederm'.*botox"):
        policy.product("juvederm")


def test_a_products_own_rule_wins_over_its_class_rule() -> None:
    data = copy.deepcopy(BASE)
    own = copy.deepcopy(data["rules"]["neurotoxin"]["microneedling"])
    own["earliest"] = "21 days"
    data["rules"]["xeomin"] = {"microneedling": own}
    result = parse_policy(data, FILE)
    assert result.problems == ()
    assert result.policy is not None
    assert result.policy.rule_for("xeomin", MN).earliest == Duration(days=21)
    assert result.policy.rule_for("botox", MN).earliest == Duration(days=14)
    assert result.policy.rule_for("xeomin", RF).earliest == Duration(days=14)


# --- Validation: one test per kind of mistake ---------------------------------------------------------

NEUROTOXIN_MN = "rules.neurotoxin.microneedling"


def rule(data: dict[str, Any], class_id: str = "neurotoxin", target: str = MN) -> dict[str, Any]:
    body: dict[str, Any] = data["rules"][class_id][target]
    return body


def set_rule(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        rule(data)[key] = value

    return mutate


def drop_rule_key(key: str) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        del rule(data)[key]

    return mutate


def add_unknown_rules_entry(data: dict[str, Any]) -> None:
    data["rules"]["laser"] = {"microneedling": copy.deepcopy(rule(data))}


def add_unknown_target(data: dict[str, Any]) -> None:
    data["rules"]["neurotoxin"]["laser"] = copy.deepcopy(rule(data))


def drop_filler_rf_rule(data: dict[str, Any]) -> None:
    del data["rules"]["hyaluronic-acid-filler"]["rf-microneedling"]


def add_uncovered_product(data: dict[str, Any]) -> None:
    data["classes"]["thread-lift"] = {"name": "Thread lift"}
    data["products"]["pdo-threads"] = {"name": "PDO threads", "class": "thread-lift"}


def set_meta(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        data["policy"][key] = value

    return mutate


def drop_meta(key: str) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        del data["policy"][key]

    return mutate


def set_top(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        data[key] = value

    return mutate


def drop_top(key: str) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        del data[key]

    return mutate


def set_product_class(data: dict[str, Any]) -> None:
    data["products"]["botox"]["class"] = "toxin"


def add_product_named_like_a_class(data: dict[str, Any]) -> None:
    data["products"]["neurotoxin"] = {"name": "Neurotoxin", "class": "neurotoxin"}


def add_unknown_product_key(data: dict[str, Any]) -> None:
    data["products"]["botox"]["brand"] = "Allergan"


def rule_as_text(data: dict[str, Any]) -> None:
    data["rules"]["neurotoxin"]["microneedling"] = "14 days"


# --- Validation: built as parse_policy on a mutated copy of default.toml -------------------------------


@pytest.mark.parametrize(
    ("mutate", "key", "fragments"),
    [
        pytest.param(set_top("extras", {}), "extras", ["unknown key", "policy"], id="unknown-top-level-key"),
        pytest.param(
            set_meta("author", "me"), "policy.author", ["unknown key", "approved_by"], id="unknown-policy-key"
        ),
        pytest.param(
            set_rule("notes", "x"),
            f"{NEUROTOXIN_MN}.notes",
            ["unknown key", "earliest"],
            id="unknown-rule-key",
        ),
        pytest.param(
            add_unknown_rules_entry,
            "rules.laser",
            ["unknown product or class 'laser'", "neurotoxin", "botox"],
            id="unknown-product-or-class-in-rules",
        ),
        pytest.param(
            set_product_class,
            "products.botox.class",
            ["unknown class 'toxin'", "neurotoxin"],
            id="unknown-class",
        ),
        pytest.param(
            add_product_named_like_a_class,
            "products.neurotoxin",
            ["may not share its id with a class"],
            id="product-id-is-a-class-id",
        ),
        pytest.param(
            add_unknown_product_key, "products.botox.brand", ["unknown key"], id="unknown-product-key"
        ),
        pytest.param(
            add_unknown_target,
            "rules.neurotoxin.laser",
            ["unknown target", "microneedling", "rf-microneedling"],
            id="unknown-target",
        ),
        pytest.param(rule_as_text, NEUROTOXIN_MN, ["must be a table"], id="rule-not-a-table"),
        pytest.param(
            set_rule("earliest", "two weeks"),
            f"{NEUROTOXIN_MN}.earliest",
            ["cannot read 'two weeks'", "14 days"],
            id="unreadable-duration",
        ),
        pytest.param(
            set_rule("earliest", 14), f"{NEUROTOXIN_MN}.earliest", ["must be text"], id="duration-not-text"
        ),
        pytest.param(
            set_rule("earliest", "3 fortnights"),
            f"{NEUROTOXIN_MN}.earliest",
            ["unknown unit 'fortnights'"],
            id="duration-unknown-unit",
        ),
        pytest.param(
            set_rule("earliest", "-3 days"), f"{NEUROTOXIN_MN}.earliest", ["negative"], id="negative-duration"
        ),
        pytest.param(
            set_rule("effect_ends", "25 months"),
            f"{NEUROTOXIN_MN}.effect_ends",
            ["over two years", "25 months"],
            id="over-two-years-months",
        ),
        pytest.param(
            set_rule("effect_ends", "3 years"),
            f"{NEUROTOXIN_MN}.effect_ends",
            ["over two years", "3 years"],
            id="over-two-years-years",
        ),
        pytest.param(
            set_rule("ideal_until", "10 days"),
            f"{NEUROTOXIN_MN}.ideal_until",
            ["before earliest", "10 days", "14 days"],
            id="ideal-until-before-earliest",
        ),
        pytest.param(
            set_rule("effect_ends", "2 months"),
            f"{NEUROTOXIN_MN}.effect_ends",
            ["before ideal_until", "2 months", "3 months"],
            id="effect-ends-before-ideal-until",
        ),
        pytest.param(
            drop_rule_key("ideal_until"),
            f"{NEUROTOXIN_MN}.effect_ends",
            ["needs ideal_until"],
            id="effect-ends-without-ideal-until",
        ),
        pytest.param(
            set_rule("evidence", "anecdote"),
            f"{NEUROTOXIN_MN}.evidence",
            ["'anecdote' is not one of", "expert-opinion", "clinic-policy"],
            id="evidence-not-allowed",
        ),
        pytest.param(
            set_rule("sources", []), f"{NEUROTOXIN_MN}.sources", ["non-empty list"], id="empty-sources"
        ),
        pytest.param(
            set_rule("sources", ["  "]), f"{NEUROTOXIN_MN}.sources", ["non-empty list"], id="blank-source"
        ),
        pytest.param(
            drop_rule_key("sources"), f"{NEUROTOXIN_MN}.sources", ["non-empty list"], id="missing-sources"
        ),
        pytest.param(drop_rule_key("basis"), f"{NEUROTOXIN_MN}.basis", ["missing"], id="missing-basis"),
        pytest.param(
            drop_rule_key("earliest"),
            f"{NEUROTOXIN_MN}.earliest",
            ["missing", "earliest"],
            id="missing-earliest",
        ),
        pytest.param(
            drop_filler_rf_rule,
            "rules.hyaluronic-acid-filler.rf-microneedling",
            ["missing", "Hyaluronic-acid filler (any brand)", "before RF microneedling"],
            id="coverage-class-without-rule",
        ),
        pytest.param(
            add_uncovered_product,
            "rules.thread-lift.microneedling",
            ["missing", "PDO threads"],
            id="coverage-new-product",
        ),
        pytest.param(drop_meta("version"), "policy.version", ["missing"], id="missing-version"),
        pytest.param(set_meta("name", "  "), "policy.name", ["non-empty text"], id="blank-name"),
        pytest.param(
            set_meta("reviewed", "2026-11-01"),
            "policy.reviewed",
            ["must be a date", "YYYY-MM-DD"],
            id="reviewed-quoted-date",
        ),
        pytest.param(
            set_meta("reviewed", "last week"), "policy.reviewed", ["must be a date"], id="reviewed-words"
        ),
        pytest.param(
            set_meta("reviewed", dt.time(9, 0)), "policy.reviewed", ["must be a date"], id="reviewed-time"
        ),
        # A TOML date-time (reviewed = 2026-11-01T09:00:00) is not a date either; it must not crash.
        pytest.param(
            set_meta("reviewed", dt.datetime(2026, 11, 1, 9, 0)),
            "policy.reviewed",
            ["must be a date"],
            id="reviewed-datetime",
        ),
        pytest.param(
            drop_meta("next_review"), "policy.next_review", ["must be a date"], id="missing-next-review"
        ),
        pytest.param(
            set_meta("next_review", dt.date(2026, 10, 1)),
            "policy.next_review",
            ["before policy.reviewed"],
            id="next-review-before-reviewed",
        ),
        pytest.param(drop_top("classes"), "classes", ["missing table"], id="missing-classes"),
        pytest.param(
            set_top("products", "botox"), "products", ["must be a table"], id="products-not-a-table"
        ),
    ],
)
def test_each_problem_names_file_key_and_what_is_wrong(
    mutate: Callable[[dict[str, Any]], None], key: str, fragments: list[str]
) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    result = parse_policy(data, FILE)
    assert result.policy is None
    assert not result.ok
    problems = [p for p in result.problems if p.key == key]
    assert problems, f"no problem at {key!r}; got {[str(p) for p in result.problems]}"
    problem = problems[0]
    assert problem.file == FILE
    for fragment in fragments:
        assert fragment in problem.message
    assert str(problem) == f"{FILE}: {key}: {problem.message}"


def test_all_problems_are_reported_at_once() -> None:
    data = copy.deepcopy(BASE)
    rule(data)["earliest"] = "two weeks"
    rule(data, "biostimulator", RF)["evidence"] = "rumour"
    del data["policy"]["version"]
    result = parse_policy(data, FILE)
    assert {p.key for p in result.problems} == {
        f"{NEUROTOXIN_MN}.earliest",
        "rules.biostimulator.rf-microneedling.evidence",
        "policy.version",
    }


def test_the_base_data_is_valid_before_mutation() -> None:
    """Guards the table above: every problem there comes from its mutation, not from the copy."""
    result = parse_policy(copy.deepcopy(BASE), FILE)
    assert result.problems == ()
    assert result.policy is not None
    assert result.policy.source == FILE


def test_default_file_name_when_none_given() -> None:
    data = copy.deepcopy(BASE)
    del data["policy"]["version"]
    (problem,) = parse_policy(data).problems
    assert problem.file == "<policy>"


# --- Files: load_policy never raises for bad content ---------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_policy_reads_a_valid_copy(tmp_path: Path) -> None:
    path = write(tmp_path, default_policy_path().read_text(encoding="utf-8"))
    result = load_policy(path)
    assert result.ok
    assert result.policy is not None
    assert result.policy.source == str(path)


def test_problem_in_a_file_names_the_file(tmp_path: Path) -> None:
    text = default_policy_path().read_text(encoding="utf-8").replace('version = "2027.1"\n', "")
    path = write(tmp_path, text, "clinic.toml")
    result = load_policy(path)
    assert result.policy is None
    (problem,) = result.problems
    assert (problem.file, problem.key) == (str(path), "policy.version")
    assert "clinic.toml" in str(problem)


def test_reviewed_datetime_in_a_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    text = default_policy_path().read_text(encoding="utf-8")
    text = text.replace("reviewed = 2026-11-01", "reviewed = 2026-11-01T09:00:00")
    result = load_policy(write(tmp_path, text))
    assert result.policy is None
    assert [p.key for p in result.problems] == ["policy.reviewed"]


def test_invalid_toml_syntax(tmp_path: Path) -> None:
    path = write(tmp_path, '[policy]\nname = "Default policy\n')
    result = load_policy(path)
    assert result.policy is None
    (problem,) = result.problems
    assert problem.file == str(path)
    assert problem.key == ""
    assert "not valid TOML" in problem.message


def test_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    result = load_policy(path)
    assert result.policy is None
    (problem,) = result.problems
    assert problem.file == str(path)
    assert "cannot read the file" in problem.message
    assert str(problem).startswith(str(path))


def test_directory_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    (problem,) = load_policy(tmp_path).problems
    assert "cannot read the file" in problem.message


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[policy]\nname = "Política"\n'.encode("latin-1"))
    (problem,) = load_policy(path).problems
    assert "not UTF-8" in problem.message


def test_load_policy_accepts_a_str_path() -> None:
    assert load_policy(str(default_policy_path())).ok


def test_load_policy_or_raise_lists_every_problem(tmp_path: Path) -> None:
    text = default_policy_path().read_text(encoding="utf-8")
    text = text.replace('version = "2027.1"\n', "").replace('evidence = "limited"', 'evidence = "rumour"', 1)
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy_or_raise(path)
    problems = info.value.problems
    assert [p.key for p in problems] == ["policy.version", "rules.biostimulator.microneedling.evidence"]
    assert all(isinstance(p, PolicyProblem) and p.file == str(path) for p in problems)
    message = str(info.value)
    assert "policy.version" in message
    assert "'rumour' is not one of" in message
    assert isinstance(info.value, ValueError)


def test_load_policy_or_raise_on_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read the file"):
        load_policy_or_raise(tmp_path / "nowhere.toml")


# --- Spanish text in the policy file ---------------------------------------------------------------


def test_default_policy_carries_spanish_names_and_bases(policy: Policy) -> None:
    assert name_of(policy, "es") == "Política predeterminada"
    assert policy_label(policy, "es") == "Política predeterminada 2027.1"
    assert name_of(policy.classes["neurotoxin"], "es") == "Neurotoxina"
    assert name_of(policy.product("botox"), "es") == "Botox"  # brand names stay
    assert class_name(policy.product("botox"), "es") == "Neurotoxina"
    assert name_of(policy.product("ha-filler"), "es") == "Ácido hialurónico (cualquier marca)"
    assert all(rule.basis_es for rule in policy.rules.values())
    assert all(basis_text(rule, "en") == rule.basis for rule in policy.rules.values())


def test_spanish_falls_back_to_english_when_a_policy_has_none() -> None:
    data = copy.deepcopy(BASE)
    del data["policy"]["name_es"]
    del data["products"]["ha-filler"]["name_es"]
    del rule(data)["basis_es"]
    policy = parse_policy(data, FILE).policy
    assert policy is not None
    assert policy_label(policy, "es") == "Default policy 2027.1"
    assert name_of(policy.product("ha-filler"), "es") == "Hyaluronic-acid filler (any brand)"
    assert basis_text(policy.rules[("neurotoxin", MN)], "es") == policy.rules[("neurotoxin", MN)].basis


def test_signed_label_in_spanish(policy: Policy) -> None:

    signed = policy._replace(
        name="Clinic policy",
        name_es="",
        version="3",
        approved_by="Dr Lee",
        approved_on=dt.date(2026, 11, 20),
    )
    # No fingerprint (as an older version signed it): the app cannot check the rules, and says so.
    assert (
        policy_label(signed, "es") == "Clinic policy v3, aprobada por Dr Lee el 20 nov 2026 · sin verificar"
    )
    assert policy_label(signed) == "Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · not verified"
    fingerprinted = signed._replace(version="v3", fingerprint="3f2a9c1e" + "0" * 56)
    assert policy_label(fingerprinted) == "Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · 3f2a9c1e"


def _set_class(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        data["classes"]["neurotoxin"][key] = value

    return mutate


def _set_product(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        data["products"]["botox"][key] = value

    return mutate


@pytest.mark.parametrize(
    ("mutate", "key", "fragments"),
    [
        pytest.param(
            set_meta("name_es", " "), "policy.name_es", ["non-empty text"], id="blank-policy-name-es"
        ),
        pytest.param(_set_class("name_es", ""), "classes.neurotoxin.name_es", ["non-empty text"], id="class"),
        pytest.param(_set_product("name_es", 3), "products.botox.name_es", ["non-empty text"], id="product"),
        pytest.param(
            set_rule("basis_es", ""), f"{NEUROTOXIN_MN}.basis_es", ["non-empty text"], id="basis-es"
        ),
        pytest.param(
            _set_class("name_fr", "Neurotoxine"),
            "classes.neurotoxin.name_fr",
            ["unknown key", "name_es"],
            id="fr",
        ),
        pytest.param(
            set_rule("basis_fr", "x"), f"{NEUROTOXIN_MN}.basis_fr", ["unknown key", "basis_es"], id="basis-fr"
        ),
    ],
)
def test_spanish_keys_are_checked(
    mutate: Callable[[dict[str, Any]], None], key: str, fragments: list[str]
) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    result = parse_policy(data, FILE)
    assert result.policy is None
    problems = [p for p in result.problems if p.key == key]
    assert problems, [str(p) for p in result.problems]
    assert all(fragment in problems[0].message for fragment in fragments)
