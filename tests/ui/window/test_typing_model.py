"""The promise, checked after every step of generated desk sessions typed into the real window.

A hypothesis state machine plays front-desk staff: it adds rows (the Add button, or Ctrl+T), types
product names and dates key by key (every accepted form in both languages, and broken ones), presses
Tab, picks a precision by hand, ticks a row as planned (booked after the next treatment) or unticks it,
removes rows (Ctrl+Shift+Delete), uses Edit ▸ Undo and Redo, starts a New patient (Ctrl+N), switches
the interface language, chooses any next treatment with the keyboard and types a proposed date.

Its own model holds what the person typed. After every step the window must show exactly that, and
its answer must be the core's answer for it: ``make_plan`` on the model's treatments and planned ones
gives the same earliest, recommended, first bookable and latest dates and verdict as the window, and the
headline prints that date.
While any entry is not understood there is no plan, no verdict on screen, and Save as PDF refuses.
At some steps the handout is saved through the real File ▸ Save as PDF dialogs and read back, and the
same history goes through ``plan --json`` (in process, and now and then as a real subprocess).

CI runs 300 derandomized sessions (``ci`` profile); ``--hypothesis-profile=long`` runs 5,000.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import unicodedata
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QScrollArea, QWidget

from gui import cli
from gui.core import (
    LANGUAGES,
    DateOrder,
    DateParseError,
    HistoryError,
    ParsedDate,
    Plan,
    Precision,
    Tense,
    Treatment,
    Verdict,
    check_not_past,
    format_long,
    latest_text,
    load_policy_or_raise,
    make_plan,
    name_of,
    parse_date,
    treatment_from_reading,
    verdict_text,
)
from gui.core.course import with_course
from gui.core.course_words import course_warnings
from gui.core.resources import default_policy_path
from gui.core.screening import with_screening
from gui.store.settings import ClinicSettings
from gui.ui.i18n import install_language, ui_language
from gui.ui.widgets.timeline import describe_timeline
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)  # a Tuesday
ROOT = Path(__file__).resolve().parents[3]
POLICY = load_policy_or_raise(default_policy_path())
# Sundays closed and one closure day: the big date is the first open day, never the policy's date alone.
DESK = ClinicSettings(
    date_order="dmy", open_weekdays=frozenset(range(6)), closures=frozenset({date(2026, 12, 24)})
)
DAYS = DESK.clinic_days

PRODUCT_TEXTS = (
    "Botox", "botox", "Dysport", "Xeomin", "Jeuveau", "Daxxify", "Sculptra", "Radiesse", "filler",
    "Hyaluronic-acid filler (any brand)", "hialur", "Microneedling", "rf-micro",
    "micro",  # two products: not accepted, the row says which
    "Botax", "Restylane",  # not on the list
)  # fmt: skip
DATE_TEXTS = (
    # exact, numeric (the desk reads day first), month names in both languages
    "2026-11-10", "10 Nov 2026", "10/11/2026", "3 de octubre de 2026", "Nov 2, 2026", "1 Dec 2025",
    # whole months, around days, phrases
    "Oct 2026", "octubre 2026", "last month", "October", "mid-October 2026", "early Oct 2026",
    "late September 2026", "2 weeks ago", "2 wks ago", "about 7 weeks ago", "hace 3 semanas",
    "3 months ago", "a year ago", "11 Nov", "yesterday", "today", "last Friday", "last week",
    "octubre pasado", "la semana pasada",
    # refused: impossible, future, nonsense, half typed (a future day is right for a planned row)
    "2026-02-31", "2026-12-10", "next week", "soon", "31/31/2026", "2026-1", "Novem",
    "20 Dec 2026", "in 3 weeks", "2027-01-15",
)  # fmt: skip
MOVE_TEXTS = (
    "", "10 Jan 2027", "2026-12-20", "in 6 weeks", "Jan 2027", "2026-11-20", "Saturday", "someday",
    "27 Dec 2026",  # a Sunday: the desk is closed, flagged and kept
)  # fmt: skip
PROPOSED_TEXTS = (
    "", "1 Dec 2026", "2026-12-24", "in 2 weeks", "next Friday", "Friday", "6 Dec 2026", "15 Jan",
    "20 de diciembre de 2026", "today", "tomorrow", "2026-11-20", "Dec 2026", "whenever",
)  # fmt: skip


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def product_meant(typed: str) -> str | None:
    """The product a typed name stands for: the one whose id or name (either language) is exactly
    what was typed, or else the only one that contains it."""
    names = {p.id: (p.id, *(name_of(p, c) for c in LANGUAGES)) for p in POLICY.products.values()}
    typed = fold(typed).strip()
    if not typed:
        return None
    exact = [i for i, ns in names.items() if any(typed == fold(n) for n in ns)]
    found = exact or [i for i, ns in names.items() if any(typed in fold(n) for n in ns)]
    return found[0] if len(found) == 1 else None


@dataclass
class Row:
    """One row as the person typed it."""

    product_text: str = ""  # as typed, while no product is accepted
    date_text: str = ""
    hand: tuple[Precision, int] | None = None
    accepted: str | None = None  # the product id, once the field has taken the product
    planned: bool = False  # ticked: booked after the next treatment, one day from today on

    def shown_product(self, lang: str) -> str:
        """What the product field shows: an accepted product by its name in the interface language."""
        return name_of(POLICY.products[self.accepted], lang) if self.accepted else self.product_text

    @property
    def blank(self) -> bool:
        return not self.product_text.strip() and not self.date_text.strip()


@dataclass
class Desk:
    rows: list[Row] = field(default_factory=lambda: [Row()])
    target: str = "microneedling"
    proposed: str = ""
    sessions: int = 1
    move_number: int = 2  # the Move session row: which session …
    move_text: str = ""  # … and the day typed for it
    screening: dict[str, str] = field(default_factory=dict)  # answers given, by question id

    def copy(self) -> Desk:
        return replace(self, rows=[replace(r) for r in self.rows], screening=dict(self.screening))

    def answered_yes(self) -> list[str]:
        """The questions asked before the next treatment that were answered yes, in the policy's order."""
        asked = POLICY.screening_for(self.target)
        return [item.id for item in asked if self.screening.get(item.id) == "yes"]

    def course_count(self) -> int:
        """The sessions planned: the box counts only for a treatment with a course spacing."""
        return self.sessions if POLICY.course_for(self.target) is not None else 1


