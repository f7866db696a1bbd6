"""The window's input side: prior treatments, the procedure and the proposed date, as one snapshot.

Collects what staff typed and says which rows are not counted; it computes no date.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.core import (
    DateOrder,
    HistoryError,
    Policy,
    Tense,
    Treatment,
    Unread,
    check_not_past,
    format_medium,
    read_history,
)
from gui.core.limits import MAX_SESSIONS
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate, ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.accessible import name_field
from gui.ui.widgets.date_entry import DateEntry
from gui.ui.widgets.history_editor import HistoryEditor
from gui.ui.widgets.history_row import HistoryRow, RowEntry
from gui.ui.widgets.screening_panel import ScreeningPanel
from gui.ui.widgets.target_combo import TargetCombo
from gui.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from gui.core.course import Course, CourseError

SESSIONS_TIP = QT_TRANSLATE_NOOP(
    "InputsPanel", "A course: each session at least the policy's spacing after the one before"
)
SESSIONS_OFF_TIP = QT_TRANSLATE_NOOP(
    "InputsPanel", "A course of sessions is for a treatment the policy gives a spacing, such as microneedling"
)


class Inputs(NamedTuple):
    """Everything staff typed, as a snapshot (for Undo after New patient). Memory only."""

    rows: list[RowEntry]
    target: str
    proposed_text: str
    sessions: int = 1
    move_number: int = 2  # the session moved by hand (2 to 6) …
    move_text: str = ""  # … and the day typed for it (empty: placed by the policy)
    screening: Mapping[str, str] = MappingProxyType({})  # answers given, by question id

    @property
    def is_empty(self) -> bool:
        typed = (self.proposed_text, self.move_text)
        blank = all(row.is_blank for row in self.rows) and not any(text.strip() for text in typed)
        return blank and not self.screening


# The row number of a problem in a field below the history rows.
PROPOSED, MOVED_SESSION = 0, -1


class EntryProblem(NamedTuple):
    """An entry that is not understood: which one (row number, or 0 for the proposed date), what is
    wrong in words, and the field to put the focus in so it can be fixed."""

    row: int  # a history row's number; PROPOSED or MOVED_SESSION for the fields below the rows
    what: str
    focus: QWidget

    @property
    def place(self) -> str:
        if self.row > 0:
            return translate("InputsPanel", "Row {number}").format(number=self.row)
        if self.row == MOVED_SESSION:
            return translate("InputsPanel", "The moved session")
        return translate("InputsPanel", "The proposed date")

    def check_text(self) -> str:
        """The headline's one clear state: 'Check row 2: type the date of the injection.'"""
        if self.row > 0:
            text = translate("InputsPanel", "Check row {number}: {problem}")
        elif self.row == MOVED_SESSION:
            text = translate("InputsPanel", "Check the moved session: {problem}")
        else:
            text = translate("InputsPanel", "Check the proposed date: {problem}")
        return text.format(number=self.row, problem=self.what)

    def list_text(self) -> str:
        return f"{self.place}: {self.what}"


def row_problem(entry: RowEntry) -> str | None:
    """Why a row that is not blank cannot be read yet, in words (what its own fields say is wrong);
    None when it is blank or the core may read it."""
    if entry.is_blank or not entry.error:
        return None
    return entry.error


def _unread(problem: Unread | HistoryError) -> str:
    if problem is Unread.PRODUCT:
        return translate("InputsPanel", "choose a product.")
    if problem is Unread.DATE:
        return translate("InputsPanel", "type the date of the injection.")
    return str(problem)


