"""Side panels: Benefits, Risks, Why this date and About, as tabs that follow the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from gui.core import (
    TARGETS,
    Plan,
    PlannedReason,
    Reason,
    basis_text,
    evidence_text,
    first_open_text,
    format_day_month,
    format_long,
    latest_text,
    name_of,
    note_text,
    plan_target_name,
    planned_check_texts,
    planned_rule_text,
    policy_text,
    reason_rule_text,
    recommended_text,
    treatment_when,
    unsigned_text,
)
from gui.core.catalog import N_, words
from gui.core.course_words import course_rule_text, next_toxin_text, session_reasons, wears_off_text
from gui.core.screening_words import item_effect_text, screening_line
from gui.core.words.common import capitalized, screening_reason_text, source_text
from gui.store.content import section_for, too_early_text
from gui.ui.html_text import escape
from gui.ui.i18n import ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.ui_words import content

# The panel's headings and field names (the sentences about the plan are said where they are made).
LABELS = {
    "title": N_("Why this date"),
    "sets": N_("(this sets the earliest date)"),
    "sets_latest": N_("(this sets the latest date)"),
    "planned": N_("Planned treatments"),
    "screening": N_("Screening answered yes"),
    "rule": N_("Rule:"),
    "why": N_("Why:"),
    "evidence": N_("Evidence:"),
    "sources": N_("Sources:"),
    "notes": N_("Notes"),
    "policy": N_("Policy:"),
}


def _label(key: str, code: str) -> str:
    """A heading or field name in ``code``, escaped for HTML."""
    return escape(words(code)(LABELS[key]))


def _reason_html(reason: Reason, code: str) -> str:
    """One treatment: its product and date, its own earliest date, the rule, why, evidence, sources,
    in the policy's own words in ``code``."""
    _ = words(code)
    setter = f" <i>{_label('sets', code)}</i>" if reason.sets_earliest else ""
    if reason.first == reason.last:
        its_earliest = _("Its earliest date: {date}", date=format_day_month(reason.earliest, code))
    else:  # an approximate date: say where the wait is counted from, so the sum can be checked
        its_earliest = _(
            "Its earliest date: {date}, counted from {last}, the latest day it could have been",
            date=format_day_month(reason.earliest, code),
            last=format_day_month(reason.last, code),
        )
    if reason.recommended is not None and reason.recommended != reason.earliest:
        its_earliest += ". " + _("Recommended from {date}", date=format_day_month(reason.recommended, code))
    sources = "".join(f"<li>{escape(source_text(s, code))}</li>" for s in reason.sources)
    rule = reason_rule_text(reason, code)
    heading = f"{name_of(reason.product, code)} — {treatment_when(reason.treatment, code)}"
    unsigned = f"<p><i>{escape(unsigned_text(code))}</i></p>" if reason.unsigned else ""
    return (
        f"<h3>{escape(heading)}</h3>"
        f"<p><b>{escape(its_earliest)}</b>{setter}</p>"
        f"<p><b>{_label('rule', code)}</b> {escape(rule)}</p>{unsigned}"
        f"<p><b>{_label('why', code)}</b> {escape(basis_text(reason.rule, code))}</p>"
        f"<p><b>{_label('evidence', code)}</b> {escape(evidence_text(reason.evidence, code))}</p>"
        f"<p><b>{_label('sources', code)}</b></p><ul>{sources}</ul>"
    )


def _planned_html(plan: Plan, planned: PlannedReason, code: str) -> str:
    """One planned treatment: its day, the last day it leaves for the next treatment, and the rule."""
    _ = words(code)
    heading = _(
        "{name} — planned for {date}",
        name=name_of(planned.product, code),
        date=format_day_month(planned.treatment.on, code),
    )
    if planned.gap is None:
        latest = _("No wait before or after it.")
    else:
        latest = _(
            "Latest date for {target} before it: {date}",
            target=plan_target_name(plan, code),
            date=format_day_month(planned.latest, code),
        )
    setter = f" <i>{_label('sets_latest', code)}</i>" if planned.sets_latest else ""
    sources = "".join(f"<li>{escape(source_text(s, code))}</li>" for s in planned.rule.sources)
    return (
        f"<h3>{escape(heading)}</h3>"
        f"<p><b>{escape(latest)}</b>{setter}</p>"
        f"<p><b>{_label('rule', code)}</b> {escape(planned_rule_text(plan, planned, code))}</p>"
        f"<p><b>{_label('why', code)}</b> {escape(basis_text(planned.rule, code))}</p>"
        f"<p><b>{_label('evidence', code)}</b> {escape(evidence_text(planned.rule.evidence, code))}</p>"
        f"<p><b>{_label('sources', code)}</b></p><ul>{sources}</ul>"
    )


