"""The window's staged start: the first frame is the entries, focused and taking keys, with an empty
results column; the results follow in the next turn of the event loop. In between nothing shows a
date, a verdict or a placeholder, and keys typed before the results exist are planned like any."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from gui.core import Verdict, load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.settings import ClinicSettings
from gui.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 24)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.fixture(autouse=True)
def uk_desk() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.setOrganizationName("Microneedling Window Tests")
    yield
    QLocale.setDefault(QLocale.c())


def make(qtbot: QtBot, *, staged: bool) -> MainWindow:
    policy = load_policy_or_raise(default_policy_path())
    window = MainWindow(policy, today=TODAY, settings=ClinicSettings(date_order="dmy"), staged=staged)
    qtbot.addWidget(window)
    return window


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a person could read in ``widget``: labels, fields, buttons and text panels."""
    texts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        elif isinstance(child, QTextEdit):
            texts.append(child.toPlainText())
    return [text for text in texts if text]


class FirstPaint(QObject):
    """Records what the results column holds when the window paints for the first time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.results_then: list[str] | None = None
        self.had_results: bool | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.results_then is None:
            self.had_results = hasattr(self.window, "headline")
            self.results_then = shown_texts(self.window.results)
        return False


def test_first_frame_is_the_entries_and_no_answer(qtbot: QtBot) -> None:
    window = make(qtbot, staged=True)
    assert window.plan is None and not hasattr(window, "headline")
    first = FirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: first.results_then is not None)
    assert first.had_results is False
    assert first.results_then == []  # no date, no verdict, no placeholder: an empty column
    assert window.history.rows[0].product.hasFocus()
    qtbot.waitUntil(lambda: window.plan is not None)
    assert window.plan is not None and window.plan.verdict is Verdict.CLEAR
    assert window.headline.today_label.text() == "Today is Tuesday 24 November 2026"
    assert any(month in text for text in shown_texts(window.results) for month in MONTHS)


def test_staged_and_whole_windows_end_the_same(qtbot: QtBot) -> None:
    staged, whole = make(qtbot, staged=True), make(qtbot, staged=False)
    for window in (staged, whole):
        window.show()
    qtbot.waitUntil(lambda: staged.plan is not None)
    assert staged.plan == whole.plan
    assert shown_texts(staged.results) == shown_texts(whole.results)
    assert staged.timeline.plan() == whole.timeline.plan()
    assert staged.panels.currentIndex() == whole.panels.currentIndex()
    assert staged.results.accessibleDescription() == whole.results.accessibleDescription()


def test_keys_typed_before_the_results_exist_are_planned(qtbot: QtBot) -> None:
    """A fast typist's first keys reach the product field before the results are built: the first
    edit builds them, and the plan is of what was typed."""
    window = make(qtbot, staged=True)
    window.show()  # no event-loop turn yet: the results are not built
    assert not hasattr(window, "headline")
    row = window.history.rows[0]
    qtbot.keyClicks(row.product.lineEdit(), "Botox")
    qtbot.keyClick(row.product.lineEdit(), Qt.Key.Key_Tab)
    qtbot.keyClicks(row.date.edit, "10 Nov 2026")  # where Tab goes (no focus before the window is active)
    assert window.plan is not None
    assert [reason.treatment.product_id for reason in window.plan.reasons] == ["botox"]
    assert window.plan.reasons[0].treatment.on == date(2026, 11, 10)
    headline = window.headline.earliest_label.text()
    qtbot.waitUntil(lambda: window.isVisible())
    window.ensure_results()  # once only: asking again builds nothing twice
    assert window.headline.earliest_label.text() == headline
    assert len(window.results.widget().findChildren(type(window.headline))) == 1


def test_new_patient_and_printing_before_the_results_build_them(qtbot: QtBot) -> None:
    for act in (lambda w: w.new_patient_action.trigger(), lambda w: w.handout_actions()):
        window = make(qtbot, staged=True)
        act(window)
        assert hasattr(window, "headline") and window.plan is not None


def test_the_first_frame_reads_neither_the_planner_nor_the_commands(tmp_path: Path) -> None:
    """What the window's first frame needs is all it imports: the planner, the course, their words, the
    command line's sub-commands and the results' widgets are read after it (the start's figure)."""
    _in_a_new_process(
        tmp_path,
        """
later = ('gui.cli.commands', 'gui.core.plan', 'gui.core.course', 'gui.core.plan_words',
         'gui.core.screening', 'gui.ui.widgets.timeline', 'gui.ui.widgets.side_panels', 'gui.handout')
early = sorted(m for m in later if m in sys.modules)
assert not early, early
window.ensure_results()
assert 'gui.core.plan' in sys.modules and window.plan is not None, window.problems
""",
    )


def test_the_complete_window_leaves_out_what_only_rarer_paths_use(tmp_path: Path) -> None:
    """The window, built whole with the shipped policy, imports no module that only a rarer path uses:
    no dataclasses (its values are named tuples: each dataclass cost 0.5 ms to define at every start),
    no json (a signed policy's fingerprint), no difflib (a product name not in the list), no html
    (rich-text labels escape with gui.ui.html_text), no TOML reader (the shipped policy's parse is kept
    beside it; a desk without a settings file has no TOML to read) and no TOML writer (saving a policy);
    and an English desk reads no other language's catalogue (the date reader's month and weekday
    names in every language are gathered when the first date is read)."""
    _in_a_new_process(
        tmp_path,
        """
window.show()
window.ensure_results()
app.processEvents()
assert window.plan is not None, window.problems
rare = ('dataclasses', 'json', 'difflib', 'html', 'tomllib', 'gui.core.policy_toml')
loaded = sorted(m for m in rare if m in sys.modules)
assert not loaded, loaded
from gui.core import catalog
assert catalog._words.cache_info().currsize == 1, 'an English desk read another catalogue to start'
""",
    )


# A new process, as at a desk: the staged window built with the shipped policy, then ``checks``.
_STAGED_WINDOW = """
import sys
from gui.ui.qt_runtime import immortalize_none
immortalize_none()
from PySide6.QtWidgets import QApplication
import gui.cli
app = QApplication([])
from gui.store.workspace import Workspace
from gui.ui.window.main_window import MainWindow
window = MainWindow.from_workspace(Workspace.for_user(), staged=True)
"""


def _in_a_new_process(tmp_path: Path, checks: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _STAGED_WINDOW + checks],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
