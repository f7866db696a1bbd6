"""Side panels: Benefits, Risks, Why this date and About, as tabs that follow the plan."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from ..content import section
from ..timing import EVIDENCE_WORDS, Plan, Verdict, format_day_month, format_long


def why_html(plan: Plan) -> str:
    """The 'Why this date' panel: each treatment's rule, dates, basis, evidence and sources."""
    target = escape(plan.target_name)
    parts = ["<h2>Why this date</h2>"]
    if not plan.reasons:
        parts.append(f"<p>No prior treatments are entered, so no wait applies before {target}.</p>")
    else:
        parts.append(
            f"<p>The earliest date is the latest of the dates below: "
            f"<b>{escape(format_long(plan.earliest))}</b>.</p>"
            if plan.earliest
            else ""
        )
    for reason in plan.reasons:
        setter = " <i>(this sets the earliest date)</i>" if reason.sets_earliest else ""
        sources = "".join(f"<li>{escape(s)}</li>" for s in reason.sources)
        parts.append(
            f"<h3>{escape(reason.product.name)} — {escape(reason.when)}</h3>"
            f"<p><b>Its earliest date: {escape(format_day_month(reason.earliest))}</b>{setter}</p>"
            f"<p><b>Rule:</b> {escape(reason.rule_text)}</p>"
            f"<p><b>Why:</b> {escape(reason.basis)}</p>"
            f"<p><b>Evidence:</b> {escape(EVIDENCE_WORDS[reason.evidence])}</p>"
            f"<p><b>Sources:</b></p><ul>{sources}</ul>"
        )
    if plan.notes:
        notes = "".join(f"<li>{escape(note.text)}</li>" for note in plan.notes)
        parts.append(f"<h3>Notes</h3><ul>{notes}</ul>")
    policy = plan.policy
    approved = f", approved by {escape(policy.approved_by)}" if policy.approved_by else ""
    parts.append(
        f"<p><b>Policy:</b> {escape(policy.label)}{approved}. Reviewed "
        f"{escape(format_day_month(policy.reviewed))}; next review "
        f"{escape(format_day_month(policy.next_review))}.</p>"
    )
    return "".join(parts)


class SidePanels(QTabWidget):
    """Tabs of plain-language text. ``set_plan`` updates the parts that depend on the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Information panels")
        self.benefits = self._browser("Benefits")
        self.risks = self._browser("Risks")
        self.why = self._browser("Why this date")
        self.about = self._browser("About these treatments")
        self.addTab(self.benefits, "&Benefits")
        self.addTab(self.risks, "&Risks")
        self.addTab(self.why, "&Why this date")
        self.addTab(self.about, "Abou&t")
        self.benefits.setMarkdown(section("benefits").markdown)
        self.about.setMarkdown(section("about").markdown)
        self._too_early: bool | None = None

    def _browser(self, name: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setAccessibleName(name)
        return browser

    def set_plan(self, plan: Plan) -> None:
        self.why.setHtml(why_html(plan))
        too_early = plan.verdict is Verdict.TOO_EARLY
        if too_early != self._too_early:
            self._too_early = too_early
            risks = section("risks").markdown
            if too_early:  # bring the risks of going too early forward, above everything else
                warning = section("risks-too-early")
                risks = f"> **⚠ {warning.title}**\n>\n> {warning.body}\n\n{risks}"
            self.risks.setMarkdown(risks)
            self.setTabText(1, "⚠ &Risks" if too_early else "&Risks")
