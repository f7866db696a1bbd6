"""The next treatment: every procedure the policy knows, grouped as the product list is.

Not editable: a choice is always one listed procedure, so this field can never hold a half-typed
answer. Typing a name's first letters moves to it, as in any list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QComboBox, QWidget

from gui.core import TARGETS, Policy, target_name
from gui.ui.i18n import ui_language
from gui.ui.widgets.product_combo import grouped_products


class TargetCombo(QComboBox):
    """``target_changed(str)`` when another procedure is chosen (by a person or by :meth:`set_target`)."""

    target_changed = Signal(str)

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self._target = TARGETS[0]
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaxVisibleItems(20)  # the whole grouped list at once: 10 products and 5 headers
        self._fill()
        self.currentIndexChanged.connect(self._on_index_changed)

    def target(self) -> str:
        return self._target

    def set_target(self, target: str) -> None:
        index = self.findData(target, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)

    def set_policy(self, policy: Policy) -> None:
        """The procedures of ``policy``; the chosen one stays when the new policy knows it."""
        self._policy = policy
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()  # the names in the new language; the choice stays
        super().changeEvent(event)

    def _fill(self) -> None:
        chosen = self._target if self._target in self._policy.next_treatments else TARGETS[0]
        blocked = self.blockSignals(True)
        try:
            lang = ui_language()
            model = grouped_products(self, self._policy, lang, first=TARGETS)  # the usual question first
            # A policy that lists no needling products still answers for both needling procedures.
            for row, target in enumerate(t for t in TARGETS if t not in self._policy.products):
                name = target_name(target, lang)
                item = QStandardItem(name[:1].upper() + name[1:])
                item.setData(target, Qt.ItemDataRole.UserRole)
                model.insertRow(row, item)
            self.setModel(model)
            self.setCurrentIndex(self.findData(chosen, Qt.ItemDataRole.UserRole))
        finally:
            self.blockSignals(blocked)
        if chosen != self._target:
            self._target = chosen
            self.target_changed.emit(chosen)

    @Slot(int)
    def _on_index_changed(self, index: int) -> None:
        target = self.itemData(index, Qt.ItemDataRole.UserRole)
        if isinstance(target, str) and target != self._target:
            self._target = target
            self.target_changed.emit(target)
