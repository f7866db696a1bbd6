"""Policy problems said again in Spanish: each keeps its code and values; English stays the message."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from gui.core import PolicyProblem, load_policy, parse_policy, problem_line, problem_said
from gui.core.catalog import words
from gui.core.resources import default_policy_path
from gui.core.words.problems import PROBLEMS, problem_message

BASE: dict[str, Any] = tomllib.loads(default_policy_path().read_text(encoding="utf-8"))
MN = "microneedling"


def problems_of(change: dict[str, Any]) -> dict[str, PolicyProblem]:
    """The problems of the default policy with ``change`` made to its botox rule, by key."""
    data = copy.deepcopy(BASE)
    data["rules"].setdefault("botox", {})[MN] = {**data["rules"]["neurotoxin"][MN], **change}
    result = parse_policy(data, "policy.toml")
    return {p.key: p for p in result.problems}


def test_every_problem_has_spanish_words() -> None:
    spanish = words("es")
    assert [code for code, message in PROBLEMS.items() if spanish(message) == message] == []


@pytest.mark.parametrize(
    ("change", "key", "spanish"),
    [
        pytest.param(
            {"earliest": "two weeks"},
            "rules.botox.microneedling.earliest",
            "no se entiende «two weeks» como duración; escriba un número y una unidad en inglés, "
            "p. ej., «14 days», «4 weeks» o «3 months»",
            id="unreadable-duration",
        ),
        pytest.param(
            {"earliest": "3 fortnights"},
            "rules.botox.microneedling.earliest",
            "unidad desconocida «fortnights» en «3 fortnights»; use days, weeks, months o years (en inglés)",
            id="unknown-unit",
        ),
        pytest.param(
            {"earliest": "2 months", "ideal_until": "1 month"},
            "rules.botox.microneedling.ideal_until",
            "1 mes termina antes de la espera mínima (2 meses)",
            id="before-earliest",
        ),
        pytest.param(
            {"color": "blue"},
            "rules.botox.microneedling.color",
            "clave desconocida; se admiten: basis, basis_es, earliest, effect_ends, evidence, ideal_until, "
            "recommended, sources",
            id="unknown-key",
        ),
        pytest.param(
            {"basis": ""}, "rules.botox.microneedling.basis", "no puede estar vacío", id="empty-text"
        ),
        pytest.param(
            {"evidence": "rumour"},
            "rules.botox.microneedling.evidence",
            "«rumour» no es uno de: label, consensus",
            id="unknown-evidence",
        ),
    ],
)
def test_common_problems_in_spanish(change: dict[str, Any], key: str, spanish: str) -> None:
    problem = problems_of(change)[key]
    assert problem_said(problem, "es").startswith(spanish)
    assert problem_said(problem, "en") == problem.message  # English is the message it always had
    assert problem_line(problem, "es") == f"policy.toml: {key}: {problem_said(problem, 'es')}"


def test_a_missing_value_and_a_missing_rule() -> None:
    data = copy.deepcopy(BASE)
    del data["policy"]["version"]
    problem = {p.key: p for p in parse_policy(data, "f").problems}["policy.version"]
    assert (problem.message, problem_said(problem, "es")) == ("missing", "falta")
    data = copy.deepcopy(BASE)
    del data["rules"]["biostimulator"][MN]
    problem = {p.key: p for p in parse_policy(data, "f").problems}["rules.biostimulator.microneedling"]
    assert problem.message == "missing: no rule says how long to wait after Radiesse before microneedling"
    assert problem_said(problem, "es") == (
        "falta: ninguna regla dice cuánto esperar después de Radiesse antes del microneedling"
    )


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text("[policy\n", encoding="utf-8")
    (problem,) = load_policy(bad).problems
    assert problem.message.startswith("not valid TOML: ")
    assert problem_said(problem, "es").startswith("no es TOML válido: ")


def test_a_problem_made_by_hand_is_english_everywhere() -> None:
    problem = PolicyProblem("f", "k", "something odd")
    assert problem_said(problem, "es") == "something odd"
    assert str(problem) == "f: k: something odd"


def test_problem_message_falls_back_to_english() -> None:
    assert problem_message("missing", {}, "fr") == "missing"
