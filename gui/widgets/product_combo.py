"""The product field of a treatment row: products grouped by class, type-to-search."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..timing import Policy


class ProductCombo(QComboBox):
    """Products grouped under non-selectable class headers; typing filters by any part of the name."""

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.set_policy(policy)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        editor = self.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Product… (type to search)"))
        self.setAccessibleName(self.tr("Product"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_policy(self, policy: Policy) -> None:
        model = QStandardItemModel(self)
        for class_id, product_class in policy.classes.items():
            header = QStandardItem(product_class.name)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for product in policy.products.values():
                if product.class_id == class_id:
                    item = QStandardItem(product.name)
                    item.setData(product.id, Qt.ItemDataRole.UserRole)
                    model.appendRow(item)
        self.setModel(model)
        completer = QCompleter([p.name for p in policy.products.values()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._ids_by_name = {p.name.casefold(): p.id for p in policy.products.values()}
        self._ids_by_name.update({p.id: p.id for p in policy.products.values()})
        self.setCurrentIndex(-1)

    def _show_start(self) -> None:
        editor = self.lineEdit()
        if editor is not None and not editor.hasFocus():
            editor.setCursorPosition(0)  # a long name reads from its start, not its end

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_start()

    def product_id(self) -> str | None:
        return self._ids_by_name.get(self.currentText().strip().casefold())

    def set_product(self, product_id: str | None) -> None:
        index = self.findData(product_id, Qt.ItemDataRole.UserRole) if product_id else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._show_start()
