"""The policy editor's screening questions: a table the manager changes with the keyboard, checked
like a policy file, signed and saved with the rules, and used by the desk at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from editor_support import accept_sheet, checked, mnemonics, open_editor, press, problem_texts, sign
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from gui.core import SCREENING_EFFECTS, Policy, Treatment, load_policy_or_raise, make_plan
from gui.core.policy_toml import dump_policy
from gui.core.resources import default_policy_path
from gui.core.screening import with_screening
from gui.store.policies import PolicyStore
from gui.ui.dialogs import PolicyEditor
from gui.ui.dialogs.policy_rows import check_rows, describe, locate, meta_from_policy, rows_from_policy
from gui.ui.dialogs.screening_page import COLUMN_FIELDS, ScreeningPage
from gui.ui.dialogs.screening_rows import (
    applies_text,
    code_problems,
    locate_screening,
    new_row,
    screening_rows,
)
from gui.ui.i18n import install_language


@pytest.fixture
def editor(qtbot: QtBot, store: PolicyStore) -> PolicyEditor:
    editor = open_editor(qtbot, store)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # the Screening questions tab
    assert editor.tabs.currentIndex() == 1 and editor.screening.isVisible()
    return editor


def row_of(page: ScreeningPage, item_id: str) -> int:
    return next(i for i, row in enumerate(page.rows) if row.id == item_id)


def select(qtbot: QtBot, page: ScreeningPage, item_id: str, field: str = "question") -> QModelIndex:
    index = page.model.index(row_of(page, item_id), COLUMN_FIELDS.index(field))
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    return index


def retype(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select all of a field and type over it, as a person does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def choose_in_cell(qtbot: QtBot, page: ScreeningPage, index: QModelIndex, steps: int) -> None:
    """F2 opens the cell's list of choices; arrows choose; Enter commits."""
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = page.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() is not QAbstractItemView.State.EditingState)


def save(qtbot: QtBot, editor: PolicyEditor) -> Policy:
    sign(qtbot, editor)
    with qtbot.waitSignal(editor.policy_saved) as blocker:
        press(qtbot, editor.save_button)
        accept_sheet(qtbot, editor)
    policy = blocker.args[0]
    assert isinstance(policy, Policy)
    return policy


def tick(qtbot: QtBot, page: ScreeningPage, text: str) -> None:
    """Move to the line saying ``text`` in 'Asked before' with the arrows and press Space."""
    listing = page.detail.applies_list
    listing.setFocus()
    wanted = next(i for i in range(listing.count()) if listing.item(i).text() == text)
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    for _ in range(wanted):
        qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Space)


# --- what the manager sees ---------------------------------------------------------------------------


def test_every_question_of_the_policy_is_a_row_with_what_a_yes_means(editor: PolicyEditor) -> None:
    page = editor.screening
    policy = load_policy_or_raise(default_policy_path())
    assert [row.id for row in page.rows] == list(policy.screening)
    texts = {row.id: [page.model.index(i, c).data() for c in range(4)] for i, row in enumerate(page.rows)}
    assert texts["active-infection"] == [
        "Is there an infection, a cold sore or an open wound in the area today?",
        "Not today",
        "clinic policy",
        "Every next treatment",
    ]
    assert texts["isotretinoin"][1:] == [
        "Ask the practitioner first",
        "product label",
        "Microneedling, RF microneedling",
    ]
    assert texts["implant"][3] == "RF microneedling"
    assert page.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "A yes means"


