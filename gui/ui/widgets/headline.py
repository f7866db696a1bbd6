"""The headline: today's date, the earliest date in words, and the verdict as icon + text + colour.

The sentences come from :mod:`gui.core.plan_words`, the same ones the handout prints.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.core import (
    Plan,
    Verdict,
    bookable_reason,
    earliest_text,
    format_long,
    ideal_window_text,
    latest_text,
    planned_check_texts,
    recommended_text,
    verdict_text,
)
from gui.core.course_words import course_dates_text, course_warnings, next_toxin_text, wears_off_text
from gui.store.content import too_early_text
from gui.ui.app_theme import style_part
from gui.ui.html_text import escape
from gui.ui.i18n import ui_language

_NOT_BOOKABLE = frozenset({Verdict.TOO_EARLY, Verdict.CLOSED, Verdict.CONFLICTS_WITH_PLANNED})


def verdict_state(plan: Plan) -> str:
    """The verdict frame's style: the date's verdict, unless a screening answer asks for more caution
    (not today: as too early; ask first: as before the recommended date). A date that cannot be booked
    keeps its own colour; a course with a session on a day no appointment can be is refused as a whole."""
    effect, verdict = plan.screening_effect, str(plan.verdict.value)
    if plan.course is not None and plan.course.broken:
        return "session-does-not-fit"  # the course cannot be booked as it stands: as a refused day
    if plan.verdict in _NOT_BOOKABLE or effect == "none":
        return verdict
    if effect == "ask-first" and plan.verdict is Verdict.BEFORE_RECOMMENDED:
        return verdict
    return effect


class Headline(QWidget):
    """Renders a plan's main message. The verdict frame's ``verdict`` property drives its style sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today_label = QLabel(self)
        self.earliest_label = QLabel(self)
        self.earliest_label.setWordWrap(True)
        self.bookable_label = QLabel(self)
        self.bookable_label.setWordWrap(True)
        self.ideal_label = QLabel(self)
        self.ideal_label.setWordWrap(True)
        # The other dates that bound the answer: the recommended one, the latest one before a planned
        # treatment (or which planned one to move), and a planned day the rules refuse.
        self.limits_label = QLabel(self)
        self.limits_label.setWordWrap(True)
        self.limits_label.setTextFormat(Qt.TextFormat.PlainText)
        # A course session moved where no appointment can be: in the error colour, outside the verdict
        # (which is about the first visit).
        self.course_label = QLabel(self)
        self.course_label.setWordWrap(True)
        self.course_label.setTextFormat(Qt.TextFormat.PlainText)
        self.course_label.setProperty("state", "error")
        style_part(self.course_label)
        self.verdict_frame = QFrame(self)
        self.verdict_frame.setObjectName("verdict")
        style_part(self.verdict_frame)
        self.verdict_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict_icon = QLabel(self.verdict_frame)
        self.verdict_label = QLabel(self.verdict_frame)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label = QLabel(self.verdict_frame)
        self.warning_label.setWordWrap(True)
        row = QHBoxLayout(self.verdict_frame)
        row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        text_column = QVBoxLayout()
        text_column.addWidget(self.verdict_label)
        text_column.addWidget(self.warning_label)
        row.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        widgets = (
            self.today_label,
            self.earliest_label,
            self.bookable_label,
            self.ideal_label,
            self.limits_label,
            self.course_label,
        )
        for widget in (*widgets, self.verdict_frame):
            layout.addWidget(widget)
        self._apply_fonts()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Fixed texts; the plan's own words come again with the next :meth:`set_plan`.

        Each result says what it is as its accessible *description*: its name stays empty, so a screen
        reader reads the text shown ("Earliest date for microneedling: Tuesday 15 December 2026 —
        in 10 days"), never a fixed word that hides it.
        """
        self.earliest_label.setAccessibleDescription(self.tr("Earliest date"))
        self.bookable_label.setAccessibleDescription(self.tr("Earliest bookable date"))
        self.verdict_label.setAccessibleDescription(self.tr("Verdict"))
        self.warning_label.setAccessibleDescription(self.tr("Risks of going too early"))
        self.course_label.setAccessibleDescription(self.tr("Course sessions to move"))

    def _apply_fonts(self) -> None:
        """Larger type for the main message, always relative to the current font (it may be scaled).
        While an entry is not understood the message is what to check, in the body's size: its example
        dates ("Try 10 Nov 2026…") must not read as the answer from across the desk."""
        large = self.verdict_frame.property("verdict") != "incomplete"
        self.earliest_label.setFont(_scaled(self.font(), 1.6 if large else 1.0, bold=True))
        self.verdict_icon.setFont(_scaled(self.font(), 2.0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_plan(self, plan: Plan) -> None:
        """The plan's words, in the interface language, from the same sentences as the handout's."""
        lang = ui_language()
        self._show_today(plan.today)
        self.earliest_label.setText(earliest_text(plan, lang))
        self._show(self.bookable_label, bookable_reason(plan, lang))
        self._show(self.ideal_label, ideal_window_text(plan, lang))
        limits = [recommended_text(plan, lang), latest_text(plan, lang), *planned_check_texts(plan, lang)]
        if plan.course is not None:
            course = plan.course
            limits += [
                course_dates_text(course, lang),
                next_toxin_text(course, plan, lang),
                wears_off_text(course, lang),
            ]
        self._show(self.limits_label, "\n".join(text for text in limits if text))
        flags = course_warnings(plan.course, lang) if plan.course is not None else []
        self._show(self.course_label, "\n".join(f"⚠ {text}" for text in flags))
        verdict = verdict_text(plan, lang)
        self.verdict_icon.setText(verdict.icon)
        self.verdict_label.setText(
            f"<b>{escape(verdict.title, quote=False)}.</b> {escape(verdict.detail, quote=False)}"
        )
        self.verdict_frame.setAccessibleName(
            self.tr("Verdict: {title}. {detail}").format(title=verdict.title, detail=verdict.detail)
        )
        self.verdict_frame.setVisible(True)
        self._show(self.warning_label, too_early_text(plan, lang).replace("\n\n", " "))
        self._set_state(verdict_state(plan))

    def set_problem(self, check: str, today: date) -> None:
        """The one clear state while an entry is not understood: what to check, and no date, no verdict
        and no too-early text (a missing injection could only make the date later)."""
        self._show_today(today)
        self.earliest_label.setText(check)
        for label in (
            self.bookable_label,
            self.ideal_label,
            self.limits_label,
            self.course_label,
            self.warning_label,
        ):
            self._show(label, "")
        self.verdict_frame.setVisible(False)
        self._set_state("incomplete")

    def spoken(self) -> str:
        """The answer as a screen reader announces it: the texts shown, in the order shown — the big
        date, why it is not the policy's own date, and the verdict (the risks of going too early stay
        on screen to be read); while an entry is not understood, only what to check."""
        labels = [self.earliest_label, self.bookable_label, self.limits_label, self.course_label]
        if self.verdict_frame.isVisibleTo(self):
            labels.append(self.verdict_label)
        texts = [_plain(label) for label in labels if label.isVisibleTo(self)]
        return " ".join(_sentence(text) for text in texts if text)

    def _show_today(self, today: date) -> None:
        self.today_label.setText(self.tr("Today is {date}").format(date=format_long(today, ui_language())))

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _set_state(self, state: str) -> None:
        if self.verdict_frame.property("verdict") != state:  # the style sheet colours by verdict
            self.verdict_frame.setProperty("verdict", state)
            self._apply_fonts()  # the message's size follows the state
            # The frame and the words in it: their colour follows the frame's state, and a label
            # styled once keeps its colour until it is styled again.
            for widget in (self.verdict_frame, *self.verdict_frame.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)


def _plain(label: QLabel) -> str:
    """A label's text as heard: rich text without its tags, every run of white space one space."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.split())


def _sentence(text: str) -> str:
    """``text`` ending as a sentence does, so that two texts are heard as two sentences."""
    return text if text[-1] in ".!?:;…" else f"{text}."


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font
