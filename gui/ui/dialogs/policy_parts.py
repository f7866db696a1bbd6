"""Parts of the policy editor around the table: the name and signature fields, and the rule detail."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gui.core import DateParseError, ParsedDate, Precision, check_not_future, format_day_month, format_month
from gui.ui.dialogs.common import FieldNote, buddy_label, stacked
from gui.ui.dialogs.policy_rows import FIELD_WORDS, META_WORDS, MetaText, RuleRow, words
from gui.ui.i18n import translate
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.date_entry import DateEntry
from gui.ui.widgets.hint_edit import HintLineEdit


def check_approval_day(parsed: ParsedDate, today: date, lang: str = "en") -> None:
    """An approval happened on one day, today or earlier."""
    if parsed.precision is not Precision.EXACT:
        month = format_month(parsed.first.year, parsed.first.month, lang)
        text = translate("PolicyMetaForm", "{month} is a whole month; give the day the policy was approved.")
        raise DateParseError(text.format(month=month))
    if parsed.first > today:
        text = translate(
            "PolicyMetaForm", "{day} is after today ({today}); a policy is approved today or earlier."
        )
        raise DateParseError(
            text.format(day=format_day_month(parsed.first, lang), today=format_day_month(today, lang))
        )
    check_not_future(parsed, today, lang)  # the span the app reasons about: from 1990


class PolicyMetaForm(Retranslating, QWidget):
    """Policy name, version, who approved it and when; each with its problem in words beneath."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit, self.version_edit, self.approver_edit = (
            HintLineEdit(self),
            QLineEdit(self),
            HintLineEdit(self),
        )
        self.version_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.approval_date = DateEntry(today, check=check_approval_day, parent=self)
        self.labels: dict[str, QLabel] = {}
        self.notes = {
            "name": FieldNote(self.name_edit, self),
            "version": FieldNote(self.version_edit, self),
            "approved_by": FieldNote(self.approver_edit, self),
            "approved_on": FieldNote(self.approval_date.edit, self),
        }
        self._lay_out()
        self.retranslate_ui()
        for edit in (self.name_edit, self.version_edit, self.approver_edit):
            edit.textChanged.connect(self.changed)
        self.approval_date.changed.connect(self.changed)

    def retranslate_ui(self) -> None:
        for field, edit in (("name", self.name_edit), ("version", self.version_edit)):
            edit.setAccessibleName(words(META_WORDS[field]))
        self.approver_edit.setAccessibleName(words(META_WORDS["approved_by"]))
        self.name_edit.setPlaceholderText(self.tr("e.g. Clinic policy"))
        self.version_edit.setPlaceholderText(self.tr("e.g. 3"))
        self.approver_edit.setPlaceholderText(self.tr("Name of who approved it, e.g. Dr Lee"))
        self.approval_date.set_labels(
            words(META_WORDS["approved_on"]), self.tr("e.g. 20 Nov 2026 (today or earlier)")
        )
        self.labels["name"].setText(self.tr("Policy &name"))
        self.labels["version"].setText(self.tr("&Version"))
        self.labels["approved_by"].setText(self.tr("Approved &by"))
        self.labels["approved_on"].setText(self.tr("Approval &date"))
        for note in self.notes.values():
            note.retranslate_ui()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        cells = (
            (self.name_edit, "name", 0, 0),
            (self.version_edit, "version", 0, 2),
            (self.approver_edit, "approved_by", 1, 0),
            (self.approval_date, "approved_on", 1, 2),
        )
        for widget, field, row, column in cells:
            self.labels[field] = buddy_label("", widget, self)
            grid.addWidget(self.labels[field], row, column, top)
            grid.addLayout(stacked(widget, self.notes[field]), row, column + 1, top)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    def meta(self) -> MetaText:
        parsed = self.approval_date.parsed
        return MetaText(
            self.name_edit.text().strip(),
            self.version_edit.text().strip(),
            self.approver_edit.text().strip(),
            parsed.first if parsed is not None else None,
        )

    def set_meta(self, meta: MetaText) -> None:
        self.name_edit.setText(meta.name)
        self.version_edit.setText(meta.version)
        self.approver_edit.setText(meta.approved_by)
        if meta.approved_on is None:
            self.approval_date.clear()
        else:
            self.approval_date.set_date(meta.approved_on)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.name_edit, self.version_edit, self.approver_edit, self.approval_date.edit):
            edit.setReadOnly(read_only)
        self.approval_date.calendar_button.setEnabled(not read_only)

    def focus_target(self, field: str) -> QWidget:
        targets: dict[str, QWidget] = {
            "name": self.name_edit,
            "version": self.version_edit,
            "approved_by": self.approver_edit,
            "approved_on": self.approval_date.edit,
        }
        return targets[field]


class RuleDetail(Retranslating, QWidget):
    """The selected rule's basis and sources (one per line), which are too long for table cells."""

    edited = Signal(str, object)  # field name ("basis" or "sources"), new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.basis_edit = self._text_edit(3)
        self.sources_edit = self._text_edit(4)
        self._row: RuleRow | None = None
        self.notes = {
            "basis": FieldNote(self.basis_edit, self),
            "sources": FieldNote(self.sources_edit, self),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.basis_label = buddy_label("", self.basis_edit, self)
        self.sources_label = buddy_label("", self.sources_edit, self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.basis_label, 1, 0)
        grid.addWidget(self.sources_label, 1, 1)
        grid.addLayout(stacked(self.basis_edit, self.notes["basis"]), 2, 0)
        grid.addLayout(stacked(self.sources_edit, self.notes["sources"]), 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._loading = False
        self.retranslate_ui()
        self.basis_edit.textChanged.connect(self._on_basis_changed)
        self.sources_edit.textChanged.connect(self._on_sources_changed)

    def retranslate_ui(self) -> None:
        self.title.setAccessibleName(self.tr("Selected rule"))
        self.basis_edit.setAccessibleName(words(FIELD_WORDS["basis"]))
        self.sources_edit.setAccessibleName(self.tr("Sources, one per line"))
        self.basis_label.setText(self.tr("Basis (why this &wait)"))
        self.sources_label.setText(self.tr("S&ources, one per line"))
        self._show_title()
        for note in self.notes.values():
            note.retranslate_ui()

    def _show_title(self) -> None:
        row = self._row
        title = self.tr("Selected rule: {rule}").format(rule=row.title) if row else ""
        self.title.setText(title or self.tr("Select a rule in the table"))

    def _text_edit(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def show_row(self, row: RuleRow | None) -> None:
        """Show a row's basis and sources without reporting them as edits."""
        self._loading = True
        self._row = row
        self._show_title()
        self.basis_edit.setPlainText(row.basis if row else "")
        self.sources_edit.setPlainText("\n".join(row.sources) if row else "")
        self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.basis_edit.setReadOnly(read_only)
        self.sources_edit.setReadOnly(read_only)

    @Slot()
    def _on_basis_changed(self) -> None:
        if not self._loading:
            self.edited.emit("basis", self.basis_edit.toPlainText().strip())

    @Slot()
    def _on_sources_changed(self) -> None:
        if not self._loading:
            lines = self.sources_edit.toPlainText().splitlines()
            self.edited.emit("sources", tuple(line.strip() for line in lines if line.strip()))
