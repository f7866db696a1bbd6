"""One row of the treatment history: product, date, how sure the date is, and the treated area."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
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

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..timing import MAX_AROUND_DAYS, Policy, Precision, check_not_future
from .date_entry import DateEntry
from .product_combo import ProductCombo

PRECISIONS = (
    (Precision.EXACT, QT_TRANSLATE_NOOP("HistoryRow", "Exact day")),
    (Precision.AROUND, QT_TRANSLATE_NOOP("HistoryRow", "Around (± days)")),
    (Precision.MONTH, QT_TRANSLATE_NOOP("HistoryRow", "Month only")),
)
DEFAULT_AROUND_DAYS = 7


@dataclass(frozen=True)
class RowEntry:
    """What one row holds right now. ``product_id`` is None until a listed product is chosen."""

    product_id: str | None
    date_text: str
    parsed_first: date | None
    parsed_precision: Precision | None
    precision: Precision
    plus_minus_days: int
    area: str
    error: str

    @property
    def is_blank(self) -> bool:
        return self.product_id is None and not self.date_text.strip() and not self.area.strip()


class HistoryRow(QFrame):
    """One treatment, as a two-line card. ``changed`` fires on every edit; ``remove_requested`` on ✕."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel(self)
        self.product = ProductCombo(policy, self)
        self.date = DateEntry(today, check=check_not_future, parent=self)
        self.precision = QComboBox(self)
        for precision, label in PRECISIONS:
            self.precision.addItem(label, precision)
        self.around = QSpinBox(self)
        self.around.setRange(1, MAX_AROUND_DAYS)
        self.around.setValue(DEFAULT_AROUND_DAYS)
        self.around.setPrefix("± ")
        self.area = QLineEdit(self)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self._number = 0
        self._lay_out()
        self._connect_signals()
        self._sync_around()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.date.set_labels(self.tr("Treatment date"))
        for index, (_precision, label) in enumerate(PRECISIONS):
            self.precision.setItemText(index, self.tr(label))
        self.precision.setAccessibleName(self.tr("How sure is the date"))
        self.around.setAccessibleName(self.tr("Plus or minus days"))
        self.area.setPlaceholderText(self.tr("Area (optional)"))
        self.area.setAccessibleName(self.tr("Treated area (optional)"))
        self.remove_button.setToolTip(self.tr("Remove this treatment"))
        self._show_number()
        self._sync_around()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self.date.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)

    def set_number(self, number: int) -> None:
        self._number = number
        self._show_number()

    def _show_number(self) -> None:
        number = self._number
        self.number.setText(f"{number}." if number else "")
        self.setAccessibleName(self.tr("Treatment {number}").format(number=number))
        self.remove_button.setAccessibleName(self.tr("Remove treatment {number}").format(number=number))

    def _connect_signals(self) -> None:
        self.product.currentTextChanged.connect(self._on_edited)
        self.date.changed.connect(self._on_date_changed)
        self.precision.currentIndexChanged.connect(self._on_edited)
        self.around.valueChanged.connect(self._on_edited)
        self.area.textChanged.connect(self._on_edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.product, self.date, self.precision, self.around, self.area, self.remove_button)

    @Slot()
    def _on_date_changed(self) -> None:
        parsed = self.date.parsed
        if parsed is not None and parsed.precision is Precision.MONTH:
            self.set_precision(Precision.MONTH)  # "Nov 2026" means month only
        self._on_edited()

    @Slot()
    def _on_edited(self) -> None:
        self._sync_around()
        self.changed.emit()

    def _sync_around(self) -> None:
        self.around.setEnabled(self.current_precision() is Precision.AROUND)
        suffix = translate("HistoryRow", " day(s)", "after ± and a number", self.around.value())
        if self.around.suffix() != suffix:  # a new suffix re-measures the field: only when it changes
            self.around.setSuffix(suffix)

    def current_precision(self) -> Precision:
        value = self.precision.currentData()
        return value if isinstance(value, Precision) else Precision.EXACT

    def set_precision(self, precision: Precision) -> None:
        self.precision.setCurrentIndex(self.precision.findData(precision))

    def entry(self) -> RowEntry:
        parsed = self.date.parsed
        product_id = self.product.product_id()
        error = self.date.error
        if not error and self.product.currentText().strip() and product_id is None:
            error = self.tr("'{name}' is not on the list; choose a product.").format(
                name=self.product.currentText().strip()
            )
        return RowEntry(
            product_id=product_id,
            date_text=self.date.text(),
            parsed_first=parsed.first if parsed else None,
            parsed_precision=parsed.precision if parsed else None,
            precision=self.current_precision(),
            plus_minus_days=self.around.value(),
            area=self.area.text(),
            error=error,
        )

    def restore(self, entry: RowEntry) -> None:
        self.product.set_product(entry.product_id)
        self.date.set_text(entry.date_text)
        self.set_precision(entry.precision)
        self.around.setValue(entry.plus_minus_days)
        self.area.setText(entry.area)