def test_the_selected_question_shows_both_languages_its_sources_and_code(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    page = editor.screening
    select(qtbot, page, "sunburn")
    detail = page.detail
    assert detail.lines["question"].text() == "Is the skin in the area sunburned now?"
    assert detail.lines["question_es"].text().startswith("¿Tiene ahora la piel")
    assert detail.texts["reason"].toPlainText().startswith("Sunburned skin is already hurt.")
    assert detail.texts["sources"].toPlainText().startswith("Published clinic contraindication lists")
    assert detail.lines["id"].text() == "sunburn"
    listing = detail.applies_list
    ticked = [
        listing.item(i).text()
        for i in range(listing.count())
        if listing.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Any of: Microneedling, RF microneedling"]
    assert "Sunburn" not in detail.title.text() and "sunburned now?" in detail.title.text()


# --- the manager's changes, typed --------------------------------------------------------------------


def test_manager_makes_isotretinoin_not_today_rewrites_the_spanish_reason_and_saves(
    editor: PolicyEditor, store: PolicyStore, qtbot: QtBot
) -> None:
    page = editor.screening
    index = select(qtbot, page, "isotretinoin", "effect")
    choose_in_cell(qtbot, page, index, +1)
    assert index.data() == "Not today"
    retype(qtbot, page.detail.texts["reason_es"], "No se trata la piel durante 6 meses.")
    checked(qtbot, editor)
    assert problem_texts(editor) == [
        "✓ The rules pass the same checks as a policy file. To save, it needs:",
        # What Save will ask for, said before it is pressed, each on its own line:
        "Required to save: a name of the clinic's own. These rules differ from the shipped default, so "
        "they cannot carry its name.",
        "Required to save: the name of whoever approved this policy.",
        "Required to save: the day it was approved (today or earlier).",
    ]
    saved = save(qtbot, editor)
    item = saved.screening["isotretinoin"]
    assert (item.effect, item.reason_es) == ("not-today", "No se trata la piel durante 6 meses.")
    assert item.reason == load_policy_or_raise(default_policy_path()).screening["isotretinoin"].reason
    assert store.active().policy.screening["isotretinoin"] == item
    assert list(saved.screening) == list(load_policy_or_raise(default_policy_path()).screening)
    plan = make_plan([Treatment("botox", date(2026, 11, 1))], saved, date(2026, 12, 5))
    assert with_screening(plan, saved, ["isotretinoin"]).screening_effect == "not-today"


def test_a_new_question_is_typed_in_ticked_for_rf_microneedling_and_saved(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    page = editor.screening
    before = len(page.rows)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Add question
    qtbot.waitUntil(lambda: len(page.rows) == before + 1)  # a mnemonic presses the button visibly
    new = len(page.rows) - 1
    assert page.selected() == new and page.detail.lines["question"].hasFocus()
    assert page.model.index(new, 0).data() == "(no question yet: write it below)"
    detail = page.detail
    qtbot.keyClicks(detail.lines["question"], "Do you have a tattoo in the area?")
    qtbot.keyClicks(detail.lines["name"], "a tattoo in the area")
    qtbot.keyClicks(detail.texts["reason"], "Heat near a tattoo can hurt the ink and the skin.")
    qtbot.keyClicks(detail.texts["sources"], "Clinic practice (clinic policy).")
    retype(qtbot, detail.lines["id"], "tattoo")
    tick(qtbot, page, "RF microneedling")
    checked(qtbot, editor)
    assert page.model.index(new, 0).data() == "Do you have a tattoo in the area?"
    assert page.model.index(new, 3).data() == "RF microneedling"
    saved = save(qtbot, editor)
    item = saved.screening["tattoo"]
    assert (item.question, item.name, item.effect, item.applies_to) == (
        "Do you have a tattoo in the area?", "a tattoo in the area", "ask-first", ("rf-microneedling",),
    )  # fmt: skip
    assert item in saved.screening_for("rf-microneedling")
    assert item not in saved.screening_for("microneedling")


def test_an_emptied_question_marks_its_cell_says_why_beside_it_and_stops_the_save(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    page = editor.screening
    select(qtbot, page, "sunburn")
    retype(qtbot, page.detail.lines["question"], "")
    checked(qtbot, editor)
    index = page.model.index(row_of(page, "sunburn"), 0)
    said = "⚠ Question “sunburn”, Question: must be non-empty text"  # named by its code once emptied
    assert index.data(Qt.ItemDataRole.ToolTipRole) == said
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.detail.notes["question"].text() == "⚠ Must be non-empty text"
    assert said in problem_texts(editor)
    sign(qtbot, editor)
    with qtbot.assertNotEmitted(editor.policy_saved):
        press(qtbot, editor.save_button)
    assert "Not saved" in editor.status.text()
    editor.tabs.setCurrentIndex(0)  # the problem list brings the manager back to it
    line = next(
        i for i in range(editor.problem_list.count()) if "sunburn" in editor.problem_list.item(i).text()
    )
    editor.problem_list.itemActivated.emit(editor.problem_list.item(line))
    assert editor.tabs.currentIndex() == 1 and page.detail.lines["question"].hasFocus()
    assert page.detail.lines["question"].text() == ""  # what was typed stays
    qtbot.keyClicks(page.detail.lines["question"], "Is the skin sunburned now?")
    checked(qtbot, editor)
    assert editor.status.text() == ""  # 'Not saved: fix …' is gone once nothing is left to fix


def test_a_code_taken_twice_or_misspelt_is_named_on_the_new_question(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    page = editor.screening
    press(qtbot, page.add_button)
    detail = page.detail
    for field, text in (("question", "Sunburn again?"), ("name", "sunburn"), ("id", "sunburn")):
        retype(qtbot, detail.lines[field], text)
    qtbot.keyClicks(detail.texts["reason"], "A reason.")
    qtbot.keyClicks(detail.texts["sources"], "A source.")
    checked(qtbot, editor)
    assert problem_texts(editor) == [
        "⚠ Question “Sunburn again?”, Code: 'sunburn' is already the code of another question; "
        "each needs its own"
    ]
    assert detail.notes["id"].text().startswith("⚠ 'sunburn' is already the code")
    assert not page.model.marks.get((row_of(page, "active-infection"), 0))
    retype(qtbot, detail.lines["id"], "Sun burn")
    checked(qtbot, editor)
    assert problem_texts(editor) == [
        "⚠ Question “Sunburn again?”, Code: 'Sun burn' cannot be a code: use lower-case letters and digits "
        "joined by hyphens, at most 40 characters (as --screen takes it)"
    ]
    retype(qtbot, detail.lines["id"], "sunburn-2")
    checked(qtbot, editor)
    assert problem_texts(editor)[0].startswith("✓ ")  # checks passed (a signature may still be due)


def test_a_removed_question_is_gone_from_the_saved_policy_and_the_desk(
    editor: PolicyEditor, qtbot: QtBot
) -> None:
    page = editor.screening
    select(qtbot, page, "retinoid")
    qtbot.keyClick(editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Remove question
    qtbot.waitUntil(lambda: len(page.rows) == 8)
    assert "retinoid" not in [row.id for row in page.rows]
    assert page.selected() == row_of(page, "implant")  # the next question is selected
    saved = save(qtbot, editor)
    assert "retinoid" not in saved.screening and len(saved.screening) == 8


def test_a_shared_policy_shows_its_questions_but_nothing_can_change_them(
    qtbot: QtBot, store: PolicyStore
) -> None:
    editor = open_editor(qtbot, store, read_only=True)
    page = editor.screening
    assert not page.add_button.isEnabled() and not page.remove_button.isEnabled()
    assert all(line.isReadOnly() for line in page.detail.lines.values())
    assert all(text.isReadOnly() for text in page.detail.texts.values())
    assert not page.model.flags(page.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    listing = page.detail.applies_list
    assert not any(listing.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(listing.count()))


def test_import_shows_the_imported_questions_and_reset_the_default_ones(
    editor: PolicyEditor, qtbot: QtBot, tmp_path: Path
) -> None:
    policy = load_policy_or_raise(default_policy_path())
    only = {"sunburn": policy.screening["sunburn"]._replace(effect="ask-first")}
    path = tmp_path / "clinic.toml"
    path.write_text(dump_policy(policy._replace(screening=only)), encoding="utf-8")
    press(qtbot, editor.import_button)
    assert editor.prompts.file_dialog is not None
    editor.prompts.file_dialog.fileSelected.emit(str(path))
    page = editor.screening
    assert [row.id for row in page.rows] == ["sunburn"]
    assert page.model.index(0, 1).data() == "Ask the practitioner first"
    editor.reset_done(policy, "")  # the controller's answer once the manager confirmed a reset
    assert [row.id for row in page.rows] == list(policy.screening)


def test_the_spanish_interface_shows_the_spanish_questions(editor: PolicyEditor, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    install_language(app, "es")
    try:
        page = editor.screening
        row = row_of(page, "sunburn")
        assert page.model.index(row, 0).data() == "¿Tiene ahora la piel de la zona quemada por el sol?"
        assert page.model.index(row, 1).data() == "Hoy no"
        assert page.model.index(row, 3).data() == "Microneedling, Microneedling con radiofrecuencia"
        qtbot.waitUntil(lambda: editor.tabs.tabText(1) == "Preguntas antes del trata&miento")
        assert page.add_button.text() == "A&ñadir pregunta"
        keys = mnemonics(editor)
        assert len(keys) == len(set(keys)), keys
    finally:
        install_language(app, "en")


# --- the rows without widgets ------------------------------------------------------------------------


def test_the_questions_written_back_unchanged_give_the_same_policy() -> None:
    policy = load_policy_or_raise(default_policy_path())
    result = check_rows(policy, meta_from_policy(policy), rows_from_policy(policy), screening_rows(policy))
    assert result.policy is not None and result.policy.screening == policy.screening


def test_no_questions_at_all_is_a_policy_that_asks_nothing() -> None:
    policy = load_policy_or_raise(default_policy_path())
    result = check_rows(policy, meta_from_policy(policy), rows_from_policy(policy), [])
    assert result.policy is not None and result.policy.screening == {}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("screening.sunburn", (1, "")),
        ("screening.sunburn.reason_es", (1, "reason_es")),
        ("screening.sunburn-2.effect", (2, "effect")),
        ("screening.editor-row-3.id", (3, "id")),  # a code used above: the row has a key of its own
        ("screening.editor-row-4", (4, "")),  # a question without a code
        ("screening.nothing", None),
        ("rules.botox.microneedling", None),
    ],
)
def test_a_problem_key_finds_its_question(key: str, expected: tuple[int, str] | None) -> None:
    policy = load_policy_or_raise(default_policy_path())
    base = screening_rows(policy)[0]
    rows = [replace(base, id=code) for code in ("active-infection", "sunburn", "sunburn-2", "sunburn", "")]
    assert locate_screening(key, rows) == expected
    if expected is not None:
        assert locate(key, [], rows).screening


def test_a_new_question_takes_a_free_code_and_two_same_codes_are_one_problem() -> None:
    policy = load_policy_or_raise(default_policy_path())
    rows = screening_rows(policy)
    first = new_row(rows)
    second = new_row([*rows, first])
    assert (first.id, second.id) == ("clinic-question-1", "clinic-question-2")
    problems = code_problems("editor", [*rows, replace(first, id="sunburn")])
    assert [(p.key, p.code) for p in problems] == [("screening.editor-row-9.id", "screening-id-taken")]
    assert (
        applies_text(policy, ("neurotoxin", "ha-filler"))
        == "Botox, Dysport, Xeomin, Jeuveau, Hyaluronic-acid filler (any brand)"
    )


# --- whatever is typed: a problem in words or a policy, never an exception ----------------------------

_TYPED = st.text(st.characters(codec="utf-8"), max_size=60) | st.sampled_from(
    ["", " ", "\n", "a" * 500, "\x00", "sunburn", "Sun burn", "editor-row-0"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(["id", "question", "name", "reason", "question_es", "name_es", "reason_es"]),
    text=_TYPED,
    sources=st.lists(_TYPED, max_size=3).map(tuple),
    applies_to=st.lists(st.sampled_from(["skin-needling", "botox", "rf-microneedling", "nothing", ""])).map(
        tuple
    ),
    effect=st.sampled_from([*SCREENING_EFFECTS, "maybe", ""]),
    row=st.integers(0, 8),
)
def test_any_typed_question_gives_a_policy_or_problems_naming_its_row(
    field: str, text: str, sources: tuple[str, ...], applies_to: tuple[str, ...], effect: str, row: int
) -> None:
    policy = load_policy_or_raise(default_policy_path())
    rows = screening_rows(policy)
    rows[row] = replace(rows[row], sources=sources, applies_to=applies_to, effect=effect, **{field: text})
    result = check_rows(policy, meta_from_policy(policy), rows_from_policy(policy), rows)
    if result.policy is None:
        assert result.problems
        for problem in result.problems:
            place = locate(problem.key, [], rows)
            assert place.screening and place.row is not None, problem.key  # shown on a question's row
            assert describe(problem, [], rows)
    else:
        saved = result.policy.screening[rows[row].id.strip()]
        assert saved.effect in SCREENING_EFFECTS and saved.sources and saved.question.strip()
