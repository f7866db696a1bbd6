"""The window as a screen reader gets it: read over the real AT-SPI bus by a real client, in EN and ES.

``main.py`` runs on Xvfb inside a private D-Bus session with the accessibility bus; ``atspi_client.py``
(Debian's Python, with pyatspi's bindings) turns screen reading on as Orca does, walks the whole tree,
types a treatment key by key with xdotool while it listens on the bus, and reports what it read and
heard. Each heard or read text is compared with what the same window says in this process for the
same entries: an announcement is the headline's words, said once, after typing pauses.
Needs (installed by ``.ci/run``): xvfb, dbus-x11 (``dbus-run-session``), at-spi2-core,
python3-pyatspi, xdotool. In CI a missing one fails the test; elsewhere it is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.ui.i18n import translate
from gui.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pyatspi puts the bindings
POLITE = 1  # ATSPI_LIVE_POLITE: Qt's QAccessible::AnnouncementPoliteness::Polite on the bus
PAUSE_FLOOR = 0.5  # seconds after the last key before anything may be said (the announcer waits 0.8)
pytestmark = pytest.mark.service


def _has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = [
        SYSTEM_PYTHON,
        "-c",
        "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
    ]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


@pytest.fixture
def bus_tools(require_service: Callable[[str, bool, str], None]) -> None:
    for tool, package in (("dbus-run-session", "dbus-x11"), ("xdotool", "xdotool")):
        require_service(tool, shutil.which(tool) is not None, f"install the {package} package (see .ci/run)")
    launcher = Path("/usr/libexec/at-spi-bus-launcher")
    require_service("the AT-SPI bus", launcher.exists(), "install the at-spi2-core package (see .ci/run)")
    require_service("pyatspi", _has_pyatspi(), "install the python3-pyatspi package (see .ci/run)")


def read_over_the_bus(display: str, home: Path, lang: str, steps: list[dict[str, Any]]) -> dict[str, Any]:
    report = home / "report.json"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "C.UTF-8",
    }
    command = [
        "dbus-run-session", "--", SYSTEM_PYTHON, str(CLIENT), "--report", str(report),
        "--steps", json.dumps(steps), "--", sys.executable, str(ROOT / "main.py"), "--lang", lang,
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0 and report.exists(), f"the client failed:\n{done.stdout}\n{done.stderr}"
    return json.loads(report.read_text(encoding="utf-8"))


def broken_settings(home: Path) -> None:
    """A settings file the app cannot read: the window opens with a banner saying so."""
    folder = home / "config" / "Microneedling Window" / "Microneedling Window"
    folder.mkdir(parents=True)
    (folder / "clinic.toml").write_text("open_weekdays = [\n", encoding="utf-8")


def announcements(step: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in step["events"] if e["type"] == "object:announcement"]


def shown_named(walk: dict[str, Any], name: str) -> dict[str, Any]:
    found = [o for o in walk["shown"] if o["name"] == name]
    assert found, f"nothing shown on the bus is named {name!r}"
    return found[0]


def descriptions_of(step: dict[str, Any], name: str) -> list[str]:
    return [
        e["text"]
        for e in step["events"]
        if e["type"].endswith("accessible-description") and e["source"] == name
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_screen_reader_reads_and_hears_the_answer(
    qtbot: QtBot,
    switch_to: Callable[[str], str],
    xvfb_display: str,
    bus_tools: None,
    tmp_path: Path,
    lang: str,
) -> None:
    today = date.today()
    typed = (today - timedelta(days=10)).isoformat()  # a Botox ten days ago: a wait that is not over
    type_it = [["type", "--delay", "100", typed]]
    steps = [
        {"name": "a treatment", "keys": [["type", "--delay", "100", "botox"], ["key", "Tab"], *type_it]},
        {"name": "its date cleared", "keys": [["key", "ctrl+a"], ["key", "BackSpace"]]},
        {"name": "the date again", "keys": type_it},
        {"name": "the same date retyped", "keys": [["key", "ctrl+a"], *type_it]},
        {"name": "a row added", "keys": [["key", "ctrl+t"]]},
        {"name": "the row removed", "keys": [["key", "ctrl+shift+Delete"]]},
        {"name": "the removal undone", "keys": [["key", "ctrl+z"]]},
    ]
    broken_settings(tmp_path)
    report = read_over_the_bus(xvfb_display, tmp_path, lang, steps)

    # The same entries in this process: what the window shows and says.
    switch_to(lang)
    window = MainWindow(load_policy_or_raise(default_policy_path()), today=today)
    qtbot.addWidget(window)
    timeline_name = window.timeline.accessibleName()
    opening = {
        "earliest": window.headline.earliest_label.text(),
        "timeline": window.timeline.accessibleDescription(),
    }
    row = window.history.rows[0]
    row.product.set_product("botox")
    row.date.set_text(typed)
    answer = window.headline.spoken()
    answer_timeline = window.timeline.accessibleDescription()
    verdict = window.headline.verdict_label.text()
    row.date.set_text("")
    check = window.headline.spoken()
    check_timeline = window.timeline.accessibleDescription()
    confirmations = {  # the confirmations of the row actions, as the window words them in this language
        "a row added": window.tr("Treatment {number} added.").format(number=2),
        "the row removed": window.tr("Treatment {number} removed. Undo with Ctrl+Z.").format(number=2),
        "the removal undone": window.tr("Undone: {what}.").format(
            what=translate("EntryUndo", "Remove treatment {number}").format(number=2)
        ),
    }
    switch_to("en")

    start = report["start"]
    assert start["unnamed"] == [], "interactive objects without a name"
    assert start["objects"] >= 100 and start["interactive"] >= 30, (start["objects"], start["interactive"])
    assert announcements({"events": report["opening"]}) == [], "nothing is announced as the window opens"
    assert shown_named(start, opening["earliest"])  # the headline's text is its name
    assert shown_named(start, timeline_name)["description"] == opening["timeline"]
    banner = [o for o in start["shown"] if o["name"].startswith("⚠ ") and "clinic.toml" in o["name"]]
    assert banner, "the banner's text is readable"
    policy = [o for o in start["shown"] if "2026" in o["name"] and o["role"] == "label" and ":" in o["name"]]
    assert policy, "the active policy line is readable"

    expected = {"a treatment": answer, "its date cleared": check, "the date again": answer}
    for step in report["steps"]:
        heard = announcements(step)
        after = step["after"]
        assert after["unnamed"] == [], f"{step['name']}: interactive objects without a name"
        said = [e["text"] for e in heard]
        if step["name"] in confirmations:  # a row action: confirmed at once; the answer stays the same
            assert [e["text"] for e in heard] == [confirmations[step["name"]]], step["name"]
            continue
        if step["name"] in expected:
            assert said == [expected[step["name"]]], f"{step['name']}: heard {said}"
            assert heard[0]["detail1"] == POLITE
            assert heard[0]["at"] >= step["typed"] + PAUSE_FLOOR, "said after typing paused, not during it"
        else:
            assert said == [], f"{step['name']}: an unchanged answer was said again: {said}"
        changes = descriptions_of(step, timeline_name)
        assert all(a != b for a, b in pairwise(changes)), "a change without new words"
    first, cleared, again, same = report["steps"][:4]
    assert shown_named(first["after"], timeline_name)["description"] == answer_timeline
    assert shown_named(first["after"], verdict.replace("<b>", "").replace("</b>", ""))
    assert shown_named(cleared["after"], timeline_name)["description"] == check_timeline
    assert all(word not in check_timeline for word in ("Ideal", "Too early", "Demasiado pronto"))
    assert shown_named(cleared["after"], check)  # the headline says what to check
    assert shown_named(again["after"], timeline_name)["description"] == answer_timeline
    results = [o for o in same["after"]["shown"] if o["focusable"] and o["description"] == answer]
    assert results, "the results area, reached with Tab, holds the answer"
