"""The clinic's own settings and timing policy, from the window's Tools menu.

Owns the Settings and Policy actions, opens the dialogs (imported lazily: the first paint does
not need them), saves through the stores (the policy editor's requests through
:class:`~gui.ui.window.policy_files.PolicyFiles`) and tells the window what changed through signals.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from gui.core import Policy
from gui.core.words.notice import said_in
from gui.store.policies import ActivePolicy
from gui.store.settings import ClinicSettings
from gui.store.workspace import Workspace
from gui.ui.i18n import ui_language


class ClinicAdmin(QObject):
    """Settings and policy for this desk. Signals carry the new values to the main window."""

    settings_changed = Signal(object)  # ClinicSettings
    policy_changed = Signal(object)  # ActivePolicy

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace | None,
        settings: ClinicSettings,
        active: ActivePolicy,
        today: date,
    ) -> None:
        super().__init__(window)
        self._window, self._workspace, self._today = window, workspace, today
        self.settings, self.active = settings, active
        self.settings_action = QAction(window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.policy_action = QAction(window)
        self.policy_action.setShortcut(QKeySequence("Ctrl+Shift+,"))
        enabled = workspace is not None
        for action in (self.settings_action, self.policy_action):
            action.setEnabled(enabled)
            window.addAction(action)
        self.settings_action.triggered.connect(self.open_settings)
        self.policy_action.triggered.connect(self.open_policy_editor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The window calls this on ``LanguageChange`` (only widgets hear it)."""
        self.settings_action.setText(self.tr("&Settings…"))
        self.policy_action.setText(self.tr("Timing &policy…"))

    # --- settings ------------------------------------------------------------------------------------

    @Slot()
    def open_settings(self, settings: ClinicSettings | None = None) -> None:
        from gui.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(settings or self.settings, self._window, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_accepted.connect(self._on_settings_accepted)
        dialog.open()
        self.settings_dialog = dialog

    @Slot(object)
    def _on_settings_accepted(self, settings: ClinicSettings) -> None:
        assert self._workspace is not None
        try:
            self._workspace.settings_store.save(settings)
        except (OSError, ValueError) as exc:
            self._tell(
                self.tr(
                    "The settings could not be saved in {folder}: {problem}. They are used until you "
                    "close the app; check the folder and save them again."
                ).format(folder=self._workspace.config, problem=said_in(exc, ui_language()))
            )
            self.open_settings(settings)  # reopen with what was typed: nothing is lost
        shared_changed = settings.shared_policy != self.settings.shared_policy
        self.settings = settings
        self.settings_changed.emit(settings)
        if shared_changed:
            self._set_active(self._workspace.policy_store.active(settings.shared_policy))

    # --- policy --------------------------------------------------------------------------------------

    @Slot()
    def open_policy_editor(self) -> None:
        from gui.ui.window.policy_files import policy_editor

        assert self._workspace is not None
        shared = self.active.origin.startswith("shared")
        editor = policy_editor(
            self._workspace.policy_store,
            self.active,
            self._window,
            read_only=shared,
            shared_path=self.settings.shared_policy if shared else "",
            today=self._today,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.policy_saved.connect(self._on_policy_saved)
        editor.policy_reset.connect(self._on_policy_reset)
        editor.policy_exported.connect(self._on_policy_exported)
        editor.open()
        self.policy_editor = editor

    @Slot(object)
    def _on_policy_saved(self, policy: Policy) -> None:
        self._set_active(ActivePolicy(policy, "clinic"))

    @Slot(object, str)
    def _on_policy_exported(self, _policy: Policy, path: str) -> None:
        """Exported over the shared file this desk uses: the desk reads it again (as it would at its
        next start), so a file just signed again is in force at once."""
        shared = self.settings.shared_policy
        if shared and self.active.origin.startswith("shared") and _same_file(path, shared):
            assert self._workspace is not None
            self._set_active(self._workspace.policy_store.active(shared))

    @Slot(object)
    def _on_policy_reset(self, policy: Policy) -> None:
        self._set_active(ActivePolicy(policy, "default"))

    def _set_active(self, active: ActivePolicy) -> None:
        self.active = active
        self.policy_changed.emit(active)

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # a warning is rare: not read with the window

        title = self.tr("Microneedling Window")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _same_file(first: str, second: str) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve()
    except (OSError, RuntimeError):
        return first == second
