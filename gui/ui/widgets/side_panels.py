"""Side panels: Benefits, Risks, Why this date and About, as tabs that follow the plan."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from gui.core import (
    Plan,
    PolicyInfo,
    Reason,
    evidence_text,
    format_day_month,
    format_long,
    note_text,
    target_name,
)
from gui.store.content import too_early_text
from gui.ui.i18n import QT_TRANSLATE_NOOP, ui_language, words_in
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.ui_words import content

LABELS = {  # the panel's headings and field names
    "title": QT_TRANSLATE_NOOP("WhyPanel", "Why this date"),
    "sets": QT_TRANSLATE_NOOP("WhyPanel", "(this sets the earliest date)"),
    "rule": QT_TRANSLATE_NOOP("WhyPanel", "Rule:"),
    "why": QT_TRANSLATE_NOOP("WhyPanel", "Why:"),
    "evidence": QT_TRANSLATE_NOOP("WhyPanel", "Evidence:"),
    "sources": QT_TRANSLATE_NOOP("WhyPanel", "Sources:"),
    "notes": QT_TRANSLATE_NOOP("WhyPanel", "Notes"),
    "policy": QT_TRANSLATE_NOOP("WhyPanel", "Policy:"),
}


def _label(key: str, code: str) -> str:
    """A heading or field name, translated and escaped for HTML."""
    return escape(words_in(code).translate("WhyPanel", LABELS[key]))


def _reason_html(reason: Reason, code: str) -> str:
    """One treatment: its product and date, its own earliest date, the rule, why, evidence, sources.

    The product name, rule sentence and basis are the policy's own words in ``code`` (the handout's).
    """
    setter = f" <i>{_label('sets', code)}</i>" if reason.sets_earliest else ""
    its_earliest = words_in(code).translate("WhyPanel", "Its earliest date: {date}")
    its_earliest = its_earliest.format(date=format_day_month(reason.earliest, code))
    sources = "".join(f"<li>{escape(s)}</li>" for s in reason.sources)
    evidence = evidence_text(reason.evidence, code)
    return (
        f"<h3>{escape(reason.product.name_in(code))} — {escape(reason.when_in(code))}</h3>"
        f"<p><b>{escape(its_earliest)}</b>{setter}</p>"
        f"<p><b>{_label('rule', code)}</b> {escape(reason.rule_text_in(code))}</p>"
        f"<p><b>{_label('why', code)}</b> {escape(reason.basis_in(code))}</p>"
        f"<p><b>{_label('evidence', code)}</b> {escape(evidence)}</p>"
        f"<p><b>{_label('sources', code)}</b></p><ul>{sources}</ul>"
    )


def _policy_html(policy: PolicyInfo, code: str) -> str:
    if policy.approved_by and not policy.approved_on:  # a signed policy's label names who approved it
        text = words_in(code).translate(
            "WhyPanel", "{policy}, approved by {name}. Reviewed {reviewed}; next review {next}."
        )
    else:
        text = words_in(code).translate("WhyPanel", "{policy}. Reviewed {reviewed}; next review {next}.")
    said = text.format(
        policy=policy.label_in(code),
        name=policy.approved_by,
        reviewed=format_day_month(policy.reviewed, code),
        next=format_day_month(policy.next_review, code),
    )
    return f"<p><b>{_label('policy', code)}</b> {escape(said)}</p>"


def why_html(plan: Plan, *, lang: str | None = None) -> str:
    """The 'Why this date' panel: each treatment's rule, dates, basis, evidence and sources."""
    code = lang or ui_language()
    parts = [f"<h2>{_label('title', code)}</h2>"]
    if not plan.reasons:
        text = words_in(code).translate(
            "WhyPanel", "No prior treatments are entered, so no wait applies before {target}."
        )
        parts.append(f"<p>{escape(text.format(target=target_name(plan.target, code)))}</p>")
    elif plan.earliest:
        text = words_in(code).translate(
            "WhyPanel", "The earliest date is the latest of the dates below: {date}."
        )
        date = f"<b>{escape(format_long(plan.earliest, code))}</b>"
        parts.append(f"<p>{escape(text).format(date=date)}</p>")
    parts += [_reason_html(reason, code) for reason in plan.reasons]
    if plan.notes:
        notes = "".join(f"<li>{escape(note_text(note, code))}</li>" for note in plan.notes)
        parts.append(f"<h3>{_label('notes', code)}</h3><ul>{notes}</ul>")
    parts.append(_policy_html(plan.policy, code))
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
        self._too_early: str | None = None  # the too-early warning shown, "" for none
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
        self.benefits.setMarkdown(content("benefits").markdown)
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
        self._show_risks(too_early_text(plan, ui_language()) if plan else "")

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
        if too_early == self._too_early:
            return
        self._too_early = too_early
        risks = content("risks").markdown
        if too_early:
            quoted = "\n>\n".join(f"> {p}" for p in too_early.split("\n\n"))
            risks = f"> **⚠ {content('risks-too-early').title}**\n>\n{quoted}\n\n{risks}"
        self.risks.setMarkdown(risks)
        self.setTabText(self.RISKS_TAB, self.tr("⚠ &Risks") if too_early else self.tr("&Risks"))
