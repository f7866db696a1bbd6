"""The mouse wheel scrolls; it never changes an answer by passing over it.

Qt lets a choice box or a number box change its value when the wheel turns over it, even without the
keyboard focus, and always once it has it. At the desk the wheel is turned to scroll the screening
questions or the treatment rows, and the pointer often rests on the box just answered: a notch would
turn "No" into "Yes", or a product into another, unseen. Installed once on the application, the
guard hands the wheel to the scrolling area beneath instead; such a box changes by a click, its
list, or the keyboard (the wheel still scrolls an open list, which is a widget of its own).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

_GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        elif kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED):
            event.ignore()  # not accepted: Qt hands the wheel to the parent, the scrolling area
            return True
        return False


def guard_wheel() -> None:
    """Install the guard on the running application (once; later calls do nothing)."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
