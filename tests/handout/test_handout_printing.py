"""The File-menu actions: preview, print and save as PDF, driven through dialogs that never block."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from handout_support import HARBOUR, all_text, main_plan
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from gui.ui.window import printing
from gui.ui.window.printing import NO_PRINTER, SAVE_AS_PDF, HandoutActions, HandoutQuestion, default_pdf_path

D = TypeVar("D", bound=QDialog)


class Window(QMainWindow):
    """A stand-in main window: one input the user typed, and the print flow behind its File menu."""

    def __init__(self) -> None:
        super().__init__()
        self.typed = QLineEdit("Botox 10 Nov 2026, filler around 20 Oct")
        self.setCentralWidget(self.typed)
        self.plan = main_plan(proposed=date(2026, 12, 1))
        self.actions_ = HandoutActions(self, lambda: self.plan, lambda: HARBOUR, lambda: "letter")


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    win = Window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def answer_name(qtbot: QtBot, actions: HandoutActions, name: str = "Jane Doe") -> None:
    dialog = current(actions, QInputDialog)
    assert "not saved" in dialog.labelText()
    dialog.setTextValue(name)
    dialog.accept()


def open_print_dialog(qtbot: QtBot, actions: HandoutActions, language: str = "en") -> QPrintDialog:
    """File ▸ Print, the name and the handout's language answered: the print dialog it opens."""
    actions.print_()
    current(actions, HandoutQuestion).set_language(language)
    answer_name(qtbot, actions)
    return current(actions, QPrintDialog)


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def current(actions: HandoutActions, kind: type[D]) -> D:
    """The dialog the actions opened last, checked to be a ``kind`` and on screen."""
    dialog = actions.current_dialog
    assert isinstance(dialog, kind) and dialog.isVisible(), dialog
    return dialog


class NoPrinters:
    @staticmethod
    def availablePrinters() -> list[object]:  # Qt's name
        return []


class OnePrinter:
    @staticmethod
    def availablePrinters() -> list[object]:  # Qt's name
        return [object()]


def test_the_file_menu_holds_the_one_set_of_handout_actions(qtbot: QtBot) -> None:
    """One owner for each action: the real window's menus; the print flow has none of its own."""
    from gui.core import load_policy_or_raise
    from gui.core.resources import default_policy_path
    from gui.ui.window.main_window import MainWindow

    main = MainWindow(load_policy_or_raise(default_policy_path()), today=date(2026, 11, 24))
    qtbot.addWidget(main)
    assert main.preview_action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert main.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert main.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert main.save_pdf_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    file_menu = main.window_menus.file_menu
    assert {main.preview_action, main.print_action, main.save_pdf_action} <= set(file_menu.actions())
    assert main.handout_actions().findChildren(QAction) == []


def test_preview_renders_one_page_on_the_chosen_paper(
    qtbot: QtBot, window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.actions_
    printers: list[QPrinter] = []
    make = actions.make_preview_dialog

    def spy(printer: QPrinter) -> QPrintPreviewDialog:
        printers.append(printer)
        return make(printer)

    monkeypatch.setattr(actions, "make_preview_dialog", spy)
    actions.preview()
    answer_name(qtbot, actions)
    preview = current(actions, QPrintPreviewDialog)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    assert printers[0].pageLayout().pageSize().id() is QPageSize.PageSizeId.Letter  # the window's setting
    # A screen reader hears a named page with the handout's main message, and Tab reaches Print.
    assert widget.accessibleName() == "Handout preview"
    assert "microneedling" in widget.accessibleDescription()
    buttons = preview.findChildren(QToolButton)
    assert buttons and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert {c.accessibleName() for c in preview.findChildren(QComboBox)} == {"Zoom"}
    preview.reject()
    printers.clear()
    qtbot.waitUntil(lambda: not actions._held)  # the printer is let go with its dialog, not before


def test_cancelling_the_name_cancels_the_job(qtbot: QtBot, window: Window) -> None:
    actions = window.actions_
    actions.save_pdf()
    name_dialog = actions.current_dialog
    assert isinstance(name_dialog, QInputDialog)
    name_dialog.reject()
    assert actions.current_dialog is name_dialog


def test_print_without_printers_offers_save_as_pdf(
    qtbot: QtBot, window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "QPrinterInfo", NoPrinters)
    actions = window.actions_
    actions.print_()
    box = current(actions, QMessageBox)
    assert box.text() == NO_PRINTER
    button(box, SAVE_AS_PDF).click()
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, QInputDialog))
    answer_name(qtbot, actions)
    current(actions, QFileDialog)


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(printing, "QPrinterInfo", OnePrinter)
    actions = window.actions_
    dialog = open_print_dialog(qtbot, actions)
    printer = dialog.printer()
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what "Print to File (PDF)" does
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(actions.printed):
        dialog.done(QPrintDialog.DialogCode.Accepted)
    text = all_text(target.read_bytes())
    assert "Prepared for: Jane Doe" in text and "Harbour Skin Clinic" in text


