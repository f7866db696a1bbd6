"""The policy editor's file actions through the store: save, import, export and reset, never blocking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from ..timing import Policy, PolicyProblem
from .common import choose_file, show_message

if TYPE_CHECKING:
    from .policy_editor import PolicyEditor

POLICY_FILES = "Policy files (*.toml)"


def _problem_words(problem: PolicyProblem) -> str:
    return f"{problem.key}: {problem.message}" if problem.key else problem.message


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


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
        self.editor.set_status(f"⚠ {what}: see the message.", error=True)
        self.message_box = show_message(
            self.editor,
            "Timing policy",
            f"{what}. The folder {folder} could not be written: {error.strerror or error}.\n\n"
            "Nothing you typed is lost: the editor stays open. Check that the folder exists and "
            "that this computer may write to it, then try again.",
        )

    # --- save ---------------------------------------------------------------------------------------

    def save(self, policy: Policy) -> None:
        store = self.editor.store
        try:
            store.save(policy)
        except OSError as error:
            self._tell_failure("The policy was not saved", store.folder, error)
            return
        except ValueError as error:
            self.editor.set_status(f"⚠ Not saved: {error}", error=True)
            return
        self.editor.saved(policy)

    # --- import -------------------------------------------------------------------------------------

    @Slot()
    def ask_import(self) -> None:
        self._use_file_dialog(
            choose_file(self.editor, "Import a policy file", POLICY_FILES, self._on_import_chosen)
        )

    @Slot(str)
    def _on_import_chosen(self, path: str) -> None:
        result = self.editor.store.read(path)
        name = Path(path).name
        if result.policy is None or result.problems:
            self.editor.import_notice = [
                f"⚠ {name} was not imported, and the table is unchanged. Problems in that file:",
                *(f"    • {_problem_words(problem)}" for problem in result.problems),
            ]
            self.editor.validate()
            count = _plural(len(result.problems), "problem")
            self.editor.set_status(f"⚠ Not imported: {name} has {count}, listed below the table.", True)
            return
        self.editor.load(result.policy, "imported")
        self.editor.set_status(f"✓ Imported {result.policy.label} from {path}.")

    # --- export -------------------------------------------------------------------------------------

    @Slot()
    def ask_export(self) -> None:
        if self.editor.validate().policy is None:
            self.editor.set_status("⚠ Not exported: fix the problems listed below the table first.", True)
            return
        self._use_file_dialog(
            choose_file(
                self.editor, "Export the policy", POLICY_FILES, self._on_export_chosen, save_as="policy.toml"
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
            self._tell_failure("The policy was not exported", Path(path).parent, error)
            return
        self.editor.set_status(f"✓ Exported {policy.label} to {path}.")

    # --- reset --------------------------------------------------------------------------------------

    @Slot()
    def ask_reset(self) -> None:
        store = self.editor.store
        box = QMessageBox(self.editor)
        box.setWindowTitle("Reset to the default policy")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Go back to the default policy ({store.default().label})?")
        box.setInformativeText(
            "This desk stops using the clinic's own policy. Its file is kept in "
            f"{store.folder}, renamed policy.replaced-…; changes not saved are lost."
        )
        box.addButton("Reset to default", QMessageBox.ButtonRole.DestructiveRole)
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
            self._tell_failure("The policy was not reset", store.folder, error)
            return
        default = store.default()
        self.editor.load(default, "default")
        kept_words = f" The clinic's file was kept as {kept.name}." if kept else ""
        self.editor.set_status(f"✓ Back to {default.label}.{kept_words}")
        self.editor.policy_reset.emit(default)
