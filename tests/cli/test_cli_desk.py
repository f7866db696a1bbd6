"""``plan`` and ``handout`` answer as the window on this desk does: its settings, its policy, its days.

Each test has its own config folder (conftest points XDG_CONFIG_HOME at a temporary one, and the
subprocesses inherit it), so "this desk" is whatever the test saves there.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from gui.cli import main
from gui.cli.commands import desk_config_folder, parse_history
from gui.core import Policy, load_policy_or_raise, make_plan
from gui.core.durations import parse_duration
from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore
from gui.store.settings import ClinicSettings, SettingsStore, to_toml

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 30)  # a Monday
CLOSED_SUNDAYS = ClinicSettings(
    name="Harbour Skin Clinic", open_weekdays=frozenset(range(6)), closures=frozenset({date(2026, 12, 14)})
)


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command in a C locale (no numeric date order) unless ``env`` says otherwise."""
    base = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_TIME")} | {"LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=base | env,
    )


def plan_json(*args: str, **env: str) -> dict[str, object]:
    result = run("plan", "--today", TODAY.isoformat(), "--json", *args, **env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def save_desk(settings: ClinicSettings) -> Path:
    folder = desk_config_folder()
    SettingsStore(folder).save(settings)
    return folder


def clinic_policy() -> Policy:
    """A signed clinic policy: 21 days after filler instead of the default 14."""
    base = load_policy_or_raise(default_policy_path())
    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(base.rules)
    rules[key] = rules[key]._replace(earliest=parse_duration("21 days"))
    return base._replace(
        name="Clinic policy", version="3", rules=rules, approved_by="Dr Lee", approved_on=TODAY
    )


def pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in pages)).split())


def pdf_sizes(path: Path) -> list[tuple[float, float]]:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]


