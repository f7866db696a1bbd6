"""The product field of a treatment row: products grouped by class, type-to-search.

Names are shown in the interface language (the policy's ``name_es`` in Spanish; brands stay as
they are); a typed name is understood in either language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Slot
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QStyle, QStyleOptionComboBox, QWidget

from gui.core import Policy, name_of
from gui.core.echo import shortened
from gui.core.products import (
    product_named,
    products_like,
    products_matching,
    products_of_classes_matching,
    the_product,
)
from gui.ui.i18n import ui_language
from gui.ui.widgets.accessible import name_field
from gui.ui.widgets.hint_edit import TEXT_MARGINS

MAX_TYPED = 60  # longer than any product name; a pasted paragraph must not stretch the row


def grouped_products(
    combo: QComboBox, policy: Policy, lang: str, first: Sequence[str] = ()
) -> QStandardItemModel:
    """The policy's products under bold class headers that cannot be chosen (the product's id as the
    item's user data), named in ``lang``: the list a product field and the next-treatment field show.
    The classes of the products in ``first`` come first, without a header (the usual choice at the top
    of the list); the others keep the policy's order."""
    model = QStandardItemModel(combo)
    font = QFont(combo.font())
    font.setBold(True)
    leading = [policy.products[p].class_id for p in first if p in policy.products]
    order = list(dict.fromkeys([*leading, *policy.classes]))
    for class_id, product_class in ((c, policy.classes[c]) for c in order):
        if class_id not in leading:
            header = QStandardItem(name_of(product_class, lang))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(font)
            model.appendRow(header)
        for product in policy.products.values():
            if product.class_id == class_id:
                item = QStandardItem(name_of(product, lang))
                item.setData(product.id, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
    return model


class ProductCombo(QComboBox):
    """Products grouped under non-selectable class headers; typing filters by any part of the name."""

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the longest name in the list (recomputed when the policy or language changes),
        # so a chosen product is never cut, at any text size.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_policy(policy)
        self.retranslate_ui()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # see _on_focus_changed
            app.focusChanged.connect(self._on_focus_changed)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the field accepts a unique match. focusOutEvent alone misses the commonest case:
        Tab while the completer's list is open moves the focus without a focus-out event here."""
        mine = (self, self.lineEdit())
        if old in mine and new not in mine:
            self.accept_unique_match()

    def sizeHint(self) -> QSize:
        return self._with_room_for_names(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._with_room_for_names(super().minimumSizeHint())

    def _with_room_for_names(self, hint: QSize) -> QSize:
        """``hint`` widened until the edit field holds the longest name.

        QComboBox sizes its contents, but a style sheet's border and drop-down (the high-contrast
        theme) take part of that room back, and the longest name lost its last letters there.
        """
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), hint)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        metrics = self.fontMetrics()
        texts = [self.itemText(i) for i in range(self.count())]
        editor = self.lineEdit()
        if editor is not None:
            texts.append(editor.placeholderText())
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        needs = widest + TEXT_MARGINS
        return QSize(hint.width() + max(0, needs - field.width()), hint.height())

    def retranslate_ui(self) -> None:
        editor = self.lineEdit()
        if editor is not None:
            editor.setMaxLength(MAX_TYPED)
            editor.setPlaceholderText(self.tr("Product… (type to search)"))
            editor.setAccessibleName(self.tr("Product"))  # the part that takes the typing
        name_field(self, self.tr("Product"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._rename()
        super().changeEvent(event)

    def _rename(self) -> None:
        """The names in the new language; the chosen product (or the text typed) stays."""
        chosen, typed = self.product_id(), self.currentText()
        blocked = self.blockSignals(True)  # the same product: nothing for the row to recompute
        try:
            self.set_policy(self._policy)
            if chosen is not None:
                self.set_product(chosen)
            else:
                self.setEditText(typed)
        finally:
            self.blockSignals(blocked)

    def set_policy(self, policy: Policy) -> None:
        self._policy, lang = policy, ui_language()
        self.setModel(grouped_products(self, policy, lang))
        completer = QCompleter([name_of(p, lang) for p in policy.products.values()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)

    def _show_start(self) -> None:
        editor = self.lineEdit()
        if editor is not None and not editor.hasFocus():
            editor.setCursorPosition(0)  # a long name reads from its start, not its end

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.accept_unique_match()  # Tab, Shift+Tab or a click elsewhere: "filler" becomes the filler
        super().focusOutEvent(event)
        self._show_start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_unique_match()
        super().keyPressEvent(event)

    def product_id(self) -> str | None:
        return product_named(self._policy, self.currentText())

    def matches(self) -> list[str]:
        """The products whose name (in either language) or id contains what was typed, accents and
        case ignored; named in the interface language."""
        lang = ui_language()
        return [name_of(self._policy.products[i], lang) for i in self._matching_ids()]

    def _matching_ids(self) -> list[str]:
        return products_matching(self._policy, self.currentText())

    def _products_of_matching_classes(self) -> list[str]:
        """The products (named in the interface language) of every class whose name holds the text."""
        lang = ui_language()
        ids = products_of_classes_matching(self._policy, self.currentText())
        return [name_of(self._policy.products[i], lang) for i in ids]

    def accept_unique_match(self) -> bool:
        """Take the one product that what was typed can mean, shown by its name ('botox' → 'Botox');
        False when there is none or several."""
        product_id = the_product(self._policy, self.currentText())
        if product_id is None:
            return False
        index = self.findData(product_id, Qt.ItemDataRole.UserRole)
        if index < 0:
            return False
        if self.currentIndex() != index or self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        return True

    def problem(self) -> str:
        """Why the typed text is not a product, in words, with the products it could mean."""
        typed, names = shortened(self.currentText().strip()), self.matches()
        if not names:
            kin = self._products_of_matching_classes()  # "toxin": no product is called that; a class is
            if kin:
                shown = self._first_four(kin)
                text = self.tr("'{name}' is not a product name; it could be {products}. Choose one.")
                return text.format(name=typed, products=shown)
            like = [
                name_of(self._policy.products[i], ui_language()) for i in products_like(self._policy, typed)
            ]
            if like:  # "Botx": a slip of the keys, suggested and never taken unasked
                shown = ", ".join(like[:3])
                return self.tr("'{name}' is not on the list; did you mean {products}?").format(
                    name=typed, products=shown
                )
            text = self.tr("'{name}' is not on the list; choose a product.")
            return text.format(name=typed)
        if len(names) == 1:
            text = self.tr("'{name}' means {product}: press Tab or Enter to take it.")
            return text.format(name=typed, product=names[0])
        shown = self._first_four(names)
        return self.tr("'{name}' could be {products}; choose one.").format(name=typed, products=shown)

    def _first_four(self, names: list[str]) -> str:
        """'Botox, Dysport, Xeomin, Jeuveau and 2 more' (all five when five): never a '…' before the
        sentence's own full stop."""
        if len(names) <= 5:
            return ", ".join(names)
        shown = ", ".join(names[:4])
        more = self.tr("and %n more", None, len(names) - 4)
        return f"{shown} {more}"

    def set_product(self, product_id: str | None) -> None:
        index = self.findData(product_id, Qt.ItemDataRole.UserRole) if product_id else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._show_start()
