"""A banner across the top of the window for things staff must know (a broken file, a fallback)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from gui.core.words.notice import said_in
from gui.ui.app_theme import style_part
from gui.ui.i18n import ui_language
from gui.ui.retranslate import Retranslating


class BannerBar(Retranslating, QFrame):
    """Shows one or more messages with a ⚠ and words; hidden when empty; the ✕ hides it.

    A message that is a :class:`~gui.core.words.notice.Notice` is shown in the interface language, again after
    every language change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        style_part(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QToolButton(self)
        self.dismiss.setText("✕")
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._messages: list[str] = []
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.label.setAccessibleDescription(self.tr("Important notice"))  # its name is the notice itself
        self.dismiss.setToolTip(self.tr("Hide this notice"))
        self.dismiss.setAccessibleName(self.tr("Hide this notice"))
        self._show_messages()

    @property
    def messages(self) -> tuple[str, ...]:
        return tuple(self._messages)

    def set_messages(self, messages: list[str]) -> None:
        self._messages = [m for m in messages if m]
        self._show_messages()
        self.setVisible(bool(self._messages))

    def _show_messages(self) -> None:
        lang = ui_language()
        self.label.setText("\n".join(f"⚠ {said_in(m, lang)}" for m in self._messages))

    @Slot(str)
    def add(self, message: str) -> None:
        self.set_messages([*self._messages, message])
