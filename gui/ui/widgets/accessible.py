"""Names for the parts Qt leaves nameless for screen readers.

On Linux, Qt gives a combo box the *value* as its name ("Botox", "Exact day") and expects the label to
come from a labelled-by relation: a QLabel whose buddy is the combo. Our rows show no caption over each
field (the placeholder says what to type), so :func:`spoken_label` adds one that is never drawn but is
read, as "Product, combo box, Botox". A line edit's clear button has no name at all until
:func:`name_clear_button` gives it one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

SPOKEN_LABEL = "spoken_label"
CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives a line edit's clear action


def spoken_label(field: QWidget) -> QLabel:
    """A label for ``field`` that screen readers read and the screen does not show (a sibling with
    ``field`` as its buddy: the relation Qt exposes), saying the field's accessible name; name the
    field with :func:`name_field` and the label follows."""
    parent = field.parentWidget()
    assert parent is not None, "the label must be the field's sibling: give the field its parent first"
    label = QLabel(field.accessibleName(), parent)
    label.setObjectName(SPOKEN_LABEL)
    label.setBuddy(field)
    label.setVisible(False)
    return label


def name_field(field: QWidget, name: str) -> None:
    """``field``'s accessible name, and the text of its spoken label if it has one."""
    field.setAccessibleName(name)
    parent = field.parentWidget()
    if parent is None:
        return
    for label in parent.findChildren(QLabel, SPOKEN_LABEL, Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is field:
            label.setText(name)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Give the ✕ that ``setClearButtonEnabled`` adds a name (Qt leaves it blank): it becomes the
    button's accessible name and tooltip; the button still shows only its icon."""
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        action.setText(name)


def announce(speaker: QObject, words: str) -> None:
    """Have screen readers say ``words`` politely (after what they are saying), on behalf of ``speaker``."""
    # Read here, not with the module: the first frame announces nothing, and QAccessible is a large class.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(speaker, words)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class QuietDescription(QObject):
    """A field's accessible description that does not change under the person's fingers.

    Screen readers speak a new description of the focused field at once: set on every keystroke
    ("Cannot read '2 w' as a date…", "… '2 we' …"), it talked over the typing. While the field has
    the focus the newest text waits, and is set when the focus leaves; the window's announcement,
    after typing pauses, says what matters meanwhile. Set when the field is not focused, at once.
    """

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self._field = field
        self._waiting: str | None = None
        field.installEventFilter(self)

    def set(self, text: str) -> None:
        if self._field.hasFocus():
            self._waiting = text
        else:
            self._waiting = None
            self._field.setAccessibleDescription(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._waiting is not None:
            self._field.setAccessibleDescription(self._waiting)
            self._waiting = None
        return False
