"""The headline: today's date, the earliest date in words, and the verdict as icon + text + colour."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import QT_TRANSLATE_NOOP, ui_language, words_in
from ..timing import Plan, Stage, Verdict, format_day_month, format_long, format_relative
from .ui_words import content, target_name


@dataclass(frozen=True)
class VerdictText:
    icon: str
    title: str
    detail: str


# Verdicts in words: (icon, title, detail with {day}); the detail never says 'safe'.
_VERDICTS = {
    "too-early": ("✖", QT_TRANSLATE_NOOP("Headline", "Too early"), ""),
    "ideal": (
        "✔",
        QT_TRANSLATE_NOOP("Headline", "Ideal"),
        QT_TRANSLATE_NOOP("Headline", "{day} is within clinic policy and while the toxin still works."),
    ),
    "waning": (
        "◐",
        QT_TRANSLATE_NOOP("Headline", "Allowed, past the ideal window"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "{day} is within clinic policy, but the toxin is wearing off, so the combined benefit is "
            "smaller.",
        ),
    ),
    "worn-off": (
        "◐",
        QT_TRANSLATE_NOOP("Headline", "Allowed, past the ideal window"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "{day} is within clinic policy, but the toxin has likely worn off, so the combined benefit is "
            "smaller.",
        ),
    ),
    "no-wait": (
        "✔",
        QT_TRANSLATE_NOOP("Headline", "No wait applies"),
        QT_TRANSLATE_NOOP("Headline", "{day}: no prior treatments are entered."),
    ),
    "clear": (
        "✔",
        QT_TRANSLATE_NOOP("Headline", "Within clinic policy"),
        QT_TRANSLATE_NOOP("Headline", "{day} is on or after the earliest date."),
    ),
}


def _verdict_key(plan: Plan) -> str:
    if plan.verdict is Verdict.LATE:
        return "waning" if plan.stage_on(plan.date) is Stage.WANING else "worn-off"
    if plan.verdict is Verdict.CLEAR and not plan.reasons:
        return "no-wait"
    return str(plan.verdict.value)


def verdict_text(plan: Plan, uncounted: int = 0, *, lang: str | None = None) -> VerdictText:
    """The verdict in words for the judged date; never says 'safe', always 'within clinic policy'.

    While some entries are not counted, no verdict is given: a missing injection could only move
    the earliest date later, so a confident "ideal" would be premature. ``lang`` None is the
    interface language.
    """
    w, code = words_in(lang), lang or ui_language()
    if uncounted:
        detail = w.translate(
            "Headline", "%n entries are not counted yet, so no verdict is given.", None, uncounted
        )
        return VerdictText("⚠", w.translate("Headline", "Check the entries first"), detail)
    when = w.translate("Headline", "proposed date") if plan.proposed else w.translate("Headline", "today")
    day = f"{format_day_month(plan.date, code)} ({when})"
    icon, title, detail = _VERDICTS[_verdict_key(plan)]
    if plan.verdict is Verdict.TOO_EARLY and plan.earliest:
        days = plan.days_to_wait
        detail = w.translate(
            "Headline", "{day} is %n day(s) before the earliest date, {earliest}.", None, days
        )
        detail = detail.format(day=day, earliest=format_day_month(plan.earliest, code))
    else:
        detail = w.translate("Headline", detail).format(day=day)
    return VerdictText(icon, w.translate("Headline", title), detail)


def earliest_text(plan: Plan, *, lang: str | None = None) -> str:
    w, code = words_in(lang), lang or ui_language()
    target = target_name(plan.target, lang)
    if plan.earliest is None:
        text = w.translate("Headline", "No prior injections entered: no wait before {target}.")
        return text.format(target=target)
    relative = format_relative(plan.earliest, plan.today, code)
    text = w.translate("Headline", "Earliest date for {target}: {date} — {relative}")
    return text.format(target=target, date=format_long(plan.earliest, code), relative=relative)


def window_text(plan: Plan, *, lang: str | None = None) -> str:
    """The ideal window in words, or why there is none; empty when neither applies."""
    w, code = words_in(lang), lang or ui_language()
    if plan.has_ideal_window and plan.ideal_until:
        until = format_long(plan.ideal_until, code)
        if plan.effect_ends:
            text = w.translate(
                "Headline",
                "Ideal window: until {until}, while the toxin still works; worn off by about {ends}.",
            )
            return text.format(until=until, ends=format_day_month(plan.effect_ends, code))
        return w.translate("Headline", "Ideal window: until {until}, while the toxin still works.").format(
            until=until
        )
    if plan.earliest and plan.ideal_until and plan.ideal_until < plan.earliest:
        return w.translate(
            "Headline",
            "No ideal window: the wait ends after the toxin's best window closes (see Why this date).",
        )
    return ""


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
        self.verdict_frame = QFrame(self)
        self.verdict_frame.setObjectName("verdict")
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
        widgets = (self.today_label, self.earliest_label, self.bookable_label, self.ideal_label)
        for widget in (*widgets, self.verdict_frame):
            layout.addWidget(widget)
        self._apply_fonts()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Fixed texts; the plan's own words come again with the next :meth:`set_plan`."""
        self.earliest_label.setAccessibleName(self.tr("Earliest date"))
        self.bookable_label.setAccessibleName(self.tr("Earliest bookable date"))
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.warning_label.setAccessibleName(self.tr("Risks of going too early"))

    def _apply_fonts(self) -> None:
        """Larger type for the main message, always relative to the current font (it may be scaled)."""
        self.earliest_label.setFont(_scaled(self.font(), 1.6, bold=True))
        self.verdict_icon.setFont(_scaled(self.font(), 2.0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_plan(self, plan: Plan, uncounted: int = 0) -> None:
        self.today_label.setText(
            self.tr("Today is {date}").format(date=format_long(plan.today, ui_language()))
        )
        self.earliest_label.setText(earliest_text(plan))
        self.bookable_label.setText(f"⮕ {plan.bookable_text}" if plan.bookable_text else "")
        self.bookable_label.setVisible(bool(plan.bookable_text))
        self.ideal_label.setText(window_text(plan))
        self.ideal_label.setVisible(bool(self.ideal_label.text()))
        verdict = verdict_text(plan, uncounted)
        self.verdict_icon.setText(verdict.icon)
        self.verdict_label.setText(
            f"<b>{escape(verdict.title, quote=False)}.</b> {escape(verdict.detail, quote=False)}"
        )
        self.verdict_frame.setAccessibleName(
            self.tr("Verdict: {title}. {detail}").format(title=verdict.title, detail=verdict.detail)
        )
        too_early = plan.verdict is Verdict.TOO_EARLY
        self.warning_label.setText(content("risks-too-early").body if too_early else "")
        self.warning_label.setVisible(too_early)
        self.verdict_frame.setProperty("verdict", "incomplete" if uncounted else plan.verdict.value)
        self.verdict_frame.style().unpolish(self.verdict_frame)
        self.verdict_frame.style().polish(self.verdict_frame)


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font
