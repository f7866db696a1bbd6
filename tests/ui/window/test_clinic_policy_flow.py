"""The clinic manager's 21-day filler rule, signed once, used and named everywhere; a second desk too."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.store.settings import ClinicSettings
from gui.store.workspace import Workspace
from gui.ui.dialogs import PolicyEditor
from gui.ui.dialogs.rule_table import COLUMN_FIELDS
from gui.ui.dialogs.sign_sheet import SignSheetDialog
from gui.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 24)
LABEL = "Clinic policy v3, approved by Dr Lee on 20 Nov 2026"


def accept_sheet(qtbot: QtBot, editor: PolicyEditor) -> None:
    """Save showed the check sheet: Sign and save."""
    assert isinstance(editor.sheet_dialog, SignSheetDialog) and editor.sheet_dialog.isVisible()
    qtbot.mouseClick(editor.sheet_dialog.sign_button, Qt.MouseButton.LeftButton)


def signed_label(text: str) -> bool:
    """'Policy: Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · 3f2a9c1e': the approval's
    fingerprint in short after the signature."""
    return re.fullmatch(rf"Policy: {re.escape(LABEL)} · [0-9a-f]{{8}}", text) is not None


def open_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow.from_workspace(workspace, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def sign_21_day_filler_rule(qtbot: QtBot, window: MainWindow) -> None:
    window.admin.policy_action.trigger()
    editor = window.admin.policy_editor
    assert isinstance(editor, PolicyEditor)
    row = next(
        i
        for i, r in enumerate(editor.model.rows)
        if (r.applies_to, r.target) == ("hyaluronic-acid-filler", "microneedling")
    )
    assert editor.model.setData(editor.model.index(row, COLUMN_FIELDS.index("earliest")), "21 days")
    form = editor.meta_form
    form.name_edit.setText("Clinic policy")
    form.version_edit.setText("3")
    qtbot.keyClicks(form.approver_edit, "Dr Lee")
    qtbot.keyClicks(form.approval_date.edit, "20 Nov 2026")
    with qtbot.waitSignal(window.admin.policy_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        accept_sheet(qtbot, editor)
    editor.close()


def shared_desk(qtbot: QtBot, desk: Workspace, tmp_path: Path) -> tuple[Path, Workspace]:
    """The 21-day rule signed on ``desk``, copied to a shared file, and a second desk set to use it."""
    sign_21_day_filler_rule(qtbot, open_window(qtbot, desk))
    shared = tmp_path / "network-drive" / "clinic-policy.toml"
    shared.parent.mkdir()
    shared.write_text((desk.config / "policy.toml").read_text(encoding="utf-8"), encoding="utf-8")
    desk_two = Workspace(tmp_path / "desk2" / "config", tmp_path / "desk2" / "data")
    desk_two.settings_store.save(ClinicSettings(shared_policy=str(shared)))
    return shared, desk_two


def add_filler(window: MainWindow) -> None:
    row = window.history.rows[0]
    row.product.set_product("ha-filler")
    row.date.set_text("10 Nov 2026")


@pytest.fixture
def desk(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "desk1" / "config", tmp_path / "desk1" / "data")


def test_signed_rule_is_used_and_named_by_window_and_why_panel(qtbot: QtBot, desk: Workspace) -> None:
    window = open_window(qtbot, desk)
    add_filler(window)
    assert window.plan is not None and window.plan.earliest == date(2026, 11, 24)  # default: 14 days
    sign_21_day_filler_rule(qtbot, window)
    assert signed_label(window.policy_label.text())
    assert window.plan.earliest == date(2026, 12, 1)
    window.panels.setCurrentWidget(window.panels.why)  # written when shown
    why = window.panels.why.toPlainText()
    assert "Wait at least 21 days after Hyaluronic-acid filler" in why and LABEL in why
    # the next start on this desk uses it too
    again = open_window(qtbot, desk)
    assert signed_label(again.policy_label.text())


def test_command_line_uses_the_saved_policy_file(qtbot: QtBot, desk: Workspace) -> None:
    sign_21_day_filler_rule(qtbot, open_window(qtbot, desk))
    policy_file = desk.config / "policy.toml"
    args = [
        "plan",
        "--policy",
        str(policy_file),
        "--history",
        "ha-filler=2026-11-10",
        "--today",
        "2026-11-24",
    ]
    run = [sys.executable, str(ROOT / "main.py"), *args]
    data = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, check=True).stdout)
    assert data["earliest"] == "2026-12-01"
    assert {k: data["policy"][k] for k in ("name", "version")} == {"name": "Clinic policy", "version": "3"}
    assert len(data["policy"]["fingerprint"]) == 64  # which signed copy answered
    text = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert f"Policy: {LABEL}" in text


def test_second_desk_pointed_at_the_shared_file_gets_the_same(
    qtbot: QtBot, desk: Workspace, tmp_path: Path
) -> None:
    shared, desk_two = shared_desk(qtbot, desk, tmp_path)
    window = open_window(qtbot, desk_two)
    assert signed_label(window.policy_label.text())
    add_filler(window)
    assert window.plan is not None and window.plan.earliest == date(2026, 12, 1)
    window.admin.policy_action.trigger()  # the shared policy is read-only on this desk
    editor = window.admin.policy_editor
    assert not editor.save_button.isEnabled()
    assert str(shared) in editor.banner.text()
    editor.close()


def test_a_question_added_in_the_editor_is_asked_at_the_desk_and_by_the_command_line(
    qtbot: QtBot, desk: Workspace
) -> None:
    window = open_window(qtbot, desk)
    add_filler(window)
    window.admin.policy_action.trigger()
    editor = window.admin.policy_editor
    assert isinstance(editor, PolicyEditor)
    page = editor.screening
    editor.tabs.setCurrentIndex(1)
    page.add_question()
    detail = page.detail
    for field, text in (("question", "Do you have a tattoo in the area?"), ("name", "a tattoo in the area")):
        qtbot.keyClicks(detail.lines[field], text)
    qtbot.keyClicks(detail.texts["reason"], "Needles near a tattoo can blur the ink.")
    qtbot.keyClicks(detail.texts["sources"], "Clinic practice (clinic policy).")
    detail.lines["id"].selectAll()
    qtbot.keyClicks(detail.lines["id"], "tattoo")
    form = editor.meta_form
    form.name_edit.selectAll()  # the shipped name does not go on changed rules
    qtbot.keyClicks(form.name_edit, "Harbour clinic policy")
    qtbot.keyClicks(form.approver_edit, "Dr Lee")
    qtbot.keyClicks(form.approval_date.edit, "20 Nov 2026")
    with qtbot.waitSignal(window.admin.policy_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        accept_sheet(qtbot, editor)
    editor.close()
    screening = window.inputs_panel.screening
    assert screening.labels["tattoo"].text() == "Do you have a tattoo in the area?"
    screening.set_answer("tattoo", "yes")
    assert window.plan is not None and window.plan.screening_effect == "ask-first"
    assert window.plan.earliest == date(2026, 11, 24)  # a yes never moves the date
    run = [sys.executable, str(ROOT / "main.py"), "plan", "--policy", str(desk.config / "policy.toml")]
    run += ["--history", "ha-filler=2026-11-10", "--today", "2026-11-24", "--screen", "tattoo", "--json"]
    data = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    assert data["screening_effect"] == "ask-first"
    assert [item["id"] for item in data["screening"]] == ["tattoo"]


def test_a_signed_policy_edited_by_hand_leaves_the_desk_on_the_approved_copy_with_a_banner(
    qtbot: QtBot, desk: Workspace
) -> None:
    sign_21_day_filler_rule(qtbot, open_window(qtbot, desk))
    path = desk.config / "policy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('earliest = "21 days"', 'earliest = "7 days"', 1), encoding="utf-8")
    window = open_window(qtbot, desk)
    add_filler(window)
    assert window.plan is not None and window.plan.earliest == date(2026, 12, 1)  # still 21 days
    assert signed_label(window.policy_label.text())
    shown = " ".join(window.banner.messages)
    assert "the rules were changed after Dr Lee approved them on 20 Nov 2026" in shown
    window.admin.policy_action.trigger()  # signed again: the warning is no longer news
    editor = window.admin.policy_editor
    assert isinstance(editor, PolicyEditor) and editor.meta_form.approver_edit.text() == ""
    kept = desk.policy_store.set_aside()
    assert kept is not None and f"kept as {kept.name}: press Import" in editor.banner.text()
    qtbot.keyClicks(editor.meta_form.approver_edit, "Dr Ruiz")
    qtbot.keyClicks(editor.meta_form.approval_date.edit, "22 Nov 2026")
    with qtbot.waitSignal(window.admin.policy_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        accept_sheet(qtbot, editor)
    assert not any("changed after" in m for m in window.banner.messages)
    assert "approved by Dr Ruiz on 22 Nov 2026 · " in window.policy_label.text()


def test_a_shared_file_edited_by_hand_is_signed_again_from_a_desk_that_uses_it(
    qtbot: QtBot, desk: Workspace, tmp_path: Path
) -> None:
    """The manager's route on a shared desk: the edited file is not used; Tools → Timing policy shows
    the approved copy read-only, as signed; Import opens on the shared file; sign; Export shows the
    check sheet, then writes it over the shared file; the desk uses it at once."""
    shared, desk_two = shared_desk(qtbot, desk, tmp_path)
    open_window(qtbot, desk_two).close()  # the desk keeps its last good copy of the shared file
    text = shared.read_text(encoding="utf-8")
    shared.write_text(text.replace('earliest = "21 days"', 'earliest = "28 days"', 1), encoding="utf-8")

    window = open_window(qtbot, desk_two)
    add_filler(window)
    assert window.plan is not None and window.plan.earliest == date(2026, 12, 1)  # the approved 21 days
    assert any("changed after Dr Lee approved" in m for m in window.banner.messages)
    window.admin.policy_action.trigger()
    editor = window.admin.policy_editor
    assert isinstance(editor, PolicyEditor) and editor.read_only
    assert editor.meta_form.approver_edit.text() == "Dr Lee"  # read-only: shown as signed
    assert "press Import and open that file; check it, sign it and Export it over the file" in (
        editor.banner.text()
    )
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    dialog = editor.prompts.file_dialog
    assert dialog is not None and dialog.selectedFiles() == [str(shared)]
    dialog.accept()
    assert not editor.read_only and not editor.save_button.isEnabled()  # no desk policy under a shared one
    assert "sign this policy and Export it over that file" in editor.banner.text()
    assert "press Save" not in editor.banner.text()  # Save is off on a shared desk
    form = editor.meta_form
    form.version_edit.setText("4")  # other rules than the v3 Dr Lee signed
    qtbot.keyClicks(form.approver_edit, "Dr Ruiz")
    qtbot.keyClicks(form.approval_date.edit, "22 Nov 2026")
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    sheet = editor.sheet_dialog
    assert isinstance(sheet, SignSheetDialog) and sheet.sign_button.text() == "&Sign and export…"
    assert "sign and export only if each line is what the clinic means" in sheet.intro.text()
    qtbot.mouseClick(sheet.sign_button, Qt.MouseButton.LeftButton)
    save_as = editor.prompts.file_dialog
    assert save_as is not None and save_as.selectedFiles() == [str(shared)]
    with qtbot.waitSignal(window.admin.policy_changed):
        save_as.fileSelected.emit(str(shared))  # chosen, and the overwrite confirmed
    assert window.admin.active.origin == "shared" and not window.admin.active.banner
    assert not any("changed after" in m for m in window.banner.messages)
    assert "Clinic policy v4, approved by Dr Ruiz on 22 Nov 2026 · " in window.policy_label.text()
    assert window.plan is not None and window.plan.earliest == date(2026, 12, 8)  # the 28 days, signed
    assert "fingerprint = " in shared.read_text(encoding="utf-8")
    assert not (desk_two.config / "policy.toml").exists()  # nothing saved as this desk's own


def test_an_edit_the_command_line_met_first_is_still_told_at_the_desk(qtbot: QtBot, desk: Workspace) -> None:
    sign_21_day_filler_rule(qtbot, open_window(qtbot, desk))
    path = desk.config / "policy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('earliest = "21 days"', 'earliest = "7 days"', 1), encoding="utf-8")
    assert desk.policy_store.active().origin == "clinic-last-good"  # as plan or handout reads it first
    window = open_window(qtbot, desk)  # the next start: the approved copy is back in place
    assert window.admin.active.origin == "clinic"
    assert any("A changed clinic policy file could not be used" in m for m in window.banner.messages)
    window.admin.policy_action.trigger()
    editor = window.admin.policy_editor
    kept = desk.policy_store.set_aside()
    assert isinstance(editor, PolicyEditor) and kept is not None
    assert f"kept as {kept.name}: press Import" in editor.banner.text()
