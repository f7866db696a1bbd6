"""Run ``main.py`` as a desk starts it and, once its event loop runs, print what the window shows.

Used by test_start_with_broken_files.py in a new process: ``python start_driver.py main.py``.
Exit status 3 when no main window is showing.
"""

from __future__ import annotations

import runpy
import sys

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication


def report() -> None:
    from gui.ui.window.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if any(not hasattr(window, "banner") for window in windows):
        QTimer.singleShot(10, report)  # the results (banner included) come right after the first frame
        return
    for window in windows:
        print("CONFIG:" + QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
        print("BANNER:" + " | ".join(window.banner.messages))
        print("POLICY:" + window.policy_label.text())
        print("TITLE:" + window.windowTitle())
    QApplication.exit(0 if windows else 3)


real_exec = QApplication.exec


def exec_and_report(*_: object) -> int:
    QTimer.singleShot(0, report)
    return real_exec()


QApplication.exec = exec_and_report  # type: ignore[method-assign]
main = sys.argv[1]
sys.argv = [main, *sys.argv[2:]]
runpy.run_path(main, run_name="__main__")
