"""Signing shows the check sheet first: the examples the signature covers, with the approver, the date
and the fingerprint that the saved file then carries; Back saves nothing; the sheet saves as a PDF."""

from __future__ import annotations

import subprocess
import tomllib
import unicodedata
from pathlib import Path

import pytest
from editor_support import accept_sheet, open_editor, press, sign
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.store.policies import PolicyStore
from gui.ui.dialogs import PolicyEditor
from gui.ui.dialogs.sign_sheet import SignSheetDialog


@pytest.fixture
def editor(qtbot: QtBot, store: PolicyStore) -> PolicyEditor:
    editor = open_editor(qtbot, store)
    sign(qtbot, editor)
    return editor


def sheet(qtbot: QtBot, editor: PolicyEditor) -> SignSheetDialog:
    press(qtbot, editor.save_button)
    dialog = editor.sheet_dialog
    assert isinstance(dialog, SignSheetDialog) and dialog.isVisible()
    return dialog


def test_save_shows_the_sheet_and_saves_nothing_until_it_is_signed(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(editor.policy_saved):
        dialog = sheet(qtbot, editor)
    assert not store.clinic_path.exists()
    fingerprint = dialog.policy.fingerprint
    assert len(fingerprint) == 64
    assert dialog.windowTitle().startswith(
        "Check and sign: Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · "
    )
    assert dialog.windowTitle().endswith(fingerprint[:8])
    dialog.preview.updatePreview()
    assert dialog.preview.pageCount() >= 3  # every example, painted as policy-sheet -o paints it
    with qtbot.waitSignal(editor.policy_saved) as saved:
        accept_sheet(qtbot, editor)
    written = tomllib.loads(store.clinic_path.read_text(encoding="utf-8"))["policy"]["fingerprint"]
    assert written == fingerprint == saved.args[0].fingerprint  # the sheet showed what was signed


def test_back_to_the_editor_saves_nothing_and_keeps_everything_typed(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    dialog = sheet(qtbot, editor)
    with qtbot.assertNotEmitted(editor.policy_saved):
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not store.clinic_path.exists() and not dialog.isVisible()
    assert editor.meta_form.approver_edit.text() == "Dr Lee"
    assert isinstance(sheet(qtbot, editor), SignSheetDialog)  # Save shows it again


def test_the_sheet_saved_as_pdf_carries_the_approval_and_the_fingerprint(
    editor: PolicyEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = sheet(qtbot, editor)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    target = tmp_path / "signed-sheet.pdf"
    dialog.file_dialog.fileSelected.emit(str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    said = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Approved by Dr Lee on 20 Nov 2026." in said
    assert dialog.policy.fingerprint in said
    assert "Botox on Mon 1 Dec 2025: microneedling on Sun 14 Dec 2025 is too early" in said
