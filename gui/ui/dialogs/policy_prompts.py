"""The policy editor's questions and answers to the person: which file to import or export to, whether
to go back to the default, and what the policy files came to. Asks and tells only, never blocking; the
store work is done by the window's controller (:mod:`gui.ui.window.policy_files`), which the editor
asks through its request signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from gui.core import Policy, PolicyProblem, policy_label, problem_said
from gui.ui.dialogs.common import choose_file, show_message
from gui.ui.i18n import translate, ui_language


def problem_words(problem: PolicyProblem) -> str:
    """A problem of an imported file, where it is and what is wrong, in the interface language."""
    message = problem_said(problem, ui_language())
    return f"{problem.key}: {message}" if problem.key else message


def label(policy: Policy) -> str:
    return policy_label(policy, ui_language())


class PolicyPrompts(QObject):
    """Holds the open file dialog, message box and confirmation, as Qt holds them by pointer."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self._on_yes: Callable[[], None] | None = None  # what the open confirmation's yes does

    def _use_file_dialog(self, dialog: QFileDialog) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = dialog

    def choose_import(self, on_chosen: Callable[[str], None], start: Path | None = None) -> None:
        """The file dialog for Import; it opens on ``start`` (the file a fallback set aside) if given."""
        caption, kinds = self.tr("Import a policy file"), self.tr("Policy files (*.toml)")
        self._use_file_dialog(choose_file(self._parent, caption, kinds, on_chosen, start=start))

    def choose_export(self, on_chosen: Callable[[str], None], target: str = "policy.toml") -> None:
        """The file dialog for Export, on ``target`` (a file name, or the shared file's whole path)."""
        caption, kinds = self.tr("Export the policy"), self.tr("Policy files (*.toml)")
        self._use_file_dialog(choose_file(self._parent, caption, kinds, on_chosen, save_as=target))

    def confirm_reset(self, default: Policy, folder: Path, on_yes: Callable[[], None]) -> None:
        """Ask before going back to ``default``; ``on_yes()`` once the person confirms."""
        informative = self.tr(
            "This desk stops using the clinic's own policy. Its file is kept in {folder}, renamed "
            "policy.replaced-…; changes not saved are lost."
        )
        self._confirm(
            self.tr("Reset to the default policy"),
            self.tr("Go back to the default policy ({policy})?").format(policy=label(default)),
            informative.format(folder=folder),
            self.tr("Reset to default"),
            on_yes,
        )

    def confirm_discard(self, on_discard: Callable[[], None]) -> None:
        """Ask before closing with changes that are not saved; ``on_discard()`` once the person agrees."""
        self._confirm(
            self.tr("Close the policy editor"),
            self.tr("Close without saving? The changes made in the editor are lost."),
            self.tr("The desk keeps the policy in force. To keep the changes: Keep editing, then Save."),
            self.tr("Close without saving"),
            on_discard,
            keep=self.tr("Keep editing"),
            name="discard-changes",
        )

    def _confirm(
        self, title: str, text: str, informative: str, yes: str, on_yes: Callable[[], None], *,
        keep: str = "", name: str = "",
    ) -> None:  # fmt: skip
        """A question whose answer ``yes`` (destructive) calls ``on_yes``; the other answer, the default,
        changes nothing: ``keep``, else Cancel. Taken from a click only, never as the editor goes."""
        box = QMessageBox(self._parent)
        box.setObjectName(name)
        box.setWindowTitle(title)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setInformativeText(informative)
        box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        if keep:
            box.setDefaultButton(box.addButton(keep, QMessageBox.ButtonRole.RejectRole))
        else:
            box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.buttonClicked.connect(self._on_answer)
        self._on_yes = on_yes
        box.open()
        self.confirm_box = box

    @Slot(QAbstractButton)
    def _on_answer(self, button: QAbstractButton) -> None:
        box, then = self.confirm_box, self._on_yes
        destructive = box is not None and box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole
        if destructive and then is not None:
            then()

    def failure_words(self, kind: str) -> str:
        """What did not happen: ``kind`` is save, export or reset."""
        return {
            "save": self.tr("The policy was not saved"),
            "export": self.tr("The policy was not exported"),
            "reset": self.tr("The policy was not reset"),
        }[kind]

    def tell_failure(self, what: str, folder: Path, error: OSError) -> None:
        """A folder could not be written: say so in a message box; nothing typed is lost."""
        text = self.tr(
            "{what}. The folder {folder} could not be written: {problem}.\n\nNothing you typed is lost: "
            "the editor stays open. Check that the folder exists and that this computer may write to it, "
            "then try again."
        )
        title = translate("PolicyEditor", "Timing policy")
        self.message_box = show_message(
            self._parent, title, text.format(what=what, folder=folder, problem=error.strerror or error)
        )

    def import_refused(self, name: str, problems: tuple[PolicyProblem, ...]) -> tuple[list[str], str]:
        """The lines listed below the table and the status line for a file that was not imported."""
        heading = self.tr("⚠ {file} was not imported, and the table is unchanged. Problems in that file:")
        lines = [heading.format(file=name), *(f"    • {problem_words(problem)}" for problem in problems)]
        status = translate(
            "PolicyPrompts",
            "⚠ Not imported: {file} has %n problem(s), listed below the table.",
            None,
            len(problems),
        )
        return lines, status.format(file=name)

    def imported(self, policy: Policy, path: str) -> str:
        return self.tr("✓ Imported {policy} from {path}.").format(policy=label(policy), path=path)

    def exported(self, policy: Policy, path: str) -> str:
        return self.tr("✓ Exported {policy} to {path}.").format(policy=label(policy), path=path)

    def not_exported(self) -> str:
        return self.tr("⚠ Not exported: fix the problems listed below the table first.")

    def reset_done(self, default: Policy, kept: str) -> str:
        kept_words = self.tr(" The clinic's file was kept as {file}.").format(file=kept) if kept else ""
        return self.tr("✓ Back to {policy}.").format(policy=label(default)) + kept_words

    def refused(self, problem: str) -> str:
        return self.tr("⚠ Not saved: {problem}").format(problem=problem)
