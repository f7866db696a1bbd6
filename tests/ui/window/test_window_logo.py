"""The logo chosen in Settings reaches the handout saved from the window: a PNG is one image on the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from gui.store.settings import ClinicSettings
from gui.store.workspace import Workspace
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)


def image_xobjects(path: Path) -> list[str]:
    """The image XObjects the first page draws."""
    page = PdfReader(str(path)).pages[0]
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    xobjects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()).get_object())
    return [
        n for n in xobjects if cast(DictionaryObject, xobjects[n].get_object()).get("/Subtype") == "/Image"
    ]


def save_pdf(qtbot: QtBot, window: MainWindow, target: Path) -> None:
    actions = window.handout_actions()
    window.save_pdf_action.trigger()
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, QInputDialog))
    assert actions.current_dialog is not None
    actions.current_dialog.accept()
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, QFileDialog))
    dialog = actions.current_dialog
    assert isinstance(dialog, QFileDialog)
    with qtbot.waitSignal(actions.pdf_saved):
        dialog.fileSelected.emit(str(target))
    dialog.reject()


def window_with(qtbot: QtBot, tmp_path: Path, settings: ClinicSettings) -> MainWindow:
    workspace = Workspace(tmp_path / "config", tmp_path / "data")
    workspace.settings_store.save(settings)
    window = MainWindow.from_workspace(workspace, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    row = window.history.rows[0]
    row.product.set_product("botox")
    row.date.set_text("10 Nov 2026")
    return window


def test_the_settings_logo_is_printed_on_the_handout(qtbot: QtBot, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4f73"))
    assert image.save(str(logo))
    window = window_with(qtbot, tmp_path, ClinicSettings(name="Harbour Skin Clinic", logo=str(logo)))
    assert window.clinic().logo == str(logo)
    target = tmp_path / "with-logo.pdf"
    save_pdf(qtbot, window, target)
    assert len(image_xobjects(target)) == 1


def test_without_a_logo_the_handout_has_no_image(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_with(qtbot, tmp_path, ClinicSettings(name="Harbour Skin Clinic"))
    target = tmp_path / "no-logo.pdf"
    save_pdf(qtbot, window, target)
    assert image_xobjects(target) == []
