"""Pieces both dialogs share: the ⚠ note beside a field, buddy labels, file choosers and messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.ui.app_theme import style_part
from gui.ui.retranslate import Retranslating


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (``state``) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class FieldNote(Retranslating, QLabel):
    """A message in words under one field: '⚠ …', coloured by the window style sheet, never colour alone.

    The field's accessible description carries the same words, so a screen reader hears them too.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._problem = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        style_part(self)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        """Named after its field: call again once the field has its (translated) accessible name."""
        self.setAccessibleName(self.tr("{field}: problem").format(field=self._field.accessibleName()))

    @property
    def problem(self) -> str:
        return self._problem

    def set_problem(self, message: str) -> None:
        """Show ``message`` (empty clears it)."""
        if message == self._problem:
            return
        self._problem = message
        self.setText(f"⚠ {message}" if message else "")
        self.setProperty("state", "error" if message else "")
        for described in (self._field, self._field.focusProxy()):
            if described is not None:  # a composite field: its focus proxy is what a screen reader meets
                described.setAccessibleDescription(message)
        self.setVisible(bool(message))
        repolish(self)


class MnemonicLabel(QLabel):
    """A label a little wider than its text: the underlined mnemonic splits the text, which drops
    kerning, so "&Teléfono" draws wider than it measures and would lose its last letter."""

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(self.fontMetrics().averageCharWidth() // 2, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(self.fontMetrics().averageCharWidth() // 2, 0)


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label with a mnemonic (``&``) that moves focus to ``buddy`` (its focus proxy, if composite)."""
    label = MnemonicLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    proxy = buddy.focusProxy()
    while proxy is not None:
        buddy, proxy = proxy, proxy.focusProxy()
    label.setBuddy(buddy)
    return label


def stacked(*items: QWidget | QLayout) -> QVBoxLayout:
    """A field above its note (and any hint), with little space between them."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
        else:
            column.addWidget(item)
    return column


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Small explanatory words under a field (plain text, wrapped)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def push_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A button that Enter in a line edit never presses by accident."""
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.setAccessibleName(accessible_name)
    return button


def choose_file(
    parent: QWidget,
    caption: str,
    name_filter: str,
    on_chosen: Callable[[str], None],
    *,
    save_as: str = "",
    start: Path | None = None,
) -> QFileDialog:
    """Open a file dialog with ``open()`` (never blocking) and call ``on_chosen(path)`` when one is picked.

    The caller keeps the returned dialog: tests pick a file through it, and Qt holds it by pointer.
    """
    dialog = QFileDialog(parent, caption, "", name_filter)
    if save_as:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("toml")
        if Path(save_as).is_absolute():
            dialog.setDirectory(str(Path(save_as).parent))
        dialog.selectFile(Path(save_as).name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if start is not None:
            dialog.setDirectory(str(start.parent))
            dialog.selectFile(start.name)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def show_message(parent: QWidget, title: str, text: str, warning: bool = True) -> QMessageBox:
    """A message box opened with ``open()``; the caller keeps the returned box."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
