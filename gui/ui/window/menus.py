"""The main window's actions and menus: shortcuts fixed, texts re-applied when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from gui.ui.app_theme import is_high_contrast
from gui.ui.window.admin import ClinicAdmin

Shortcut = QKeySequence | QKeySequence.StandardKey | None


class WindowMenus(QObject):
    """File, Edit, View, Tools and Help. The window connects the actions; this builds and names them,
    and switches the theme itself (the window only has to wear the matching style sheet)."""

    def __init__(self, window: QMainWindow, admin: ClinicAdmin) -> None:
        super().__init__(window)
        self._window, self.admin = window, admin
        self.new_patient = self._action(QKeySequence.StandardKey.New)
        self.undo = self._action(QKeySequence.StandardKey.Undo)
        self.redo = self._action(QKeySequence.StandardKey.Redo)
        self._undo_texts = ("", "")  # what Undo and Redo would undo or redo, from the window's stack
        self.add_row = self._action(QKeySequence("Ctrl+T"))
        # Not Delete alone (it edits text) nor Ctrl+Delete (deletes a word in a text field).
        self.remove_row = self._action(QKeySequence("Ctrl+Shift+Delete"))
        self.preview = self._action(QKeySequence("Ctrl+Shift+P"))
        self.print_ = self._action(QKeySequence.StandardKey.Print)
        # "Save as…" by habit: the app saves no other file (Ctrl+E stays free too).
        self.save_pdf = self._action(QKeySequence("Ctrl+Shift+S"))
        self.save_calendar = self._action(QKeySequence("Ctrl+Shift+K"))  # Ctrl+Shift+C copies in many apps
        self.about = self._action(None)
        self.quit = self._action(QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():  # some platforms (and no desktop at all) bind none
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.high_contrast = self._action(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast.setCheckable(True)
        self.high_contrast.setChecked(is_high_contrast())
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_patient, self.add_row, self.remove_row])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.preview, self.print_, self.save_pdf, self.save_calendar])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo, self.redo])
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.high_contrast)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([admin.settings_action, admin.policy_action])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about)
        self.retranslate_ui()

    def _action(self, shortcut: Shortcut) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self._window.addAction(action)
        return action

    def menus(self) -> tuple[QMenu, ...]:
        return (self.file_menu, self.edit_menu, self.view_menu, self.tools_menu, self.help_menu)

    def retranslate_ui(self) -> None:
        """Called by the window on ``LanguageChange`` (a QObject that is not a widget never hears it)."""
        texts = (
            (self.new_patient, self.tr("&New patient")),
            (self.add_row, self.tr("&Add treatment")),
            (self.remove_row, self.tr("&Remove this treatment")),
            (self.preview, self.tr("Print Pre&view…")),
            (self.print_, self.tr("&Print handout…")),
            (self.save_pdf, self.tr("Save handout as P&DF…")),
            (self.save_calendar, self.tr("Save &calendar…")),
            (self.about, self.tr("&About Microneedling Window")),
            (self.quit, self.tr("&Quit")),
            (self.high_contrast, self.tr("&High contrast")),
        )
        for action, text in texts:
            action.setText(text)
        self.show_undo(*self._undo_texts)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.high_contrast.setStatusTip(self.tr("White text on black, yellow focus and selection"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.admin.retranslate_ui()

    def show_undo(self, undo: str, redo: str) -> None:
        """Edit ▸ Undo and Redo name what they would undo ('Undo Remove treatment 2'), or are off."""
        self._undo_texts = (undo, redo)
        self.undo.setText(self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo"))
        self.undo.setEnabled(bool(undo))
        self.redo.setEnabled(bool(redo))
