"""The policy editor's screening page: the questions asked at the desk, as a table the manager changes
(what a yes means and the evidence in cells; the words in both languages, the sources, what it is
asked before and its code below the table), checked and signed with the rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.core import SCREENING_EFFECTS, Policy, evidence_text
from gui.ui.dialogs.common import FieldNote, buddy_label, push_button, stacked
from gui.ui.dialogs.policy_rows import question_title
from gui.ui.dialogs.rule_table import (
    EDIT_TRIGGERS,
    ChoiceDelegate,
    MarkedTableModel,
    editable_table,
    evidence_delegate,
)
from gui.ui.dialogs.screening_rows import (
    EFFECT_WORDS,
    SCREENING_FIELD_WORDS,
    ScreeningRow,
    applies_choices,
    applies_text,
    new_row,
    screening_rows,
    words,
)
from gui.ui.i18n import translate, ui_language
from gui.ui.retranslate import Retranslating

COLUMN_FIELDS = ("question", "effect", "evidence", "applies_to")
EFFECT_COLUMN, EVIDENCE_COLUMN = 1, 2
CHOICE = Qt.ItemDataRole.UserRole


class ScreeningTableModel(MarkedTableModel):
    """One row per question: its words in the interface language, what a yes means, the evidence and
    what it is asked before."""

    headers = tuple(SCREENING_FIELD_WORDS[f] for f in COLUMN_FIELDS)
    fields = COLUMN_FIELDS
    editable = frozenset({EFFECT_COLUMN, EVIDENCE_COLUMN})
    context = "ScreeningEditor"
    rows: list[ScreeningRow]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: Policy | None = None  # names what a question is asked before

    def _text(self, row: ScreeningRow, column: int, editing: bool) -> str:
        if column == 0:
            return row.said("question") or translate("ScreeningEditor", "(no question yet: write it below)")
        if editing:
            return str(getattr(row, COLUMN_FIELDS[column]))
        if column == EFFECT_COLUMN:
            return words(EFFECT_WORDS[row.effect]) if row.effect in EFFECT_WORDS else row.effect
        if column == EVIDENCE_COLUMN:
            return evidence_text(row.evidence, ui_language())
        return applies_text(self.policy, row.applies_to) if self.policy else ", ".join(row.applies_to)

    def _tooltip(self, row: ScreeningRow, column: int) -> str:
        if column == 0:
            return row.said("reason")
        if column == EFFECT_COLUMN:
            return translate(
                "ScreeningEditor",
                "Not today: a yes means no treatment that day. Ask the practitioner first: the date "
                "stands, but a practitioner decides. Double-click or type to change it.",
            )
        return ""


def _effects() -> list[tuple[str, str]]:
    """What a yes can mean, in words, for the cell's list."""
    return [(words(EFFECT_WORDS[effect]), effect) for effect in SCREENING_EFFECTS]


def _effect_name() -> str:
    return words(SCREENING_FIELD_WORDS["effect"])


