"""The policy editor: the same checks as a policy file, problems marked on their cells, signed saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from editor_support import accept_sheet, checked, mnemonics, open_editor, press, problem_texts, sign
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot

from gui.core import PolicyProblem, basis_text, load_policy, load_policy_or_raise, policy_label, policy_text
from gui.core.durations import parse_duration
from gui.core.policy_toml import dump_policy
from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore
from gui.ui.dialogs import PolicyEditor
from gui.ui.dialogs.policy_rows import (
    MetaText,
    Place,
    arrange,
    check_rows,
    describe,
    locate,
    meta_from_policy,
    rows_from_policy,
)
from gui.ui.dialogs.rule_table import COLUMN_FIELDS

HA = ("hyaluronic-acid-filler", "microneedling")
TOXIN = ("neurotoxin", "microneedling")


@pytest.fixture
def editor(qtbot: QtBot, store: PolicyStore) -> PolicyEditor:
    return open_editor(qtbot, store)


def cell(editor: PolicyEditor, rule: tuple[str, str], field: str) -> QModelIndex:
    row = next(i for i, r in enumerate(editor.model.rows) if (r.applies_to, r.target) == rule)
    return editor.model.index(row, COLUMN_FIELDS.index(field))


def type_into_cell(qtbot: QtBot, editor: PolicyEditor, index: QModelIndex, text: str) -> None:
    """Edit a cell as a person does: open its editor, type, press Enter."""
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = editor.table.indexWidget(index)  # the open editor of that cell
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() is not QAbstractItemView.State.EditingState)


# --- the manager's scenario ------------------------------------------------------------------------


def test_manager_sets_21_days_signs_and_saves(editor: PolicyEditor, store: PolicyStore, qtbot: QtBot) -> None:
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "21 days")
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as blocker:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    saved = blocker.args[0]
    label = f"Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · {saved.fingerprint[:8]}"
    assert len(saved.fingerprint) == 64 and policy_label(saved) == label
    assert saved.rule_for("ha-filler", "microneedling").earliest.text == "21 days"
    assert "✓ Saved as this clinic's policy" in editor.status.text()
    active = store.active()
    assert active.origin == "clinic"
    assert policy_label(active.policy) == label
    assert active.policy.rule_for("ha-filler", "microneedling").earliest.text == "21 days"
    assert active.policy.rule_for("botox", "microneedling") == saved.rule_for("botox", "microneedling")


def test_an_unreadable_duration_marks_its_cell_and_names_it_in_words(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    index = cell(editor, HA, "earliest")
    type_into_cell(qtbot, editor, index, "two weeks")
    sign(qtbot, editor)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("⚠ ") and "cannot read 'two weeks' as a duration" in tooltip
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.DisplayRole) == "two weeks"  # the typed text is kept as typed
    assert any(
        text.startswith(
            "⚠ Hyaluronic-acid filler (class) before Microneedling, Earliest: cannot read 'two weeks'"
        )
        for text in problem_texts(editor)
    )
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    assert "Not saved: fix the problem listed" in editor.status.text()
    assert editor.table.currentIndex() == index
    assert not store.clinic_path.exists()


def test_ideal_until_before_earliest_is_marked(editor: PolicyEditor, qtbot: QtBot) -> None:
    index = cell(editor, TOXIN, "ideal_until")
    type_into_cell(qtbot, editor, index, "1 week")
    assert "1 week is before earliest (14 days)" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠ Neurotoxin (class) before Microneedling, Ideal until: 1 week is before earliest (14 days)" in (
        problem_texts(editor)
    )
    assert editor.validate().policy is None


def test_fixing_a_cell_clears_its_mark(editor: PolicyEditor, qtbot: QtBot) -> None:
    index = cell(editor, HA, "earliest")
    type_into_cell(qtbot, editor, index, "soon")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    type_into_cell(qtbot, editor, index, "3 weeks")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert problem_texts(editor) == [
        "✓ The rules pass the same checks as a policy file. To save, it needs:",
        # What Save will ask for, said before it is pressed, each on its own line:
        "Required to save: a name of the clinic's own. These rules differ from the shipped default, so "
        "they cannot carry its name.",
        "Required to save: the name of whoever approved this policy.",
        "Required to save: the day it was approved (today or earlier).",
    ]


def test_save_refuses_without_an_approver_beside_the_field(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    sign(qtbot, editor)
    editor.meta_form.approver_edit.clear()
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    note = editor.meta_form.notes["approved_by"]
    assert note.isVisible() and note.text() == "⚠ Required to save: the name of whoever approved this policy."
    assert note.property("state") == "error"
    assert editor.focusWidget() is editor.meta_form.approver_edit
    assert "⚠ Approved by: Required to save: the name of whoever approved this policy." in problem_texts(
        editor
    )
    assert not store.clinic_path.exists()


def test_changed_rules_need_a_name_of_the_clinics_own(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    """Changed rules saved as 'Default policy' would put the shipped name on the clinic's rules on
    every screen and paper: Save asks for a name first; the shipped rules, unchanged, may keep it."""
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "21 days")
    sign(qtbot, editor, name=" default  POLICY ", version="2027.1")
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    assert editor.sheet_dialog is None and not store.clinic_path.exists()
    words = (
        "Required to save: a name of the clinic's own. These rules differ from the shipped default, "
        "so they cannot carry its name."
    )
    assert editor.meta_form.notes["name"].text() == f"⚠ {words}"
    assert f"⚠ Policy name: {words}" in problem_texts(editor)
    assert editor.focusWidget() is editor.meta_form.name_edit
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "2 weeks")  # the shipped 14 days again
    checked(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as saved:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    assert saved.args[0].name == "default  POLICY"


def test_signing_is_the_review_the_next_one_after_the_usual_interval(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    shipped = store.default()
    assert (shipped.reviewed, shipped.next_review) == (date(2026, 11, 1), date(2027, 11, 1))  # yearly
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as saved:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    policy = saved.args[0]
    assert (policy.reviewed, policy.next_review) == (date(2026, 11, 20), date(2027, 11, 20))
    assert "reviewed 20 Nov 2026; next review by 20 Nov 2027" in policy_text(policy)


def test_a_changed_wait_under_its_old_reason_asks_for_the_reason_to_be_checked(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    note = editor.detail.notes["basis"]
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "2 weeks")  # the same 14 days
    checked(qtbot, editor)
    assert not note.isVisible()
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "21 days")
    checked(qtbot, editor)
    assert note.isVisible() and note.text().startswith("⚠ The wait of this rule changed, its reason did not")
    assert not any("reason" in text for text in problem_texts(editor))  # a caution, not a problem
    editor.detail.basis_edit.setPlainText("Three weeks lets the filler settle fully.")
    checked(qtbot, editor)
    assert not note.isVisible()
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved):
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)


def test_save_refuses_a_future_approval_date(editor: PolicyEditor, qtbot: QtBot) -> None:
    sign(qtbot, editor)
    editor.meta_form.approval_date.set_text("30 Nov 2026")
    assert "after today" in editor.meta_form.approval_date.echo.text()
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    assert "Required to save: the day it was approved" in editor.meta_form.notes["approved_on"].text()


def test_sources_are_edited_below_the_table_one_per_line(editor: PolicyEditor, qtbot: QtBot) -> None:
    index = cell(editor, HA, "earliest")
    editor.table.setCurrentIndex(index)
    assert "Hyaluronic-acid filler (class) before Microneedling" in editor.detail.title.text()
    editor.detail.sources_edit.setPlainText("")
    checked(qtbot, editor)
    assert "Must be a non-empty list" in editor.detail.notes["sources"].text()
    assert editor.model.index(index.row(), 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    editor.detail.sources_edit.setPlainText("Our audit, 2026\n\n  Another source  ")
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as blocker:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    assert blocker.args[0].rule_for("ha-filler", "microneedling").sources == (
        "Our audit, 2026",
        "Another source",
    )


def test_evidence_is_chosen_from_a_combo_of_the_levels(editor: PolicyEditor, qtbot: QtBot) -> None:
    index = cell(editor, HA, "evidence")
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    combo = editor.table.indexWidget(index)
    assert isinstance(combo, QComboBox) and combo.count() == 6
    combo.setCurrentIndex(combo.findData("study"))
    combo.activated.emit(combo.currentIndex())
    assert index.data(Qt.ItemDataRole.DisplayRole) == "published study"
    assert editor.model.rows[index.row()].evidence == "study"


def test_a_problem_in_the_list_leads_to_its_cell(editor: PolicyEditor, qtbot: QtBot) -> None:
    index = cell(editor, TOXIN, "effect_ends")
    type_into_cell(qtbot, editor, index, "1 month")
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    item = next(
        editor.problem_list.item(i)
        for i in range(editor.problem_list.count())
        if "Effect ends" in editor.problem_list.item(i).text()
    )
    editor.problem_list.itemActivated.emit(item)
    assert editor.table.currentIndex() == index


def test_what_save_will_ask_for_leads_to_its_field(editor: PolicyEditor, qtbot: QtBot) -> None:
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "3 weeks")
    asked = "Required to save: the name of whoever"
    (item,) = editor.problem_list.findItems(asked, Qt.MatchFlag.MatchStartsWith)
    editor.show()
    editor.problem_list.itemActivated.emit(item)
    qtbot.waitUntil(lambda: editor.meta_form.focus_target("approved_by").hasFocus())


def test_close_with_changes_not_saved_asks_first_and_keep_editing_loses_nothing(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    index = cell(editor, HA, "earliest")
    type_into_cell(qtbot, editor, index, "3 weeks")
    press(qtbot, editor.close_button)
    box = editor.prompts.confirm_box
    assert box is not None and box.objectName() == "discard-changes" and box.isVisible()
    assert editor.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape answers "Keep editing"
    qtbot.waitUntil(lambda: not box.isVisible())
    assert editor.isVisible() and index.data() == "3 weeks"
    qtbot.keyClick(editor.table, Qt.Key.Key_Escape)  # Escape in the editor is Close too: it asks again
    box = editor.prompts.confirm_box
    qtbot.waitUntil(lambda: box.isVisible())
    (discard,) = [b for b in box.buttons() if b.text() == "Close without saving"]
    press(qtbot, discard)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.result() == QDialog.DialogCode.Rejected


def test_close_without_changes_closes_at_once(editor: PolicyEditor, qtbot: QtBot) -> None:
    press(qtbot, editor.close_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.prompts.confirm_box is None


# --- files: import, export, save failures, reset ---------------------------------------------------


def test_import_of_a_broken_file_shows_its_problems_and_leaves_the_table(
    editor: PolicyEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    text = default_policy_path().read_text(encoding="utf-8")
    broken.write_text(text.replace('earliest = "28 days"', 'earliest = "soon"', 1), encoding="utf-8")
    before = list(editor.model.rows)
    press(qtbot, editor.import_button)
    dialog = editor.prompts.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(broken))
    dialog.accept()
    assert editor.model.rows == before
    texts = problem_texts(editor)
    assert texts[0] == "⚠ broken.toml was not imported, and the table is unchanged. Problems in that file:"
    assert any(
        "rules.hyaluronic-acid-filler.rf-microneedling.earliest: cannot read 'soon'" in t for t in texts
    )
    assert "Not imported: broken.toml has 1 problem" in editor.status.text()


def test_import_of_a_valid_file_fills_the_table(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "other.toml"
    text = default_policy_path().read_text(encoding="utf-8")
    source.write_text(text.replace('version = "2027.1"', 'version = "2027.1"'), encoding="utf-8")
    press(qtbot, editor.import_button)
    assert editor.prompts.file_dialog is not None
    editor.prompts.file_dialog.fileSelected.emit(str(source))
    assert editor.meta_form.version_edit.text() == "2027.1"
    assert "Imported from a file" in editor.banner.text()
    assert "✓ Imported Default policy 2027.1" in editor.status.text()


def test_export_writes_a_file_that_load_policy_reads_back(
    editor: PolicyEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "21 days")
    target = tmp_path / "exported.toml"
    press(qtbot, editor.export_button)
    assert editor.prompts.file_dialog is not None
    assert editor.prompts.file_dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    editor.prompts.file_dialog.fileSelected.emit(str(target))
    result = load_policy(target)
    assert result.ok and result.policy is not None
    assert result.policy.rule_for("ha-filler", "microneedling").earliest.text == "21 days"
    assert f"✓ Exported Default policy 2027.1 to {target}" in editor.status.text()


def test_export_with_a_signature_shows_the_sheet_and_writes_a_file_every_desk_uses(
    editor: PolicyEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "21 days")
    sign(qtbot, editor)
    press(qtbot, editor.export_button)
    assert editor.prompts.file_dialog is None  # the check sheet comes first
    sheet = editor.sheet_dialog
    assert sheet is not None and sheet.isVisible()
    press(qtbot, sheet.sign_button)
    target = tmp_path / "for-the-share.toml"
    assert editor.prompts.file_dialog is not None
    with qtbot.waitSignal(editor.policy_exported):
        editor.prompts.file_dialog.fileSelected.emit(str(target))
    desk = PolicyStore(tmp_path / "desk", default_policy_path())
    active = desk.active(str(target))
    assert active.origin == "shared" and not active.banner  # signed, with its fingerprint: used
    assert policy_label(active.policy).startswith("Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · ")


def test_export_with_half_a_signature_says_what_is_missing(editor: PolicyEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.meta_form.approver_edit, "Dr Lee")
    press(qtbot, editor.export_button)
    assert editor.prompts.file_dialog is None and editor.sheet_dialog is None
    assert "Not exported" in editor.status.text()
    assert editor.meta_form.notes["approved_on"].text().startswith("⚠ Required to save: the day")


def test_export_refuses_while_problems_remain(editor: PolicyEditor, qtbot: QtBot) -> None:
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "two weeks")
    press(qtbot, editor.export_button)
    assert editor.prompts.file_dialog is None
    assert "Not exported" in editor.status.text()


def test_a_failed_save_names_the_folder_and_keeps_everything_typed(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_policy: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store, "save", refuse)
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "21 days")
    sign(qtbot, editor)
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    box = editor.prompts.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(store.folder) in box.text() and "Permission denied" in box.text()
    assert "Nothing you typed is lost" in box.text()
    box.accept()
    assert editor.isVisible()
    assert cell(editor, HA, "earliest").data(Qt.ItemDataRole.DisplayRole) == "21 days"
    assert editor.meta_form.approver_edit.text() == "Dr Lee"


def test_reset_asks_first_then_returns_to_the_default(
    store: PolicyStore, qtbot: QtBot, tmp_path: Path
) -> None:
    default = store.default()
    store.save(load_policy_or_raise(_signed_copy(tmp_path)))
    editor = open_editor(qtbot, store)
    assert editor.meta_form.approver_edit.text() == ""  # a signature is typed, never inherited
    assert "approved by Dr Lee on 20 Nov 2026 · " in editor.banner.text()
    press(qtbot, editor.reset_button)
    box = editor.prompts.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert policy_label(default) in box.text()
    with qtbot.assertNotEmitted(editor.policy_reset):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert store.clinic_path.exists()
    press(qtbot, editor.reset_button)
    box = editor.prompts.confirm_box
    assert box is not None
    confirm = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(editor.policy_reset) as blocker:
        confirm.click()
    assert policy_label(blocker.args[0]) == policy_label(default)
    assert store.active().origin == "default"
    assert list(store.folder.glob("policy.replaced-*.toml"))
    assert editor.meta_form.approver_edit.text() == ""
    assert "✓ Back to Default policy 2027.1" in editor.status.text()


def _signed_copy(tmp_path: Path) -> Path:
    path = tmp_path / "signed.toml"
    text = default_policy_path().read_text(encoding="utf-8")
    signed = text.replace(
        "next_review = 2027-11-01",
        'next_review = 2027-11-01\napproved_by = "Dr Lee"\napproved_on = 2026-11-20',
    )
    path.write_text(signed, encoding="utf-8")
    return path


# --- read-only: a shared policy is active ----------------------------------------------------------


def test_read_only_when_a_shared_policy_is_active(store: PolicyStore, qtbot: QtBot) -> None:
    editor = open_editor(qtbot, store, read_only=True, shared_path="/srv/clinic/policy.toml")
    assert "This desk uses the shared policy file /srv/clinic/policy.toml. Shown: " in editor.banner.text()
    assert editor.banner.objectName() == "attention"
    assert not editor.save_button.isEnabled()
    assert not editor.reset_button.isEnabled()
    assert editor.import_button.isEnabled()  # to bring a file in, sign it and export it over the shared one
    assert editor.export_button.isEnabled()
    index = cell(editor, HA, "earliest")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not editor.model.setData(index, "21 days")
    assert editor.meta_form.name_edit.isReadOnly()
    assert editor.detail.sources_edit.isReadOnly()


# --- the rows, without Qt ----------------------------------------------------------------------------


def test_unchanged_rows_give_back_the_same_policy() -> None:
    policy = load_policy_or_raise(default_policy_path())
    result = check_rows(policy, meta_from_policy(policy), rows_from_policy(policy))
    assert result.ok and result.policy is not None
    assert dump_policy(result.policy) == dump_policy(policy)


@pytest.mark.parametrize(
    ("key", "place"),
    [
        ("rules.hyaluronic-acid-filler.microneedling.earliest", Place(2, "earliest")),
        ("rules.neurotoxin.rf-microneedling.sources", Place(5, "sources")),
        ("rules.neurotoxin.microneedling", Place(0, "")),
        ("policy.approved_on", Place(None, "approved_on")),
        ("rules.unknown.microneedling", Place(None, "")),
    ],
)
def test_problem_keys_map_back_to_rows(key: str, place: Place) -> None:
    rows = rows_from_policy(load_policy_or_raise(default_policy_path()))
    assert locate(key, rows) == place


def test_problems_are_described_with_row_and_column_words() -> None:
    rows = rows_from_policy(load_policy_or_raise(default_policy_path()))
    problem = PolicyProblem("policy editor", "rules.neurotoxin.rf-microneedling.effect_ends", "is short")
    assert describe(problem, rows) == "Neurotoxin (class) before RF microneedling, Effect ends: is short"
    meta = PolicyProblem("policy editor", "policy.name", "must be non-empty text")
    assert describe(meta, rows) == "Policy name: must be non-empty text"


def test_an_empty_policy_name_is_refused_beside_the_field(editor: PolicyEditor, qtbot: QtBot) -> None:
    editor.meta_form.name_edit.clear()
    checked(qtbot, editor)
    assert editor.meta_form.notes["name"].text() == "⚠ Must be non-empty text"
    policy = editor.base
    result = check_rows(policy, MetaText("", "1", "", None), editor.model.rows)
    assert [p.key for p in result.problems] == ["policy.name"]


def test_arrange_puts_each_problem_on_its_cell_beside_its_field_and_in_the_list() -> None:
    rows = rows_from_policy(load_policy_or_raise(default_policy_path()))
    problems = [
        PolicyProblem("policy editor", "rules.neurotoxin.microneedling.sources", "must be a non-empty list"),
        PolicyProblem("policy editor", "policy.approved_on", "missing: a signed policy needs both"),
        PolicyProblem("policy editor", "rules.neurotoxin.rf-microneedling.earliest", "cannot read 'x'"),
    ]
    arranged = arrange(problems, rows, selected=0, signature=["approved_by"])
    assert set(arranged.cells) == {(0, "sources"), (5, "earliest")}
    assert arranged.beside == {
        "approved_by": "Required to save: the name of whoever approved this policy.",
        "approved_on": "Required to save: the day it was approved (today or earlier).",
        "sources": "Must be a non-empty list",
    }
    assert [words for words, _place in arranged.listed] == [
        "Approved by: Required to save: the name of whoever approved this policy.",
        "Approval date: Required to save: the day it was approved (today or earlier).",
        "Neurotoxin (class) before Microneedling, Sources: must be a non-empty list",
        "Neurotoxin (class) before RF microneedling, Earliest: cannot read 'x'",
    ]


def test_every_control_has_an_accessible_name_and_a_unique_mnemonic(editor: PolicyEditor) -> None:
    for kind in (QLineEdit, QPlainTextEdit, QAbstractButton, QTableView):
        for control in editor.findChildren(kind):
            internal = control.metaObject().className() == "QLineEditIconButton"  # Qt's own clear button
            if control.isVisibleTo(editor) and not internal:
                assert control.accessibleName(), type(control).__name__
    labels = [label for label in editor.findChildren(QLabel) if label.buddy() is not None]
    assert all(label.buddy().accessibleName() for label in labels)
    keys = mnemonics(editor)
    assert len(keys) == len(set(keys)), keys


# --- Spanish texts that an English edit makes stale ---------------------------------------------------


def test_editing_a_basis_drops_its_spanish_text_only() -> None:
    policy = load_policy_or_raise(default_policy_path())
    rows = rows_from_policy(policy)
    index = next(i for i, r in enumerate(rows) if (r.applies_to, r.target) == TOXIN)
    rows[index] = replace(rows[index], basis="A new reason, not yet translated.")
    result = check_rows(policy, meta_from_policy(policy), rows)
    assert result.policy is not None
    edited = result.policy.rules[TOXIN]
    assert (edited.basis_es, basis_text(edited, "es")) == ("", "A new reason, not yet translated.")
    untouched = result.policy.rules[HA]
    assert untouched.basis_es == policy.rules[HA].basis_es != ""
    assert result.policy.name_es == "Política predeterminada"  # the name was not edited


def test_renaming_the_policy_drops_its_spanish_name() -> None:
    policy = load_policy_or_raise(default_policy_path())
    meta = replace(meta_from_policy(policy), name="Harbour Skin policy")
    result = check_rows(policy, meta, rows_from_policy(policy))
    assert result.policy is not None
    assert (result.policy.name_es, policy_label(result.policy, "es")) == ("", "Harbour Skin policy 2027.1")
    assert result.policy.rules[TOXIN].basis_es == policy.rules[TOXIN].basis_es  # no basis was edited


def test_an_edited_basis_saved_from_the_editor_has_no_stale_spanish(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    row = next(i for i, r in enumerate(editor.model.rows) if (r.applies_to, r.target) == TOXIN)
    editor.table.setCurrentIndex(editor.model.index(row, COLUMN_FIELDS.index("earliest")))
    editor.detail.basis_edit.setPlainText("Our own reason for two weeks.")
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved):
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    saved = load_policy_or_raise(store.clinic_path)
    assert saved.rules[TOXIN].basis == "Our own reason for two weeks." and saved.rules[TOXIN].basis_es == ""
    assert saved.rules[HA].basis_es != ""


# --- both directions: every pair, grouped; a recommended wait; a product's own rule -----------------


def test_the_rules_are_grouped_by_the_next_treatment(editor: PolicyEditor) -> None:
    """Every wait before one treatment reads together: microneedling, RF microneedling, then the toxins,
    the fillers; the table covers every (prior → next) pair of the default."""
    targets = [row.target for row in editor.model.rows]
    groups = [t for i, t in enumerate(targets) if i == 0 or targets[i - 1] != t]
    assert groups == [
        "microneedling",
        "rf-microneedling",
        "neurotoxin",
        "long-acting-neurotoxin",
        "hyaluronic-acid-filler",
        "biostimulator",
    ]
    assert len(editor.model.rows) == len(editor.base.rules)


def test_a_recommended_wait_is_shown_edited_checked_and_saved(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    needling_toxin = ("skin-needling", "neurotoxin")
    assert editor.model.data(cell(editor, needling_toxin, "recommended")) == "10 days"
    type_into_cell(qtbot, editor, cell(editor, needling_toxin, "recommended"), "5 days")
    assert any("before earliest" in text for text in problem_texts(editor)), problem_texts(editor)
    type_into_cell(qtbot, editor, cell(editor, needling_toxin, "recommended"), "2 weeks")
    type_into_cell(qtbot, editor, cell(editor, HA, "recommended"), "3 weeks")
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as blocker:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    saved = blocker.args[0]
    assert saved.rule_for("botox", "microneedling").recommended is None
    assert saved.rule_for("microneedling", "botox").recommended.text == "2 weeks"
    assert saved.rule_for("ha-filler", "microneedling").recommended.text == "3 weeks"
    assert store.active().policy.rule_for("ha-filler", "microneedling").recommended.text == "3 weeks"


def test_a_product_rule_is_copied_from_its_class_changed_and_removed_again(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    editor.table.setCurrentIndex(cell(editor, TOXIN, "earliest"))
    assert editor.copy_button.isEnabled()
    assert not editor.remove_rule_button.isEnabled()  # a class's rule stays
    editor.copy_menu.aboutToShow.emit()
    names = [action.text() for action in editor.copy_menu.actions()]
    assert names == ["Botox", "Dysport", "Xeomin", "Jeuveau"]
    next(a for a in editor.copy_menu.actions() if a.text() == "Xeomin").trigger()
    copied = editor.model.rows[editor.table.currentIndex().row()]
    assert (copied.applies_to, copied.target, copied.earliest) == ("xeomin", "microneedling", "14 days")
    assert editor.remove_rule_button.isEnabled()
    type_into_cell(qtbot, editor, cell(editor, ("xeomin", "microneedling"), "earliest"), "21 days")
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as blocker:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    saved = blocker.args[0]
    assert saved.rule_for("xeomin", "microneedling").earliest.text == "21 days"
    assert saved.rule_for("botox", "microneedling").earliest.text == "14 days"  # its class's rule

    # Removed again: the class's rule applies to Xeomin once more.
    editor.table.setCurrentIndex(cell(editor, ("xeomin", "microneedling"), "earliest"))
    press(qtbot, editor.remove_rule_button)
    assert ("xeomin", "microneedling") not in {(r.applies_to, r.target) for r in editor.model.rows}
    editor.meta_form.version_edit.setText("4")  # other rules than the v3 just signed
    with qtbot.waitSignal(editor.policy_saved) as blocker:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    assert blocker.args[0].rule_for("xeomin", "microneedling").earliest.text == "14 days"
    assert ("xeomin", "microneedling") not in store.active().policy.rules


@pytest.fixture
def signed_store(store: PolicyStore) -> PolicyStore:
    """The clinic's 21-day filler rule, signed 'Clinic policy v3' by Dr Lee on 20 Nov 2026."""
    default = store.default()
    rules = dict(default.rules)
    rules[HA] = rules[HA]._replace(earliest=parse_duration("21 days"))
    store.save(
        default._replace(
            name="Clinic policy", version="3", rules=rules, approved_by="Dr Lee",
            approved_on=date(2026, 11, 20),
        )
    )  # fmt: skip
    return store


