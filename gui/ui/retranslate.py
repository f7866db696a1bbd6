"""The retranslate idiom once: a widget that says its texts again when the language changes.

Mix in first (``class BannerBar(Retranslating, QFrame)``) and define ``retranslate_ui``; Qt sends
``LanguageChange`` to every widget when :func:`gui.ui.i18n.install_language` switches the language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class Retranslating(_Base):
    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