class ScreeningDetail(Retranslating, QWidget):
    """The selected question's words in English and Spanish, its sources, what it is asked before
    and its code; each field with its problem in words beneath."""

    edited = Signal(str, object)  # field name, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: ScreeningRow | None = None
        self._loading = False
        self._read_only = False
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.lines = {name: QLineEdit(self) for name in ("question", "question_es", "name", "name_es", "id")}
        self.texts = {name: self._text_edit(2) for name in ("reason", "reason_es")}
        self.texts["sources"] = self._text_edit(2)
        self.applies_list = QListWidget(self)
        self.applies_list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.applies_list.setWordWrap(True)
        self.applies_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields: dict[str, QWidget] = {**self.lines, **self.texts, "applies_to": self.applies_list}
        self.fields = fields
        self.notes = {name: FieldNote(widget, self) for name, widget in fields.items()}
        self.labels = {name: QLabel(self) for name in ("english", "spanish", "question", "name", "reason")}
        self.labels |= {name: QLabel(self) for name in ("sources", "applies_to", "id")}
        self.english_label = buddy_label("", self.lines["question"], self)
        self._lay_out()
        self.retranslate_ui()
        for name, line in self.lines.items():
            line.textEdited.connect(lambda text, n=name: self._emit(n, text.strip()))
        for name, edit in self.texts.items():
            edit.textChanged.connect(lambda n=name: self._on_text_changed(n))
        self.applies_list.itemChanged.connect(self._on_applies_changed)

    def _text_edit(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self.english_label, 1, 1)
        grid.addWidget(self.labels["spanish"], 1, 2)
        for line, name in enumerate(("question", "name", "reason"), start=2):
            english = self.lines.get(name) or self.texts[name]
            spanish = self.lines.get(f"{name}_es") or self.texts[f"{name}_es"]
            grid.addWidget(self.labels[name], line, 0, top)
            grid.addLayout(stacked(english, self.notes[name]), line, 1, top)
            grid.addLayout(stacked(spanish, self.notes[f"{name}_es"]), line, 2, top)
        lower = QHBoxLayout()
        for name, stretch in (("sources", 3), ("applies_to", 3), ("id", 1)):
            column = stacked(self.labels[name], self.fields[name], self.notes[name])
            column.addStretch(1)  # the three labels on one line, whatever the fields' heights
            lower.addLayout(column, stretch)
        grid.addLayout(lower, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def retranslate_ui(self) -> None:
        self.english_label.setText(self.tr("Englis&h"))
        said = {
            "spanish": self.tr("Spanish (optional: where empty, the English is used)"),
            "question": self.tr("Question, as staff ask it"),
            "name": self.tr("What a yes means, in a few words"),
            "reason": self.tr("Why (the patient reads it)"),
            "sources": self.tr("Sources, one per line"),
            "applies_to": self.tr("Asked before (none ticked: before every next treatment)"),
            "id": self.tr("Code (for --screen on the command line)"),
        }
        for name, text in said.items():
            self.labels[name].setText(text)
        for name, widget in self.fields.items():
            widget.setAccessibleName(words(SCREENING_FIELD_WORDS[name]))
        self.lines["question"].setPlaceholderText(self.tr("e.g. Is the skin in the area sunburned now?"))
        self.lines["name"].setPlaceholderText(self.tr("e.g. sunburn in the area"))
        self.lines["id"].setPlaceholderText(self.tr("e.g. sunburn"))
        for note in self.notes.values():
            note.retranslate_ui()
        self._show_title()

    def _show_title(self) -> None:
        row = self._row
        title = self.tr("Selected: {question}").format(question=question_title(row)) if row else ""
        self.title.setText(title or self.tr("Select a question in the table"))

    def show_row(self, row: ScreeningRow | None, choices: list[tuple[str, str]]) -> None:
        """Show a question's fields without reporting them as edits."""
        self._loading = True
        self._row = row
        self._show_title()
        for name, line in self.lines.items():
            if line.text() != (value := str(getattr(row, name)) if row else ""):
                line.setText(value)
        for name, edit in self.texts.items():
            value = (
                "\n".join(row.sources)
                if row and name == "sources"
                else str(getattr(row, name))
                if row
                else ""
            )
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        self.applies_list.clear()
        ticked = set(row.applies_to) if row else set()
        known = {key for key, _ in choices}
        for key, text in [*choices, *((k, k) for k in (row.applies_to if row else ()) if k not in known)]:
            item = QListWidgetItem(text, self.applies_list)
            item.setData(CHOICE, key)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if self._read_only else flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        self.setEnabled(row is not None)
        self._loading = False

    def follow(self, row: ScreeningRow) -> None:
        """The shown question changed by an edit here: its title follows, the fields stay as typed."""
        self._row = row
        self._show_title()

    def set_read_only(self, read_only: bool) -> None:
        for line in self.lines.values():
            line.setReadOnly(read_only)
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        self._read_only = read_only
        self.show_row(self._row, self._choices())  # ticks a person cannot change

    def _emit(self, name: str, value: object) -> None:
        if not self._loading:
            self.edited.emit(name, value)

    def _on_text_changed(self, name: str) -> None:
        text = self.texts[name].toPlainText()
        if name == "sources":
            self._emit(name, tuple(line.strip() for line in text.splitlines() if line.strip()))
        else:
            self._emit(name, text.strip())

    @Slot(QListWidgetItem)
    def _on_applies_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        items = [self.applies_list.item(i) for i in range(self.applies_list.count())]
        self._emit(
            "applies_to", tuple(i.data(CHOICE) for i in items if i.checkState() == Qt.CheckState.Checked)
        )

    def _choices(self) -> list[tuple[str, str]]:
        items = [self.applies_list.item(i) for i in range(self.applies_list.count())]
        return [(i.data(CHOICE), i.text()) for i in items]


class ScreeningPage(Retranslating, QWidget):
    """The screening questions of the policy being edited; ``edited`` fires after any change."""

    edited = Signal()  # a committed change: a cell, an added or removed question
    typed = Signal()  # words typed below the table: checked once the person pauses
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: Policy | None = None
        self.read_only = False
        self._typing = False
        self.model = ScreeningTableModel(self)
        self.table = self._make_view()
        self.add_button = push_button("", "", self)
        self.remove_button = push_button("", "", self)
        self.detail = ScreeningDetail(self)
        self.table_label = buddy_label("", self.table, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.addWidget(self.hint)
        outer.addWidget(self.table_label)
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(self.detail)
        self.retranslate_ui()
        self.model.edited.connect(self._on_model_edited)
        self.detail.edited.connect(self._on_detail_edited)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.add_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_question)

    def _make_view(self) -> QTableView:
        view = editable_table(self.model, "", self)
        view.setItemDelegateForColumn(EFFECT_COLUMN, ChoiceDelegate(_effects, _effect_name, view))
        view.setItemDelegateForColumn(EVIDENCE_COLUMN, evidence_delegate(view))
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows * 4 + 4)  # 4 rows, always
        return view

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Screening questions"))
        self.table_label.setText(
            self.tr("Questions as&ked at the desk (double-click what a yes means to change it)")
        )
        self.hint.setText(
            self.tr(
                "A yes never moves a date: it adds 'not today' or 'ask the practitioner first', with the "
                "reason. Answers are never saved."
            )
        )
        texts = (
            (self.add_button, self.tr("&Add question"), self.tr("Add a screening question")),
            (
                self.remove_button,
                self.tr("Re&move question"),
                self.tr("Remove the selected screening question"),
            ),
        )
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)
        self.model.retranslate()
        self._size_columns()
        if self.policy is not None:
            self._show_detail()

    def _size_columns(self) -> None:
        width = self.table.fontMetrics().horizontalAdvance
        samples = (
            "",
            words(EFFECT_WORDS["ask-first"]),
            evidence_text("expert-opinion", ui_language()),
            "RF microneedling, Microneedling",
        )
        for column, sample in enumerate(samples[1:], start=1):
            header = translate("ScreeningEditor", SCREENING_FIELD_WORDS[COLUMN_FIELDS[column]])
            self.table.horizontalHeader().resizeSection(column, max(width(sample), width(header)) + 36)

    # --- content ------------------------------------------------------------------------------------

    def load(self, policy: Policy) -> None:
        """Show the questions of ``policy`` (on opening, after an import or a reset)."""
        self.policy = policy
        self.model.policy = policy
        self.model.set_rows(screening_rows(policy))
        self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_detail()

    @property
    def rows(self) -> list[ScreeningRow]:
        return self.model.rows

    def selected(self) -> int:
        row = self.table.currentIndex().row()
        return row if 0 <= row < len(self.model.rows) else -1

    def select(self, row: int, field: str) -> None:
        """Put the cursor on a question's field (a problem activated in the list)."""
        self.table.setCurrentIndex(self.model.index(row, self.model.column_of(field)))
        widget = self.detail.fields.get(field)
        focus = self.table if widget is None or field in COLUMN_FIELDS[1:3] else widget
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_problems(self, cells: dict[tuple[int, str], str], beside: dict[str, str]) -> None:
        self.model.set_marks({(row, self.model.column_of(f)): said for (row, f), said in cells.items()})
        for name, note in self.detail.notes.items():
            note.set_problem(beside.get(name, ""))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        self.detail.set_read_only(read_only)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(not self.read_only and self.selected() >= 0)

    def _show_detail(self) -> None:
        row = self.selected()
        choices = applies_choices(self.policy) if self.policy else []
        self.detail.show_row(self.model.rows[row] if row >= 0 else None, choices)
        self._sync_buttons()

    # --- slots --------------------------------------------------------------------------------------

    @Slot()
    def add_question(self) -> None:
        """A new question at the end, selected, with the cursor in its English question."""
        if self.read_only:
            return
        self.model.insert_row(len(self.model.rows), new_row(self.model.rows))
        self.table.setCurrentIndex(self.model.index(len(self.model.rows) - 1, 0))
        self.detail.lines["question"].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def remove_question(self) -> None:
        row = self.selected()
        if row < 0 or self.read_only:
            return
        self.model.remove_row(row)
        self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), 0))
        self._show_detail()

    @Slot()
    def _on_model_edited(self) -> None:
        (self.typed if self._typing else self.edited).emit()

    @Slot(str, object)
    def _on_detail_edited(self, field: str, value: Any) -> None:
        row = self.selected()
        if row >= 0 and not self.read_only:
            self._typing = True
            self.model.set_field(row, field, value)
            self._typing = False
            self.detail.follow(self.model.rows[row])

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row() or not previous.isValid():
            self._show_detail()
            self.selection_changed.emit()
