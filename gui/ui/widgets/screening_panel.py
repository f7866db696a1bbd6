"""The screening questions asked at the desk before the next treatment, each answered Not asked, No or
Yes. The answers live only in this widget, for the patient at the desk: they are never written
anywhere, and New patient clears them (its undo brings them back, as it does every entry).

Only the questions the policy asks before the chosen next treatment are shown and counted; an answer
to one that is not asked now (RF microneedling's implant question while microneedling is chosen) is
kept in memory, unseen and not counted, until that treatment is chosen again or New patient clears it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.core import Policy
from gui.core.policy import ScreeningItem
from gui.core.words.common import question_text
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate, ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.wheel_guard import guard_wheel

ANSWERS = ("not-asked", "no", "yes")
ANSWER_WORDS = {
    "not-asked": QT_TRANSLATE_NOOP("ScreeningPanel", "Not asked"),
    "no": QT_TRANSLATE_NOOP("ScreeningPanel", "No"),
    "yes": QT_TRANSLATE_NOOP("ScreeningPanel", "Yes"),
}


class ScreeningPanel(Retranslating, QGroupBox):
    """``changed`` when an answer that counts changes (or the questions asked do)."""

    changed = Signal()
    questions_changed = Signal()  # other questions are shown (another next treatment or policy)

    def __init__(self, policy: Policy, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy, self._target = policy, target
        self._answers: dict[str, str] = {}  # every answer given for this patient, by item id
        self._items: tuple[ScreeningItem, ...] = ()
        self.boxes: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        # A grid, not a form: a question wraps in large text and its row grows with it. The questions
        # scroll when the column is short (large text on a small screen); they never go off sideways.
        self._host = QWidget()
        self._grid = QGridLayout(self._host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the answers take focus and scroll into view
        self._scroll.setWidget(self._host)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll)
        self._build()
        self.retranslate_ui()

    # --- values ---------------------------------------------------------------------------------------

    def answered_yes(self) -> list[str]:
        """The ids answered yes among the questions asked now, in the policy's order."""
        return [item.id for item in self._items if self._answers.get(item.id) == "yes"]

    def answers(self) -> dict[str, str]:
        """Every answer given for this patient (for New patient's undo); memory only."""
        return {k: v for k, v in self._answers.items() if v != "not-asked"}

    def restore(self, answers: Mapping[str, str]) -> None:
        """Put answers back (undo), or clear them all with ``{}`` (New patient)."""
        before = self.answered_yes()
        self._answers = {k: v for k, v in answers.items() if v in ANSWERS}
        self._show_answers()
        if not self._answers:
            self._scroll.verticalScrollBar().setValue(0)  # a new patient: the first question is in view
        if self.answered_yes() != before:
            self.changed.emit()

    def set_answer(self, item_id: str, answer: str) -> None:
        box = self.boxes.get(item_id)
        if box is not None:
            box.setCurrentIndex(ANSWERS.index(answer))

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy
        self._rebuild()

    def set_target(self, target: str) -> None:
        self._target = target
        self._rebuild()

    # --- the rows -----------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        before = (self._items, self.answered_yes())
        self._build()
        self.retranslate_ui()
        self.questions_changed.emit()
        if (self._items, self.answered_yes()) != before:
            self.changed.emit()

    def _build(self) -> None:
        for widget in (*self.labels.values(), *self.boxes.values()):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.boxes.clear()
        self.labels.clear()
        self._items = self._policy.screening_for(self._target)
        for row, item in enumerate(self._items):
            box = QComboBox(self._host)
            guard_wheel(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            for _answer in ANSWERS:
                box.addItem("")
            label = QLabel(self._host)
            label.setWordWrap(True)
            label.setBuddy(box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            self.boxes[item.id], self.labels[item.id] = box, label
            box.currentIndexChanged.connect(lambda index, item_id=item.id: self._on_answer(item_id, index))
        self._show_answers()
        self.setVisible(bool(self._items))

    def _show_answers(self) -> None:
        for item_id, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setCurrentIndex(ANSWERS.index(self._answers.get(item_id, "not-asked")))
            box.blockSignals(blocked)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the questions beside their answers and the scroll bar as drawn (a style sheet
        may widen it), so nothing goes off sideways; the height is the scroll area's own (it scrolls)."""
        own = super().minimumSizeHint()
        margins = self.contentsMargins()
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        width = self._host.minimumSizeHint().width() + scrollbar + margins.left() + margins.right() + 8
        return QSize(max(width, own.width()), own.height())

    @Slot()
    def _on_answer(self, item_id: str, index: int) -> None:
        self._answers[item_id] = ANSWERS[index]
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("S&creening (asked now, never saved)"))
        lang = ui_language()
        for item in self._items:
            question = question_text(item, lang)
            self.labels[item.id].setText(question)
            box = self.boxes[item.id]
            box.setAccessibleName(question)
            said = [translate("ScreeningPanel", ANSWER_WORDS[answer]) for answer in ANSWERS]
            for index, text in enumerate(said):
                box.setItemText(index, text)
            box.setMinimumContentsLength(max(len(text) for text in said) + 2)  # never squeezed
