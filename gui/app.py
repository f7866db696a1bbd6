"""Build the QApplication and show the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__
from .qt_runtime import immortalize_none
from .resource_files import default_policy_path
from .timing import load_policy

APP_NAME = "Microneedling Window"


def create_application(argv: Sequence[str]) -> QApplication:
    immortalize_none()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("microneedling-window")
    return app


def run(argv: Sequence[str] = ()) -> int:
    app = create_application(argv)
    result = load_policy(default_policy_path())
    if result.policy is None:
        problems = "\n".join(str(p) for p in result.problems)
        QMessageBox.critical(None, APP_NAME, f"The timing policy could not be loaded:\n\n{problems}")
        return 1
    from .main_window import MainWindow

    window = MainWindow(result.policy)
    window.show()
    return app.exec()
