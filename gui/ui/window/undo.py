"""Undo for the window's entries: adding and removing a treatment row, and New patient (QUndoStack).

Typing inside a field has the field's own undo. These commands cover what a field cannot: a row that
was added or removed, and the whole set of entries cleared for the next patient. New patient can be
undone only until the new patient's first edit; after that the stack is emptied, so Ctrl+Z can never
bring one patient's entries back onto another's screen. Nothing here is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from gui.ui.i18n import translate
from gui.ui.widgets.history_editor import HistoryEditor
from gui.ui.widgets.history_row import RowEntry
from gui.ui.widgets.inputs_panel import Inputs, InputsPanel


class _Worded(QUndoCommand):
    """A command whose text (Edit ▸ Undo …) is said again in the interface language after a switch."""

    def retranslate(self) -> None:
        self.setText(self.words())

    def words(self) -> str:
        raise NotImplementedError


class AddRowCommand(_Worded):
    """A new row at the end; undo takes it away (remembering what was typed, for redo)."""

    def __init__(self, editor: HistoryEditor) -> None:
        super().__init__()
        self._editor, self._index = editor, len(editor.rows)
        self._entry: RowEntry | None = None
        self.retranslate()

    def words(self) -> str:
        return translate("EntryUndo", "Add treatment {number}").format(number=self._index + 1)

    def redo(self) -> None:
        self._editor.insert_row(self._index, self._entry)

    def undo(self) -> None:
        self._entry = self._editor.take_row(self._index)


class RemoveRowCommand(_Worded):
    """Remove row ``index``; undo puts it back where it was, as it was."""

    def __init__(self, editor: HistoryEditor, index: int) -> None:
        super().__init__()
        self._editor, self._index = editor, index
        self._entry: RowEntry | None = None
        self.retranslate()

    def words(self) -> str:
        return translate("EntryUndo", "Remove treatment {number}").format(number=self._index + 1)

    def redo(self) -> None:
        self._entry = self._editor.take_row(self._index)

    def undo(self) -> None:
        self._editor.insert_row(self._index, self._entry)


class PaperSlot(Protocol):
    """The window's record of the last handout or calendar file that went out (None: none)."""

    def get(self) -> object: ...

    def set(self, paper: object) -> None: ...


class NewPatientCommand(_Worded):
    """Clear every entry; undo brings them back (only until the new patient's first edit).

    The paper that went out for the patient cleared goes with the entries and comes back with them:
    after Undo, an edit marks that handout out of date again. A paper that went out after the New
    patient stays the last one, whichever way the entries go.
    """

    def __init__(self, panel: InputsPanel, cleared: Callable[[bool], None], paper: PaperSlot) -> None:
        super().__init__()
        self._panel, self._cleared, self._paper = panel, cleared, paper
        self._before: Inputs  # set by redo, which the stack runs on push
        self._paper_before: object = None  # the cleared patient's paper
        self._brought_back: object = None  # that paper, while Undo has brought it back
        self._fresh = True  # the first run is the person's New patient; later ones are Edit ▸ Redo
        self.retranslate()

    def words(self) -> str:
        return translate("EntryUndo", "New patient")

    def redo(self) -> None:
        self._before = self._panel.inputs()  # what undo brings back: the entries as they are now
        if self._fresh:
            self._paper_before = self._paper.get()
        elif self._brought_back is not None and self._paper.get() is self._brought_back:
            self._paper.set(None)  # cleared again: as after the New patient, nothing has gone out
        self._brought_back = None
        self._panel.restore_inputs(Inputs([], self._before.target, ""))
        self._cleared(self._fresh)
        self._fresh = False

    def undo(self) -> None:
        if self._paper.get() is None and self._paper_before is not None:  # nothing went out since
            self._paper.set(self._paper_before)
            self._brought_back = self._paper_before
        self._panel.restore_inputs(self._before)


class EntryUndo(QUndoStack):
    """The window's undo stack. ``applying`` is true while a command changes the entries, so the
    window can tell its own edits from the person's."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.applying = False
        self._new_patient_at = -1  # the stack index just after the New patient command

    def push(self, cmd: QUndoCommand) -> None:
        """Push (and do) ``cmd``. New patient first empties the stack: nothing before it stays."""
        if isinstance(cmd, NewPatientCommand):
            self.clear()
        else:
            self.forget_new_patient()
            self._new_patient_at = -1  # an undone New patient is dropped from the redo side now
        self._apply(lambda: super(EntryUndo, self).push(cmd))
        if isinstance(cmd, NewPatientCommand):
            self._new_patient_at = self.index()

    # Not QUndoStack.undo/redo overrides (Qt's own undo action would call the C++ ones directly): the
    # window's Edit actions call these, so ``applying`` is true while a command changes the entries.
    def undo_entries(self) -> None:
        self._apply(self.undo)

    def redo_entries(self) -> None:
        self._apply(self.redo)

    def _apply(self, change: Callable[[], None]) -> None:
        self.applying = True
        try:
            change()
        finally:
            self.applying = False

    def retranslate(self) -> None:
        """Every command's text in the interface language, after a switch (Edit ▸ Undo says it)."""
        for index in range(self.count()):
            command = self.command(index)
            if isinstance(command, _Worded):
                command.retranslate()

    def edited(self) -> None:
        """The person changed an entry: a New patient still on top can no longer be undone."""
        if not self.applying:
            self.forget_new_patient()

    def forget_new_patient(self) -> None:
        """Empty the stack if New patient is the last thing done (the new patient's first edit), or the
        next thing Redo would do (an edit after undoing it: Redo would clear what was just typed)."""
        if self._new_patient_at > 0 and self.index() in (self._new_patient_at, self._new_patient_at - 1):
            self.clear()
            self._new_patient_at = -1


class UndoKeysToWindow(QObject):
    """Ctrl+Z and redo go to the window's stack when the focused text field has nothing of its own
    to undo: a QLineEdit takes those keys even then, so after removing a row, Ctrl+Z in the next
    row's (untouched) field would do nothing at all."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        # An editable combo box (the product field) has the focus itself and hands the key to its line
        # edit directly, past any event filter: decide for its line edit here.
        field = watched.lineEdit() if isinstance(watched, QComboBox) else watched
        if not isinstance(field, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            own, window = field.isUndoAvailable(), self._stack.canUndo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            own, window = field.isRedoAvailable(), self._stack.canRedo()
        else:
            return False
        if own or not window:
            return False
        event.ignore()  # not the field's: the window's Edit ▸ Undo shortcut takes it
        return True

    def install(self) -> None:
        """Filter the focused widget's events only. An application-wide filter would pass every event
        of every object through Python (and make PySide6 build the Python types of Qt's private
        classes the first time one of them gets an event)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
            self._follow_focus(None, app.focusWidget())

    @Slot(QWidget, QWidget)
    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)
