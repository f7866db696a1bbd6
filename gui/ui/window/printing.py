"""Print preview, Print and Save as PDF for the main window's File menu; every dialog opens without blocking.

The window owns one ``HandoutActions`` and adds its three actions to the File menu. Each action asks for
an optional patient name (kept only for that one job, never stored) and the handout's language (English
or Spanish, whatever the window's language), then opens its dialog with ``open()``. Tests replace the
``make_*`` factory methods or find ``current_dialog`` and answer it. Every word of these dialogs is in
the interface language (the handout itself is in the language chosen for it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)

from gui.core import LANGUAGE_NAMES, LANGUAGES, TARGETS, Plan
from gui.core.clinic import Clinic
from gui.core.words.common import handout_file_name
from gui.handout import (
    HandoutWriteError,
    RenderError,
    page_size_for,
    paint_handout,
    prepare_device,
    write_pdf,
)
from gui.handout.text import MAX_NAME, main_message
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ui.window.dialog_flow import DialogFlow, documents_folder

# English source texts; shown through ``translate("HandoutActions", …)`` in the interface language.
NO_PRINTER = QT_TRANSLATE_NOOP(
    "HandoutActions", "No printer is set up on this computer. You can save the handout as a PDF instead."
)
SAVE_AS_PDF = QT_TRANSLATE_NOOP("HandoutActions", "Save as PDF…")
NAME_PROMPT = QT_TRANSLATE_NOOP(
    "HandoutQuestion",
    "Patient name to print on the handout (optional, up to 80 characters; it is not saved):",
)
LANGUAGE_PROMPT = QT_TRANSLATE_NOOP("HandoutQuestion", "Handout &language:")
# Why a PDF could not be written or printed (gui.handout gives them in English); others are shown as they are.
WRITE_REASONS = (
    QT_TRANSLATE_NOOP("HandoutActions", "that is a folder, not a file name"),
    QT_TRANSLATE_NOOP("HandoutActions", "the folder does not exist"),
    QT_TRANSLATE_NOOP("HandoutActions", "you do not have permission to write there"),
    QT_TRANSLATE_NOOP("HandoutActions", "part of the path is a file, not a folder"),
    QT_TRANSLATE_NOOP("HandoutActions", "the disk is read-only"),
    QT_TRANSLATE_NOOP("HandoutActions", "the disk is full"),
    QT_TRANSLATE_NOOP(
        "HandoutActions", "that is not a regular file (a device, a pipe or a socket); choose a file name"
    ),
    QT_TRANSLATE_NOOP("HandoutActions", "the file name is not valid"),
    QT_TRANSLATE_NOOP("HandoutActions", "the file name must end in .pdf"),
    QT_TRANSLATE_NOOP("HandoutActions", "the printer or file could not be opened for drawing"),  # RenderError
)


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
        self.setWindowTitle(self.tr("Patient handout"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setLabelText(self.tr(NAME_PROMPT))
        self.setTextValue("")
        self.setOkButtonText(self.tr("OK"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Handout language"))
        for code in LANGUAGES:  # each language in its own words, so anyone can find theirs
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.set_language(language)
        label = QLabel(self.tr(LANGUAGE_PROMPT), self)
        label.setBuddy(self.language_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language_box, 1)
        self.sizeHint()  # makes QInputDialog build its own layout (label, line edit, buttons) now
        name_field = self.findChild(QLineEdit)
        if name_field is not None:
            name_field.setMaxLength(MAX_NAME)  # the prompt says so; the handout never prints more
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertLayout(layout.count() - 1, row)  # above the buttons
        # Tab in the order shown: name, language, then the buttons (the list was made before them).
        buttons = self.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok) if buttons is not None else None
        if name_field is not None and ok is not None:
            QWidget.setTabOrder(name_field, self.language_box)
            QWidget.setTabOrder(self.language_box, ok)

    def language(self) -> str:
        return str(self.language_box.currentData())

    def set_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(handout_language(language))))


def default_pdf_path(today: date | None = None, target: str = TARGETS[0], lang: str = "en") -> Path:
    """The handout's file name in its language (:func:`handout_file_name`) in the Documents folder (the
    home folder if there is none)."""
    return documents_folder() / handout_file_name(target, today or date.today(), lang)


class HandoutActions(DialogFlow):
    """The print flow behind the File menu's Print Preview, Print and Save as PDF (the window's menus
    own those actions and call :meth:`preview`, :meth:`print_` and :meth:`save_pdf`): the patient name,
    then the dialog, then the handout on the chosen device."""

    pdf_saved = Signal(str)  # the path written
    printed = Signal(str)  # where it went: the printer's name, or the file a print dialog wrote

    def __init__(
        self,
        parent_window: QWidget,
        current_plan: Callable[[], Plan | None],
        clinic: Callable[[], Clinic],
        page_override: Callable[[], str | None] = lambda: None,
        language: Callable[[], str] = lambda: "en",
        problem: Callable[[], tuple[str, QWidget] | None] = lambda: None,
        calendar_code: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent_window)
        self._current_plan = current_plan
        self._clinic = clinic
        self._page_override = page_override
        self._language = language
        self._problem = problem  # an entry not understood: what to fix, and the field to fix it in
        self._calendar_code = calendar_code  # Settings ▸ Calendar code on the handout
        self._patient: str | None = None
        self._handout_language = "en"  # chosen with the patient name, for that one job
        self._held: dict[int, QPrinter] = {}  # printers a live dialog points at (field notes, pitfall 5)
        # The last handout that went out left its calendar code out to stay on one page (said with it).
        self.code_left_out = False

    # -- slots -----------------------------------------------------------------------------------

    @Slot()
    def preview(self) -> None:
        self._ask_patient(self._open_preview)

    @Slot()
    def print_(self) -> None:
        if self._refuse_unless_ready():
            return
        if not QPrinterInfo.availablePrinters():
            self._offer_pdf()
            return
        self._ask_patient(self._open_print_dialog)

    @Slot()
    def save_pdf(self) -> None:
        self._ask_patient(self._open_save_dialog)

    # -- dialog factories (the test seam) --------------------------------------------------------

    def make_name_dialog(self) -> HandoutQuestion:
        dialog = HandoutQuestion(self._window, self._language())
        dialog.setTextValue(self._patient or "")  # the current patient's name, kept in memory only
        return dialog

    def forget_patient(self) -> None:
        """New patient: the name typed for the last one's handout is gone (it was never stored)."""
        self._patient = None

    def make_preview_dialog(self, printer: QPrinter) -> QPrintPreviewDialog:
        return QPrintPreviewDialog(printer, self._window)

    def make_print_dialog(self, printer: QPrinter) -> QPrintDialog:
        return QPrintDialog(printer, self._window)

    def make_file_dialog(self, suggested: Path) -> QFileDialog:
        title, pdf_files = self.tr("Save handout as PDF"), self.tr("PDF files (*.pdf)")
        return self.save_dialog(title, pdf_files, suggested, "pdf")

    # -- the flows ------------------------------------------------------------------------------

    def _hold(self, printer: QPrinter, dialog: QDialog) -> None:
        """Keep ``printer`` alive exactly as long as ``dialog``, which holds only a C++ pointer to it."""
        key = id(printer)
        self._held[key] = printer
        dialog.destroyed.connect(lambda *_: self._held.pop(key, None))

    def _refuse_unless_ready(self) -> bool:
        """No handout while any entry is not understood: say which and what to fix, then put the
        focus there. True when refused."""
        problem = self._problem()
        if problem is None and self._current_plan() is not None:
            return False
        text, focus = problem or (self.tr("Enter a plan first."), None)
        self._refuse(
            self.tr("No handout yet"), self.tr("No handout yet. {problem}").format(problem=text), focus
        )
        return True

    def _ask_patient(self, then: Callable[[str], None]) -> None:
        if self._refuse_unless_ready():
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
        # The print queue's title, and the file a print dialog offers under "Print to File": the name
        # Save as PDF offers, in the handout's language.
        printer.setDocName(self._offered_path().name)
        printer.setCreator("Microneedling Window")
        return printer

    def _render(self, printer: QPrinter) -> None:
        plan = self._current_plan()
        if plan is not None:
            language, code = self._handout_language, self._calendar_code()
            painted = paint_handout(
                printer, plan, self._clinic(), language, self._patient, calendar_code=code
            )
            self.code_left_out = painted.code_left_out

    def _open_preview(self, patient: str) -> None:
        self._patient = patient.strip() or None
        printer = self._make_printer()
        dialog = self.make_preview_dialog(printer)
        self._hold(printer, dialog)
        dialog.paintRequested.connect(self._render)
        self._make_preview_readable(dialog)
        self._show(dialog)

    def _make_preview_readable(self, dialog: QPrintPreviewDialog) -> None:
        """Qt's preview names none of its parts and keeps its toolbar off the Tab path: a screen-reader
        user heard an unnamed picture and could not reach Print. Name the page view (its description is
        the handout's main message), the zoom and page fields, and put the toolbar's buttons on Tab."""
        plan = self._current_plan()
        view = dialog.findChild(QPrintPreviewWidget)
        if view is not None:
            view.setAccessibleName(self.tr("Handout preview"))
            if plan is not None:
                message = main_message(plan, self._handout_language)
                view.setAccessibleDescription(
                    " ".join(p for p in (message.tag, message.text, message.follow_up) if p)
                )
        for combo in dialog.findChildren(QComboBox):
            combo.setAccessibleName(self.tr("Zoom"))
        for edit in dialog.findChildren(QLineEdit):
            edit.setAccessibleName(self.tr("Page number"))
        for button in dialog.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

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
            text = self.tr(
                "The handout could not be printed: {problem}. "
                "Check the printer, or save the handout as a PDF."
            ).format(problem=translate("HandoutActions", str(exc)))
            self._show(self.make_message_box(QMessageBox.Icon.Warning, self.tr("Could not print"), text))
            return
        to_file = printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
        self.printed.emit(printer.outputFileName() if to_file else printer.printerName())

    def _offer_pdf(self) -> None:
        no_printer = translate("HandoutActions", NO_PRINTER)
        box = self.make_message_box(QMessageBox.Icon.Information, self.tr("No printer"), no_printer)
        save = box.addButton(translate("HandoutActions", SAVE_AS_PDF), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda *_: self.save_pdf() if box.clickedButton() is save else None)
        self._show(box)

    def _offered_path(self) -> Path:
        """Where and under which name this handout is offered, in the language chosen for it."""
        plan = self._current_plan()
        target = plan.target if plan is not None else TARGETS[0]
        return default_pdf_path(target=target, lang=self._handout_language)

    def _open_save_dialog(self, patient: str, suggested: Path | None = None) -> None:
        self._patient = patient.strip() or None
        dialog = self.make_file_dialog(suggested or self._offered_path())
        dialog.fileSelected.connect(self._write)
        self._show(dialog)

    @Slot(str)
    def _write(self, path: str) -> None:
        plan = self._current_plan()
        if plan is None:
            return
        try:
            painted = write_pdf(
                path,
                plan,
                self._clinic(),
                self._handout_language,
                self._patient,
                self._page(),
                calendar_code=self._calendar_code(),
            )
        except HandoutWriteError as exc:
            self._write_failed(exc)
            return
        self.code_left_out = painted.code_left_out
        self.pdf_saved.emit(path)

    def _write_failed(self, exc: HandoutWriteError) -> None:
        """Say which folder and why, and offer the save dialog again; the window's inputs stay as they are."""
        text = self.tr("The handout could not be saved in the folder “{folder}”: {problem}.")
        text = text.format(folder=exc.folder, problem=translate("HandoutActions", exc.reason))
        box = self.make_message_box(QMessageBox.Icon.Warning, self.tr("Could not save the handout"), text)
        box.setInformativeText(
            self.tr(
                "Choose another folder, such as Documents, and try again. Nothing you entered has been lost."
            )
        )
        again = box.addButton(self.tr("Choose Another Folder…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        patient, name = self._patient or "", exc.path.name
        retry = documents_folder() / name
        box.finished.connect(
            lambda *_: self._open_save_dialog(patient, retry) if box.clickedButton() is again else None
        )
        self._show(box)
