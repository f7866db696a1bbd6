"""The headline: today's date, the earliest date in words, and the verdict as icon + text + colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..content import section
from ..timing import Plan, Stage, Verdict, format_day_month, format_long, format_relative


@dataclass(frozen=True)
class VerdictText:
    icon: str
    title: str
    detail: str


def verdict_text(plan: Plan, uncounted: int = 0) -> VerdictText:
    """The verdict in words for the judged date; never says 'safe', always 'within clinic policy'.

    While some entries are not counted, no verdict is given: a missing injection could only move
    the earliest date later, so a confident "ideal" would be premature.
    """
    if uncounted:
        entries = f"{uncounted} entr{'ies are' if uncounted > 1 else 'y is'}"
        return VerdictText(
            "⚠", "Check the entries first", f"{entries} not counted yet, so no verdict is given."
        )
    when = "proposed date" if plan.proposed else "today"
    day = f"{format_day_month(plan.date)} ({when})"
    if plan.verdict is Verdict.TOO_EARLY and plan.earliest:
        days = plan.days_to_wait
        return VerdictText(
            "✖",
            "Too early",
            f"{day} is {days} day{'s' if days != 1 else ''} before the earliest date, "
            f"{format_day_month(plan.earliest)}.",
        )
    if plan.verdict is Verdict.IDEAL:
        return VerdictText("✔", "Ideal", f"{day} is within clinic policy and while the toxin still works.")
    if plan.verdict is Verdict.LATE:
        stage = plan.stage_on(plan.date)
        state = "is wearing off" if stage is Stage.WANING else "has likely worn off"
        return VerdictText(
            "◐",
            "Allowed, past the ideal window",
            f"{day} is within clinic policy, but the toxin {state}, so the combined benefit is smaller.",
        )
    if not plan.reasons:
        return VerdictText("✔", "No wait applies", f"{day}: no prior treatments are entered.")
    return VerdictText("✔", "Within clinic policy", f"{day} is on or after the earliest date.")


def earliest_text(plan: Plan) -> str:
    target = plan.target_name
    if plan.earliest is None:
        return f"No prior injections entered: no wait before {target}."
    relative = format_relative(plan.earliest, plan.today)
    return f"Earliest date for {target}: {format_long(plan.earliest)} — {relative}"


class Headline(QWidget):
    """Renders a plan's main message. The verdict frame's ``verdict`` property drives its style sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today_label = QLabel(self)
        self.earliest_label = QLabel(self)
        self.earliest_label.setWordWrap(True)
        self.earliest_label.setAccessibleName("Earliest date")
        self.bookable_label = QLabel(self)
        self.bookable_label.setWordWrap(True)
        self.bookable_label.setAccessibleName("Earliest bookable date")
        self.ideal_label = QLabel(self)
        self.ideal_label.setWordWrap(True)
        self.verdict_frame = QFrame(self)
        self.verdict_frame.setObjectName("verdict")
        self.verdict_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict_icon = QLabel(self.verdict_frame)
        self.verdict_label = QLabel(self.verdict_frame)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setAccessibleName("Verdict")
        self.warning_label = QLabel(self.verdict_frame)
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName("Risks of going too early")
        row = QHBoxLayout(self.verdict_frame)
        row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        text_column = QVBoxLayout()
        text_column.addWidget(self.verdict_label)
        text_column.addWidget(self.warning_label)
        row.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        widgets = (self.today_label, self.earliest_label, self.bookable_label, self.ideal_label)
        for widget in (*widgets, self.verdict_frame):
            layout.addWidget(widget)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Larger type for the main message, always relative to the current font (it may be scaled)."""
        self.earliest_label.setFont(_scaled(self.font(), 1.6, bold=True))
        self.verdict_icon.setFont(_scaled(self.font(), 2.0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def set_plan(self, plan: Plan, uncounted: int = 0) -> None:
        self.today_label.setText(f"Today is {format_long(plan.today)}")
        self.earliest_label.setText(earliest_text(plan))
        self.bookable_label.setText(f"⮕ {plan.bookable_text}" if plan.bookable_text else "")
        self.bookable_label.setVisible(bool(plan.bookable_text))
        self.ideal_label.setText(_window_text(plan))
        self.ideal_label.setVisible(bool(self.ideal_label.text()))
        verdict = verdict_text(plan, uncounted)
        self.verdict_icon.setText(verdict.icon)
        self.verdict_label.setText(f"<b>{verdict.title}.</b> {verdict.detail}")
        self.verdict_frame.setAccessibleName(f"Verdict: {verdict.title}. {verdict.detail}")
        too_early = plan.verdict is Verdict.TOO_EARLY
        self.warning_label.setText(section("risks-too-early").body if too_early else "")
        self.warning_label.setVisible(too_early)
        self.verdict_frame.setProperty("verdict", "incomplete" if uncounted else plan.verdict.value)
        self.verdict_frame.style().unpolish(self.verdict_frame)
        self.verdict_frame.style().polish(self.verdict_frame)


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _window_text(plan: Plan) -> str:
    if plan.has_ideal_window and plan.ideal_until:
        text = f"Ideal window: until {format_long(plan.ideal_until)}, while the toxin still works"
        if plan.effect_ends:
            text += f"; worn off by about {format_day_month(plan.effect_ends)}"
        return text + "."
    if plan.earliest and plan.ideal_until and plan.ideal_until < plan.earliest:
        return "No ideal window: the wait ends after the toxin's best window closes (see Why this date)."
    return ""
