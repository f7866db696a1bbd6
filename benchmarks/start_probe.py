"""Child process of the start benchmark: print ``time.monotonic_ns()`` once a window has painted, then exit.

``python benchmarks/start_probe.py app`` starts the app the way ``main.py`` does (``gui.cli.main`` with no
sub-command, so ``gui.app.run`` builds the real ``MainWindow`` from the user's workspace); ``bare`` shows
a plain QWidget with a QLabel; ``skeleton`` a QMainWindow with the app's kinds of widgets and none of
its code (an information figure: what the widget set alone costs). All call ``immortalize_none``
first (gui/ui/qt_runtime.py), so the baseline is the same process minus the app. The reading is taken
one event-loop turn after the window's first paint event, when the whole widget tree has painted and
the backing store has been flushed.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from gui.ui.window.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for ``gui``


def _watch_first_paint(window: QWidget) -> None:
    """Report and exit one event-loop turn after ``window`` first paints (a filter on that window only:
    an application-wide one would pass every event of every object through Python)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            sys.stdout.write(f"{time.monotonic_ns()}\n")
            sys.stdout.flush()
            os._exit(0)  # the figure is taken; tear-down is not part of it

    window.installEventFilter(watcher := FirstPaint())
    _KEEP.append(watcher)


_KEEP: list[object] = []


def bare() -> int:
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("Bare PySide6 window"))
    _watch_first_paint(window)
    window.resize(1280, 800)
    window.show()
    return app.exec()


def skeleton() -> int:
    """The app's kinds of Qt widgets, about as many, with none of its code: a menu bar of 20 actions, a
    splitter, a scrolled editable treatment row, radio buttons, word-wrapped labels, a painted
    canvas and four markdown tabs. What the window's widget set costs before any app code runs."""
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    window = _skeleton_window()
    _watch_first_paint(window)
    window.resize(1280, 800)
    window.show()
    return app.exec()