def reading(text: str, lang: str) -> ParsedDate | None:
    try:
        return parse_date(text, TODAY, DateOrder.DAY_FIRST, lang, Tense.PAST)
    except DateParseError:
        return None


def treatment(row: Row, lang: str) -> Treatment | None:
    """What the core makes of a row, or None when the row is not understood."""
    if row.planned:
        understood, day = proposed_day(row.date_text, lang)  # read as an appointment: one coming day
        if row.accepted is None or not understood or day is None:
            return None
        return Treatment(row.accepted, day)
    product_id, read = row.accepted, reading(row.date_text, lang)
    if product_id is None or read is None:
        return None
    chosen, days = row.hand or (None, 0)
    try:
        made = treatment_from_reading(product_id, read, chosen, days)
        made.check_not_future(TODAY)
    except HistoryError:
        return None
    return made


def proposed_day(text: str, lang: str) -> tuple[bool, date | None]:
    """(understood, day): an empty proposed date is understood and means today."""
    if not text.strip():
        return True, None
    try:
        parsed = parse_date(text, TODAY, DateOrder.DAY_FIRST, lang, Tense.FUTURE)
        check_not_past(parsed, TODAY, lang)
    except DateParseError:
        return False, None
    return True, parsed.first


class DeskSession(RuleBasedStateMachine):
    """One patient (or a few) at a new window; ``folder`` is set by the test below."""

    window: MainWindow
    folder: Path
    subprocess_every = 25  # a real ``plan`` process every so many CLI checks (each costs a second)
    cli_checks = 0
    # What a run did, printed at its end (run with -s to see it): sessions, checked steps, handouts.
    sessions = steps = handouts = moves = 0

    def __init__(self) -> None:
        super().__init__()
        self.desk = Desk()
        self.undo: list[tuple[str, object]] = []
        self.redo: list[tuple[str, object]] = []
        self.new_patient_on_top = False
        # The dates the last saved handout gave (None: no handout since the session or New patient).
        self.paper: tuple[object, ...] | None = None

    # --- the session starts at a desk left open by the last one --------------------------------------

    @initialize()
    def start(self) -> None:
        """A fresh window for each session: one session's leftovers must not decide another's."""
        self.switch("en")
        QApplication.setOrganizationName("Microneedling Window Tests")
        DeskSession.sessions += 1
        self.window = MainWindow(POLICY, today=TODAY, settings=DESK, staged=True)  # as the app starts
        self.window.resize(1280, 720)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.activate()

    def activate(self) -> None:
        """The window in front, as after a dialog closes (keys and focus changes go to it)."""
        self.window.activateWindow()
        assert QTest.qWaitForWindowActive(self.window)
        self.settle()

    def teardown(self) -> None:
        window = getattr(self, "window", None)
        if window is not None:
            window.close()
            window.deleteLater()
            self.settle()
        self.switch_back_to_english()

    @staticmethod
    def switch_back_to_english() -> None:
        """Each session, and the tests after this one, start in English (a session may end in Spanish)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, "en")

    # --- helpers ---------------------------------------------------------------------------------------

    def settle(self) -> None:
        """Let the window answer; then, as a window manager does, give the window back its activation
        when a closed popup (the completer's list) took it: the offscreen platform leaves the hidden
        list active, and keys would go nowhere. (Checked on a real X server: Tab and Enter behave the
        same there without this.)"""
        QCoreApplication.processEvents()
        window = getattr(self, "window", None)
        if (
            window is not None
            and window.isVisible()
            and QApplication.activePopupWidget() is None
            and QApplication.activeModalWidget() is None
            and QApplication.activeWindow() is not window
        ):
            window.activateWindow()
            QCoreApplication.processEvents()

    def lang(self) -> str:
        return ui_language()

    def switch(self, code: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, code)
        self.settle()

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        # An open completer list has the keyboard, as on a real desk (it hands Tab and Enter on).
        focus = QApplication.activePopupWidget() or QApplication.focusWidget() or self.window
        QTest.keyClick(focus, key, modifiers)
        self.settle()

    def click(self, widget: QWidget) -> None:
        """A left click as the platform delivers it: through the window, so that an open completer
        list closes and swallows the click, as it does on a real desk. The person sees that nothing
        happened and clicks again. A field scrolled out of the treatment list is scrolled into view
        first, as a person does before clicking it."""
        for _ in range(3):  # layouts settle level by level (after a language switch, every label
            QCoreApplication.processEvents()  # is re-measured): aim at where the field is now
        holder = widget.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None:
            holder.ensureWidgetVisible(widget)
            self.settle()
        for _ in range(2):
            popup = QApplication.activePopupWidget()
            QTest.mouseClick(
                self.window.windowHandle(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                widget.mapTo(self.window, widget.rect().center()),
            )
            self.settle()
            if popup is None:
                return

    def type_into(self, edit: object, text: str) -> None:
        """Click into a field, select what is there and type over it key by key."""
        from PySide6.QtWidgets import QLineEdit

        assert isinstance(edit, QLineEdit)
        edit.setFocus(Qt.FocusReason.MouseFocusReason)
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            QTest.keyClicks(edit, text)
        else:
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        self.settle()

    def edited(self) -> None:
        """The person changed an entry: New patient can no longer be undone, nor redone once undone
        (its redo would clear what was just typed)."""
        if self.new_patient_on_top or (self.redo and self.redo[-1][0] == "new"):
            self.undo.clear()
            self.redo.clear()
            self.new_patient_on_top = False

    def push(self, command: tuple[str, object]) -> None:
        self.edited()
        self.undo.append(command)
        self.redo.clear()

    # --- rules: what a person does ----------------------------------------------------------------------

    @precondition(lambda self: len(self.desk.rows) < 8)
    @rule(by_keyboard=st.booleans())
    def add_row(self, by_keyboard: bool) -> None:
        if by_keyboard:
            self.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        else:
            self.click(self.window.history.add_button)
        self.desk.rows.append(Row())
        self.push(("add", [len(self.desk.rows) - 1, None]))

    @rule(
        data=st.data(),
        text=st.sampled_from(PRODUCT_TEXTS),
        leave_by=st.sampled_from(["tab", "click", "enter"]),
    )
    def type_product(self, data: st.DataObject, text: str, leave_by: str) -> None:
        index = data.draw(st.integers(0, len(self.desk.rows) - 1), label="row")
        combo = self.window.history.rows[index].product
        self.type_into(combo.lineEdit(), text)
        if leave_by == "tab":
            self.press(Qt.Key.Key_Tab)
        elif leave_by == "click":  # on to the date with the mouse
            date_edit = self.window.history.rows[index].date.edit
            self.click(date_edit)
        else:
            self.press(Qt.Key.Key_Return)
        row = self.desk.rows[index]
        if text or row.shown_product(self.lang()):
            self.edited()
        row.product_text, row.accepted = text, product_meant(text)

    @rule(data=st.data(), text=st.sampled_from(DATE_TEXTS), then_tab=st.booleans())
    def type_date(self, data: st.DataObject, text: str, then_tab: bool) -> None:
        index = data.draw(st.integers(0, len(self.desk.rows) - 1), label="row")
        self.type_into(self.window.history.rows[index].date.edit, text)
        if then_tab:
            self.press(Qt.Key.Key_Tab)
        if text or self.desk.rows[index].date_text:
            self.edited()
        self.desk.rows[index].date_text = text

    @rule(
        data=st.data(),
        precision=st.sampled_from([Precision.EXACT, Precision.MONTH, Precision.AROUND]),
        days=st.integers(1, 30),
    )
    def pick_precision(self, data: st.DataObject, precision: Precision, days: int) -> None:
        typed = [i for i, r in enumerate(self.desk.rows) if r.date_text.strip()]
        if not typed:
            return
        index = data.draw(st.sampled_from(typed), label="row")
        self.window.history.rows[index].pick_precision(precision, days)
        self.settle()
        self.desk.rows[index].hand = (precision, days if precision is Precision.AROUND else 0)
        self.edited()

    @rule(data=st.data())
    def remove_row(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.desk.rows) - 1), label="row")
        self.window.history.rows[index].date.edit.setFocus()
        self.press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        removed = self.desk.rows.pop(index)
        if not self.desk.rows:
            self.desk.rows.append(Row())
        self.push(("remove", [index, removed]))

    @rule()
    def undo_from_the_edit_menu(self) -> None:
        self.window.undo_action.trigger()
        self.settle()
        if not self.undo:
            return
        kind, data = self.undo.pop()
        self.redo.append((kind, data))
        self._apply(kind, data, undo=True)

    @rule(data=st.data())
    def undo_with_ctrl_z_in_a_product_field(self, data: st.DataObject) -> None:
        """Ctrl+Z typed in a product field with nothing of its own to undo (after New patient or a
        removed row, as the status bar invites) undoes the window's last step."""
        index = data.draw(st.integers(0, len(self.desk.rows) - 1), label="row")
        field = self.window.history.rows[index].product
        editor = field.lineEdit()
        if editor is None or editor.isUndoAvailable():
            return  # the key undoes the typing in that field, as in any text field
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settle()
        self.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if not self.undo:
            return
        kind, held = self.undo.pop()
        self.redo.append((kind, held))
        self._apply(kind, held, undo=True)

    @rule()
    def redo_from_the_edit_menu(self) -> None:
        self.window.redo_action.trigger()
        self.settle()
        if not self.redo:
            return
        kind, data = self.redo.pop()
        self.undo.append((kind, data))
        self._apply(kind, data, undo=False)

    def _apply(self, kind: str, data: object, *, undo: bool) -> None:
        """What Edit ▸ Undo / Redo of each command does to the rows, as the person would expect."""
        rows = self.desk.rows
        if kind in ("add", "remove"):
            assert isinstance(data, list)
            index, held = data
            if (kind == "add") == undo:  # take the row away, keeping what it held for the way back
                data[1] = rows.pop(index)
                if not rows:
                    rows.append(Row())
            else:
                rows.insert(index, replace(held) if held is not None else Row())
        else:  # new patient: [the entries cleared, their paper, that paper while Undo brings it back]
            assert isinstance(data, list)
            before, paper_before, brought_back = data
            assert isinstance(before, Desk)
            if undo:
                self.desk = before.copy()
                if self.paper is None and paper_before is not None:  # nothing went out since: theirs
                    self.paper = data[2] = paper_before
            else:
                if brought_back is not None and self.paper is brought_back:
                    self.paper = None  # cleared again, as after the New patient
                data[2] = None
                self.desk = Desk([Row()], before.target, "")
            self.new_patient_on_top = not undo

    @rule()
    def new_patient(self) -> None:
        before = self.desk.copy()
        self.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        typed = (self.desk.proposed, self.desk.move_text)
        answered = any(a != "not-asked" for a in self.desk.screening.values())
        empty = all(r.blank for r in self.desk.rows) and not any(t.strip() for t in typed) and not answered
        self.undo.clear()
        self.redo.clear()
        self.desk = Desk([Row()], self.desk.target, "")
        paper_before, self.paper = self.paper, None  # the next patient: not the last one's paper
        if empty:
            self.new_patient_on_top = False
        else:
            self.undo.append(("new", [before, paper_before, None]))  # Undo brings that paper back
            self.new_patient_on_top = True

    @rule(code=st.sampled_from(["en", "es"]))
    def switch_language(self, code: str) -> None:
        self.switch(code)  # an accepted product is then shown by its name in the new language

    @rule(procedure=st.sampled_from(POLICY.next_treatments))
    def choose_procedure(self, procedure: str) -> None:
        """Alt+N to the next-treatment list, Home, then Down to the procedure (class headers are
        skipped, as a person sees)."""
        combo = self.window.target_combo
        label = self.window.inputs_panel.procedure_label.text()
        self.press(QKeySequence.mnemonic(label)[0].key(), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is combo
        self.press(Qt.Key.Key_Home)
        passed_another = combo.target() != self.desk.target  # Home showed another procedure first
        choices = [combo.itemData(i, Qt.ItemDataRole.UserRole) for i in range(combo.count())]
        for _ in range([c for c in choices if c].index(procedure)):
            self.press(Qt.Key.Key_Down)
        assert combo.target() == procedure
        # Choosing another procedure is an edit; so is passing through one on the way back to the same
        # (each choice the list shows is planned at once), and New patient can then no longer be undone.
        if procedure != self.desk.target or passed_another:
            self.edited()
        self.desk.target = procedure

    @rule(count=st.integers(1, 6))
    def choose_sessions(self, count: int) -> None:
        """Alt+S to the Sessions box, select what is there and type the number."""
        box = self.window.inputs_panel.sessions
        if not box.isEnabled():
            return  # greyed out: the next treatment has no course (a person sees it cannot be used)
        label = self.window.inputs_panel.sessions_label.text()
        self.press(QKeySequence.mnemonic(label)[0].key(), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() in (box, box.lineEdit())
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        for key in str(count):
            self.press(Qt.Key(ord(key)))
        if count != self.desk.sessions:
            self.edited()
        self.desk.sessions = count

    @precondition(lambda self: self.desk.course_count() > 1)  # the Move row can be used
    @rule(data=st.data(), text=st.sampled_from(MOVE_TEXTS))
    def move_a_session(self, data: st.DataObject, text: str) -> None:
        """Alt+M to the session list, Home and Down to one of the course's sessions (the list offers
        no other), Tab to its day and type it."""
        number = data.draw(st.integers(2, self.desk.course_count()), label="session")
        panel = self.window.inputs_panel
        self.press(QKeySequence.mnemonic(panel.move_label.text())[0].key(), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is panel.move_which
        self.press(Qt.Key.Key_Home)
        for _ in range(number - 2):
            self.press(Qt.Key.Key_Down)
        assert panel.move_which.currentData() == number
        self.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is panel.move_to.edit
        QTest.keyClick(panel.move_to.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            QTest.keyClicks(panel.move_to.edit, text)
        else:
            QTest.keyClick(panel.move_to.edit, Qt.Key.Key_Backspace)
        self.settle()
        if (number, text) != (self.desk.move_number, self.desk.move_text):
            self.edited()
        self.desk.move_number, self.desk.move_text = number, text
        DeskSession.moves += 1

    @rule(data=st.data(), answer=st.sampled_from(["yes", "no", "not-asked"]))
    def answer_a_screening_question(self, data: st.DataObject, answer: str) -> None:
        """Into a question's answer, then Home (not asked), Home and Down (no) or End (yes)."""
        boxes = self.window.inputs_panel.screening.boxes
        if not boxes:
            return
        item_id = data.draw(st.sampled_from(list(boxes)), label="question")
        box = boxes[item_id]
        box.setFocus(Qt.FocusReason.MouseFocusReason)
        self.press(Qt.Key.Key_Home)
        if answer == "no":
            self.press(Qt.Key.Key_Down)
        elif answer == "yes":
            self.press(Qt.Key.Key_End)
        before = self.desk.screening.get(item_id, "not-asked")
        if not before == answer == "not-asked":  # Home, then Down or End: each key that moves is an edit
            self.edited()
        self.desk.screening[item_id] = answer

    def expected_move(self) -> tuple[bool, dict[int, date]]:
        """(understood, moved): the Move row is read only while it is shown and holds text."""
        count, text = self.desk.course_count(), self.desk.move_text
        if count < 2 or not text.strip():
            return True, {}
        understood, day = proposed_day(text, self.lang())
        if not understood or day is None or self.desk.move_number > count:
            return False, {}
        treatments, _, proposed, planned = self.expected_entries()
        plan = make_plan(treatments, POLICY, TODAY, self.desk.target, proposed, DAYS, planned=planned)
        course = with_course(plan, POLICY, count, DAYS).course
        assert course is not None
        if day <= course.sessions[self.desk.move_number - 2].date:  # onto or before the one before it
            return False, {}
        return True, {self.desk.move_number: day}

    @rule(data=st.data(), by_keyboard=st.booleans())
    def tick_planned(self, data: st.DataObject, by_keyboard: bool) -> None:
        """Tick or untick a row's Planned box: with the mouse, or Tab from the area field and Space."""
        index = data.draw(st.integers(0, len(self.desk.rows) - 1), label="row")
        row = self.window.history.rows[index]
        if by_keyboard:
            self.click(row.area)
            self.press(Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is row.planned
            self.press(Qt.Key.Key_Space)
        else:
            self.click(row.planned)
        self.edited()
        self.desk.rows[index].planned = not self.desk.rows[index].planned

    @rule(text=st.sampled_from(PROPOSED_TEXTS))
    def type_proposed(self, text: str) -> None:
        self.type_into(self.window.proposed.edit, text)
        if text or self.desk.proposed:
            self.edited()
        self.desk.proposed = text

    # --- what must hold after every step ----------------------------------------------------------------

    def expected(self) -> tuple[list[Treatment], bool, date | None, list[Treatment]]:
        """(treatments, understood, proposed, planned treatments) from the model alone."""
        treatments, understood, proposed, planned = self.expected_entries()
        return treatments, understood and self.expected_move()[0], proposed, planned

    def expected_entries(self) -> tuple[list[Treatment], bool, date | None, list[Treatment]]:
        """The same from the rows and the proposed date alone."""
        lang = self.lang()
        treatments, planned, understood = [], [], True
        for row in self.desk.rows:
            if row.blank:
                continue
            made = treatment(row, lang)
            if made is None:
                understood = False
            else:
                (planned if row.planned else treatments).append(made)
        proposed_ok, proposed = proposed_day(self.desk.proposed, lang)
        return treatments, understood and proposed_ok, proposed, planned

    @invariant()
    def the_window_shows_what_was_typed(self) -> None:
        DeskSession.steps += 1
        rows = self.window.history.rows
        assert len(rows) == len(self.desk.rows)
        for shown, typed in zip(rows, self.desk.rows, strict=True):
            assert shown.date.edit.text() == typed.date_text
            assert shown.product.currentText() == typed.shown_product(self.lang())
            assert shown.planned.isChecked() is typed.planned
            assert shown.property("planned") is typed.planned  # a planned row looks different
        assert self.window.proposed.edit.text() == self.desk.proposed
        boxes = self.window.inputs_panel.screening.boxes
        assert list(boxes) == [item.id for item in POLICY.screening_for(self.desk.target)]
        for item_id, box in boxes.items():
            assert box.currentIndex() == ("not-asked", "no", "yes").index(
                self.desk.screening.get(item_id, "not-asked")
            )
        panel = self.window.inputs_panel
        assert panel.move_to.text() == self.desk.move_text
        assert panel.move_which.currentData() == self.desk.move_number
        assert panel.move_row.isEnabled() is (self.desk.course_count() > 1)

    @invariant()
    def edit_offers_undo_and_redo_only_of_what_can_be(self) -> None:
        """Edit ▸ Undo and Redo are on exactly when there is a step to take back or do again; Redo of
        New patient is gone after the next edit (it would clear what was typed since)."""
        assert self.window.undo_action.isEnabled() is bool(self.undo)
        assert self.window.redo_action.isEnabled() is bool(self.redo)

    @staticmethod
    def dates_of(plan: Plan | None) -> tuple[object, ...]:
        """What a handout says of a plan in dates and verdict (None when there is no plan)."""
        if plan is None:
            return (None,)
        sessions = [s.date for s in plan.course.sessions] if plan.course else []
        return (
            plan.earliest,
            plan.recommended,
            plan.bookable,
            plan.latest,
            plan.verdict,
            plan.proposed,
            *sessions,
        )

    @invariant()
    def the_status_bar_says_when_the_handout_is_out_of_date(self) -> None:
        """After a handout went out, the lasting mark shows whenever the window's dates differ from
        those on the paper (it may show for other differences too, such as a reason, never miss these)."""
        w = self.window
        if self.paper is None:
            assert w.paper_label.isHidden()
        elif self.dates_of(w.plan) != self.paper:
            assert not w.paper_label.isHidden(), (self.dates_of(w.plan), self.paper)

    @invariant()
    def the_answer_is_the_cores_answer_or_none(self) -> None:
        w, lang = self.window, self.lang()
        treatments, understood, proposed, planned = self.expected()
        described = w.timeline.accessibleDescription()  # what a screen reader hears of the timeline
        # What a screen reader is told, or will be told once typing pauses: the headline's words now.
        assert w.announcer.current == w.headline.spoken() == w.results.accessibleDescription()
        if not understood:
            assert w.announcer.current == w.problems[0].check_text()  # "Check row N: …", nothing more
            assert w.plan is None
            assert not w.headline.verdict_frame.isVisibleTo(w)
            assert not w.headline.bookable_label.isVisibleTo(w)
            assert w.problems and w.attention.isVisibleTo(w)
            assert described == describe_timeline(None, lang=lang)  # no verdict, no date there either
            return
        assert w.plan is not None, [p.check_text() for p in w.problems]
        plan = make_plan(treatments, POLICY, TODAY, self.desk.target, proposed, DAYS, planned=planned)
        plan = with_screening(plan, POLICY, self.desk.answered_yes())
        plan = with_course(plan, POLICY, self.desk.course_count(), DAYS, self.expected_move()[1])
        assert (w.plan.earliest, w.plan.recommended, w.plan.bookable, w.plan.latest, w.plan.verdict) == (
            plan.earliest,
            plan.recommended,
            plan.bookable,
            plan.latest,
            plan.verdict,
        )
        assert [p.treatment for p in w.plan.planned] == planned
        assert w.plan.screening_effect == plan.screening_effect and w.plan.screening == plan.screening
        assert verdict_text(plan, lang).title in w.headline.verdict_label.text()
        shown = [(s.date, s.breaks_rule) for s in w.plan.course.sessions] if w.plan.course else []
        assert shown == ([(s.date, s.breaks_rule) for s in plan.course.sessions] if plan.course else [])
        flags = course_warnings(plan.course, lang) if plan.course else []
        assert w.headline.course_label.text() == "\n".join(f"⚠ {flag}" for flag in flags)
        assert all(flag in described for flag in flags)
        # No green verdict, and no ✓ under Move session, beside a session flagged red.
        broken = {s.number for s in plan.course.broken} if plan.course else set()
        assert (w.headline.verdict_frame.property("verdict") == "session-does-not-fit") is bool(broken)
        move_echo = w.inputs_panel.move_to.echo.text()
        moved_broken = bool(broken & set(self.expected_move()[1]))
        if moved_broken:
            assert move_echo.startswith("⚠ "), move_echo
        elif self.expected_move()[1]:  # a day typed, read, and where a session can be
            assert move_echo.startswith("✓ "), move_echo
        assert w.plan.bookable is not None and w.plan.bookable.weekday() != 6  # never a closed Sunday
        if plan.earliest is not None:
            assert format_long(plan.bookable, lang) in w.headline.earliest_label.text()
            assert w.headline.earliest_label.text() in described  # the same big date, in the same words
        assert verdict_text(plan, lang).title in described  # and the same verdict as the headline

    # --- at chosen steps: the paper and the command line ---------------------------------------------------

    @rule()
    def save_the_handout(self) -> None:
        w = self.window
        actions = w.handout_actions()
        w.save_pdf_action.trigger()
        self.settle()
        dialog = actions.current_dialog
        if w.plan is None:
            first = w.first_problem()
            assert first is not None
            assert isinstance(dialog, QMessageBox) and first.check_text() in dialog.text()
            dialog.done(0)
            self.activate()
            return
        if w.plan.course is not None and w.plan.course.broken:  # no wrong session day goes home
            flag = course_warnings(w.plan.course, self.lang())[0]
            assert isinstance(dialog, QMessageBox) and flag in dialog.text()
            dialog.done(0)
            self.activate()
            return
        assert isinstance(dialog, QInputDialog)
        dialog.accept()
        self.settle()
        files = actions.current_dialog
        assert isinstance(files, QFileDialog)
        target = self.folder / "handout.pdf"
        target.unlink(missing_ok=True)
        files.fileSelected.emit(str(target))
        files.done(0)
        self.activate()
        text = " ".join(
            unicodedata.normalize("NFKC", page.extract_text() or "") for page in PdfReader(str(target)).pages
        )
        text = " ".join(text.split())
        plan = w.plan
        assert plan.bookable is not None
        lang = self.lang()  # the handout is offered in the interface language
        DeskSession.handouts += 1
        self.paper = self.dates_of(plan)
        assert w.paper_label.isHidden()  # just saved: it matches
        if plan.verdict is Verdict.CLOSED:
            big = plan.next_open  # the clinic is closed on the judged day: the next open one is offered
        elif plan.proposed is not None and plan.verdict is not Verdict.TOO_EARLY:
            big = plan.proposed  # the appointment, judged within policy
        else:
            big = plan.bookable if plan.earliest is not None else None
        if plan.no_day_fits and plan.proposed is None:  # no date to book: which planned one to move
            big = None
            assert " ".join(latest_text(plan, lang).split()) in text, (latest_text(plan, lang), text[:400])
        if big is not None:
            assert format_long(big, lang) in text, (format_long(big, lang), text[:400])
        for reason in plan.reasons:
            assert name_of(reason.product, lang).split(" (")[0] in text

    def history_options(self) -> list[str] | None:
        """The rows as --history and --planned options; None when the command line cannot say them."""
        items = []
        for row in self.desk.rows:
            if row.blank:
                continue
            meant = row.accepted
            if row.planned:
                items += ["--planned", f"{meant or row.product_text}={row.date_text}"]
                continue
            if row.hand is not None and row.hand[0] is not Precision.AROUND:
                return None  # the command line has no "whole month" switch for a typed day
            read = reading(row.date_text, "en")
            if row.hand is not None and read is not None and read.precision is Precision.MONTH:
                return None  # "~N" on a month is refused there (it reads as narrowing); widened here
            suffix = f"~{row.hand[1]}" if row.hand else ""
            items += ["--history", f"{meant or row.product_text}={row.date_text}{suffix}"]
        return items

    @rule()
    def ask_the_command_line(self) -> None:
        w = self.window
        items = self.history_options()
        if items is None or self.lang() != "en":
            return  # the command line reads dates as typed in either language; its messages are English
        argv = ["plan", "--json", "--today", TODAY.isoformat(), "--target", self.desk.target, *items]
        argv += ["--settings", str(self.folder / "desk.toml")]
        if self.desk.proposed.strip():
            argv += ["--proposed", self.desk.proposed]
        if yes := self.desk.answered_yes():  # the screening answered yes
            argv += ["--screen", ",".join(yes)]
        if self.desk.course_count() > 1:  # the same course, and the session moved, typed as options
            argv += ["--sessions", str(self.desk.course_count())]
            if self.desk.move_text.strip():
                argv += ["--move-session", f"{self.desk.move_number}={self.desk.move_text}"]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(argv)
        if w.plan is None:
            assert code != 0, (argv, out.getvalue())  # what the window does not understand, nor does the CLI
            return
        assert code == 0, (argv, err.getvalue())
        said = json.loads(out.getvalue())
        assert said["earliest"] == (w.plan.earliest.isoformat() if w.plan.earliest else None)
        assert said["bookable"] == (w.plan.bookable.isoformat() if w.plan.bookable else None)
        assert said["screening_effect"] == w.plan.screening_effect
        assert [s["id"] for s in said["screening"]] == [i.id for i in w.plan.screening]
        if w.plan.course is not None:
            assert [(s["date"], s["too_early"] or s["clinic_closed"]) for s in said["sessions"]] == [
                (s.date.isoformat(), s.breaks_rule) for s in w.plan.course.sessions
            ]
        DeskSession.cli_checks += 1
        if DeskSession.cli_checks % self.subprocess_every == 1:  # and as a real process now and then
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            done = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), *argv],
                capture_output=True, text=True, cwd=ROOT, env=env, check=False,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)["bookable"] == said["bookable"]


@pytest.mark.typing_model  # in the default run (about 4 minutes); -m 'not typing_model' leaves it out
def test_what_is_typed_is_what_is_planned(qapp: QApplication, tmp_path: Path) -> None:
    from gui.store.settings import to_toml

    (tmp_path / "desk.toml").write_text(to_toml(DESK), encoding="utf-8")
    DeskSession.folder = tmp_path
    run = settings(
        settings.default,
        max_examples=int(os.environ.get("TYPING_SESSIONS", max(300, settings.default.max_examples))),
        stateful_step_count=max(12, settings.default.stateful_step_count),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    try:
        run_state_machine_as_test(DeskSession, settings=run)
    finally:
        DeskSession.switch_back_to_english()
    s = DeskSession
    print(
        f"\ntyping model: {s.sessions} sessions, {s.steps} checked steps, {s.handouts} handouts read back, "
        f"{s.cli_checks} command-line checks ({1 + (s.cli_checks - 1) // s.subprocess_every} as processes), "
        f"{s.moves} sessions moved by hand"
    )