def test_save_pdf_offers_a_file_name_in_the_handouts_language(qtbot: QtBot, window: Window) -> None:
    actions = window.actions_
    actions.save_pdf()
    dialog = current(actions, HandoutQuestion)
    dialog.set_language("es")
    answer_name(qtbot, actions)
    files = current(actions, QFileDialog)
    assert Path(files.selectedFiles()[0]).name == f"plan-de-microneedling-{date.today().isoformat()}.pdf"


def test_print_to_file_offers_the_name_save_as_pdf_offers(
    qtbot: QtBot, window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The print dialog's "Print to File" takes its file name from the document's name."""
    monkeypatch.setattr(printing, "QPrinterInfo", OnePrinter)
    printer = open_print_dialog(qtbot, window.actions_, "es").printer()
    assert (
        printer.docName() == default_pdf_path(lang="es").name == f"plan-de-microneedling-{date.today()}.pdf"
    )


def test_save_pdf_suggests_todays_file_in_documents(qtbot: QtBot, window: Window, tmp_path: Path) -> None:
    actions = window.actions_
    actions.save_pdf()
    answer_name(qtbot, actions)
    dialog = current(actions, QFileDialog)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert default_pdf_path().name == f"microneedling-plan-{date.today().isoformat()}.pdf"
    assert Path(dialog.selectedFiles()[0]).name == default_pdf_path().name
    target = tmp_path / "chosen.pdf"
    with qtbot.waitSignal(actions.pdf_saved) as saved:
        dialog.fileSelected.emit(str(target))
    assert saved.args == [str(target)]
    assert "Prepared for: Jane Doe" in all_text(target.read_bytes())


def test_save_pdf_to_an_unwritable_folder_explains_and_keeps_everything(
    qtbot: QtBot, window: Window, tmp_path: Path
) -> None:
    actions = window.actions_
    typed = window.typed.text()
    actions.save_pdf()
    answer_name(qtbot, actions)
    folder = tmp_path / "gone"
    current(actions, QFileDialog).fileSelected.emit(str(folder / "plan.pdf"))
    box = current(actions, QMessageBox)
    assert str(folder) in box.text() and "the folder does not exist" in box.text()
    assert "Choose another folder" in box.informativeText()
    assert window.typed.text() == typed and window.plan == main_plan(proposed=date(2026, 12, 1))
    button(box, "Choose Another Folder…").click()
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, QFileDialog))
    again = current(actions, QFileDialog)
    assert Path(again.selectedFiles()[0]).name == "plan.pdf"
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(actions.pdf_saved):
        again.fileSelected.emit(str(target))
    assert "Prepared for: Jane Doe" in all_text(target.read_bytes())  # the name was kept for the retry


# --- the handout's language, chosen per print ----------------------------------------------------------


def test_the_question_offers_the_handout_language_defaulting_to_the_windows(qtbot: QtBot) -> None:
    from gui.ui.window.printing import HandoutQuestion

    win = Window()
    qtbot.addWidget(win)
    win.actions_ = HandoutActions(win, lambda: win.plan, lambda: HARBOUR, language=lambda: "es")
    win.actions_.save_pdf()
    question = current(win.actions_, HandoutQuestion)
    assert isinstance(question, QInputDialog)  # answered like any name question
    assert question.language() == "es"
    assert [question.language_box.itemText(i) for i in range(question.language_box.count())] == [
        "English",
        "Español",
    ]
    question.reject()


def test_tab_goes_from_the_name_to_the_language_then_the_buttons(qtbot: QtBot) -> None:
    """Keyboard only: the language list is reached with Tab as shown (it was made before the dialog's
    own fields, so Tab went from the name straight to OK)."""
    question = HandoutQuestion(None, "en")
    qtbot.addWidget(question)
    question.show()
    qtbot.waitExposed(question)
    name = question.findChild(QLineEdit)
    buttons = question.findChild(QDialogButtonBox)
    assert name is not None and buttons is not None
    question.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClicks(name, "Jane")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is question.language_box
    QTest.keyClick(question.language_box, Qt.Key.Key_Down)  # the list's own keys choose the language
    assert question.language() == "es"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is name and question.textValue() == "Jane"


def test_a_spanish_handout_from_an_english_window(qtbot: QtBot, window: Window, tmp_path: Path) -> None:
    from gui.ui.window.printing import HandoutQuestion

    actions = window.actions_
    actions.save_pdf()
    question = current(actions, HandoutQuestion)
    assert question.language() == "en"  # the window's language by default
    question.set_language("es")
    answer_name(qtbot, actions, "Ana García")
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(actions.pdf_saved):
        current(actions, QFileDialog).fileSelected.emit(str(target))
    text = all_text(target.read_bytes())
    assert "Preparado para: Ana García" in text and "Su cita del martes, 1 de diciembre de 2026" in text
    actions.save_pdf()  # the next job asks again, from the window's language
    assert current(actions, HandoutQuestion).language() == "en"


@pytest.mark.parametrize(
    ("setting", "expected"), [("en", "en"), ("es", "es"), ("es_MX", "es"), ("fr", "en"), ("", "en")]
)
def test_handout_language_from_a_setting(setting: str, expected: str) -> None:
    assert printing.handout_language(setting) == expected