class InputsPanel(Retranslating, QGroupBox):
    """History rows (past and planned), the next treatment and the proposed date; ``changed`` on any
    edit."""

    changed = Signal()

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = HistoryEditor(policy, today)
        self.target_combo = TargetCombo(policy, self)
        self._policy = policy
        # A course of sessions of the next treatment, when the policy gives it a spacing (1: one visit).
        self.sessions = QSpinBox(self)
        self.sessions.setRange(1, MAX_SESSIONS)
        self.sessions_label = QLabel(self)
        self.sessions_label.setBuddy(self.sessions)
        # One session moved by hand (typed, or dragged on the timeline): the ones after it follow it.
        self.move_which = QComboBox(self)
        self.move_which.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never squeezed
        for number in range(2, MAX_SESSIONS + 1):
            self.move_which.addItem("", number)
        self.move_to = DateEntry(today, check=check_not_past, tense=Tense.FUTURE)
        guard_wheel(self.target_combo, self.sessions, self.move_which)
        self.move_label = QLabel(self)
        self.move_label.setBuddy(self.move_which)
        self.move_to_label = QLabel(self)
        self.move_to_label.setBuddy(self.move_to.edit)
        # The session above its new day (side by side they would not fit a narrow column in large text).
        self.move_row = QWidget(self)
        move_day = QHBoxLayout()
        move_day.addWidget(self.move_to_label, 0, Qt.AlignmentFlag.AlignTop)
        move_day.addWidget(self.move_to, 1)
        move_layout = QVBoxLayout(self.move_row)
        move_layout.setContentsMargins(0, 0, 0, 0)
        move_layout.addWidget(self.move_which, 0, Qt.AlignmentFlag.AlignLeft)
        move_layout.addLayout(move_day)
        self.proposed = DateEntry(today, check=check_not_past, tense=Tense.FUTURE)
        self.procedure_label = QLabel(self)
        self.procedure_label.setBuddy(self.target_combo)
        self.proposed_label = QLabel(self)
        self.proposed_label.setBuddy(self.proposed.edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: the field goes below
        form.addRow(self.procedure_label, self.target_combo)
        form.addRow(self.sessions_label, self.sessions)
        form.addRow(self.move_label, self.move_row)
        form.addRow(self.proposed_label, self.proposed)
        self._form = form
        # The screening questions for the next treatment, answered at the desk (memory only).
        self.screening = ScreeningPanel(policy, self.target_combo.target(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 2)
        layout.addLayout(form)
        layout.addWidget(self.screening, 1)  # the treatments keep the larger share of a short column
        self._chain_tab()
        self.screening.questions_changed.connect(self._chain_tab)
        self.screening.changed.connect(self.changed)
        self.target_combo.target_changed.connect(self.screening.set_target)
        self.history.history_changed.connect(self.changed)
        self.target_combo.target_changed.connect(self._sync_sessions)
        self.target_combo.target_changed.connect(self.changed)
        self.sessions.valueChanged.connect(self._sync_sessions)
        self.sessions.valueChanged.connect(self.changed)
        self.move_which.currentIndexChanged.connect(self._on_move_edited)
        self.move_to.changed.connect(self._on_move_edited)
        self._sync_sessions()
        self.proposed.changed.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Prior injections and treatments"))
        self.procedure_label.setText(self.tr("&Next treatment:"))
        name_field(self.target_combo, self.tr("Next treatment"))
        self.sessions_label.setText(self.tr("&Sessions:"))
        self.sessions.setAccessibleName(self.tr("Sessions in the course"))
        self.sessions.setToolTip(self.tr(SESSIONS_TIP if self.sessions.isEnabled() else SESSIONS_OFF_TIP))
        self.move_label.setText(self.tr("&Move session:"))
        for index in range(self.move_which.count()):
            number = self.move_which.itemData(index)
            self.move_which.setItemText(index, self.tr("Session {number}").format(number=number))
        # Room for the longest name in any font size (the style may pad the field).
        longest = max(len(self.move_which.itemText(i)) for i in range(self.move_which.count()))
        self.move_which.setMinimumContentsLength(longest + 2)
        self.move_which.setAccessibleName(self.tr("Session to move"))
        self.move_which.setToolTip(
            self.tr("Session 1 is the proposed date; move a later one here, or drag it on the timeline")
        )
        self.move_to_label.setText(self.tr("to"))
        self.move_to.set_labels(
            self.tr("Day the session is moved to"), self.tr("empty = as the policy places it")
        )
        self.proposed_label.setText(self.tr("&Proposed date:"))
        self.proposed.set_labels(
            self.tr("Proposed appointment date"), self.tr("e.g. 1 Dec 2026, in 2 weeks (empty = today)")
        )

    # --- values -------------------------------------------------------------------------------------

    def target(self) -> str:
        return self.target_combo.target()

    def set_target(self, target: str) -> None:
        self.target_combo.set_target(target)

    def _chain_tab(self) -> None:
        """Tab after the rows: the next treatment, the course, the proposed date, then the questions."""
        tail = (self.target_combo, self.sessions, self.move_which, self.move_to, self.proposed)
        self.history.set_tab_tail((*tail, *self.screening.boxes.values()))

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy
        self.screening.set_policy(policy)
        self.history.set_policy(policy)
        self.target_combo.set_policy(policy)
        self._sync_sessions()

    def set_today(self, today: date) -> None:
        for entry in (self.history, self.move_to, self.proposed):
            entry.set_today(today)

    def set_order(self, order: DateOrder | None) -> None:
        """One rule for numeric dates in every date field of the desk (Settings ▸ Numeric dates)."""
        for entry in (self.history, self.move_to, self.proposed):
            entry.set_order(order)

    def session_count(self) -> int:
        """How many sessions to plan: 1 unless the next treatment has a course spacing."""
        return self.sessions.value() if self.sessions.isEnabled() else 1

    def _sync_sessions(self) -> None:
        """The Sessions box only for a treatment with a course spacing; the Move row only for a course
        (greyed otherwise, never hidden: the fields below stay where they are), offering its sessions."""
        course = self._policy.course_for(self.target()) is not None
        self.sessions.setEnabled(course)
        self.sessions.setToolTip(self.tr(SESSIONS_TIP if course else SESSIONS_OFF_TIP))
        count = self.session_count()
        self.move_row.setEnabled(count > 1)
        self.move_label.setEnabled(count > 1)
        model = self.move_which.model()
        if isinstance(model, QStandardItemModel):
            for index in range(model.rowCount()):
                item = model.item(index)
                item.setEnabled(self.move_which.itemData(index) <= count)  # not offered past the course

    @Slot()
    def _on_move_edited(self) -> None:
        if self.move_row.isEnabled():  # a greyed row is not read: nothing it holds counts
            self.changed.emit()

    def show_course(self, course: Course | None) -> None:
        """Under Move session, the word on the day typed: why the session cannot be there, when the
        plan's course flags it (no ✓ beside a day the headline refuses)."""
        broken = course.broken if course is not None else ()
        flagged = [s for s in broken if s.number in self.moved()] if broken else []
        if not flagged:
            self.move_to.set_flag("")
            return
        from gui.core.course_words import session_warning  # read once a session is flagged

        self.move_to.set_flag(session_warning(flagged[0], ui_language()))

    def moved(self) -> dict[int, date]:
        """The session moved by hand and its day, when the Move row is shown and its day understood
        (``counted`` names the row while it is not)."""
        parsed, number = self.move_to.parsed, self.move_which.currentData()
        if self.session_count() < 2 or parsed is None or number > self.session_count():
            return {}
        return {number: parsed.first}

    def move_session(self, number: int, day: date) -> None:
        """Move session ``number`` (2 or later) to ``day``: the typed fields say it, so what is shown
        is what is typed (a drag on the timeline comes here)."""
        index = self.move_which.findData(number)
        if index < 0 or number > self.session_count():
            return
        self.move_which.setCurrentIndex(index)
        self.move_to.set_date(day)

    def proposed_date(self) -> date | None:
        parsed = self.proposed.parsed
        return parsed.first if parsed else None

    def inputs(self) -> Inputs:
        return Inputs(
            self.history.entries(),
            self.target(),
            self.proposed.text(),
            self.sessions.value(),
            self.move_which.currentData(),
            self.move_to.text(),
            self.screening.answers(),
        )

    def restore_inputs(self, inputs: Inputs) -> None:
        self.history.restore(inputs.rows)
        self.set_target(inputs.target)
        self.sessions.setValue(inputs.sessions)
        self.move_which.setCurrentIndex(max(self.move_which.findData(inputs.move_number), 0))
        self.move_to.set_text(inputs.move_text)
        self.proposed.set_text(inputs.proposed_text)
        self.screening.restore(inputs.screening)

    def counted(self) -> tuple[list[Treatment], list[EntryProblem], list[Treatment]]:
        """Every entry read once: the treatments that count, each entry that is not understood (a row,
        or the proposed date), and the treatments marked planned. While any entry is not understood
        there is no answer to give."""
        problems: list[EntryProblem] = []
        read: list[tuple[int, HistoryRow, RowEntry]] = []  # rows the core reads, with their numbers
        for number, row in enumerate(self.history.rows, start=1):
            entry = row.entry()
            if (what := row_problem(entry)) is not None:
                problems.append(EntryProblem(number, what, self._focus(row, entry)))
            elif not entry.is_blank:
                read.append((number, row, entry))
        reading = read_history((entry.typed() for _, _, entry in read), self.proposed.today)
        for index, problem in reading.problems:
            number, row, entry = read[index]
            problems.append(EntryProblem(number, _unread(problem), self._focus(row, entry)))
        problems.sort(key=lambda p: p.row)
        if (what := self._move_problem()) is not None:
            problems.append(EntryProblem(MOVED_SESSION, what, self.move_to))
        if self.proposed.error:
            problems.append(EntryProblem(PROPOSED, self.proposed.error, self.proposed))
        return list(reading.treatments), problems, list(reading.planned)

    def move_order_problem(self, error: CourseError) -> EntryProblem:
        """A session moved onto or before the one before it, said in the interface language."""
        what = translate(
            "InputsPanel", "session {number} must come after session {before} ({day}): choose a later day."
        )
        day = format_medium(error.after, ui_language()) if error.after else ""
        text = what.format(number=error.number, before=error.number - 1, day=day)
        return EntryProblem(MOVED_SESSION, text, self.move_to)

    def _move_problem(self) -> str | None:
        """Why the Move row's day cannot be used (only while the row is shown and holds text)."""
        count, number = self.session_count(), self.move_which.currentData()
        if count < 2 or not self.move_to.text().strip():
            return None
        if self.move_to.error:
            return self.move_to.error
        if number > count:
            text = translate(
                "InputsPanel", "there is no session {number} in {count} sessions: pick one or clear the day."
            )
            return text.format(number=number, count=count)
        return None

    @staticmethod
    def _focus(row: HistoryRow, entry: RowEntry) -> QWidget:
        """Where to fix it: the product while none is chosen (and the date is fine), else the date."""
        return row.product if entry.product_id is None and not entry.date_error else row.date
