"""The interface switches to Spanish and back at run time, without a restart; Qt's own dialogs follow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

from gui.core import Precision, load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.settings import ClinicSettings
from gui.ui import i18n
from gui.ui.i18n import install_language, resolve_language, translate, ui_language, words_in
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)
Switch = Callable[[str], str]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    QApplication.setOrganizationName("Microneedling Window Tests")
    win = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    rows = win.history.rows
    rows[0].product.set_product("botox")
    rows[0].date.set_text("2026-11-20")  # 4 days ago: too early
    second = win.history.add_row()
    second.product.set_product("ha-filler")
    second.date.set_text("2026-10-20")
    second.pick_precision(Precision.AROUND, 1)
    win.history.add_row().date.set_text("2026-11-01")  # no product: not counted
    win.history.add_row().area.setText("forehead")  # no product and no date: not counted
    yield win


def texts(window: MainWindow) -> dict[str, str]:
    """The words a person sees first, one per kind of widget."""
    row = window.history.rows[1]
    return {
        "title": window.windowTitle(),
        "menu": window.window_menus.file_menu.title(),
        "action": window.new_patient_action.text(),
        "button": window.history.add_button.text(),
        "tab": window.panels.tabText(2),
        "group": window.inputs_panel.title(),
        "check": window.headline.earliest_label.text(),
        "attention": window.attention.text(),
        "suffix": row.around.suffix(),
        "precision": row.precision.currentText(),
        "placeholder": window.proposed.edit.placeholderText(),
        "timeline": window.timeline.accessibleName(),
    }


ENGLISH = {
    "title": "Microneedling Window",
    "menu": "&File",
    "action": "&New patient",
    "button": "&Add treatment",
    "tab": "&Why this date",
    "group": "Prior injections and treatments",
    "check": "Check row 3: choose a product.",
    "attention": "⚠ 2 entries are not understood yet, so no date or verdict is given:\nRow 3: choose",
    "suffix": " day",
    "precision": "Around (± days)",
    "placeholder": "e.g. 1 Dec 2026, in 2 weeks (empty = today)",
    "timeline": "Treatment timeline",
}
SPANISH = {
    "title": "Ventana de microneedling",
    "menu": "&Archivo",
    "action": "&Nuevo paciente",
    "button": "Añadir &tratamiento",
    "tab": "Por &qué esta fecha",
    "group": "Inyecciones y tratamientos previos",
    "check": "Revise la fila 3: elija un producto.",
    "attention": "⚠ 2 datos aún no se entienden, así que no se da ninguna fecha ni valoración:\nFila 3",
    "suffix": " día",
    "precision": "Aproximado (± días)",
    "placeholder": "p. ej., 1 dic 2026, dentro de 2 semanas (vacío = hoy)",
    "timeline": "Línea de tiempo del tratamiento",
}


def assert_shows(window: MainWindow, expected: dict[str, str]) -> None:
    shown = texts(window)
    for key, words in expected.items():
        assert shown[key].startswith(words), (key, shown[key])


def test_the_window_switches_to_spanish_and_back_without_a_restart(
    window: MainWindow, switch_to: Switch
) -> None:
    assert_shows(window, ENGLISH)
    assert switch_to("es") == "es" and ui_language() == "es"
    assert_shows(window, SPANISH)
    window.history.rows[1].around.setValue(5)
    assert window.history.rows[1].around.suffix() == " días"
    switch_to("en")
    assert_shows(window, {**ENGLISH, "suffix": " days"})


def test_the_precision_choice_fits_its_longer_spanish_words(
    window: MainWindow, qtbot: QtBot, switch_to: Switch
) -> None:
    """Shown in English first, then switched: 'Aproximado (± días)' is not cut to 'Aproximado (± d'."""
    combo = window.history.rows[0].precision
    combo.setCurrentIndex(combo.findText("Around (± days)"))
    qtbot.waitUntil(lambda: combo.isVisible())
    switch_to("es")
    longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    needed = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(longest, combo.fontMetrics().height()), combo
    )
    # the layout settles after the switch (a few event-loop turns; longer on a cold first run)
    qtbot.waitUntil(lambda: combo.width() >= needed.width(), timeout=2000)
    switch_to("en")


def test_plan_words_follow_the_language(window: MainWindow, qtbot: QtBot, switch_to: Switch) -> None:
    for row in window.history.rows[2:]:
        row.remove_button.click()
    switch_to("es")
    headline = window.headline
    assert headline.today_label.text() == "Hoy es martes, 24 de noviembre de 2026"
    assert headline.earliest_label.text().startswith(
        "Primera fecha posible para el microneedling: viernes, 4 de"
    )
    assert "diciembre de 2026" in headline.earliest_label.text()
    assert headline.verdict_label.text().startswith("<b>Demasiado pronto.</b> 24 nov 2026 (hoy) cae 10 días")
    window.panels.setCurrentWidget(window.panels.why)  # written when shown
    assert window.panels.why.toPlainText().startswith("Por qué esta fecha")
    timeline = window.timeline  # Spanish words need more room: the column grows once events run
    qtbot.waitUntil(lambda: timeline.height() >= timeline.minimumSizeHint().height())
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None
    words = {band.label.text for band in geometry.bands if band.label} | {
        i.label.text for i in geometry.legend
    }
    assert {"Demasiado pronto", "Periodo ideal", "Hoy"} <= words
    assert "Hoy, mar 24 nov 2026." in window.timeline.accessibleDescription()
    assert window.proposed.calendar.locale().language() == QLocale.Language.Spanish
    switch_to("en")
    assert headline.today_label.text() == "Today is Tuesday 24 November 2026"
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None and "Today" in {item.label.text for item in geometry.legend}


def test_a_saved_language_setting_switches_the_running_window(
    window: MainWindow, qtbot: QtBot, switch_to: Switch
) -> None:
    switch_to("en")
    window.admin.settings_changed.emit(ClinicSettings(language="es"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Ventana de microneedling")
    assert ui_language() == "es"
    assert window.window_menus.tools_menu.title() == "&Herramientas"
    window.admin.settings_changed.emit(ClinicSettings(language="en"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Microneedling Window")
    assert ui_language() == "en"


def test_qt_own_dialogs_speak_spanish(qtbot: QtBot, switch_to: Switch) -> None:
    switch_to("es")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancelar"
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert {b.text() for b in buttons.findChildren(QPushButton)} >= {"&Abrir", "Cancelar"}


def test_the_system_language_is_followed_when_the_setting_says_so(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, switch_to: Switch
) -> None:
    assert resolve_language("system", QLocale("es_MX")) == "es"
    assert resolve_language("system", QLocale("en_GB")) == "en"
    assert resolve_language("system", QLocale.c()) == "en"
    assert resolve_language("en", QLocale("es_ES")) == "en"
    monkeypatch.setattr(i18n, "_installed", i18n._Installed())  # as at start-up, before any switch
    QLocale.setDefault(QLocale("es_ES"))  # what a Spanish desktop gives
    try:
        assert install_language(qapp, resolve_language("system")) == "es"
        assert translate("MainWindow", "Microneedling Window") == "Ventana de microneedling"
    finally:
        install_language(qapp, "en")  # takes off what this start-up state put on


def test_the_default_stays_english_on_a_c_or_english_system() -> None:
    assert resolve_language("system", QLocale.c()) == "en"
    assert translate("MainWindow", "Microneedling Window") == "Microneedling Window"


def test_words_in_a_chosen_language_do_not_depend_on_the_interface(switch_to: Switch) -> None:
    switch_to("es")
    assert words_in("en").translate("HistoryRow", " day(s)", "after ± and a number", 3) == " days"
    assert words_in("es").translate("HistoryRow", " day(s)", "after ± and a number", 1) == " día"
    assert words_in().translate("TimelineWidget", "Treatment timeline") == "Línea de tiempo del tratamiento"


def test_a_language_switch_is_not_an_edit(window: MainWindow, switch_to: Callable[[str], str]) -> None:
    """New patient stays undoable across a switch (the typing model found it cleared: a date field
    re-wording its problem counted as the new patient's first edit)."""
    row = window.history.rows[0]
    row.date.set_text("soon")  # not understood: its problem is re-worded by the switch
    window.new_patient()
    switch_to("es")
    assert window.undo_stack.canUndo()
    window.undo_entries()
    assert window.history.rows[0].date.edit.text() == "soon"
    assert window.problems and window.problems[0].check_text().startswith("Revise la fila 1")
    switch_to("en")
    assert window.problems[0].check_text().startswith("Check row 1")


def test_a_passing_message_in_the_old_words_goes_with_a_switch(window: MainWindow, switch_to: Switch) -> None:
    """'Handout saved: …' said in English does not stay on a Spanish window (nor the other way)."""
    window.statusBar().showMessage("Handout saved: /tmp/plan.pdf", 30_000)
    switch_to("es")
    assert window.statusBar().currentMessage() == ""
    assert window.policy_label.text().startswith("Política: ")  # the lasting word, said again
    switch_to("en")
