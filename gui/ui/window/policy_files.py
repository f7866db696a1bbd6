"""The one place the policy editor's requests reach the policy store: save, import, export, reset.

The editor (a dialog) only asks; this controller does the file work and answers it, as
:class:`gui.ui.window.admin.ClinicAdmin` does for the settings dialog. Every call returns at once: the
store's operations are small atomic writes, and failures are answered, never raised.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from gui.core import Policy
from gui.core.words.notice import said_in
from gui.store.policies import ActivePolicy, PolicyStore
from gui.ui.dialogs.policy_editor import PolicyEditor
from gui.ui.i18n import ui_language


class PolicyFiles(QObject):
    """Serves one open policy editor from ``store``; lives as long as the editor."""

    def __init__(self, store: PolicyStore, editor: PolicyEditor) -> None:
        super().__init__(editor)
        self._store, self._editor = store, editor
        editor.save_requested.connect(self._save)
        editor.import_requested.connect(self._import)
        editor.export_requested.connect(self._export)
        editor.reset_requested.connect(self._reset)

    @Slot(object)
    def _save(self, policy: Policy) -> None:
        try:
            saved = self._store.save(policy)
        except OSError as error:
            self._editor.failed("save", self._store.folder, error)
            return
        except ValueError as error:
            self._editor.refused(said_in(error, ui_language()))
            return
        self._editor.saved(saved)  # as the file now says it, with the approval's fingerprint

    @Slot(str)
    def _import(self, path: str) -> None:
        result = self._store.read(path)
        if result.policy is None or result.problems:
            self._editor.import_refused(Path(path).name, result.problems)
            return
        self._editor.imported(result.policy, path)

    @Slot(object, str)
    def _export(self, policy: Policy, path: str) -> None:
        try:
            self._store.export(policy, Path(path))
        except OSError as error:
            self._editor.failed("export", Path(path).parent, error)
            return
        self._editor.exported(policy, path)

    @Slot()
    def _reset(self) -> None:
        try:
            kept = self._store.reset_to_default()
        except OSError as error:
            self._editor.failed("reset", self._store.folder, error)
            return
        self._editor.reset_done(self._store.default(), kept.name if kept else "")


# Where a fallback may have set the clinic's file aside: the editor then names it and Import opens on it.
SET_ASIDE_ORIGINS = ("clinic-last-good", "default", "clinic")


def policy_editor(
    store: PolicyStore,
    active: ActivePolicy,
    parent: QWidget | None = None,
    *,
    read_only: bool = False,
    shared_path: str = "",
    today: date | None = None,
) -> PolicyEditor:
    """A policy editor showing ``active``, served by ``store`` (not yet shown)."""
    editor = PolicyEditor(
        active.policy,
        active.origin,
        read_only,
        parent,
        default=store.default(),
        folder=store.folder,
        shared_path=shared_path,
        set_aside=store.set_aside() if active.banner and active.origin in SET_ASIDE_ORIGINS else None,
        today=today,
    )
    PolicyFiles(store, editor)  # the editor asks, the controller saves; it lives as long as the editor
    return editor
