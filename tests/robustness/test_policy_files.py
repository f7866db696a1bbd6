"""Policy files a careless admin could leave: every one is a list of problems in words, never an
exception; as the clinic's own policy it is kept aside, as the shared one ignored — both with a banner."""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gui.core import load_policy, parse_policy, problem_line
from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore

from .catalogue import NOT_FILES, place_broken

DEFAULT_TEXT = default_policy_path().read_text(encoding="utf-8")
DEFAULT = tomllib.loads(DEFAULT_TEXT)
RULE = ("rules", "neurotoxin", "microneedling")

BAD_DURATIONS: list[object] = [
    "9999 years",
    "1" + "0" * 19 + " days",
    "99999 days",
    "3000 months",
    "11 years",
    "10 years 1 day",
    "2 years 1 day",
    "-1 days",
    "-9999 years",
    "",
    "   ",
    "3",
    "days",
    "3 fortnights",
    "1e9 days",
    "14 days 3",
    "∞ days",
    "14 días",
    "x" * 100_000,
    3,
    3.5,
    True,
    [],
    {},
]


def mutated(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(DEFAULT)
    change(data)
    return data


def set_at(path: tuple[str, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def drop(path: tuple[str, ...]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return change


MAPPINGS: list[tuple[str, dict[str, Any]]] = []
for key in ("earliest", "ideal_until", "effect_ends"):
    for value in BAD_DURATIONS:
        shown = repr(value) if len(repr(value)) <= 24 else f"{repr(value)[:21]}…"
        MAPPINGS.append((f"{key}={shown}", mutated(set_at((*RULE, key), value))))
for table in ("policy", "classes", "products", "rules"):
    MAPPINGS.append((f"no-{table}", mutated(drop((table,)))))
    MAPPINGS.append((f"empty-{table}", mutated(set_at((table,), {}))))
    MAPPINGS.append((f"{table}-is-text", mutated(set_at((table,), "x"))))
    MAPPINGS.append((f"{table}-is-list", mutated(set_at((table,), [1, 2]))))
for key in ("name", "version", "reviewed", "next_review"):
    MAPPINGS.append((f"no-policy.{key}", mutated(drop(("policy", key)))))
    MAPPINGS.append((f"policy.{key}=3", mutated(set_at(("policy", key), 3))))
MAPPINGS += [
    ("reviewed-as-text", mutated(set_at(("policy", "reviewed"), "2026-11-01"))),
    (
        "next-review-before-reviewed",
        mutated(set_at(("policy", "next_review"), DEFAULT["policy"]["reviewed"].replace(year=2020))),
    ),
    ("approved-by-only", mutated(set_at(("policy", "approved_by"), "Dr Lee"))),
    ("unknown-top-key", mutated(set_at(("colour",), "red"))),
    ("unknown-policy-key", mutated(set_at(("policy", "colour"), "red"))),
    ("product-unknown-class", mutated(set_at(("products", "botox", "class"), "nope"))),
    ("product-class-missing", mutated(drop(("products", "botox", "class")))),
    ("product-name-empty", mutated(set_at(("products", "botox", "name"), ""))),
    ("product-name-two-lines", mutated(set_at(("products", "botox", "name"), "Bo\ntox"))),
    ("product-name-bell", mutated(set_at(("products", "botox", "name"), "Botox\x07"))),
    ("product-name-rtl-override", mutated(set_at(("products", "botox", "name"), "Botox\u202e"))),
    ("two-products-one-name", mutated(set_at(("products", "dysport", "name"), "Botox"))),
    ("two-products-one-name-any-case", mutated(set_at(("products", "dysport", "name"), "BOTOX"))),
    ("product-is-text", mutated(set_at(("products", "botox"), "Botox"))),
    (
        "product-same-id-as-class",
        mutated(set_at(("products", "neurotoxin"), {"name": "N", "class": "neurotoxin"})),
    ),
    ("class-is-text", mutated(set_at(("classes", "neurotoxin"), "Neurotoxin"))),
    ("class-without-products-rule-missing", mutated(drop(("rules", "neurotoxin")))),
    ("rule-unknown-product", mutated(set_at(("rules", "nope"), {"microneedling": {"earliest": "1 day"}}))),
    ("rule-unknown-target", mutated(set_at(("rules", "neurotoxin", "laser"), {"earliest": "1 day"}))),
    ("rule-is-text", mutated(set_at(RULE, "14 days"))),
    ("rule-targets-is-text", mutated(set_at(("rules", "neurotoxin"), "x"))),
    ("rule-no-earliest", mutated(drop((*RULE, "earliest")))),
    ("ideal-before-earliest", mutated(set_at((*RULE, "ideal_until"), "7 days"))),
    ("ends-before-ideal", mutated(set_at((*RULE, "effect_ends"), "1 month"))),
    ("ends-without-ideal", mutated(drop((*RULE, "ideal_until")))),
    ("evidence-unknown", mutated(set_at((*RULE, "evidence"), "vibes"))),
    ("evidence-number", mutated(set_at((*RULE, "evidence"), 3))),
    ("sources-empty", mutated(set_at((*RULE, "sources"), []))),
    ("sources-text", mutated(set_at((*RULE, "sources"), "a book"))),
    ("sources-numbers", mutated(set_at((*RULE, "sources"), [1, 2]))),
    ("basis-missing", mutated(drop((*RULE, "basis")))),
    ("basis-empty", mutated(set_at((*RULE, "basis"), "  "))),
    ("unknown-rule-key", mutated(set_at((*RULE, "colour"), "red"))),
    ("everything-empty", {}),
    ("only-policy", {"policy": DEFAULT["policy"]}),
    ("products-without-classes", mutated(set_at(("classes",), {}))),
]

FILES: list[tuple[str, bytes | str]] = [
    ("not-toml", "not = [valid"),
    ("half-a-table", "[policy\nname = 'x'"),
    ("not-utf8", b"\xff\xfe[policy]"),
    ("empty-file", ""),
    ("only-comments", "# nothing here\n"),
    ("nul-bytes", "\x00" * 100),
    ("deep-nesting", "a = " + "[" * 5000 + "]" * 5000),
    ("huge-string", 'x = "' + "y" * 900_000 + '"'),
    ("too-big", "# " + "x" * 1_100_000),
    ("9999-years", DEFAULT_TEXT.replace('earliest = "14 days"', 'earliest = "9999 years"', 1)),
    (
        "20-digit-days",
        DEFAULT_TEXT.replace('earliest = "14 days"', 'earliest = "12345678901234567890 days"', 1),
    ),
    ("date-as-year-1", DEFAULT_TEXT.replace("reviewed = 2026-11-01", "reviewed = 0001-01-01", 1)),
    ("datetime", DEFAULT_TEXT.replace("reviewed = 2026-11-01", "reviewed = 2026-11-01T10:00:00", 1)),
]


def one_line(text: str) -> None:
    assert "\n" not in text and len(text) <= 400, text[:500]


def banner(text: str) -> None:
    """A banner wraps in the window: one paragraph, the file and the problem named, nothing endless."""
    assert "\n" not in text and len(text) <= 800, text[:900]


@pytest.mark.parametrize(("name", "data"), MAPPINGS, ids=[n for n, _ in MAPPINGS])
def test_a_broken_policy_is_problems_in_words(name: str, data: dict[str, Any]) -> None:
    result = parse_policy(data, "policy.toml")
    assert result.problems, name
    assert result.policy is None
    for problem in result.problems:
        for lang in ("en", "es"):
            one_line(problem_line(problem, lang))


@pytest.mark.parametrize(("name", "content"), FILES, ids=[n for n, _ in FILES])
def test_a_broken_policy_file_is_problems_in_words(name: str, content: bytes | str, tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = load_policy(path)
    assert (result.policy is None) == bool(result.problems)
    assert result.problems, name
    for problem in result.problems:
        one_line(problem_line(problem, "en"))


@pytest.mark.parametrize("kind", ["/dev/zero", "folder", "fifo", "missing", "link-to-dev-zero"])
def test_a_policy_path_that_is_not_a_file_is_one_problem(kind: str, tmp_path: Path) -> None:
    path: Path | str
    if kind == "folder":
        path = tmp_path
    elif kind == "fifo":
        path = tmp_path / "pipe.toml"
        os.mkfifo(path)
    elif kind == "missing":
        path = tmp_path / "missing.toml"
    elif kind == "link-to-dev-zero":
        path = tmp_path / "zero.toml"
        path.symlink_to("/dev/zero")
    else:
        path = kind
    result = load_policy(path)
    assert result.policy is None and len(result.problems) == 1
    one_line(problem_line(result.problems[0], "en"))


def test_a_policy_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    """What Notepad writes: the mark is not part of the text."""
    path = tmp_path / "policy.toml"
    path.write_text("\ufeff" + DEFAULT_TEXT, encoding="utf-8")
    result = load_policy(path)
    assert result.problems == () and result.policy is not None


STORE_CASES = [
    *FILES,
    *((kind, "") for kind in NOT_FILES),
]


@pytest.mark.parametrize(("name", "content"), STORE_CASES, ids=[n for n, _ in STORE_CASES])
def test_a_broken_clinic_policy_is_kept_aside_with_a_banner(
    name: str, content: bytes | str, tmp_path: Path
) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    place_broken(store.clinic_path, name, content)
    active = store.active()
    assert active.origin == "default" and active.policy.name == "Default policy"
    assert "policy.broken-" in active.banner and "Default policy 2027.1" in active.banner
    banner(active.banner.text_in("es"))
    assert not store.clinic_path.exists() and not store.clinic_path.is_symlink()  # kept aside, not read again
    assert list(tmp_path.glob("policy.broken-*"))


@pytest.mark.parametrize(("name", "content"), STORE_CASES, ids=[n for n, _ in STORE_CASES])
def test_a_broken_shared_policy_is_ignored_with_a_banner(
    name: str, content: bytes | str, tmp_path: Path
) -> None:
    shared = tmp_path / "share" / "policy.toml"
    shared.parent.mkdir()
    place_broken(shared, name, content)
    store = PolicyStore(tmp_path / "desk", default_policy_path())
    active = store.active(str(shared))
    assert active.policy.name == "Default policy"
    assert "shared policy file cannot be used" in active.banner
    banner(active.banner)
    assert shared.exists() or shared.is_symlink()  # not ours: left as it is


def test_the_clinics_last_good_policy_stays_in_use_on_every_later_start(tmp_path: Path) -> None:
    from gui.core import Duration

    store = PolicyStore(tmp_path, default_policy_path())
    default = store.default()
    rule = default.rules[("neurotoxin", "microneedling")]
    rules = {**default.rules, ("neurotoxin", "microneedling"): rule._replace(earliest=Duration(days=21))}
    signed = default._replace(
        version="clinic-21d", rules=rules, approved_by="Dr Lee", approved_on=date(2026, 11, 20)
    )
    store.save(signed)
    assert store.active().policy.version == "clinic-21d"
    store.clinic_path.write_text("garbage = [")
    first = store.active()
    assert first.policy.version == "clinic-21d" and "policy.broken-" in first.banner
    again = PolicyStore(tmp_path, default_policy_path()).active()
    assert again.policy.version == "clinic-21d" and again.origin == "clinic"