def in_process(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    """``plan … --json`` in this process: quick enough to try every weekday."""
    assert main(["plan", "--today", TODAY.isoformat(), "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


# --- the same settings and policy as the window ---------------------------------------------------


def test_the_config_folder_is_the_windows(tmp_path: Path) -> None:
    """Asked in a process where gui/app.py has made the application, as the window's start does."""
    code = (
        "from gui.app import APP_NAME, create_application\n"
        "from gui.store.workspace import Workspace\n"
        "from gui.cli.commands import APP_NAME as CLI_NAME, desk_config_folder\n"
        "before = desk_config_folder()\n"
        "app = create_application([])\n"
        "print(APP_NAME == CLI_NAME, Workspace.for_user().config == before == desk_config_folder())\n"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, env=env
    )
    assert result.stdout.split() == ["True", "True"], result.stderr
    assert desk_config_folder().is_relative_to(os.environ["XDG_CONFIG_HOME"])


def test_a_desk_closed_on_sundays_never_books_a_closed_day(capsys: pytest.CaptureFixture[str]) -> None:
    save_desk(CLOSED_SUNDAYS)
    days, policy = CLOSED_SUNDAYS.clinic_days, load_policy_or_raise(default_policy_path())
    for back in range(7, 15):  # the earliest date falls on every weekday, and on the closure
        day = TODAY - timedelta(days=back)
        data = in_process(capsys, "--history", f"botox={day.isoformat()}")
        history = parse_history([f"botox={day.isoformat()}"], policy, TODAY, None)
        expected = make_plan(history, policy, TODAY, clinic_days=days)
        assert expected.bookable is not None and data["bookable"] == expected.bookable.isoformat()
        assert data["earliest"] == (day + timedelta(days=14)).isoformat()  # still the policy's date
        bookable = date.fromisoformat(str(data["bookable"]))
        assert days.is_open(bookable) and bookable >= TODAY


def test_the_subprocess_says_the_same_in_words() -> None:
    save_desk(CLOSED_SUNDAYS)
    data = plan_json("--history", "botox=2026-11-29")
    assert (data["earliest"], data["bookable"]) == ("2026-12-13", "2026-12-15")  # Sun, then the closure
    text = run("plan", "--today", TODAY.isoformat(), "--history", "botox=2026-11-29").stdout.splitlines()
    assert text[2] == "First bookable date for microneedling: Tuesday 15 December 2026 — in 2 weeks"
    assert text[3] == "Policy earliest: Sun 13 Dec 2026; the clinic is closed on Sundays."
    assert "Policy earliest date: Sunday 13 December 2026 (in 13 days)" in text


def test_a_closed_proposed_day_names_the_next_open_day_as_the_window_does() -> None:
    save_desk(CLOSED_SUNDAYS)
    args = ("plan", "--today", TODAY.isoformat(), "--history", "botox=2026-11-01", "--proposed", "2026-12-13")
    lines = run(*args).stdout.splitlines()
    verdict = lines.index(
        "Verdict for proposed date, Sunday 13 December 2026: CLOSED — the clinic is closed that day; "
        "book an open day"
    )
    assert lines[verdict + 1] == (
        "13 Dec 2026 (proposed date): the clinic is closed that day; the next open day is Tue 15 Dec 2026."
    )  # Monday 14 December is a closure too
    spanish = run(*args, "--lang", "es").stdout
    assert "el siguiente día abierto es el mar 15 dic 2026." in spanish


def test_the_clinics_signed_policy_is_used_and_policy_file_wins(tmp_path: Path) -> None:
    folder = save_desk(ClinicSettings())
    PolicyStore(folder, default_policy_path()).save(clinic_policy())
    history = ("--history", "ha-filler=2026-11-20")
    data = plan_json(*history)
    assert data["earliest"] == "2026-12-11" and data["policy"]["name"] == "Clinic policy"
    default = plan_json(*history, "--policy", str(default_policy_path()))
    assert default["earliest"] == "2026-12-04" and default["policy"] == {
        "name": "Default policy",
        "version": "2027.1",
        "fingerprint": None,
    }


def test_products_lists_the_desks_screening_questions_as_plan_asks_them() -> None:
    folder = save_desk(ClinicSettings())
    policy = clinic_policy()
    sunburn = policy.screening["sunburn"]._replace(effect="ask-first")
    PolicyStore(folder, default_policy_path()).save(policy._replace(screening={"sunburn": sunburn}))
    listed = run("products", "--screening")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "sunburn  ask-first  Is the skin in the area sunburned now?  [skin-needling]"
    ]
    shipped = run("products", "--screening", "--no-clinic-settings").stdout.splitlines()
    assert len(shipped) == 9 and shipped[1].startswith("sunburn           not-today")
    data = plan_json("--history", "botox=2026-11-01", "--screen", "sunburn")
    assert data["screening_effect"] == "ask-first"


def test_no_clinic_settings_gives_the_shipped_defaults(tmp_path: Path) -> None:
    folder = save_desk(CLOSED_SUNDAYS._replace(date_order="dmy"))
    PolicyStore(folder, default_policy_path()).save(clinic_policy())
    data = plan_json("--history", "ha-filler=2026-11-29", "--no-clinic-settings")
    assert data["earliest"] == data["bookable"] == "2026-12-13"  # a Sunday: always open, 14 days
    assert data["policy"] == {"name": "Default policy", "version": "2027.1", "fingerprint": None}
    refused = run(
        "plan", "--today", TODAY.isoformat(), "--no-clinic-settings", "--history", "botox=03/04/2026"
    )
    assert refused.returncode == 2 and "could be 3 Apr 2026 or 4 Mar 2026" in refused.stderr


def test_settings_and_no_clinic_settings_do_not_go_together() -> None:
    result = run("plan", "--settings", "x.toml", "--no-clinic-settings")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "not allowed with argument" in result.stderr


# --- --settings FILE -------------------------------------------------------------------------------


def test_settings_file_is_used_instead_of_the_desks(tmp_path: Path) -> None:
    save_desk(ClinicSettings())
    other = tmp_path / "branch.toml"
    other.write_text(to_toml(CLOSED_SUNDAYS._replace(date_order="dmy")), encoding="utf-8")
    data = plan_json(
        "--settings", str(other), "--history", "botox=2026-11-29", "--history", "dysport=03/04/2026"
    )
    assert data["bookable"] == "2026-12-15"
    reasons = data["reasons"]
    assert isinstance(reasons, list) and reasons[1]["from"] == "2026-04-03"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[clinic\n", "it is not valid TOML"),
        ('[calendar]\nopen_weekdays = ["sun", "funday"]\n', "open_weekdays: a list of day names"),
        ('[dates]\ndate_order = "ymd"\n', "date_order: one of: auto, dmy, mdy"),
    ],
)
def test_a_bad_settings_file_is_exit_2_with_one_line(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "clinic.toml"
    bad.write_text(content, encoding="utf-8")
    result = run("plan", "--settings", str(bad), "--today", TODAY.isoformat())
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"microneedling-window: error: --settings '{bad}': ")
    assert problem in result.stderr
    assert bad.read_text(encoding="utf-8") == content and sorted(tmp_path.iterdir()) == [bad]  # untouched


def test_a_missing_settings_file_is_exit_2_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    result = run("handout", "--settings", str(missing), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert (
        result.stderr
        == f"microneedling-window: error: --settings '{missing}': cannot read it: No such file or directory\n"
    )


# --- a broken file on the desk: a warning, and the window's fallback ---------------------------------


def test_a_broken_desk_settings_file_is_one_warning_line_and_exit_0() -> None:
    folder = save_desk(CLOSED_SUNDAYS)
    SettingsStore(folder).load()  # the window started once: the last good copy is kept
    (folder / "clinic.toml").write_text('[clinic]\nname = "Harbour\n', encoding="utf-8")
    result = run("plan", "--today", TODAY.isoformat(), "--history", "botox=2026-11-29", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["bookable"] == "2026-12-15"  # the last good settings
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("microneedling-window: warning: The settings file ")
    assert "the app is using the last good settings" in lines[0] and "Traceback" not in result.stderr
    assert len(list(folder.glob("clinic.broken-*.toml"))) == 1  # kept aside, as the window does


def test_a_broken_clinic_policy_warns_in_the_chosen_language() -> None:
    folder = save_desk(ClinicSettings())
    (folder / "policy.toml").write_text("not = [valid", encoding="utf-8")
    result = run("plan", "--today", TODAY.isoformat(), "--history", "ha-filler=2026-11-20", "--lang", "es")
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("microneedling-window: warning: No se pudo usar el archivo de política")
    assert "Política predeterminada 2027.1" in result.stdout


# --- typed treatments, read as the window reads them ---------------------------------------------


@pytest.mark.parametrize("typed", ["Nov 2026~3", "2026-10~3", "noviembre de 2026 ~ 5"])
def test_a_whole_month_cannot_be_narrowed(typed: str) -> None:
    result = run("plan", "--today", TODAY.isoformat(), "--history", f"botox={typed}")
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "is a whole month, which cannot be narrowed with ~" in lines[0]
    assert "type the month alone" in lines[0] and "or one day with ~" in lines[0]


@pytest.mark.parametrize("days", ["0", "31", "400"])
def test_around_takes_1_to_30_days(days: str) -> None:
    result = run("plan", "--today", TODAY.isoformat(), "--history", f"botox=2026-11-10~{days}")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert f"~{days} cannot be used; 'around' takes ± 1 to 30 days" in result.stderr


def test_around_a_day_and_a_month_are_read_as_the_window_reads_them() -> None:
    reasons = plan_json("--history", "botox=2026-11-10~3", "--history", "dysport=Oct 2026")["reasons"]
    assert isinstance(reasons, list)
    assert [(r["from"], r["to"]) for r in reasons] == [
        ("2026-11-07", "2026-11-13"),
        ("2026-10-01", "2026-10-31"),
    ]


# --- the handout: the desk's clinic, paper and days ------------------------------------------------


def test_the_handout_has_the_desks_clinic_and_paper(tmp_path: Path) -> None:
    save_desk(CLOSED_SUNDAYS._replace(page_size="letter"))
    target = tmp_path / "plan.pdf"
    args = ("handout", "--today", TODAY.isoformat(), "--history", "botox=2026-11-29", "-o", str(target))
    result = run(*args)
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    assert "Harbour Skin Clinic" in text and "Tuesday 15 December 2026" in text
    assert pdf_sizes(target) == [(612, 792)]
    assert run(*args, "--page", "a4").returncode == 0
    assert pdf_sizes(target) == [(595, 842)]
    assert run(*args, "--no-clinic-settings").returncode == 0
    assert "Harbour Skin Clinic" not in pdf_text(target)


def test_a_desk_policy_edited_by_hand_is_not_used_and_an_explicit_one_is_refused() -> None:
    folder = save_desk(ClinicSettings())
    store = PolicyStore(folder, default_policy_path())
    store.save(clinic_policy())
    text = store.clinic_path.read_text(encoding="utf-8")
    edited = text.replace('earliest = "21 days"', 'earliest = "7 days"', 1)
    assert edited != text
    store.clinic_path.write_text(edited, encoding="utf-8")
    result = run("plan", "--today", TODAY.isoformat(), "--json", "--history", "ha-filler=2026-11-20")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["earliest"] == "2026-12-11"  # the last approved copy: 21 days
    warning = result.stderr.strip()
    assert warning.count("\n") == 0 and "changed after Dr Lee approved them on 30 Nov 2026" in warning
    elsewhere = Path(folder.parent / "edited.toml")
    elsewhere.write_text(edited, encoding="utf-8")
    refused = run(
        "plan", "--today", TODAY.isoformat(), "--history", "ha-filler=2026-11-20", "--policy", str(elsewhere)
    )
    assert refused.returncode == 2 and refused.stdout == ""
    assert "policy.fingerprint: the rules were changed after Dr Lee approved them" in refused.stderr


def test_the_handout_of_a_desk_whose_policy_was_edited_by_hand_names_the_approved_copy(
    tmp_path: Path,
) -> None:
    folder = save_desk(ClinicSettings())
    store = PolicyStore(folder, default_policy_path())
    approved = store.save(clinic_policy())
    text = store.clinic_path.read_text(encoding="utf-8")
    store.clinic_path.write_text(
        text.replace('earliest = "21 days"', 'earliest = "7 days"', 1), encoding="utf-8"
    )
    target = tmp_path / "plan.pdf"
    argv = ("handout", "--today", TODAY.isoformat(), "--history", "ha-filler=2026-11-20", "-o", str(target))
    result = run(*argv)
    assert result.returncode == 0, result.stderr
    assert "changed after Dr Lee approved them" in result.stderr
    paper = pdf_text(target)
    assert approved.fingerprint[:8] in paper and "Friday 11 December 2026" in paper  # 21 days, approved


def test_without_lang_the_commands_speak_the_clinics_language(tmp_path: Path) -> None:
    """The desk's language setting (Settings ▸ Language) is the commands' default, as it is the
    window's and its handout's; --lang wins; 'system' gives English whatever the computer's locale."""
    history = ("--history", "botox=2026-11-10", "--today", "2026-11-24")
    save_desk(ClinicSettings(language="es"))
    spanish = run("plan", *history)
    assert spanish.returncode == 0, spanish.stderr
    assert spanish.stdout.startswith("Plan de microneedling — hoy es martes, 24 de noviembre de 2026")
    assert run("plan", *history, "--lang", "en").stdout.startswith("Microneedling plan — today is Tuesday")
    out = tmp_path / "plan.pdf"
    assert run("handout", *history, "-o", str(out)).returncode == 0
    assert "Primera fecha posible" in pdf_text(out)
    save_desk(ClinicSettings(language="system"))
    english = run("plan", *history, LANG="es_ES.UTF-8")
    assert english.stdout.startswith("Microneedling plan — today is Tuesday 24 November 2026")
    assert run("plan", *history, "--no-clinic-settings").stdout.startswith("Microneedling plan")
