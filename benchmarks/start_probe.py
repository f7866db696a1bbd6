"""Child process of the start benchmark: print ``time.monotonic_ns()`` once a window has painted, then exit.

``python benchmarks/start_probe.py app`` starts the app the way ``main.py`` does (``gui.cli.main`` with no
sub-command, so ``gui.app.run`` builds the real ``MainWindow`` from the user's workspace); ``bare`` shows
a plain QWidget with a QLabel. Both call ``immortalize_none`` first (gui/qt_runtime.py), so the baseline is
the same process minus the app. The reading is taken one event-loop turn after the window's first paint
event, when the whole widget tree has painted and the backing store has been flushed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for ``gui``


def _watch_first_paint(window_class: str) -> None:
    """Install an application-wide filter that reports and exits after ``window_class`` first paints."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and type(watched).__name__ == window_class
            ):
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            sys.stdout.write(f"{time.monotonic_ns()}\n")
            sys.stdout.flush()
            os._exit(0)  # the figure is taken; tear-down is not part of it

    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher := FirstPaint())
    _KEEP.append(watcher)


_KEEP: list[object] = []


def bare() -> int:
    from gui.qt_runtime import immortalize_none

    immortalize_none()
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([sys.argv[0]])
    _watch_first_paint("QWidget")
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("Bare PySide6 window"))
    window.resize(1280, 800)
    window.show()
    return app.exec()


def app() -> int:
    from gui.qt_runtime import immortalize_none

    immortalize_none()
    from PySide6.QtWidgets import QApplication

    from gui.cli import main  # before Qt, in the order main.py imports it

    QApplication([sys.argv[0]])  # gui.app.create_application adopts this instance
    _watch_first_paint("MainWindow")
    return main([])


if __name__ == "__main__":
    modes = {"bare": bare, "app": app}
    if len(sys.argv) != 2 or sys.argv[1] not in modes:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(modes)}")
    sys.exit(modes[sys.argv[1]]())
