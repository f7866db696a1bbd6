"""The main window's flows, driven through widget APIs and real key clicks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.core import Precision, Verdict, load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.settings import ClinicSettings
from gui.ui.widgets.history_row import HistoryRow
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.setOrganizationName("Microneedling Window Tests")
    dmy = ClinicSettings(date_order="dmy")  # this desk writes the day first, as in the UK
    win = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY, settings=dmy)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QLocale.setDefault(QLocale.c())


def fill_row(row: HistoryRow, product_id: str, text: str) -> None:
    row.product.set_product(product_id)
    row.date.set_text(text)


def test_opens_ready_to_type_with_today_in_words(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.history.rows[0].product.hasFocus())
    assert window.headline.today_label.text() == "Today is Tuesday 24 November 2026"
    assert window.plan is not None and window.plan.verdict is Verdict.CLEAR


def test_botox_two_weeks_ago_gives_today_and_ideal(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    assert window.plan is not None
    assert window.plan.earliest == TODAY
    assert window.plan.verdict is Verdict.IDEAL
    assert "Tuesday 24 November 2026 — today" in window.headline.earliest_label.text()
    assert "Ideal" in window.headline.verdict_label.text()
    assert window.history.rows[0].date.echo.text() == "✓ Tue 10 Nov 2026 · 2 weeks ago"


def test_add_and_remove_rows(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.add_row_action.trigger()
    assert len(window.history.rows) == 2
    fill_row(window.history.rows[1], "ha-filler", "2026-11-20")
    assert window.plan is not None and window.plan.earliest == date(2026, 12, 4)
    assert window.plan.verdict is Verdict.TOO_EARLY
    window.history.rows[1].remove_button.click()
    assert len(window.history.rows) == 1
    assert window.plan.earliest == TODAY


def test_many_rows(window: MainWindow) -> None:
    for _ in range(30):
        row = window.history.add_row()
        fill_row(row, "dysport", "1 Oct 2026")
    assert len(window.history.rows) == 31
    assert window.plan is not None and len(window.plan.reasons) == 30


def test_typed_dates_go_through_the_parser(window: MainWindow, qtbot: QtBot) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    qtbot.keyClicks(row.date.edit, "10/11/2026")  # en_GB: day first
    assert row.date.parsed is not None and row.date.parsed.first == date(2026, 11, 10)
    assert window.plan is not None and window.plan.earliest == TODAY


def test_what_to_check_is_not_in_the_answers_large_type(window: MainWindow) -> None:
    """An unreadable date's message quotes example dates: they must not read as the answer."""
    row = window.history.rows[0]
    fill_row(row, "botox", "2 weeks ago")
    label, body = window.headline.earliest_label, window.headline.font().pointSizeF()
    assert label.font().pointSizeF() == pytest.approx(1.6 * body)
    row.date.set_text("2 w")
    assert "Try 10 Nov 2026" in label.text() and window.plan is None
    assert label.font().pointSizeF() == pytest.approx(body) and label.font().bold()
    row.date.set_text("2 weeks ago")
    assert window.plan is not None and label.font().pointSizeF() == pytest.approx(1.6 * body)


def test_typed_month_first_desk(qtbot: QtBot) -> None:
    mdy = ClinicSettings(date_order="mdy")
    win = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY, settings=mdy)
    qtbot.addWidget(win)
    row = win.history.rows[0]
    qtbot.keyClicks(row.date.edit, "3/12/2026")  # the QDateEdit trap gave 2000-03-01
    assert row.date.parsed is not None and row.date.parsed.first == date(2026, 3, 12)


def test_ambiguous_date_without_order_is_refused_with_both_readings(window: MainWindow, qtbot: QtBot) -> None:
    row = window.history.rows[0]
    row.date.set_order(None)
    row.product.set_product("botox")
    qtbot.keyClicks(row.date.edit, "03/04/2026")
    assert row.date.parsed is None
    assert "3 Apr 2026" in row.date.echo.text() and "4 Mar 2026" in row.date.echo.text()
    assert "Row 1" in window.attention.text() and window.attention.isVisibleTo(window)
    assert window.plan is None and window.headline.earliest_label.text().startswith("Check row 1: ")


def test_impossible_date_is_refused_and_text_kept(window: MainWindow, qtbot: QtBot) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    qtbot.keyClicks(row.date.edit, "31/02/2026")
    assert row.date.parsed is None
    assert "February 2026 has 28 days" in row.date.echo.text()
    assert row.date.text() == "31/02/2026"  # what they typed is still there
    assert window.plan is None  # no answer while a row is not understood (not "no wait")


