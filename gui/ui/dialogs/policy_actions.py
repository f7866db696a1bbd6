"""The policy editor's file actions through the store: save, import, export and reset, never blocking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from gui.core import Policy, PolicyProblem, policy_label, problem_said
from gui.core.words.notice import said_in
from gui.ui.dialogs.common import choose_file, show_message
from gui.ui.i18n import translate, ui_language

if TYPE_CHECKING:
    from gui.ui.dialogs.policy_editor import PolicyEditor


def _problem_words(problem: PolicyProblem) -> str:
    message = problem_said(problem, ui_language())
    return f"{problem.key}: {message}" if problem.key else message


def _label(policy: Policy) -> str:
    return policy_label(policy, ui_language())


class PolicyFileActions(QObject):
    """Holds the open file dialog, message box and confirmation, as Qt holds them by pointer."""

    def __init__(self, editor: PolicyEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None

    def _use_file_dialog(self, dialog: QFileDialog) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = dialog

    def _tell_failure(self, what: str, folder: Path, error: OSError) -> None:
        self.editor.set_status(self.tr("⚠ {what}: see the message.").format(what=what), error=True)
        text = self.tr(
            "{what}. The folder {folder} could not be written: {problem}.\n\nNothing you typed is lost: "
            "the editor stays open. Check that the folder exists and that this computer may write to it, "
            "then try again."
        )
        title = translate("PolicyEditor", "Timing policy")
        self.message_box = show_message(
            self.editor, title, text.format(what=what, folder=folder, problem=error.strerror or error)
        )

    # --- save ---------------------------------------------------------------------------------------

    def save(self, policy: Policy) -> None:
        store = self.editor.store
        try:
            store.save(policy)
        except OSError as error:
            self._tell_failure(self.tr("The policy was not saved"), store.folder, error)
            return
        except ValueError as error:
            problem = said_in(error, ui_language())
            self.editor.set_status(self.tr("⚠ Not saved: {problem}").format(problem=problem), error=True)
            return
        self.editor.saved(policy)

    # --- import -------------------------------------------------------------------------------------

    @Slot()
    def ask_import(self) -> None:
        self._use_file_dialog(
            choose_file(
                self.editor,
                self.tr("Import a policy file"),
                self.tr("Policy files (*.toml)"),
                self._on_import_chosen,
            )
        )

    @Slot(str)
    def _on_import_chosen(self, path: str) -> None:
        result = self.editor.store.read(path)
        name = Path(path).name
        if result.policy is None or result.problems:
            heading = self.tr("⚠ {file} was not imported, and the table is unchanged. Problems in that file:")
            self.editor.import_notice = [
                heading.format(file=name),
                *(f"    • {_problem_words(problem)}" for problem in result.problems),
            ]
            self.editor.validate()
            status = translate(
                "PolicyFileActions",
                "⚠ Not imported: {file} has %n problem(s), listed below the table.",
                None,
                len(result.problems),
            )
            self.editor.set_status(status.format(file=name), True)
            return
        self.editor.load(result.policy, "imported")
        status = self.tr("✓ Imported {policy} from {path}.")
        self.editor.set_status(status.format(policy=_label(result.policy), path=path))

    # --- export -------------------------------------------------------------------------------------

    @Slot()
    def ask_export(self) -> None:
        if self.editor.validate().policy is None:
            self.editor.set_status(
                self.tr("⚠ Not exported: fix the problems listed below the table first."), True
            )
            return
        self._use_file_dialog(
            choose_file(
                self.editor,
                self.tr("Export the policy"),
                self.tr("Policy files (*.toml)"),
                self._on_export_chosen,
                save_as="policy.toml",
            )
        )

    @Slot(str)
    def _on_export_chosen(self, path: str) -> None:
        policy = self.editor.validate().policy
        if policy is None:
            return
        try:
            self.editor.store.export(policy, Path(path))
        except OSError as error:
            self._tell_failure(self.tr("The policy was not exported"), Path(path).parent, error)
            return
        self.editor.set_status(
            self.tr("✓ Exported {policy} to {path}.").format(policy=_label(policy), path=path)
        )

    # --- reset --------------------------------------------------------------------------------------

    @Slot()
    def ask_reset(self) -> None:
        store = self.editor.store
        box = QMessageBox(self.editor)
        box.setWindowTitle(self.tr("Reset to the default policy"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Go back to the default policy ({policy})?").format(policy=_label(store.default()))
        )
        informative = self.tr(
            "This desk stops using the clinic's own policy. Its file is kept in {folder}, renamed "
            "policy.replaced-…; changes not saved are lost."
        )
        box.setInformativeText(informative.format(folder=store.folder))
        box.addButton(self.tr("Reset to default"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.buttonClicked.connect(self._on_reset_answer)
        box.open()
        self.confirm_box = box

    @Slot(QAbstractButton)
    def _on_reset_answer(self, button: QAbstractButton) -> None:
        box = self.confirm_box
        if box is None or box.buttonRole(button) != QMessageBox.ButtonRole.DestructiveRole:
            return
        store = self.editor.store
        try:
            kept = store.reset_to_default()
        except OSError as error:
            self._tell_failure(self.tr("The policy was not reset"), store.folder, error)
            return
        default = store.default()
        self.editor.load(default, "default")
        kept_words = self.tr(" The clinic's file was kept as {file}.").format(file=kept.name) if kept else ""
        self.editor.set_status(self.tr("✓ Back to {policy}.").format(policy=_label(default)) + kept_words)
        self.editor.policy_reset.emit(default)
