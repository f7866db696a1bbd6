"""The handout from the real window: Save as PDF and Print through the system dialog to CUPS."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from capture_queue import jobs, queue_available, queue_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from gui.store.settings import ClinicSettings
from gui.store.workspace import Workspace
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def desk(
    qtbot: QtBot, tmp_path: Path, settings: ClinicSettings, today: date, rows: list[tuple[str, str]]
) -> MainWindow:
    """The window on a desk with these settings, its rows filled in (product id, date text)."""
    workspace = Workspace(tmp_path / "config", tmp_path / "data")
    workspace.settings_store.save(settings)
    win = MainWindow.from_workspace(workspace, today=today)
    qtbot.addWidget(win)
    win.show()
    for index, (product, when) in enumerate(rows):
        row = win.history.rows[0] if index == 0 else win.history.add_row()
        row.product.set_product(product)
        row.date.set_text(when)
    return win


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = ClinicSettings(name="Harbour Skin Clinic", phone="020 7946 0123")
    return desk(qtbot, tmp_path, settings, TODAY, [("botox", "10 Nov 2026"), ("ha-filler", "Oct 2026")])


def answer(qtbot: QtBot, window: MainWindow, kind: type, respond: Callable[[object], None]) -> None:
    actions = window.handout_actions()
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, kind) and actions.current_dialog.isVisible())
    respond(actions.current_dialog)


def test_save_as_pdf_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.save_pdf_action.trigger()
    answer(qtbot, window, QInputDialog, lambda d: d.accept())  # no patient name: it is optional
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(window.handout_actions().pdf_saved):
        answer(qtbot, window, QFileDialog, lambda d: d.fileSelected.emit(str(target)))
    text = pdf_text(target)
    assert "Harbour Skin Clinic" in text
    assert "Tuesday 24 November 2026" in text and "October 2026" in text and "Botox" in text
    assert "Default policy 2027.1" in text and "not medical advice" in text
    assert window.statusBar().currentMessage() == f"Handout saved: {target}"  # where it went


CHANGED = "The entries changed after the handout went out: print or save it again for the new dates."


def test_after_paper_went_out_the_first_edit_says_it_no_longer_matches(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Printed or saved, the status bar says where; the first change of the entries says that paper no
    longer matches them, once; other news, such as a policy change, is left alone."""
    window.handout_actions().printed.emit("Front desk")
    assert window.statusBar().currentMessage() == "Handout sent to the printer Front desk."
    window.handout_actions().printed.emit("")
    assert window.statusBar().currentMessage() == "Handout sent to the printer."
    row = window.history.rows[1]
    row.date.edit.selectAll()
    qtbot.keyClicks(row.date.edit, "2 Oct 2026")  # typed key by key: said at the first key only
    assert window.statusBar().currentMessage() == CHANGED
    window.statusBar().showMessage("Now using another policy.")
    qtbot.keyClicks(row.date.edit, "\b7")
    assert window.statusBar().currentMessage() == "Now using another policy."
    window.handout_actions().pdf_saved.emit("/tmp/plan.pdf")
    window.new_patient_action.trigger()  # a screen cleared for the next patient: nothing to say of paper
    assert window.statusBar().currentMessage() != CHANGED


