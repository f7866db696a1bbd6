"""What the window's file flows share (handout: preview, print, PDF; the calendar file): dialogs that
open without blocking, made by ``make_*`` factories that tests replace or answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def documents_folder() -> Path:
    """Where a saved file is offered: Documents, or the home folder if there is none (never the
    program's folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class DialogFlow(QObject):
    """A flow of dialogs over ``parent_window``; ``current_dialog`` is the one open last."""

    def __init__(self, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self.current_dialog: QDialog | None = None

    def make_message_box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        return QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._window)

    def save_dialog(self, title: str, files: str, suggested: Path, suffix: str) -> QFileDialog:
        """A Save dialog for one kind of file, adding ``suffix`` to a name typed without it."""
        dialog = QFileDialog(self._window, title, str(suggested), files)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        return dialog

    def _refuse(self, title: str, text: str, focus: QWidget | None) -> None:
        """Say why nothing is made, and put the focus where it can be fixed once the box is closed."""
        box = self.make_message_box(QMessageBox.Icon.Information, title, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        if focus is not None:
            box.finished.connect(lambda *_: focus.setFocus(Qt.FocusReason.OtherFocusReason))
        self._show(box)

    def _show(self, dialog: QDialog) -> None:
        self.current_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)  # QPrintDialog.open alone would want a receiver and a slot in PySide6
