"""The handout's detail words: the treatments as understood, and the small print (basis, sources, policy)."""

from __future__ import annotations

import datetime as dt
from html import escape

from gui.content import section
from gui.timing import EVIDENCE_WORDS, NoteKind, Plan, Precision, Reason, Rule, format_long, format_span
from gui.timing.dates import MONTHS

from .text import heading

TREATMENTS_TITLE = "Your injections and dates"
TABLE_HEADER = ("Treatment", "When you had it", "Earliest {target} after it")
COLUMN_WIDTHS = (29, 27, 44)  # per cent of the table width; every row uses the same
APPROXIMATE_NOTE = "For a date you are not sure of, we count the wait from the latest day it could have been."


def full_date(day: dt.date, lang: str = "en") -> str:
    """'24 November 2026': the month in words, no weekday."""
    month = MONTHS[lang][day.month - 1]
    return f"{day.day} de {month} de {day.year}" if lang == "es" else f"{day.day} {month} {day.year}"


def when_text(reason: Reason, lang: str = "en") -> str:
    """The date as understood: '10 Nov 2026', 'around 20 Oct 2026 ± 5 days', 'November 2026 (month only)'."""
    t = reason.treatment
    text = format_span(t.first_possible, t.last_possible, t.precision, lang)
    return f"{text} (month only)" if t.precision is Precision.MONTH else text


def _cells(values: tuple[str, ...], tag: str) -> str:
    return "".join(
        f'<{tag} width="{width}%">{value}</{tag}>' for value, width in zip(values, COLUMN_WIDTHS, strict=True)
    )


def _table(row: str) -> str:
    return f'<table width="100%" cellspacing="0" cellpadding="3">{row}</table>'


def table_header_html(plan: Plan) -> str:
    header = tuple(escape(h.format(target=plan.target_name)) for h in TABLE_HEADER)
    return _table("<tr>" + _cells(header, "th") + "</tr>")


def treatment_row_html(reason: Reason, lang: str = "en") -> str:
    """One table row of its own, so a long list can continue on the next page with the header again."""
    earliest = escape(format_long(reason.earliest, lang))
    if reason.sets_earliest:
        earliest = f"<b>{earliest}</b> <span class='muted'>(sets your date)</span>"
    values = (escape(reason.product.name), escape(when_text(reason, lang)), earliest)
    return _table("<tr>" + _cells(values, "td") + "</tr>")


def treatment_notes_html(plan: Plan) -> str | None:
    notes = []
    if any(r.treatment.precision is not Precision.EXACT for r in plan.reasons):
        notes.append(APPROXIMATE_NOTE)
    notes += [n.text for n in plan.notes if n.kind is NoteKind.NO_IDEAL_WINDOW]
    return "".join(f'<p class="muted">{escape(note)}</p>' for note in notes) or None


def no_treatments_html() -> str:
    return heading(TREATMENTS_TITLE) + "<p>You told us about no toxin or filler injections.</p>"


# --- small print --------------------------------------------------------------------------------------


def _rule_words(rule: Rule) -> str:
    words = f"wait at least {rule.earliest}"
    if rule.ideal_until is not None:
        words += f"; best within {rule.ideal_until}"
    return words


def _sources_by_number(plan: Plan) -> dict[str, int]:
    sources = dict.fromkeys(s for r in plan.reasons for s in r.sources)
    return {source: number for number, source in enumerate(sources, 1)}


def _rules_html(plan: Plan, numbers: dict[str, int]) -> str:
    """One line per rule used (products sharing a rule share the line): the wait, why, evidence, sources."""
    products: dict[Rule, list[str]] = {}
    for reason in plan.reasons:
        names = products.setdefault(reason.rule, [])
        if reason.product.name not in names:
            names.append(reason.product.name)
    lines = []
    for rule, names in products.items():
        cited = ", ".join(str(n) for n in sorted(numbers[s] for s in rule.sources))
        lines.append(
            f"<b>{escape(', '.join(names))}:</b> {escape(_rule_words(rule))}. {escape(rule.basis)} "
            f"Evidence: {escape(EVIDENCE_WORDS.get(rule.evidence, rule.evidence))}. Sources {cited}."
        )
    return "".join(f'<p class="small">{line}</p>' for line in lines)


def _sources_html(numbers: dict[str, int]) -> str:
    listed = [f"[{n}] {escape(s)}" for s, n in numbers.items()]
    if not listed:
        return ""
    listed[0] = f"<b>Sources.</b> {listed[0]}"
    return "".join(f'<p class="small">{line}</p>' for line in listed)


def _policy_html(plan: Plan, printed_on: dt.date, lang: str) -> str:
    p = plan.policy  # the label names the version and, for a clinic's own policy, who signed it
    return (
        f'<p class="small"><b>Policy.</b> {escape(p.label)}, '
        f"reviewed {full_date(p.reviewed, lang)}. Your clinic checks these rules "
        f"and updates them when new evidence appears; next review by {full_date(p.next_review, lang)}. "
        f"<b>Printed on</b> {full_date(printed_on, lang)}.</p>"
    )


def small_print_html(plan: Plan, printed_on: dt.date, lang: str = "en") -> str:
    """Basis, evidence and sources of every rule used; the policy and its review; the disclaimer, once."""
    numbers = _sources_by_number(plan)
    parts = [
        heading("How these dates were worked out", 3),
        _rules_html(plan, numbers),
        _sources_html(numbers),
    ]
    disclaimer = section("disclaimer", lang)
    parts.append(
        _policy_html(plan, printed_on, lang).removesuffix("</p>")
        + f" <b>{escape(disclaimer.title)}:</b> {escape(disclaimer.body)}</p>"
    )
    return "".join(parts)
