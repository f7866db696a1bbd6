"""The course spacing in a policy file: read, checked like a rule, written back, and filled for a policy
signed before courses existed."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from gui.core import Duration, load_policy, load_policy_or_raise, parse_policy
from gui.core.policy_toml import dump_policy
from gui.core.resources import default_policy_path

DEFAULT: dict[str, Any] = tomllib.loads(default_policy_path().read_text(encoding="utf-8"))


def with_course(body: object) -> dict[str, Any]:
    data = copy.deepcopy(DEFAULT)
    data["course"] = {"skin-needling": body} if not isinstance(body, tuple) else dict([body])
    return data


GOOD = dict(DEFAULT["course"]["skin-needling"])


def test_the_default_course_is_28_to_42_days_for_both_needling_procedures() -> None:
    policy = load_policy_or_raise(default_policy_path())
    for target in ("microneedling", "rf-microneedling"):
        course = policy.course_for(target)
        assert course is not None
        assert (course.minimum, course.typical) == (Duration(days=28), Duration(days=42))
    assert policy.course_for("botox") is None and not policy.courses_from_default


@pytest.mark.parametrize(
    ("body", "key", "fragment"),
    [
        ({**GOOD, "minimum": "0 days"}, "course.skin-needling.minimum", "more than 0 days"),
        ({k: v for k, v in GOOD.items() if k != "minimum"}, "course.skin-needling.minimum", "missing"),
        ({**GOOD, "typical": "2 weeks"}, "course.skin-needling.typical", "shorter than the minimum"),
        ({**GOOD, "minimum": "soon"}, "course.skin-needling.minimum", "soon"),
        ({**GOOD, "minimum": "3 years"}, "course.skin-needling.minimum", "over two years"),
        ({**GOOD, "evidence": "hearsay"}, "course.skin-needling.evidence", "'hearsay' is not one of"),
        ({**GOOD, "sources": []}, "course.skin-needling.sources", "non-empty list"),
        ({**GOOD, "colour": "red"}, "course.skin-needling.colour", "unknown key"),
        ("28 days", "course.skin-needling", "must be a table"),
        (("laser", GOOD), "course.laser", "unknown product or class 'laser'"),
    ],
)
def test_a_bad_course_is_a_problem_named_by_its_key(body: object, key: str, fragment: str) -> None:
    result = parse_policy(with_course(body), "policy.toml")
    assert result.policy is None
    found = {p.key: p.message for p in result.problems}
    assert key in found and fragment in found[key], found


def test_a_course_is_written_back_as_it_was_read() -> None:
    policy = load_policy_or_raise(default_policy_path())
    again = parse_policy(tomllib.loads(dump_policy(policy))).policy
    assert again is not None and again.courses == policy.courses


def test_a_policy_signed_before_courses_takes_the_default_spacing_and_says_so(tmp_path: Path) -> None:
    data = copy.deepcopy(DEFAULT)
    del data["course"]
    path = tmp_path / "old.toml"
    path.write_text(dump_policy(parse_policy(data).policy), encoding="utf-8")  # type: ignore[arg-type]
    result = load_policy(path)
    assert result.policy is not None
    assert result.policy.course_for("microneedling") == load_policy_or_raise(
        default_policy_path()
    ).course_for("microneedling")
    assert result.policy.courses_from_default == frozenset({"skin-needling"})
    assert load_policy(path, fill=False).policy.courses == {}  # type: ignore[union-attr]
