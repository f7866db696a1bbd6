"""The course as a calendar file: parsed back with the icalendar library, every date checked; no patient
data in it; and the command line's --ics, good and bad."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from gui import cli
from gui.core import ClinicDays, Treatment, load_policy_or_raise, make_plan
from gui.core.clinic import Clinic
from gui.core.course import make_course
from gui.core.resources import default_policy_path
from gui.store.calendar_file import course_calendar

POLICY = load_policy_or_raise(default_policy_path())
BOTOX = Treatment("botox", date(2026, 11, 20), area="forehead")
CLINIC = Clinic("Harbour Skin Clinic", "12 Quay Street, Bristol")


def events(text: str) -> list[tuple[date, str, str, str, str]]:
    calendar = Calendar.from_ical(text)
    return [
        (
            e.decoded("dtstart"),
            str(e.get("summary")),
            str(e.get("location", "")),
            str(e.get("description")),
            str(e.get("uid")),
        )
        for e in calendar.walk("VEVENT")
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_session_and_the_next_toxin_visit_round_trip(lang: str) -> None:
    days = ClinicDays(frozenset(range(5)), frozenset({date(2027, 1, 1)}))  # weekdays; New Year closed
    plan = make_plan([BOTOX], POLICY, date(2026, 12, 1), clinic_days=days)
    course = make_course(plan, POLICY, 3, days)
    found = events(course_calendar(plan, course, CLINIC, lang))
    assert [day for day, *_ in found] == [
        date(2026, 12, 4),
        date(2027, 1, 4),
        date(2027, 2, 1),
        date(2027, 2, 18),
    ]
    assert [day for day, *_ in found[:3]] == [s.date for s in course.sessions]
    assert course.next_toxin is not None and found[3][0] == course.next_toxin.date
    summaries = [summary for _, summary, *_ in found]
    if lang == "en":
        assert summaries == [
            "Microneedling: session 1 of 3", "Microneedling: session 2 of 3", "Microneedling: session 3 of 3",
            "Botox: next visit",
        ]  # fmt: skip
    else:
        assert summaries[0] == "Microneedling: sesión 1 de 3" and summaries[3] == "Botox: próxima visita"
    assert {location for *_, location, _, _ in found} == {"Harbour Skin Clinic, 12 Quay Street, Bristol"}
    assert all("28" in description for _, _, _, description, _ in found[:3])  # the rule that placed it


def test_no_patient_data_and_stable_event_ids() -> None:
    plan = make_plan([BOTOX], POLICY, date(2026, 12, 5))
    course = make_course(plan, POLICY, 2)
    text = course_calendar(plan, course, CLINIC)
    assert "forehead" not in text and "20261120" not in text and "20 Nov 2026" not in text  # no history
    again = course_calendar(plan, course, CLINIC)
    assert [uid for *_, uid in events(text)] == [uid for *_, uid in events(again)]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


BASE = ("plan", "--history", "botox=2026-11-20", "--today", "2026-12-05", "--no-clinic-settings")


def test_plan_writes_the_calendar_the_json_describes(tmp_path: Path) -> None:
    target = tmp_path / "course.ics"
    code, out, err = run(*BASE, "--sessions", "3", "--json", "--ics", str(target))
    assert code == 0, err
    import json

    said = json.loads(out)
    found = [day.isoformat() for day, *_ in events(target.read_text(encoding="utf-8"))]
    assert found == [s["date"] for s in said["sessions"]] + [said["next_toxin"]]
    assert found == ["2026-12-05", "2027-01-02", "2027-01-30", "2027-02-18"]


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("plan.txt", "the file name must end in .ics"),
        ("missing/plan.ics", "the folder does not exist"),
        ("", "that is a folder, not a file name"),
    ],
)
def test_a_bad_calendar_path_is_refused_in_one_line(tmp_path: Path, name: str, fragment: str) -> None:
    code, out, err = run(*BASE, "--ics", str(tmp_path / name) if name else str(tmp_path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and fragment in err, err


def test_a_calendar_without_sessions_holds_one_session(tmp_path: Path) -> None:
    target = tmp_path / "one.ics"
    code, out, _err = run(*BASE, "--ics", str(target), "--json")
    assert code == 0 and "sessions" not in out
    assert [day.isoformat() for day, *_ in events(target.read_text())] == ["2026-12-05", "2027-02-18"]


@pytest.mark.parametrize("command", ["plan", "handout"])
def test_no_calendar_file_or_handout_while_a_moved_session_breaks_a_rule(
    tmp_path: Path, command: str, qapp: object
) -> None:
    """Session 2 moved to 20 Dec, before the course allows it (2 Jan): nothing goes home with that day."""
    target = tmp_path / "course.ics"
    output = ["-o", str(tmp_path / "plan.pdf")] if command == "handout" else []
    code, out, err = run(
        command, *BASE[1:], "--sessions", "3", "--move-session", "2=2026-12-20", "--ics", str(target), *output
    )
    assert code == 2 and out == "" and not target.exists() and not (tmp_path / "plan.pdf").exists()
    assert "Session 2 on Sun 20 Dec 2026 is too early for the course." in err
    assert "The first day that fits is Sat 2 Jan 2027." in err
    code, out, err = run(command, *BASE[1:], "--sessions", "3", "--move-session", "2=2027-01-10", *output)
    assert code == 0, err  # a day the course allows: the handout and the plan are made


def test_an_ask_first_answer_heads_every_event_and_a_not_today_one_writes_none() -> None:
    from gui.core.screening import with_screening
    from gui.core.screening_words import calendar_refusal
    from gui.store.calendar_file import write_calendar

    plan = make_plan([BOTOX], POLICY, date(2026, 12, 5))
    course = make_course(plan, POLICY, 3)
    asked = with_screening(plan, POLICY, ["isotretinoin"])
    for _day, _summary, _place, description, _uid in events(course_calendar(asked, course, CLINIC)):
        assert description.startswith(
            "Ask the practitioner first: isotretinoin (Accutane) in the last 6 months."
        )
    sunburn = with_screening(plan, POLICY, ["sunburn", "isotretinoin"])
    refused = calendar_refusal(sunburn)
    assert refused == (
        "No calendar file while a screening answer says not today (sunburn in the area): the sessions are "
        "dated once it no longer applies."
    )
    with pytest.raises(ValueError, match="No calendar file while"):
        write_calendar(Path("/nonexistent/never.ics"), sunburn, course, CLINIC)


def test_ics_is_refused_while_a_screening_answer_says_not_today(tmp_path: Path) -> None:
    target = tmp_path / "course.ics"
    argv = (
        "plan", "--history", "botox=2026-11-20", "--today", "2026-12-05", "--sessions", "3",
        "--screen", "active-infection", "--ics", str(target), "--no-clinic-settings",
    )  # fmt: skip
    code, _out, err = run(*argv)
    assert code == 2 and not target.exists()
    assert "--ics: No calendar file while a screening answer says not today" in err
    assert err.count("\n") == 1
