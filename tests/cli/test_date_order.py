"""One rule for numeric dates such as 03/04/2026, in the window and on the command line.

The clinic's ``date_order`` setting says day/month or month/day; "auto" follows the computer's locale
when it has an order, and the C/POSIX locale has none: then a date whose day and month could swap is
refused with both readings named. ``QLocale.system()`` is read once per process, from the environment,
so the system's order is tested in subprocesses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from gui.cli.commands import date_order_for, desk_config_folder
from gui.core import DateOrder
from gui.store.date_order import dates_follow_c_locale, desk_date_order, locale_date_order
from gui.store.settings import ClinicSettings, SettingsStore

ROOT = Path(__file__).resolve().parents[2]
DMY, MDY = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST
_L, _C = QLocale.Language, QLocale.Country


def environment(**env: str) -> dict[str, str]:
    """This test's environment with only the locale variables given (none of the developer's own)."""
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_TIME", "LC_NUMERIC")}
    return base | env


def python(code: str, **env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment(**env),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def plan(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "plan", "--today", "2026-11-24", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment(**env),
    )


@pytest.mark.parametrize(
    ("locale", "order"),
    [
        (QLocale(_L.C), None),  # Qt gives it "d MM yyyy", which is not an order anyone chose
        (QLocale(_L.English, _C.UnitedStates), MDY),
        (QLocale(_L.English, _C.UnitedKingdom), DMY),
        (QLocale(_L.Spanish, _C.Spain), DMY),
        (QLocale(_L.Spanish, _C.Mexico), DMY),
        (QLocale(_L.Japanese, _C.Japan), None),  # year first: 2026/03/04 is not our kind of numeric date
    ],
)
def test_the_order_of_a_locale(locale: QLocale, order: DateOrder | None) -> None:
    assert locale_date_order(locale) is order


@pytest.mark.parametrize(
    ("env", "is_c"),
    [
        ({}, True),
        ({"LANG": "C"}, True),
        ({"LANG": "C.UTF-8"}, True),
        ({"LANG": "POSIX"}, True),
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LANG": "en_US.UTF-8", "LC_TIME": "C"}, True),  # English words, C dates
        ({"LANG": "C.UTF-8", "LC_ALL": "en_GB.UTF-8"}, False),
        ({"LC_ALL": "C", "LANG": "en_GB.UTF-8"}, True),
    ],
)
def test_which_variable_sets_the_dates(env: dict[str, str], is_c: bool) -> None:
    assert dates_follow_c_locale(env, "linux") is is_c
    assert dates_follow_c_locale(env, "win32") is False  # Windows and macOS: the desktop's settings


@pytest.mark.parametrize(
    ("env", "order"),
    [
        ({"LANG": "C"}, "None"),
        ({"LANG": "C.UTF-8"}, "None"),
        ({"LANG": "POSIX"}, "None"),
        ({}, "None"),
        ({"LANG": "en_US.UTF-8"}, "mdy"),
        ({"LANG": "en_GB.UTF-8"}, "dmy"),
        ({"LANG": "es_ES.UTF-8"}, "dmy"),
        ({"LANG": "C.UTF-8", "LC_ALL": "en_US.UTF-8"}, "mdy"),
        ({"LANG": "en_US.UTF-8", "LC_TIME": "C"}, "None"),
    ],
)
def test_the_system_order(env: dict[str, str], order: str) -> None:
    code = (
        "from gui.store.date_order import system_date_order, desk_date_order\n"
        "o = system_date_order()\n"
        "assert desk_date_order('auto') is o\n"
        "print(o.value if o else None)\n"
    )
    assert python(code, **env) == order


def test_a_fixed_setting_does_not_ask_the_system() -> None:
    assert desk_date_order("dmy") is DMY and desk_date_order("mdy") is MDY


def test_the_command_line_asks_the_system_only_for_a_numeric_day_and_month() -> None:
    order_for = date_order_for(None, "auto")
    code = (
        "import sys\n"
        "from gui.cli.commands import date_order_for\n"
        "order_for = date_order_for(None, 'auto')\n"
        "for text in ('2026-11-10', '10 Nov 2026', 'Nov 2026', '11/2026', '2 weeks ago', 'hace 2 semanas'):\n"
        "    assert order_for(text) is None, text\n"
        "print('PySide6.QtCore' in sys.modules, order_for('03/04/2026'), 'PySide6.QtCore' in sys.modules)\n"
    )
    assert python(code, LANG="en_GB.UTF-8") == "False DateOrder.DAY_FIRST True"
    assert date_order_for("mdy", "dmy")("03/04/2026") is MDY  # --date-order wins over the setting
    assert date_order_for(None, "dmy")("03/04/2026") is DMY
    assert order_for("2026-11-10") is None


# --- the command line ------------------------------------------------------------------------------


def save_order(setting: str) -> None:
    SettingsStore(desk_config_folder()).save(ClinicSettings(date_order=setting))


def first_day(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    reason = json.loads(result.stdout)["reasons"][0]
    assert reason["from"] == reason["to"]
    return str(reason["from"])


@pytest.mark.parametrize(("setting", "day"), [("dmy", "2026-04-03"), ("mdy", "2026-03-04")])
def test_the_clinics_setting_reads_numeric_dates(setting: str, day: str) -> None:
    save_order(setting)
    assert first_day(plan("--history", "botox=03/04/2026", "--json", LANG="C.UTF-8")) == day


def test_auto_under_a_c_locale_refuses_naming_both_readings() -> None:
    save_order("auto")
    result = plan("--history", "botox=03/04/2026", LANG="C")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "microneedling-window: error: --history 'botox=03/04/2026': '03/04/2026' could be 3 Apr 2026 or "
        "4 Mar 2026. Type the month as a word (e.g. 3 Apr 2026) or as 2026-04-03.\n"
    )
    assert first_day(plan("--history", "botox=13/04/2026", "--json", LANG="C")) == "2026-04-13"  # one reading


def test_auto_follows_an_english_us_computer_and_the_option_wins() -> None:
    save_order("auto")
    assert first_day(plan("--history", "botox=03/04/2026", "--json", LANG="en_US.UTF-8")) == "2026-03-04"
    result = plan("--history", "botox=03/04/2026", "--json", "--date-order", "dmy", LANG="en_US.UTF-8")
    assert first_day(result) == "2026-04-03"


def test_no_clinic_settings_follows_the_computer() -> None:
    save_order("mdy")
    result = plan("--history", "botox=03/04/2026", "--json", "--no-clinic-settings", LANG="en_GB.UTF-8")
    assert first_day(result) == "2026-04-03"


def test_the_proposed_date_is_read_the_same_way() -> None:
    save_order("dmy")
    result = plan("--proposed", "01/12/2026", "--json", LANG="C")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["date"] == "2026-12-01"


@pytest.mark.parametrize(
    ("args", "loaded"),
    [
        (("--no-clinic-settings",), []),
        ((), ["PySide6.QtCore"]),  # the config folder is Qt's
        (("--no-clinic-settings", "--history", "botox=03/04/2026"), ["PySide6.QtCore"]),
    ],
)
def test_plan_loads_no_widgets_and_qtcore_only_when_needed(args: tuple[str, ...], loaded: list[str]) -> None:
    code = (
        "import sys\n"
        "from gui.cli import main\n"
        "base = ['plan', '--today', '2026-11-24', '--json', '--history', 'botox=2026-11-10']\n"
        f"code = main([*base, *{args!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))\n"
        "print(code, *qt, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=environment(LANG="en_GB.UTF-8"),
    )
    assert result.stderr.split() == ["0", *loaded]
