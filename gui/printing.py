"""Print preview, Print and Save as PDF for the main window's File menu; every dialog opens without blocking.

The window owns one ``HandoutActions`` and adds its three actions to the File menu. Each action asks for
an optional patient name (kept only for that one job, never stored) and the handout's language (English
or Spanish, whatever the window's language), then opens its dialog with ``open()``. Tests replace the
``make_*`` factory methods or find ``current_dialog`` and answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from .clinic import Clinic
from .handout import HandoutWriteError, RenderError, page_size_for, prepare_device, render_handout, write_pdf
from .timing import LANGUAGE_NAMES, LANGUAGES, Plan

NO_PRINTER = "No printer is set up on this computer. You can save the handout as a PDF instead."
NAME_PROMPT = "Patient name to print on the handout (optional; it is not saved):"
LANGUAGE_PROMPT = "Handout &language:"
SAVE_AS_PDF = "Save as PDF…"
PREVIEW_KEYS = QKeySequence("Ctrl+Shift+P")
SAVE_PDF_KEYS = QKeySequence("Ctrl+Shift+S")  # "Save as…" by habit: the app has no other file to save


def handout_language(setting: str) -> str:
    """The handout language a setting names: 'en' or 'es'; 'system' (or anything else) follows the
    computer's language when the handout has it, else English."""
    if setting in LANGUAGES:
        return setting
    code = (setting if setting and setting != "system" else QLocale().name())[:2].lower()
    return code if code in LANGUAGES else "en"


class HandoutQuestion(QInputDialog):
    """The print-time question: the patient's name (optional, never stored) and the handout's language.

    It is the plain text ``QInputDialog`` with one more row, so answering it stays ``setTextValue`` and
    ``accept()``; ``language()`` is the choice, defaulting to the one the window passes.
    """

    def __init__(self, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Patient handout")
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setLabelText(NAME_PROMPT)
        self.setTextValue("")
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName("Handout language")
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.set_language(language)
        label = QLabel(LANGUAGE_PROMPT, self)
        label.setBuddy(self.language_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language_box, 1)
        self.sizeHint()  # makes QInputDialog build its own layout (label, line edit, buttons) now
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertLayout(layout.count() - 1, row)  # above the buttons

    def language(self) -> str:
        return str(self.language_box.currentData())

    def set_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(handout_language(language))))