def _course_html(plan: Plan, code: str) -> str:
    """The course: its spacing rule and why, each session's day and reasons, the next toxin visit."""
    course = plan.course
    assert course is not None
    _ = words(code)
    items = "".join(
        f"<li><b>{escape(format_long(s.date, code))}</b>: "
        f"{escape(' '.join(session_reasons(course, s, code)))}</li>"
        for s in course.sessions
    )
    sources = "".join(f"<li>{escape(source_text(source, code))}</li>" for source in course.spacing.sources)
    spacing = course.spacing
    extra = [text for text in (next_toxin_text(course, plan, code), wears_off_text(course, code)) if text]
    title = _("Course of sessions")  # not inside the f-string: the extractor reads no call there (3.11)
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p><b>{_label('rule', code)}</b> {escape(course_rule_text(course, code))}</p>"
        + (f"<p><i>{escape(unsigned_text(code))}</i></p>" if course.unsigned else "")
        + f"<ol>{items}</ol>"
        + "".join(f"<p><b>{escape(text)}</b></p>" for text in extra)
        + f"<p><b>{_label('evidence', code)}</b> {escape(evidence_text(spacing.evidence, code))}</p>"
        f"<p><b>{_label('sources', code)}</b></p><ul>{sources}</ul>"
    )


def _screening_html(plan: Plan, code: str) -> str:
    """Each screening question answered yes: what it adds to the verdict, why, the evidence, sources."""
    parts = [f"<h2>{_label('screening', code)}</h2>", f"<p><b>{escape(screening_line(plan, code))}</b></p>"]
    if plan.screening_unsigned:
        parts.append(f"<p><i>{escape(unsigned_text(code))}</i></p>")
    for item in plan.screening:
        sources = "".join(f"<li>{escape(source_text(s, code))}</li>" for s in item.sources)
        parts.append(
            f"<h3>{escape(capitalized(name_of(item, code)))} — {escape(item_effect_text(item, code))}</h3>"
            f"<p><b>{_label('why', code)}</b> {escape(screening_reason_text(item, code))}</p>"
            f"<p><b>{_label('evidence', code)}</b> {escape(evidence_text(item.evidence, code))}</p>"
            f"<p><b>{_label('sources', code)}</b></p><ul>{sources}</ul>"
        )
    return "".join(parts)


def why_html(plan: Plan, *, lang: str | None = None) -> str:
    """The 'Why this date' panel: each treatment's rule, dates, basis, evidence and sources."""
    code = lang or ui_language()
    _ = words(code)
    parts = [f"<h2>{_label('title', code)}</h2>"]
    if not plan.reasons:
        text = _(
            "No prior treatments are entered, so no wait applies before {target}.",
            target=plan_target_name(plan, code),
        )
        parts.append(f"<p>{escape(text)}</p>")
    elif plan.earliest:
        text = _("The earliest date is the latest of the dates below: {date}.", date="{date}")
        date = f"<b>{escape(format_long(plan.earliest, code))}</b>"
        parts.append(f"<p>{escape(text).format(date=date)}</p>")
        if first_open := first_open_text(plan, code):
            parts.append(f"<p><b>{escape(first_open)}</b></p>")
    parts += [f"<p><b>{escape(text)}</b></p>" for text in (recommended_text(plan, code),) if text]
    parts += [_reason_html(reason, code) for reason in plan.reasons]
    if plan.planned:
        parts.append(f"<h2>{_label('planned', code)}</h2>")
        parts += [
            f"<p><b>{escape(text)}</b></p>"
            for text in (latest_text(plan, code), *planned_check_texts(plan, code))
        ]
        parts += [_planned_html(plan, planned, code) for planned in plan.planned]
    if plan.screening:
        parts.append(_screening_html(plan, code))
    if plan.course is not None:
        parts.append(_course_html(plan, code))
    if plan.notes:
        notes = "".join(f"<li>{escape(note_text(note, code))}</li>" for note in plan.notes)
        parts.append(f"<h3>{_label('notes', code)}</h3><ul>{notes}</ul>")
    said = policy_text(plan.policy, code)
    parts.append(f"<p><b>{_label('policy', code)}</b> {escape(said)}.</p>")
    return "".join(parts)


