"""Signing shows the check sheet first: the examples the signature covers, with the approver, the date
and the fingerprint that the saved file then carries; Back saves nothing; the sheet saves as a PDF."""

from __future__ import annotations

import subprocess
import tomllib
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from capture_queue import jobs, queue_available, queue_idle
from editor_support import TODAY, accept_sheet, open_editor, press, sign
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from pytestqt.qtbot import QtBot

from gui.store.policies import PolicyStore
from gui.ui.dialogs import PolicyEditor
from gui.ui.dialogs.sign_sheet import SignSheetDialog
from gui.ui.window.policy_files import policy_editor


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
    assert "Every line says what the policy in force says: signing changes no date at the desk." in said


def test_the_edit_a_fallback_set_aside_is_imported_checked_signed_and_used(
    qtbot: QtBot, store: PolicyStore
) -> None:
    """A signed file changed by hand is not used; the editor names the file it was kept as, Import
    opens on it, and signing it again makes the edit the policy in force."""
    first = open_editor(qtbot, store)
    sign(qtbot, first)
    press(qtbot, first.save_button)
    accept_sheet(qtbot, first)
    text = store.clinic_path.read_text(encoding="utf-8")
    needle = '[rules.hyaluronic-acid-filler.microneedling]\nearliest = "14 days"'
    assert needle in text
    store.clinic_path.write_text(text.replace(needle, needle.replace("14", "21")), encoding="utf-8")

    held = store.active()  # as the window holds it from its start
    assert held.origin == "clinic-last-good"  # the desk keeps the approved rules
    editor = policy_editor(store, held, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    kept = store.set_aside()
    assert kept is not None and kept.name.startswith("policy.broken-")
    assert f"kept as {kept.name}: press Import to open it" in editor.banner.text()
    press(qtbot, editor.import_button)
    dialog = editor.prompts.file_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles() == [str(kept)]  # opened on the file that was set aside
    dialog.accept()
    assert editor.meta_form.approver_edit.text() == ""  # it comes in unsigned: sign it again
    sign(qtbot, editor, name="Clinic policy", version="4")
    with qtbot.waitSignal(editor.policy_saved):
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    active = store.active()
    assert active.origin == "clinic" and not active.banner
    assert str(active.policy.rule_for("ha-filler", "microneedling").earliest) == "21 days"
    assert "press Import" not in editor.banner.text()


@pytest.mark.service
def test_print_sheet_reaches_the_cups_queue(
    editor: PolicyEditor, qtbot: QtBot, require_service: Callable[[str, bool, str], None]
) -> None:
    require_service("CUPS capture queue", queue_available(), "run .ci/print-setup.sh")
    dialog = sheet(qtbot, editor)
    before = jobs()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    system = dialog.print_dialog
    assert isinstance(system, QPrintDialog)
    qtbot.waitUntil(system.isVisible)
    system.printer().setPrinterName("Capture")
    system.done(QPrintDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: bool(jobs() - before) and queue_idle(), timeout=20_000)
    (job,) = jobs() - before
    text = subprocess.run(["pdftotext", job, "-"], capture_output=True, text=True, check=True).stdout
    said = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Approved by Dr Lee on 20 Nov 2026." in said and dialog.policy.fingerprint in said
    assert "Botox on Mon 1 Dec 2025: microneedling on Sun 14 Dec 2025 is too early" in said
    assert dialog.isVisible()  # printed, still to sign or go back


def test_the_sheet_opens_at_page_width_and_zooms_with_the_keyboard(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    dialog = sheet(qtbot, editor)
    preview = dialog.preview
    assert preview.zoomMode() is preview.ZoomMode.FitToWidth
    width = preview.zoomFactor()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preview.zoomFactor() == pytest.approx(width * 1.25))  # a button's key: animated
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.zoomFactor() == pytest.approx(width / 1.25)
    assert dialog.zoom_in_button.accessibleName() == "Zoom into the check sheet (Ctrl and plus)"


def test_the_lines_a_change_moves_are_marked_against_the_policy_in_force(
    editor: PolicyEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    from gui.ui.dialogs.rule_table import COLUMN_FIELDS

    row = next(
        i
        for i, r in enumerate(editor.model.rows)
        if (r.applies_to, r.target) == ("hyaluronic-acid-filler", "microneedling")
    )
    assert editor.model.setData(editor.model.index(row, COLUMN_FIELDS.index("earliest")), "21 days")
    dialog = sheet(qtbot, editor)
    dialog.file_dialog = None
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "changed.pdf"
    assert dialog.file_dialog is not None
    dialog.file_dialog.fileSelected.emit(str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    said = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Lines marked “Changed:” say something else than the policy in force does (" in said
    assert (
        "Changed: Hyaluronic-acid filler (any brand) on Mon 1 Dec 2025: microneedling on Sun 21 Dec 2025 "
        "is too early; from Mon 22 Dec 2025 it is within clinic policy."
    ) in said
    assert (
        "In force now: Hyaluronic-acid filler (any brand) on Mon 1 Dec 2025: microneedling on Sun 14 Dec "
        "2025 is too early; from Mon 15 Dec 2025 it is within clinic policy."
    ) in said
    assert "Changed: Rule: wait at least 21 days. In force now: Rule: wait at least 14 days." in said
    assert "The reason below was not changed with the numbers: check that it still fits them." in said
    assert "Changed: Botox on Mon 1 Dec 2025" not in said