def default_pdf_path(today: date | None = None) -> Path:
    """``microneedling-plan-YYYY-MM-DD.pdf`` in the Documents folder (the home folder if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / f"microneedling-plan-{(today or date.today()).isoformat()}.pdf"


class HandoutActions(QObject):
    """The handout's three File-menu actions and the dialogs behind them.

    Shortcuts: Print Preview Ctrl+Shift+P, Print Ctrl+P (``QKeySequence.Print``), Save as PDF
    Ctrl+Shift+S (the app saves no other file, so "Save as…" is free; Ctrl+E stays free too).
    """

    pdf_saved = Signal(str)  # the path written
    printed = Signal()

    def __init__(
        self,
        parent_window: QWidget,
        current_plan: Callable[[], Plan | None],
        clinic: Callable[[], Clinic],
        page_override: Callable[[], str | None] = lambda: None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self._current_plan = current_plan
        self._clinic = clinic
        self._page_override = page_override
        self._language = language
        self._patient: str | None = None
        self._handout_language = "en"  # chosen with the patient name, for that one job
        self._held: dict[int, QPrinter] = {}  # printers a live dialog points at (field notes, pitfall 5)
        self.current_dialog: QDialog | None = None
        self.preview_action = self._action("Print Pre&view…", PREVIEW_KEYS, self.preview)
        self.print_action = self._action("&Print…", QKeySequence(QKeySequence.StandardKey.Print), self.print_)
        self.save_pdf_action = self._action("Save as P&DF…", SAVE_PDF_KEYS, self.save_pdf)

    def _action(self, text: str, keys: QKeySequence, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setStatusTip(f"{text.replace('&', '').rstrip('…')} the patient handout")
        action.triggered.connect(slot)
        return action

    # -- slots -----------------------------------------------------------------------------------

    @Slot()
    def preview(self) -> None:
        self._ask_patient(self._open_preview)

    @Slot()
    def print_(self) -> None:
        if not QPrinterInfo.availablePrinters():
            self._offer_pdf()
            return
        self._ask_patient(self._open_print_dialog)

    @Slot()
    def save_pdf(self) -> None:
        self._ask_patient(self._open_save_dialog)

    # -- dialog factories (the test seam) --------------------------------------------------------

    def make_name_dialog(self) -> HandoutQuestion:
        return HandoutQuestion(self._window, self._language())

    def make_preview_dialog(self, printer: QPrinter) -> QPrintPreviewDialog:
        return QPrintPreviewDialog(printer, self._window)

    def make_print_dialog(self, printer: QPrinter) -> QPrintDialog:
        return QPrintDialog(printer, self._window)

    def make_file_dialog(self, suggested: Path) -> QFileDialog:
        dialog = QFileDialog(self._window, "Save handout as PDF", str(suggested), "PDF files (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        return dialog

    def make_message_box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        return QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._window)

    # -- the flows ------------------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> None:
        self.current_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)  # QPrintDialog.open alone would want a receiver and a slot in PySide6

    def _hold(self, printer: QPrinter, dialog: QDialog) -> None:
        """Keep ``printer`` alive exactly as long as ``dialog``, which holds only a C++ pointer to it."""
        key = id(printer)
        self._held[key] = printer
        dialog.destroyed.connect(lambda *_: self._held.pop(key, None))

    def _ask_patient(self, then: Callable[[str], None]) -> None:
        if self._current_plan() is None:
            box = self.make_message_box(
                QMessageBox.Icon.Information, "Nothing to print", "Enter a plan first."
            )
            self._show(box)
            return
        dialog = self.make_name_dialog()
        dialog.accepted.connect(lambda: self._answered(dialog, then))
        self._show(dialog)

    def _answered(self, dialog: QInputDialog, then: Callable[[str], None]) -> None:
        language = dialog.language() if isinstance(dialog, HandoutQuestion) else self._language()
        self._handout_language = handout_language(language)
        then(dialog.textValue())

    def _page(self) -> QPageSize:
        """The paper setting if it names a known size, else the one usual where the computer is."""
        try:
            return page_size_for(QLocale(), self._page_override())
        except ValueError:
            return page_size_for(QLocale())

    def _make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_device(printer, self._page())
        printer.setDocName("Microneedling plan")
        printer.setCreator("Microneedling Window")
        return printer

    def _render(self, printer: QPrinter) -> None:
        plan = self._current_plan()
        if plan is not None:
            render_handout(printer, plan, self._clinic(), self._handout_language, self._patient)

    def _open_preview(self, patient: str) -> None:
        self._patient = patient.strip() or None
        printer = self._make_printer()
        dialog = self.make_preview_dialog(printer)
        self._hold(printer, dialog)
        dialog.paintRequested.connect(self._render)
        self._show(dialog)

    def _open_print_dialog(self, patient: str) -> None:
        self._patient = patient.strip() or None
        printer = self._make_printer()
        dialog = self.make_print_dialog(printer)
        self._hold(printer, dialog)
        dialog.finished.connect(lambda result: self._print(printer) if result else None)
        self._show(dialog)

    def _print(self, printer: QPrinter) -> None:
        try:
            self._render(printer)
        except RenderError as exc:
            text = (
                f"The handout could not be printed: {exc}. Check the printer, or save the handout as a PDF."
            )
            self._show(self.make_message_box(QMessageBox.Icon.Warning, "Could not print", text))
            return
        self.printed.emit()

    def _offer_pdf(self) -> None:
        box = self.make_message_box(QMessageBox.Icon.Information, "No printer", NO_PRINTER)
        save = box.addButton(SAVE_AS_PDF, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda *_: self.save_pdf() if box.clickedButton() is save else None)
        self._show(box)

    def _open_save_dialog(self, patient: str, suggested: Path | None = None) -> None:
        self._patient = patient.strip() or None
        dialog = self.make_file_dialog(suggested or default_pdf_path())
        dialog.fileSelected.connect(self._write)
        self._show(dialog)

    @Slot(str)
    def _write(self, path: str) -> None:
        plan = self._current_plan()
        if plan is None:
            return
        try:
            write_pdf(path, plan, self._clinic(), self._handout_language, self._patient, self._page())
        except HandoutWriteError as exc:
            self._write_failed(exc)
            return
        self.pdf_saved.emit(path)

    def _write_failed(self, exc: HandoutWriteError) -> None:
        """Say which folder and why, and offer the save dialog again; the window's inputs stay as they are."""
        text = f"The handout could not be saved in the folder “{exc.folder}”: {exc.reason}."
        box = self.make_message_box(QMessageBox.Icon.Warning, "Could not save the handout", text)
        box.setInformativeText(
            "Choose another folder, such as Documents, and try again. Nothing you entered has been lost."
        )
        again = box.addButton("Choose Another Folder…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        patient, name = self._patient or "", exc.path.name
        retry = default_pdf_path().with_name(name)
        box.finished.connect(
            lambda *_: self._open_save_dialog(patient, retry) if box.clickedButton() is again else None
        )
        self._show(box)