def _skeleton_window() -> QMainWindow:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent
    from PySide6.QtWidgets import (
        QComboBox,
        QFormLayout,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSpinBox,
        QSplitter,
        QTabWidget,
        QTextBrowser,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    class Canvas(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            for i in range(40):
                painter.drawText(10 + i * 15, 20 + (i % 5) * 15, "Label")
            painter.end()

    window = QMainWindow()
    for title in ("File", "Edit", "View", "Tools", "Help"):
        menu = window.menuBar().addMenu(title)
        for i in range(4):
            action = QAction(f"{title} {i}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{chr(65 + i)}"))
            menu.addAction(action)
    left = QGroupBox("Prior injections and treatments")
    column = QVBoxLayout(left)
    row = QWidget()
    grid = QGridLayout(row)
    product = QComboBox()
    product.setEditable(True)
    product.addItems(["Botox", "Dysport", "Xeomin", "Hyaluronic-acid filler (any brand)"])
    precision = QComboBox()
    precision.addItems(["Exact day", "Around", "Month only"])
    cells = [product, QLineEdit("10 Nov 2026"), QToolButton(), QToolButton()]
    for index, cell in enumerate(cells):
        grid.addWidget(cell, 0, index)
    grid.addWidget(QLabel("Tue 10 Nov 2026, 2 weeks ago"), 1, 1)
    for index, cell in enumerate((precision, QSpinBox(), QLineEdit())):
        grid.addWidget(cell, 2, index)
    rows = QScrollArea()
    rows.setWidget(row)
    rows.setWidgetResizable(True)
    column.addWidget(rows, 1)
    column.addWidget(QPushButton("Add treatment"))
    form = QFormLayout()
    radios = QHBoxLayout()
    radios.addWidget(QRadioButton("Microneedling"))
    radios.addWidget(QRadioButton("RF microneedling"))
    form.addRow(QLabel("Procedure:"), radios)
    form.addRow(QLabel("Proposed date:"), QLineEdit())
    column.addLayout(form)
    right = QWidget()
    results = QVBoxLayout(right)
    for text in (
        "Today is Tuesday 24 November 2026",
        "Earliest date: Tuesday 24 November 2026",
        "<b>Ideal.</b>",
    ):
        label = QLabel(text)
        label.setWordWrap(True)
        results.addWidget(label)
    canvas = Canvas()
    canvas.setMinimumHeight(200)
    results.addWidget(canvas)
    tabs = QTabWidget()
    for title in ("Benefits", "Risks", "Why this date", "About"):
        browser = QTextBrowser()
        browser.setMarkdown(
            f"# {title}\n\n" + "Some plain words about the treatment. " * 40 + "\n\n- a\n- b\n"
        )
        tabs.addTab(browser, title)
    results.addWidget(tabs)
    scroll = QScrollArea()
    scroll.setWidget(right)
    scroll.setWidgetResizable(True)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(scroll)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Policy: Default policy 2026.1")
    return window


def app() -> int:
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()
    from PySide6.QtWidgets import QApplication

    from gui.cli import main  # before Qt, in the order main.py imports it

    QApplication([sys.argv[0]])  # gui.app.create_application adopts this instance
    _watch_ready_and_complete()
    return main([])


def _on_main_window(shown: Callable[[MainWindow], None], results: Callable[[MainWindow], None]) -> None:
    """Call ``shown`` as the main window is about to be shown and ``results`` as soon as its results
    (headline, timeline, side panels) exist, before either can paint: the probe watches those objects
    alone. The class is imported here; ``gui.app`` imports it later anyway."""
    from gui.ui.window.main_window import MainWindow

    show, ensure_results = MainWindow.show, MainWindow.ensure_results

    def watched_show(window: MainWindow) -> None:
        shown(window)
        show(window)

    def watched_results(window: MainWindow) -> None:
        had = hasattr(window, "headline")
        ensure_results(window)
        if not had:
            results(window)

    MainWindow.show = watched_show  # type: ignore[method-assign]
    MainWindow.ensure_results = watched_results  # type: ignore[method-assign]


def _result_parts(window: MainWindow) -> tuple[QWidget, ...]:
    """What must have painted for the start to be complete: the headline, the timeline, the open tab."""
    return (window.headline, window.timeline, window.panels.currentWidget())


def _typing_goes_to_first_product(window: MainWindow) -> bool:
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    product = window.history.rows[0].product
    return focus is not None and (focus is product or product.isAncestorOf(focus))


def _watch_ready_and_complete() -> None:
    """Print two readings and exit: *ready to type* — one event-loop turn after the main window's first
    paint, with the first row's product field holding the keyboard focus — and *complete* — once the
    headline, the timeline and the open side panel have each painted too."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Readings(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: MainWindow | None = None
            self.parts: dict[QObject, bool] = {}
            self.first_paint = False
            self.ready = 0
            self.complete = 0

        def watch_window(self, window: MainWindow) -> None:
            self.window = window
            window.installEventFilter(self)

        def watch_results(self, window: MainWindow) -> None:
            self.parts = dict.fromkeys(_result_parts(window), False)
            for part in self.parts:
                part.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if watched is self.window and not self.first_paint:
                self.first_paint = True
                QTimer.singleShot(0, self.check)
            elif watched in self.parts:
                self.parts[watched] = True
            return False

        def check(self) -> None:
            now = time.monotonic_ns()
            assert self.window is not None
            self.ready = self.ready or (now if _typing_goes_to_first_product(self.window) else 0)
            self.complete = self.complete or (now if self.parts and all(self.parts.values()) else 0)
            if self.ready and self.complete:
                sys.stdout.write(f"{self.ready} {self.complete}\n")
                sys.stdout.flush()
                os._exit(0)  # the figures are taken; tear-down is not part of them
            QTimer.singleShot(1, self.check)

    readings = Readings()
    _KEEP.append(readings)
    _on_main_window(readings.watch_window, readings.watch_results)


def phases() -> int:
    """Where the app's start goes, step by step as ``gui.app.run`` takes them: printed as one JSON
    object of milliseconds (Qt's import, ours, the application with its settings, language and theme,
    the first frame's construction, show with its first layout, its paint; then the results' import and
    construction with the first plan, and their paint)."""
    import json

    marks = [("start", time.monotonic_ns())]
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks.append(("import Qt widgets", time.monotonic_ns()))
    import gui.cli  # noqa: F401 - main.py's first import
    from gui.app import create_application
    from gui.store.workspace import Workspace
    from gui.ui.app_theme import apply_theme, saved_high_contrast
    from gui.ui.i18n import install_language, resolve_language
    from gui.ui.window.main_window import MainWindow

    marks.append(("import the app's modules", time.monotonic_ns()))
    application = create_application([])
    workspace = Workspace.for_user()
    loaded = workspace.settings_store.load()
    install_language(application, resolve_language(loaded.settings.language))
    apply_theme(application, saved_high_contrast())
    marks.append(("application, settings, language, theme", time.monotonic_ns()))

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.parts: dict[QObject, bool] = {}

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if watched is window:
                watched.removeEventFilter(self)  # its first paint is the one timed
                QTimer.singleShot(0, lambda: marks.append(("first paint (the entries)", time.monotonic_ns())))
            elif watched in self.parts and not self.parts[watched]:
                self.parts[watched] = True
                if all(self.parts.values()):
                    QTimer.singleShot(0, done)  # the last part painted and flushed: one more turn
            return False

    def results_built(window: MainWindow) -> None:
        marks.append(("import and build the results, first plan", time.monotonic_ns()))
        paints.parts = dict.fromkeys(_result_parts(window), False)
        for part in paints.parts:
            part.installEventFilter(paints)

    def done() -> None:
        marks.append(("paint the results", time.monotonic_ns()))
        spans = {name: (now - before) / 1e6 for (_, before), (name, now) in itertools.pairwise(marks)}
        sys.stdout.write(json.dumps(spans) + "\n")
        sys.stdout.flush()
        os._exit(0)

    paints = Paints()
    _KEEP.append(paints)
    _on_main_window(lambda window: window.installEventFilter(paints), results_built)
    window = MainWindow.from_workspace(workspace, loaded=loaded, staged=True)
    marks.append(("build the first frame (the entries)", time.monotonic_ns()))
    window.show()
    marks.append(("show and first layout", time.monotonic_ns()))
    return QApplication.exec()


if __name__ == "__main__":
    modes = {"bare": bare, "skeleton": skeleton, "app": app, "phases": phases}
    if len(sys.argv) != 2 or sys.argv[1] not in modes:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(modes)}")
    sys.exit(modes[sys.argv[1]]())
