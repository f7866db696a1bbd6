"""Broken files, unexpected errors and long histories: the window says what is wrong and keeps working."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from gui.store.settings import ClinicSettings
from gui.store.workspace import Workspace
from gui.ui.errors import scrubbed_report
from gui.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 24)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "config", tmp_path / "data")


def test_broken_settings_and_policy_show_a_banner_naming_the_files(
    workspace: Workspace, qtbot: QtBot
) -> None:
    workspace.config.mkdir(parents=True)
    (workspace.config / "clinic.toml").write_text("[clinic\n")
    (workspace.config / "policy.toml").write_text("not = [valid")
    window = MainWindow.from_workspace(workspace, today=TODAY)
    qtbot.addWidget(window)
    text = "\n".join(window.banner.messages)
    assert str(workspace.config / "clinic.toml") in text and "not valid TOML" in text
    assert "clinic policy file could not be used" in text and "Default policy 2027.1" in text
    assert window.banner.isVisibleTo(window)
    assert list(workspace.config.glob("clinic.broken-*.toml")) and list(
        workspace.config.glob("policy.broken-*.toml")
    )
    assert window.policy_label.text() == "Policy: Default policy 2027.1"


def test_clean_start_has_no_banner(workspace: Workspace, qtbot: QtBot) -> None:
    window = MainWindow.from_workspace(workspace, today=TODAY)
    qtbot.addWidget(window)
    assert window.banner.messages == () and not window.banner.isVisibleTo(window)


def test_closed_day_moves_the_bookable_date(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.settings_store.save(ClinicSettings(open_weekdays=frozenset(range(6))))
    window = MainWindow.from_workspace(workspace, today=TODAY)
    qtbot.addWidget(window)
    row = window.history.rows[0]
    row.product.set_product("botox")
    row.date.set_text("2026-11-15")
    assert window.plan is not None and window.plan.bookable == date(2026, 11, 30)
    assert window.headline.earliest_label.text().startswith(
        "First bookable date for microneedling: Monday 30 November 2026"
    )
    assert window.headline.bookable_label.text() == (
        "Policy earliest: Sun 29 Nov 2026; the clinic is closed on Sundays."
    )


def test_fifty_treatments_stay_responsive(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from gui.core import load_policy_or_raise
    from gui.core.resources import default_policy_path

    window = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
    qtbot.addWidget(window)
    window.show()
    for index in range(50):
        row = window.history.rows[-1] if index == 0 else window.history.add_row()
        row.product.set_product(("botox", "ha-filler", "sculptra", "dysport")[index % 4])
        row.date.set_text(f"{1 + index % 28} Oct 2026")
    assert window.plan is not None and len(window.plan.reasons) == 50
    last = window.history.rows[-1]
    last.date.set_text("")
    qtbot.keyClicks(last.date.edit, "20 Nov 2026")  # typing into the 50th row still updates the plan
    qtbot.waitUntil(
        lambda: window.plan is not None and window.plan.earliest == date(2026, 12, 4), timeout=2000
    )
    QLocale.setDefault(QLocale.c())


def test_report_has_no_message_or_values() -> None:
    try:
        secret = "Botox on 10 Nov 2026 for Jane Roe"
        raise ValueError(secret)
    except ValueError as exc:
        report = scrubbed_report(type(exc), exc.__traceback__)
    assert "builtins.ValueError" in report and "test_report_has_no_message_or_values" in report
    assert "Botox" not in report and "Jane" not in report and "10 Nov" not in report


CRASHING_SESSION = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from gui.app import create_application, show_error_later
from gui.store.workspace import Workspace
from gui.ui.errors import ErrorReporter
from gui.ui.window.main_window import MainWindow

app = create_application([])
workspace = Workspace(Path(sys.argv[1]) / "config", Path(sys.argv[1]) / "data")
window = MainWindow.from_workspace(workspace, today=date(2026, 11, 24))
ErrorReporter(workspace.data, lambda text: show_error_later(window, text)).install()
window.show()
row = window.history.rows[0]
row.product.set_product("botox")
row.date.set_text("10 Nov 2026")

def broken_slot():
    raise RuntimeError("Jane Roe, Botox 10 Nov 2026")

QTimer.singleShot(0, broken_slot)
for _ in range(20):
    app.processEvents()
boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
print("dialog:", boxes[0].text() if boxes else "none")
row.date.set_text("12 Nov 2026")  # the window keeps working after the error
print("earliest:", window.plan.earliest.isoformat())
"""


def test_unexpected_error_shows_dialog_logs_without_patient_data_and_window_works(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "dialog: Something went wrong" in result.stdout and "errors.log" in result.stdout
    assert "earliest: 2026-11-26" in result.stdout
    log = (tmp_path / "data" / "errors.log").read_text()
    assert "builtins.RuntimeError" in log and "broken_slot" in log
    for typed in ("Jane", "Roe", "Botox", "10 Nov", "12 Nov", "2026-11-10", "2026-11-12"):
        assert typed not in log
