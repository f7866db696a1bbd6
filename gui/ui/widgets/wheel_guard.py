"""The mouse wheel scrolls; it never changes an answer by passing over it.

Qt lets a choice box or a number box change its value when the wheel turns over it, with or without
the keyboard focus. At the desk the wheel is turned to scroll the screening questions or the treatment
rows, and the pointer often rests on the box just answered: a notch would turn "No" into "Yes", or a
product into another, unseen. :func:`guard_wheel` makes the desk's boxes hand the wheel to the
scrolling area beneath instead (and take no focus from it); they change by a click, their list or the
keyboard (the wheel still scrolls an open list, which is a widget of its own). The guard sits on those
boxes only, never on the application, so no other event pays for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            event.ignore()  # not accepted: Qt hands the wheel to the parent, the scrolling area
            return True
        return False


def guard_wheel(*boxes: QWidget) -> None:
    """Let the wheel pass over ``boxes`` (choice and number boxes) to what scrolls beneath them."""
    app = QCoreApplication.instance()
    guard = app.findChild(WheelGuard) if app is not None else None
    if guard is None:
        guard = WheelGuard(app)
    for box in boxes:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus either
        box.installEventFilter(guard)
