"""The policy editor as a manager meets it, for the editor tests: opened on a fresh store, signed and
saved with the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from gui.store.policies import PolicyStore
from gui.ui.dialogs import PolicyEditor
from gui.ui.window.policy_files import policy_editor

TODAY = date(2026, 11, 24)


def open_editor(qtbot: QtBot, store: PolicyStore, read_only: bool = False, **options: str) -> PolicyEditor:
    active = store.active()
    editor = policy_editor(store, active, read_only=read_only, today=TODAY, **options)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def checked(qtbot: QtBot, editor: PolicyEditor) -> None:
    """Typed text is checked once the person pauses: wait for that check."""
    qtbot.waitUntil(lambda: not editor.check_timer.isActive())


def sign(qtbot: QtBot, editor: PolicyEditor, name: str = "Clinic policy", version: str = "3") -> None:
    form = editor.meta_form
    for edit, text in ((form.name_edit, name), (form.version_edit, version)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClicks(form.approver_edit, "Dr Lee")
    qtbot.keyClicks(form.approval_date.edit, "20 Nov 2026")


def problem_texts(editor: PolicyEditor) -> list[str]:
    return [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]


def press(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def mnemonics(editor: PolicyEditor) -> list[str]:
    """The Alt+letter of every buddy label, button and tab of the editor, on every tab."""
    labels = [label.text() for label in editor.findChildren(QLabel) if label.buddy() is not None]
    buttons = [b.text() for b in editor.findChildren(QAbstractButton) if "&" in b.text()]
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    return [text.split("&")[1][0].lower() for text in [*labels, *buttons, *tabs]]


def accept_sheet(qtbot: QtBot, editor: PolicyEditor) -> None:
    """Save showed the check sheet: read, then press Sign and save."""
    from gui.ui.dialogs.sign_sheet import SignSheetDialog

    dialog = editor.sheet_dialog
    assert isinstance(dialog, SignSheetDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