def test_other_rules_under_the_signed_name_and_version_need_a_new_version(
    signed_store: PolicyStore, qtbot: QtBot
) -> None:
    editor = open_editor(qtbot, signed_store)
    type_into_cell(qtbot, editor, cell(editor, HA, "earliest"), "28 days")
    sign(qtbot, editor, name="Clinic policy", version="v3")
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    assert editor.meta_form.notes["version"].text().startswith("⚠ Required to save: a new version.")
    assert editor.focusWidget() is editor.meta_form.version_edit
    editor.meta_form.version_edit.setText("4")
    with qtbot.waitSignal(editor.policy_saved) as saved:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    assert saved.args[0].version == "4"


def test_a_change_is_not_approved_before_the_policy_it_changes(
    signed_store: PolicyStore, qtbot: QtBot
) -> None:
    editor = open_editor(qtbot, signed_store)
    sign(qtbot, editor, version="4")
    editor.meta_form.approval_date.set_text("1 Nov 2026")
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    assert editor.meta_form.notes["approved_on"].text() == (
        "⚠ The approval date cannot be before 20 Nov 2026, when the policy in force was approved: a change "
        "is approved after what it changes."
    )
    editor.meta_form.approval_date.set_text("20 Nov 2026")  # the same day is allowed
    with qtbot.waitSignal(editor.policy_saved):
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
