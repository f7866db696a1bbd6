"""The check sheet's examples are the engine's own answers: each one, run through ``plan`` as a clinic
would run it after a change, gives exactly what the sheet expects; every rule has its examples."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from gui import cli
from gui.core import TARGETS, Policy, load_policy_or_raise
from gui.core.check_sheet import Example, check_examples
from gui.core.durations import parse_duration
from gui.core.policy_toml import dump_policy
from gui.core.resources import default_policy_path
from gui.core.sheet_words import changed_examples

DEFAULT = load_policy_or_raise(default_policy_path())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def months_policy(tmp_path: Path) -> Path:
    """A clinic's variant: waits in months and a recommended wait, so every kind of example appears."""
    rules = dict(DEFAULT.rules)
    key = ("hyaluronic-acid-filler", "microneedling")
    rules[key] = rules[key]._replace(
        earliest=parse_duration("1 month"), recommended=parse_duration("6 weeks")
    )
    path = tmp_path / "clinic.toml"
    path.write_text(dump_policy(DEFAULT._replace(rules=rules)), encoding="utf-8")
    return path


@pytest.mark.parametrize("variant", ["default", "months"])
def test_every_example_run_through_plan_gives_what_the_sheet_expects(variant: str, tmp_path: Path) -> None:
    policy = str(default_policy_path()) if variant == "default" else str(months_policy(tmp_path))
    code, out, err = run("policy-sheet", "--policy", policy, "--json")
    assert code == 0, err
    examples = json.loads(out)
    kinds = {e["kind"] for e in examples}
    assert {"before-earliest", "on-earliest", "ideal-ends", "after-ideal", "month-end", "leap-day"} <= kinds
    assert {"approximate", "later-wait-wins", "course", "screening"} <= kinds
    if variant == "months":
        assert "recommended" in kinds
    for example in examples:
        argv = ["plan", "--policy", policy, "--no-clinic-settings", "--json", "--target", example["target"]]
        argv += [f"--history={item}" for item in example["history"]] + ["--today", example["today"]]
        if "proposed" in example:
            argv += ["--proposed", example["proposed"]]
        if "sessions" in example:
            argv += ["--sessions", str(example["sessions"])]
        if "screen" in example:
            argv += ["--screen", ",".join(example["screen"])]
        code, said, err = run(*argv)
        assert code == 0, (example, err)
        answer = json.loads(said)
        assert {key: answer[key] for key in example["expect"]} == example["expect"], example


def test_each_signed_rule_has_an_example_on_its_earliest_date() -> None:
    examples = check_examples(DEFAULT)
    shown = {e.rule for e in examples if e.kind == "on-earliest"}
    assert shown == set(DEFAULT.rules) - DEFAULT.from_default


def test_a_boundary_is_the_day_before_and_the_day_of_the_earliest_date() -> None:
    examples = [e for e in check_examples(DEFAULT) if e.rule == ("neurotoxin", "microneedling")]
    before, on = (next(e for e in examples if e.kind == kind) for kind in ("before-earliest", "on-earliest"))
    assert before.history == on.history == ("botox=2025-12-01",)
    assert before.expect == {"verdict": "too-early", "earliest": "2025-12-15"}
    assert (before.proposed, on.proposed) == (date(2025, 12, 14), date(2025, 12, 15))
    assert on.expect["verdict"] == "ideal"


def test_each_screening_question_has_its_effect_before_each_treatment_it_is_asked_for() -> None:
    examples = [e for e in check_examples(DEFAULT) if e.kind == "screening"]
    groups: dict[str, str] = {}  # one next treatment per group: a class's first product stands for it
    for target in DEFAULT.next_treatments:
        group = target if target in TARGETS else DEFAULT.products[target].class_id
        groups.setdefault(group, target)
    for item in DEFAULT.screening.values():
        asked = {e.target for e in examples if e.screen == (item.id,)}
        assert asked == {t for t in groups.values() if item in DEFAULT.screening_for(t)}
        assert all(e.expect["screening_effect"] == item.effect for e in examples if e.screen == (item.id,))


def pdf_words(path: Path) -> str:
    """The PDF's text on one line (pdftotext, as a reader copies it; ligatures such as 'ﬀ' undone)."""
    import subprocess
    import unicodedata

    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_printed_sheet_names_the_policy_its_fingerprint_and_says_every_example(
    lang: str, tmp_path: Path, qapp: object
) -> None:  # qapp: the test session's QApplication is the one the command finds
    from gui.core import policy_label
    from gui.core.fingerprint import policy_fingerprint
    from gui.core.sheet_words import example_sentence

    target = tmp_path / f"sheet-{lang}.pdf"
    code, _out, err = run("policy-sheet", "--no-clinic-settings", "--lang", lang, "-o", str(target))
    assert code == 0 and err == "" and target.stat().st_mode & 0o777 == 0o600
    said = pdf_words(target)
    assert policy_label(DEFAULT, lang) in said and policy_fingerprint(DEFAULT) in said
    for example in check_examples(DEFAULT):
        assert " ".join(example_sentence(DEFAULT, example, lang).split()) in said, example
    assert ("Approved by: ____" if lang == "en" else "Aprobada por: ____") in said  # signed by hand


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        ((), "give either --json or -o FILE.pdf"),
        (("--json", "-o", "x.pdf"), "give either --json or -o FILE.pdf"),
        (("-o", "/nonexistent-folder/sheet.pdf"), "cannot write '/nonexistent-folder/sheet.pdf'"),
        (("--json", "--lang", "fr"), "invalid choice: 'fr'"),
    ],
)
def test_a_bad_request_is_one_line_and_exit_2(argv: tuple[str, ...], said: str) -> None:
    code, out, err = run("policy-sheet", "--no-clinic-settings", *argv)
    assert code == 2 and out == "" and said in err and err.count("\n") == 1, err


def with_21_days(key: tuple[str, str]) -> tuple[Policy, list[Example], dict[int, Example | None]]:
    """The default with one rule's wait made 21 days: its examples, and those changed from the default."""
    rules = dict(DEFAULT.rules)
    rules[key] = rules[key]._replace(earliest=parse_duration("21 days"))
    edited = DEFAULT._replace(rules=rules)
    examples = check_examples(edited)
    return edited, examples, changed_examples(edited, examples, DEFAULT)


def test_against_the_policy_in_force_exactly_the_lines_a_change_moves_are_marked() -> None:
    key = ("hyaluronic-acid-filler", "microneedling")
    _edited, examples, changed = with_21_days(key)
    moved = {i for i, e in enumerate(examples) if e.rule == key}
    assert moved and moved <= set(changed)  # every example of the changed rule
    for i in set(changed) - moved:  # and only lines the rule takes part in (the later wait, the month)
        assert examples[i].kind != "screening"  # a question's line says its effect, not the dates
        assert any(item.startswith("ha-filler=") for item in examples[i].history), examples[i]
    assert all(changed[i] is not None for i in changed)  # each with what the desk says now
    assert changed_examples(DEFAULT, check_examples(DEFAULT), DEFAULT) == {}  # signing again: nothing
    renamed = DEFAULT._replace(name="Clinic policy", version="3")
    assert changed_examples(renamed, check_examples(renamed), DEFAULT) == {}


def test_a_changed_toxin_wait_marks_no_screening_line() -> None:
    _edited, examples, changed = with_21_days(("neurotoxin", "microneedling"))
    assert changed and not [examples[i] for i in changed if examples[i].kind == "screening"]