class SidePanels(Retranslating, QTabWidget):
    """Tabs of plain-language text. ``set_plan`` updates the parts that depend on the plan."""

    RISKS_TAB = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.benefits = self._browser()
        self.risks = self._browser()
        self.why = self._browser()
        self.about = self._browser()
        for browser in (self.benefits, self.risks, self.why, self.about):
            self.addTab(browser, "")
        self._plan: Plan | None = None
        self._why_stale = True  # the Why tab is written when it is shown, not on every keystroke
        # The too-early warning shown ("" for none) with the risks section under it; None: not yet shown.
        self._too_early: tuple[str, str] | None = None
        self._target = ""  # the benefits section shown
        self._next = TARGETS[0]  # the next treatment chosen, for the texts while there is no plan
        self.currentChanged.connect(self._show_why_if_current)
        self.retranslate_ui()

    def _browser(self) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        # A caret the arrow keys move, so a screen reader reads the panel line by line (without it
        # the arrows only scrolled and nothing was said).
        browser.setTextInteractionFlags(
            browser.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return browser

    def retranslate_ui(self) -> None:
        """Tab names, the content files in the interface language, and the plan's words again."""
        self.setAccessibleName(self.tr("Information panels"))
        self.benefits.setAccessibleName(self.tr("Benefits"))
        self.risks.setAccessibleName(self.tr("Risks"))
        self.why.setAccessibleName(self.tr("Why this date"))
        self.about.setAccessibleName(self.tr("About these treatments"))
        self.setTabText(0, self.tr("&Benefits"))
        self.setTabText(2, self.tr("&Why this date"))
        self.setTabText(3, self.tr("Ab&out"))
        self._target = ""  # the benefits follow the next treatment: shown again for the plan below
        self._show_benefits()
        self.about.setMarkdown(content("about").markdown)
        self._too_early = None
        self._show_risks(too_early_text(self._plan, ui_language()) if self._plan else "")
        self._why_stale = True
        self._show_why_if_current()

    def set_plan(self, plan: Plan | None) -> None:
        """The plan's parts; None while an entry is not understood (the Why tab then says so)."""
        self._plan = plan
        self._why_stale = True
        self._show_why_if_current()
        self._show_benefits()
        self._show_risks(too_early_text(plan, ui_language()) if plan else "")

    def set_next_treatment(self, target: str) -> None:
        """The next treatment chosen: the benefits and risks are about it even while no plan is shown."""
        self._next = target

    def _shown_target(self) -> str:
        """The next treatment the texts are about: the plan's, or the one chosen while there is none."""
        return self._plan.target if self._plan is not None else self._next

    def _show_benefits(self) -> None:
        name = section_for("benefits", self._shown_target())
        if name != self._target:
            self._target = name
            self.benefits.setMarkdown(content(name).markdown)

    @Slot()
    def _show_why_if_current(self) -> None:
        """Write the Why tab for the current plan, if that tab is the one shown and is out of date."""
        if self._why_stale and self.currentWidget() is self.why:
            self.why.setHtml(why_html(self._plan) if self._plan is not None else self._no_plan_html())
            self._why_stale = False

    def _no_plan_html(self) -> str:
        text = self.tr("No dates until every entry is understood: check the entries marked on the left.")
        return f"<p>{escape(text)}</p>"

    def _show_risks(self, too_early: str) -> None:
        """The risks, with the risks of this too-early date (for the treatments that make it too early)
        brought forward above everything else."""
        name = section_for("risks", self._shown_target())
        if (too_early, name) == self._too_early:
            return
        self._too_early = (too_early, name)
        risks = content(name).markdown
        if too_early:
            quoted = "\n>\n".join(f"> {p}" for p in too_early.split("\n\n"))
            risks = f"> **⚠ {content('risks-too-early').title}**\n>\n{quoted}\n\n{risks}"
        self.risks.setMarkdown(risks)
        self.setTabText(self.RISKS_TAB, self.tr("⚠ &Risks") if too_early else self.tr("&Risks"))
