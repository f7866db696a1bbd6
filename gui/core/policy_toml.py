"""Write a policy back as TOML that ``load_policy`` reads unchanged (for saving and exporting)."""

from __future__ import annotations

import json
import tomllib
from datetime import date

from gui.core.durations import Duration
from gui.core.fingerprint import policy_fingerprint
from gui.core.policy import CourseRule, Policy, Rule, ScreeningItem
from gui.core.policy_reading import parse_policy


def _string(value: str) -> str:
    # A JSON string with non-ASCII kept is a valid TOML basic string (same escapes).
    return json.dumps(value, ensure_ascii=False)


def _key(name: str) -> str:
    bare = name.replace("-", "").replace("_", "").isalnum() and name.isascii()
    return name if bare else _string(name)


def _optional(key: str, value: str) -> list[str]:
    """An optional text key (``name_es``, ``basis_es``): written only when it has text."""
    return [f"{key} = {_string(value)}"] if value else []


def _rule_lines(rule: Rule) -> list[str]:
    lines = [f"[rules.{_key(rule.applies_to)}.{_key(rule.target)}]"]
    durations: tuple[tuple[str, Duration | None], ...] = (
        ("earliest", rule.earliest),
        ("recommended", rule.recommended),
        ("ideal_until", rule.ideal_until),
        ("effect_ends", rule.effect_ends),
    )
    lines += [f"{name} = {_string(value.text)}" for name, value in durations if value is not None]
    lines.append(f"basis = {_string(rule.basis)}")
    lines += _optional("basis_es", rule.basis_es)
    lines.append(f"evidence = {_string(rule.evidence)}")
    lines.append("sources = [")
    lines += [f"  {_string(source)}," for source in rule.sources]
    lines += ["]", ""]
    return lines


def _meta_lines(policy: Policy) -> list[str]:
    lines = [
        "[policy]",
        f"name = {_string(policy.name)}",
        *_optional("name_es", policy.name_es),
        f"version = {_string(policy.version)}",
        f"reviewed = {policy.reviewed.isoformat()}",
        f"next_review = {policy.next_review.isoformat()}",
    ]
    if policy.approved_by and isinstance(policy.approved_on, date):
        lines.append(f"approved_by = {_string(policy.approved_by)}")
        lines.append(f"approved_on = {policy.approved_on.isoformat()}")
        if policy.fingerprint:
            lines.append(f"fingerprint = {_string(policy.fingerprint)}")
    return [*lines, ""]


def dump_policy(policy: Policy) -> str:
    """The whole policy as TOML text: metadata, classes, products, then one table per rule."""
    lines = ["# Microneedling Window timing policy. Durations count from the injection date.", ""]
    lines += _meta_lines(policy)
    for product_class in policy.classes.values():
        lines += [f"[classes.{_key(product_class.id)}]", f"name = {_string(product_class.name)}"]
        lines += [*_optional("name_es", product_class.name_es), ""]
    for product in policy.products.values():
        lines += [
            f"[products.{_key(product.id)}]",
            f"name = {_string(product.name)}",
            *_optional("name_es", product.name_es),
            f"class = {_string(product.class_id)}",
            "",
        ]
    for rule in policy.rules.values():
        lines += _rule_lines(rule)
    for course in policy.courses.values():
        lines += _course_lines(course)
    for item in policy.screening.values():
        lines += _screening_lines(item)
    return "\n".join(lines)


def _screening_lines(item: ScreeningItem) -> list[str]:
    lines = [f"[screening.{_key(item.id)}]"]
    for name in ("name", "question", "reason"):
        lines.append(f"{name} = {_string(getattr(item, name))}")
        lines += _optional(f"{name}_es", getattr(item, f"{name}_es"))
    lines += [f"effect = {_string(item.effect)}", f"evidence = {_string(item.evidence)}"]
    if item.applies_to:
        lines.append(f"applies_to = [{', '.join(_string(a) for a in item.applies_to)}]")
    lines += ["sources = [", *(f"  {_string(source)}," for source in item.sources), "]", ""]
    return lines


def _course_lines(course: CourseRule) -> list[str]:
    lines = [f"[course.{_key(course.applies_to)}]", f"minimum = {_string(course.minimum.text)}"]
    if course.typical is not None:
        lines.append(f"typical = {_string(course.typical.text)}")
    lines.append(f"basis = {_string(course.basis)}")
    lines += _optional("basis_es", course.basis_es)
    lines.append(f"evidence = {_string(course.evidence)}")
    lines += ["sources = [", *(f"  {_string(source)}," for source in course.sources), "]", ""]
    return lines


def signed_policy(policy: Policy) -> Policy:
    """``policy`` as its signed file will say it: written, read back (the rules it took from the shipped
    default are then its own, and covered), with the fingerprint of that. ValueError when it would not
    read back, naming the first problem."""
    result = parse_policy(tomllib.loads(dump_policy(policy._replace(fingerprint=""))), policy.source)
    if result.policy is None:
        raise ValueError(str(result.problems[0]))
    read_back = result.policy._replace(source=policy.source)
    return read_back._replace(fingerprint=policy_fingerprint(read_back))
