"""Sign with the check sheet in front of you: before the policy editor saves a signed policy it shows
the policy's check sheet — every worked example as the desk will say it, the approver, the date and
the fingerprint the signature will cover — to read, print or save as PDF, then sign and save or go
back. The sheet is painted by the same function as ``policy-sheet -o``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.core import Policy, policy_label
from gui.handout import page_size_for, prepare_device
from gui.handout.page import write_pdf_bytes
from gui.handout.sheet import render_sheet, sheet_pdf
from gui.ui.dialogs.common import push_button, show_message
from gui.ui.i18n import ui_language

ZOOM_STEP = 1.25  # one press of + or −


class SignSheetDialog(QDialog):
    """The check sheet of ``policy`` (signed form: approver, date, fingerprint), its lines that differ
    from ``in_force`` marked. Accepted: sign and save (``export``: sign and export); rejected: back to
    the editor, nothing saved."""

    def __init__(
        self,
        policy: Policy,
        parent: QWidget | None = None,
        page: QPageSize | None = None,
        *,
        export: bool = False,
        in_force: Policy | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.export = export
        self.in_force = in_force  # the policy the desk uses now: the lines that would change are marked
        self.page = page or page_size_for(QLocale())
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # held as long as the preview
        prepare_device(self.printer, self.page)
        self.printer.setDocName(self.tr("Policy check sheet"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.preview.fitToWidth()  # the examples readable at once; zoom with the buttons or Ctrl +/−
        self.zoom_in_button = push_button("+", "", self)
        self.zoom_out_button = push_button("−", "", self)
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.pdf_button = push_button("", "", self)
        self.print_button = push_button("", "", self)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.setDefault(True)
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._lay_out()
        self.retranslate_ui()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.resize(900, 760)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_in_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(self.intro)
        outer.addWidget(self.preview, 1)
        outer.addLayout(row)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Check and sign: {policy}").format(policy=policy_label(self.policy, ui_language()))
        )
        if self.export:
            intro = self.tr(
                "Every line of this sheet is what the desks will say under the policy you are signing. Read "
                "it; sign and export only if each line is what the clinic means. The signature covers these "
                "exact rules: if the file is later changed by hand, no desk uses it until it is signed again."
            )
        else:
            intro = self.tr(
                "Every line of this sheet is what the desk will say under the policy you are signing. Read "
                "it; sign and save only if each line is what the clinic means. The signature covers these "
                "exact rules: if the file is later changed by hand, no desk uses it until it is signed again."
            )
        self.intro.setText(intro)
        self.preview.setAccessibleName(self.tr("Check sheet preview"))
        texts = (
            (self.zoom_out_button, "−", self.tr("Zoom out of the check sheet (Ctrl and minus)")),
            (self.zoom_in_button, "+", self.tr("Zoom into the check sheet (Ctrl and plus)")),
            (self.pdf_button, self.tr("Save sheet as P&DF…"), self.tr("Save the check sheet as a PDF file")),
            (self.print_button, self.tr("&Print sheet…"), self.tr("Print the check sheet")),
            (self.sign_button, self.tr("&Sign and save"), self.tr("Sign this policy and save it"))
            if not self.export
            else (self.sign_button, self.tr("&Sign and export…"), self.tr("Sign this policy and export it")),
            (
                self.back_button,
                self.tr("&Back to the editor"),
                self.tr("Go back to the editor without saving"),
            ),
        )
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)

    @Slot()
    def zoom_in(self) -> None:
        self.preview.zoomIn(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.preview.zoomOut(ZOOM_STEP)

    @Slot(QPrinter)
    def _paint(self, printer: QPrinter) -> None:
        render_sheet(printer, self.policy, ui_language(), in_force=self.in_force)

    @Slot()
    def save_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the check sheet as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile("policy-check-sheet.pdf")
        dialog.fileSelected.connect(self._write_pdf)
        self.file_dialog = dialog
        dialog.open()

    def _write_pdf(self, path: str) -> None:
        try:
            write_pdf_bytes(
                Path(path), sheet_pdf(self.policy, ui_language(), self.page, in_force=self.in_force)
            )
        except OSError as exc:
            show_message(self, self.tr("Check sheet not saved"), str(exc))

    @Slot()
    def print_sheet(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(
            lambda: render_sheet(self.printer, self.policy, ui_language(), in_force=self.in_force)
        )
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
