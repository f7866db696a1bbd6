"""Child process of the in-process benchmarks: time one thing many times and print the samples as JSON.

``edit N EDITS [SESSIONS]``: the real MainWindow (offscreen) with N treatments and a course of SESSIONS
(default 1); each sample sets one row's date text (the same signal path as typing: ``DateEntry.set_text``
→ ``HistoryEditor.history_changed`` → ``MainWindow._on_inputs_changed`` → ``make_plan`` → ``set_plan``),
then forces the timeline to repaint synchronously. ``label EDITS`` is the baseline: a bare QWidget whose
QLabel gets new text, then ``repaint()``. ``handout RUNS``: the handout as PDF bytes at 300 dpi through
``gui.handout.pdf_bytes``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for ``gui``
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.ui.qt_runtime import immortalize_none

immortalize_none()  # None, True and False, before any Qt object; see gui/ui/qt_runtime.py

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

TODAY = date(2026, 11, 24)
PRODUCTS = ("botox", "ha-filler", "dysport", "sculptra", "xeomin", "radiesse", "daxxify", "microneedling")


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _date_texts(row: int) -> tuple[str, str]:
    """Two valid past dates for one row, so every edit changes the text (and so the plan)."""
    first = TODAY - timedelta(days=3 + 2 * row)
    return first.isoformat(), (first - timedelta(days=1)).isoformat()


def edit(app: QApplication, treatments: int, edits: int, sessions: int = 1) -> dict[str, list[int]]:
    from gui.store.workspace import Workspace
    from gui.ui.window.main_window import MainWindow

    home = Path(tempfile.mkdtemp(prefix="mnw-bench-"))
    window = MainWindow.from_workspace(Workspace(home / "config", home / "data"), TODAY)
    window.resize(1280, 800)
    window.show()
    rows = [window.history.rows[0], *(window.history.add_row() for _ in range(treatments - 1))]
    for number, row in enumerate(rows):
        row.product.set_product(PRODUCTS[number % len(PRODUCTS)])
        row.date.set_text(_date_texts(number)[0])
    window.inputs_panel.sessions.setValue(sessions)  # a course of sessions, dated on the timeline
    _settle(app)
    assert window.plan is not None and len(window.plan.reasons) == treatments, "rows not counted"
    course = window.plan.course
    assert sessions == 1 or (course is not None and len(course.sessions) == sessions), "course not planned"
    timeline, whole = [], []
    for i in range(edits):
        number = i % treatments
        text = _date_texts(number)[(i // treatments + 1) % 2]
        start = time.perf_counter_ns()
        rows[number].date.set_text(text)
        window.timeline.repaint()
        painted = time.perf_counter_ns()
        app.processEvents()  # the rest of the window (echo, headline, panels) paints as it would next
        settled = time.perf_counter_ns()
        timeline.append(painted - start)
        whole.append(settled - start)
    return {"timeline": timeline, "window": whole}


def label(app: QApplication, edits: int) -> dict[str, list[int]]:
    window = QWidget()
    text = QLabel("Bare PySide6 window")
    QVBoxLayout(window).addWidget(text)
    window.resize(1280, 800)
    window.show()
    _settle(app)
    samples = []
    for i in range(edits):
        start = time.perf_counter_ns()
        text.setText(f"edit {i}")
        window.repaint()
        samples.append(time.perf_counter_ns() - start)
        app.processEvents()
    return {"label": samples}


def handout(app: QApplication, runs: int) -> dict[str, list[int]]:
    start = time.perf_counter_ns()
    from PySide6.QtGui import QPageSize

    from gui.core import Precision, Treatment, load_policy_or_raise, make_plan
    from gui.core.clinic import Clinic
    from gui.core.resources import default_policy_path
    from gui.handout import pdf_bytes

    imported = time.perf_counter_ns() - start
    policy = load_policy_or_raise(default_policy_path())
    history = [
        Treatment("botox", date(2026, 11, 10)),
        Treatment("ha-filler", date(2026, 10, 20), Precision.AROUND, 5),
    ]
    plan = make_plan(history, policy, TODAY, "microneedling", None)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    samples = []
    for _ in range(runs + 1):  # the first is the cold one (fonts, text layout caches)
        start = time.perf_counter_ns()
        data = pdf_bytes(plan, Clinic(), "en", None, a4, printed_on=TODAY)
        samples.append(time.perf_counter_ns() - start)
        assert data.startswith(b"%PDF"), "not a PDF"
    return {"import": [imported], "cold": samples[:1], "pdf": samples[1:]}


def main(argv: list[str]) -> int:
    kind, *numbers = argv
    app = QApplication([sys.argv[0]])
    counts = [int(n) for n in numbers]
    if kind == "edit":
        result = edit(app, *counts)
    elif kind == "label":
        result = label(app, *counts)
    elif kind == "handout":
        result = handout(app, *counts)
    else:
        raise SystemExit(f"unknown benchmark {kind!r}")
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip tear-down: the samples are out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