def test_future_treatment_refused_with_message(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-12-10")
    echo = window.history.rows[0].date.echo.text()
    assert "after today" in echo and "24 Nov 2026" in echo
    assert window.plan is None
    assert "not understood" in window.attention.text()


def test_precision_changes(window: MainWindow) -> None:
    row = window.history.rows[0]
    fill_row(row, "ha-filler", "2026-11-05")
    assert window.plan is not None and window.plan.earliest == date(2026, 11, 19)
    row.pick_precision(Precision.AROUND, 7)
    assert window.plan is not None and window.plan.earliest == date(2026, 11, 26)  # 12 Nov + 14 days
    row.pick_precision(Precision.MONTH)
    assert window.plan is not None
    assert window.plan.earliest == date(2026, 12, 8)  # month capped at today, 24 Nov + 14
    assert not row.around.isEnabled()


def test_month_only_text_sets_month_precision(window: MainWindow) -> None:
    row = window.history.rows[0]
    fill_row(row, "ha-filler", "Oct 2026")
    assert row.current_precision() is Precision.MONTH
    assert window.plan is not None and window.plan.earliest == date(2026, 11, 14)


def test_target_switch(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "ha-filler", "2026-11-05")
    window.set_target("rf-microneedling")
    assert window.plan is not None and window.plan.earliest == date(2026, 12, 3)
    assert "RF microneedling" in window.headline.earliest_label.text()


def test_proposed_date_typed(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-20")
    window.proposed.set_text("1 Dec 2026")
    assert window.plan is not None and window.plan.date == date(2026, 12, 1)
    assert window.plan.verdict is Verdict.TOO_EARLY and window.plan.days_to_wait == 3
    assert "Too early" in window.headline.verdict_label.text()
    assert window.headline.warning_label.isVisibleTo(window)
    assert "⚠" in window.panels.tabText(1)
    window.proposed.set_text("2026-11-01")
    assert "before today" in window.proposed.echo.text()


def test_proposed_date_by_timeline_keys(window: MainWindow, qtbot: QtBot) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-20")
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Home)
    assert window.plan is not None and window.plan.date == date(2026, 12, 4)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert window.plan.date == date(2026, 12, 5)
    qtbot.keyClick(window.timeline, Qt.Key.Key_PageDown)
    assert window.plan.date == date(2026, 12, 12)
    assert window.proposed.text() == "12 Dec 2026"


def test_proposed_date_by_timeline_click(window: MainWindow, qtbot: QtBot) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-20")
    with qtbot.waitSignal(window.timeline.proposed_date_requested) as blocker:
        geometry = window.timeline.timeline_geometry()
        x = geometry.x_of(date(2026, 12, 20))
        qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=window.timeline.point_at(x))
    assert blocker.args == [date(2026, 12, 20)]
    assert window.plan is not None and window.plan.date == date(2026, 12, 20)


