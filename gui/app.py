"""Build the QApplication, find the user's folders and stores, and show the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from gui import __version__
from gui.core.resources import ResourceNotFound, resource_path
from gui.store.workspace import Workspace
from gui.ui.app_theme import apply_theme, saved_high_contrast
from gui.ui.errors import ErrorReporter
from gui.ui.i18n import install_language, resolve_language, translate
from gui.ui.qt_runtime import immortalize_none

APP_NAME = "Microneedling Window"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)  # resources/icons/microneedling-window-N.png


def app_icon() -> QIcon:
    """The app's icon at every size it ships in (PNG, drawn from the SVG by packaging/render_icons.py).

    PNGs rather than the SVG itself: the window manager asks for small sizes, and Qt's SVG icon
    engine would be loaded at start-up just for that.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            path = resource_path("icons", f"microneedling-window-{size}.png")
        except ResourceNotFound:
            continue  # a damaged install shows a generic icon rather than not starting
        icon.addFile(str(path), QSize(size, size))
    return icon


def create_application(argv: Sequence[str]) -> QApplication:
    immortalize_none()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("microneedling-window")
    app.setWindowIcon(app_icon())  # every window, the taskbar and the window switcher
    return app


def show_error_later(parent: QWidget | None, text: str) -> None:
    """A warning that does not block the event loop (the window keeps working behind it)."""
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    title = translate("MainWindow", APP_NAME)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unexpected-error")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def run(argv: Sequence[str] = (), language: str | None = None) -> int:
    """The window; ``language`` ('en' or 'es', from ``main.py --lang``) wins over the clinic's setting."""
    app = create_application(argv)
    workspace = Workspace.for_user()
    loaded = workspace.settings_store.load()
    install_language(app, resolve_language(language or loaded.settings.language))
    apply_theme(app, saved_high_contrast())  # before the window exists, so it is built in the right look
    from gui.ui.window.main_window import MainWindow

    window = MainWindow.from_workspace(workspace, loaded=loaded, staged=True)  # the entries first
    reporter = ErrorReporter(workspace.data, lambda text: show_error_later(window, text))
    reporter.install()
    window.show()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