def test_the_status_bar_keeps_saying_the_paper_is_out_of_date_until_the_entries_match_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A lasting mark, not a message that a menu's status tip replaces: shown while the entries differ
    from those the handout was made from, gone when undo brings them back, after the next handout or
    calendar, and after New patient."""
    mark = window.paper_label
    window.handout_actions().printed.emit("Front desk")
    assert mark.isHidden()
    row = window.history.rows[1]
    row.date.edit.selectAll()
    qtbot.keyClicks(row.date.edit, "2 Oct 2026")
    assert not mark.isHidden() and mark.text() == "⚠ Handout out of date: print or save it again"
    window.statusBar().showMessage("Open a policy file")  # what hovering a menu item does
    assert not mark.isHidden()
    row.date.edit.undo()  # the field's own undo: the typing taken back in one step
    assert row.date.text() == "Oct 2026" and mark.isHidden()  # as printed: nothing out of date
    row.date.set_text("3 Oct 2026")
    window.calendar_actions().saved.emit("/tmp/course.ics")
    assert mark.isHidden()
    row.date.set_text("4 Oct 2026")
    assert mark.text() == "⚠ Calendar out of date: save it again"
    window.new_patient_action.trigger()  # the next patient: nothing to say of the last one's paper
    assert mark.isHidden()


def test_a_language_switch_does_not_put_the_paper_out_of_date(
    window: MainWindow, switch_to: Callable[[str], str]
) -> None:
    """The mark compares plans, which are values: the same plan in other words is the same paper."""
    window.handout_actions().printed.emit("Front desk")
    switch_to("es")
    try:
        assert window.paper_label.isHidden()
        window.history.rows[0].date.set_text("11 Nov 2026")
        assert window.paper_label.text() == "⚠ Hoja informativa desactualizada: imprímala o guárdela de nuevo"
    finally:
        switch_to("en")
    assert window.paper_label.text() == "⚠ Handout out of date: print or save it again"


def test_after_a_calendar_file_the_first_edit_says_it_no_longer_matches(window: MainWindow) -> None:
    window.calendar_actions().saved.emit("/tmp/course.ics")
    assert window.statusBar().currentMessage() == "Calendar saved: /tmp/course.ics"
    window.history.rows[0].date.set_text("11 Nov 2026")
    assert window.statusBar().currentMessage() == (
        "The entries changed after the calendar was saved: save it again for the new dates."
    )


def test_the_save_dialog_opens_in_documents_or_home_never_the_program_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for expected in (home / "Documents", home):  # a new account may have no Documents folder yet
        window.save_pdf_action.trigger()
        answer(qtbot, window, QInputDialog, lambda d: d.accept())
        dialog = window.handout_actions().current_dialog
        answer(qtbot, window, QFileDialog, lambda d: None)
        assert isinstance(dialog, QFileDialog)
        assert Path(dialog.selectedFiles()[0]).parent == expected
        dialog.reject()
        if expected != home:
            (home / "Documents").rmdir()


def test_print_from_the_window_reaches_the_cups_queue(
    qtbot: QtBot, window: MainWindow, require_service: Callable[[str, bool, str], None]
) -> None:
    require_service("CUPS capture queue", queue_available(), "run .ci/print-setup.sh")
    before = jobs()
    window.print_action.trigger()  # click 1: File → Print handout
    answer(qtbot, window, QInputDialog, lambda d: (d.setTextValue("Jane Roe"), d.accept()))

    def choose_capture_and_print(dialog: object) -> None:  # click 2: Print in the system dialog
        assert isinstance(dialog, QPrintDialog)
        dialog.printer().setPrinterName("Capture")
        dialog.done(QPrintDialog.DialogCode.Accepted)

    with qtbot.waitSignal(window.handout_actions().printed, timeout=10_000):
        answer(qtbot, window, QPrintDialog, choose_capture_and_print)
    assert window.statusBar().currentMessage() == "Handout sent to the printer Capture."

    qtbot.waitUntil(lambda: bool(jobs() - before) and queue_idle(), timeout=20_000)
    (job,) = jobs() - before
    text = pdf_text(Path(job))
    assert "Prepared for: Jane Roe" in text and "Harbour Skin Clinic" in text and "Botox" in text


@pytest.mark.parametrize(("lang", "left_out"), [("en", False), ("es", True)])
def test_staff_are_told_when_the_calendar_code_is_left_out(
    qtbot: QtBot, tmp_path: Path, lang: str, left_out: bool
) -> None:
    """A course of 3 with two treatments: in Spanish (longer words) the code goes before the plan would
    spill onto a second page — and the status bar says so, where the file went."""
    from gui.core import Precision

    clinic = ClinicSettings(
        name="Harbour Skin Clinic",
        address="12 Quay Street, Bristol BS1 4DJ",
        phone="0117 496 0000",
        website="harbourskin.example",
    )
    rows = [("dysport", "20 Nov 2026"), ("sculptra", "15 Oct 2026")]
    win = desk(qtbot, tmp_path, clinic, date(2026, 12, 7), rows)
    win.history.rows[1].pick_precision(Precision.AROUND, 5)
    win.inputs_panel.sessions.setValue(3)
    win.proposed.set_text("22 Dec 2026")
    assert win.plan is not None and win.plan.course is not None
    win.save_pdf_action.trigger()

    def in_language(dialog: object) -> None:
        dialog.set_language(lang)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    answer(qtbot, win, QInputDialog, in_language)
    target = tmp_path / f"plan-{lang}.pdf"
    with qtbot.waitSignal(win.handout_actions().pdf_saved):
        answer(qtbot, win, QFileDialog, lambda d: d.fileSelected.emit(str(target)))
    text = pdf_text(target)
    scan = {"en": "Scan with your phone", "es": "Escanee con la cámara"}[lang]
    assert (scan not in text) is left_out
    said = win.statusBar().currentMessage()
    assert said.startswith(f"Handout saved: {target}")
    assert said.endswith("Its calendar code was left out to keep it on one page.") is left_out
    assert len(PdfReader(str(target)).pages) == 1


def test_redo_of_new_patient_keeps_the_paper_that_went_out_after_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """New patient, a handout for the cleared screen, then Undo, Redo, Undo: the entries Undo brings
    back are not on that paper, each time (found by the typing model: Redo forgot the paper)."""
    window.new_patient_action.trigger()
    window.save_pdf_action.trigger()
    answer(qtbot, window, QInputDialog, lambda d: d.accept())
    with qtbot.waitSignal(window.handout_actions().pdf_saved):
        answer(qtbot, window, QFileDialog, lambda d: d.fileSelected.emit(str(tmp_path / "empty.pdf")))
    assert window.paper_label.isHidden()
    window.undo_action.trigger()  # the Botox and filler rows are back: not what that paper says
    assert not window.paper_label.isHidden()
    window.redo_action.trigger()  # cleared again: the paper matches
    assert window.paper_label.isHidden()
    window.undo_action.trigger()  # (Ctrl+Z in a field with nothing of its own does the same)
    assert window.history.rows[0].product.product_id() == "botox"
    assert not window.paper_label.isHidden()


def test_undo_of_new_patient_brings_back_the_paper_that_went_out_for_those_entries(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A handout, New patient, Undo: the entries are back, and so is the paper that went out for them;
    an edit then says it no longer matches (found at the desk: it said nothing). Redo clears the screen
    again with nothing to say of paper, and each Undo after brings that handout back."""
    window.save_pdf_action.trigger()
    answer(qtbot, window, QInputDialog, lambda d: d.accept())
    with qtbot.waitSignal(window.handout_actions().pdf_saved):
        answer(qtbot, window, QFileDialog, lambda d: d.fileSelected.emit(str(tmp_path / "plan.pdf")))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New patient
    assert window.paper_label.isHidden()
    window.undo_action.trigger()
    assert window.history.rows[0].product.product_id() == "botox"
    assert window.paper_label.isHidden()  # the entries match the handout again
    row = window.history.rows[0]
    row.date.edit.selectAll()
    qtbot.keyClicks(row.date.edit, "12 Nov 2026")
    assert not window.paper_label.isHidden()
    qtbot.keyClicks(row.date.edit, "\b\b\b\b\b\b\b\b\b\b\b10 Nov 2026")  # typed back: the mark goes
    assert window.paper_label.isHidden()
    window.new_patient_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()  # cleared again: nothing to say of the last patient's paper
    assert window.paper_label.isHidden()
    window.undo_action.trigger()
    row = window.history.rows[0]
    row.date.edit.selectAll()
    qtbot.keyClicks(row.date.edit, "12 Nov 2026")
    assert not window.paper_label.isHidden()
