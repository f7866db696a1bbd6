"""A judged day the clinic is closed is never a yes: core verdict, its words, the handout and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from gui import cli
from gui.core import ClinicDays, Treatment, Verdict, load_policy_or_raise, make_plan, verdict_text
from gui.core.resources import default_policy_path
from gui.handout.text import actions, main_message
from gui.store.settings import ClinicSettings, to_toml

POLICY = load_policy_or_raise(default_policy_path())
TODAY = date(2026, 12, 6)  # a Sunday
NO_SUNDAYS_NOR_XMAS = ClinicDays.from_iterables(range(6), {date(2026, 12, 25), date(2026, 12, 7)})
XEOMIN = Treatment("xeomin", date(2026, 11, 22))  # earliest Sun 6 Dec


def test_a_proposed_closed_day_is_closed_with_the_next_open_day() -> None:
    plan = make_plan([XEOMIN], POLICY, TODAY, proposed=date(2026, 12, 25), clinic_days=NO_SUNDAYS_NOR_XMAS)
    assert plan.verdict is Verdict.CLOSED and plan.next_open == date(2026, 12, 26)
    said = verdict_text(plan)
    assert said.title == "Clinic closed that day" and "Sat 26 Dec 2026" in said.detail
    assert verdict_text(plan, "es").title == "La clínica cierra ese día"


def test_today_closed_without_a_proposed_date_is_closed_too() -> None:
    plan = make_plan([XEOMIN], POLICY, TODAY, clinic_days=NO_SUNDAYS_NOR_XMAS)
    assert plan.verdict is Verdict.CLOSED and plan.next_open == date(2026, 12, 8)
    assert plan.bookable == date(2026, 12, 8)


def test_too_early_is_still_too_early_on_a_closed_day() -> None:
    plan = make_plan([XEOMIN], POLICY, date(2026, 11, 29), clinic_days=NO_SUNDAYS_NOR_XMAS)
    assert plan.verdict is Verdict.TOO_EARLY


def test_too_early_names_the_first_bookable_day_when_the_earliest_is_closed() -> None:
    botox = Treatment("botox", date(2026, 11, 29))  # earliest Sun 13 Dec: the clinic is closed
    plan = make_plan([botox], POLICY, TODAY, clinic_days=NO_SUNDAYS_NOR_XMAS)
    detail = verdict_text(plan).detail
    assert "13 Dec 2026" in detail and "First bookable day: Mon 14 Dec 2026" in detail


def test_an_open_day_keeps_its_verdict() -> None:
    plan = make_plan([XEOMIN], POLICY, TODAY, proposed=date(2026, 12, 9), clinic_days=NO_SUNDAYS_NOR_XMAS)
    assert plan.verdict is Verdict.IDEAL and plan.next_open is None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_handout_moves_a_closed_appointment_and_names_a_bookable_day(lang: str) -> None:
    plan = make_plan([XEOMIN], POLICY, TODAY, proposed=date(2026, 12, 25), clinic_days=NO_SUNDAYS_NOR_XMAS)
    message = main_message(plan, lang)
    assert message.date == (
        "Saturday 26 December 2026" if lang == "en" else "sábado, 26 de diciembre de 2026"
    )
    assert "25" in message.lead
    said = message.text + message.follow_up
    assert "Sunday 6 December" not in said and "domingo, 6 de" not in said  # the closed policy date
    first = actions(plan, lang)[0]
    assert ("Move" if lang == "en" else "Cambie") in first and "26" in first


def test_the_handout_follow_up_offers_the_bookable_day_not_a_closed_earliest() -> None:
    botox = Treatment("botox", date(2026, 11, 29))  # policy earliest Sun 13 Dec, bookable Mon 14 Dec
    plan = make_plan([botox], POLICY, TODAY, proposed=date(2026, 12, 18), clinic_days=NO_SUNDAYS_NOR_XMAS)
    assert "Monday 14 December 2026" in main_message(plan).follow_up


def test_the_command_line_says_closed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    desk = tmp_path / "clinic.toml"
    desk.write_text(
        to_toml(ClinicSettings(open_weekdays=frozenset(range(6)), closures=frozenset({date(2026, 12, 25)})))
    )
    args = ["plan", "--settings", str(desk), "--today", "2026-12-06", "--history", "xeomin=2026-11-22"]
    assert cli.main([*args, "--proposed", "2026-12-25", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "closed"
    assert cli.main([*args, "--proposed", "2026-12-25"]) == 0
    assert "CLOSED — the clinic is closed that day" in capsys.readouterr().out
    assert cli.main([*args, "--target", "rf-microneedling"]) == 0
    assert capsys.readouterr().out.startswith("RF microneedling plan")
