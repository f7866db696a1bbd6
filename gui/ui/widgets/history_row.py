"""One row of the treatment history: product, date, how sure the date is, and the treated area."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from gui.core import (
    MAX_AROUND_DAYS,
    DateOrder,
    DateParseError,
    ParsedDate,
    Policy,
    Precision,
    Tense,
    Treatment,
    TypedTreatment,
    check_done_or_planned,
    check_not_past,
    format_medium,
    format_relative,
    format_span,
    parse_date,
    treatment_from_reading,
)
from gui.ui.app_theme import style_part
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.accessible import QuietDescription, name_field, spoken_label
from gui.ui.widgets.date_entry import DateEntry
from gui.ui.widgets.product_combo import ProductCombo
from gui.ui.widgets.wheel_guard import guard_wheel

PRECISIONS = (
    (Precision.EXACT, QT_TRANSLATE_NOOP("HistoryRow", "Exact day")),
    (Precision.AROUND, QT_TRANSLATE_NOOP("HistoryRow", "Around (± days)")),
    (Precision.MONTH, QT_TRANSLATE_NOOP("HistoryRow", "Month only")),
)
DEFAULT_AROUND_DAYS = 7


class RowEntry(NamedTuple):
    """What one row holds right now (memory only). ``product_id`` is None until a listed product is
    chosen; ``reading`` is None while the date is empty or not understood; ``chosen`` is a precision
    picked by hand (None: the date's own), with ``plus_minus_days`` for AROUND."""

    product_id: str | None
    product_text: str
    date_text: str
    reading: ParsedDate | None
    chosen: Precision | None
    plus_minus_days: int
    area: str
    date_error: str
    product_error: str
    planned: bool = False  # booked after the next treatment: one day, from today on

    @property
    def is_blank(self) -> bool:
        return not self.product_text.strip() and not self.date_text.strip() and not self.area.strip()

    @property
    def error(self) -> str:
        return self.product_error or self.date_error

    def typed(self) -> TypedTreatment:
        """The row as the core reads it (:func:`gui.core.history.read_history`)."""
        if self.planned:  # one booked day: no precision to pick
            return TypedTreatment(self.product_id, self.reading, None, 0, self.area.strip(), planned=True)
        days = self.plus_minus_days if self.chosen is Precision.AROUND else 0
        return TypedTreatment(self.product_id, self.reading, self.chosen, days, self.area.strip())


class HistoryRow(Retranslating, QFrame):
    """One treatment, as a two-line card. ``changed`` fires on every edit; ``remove_requested`` on ✕."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel(self)
        self.product = ProductCombo(policy, self)
        self.date = DateEntry(
            today,
            check=check_done_or_planned,
            tense=Tense.PAST,
            describe=self._describe,
            advice=self._advice,
            parent=self,
        )
        # Ticked: the treatment is booked after the next one (a day from today on), not done before it.
        self.planned = QCheckBox(self)
        self.setProperty("planned", False)
        self.precision = QComboBox(self)
        # Its choices are longer in Spanish: fit them again after a language switch, not only once.
        self.precision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for precision, label in PRECISIONS:
            self.precision.addItem(label, precision)
        self.around = QSpinBox(self)
        self.around.setRange(1, MAX_AROUND_DAYS)
        self.around.setValue(DEFAULT_AROUND_DAYS)
        self.around.setPrefix("± ")
        guard_wheel(self.product, self.precision, self.around)
        self.area = QLineEdit(self)
        # Beside its own field: what the typed product is not, with the products it could mean.
        self.product_note = QLabel(self)
        self.product_note.setWordWrap(True)
        self.product_note.setProperty("state", "error")
        style_part(self.product_note)
        self.product_note.setVisible(False)
        # Read by screen readers beside each combo's value ("Product, combo box, Botox"); never drawn.
        self.product_label, self.precision_label = spoken_label(self.product), spoken_label(self.precision)
        self._product_description = QuietDescription(self.product)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # off the Tab path; see widgets()
        self._number = 0
        self._hand: tuple[Precision, int] | None = None  # a precision picked by hand stays
        self._syncing = False
        self._lay_out()
        self._connect_signals()
        self._sync_around()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.date.set_labels(self.tr("Treatment date"))
        for index, (_precision, label) in enumerate(PRECISIONS):
            self.precision.setItemText(index, self.tr(label))
        name_field(self.precision, self.tr("How sure is the date"))
        self.around.setAccessibleName(self.tr("Plus or minus days"))
        self.area.setPlaceholderText(self.tr("Area (optional)"))
        self.area.setAccessibleName(self.tr("Treated area (optional)"))
        self.planned.setText(self.tr("Planned"))
        self.planned.setToolTip(self.tr("Tick for a treatment already booked after the next one"))
        self.planned.setAccessibleName(self.tr("Planned (booked after the next treatment)"))
        self.remove_button.setToolTip(self.tr("Remove this treatment (Ctrl+Shift+Delete)"))
        self._show_number()
        self._sync_around()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.product, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.date, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.remove_button, 0, 3, Qt.AlignmentFlag.AlignTop)
        how_sure = QHBoxLayout()
        how_sure.addWidget(self.precision)
        how_sure.addWidget(self.around)
        how_sure.addStretch(1)
        grid.addLayout(how_sure, 1, 1)
        grid.addWidget(self.area, 1, 2)
        grid.addWidget(self.planned, 1, 3)
        grid.addWidget(self.product_note, 2, 1, 1, 3)  # shown only while the product is not understood
        grid.addWidget(self.date.detach_echo(), 3, 1, 1, 3)  # under everything: errors push nothing
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self._keep_date_whole()
        self._fit_number()
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def set_number(self, number: int) -> None:
        self._number = number
        self._show_number()

    def _show_number(self) -> None:
        number = self._number
        self.number.setText(f"{number}." if number else "")
        if self.planned.isChecked():
            self.setAccessibleName(self.tr("Planned treatment {number}").format(number=number))
        else:
            self.setAccessibleName(self.tr("Treatment {number}").format(number=number))
        self.remove_button.setAccessibleName(self.tr("Remove treatment {number}").format(number=number))

    def _connect_signals(self) -> None:
        self.product.currentTextChanged.connect(self._on_edited)
        self.date.changed.connect(self._on_edited)
        self.date.edit.textChanged.connect(self._keep_date_whole)  # only its text changes its room
        self.precision.activated.connect(self._on_precision_picked)  # by the person, not by code
        self.around.valueChanged.connect(self._on_around_changed)
        self.area.textChanged.connect(self._on_edited)
        self.planned.toggled.connect(self._on_planned_toggled)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def widgets(self) -> tuple[QWidget, ...]:
        """The row's Tab stops, left to right (✕ is not one: Ctrl+Shift+Delete removes the row)."""
        return (self.product, self.date, self.precision, self.around, self.area, self.planned)

    @Slot(bool)
    def _on_planned_toggled(self, planned: bool) -> None:
        """A planned row reads its date as a coming day and looks different (dashed, 'Planned')."""
        self.setProperty("planned", planned)
        style_part(self, planned)  # the dashed border; an unplanned row carries no style sheet
        self.precision.setEnabled(not planned)
        self._show_number()
        blocked = self.date.blockSignals(True)  # one change for the row, below
        try:
            if planned:
                self.date.set_check(check_not_past, Tense.FUTURE)
            else:
                self.date.set_check(check_done_or_planned, Tense.PAST)
        finally:
            self.date.blockSignals(blocked)
        self._on_edited()

    @Slot(int)
    def _on_precision_picked(self, index: int) -> None:
        picked = self.precision.itemData(index)
        if isinstance(picked, Precision):
            self._hand = (picked, self.around.value())
        self._on_edited()

    @Slot(int)
    def _on_around_changed(self, value: int) -> None:
        if self._syncing:
            return
        self._hand = (Precision.AROUND, value)
        self._on_edited()

    @Slot()
    def _on_edited(self) -> None:
        self._sync_precision()
        self.date.refresh_echo()
        self.changed.emit()

    @Slot()
    def _keep_date_whole(self) -> None:
        """The date field is never narrower than its text (a cut date reads as another: "0 Nov 2026"
        for "10 Nov 2026"), nor than 14 letters; its example may be cut in a narrow row. It stops
        widening at 28 letters, which hold the longest date anyone types ("miércoles 30 de septiembre
        de 2026"): longer text is no date, and scrolls inside the field instead of widening the column."""
        letter = self.fontMetrics().horizontalAdvance("M")
        self.date.setMinimumWidth(min(max(14 * letter, self.date.text_room()), 28 * letter))

    def _fit_number(self) -> None:
        """Room for "99." and no more, so row 10 lines up with rows 1-9 however wide the row is (a
        label's own hint measures its text's ink, a pixel wider than its advance)."""
        metrics = self.fontMetrics()
        ink = metrics.boundingRect("99.").width()
        self.number.setFixedWidth(max(metrics.horizontalAdvance("99."), ink) + 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._keep_date_whole()  # high contrast's borders, a larger font
            self._fit_number()

    def reading(self) -> Treatment | None:
        """The date as the plan will count it (any product): the text's own reading, widened by a
        precision picked by hand; None while the date is empty or not understood."""
        parsed = self.date.parsed
        if parsed is None:
            return None
        if self.planned.isChecked():
            return treatment_from_reading("", parsed, None, 0)
        chosen, days = self._hand or (None, 0)
        return treatment_from_reading("", parsed, chosen, days if chosen is Precision.AROUND else 0)

    def _advice(self, text: str, today: date, order: DateOrder | None, lang: str) -> str:
        """A text that is no past date but is a coming day ('20 Dec', 'next week'): it may be booked."""
        if self.planned.isChecked():
            return ""
        try:
            check_not_past(parse_date(text, today, order, lang, Tense.FUTURE), today, lang)
        except DateParseError:
            return ""
        return self.tr("For a treatment already booked, tick Planned.")

    def _describe(self, _parsed: ParsedDate, lang: str) -> str:
        """The echo: the same reading as the plan and the timeline ("around 21 Nov 2026 ± 3 days")."""
        treatment = self.reading()
        if treatment is None:
            return ""
        if treatment.precision is Precision.EXACT:
            said = format_medium(treatment.on, lang)
        else:
            said = format_span(treatment.first_possible, treatment.last_possible, treatment.precision, lang)
        said = f"{said} · {format_relative(treatment.on, self.date.today, lang)}"
        if self.planned.isChecked():
            tag = self.tr("planned", "after a booked date")
            return f"{said} · {tag}"
        return said

    def _sync_precision(self) -> None:
        """Show the precision the plan uses: the text's own unless one was picked by hand, and never
        narrower than the text ("Nov 2026" is a whole month whatever was picked)."""
        treatment = self.reading()
        if treatment is not None:
            shown, days = treatment.precision, treatment.plus_minus_days
        else:
            shown, days = self._hand or (Precision.EXACT, self.around.value())
        self._syncing = True
        try:
            if self.current_precision() is not shown:
                self.set_precision(shown)
            if shown is Precision.AROUND and days and self.around.value() != days:
                self.around.setValue(min(days, MAX_AROUND_DAYS))
        finally:
            self._syncing = False
        self._sync_around()

    def _sync_around(self) -> None:
        self.around.setEnabled(self.current_precision() is Precision.AROUND and not self.planned.isChecked())
        suffix = translate("HistoryRow", " day(s)", "after ± and a number", self.around.value())
        if self.around.suffix() != suffix:  # a new suffix re-measures the field: only when it changes
            self.around.setSuffix(suffix)

    def current_precision(self) -> Precision:
        value = self.precision.currentData()
        return value if isinstance(value, Precision) else Precision.EXACT

    def set_precision(self, precision: Precision) -> None:
        blocked = self.precision.blockSignals(True)
        self.precision.setCurrentIndex(self.precision.findData(precision))
        self.precision.blockSignals(blocked)

    def pick_precision(self, precision: Precision, plus_minus_days: int | None = None) -> None:
        """What a person does with the precision list (and the ± days): it stays until changed."""
        if plus_minus_days is not None:
            self._syncing = True
            self.around.setValue(plus_minus_days)
            self._syncing = False
        self._hand = (precision, self.around.value())
        self._on_edited()

    def set_today(self, today: date) -> None:
        self.date.set_today(today)
        self._on_edited()

    def entry(self) -> RowEntry:
        product_text = self.product.currentText()
        product_id = self.product.product_id()
        product_error = ""
        if product_text.strip() and product_id is None:
            product_error = self.product.problem()
        self._show_product_note(product_error)
        chosen, days = self._hand or (None, self.around.value())
        return RowEntry(
            product_id=product_id,
            product_text=product_text,
            date_text=self.date.text(),
            reading=self.date.parsed,
            chosen=chosen,
            plus_minus_days=days,
            area=self.area.text(),
            date_error=self.date.error,
            product_error=product_error,
            planned=self.planned.isChecked(),
        )

    def _show_product_note(self, problem: str) -> None:
        text = f"⚠ {problem}" if problem else ""
        if self.product_note.text() != text:
            self.product_note.setText(text)
            self.product_note.setAccessibleName(text)
            self.product_note.setVisible(bool(text))
            self._product_description.set(problem)

    def restore(self, entry: RowEntry) -> None:
        self.product.set_product(entry.product_id)
        if entry.product_id is None and entry.product_text:
            self.product.setEditText(entry.product_text)
        self._hand = (entry.chosen, entry.plus_minus_days) if entry.chosen else None
        self.planned.setChecked(entry.planned)
        self.date.set_text(entry.date_text)
        self.area.setText(entry.area)
        self._on_edited()