def test_new_patient_clears_and_undo_restores(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.history.add_row()
    fill_row(window.history.rows[1], "ha-filler", "Oct 2026")
    window.proposed.set_text("1 Dec 2026")
    window.new_patient_action.trigger()
    assert len(window.history.rows) == 1 and window.history.rows[0].entry().is_blank
    assert window.proposed.text() == ""
    assert window.plan is not None and window.plan.reasons == ()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert len(window.history.rows) == 2
    assert window.history.rows[1].product.product_id() == "ha-filler"
    assert window.proposed.text() == "1 Dec 2026"
    assert len(window.plan.reasons) == 2


def test_an_edit_after_undoing_new_patient_takes_its_redo_away(window: MainWindow, qtbot: QtBot) -> None:
    """Redo of New patient would clear what was typed since, and its undo would bring back the entries
    of before (a course of sessions typed in between was lost; found by a fresh-eyes run)."""
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.new_patient_action.trigger()
    window.undo_action.trigger()
    assert window.redo_action.isEnabled() and window.redo_action.text() == "&Redo New patient"
    window.inputs_panel.sessions.setFocus()
    qtbot.keyClick(window.inputs_panel.sessions, Qt.Key.Key_Up)  # a course of 2, typed by hand
    assert window.inputs_panel.sessions.value() == 2
    assert not window.redo_action.isEnabled()
    assert window.history.rows[0].product.product_id() == "botox"


def test_redoing_new_patient_then_undoing_it_brings_back_the_entries_as_they_were(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.new_patient_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert window.history.rows[0].entry().is_blank
    window.undo_action.trigger()
    assert window.history.rows[0].product.product_id() == "botox"
    assert window.history.rows[0].date.text() == "2026-11-10"


def test_panels_follow_the_plan(window: MainWindow) -> None:
    why = window.panels.why
    window.panels.setCurrentWidget(why)  # written when shown
    assert "No prior treatments" in why.toPlainText()
    fill_row(window.history.rows[0], "sculptra", "2026-11-01")
    text = why.toPlainText()
    assert "Sculptra" in text and "limited evidence" in text.lower()
    assert "Default policy 2027.1" in text
    assert "15 Nov 2026" in text
    assert "not medical advice" in window.panels.about.toPlainText()


def test_geometry_is_remembered_but_no_patient_data(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.close()
    settings = QSettings()
    assert settings.value("window/geometry") is not None
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert "botox" not in stored.lower() and "2026" not in stored


@pytest.mark.parametrize("typed", ["Dysport", "dysport", "DYSPORT"])
def test_product_typed_by_name(window: MainWindow, qtbot: QtBot, typed: str) -> None:
    row = window.history.rows[0]
    editor = row.product.lineEdit()
    assert editor is not None
    qtbot.keyClicks(editor, typed)
    assert row.product.product_id() == "dysport"


def test_product_search_matches_any_part_of_the_name(window: MainWindow, qtbot: QtBot) -> None:
    row = window.history.rows[0]
    completer = row.product.completer()
    completer.setCompletionPrefix("filler")
    matches = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert matches == ["Hyaluronic-acid filler (any brand)"]


def test_unknown_product_is_named_in_the_row(window: MainWindow, qtbot: QtBot) -> None:
    row = window.history.rows[0]
    editor = row.product.lineEdit()
    assert editor is not None
    qtbot.keyClicks(editor, "Juvederm")
    row.date.set_text("2026-11-10")
    assert "'Juvederm' is not on the list" in window.attention.text()
    assert window.headline.earliest_label.text().startswith("Check row 1: 'Juvederm' is not on the list")
    assert not window.headline.verdict_frame.isVisibleTo(window)


def test_about_shows_version_policy_sources_and_disclaimer(window: MainWindow, qtbot: QtBot) -> None:
    window.about_action.trigger()
    box = window.about_box
    qtbot.waitUntil(box.isVisible)
    assert "0.1.0" in box.text() and "Default policy 2027.1" in box.text()
    assert "not medical advice" in box.text()
    assert "Dermatol Surg" in box.detailedText()
    box.close()


def test_too_early_warning_follows_the_treatments_and_target(window: MainWindow) -> None:
    fill_row(window.history.rows[0], "ha-filler", "2026-11-20")
    window.set_target("rf-microneedling")
    warning = window.headline.warning_label.text()
    assert "heat" in warning.lower() and "toxin" not in warning and "eyelid" not in warning
    window.panels.setCurrentWidget(window.panels.risks)
    risks = window.panels.risks.toPlainText()
    assert risks.index("heats the skin") < risks.index("Risks and side effects")  # brought forward
    assert "##" not in risks and "filler-heat" not in risks
    fill_row(window.history.rows[0], "botox", "2026-11-20")
    assert (
        "toxin" in window.headline.warning_label.text() and "heat" not in window.headline.warning_label.text()
    )


def test_a_unique_match_is_accepted_on_tab_while_the_list_is_open(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    combo = window.history.rows[0].product
    editor = combo.lineEdit()
    editor.setFocus()
    QTest.keyClicks(editor, "filler")
    assert combo.completer().popup().isVisible()  # the person sees the list and presses Tab anyway
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert combo.product_id() == "ha-filler" and combo.currentText() == "Hyaluronic-acid filler (any brand)"
    assert window.history.rows[0].date.edit.hasFocus()


def _focus_product_field(window: MainWindow, qtbot: QtBot) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field = window.history.rows[0].product
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    return field


def test_ctrl_z_in_the_empty_product_field_undoes_new_patient(window: MainWindow, qtbot: QtBot) -> None:
    """New patient puts the cursor in the product field and says "Undo with Ctrl+Z": the key must work
    there (the combo box hands it to its line edit past the window's filter)."""
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.new_patient_action.trigger()
    field = _focus_product_field(window, qtbot)
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.history.rows[0].product.product_id() == "botox"
    assert window.history.rows[0].date.text() == "2026-11-10"


def test_ctrl_z_in_the_next_product_field_undoes_a_removed_row(window: MainWindow, qtbot: QtBot) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.history.add_row()
    fill_row(window.history.rows[1], "ha-filler", "Oct 2026")
    window.history.rows[0].remove_button.click()
    assert len(window.history.rows) == 1
    field = _focus_product_field(window, qtbot)
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.product.product_id() for r in window.history.rows] == ["botox", "ha-filler"]


def test_undo_names_what_it_undoes_in_the_language_switched_to(
    window: MainWindow, switch_to: Callable[[str], str]
) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.history.add_row()
    window.history.rows[1].remove_button.click()  # in English
    assert window.undo_action.text() == "&Undo Remove treatment 2"
    switch_to("es")
    try:
        assert window.undo_action.text() == "&Deshacer Quitar el tratamiento 2"
        window.undo_action.trigger()
        assert window.redo_action.text() == "&Rehacer Quitar el tratamiento 2"
    finally:
        switch_to("en")
    assert window.redo_action.text() == "&Redo Remove treatment 2"


def test_undo_names_the_row_it_added_as_it_names_the_row_it_removed(
    window: MainWindow, switch_to: Callable[[str], str]
) -> None:
    window.add_row_action.trigger()
    assert len(window.history.rows) == 2
    assert window.undo_action.text() == "&Undo Add treatment 2"
    switch_to("es")
    try:
        assert window.undo_action.text() == "&Deshacer Añadir el tratamiento 2"
    finally:
        switch_to("en")
    window.undo_action.trigger()
    assert len(window.history.rows) == 1
    assert window.redo_action.text() == "&Redo Add treatment 2"


def test_the_undo_hint_goes_when_undo_is_no_longer_possible(window: MainWindow, qtbot: QtBot) -> None:
    fill_row(window.history.rows[0], "botox", "2026-11-10")
    window.new_patient_action.trigger()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    fill_row(window.history.rows[0], "dysport", "2026-11-01")  # the new patient's first edit
    assert not window.undo_action.isEnabled()
    assert "Ctrl+Z" not in window.statusBar().currentMessage()


def test_a_proposed_day_the_clinic_is_closed_is_not_a_yes(qtbot: QtBot) -> None:
    closed = ClinicSettings(
        date_order="dmy", open_weekdays=frozenset(range(6)), closures=frozenset({date(2026, 12, 25)})
    )
    win = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY, settings=closed)
    qtbot.addWidget(win)
    fill_row(win.history.rows[0], "botox", "2026-11-10")
    win.proposed.set_text("25 Dec 2026")
    assert win.plan is not None and win.plan.verdict is Verdict.CLOSED
    assert win.plan.next_open == date(2026, 12, 26)
    said = win.headline.verdict_label.text()
    assert "closed" in said and "26 Dec 2026" in said and "Ideal" not in said


def test_an_unknown_product_is_flagged_beside_its_own_field(window: MainWindow, qtbot: QtBot) -> None:
    field = _focus_product_field(window, qtbot)
    QTest.keyClicks(field.lineEdit(), "xyz")
    QTest.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    note = window.history.rows[0].product_note
    assert note.isVisible() and "'xyz' is not on the list" in note.text()
    field.setFocus()
    field.lineEdit().selectAll()
    QTest.keyClicks(field.lineEdit(), "botox")
    QTest.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    assert not note.isVisible() and note.text() == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "toxin",
            "'toxin' is not a product name; it could be Botox, Dysport, Xeomin, Jeuveau, Daxxify. "
            "Choose one.",
        ),
        (
            "relleno",
            "'relleno' is not a product name; it could be Hyaluronic-acid filler (any brand), Sculptra",
        ),
        ("xyz", "'xyz' is not on the list; choose a product."),
        (
            "e",
            "'e' could be Xeomin, Jeuveau, Hyaluronic-acid filler (any brand), Radiesse and 2 more;",
        ),
        ("Botx", "'Botx' is not on the list; did you mean Botox?"),
        ("dysprot", "'dysprot' is not on the list; did you mean Dysport?"),
    ],
)
def test_a_class_name_lists_its_products(window: MainWindow, qtbot: QtBot, typed: str, said: str) -> None:
    """Staff say 'toxin' or 'relleno': no product has that name, but a class does."""
    field = _focus_product_field(window, qtbot)
    QTest.keyClicks(field.lineEdit(), typed)
    QTest.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    assert said in window.history.rows[0].product_note.text()
