"""The handout's detail words: the treatments as understood, and the small print (basis, sources, policy)."""

from __future__ import annotations

import datetime as dt
from html import escape

from gui.core import (
    NoteKind,
    Plan,
    Precision,
    Reason,
    Rule,
    basis_text,
    evidence_text,
    format_long,
    name_of,
    note_text,
    plan_target_name,
    planned_rule_text,
    policy_text,
    rule_summary,
    treatment_when,
)
from gui.core.catalog import words
from gui.core.dates import format_full
from gui.core.words.common import source_text
from gui.handout.phrases import phrase, plan_phrase
from gui.handout.text import heading
from gui.store.content import section

COLUMN_WIDTHS = (29, 27, 44)  # per cent of the table width; every row uses the same


def _cells(values: tuple[str, ...], tag: str) -> str:
    return "".join(
        f'<{tag} width="{width}%">{value}</{tag}>' for value, width in zip(values, COLUMN_WIDTHS, strict=True)
    )


def _table(row: str) -> str:
    return f'<table width="100%" cellspacing="0" cellpadding="3">{row}</table>'


def treatments_title(plan: Plan, lang: str = "en") -> str:
    return plan_phrase(plan.target, lang, "treatments_title")


def table_header_html(plan: Plan, lang: str = "en") -> str:
    target = plan_target_name(plan, lang)
    keys = ("col_treatment", "col_when", "col_earliest")
    header = tuple(escape(phrase(lang, key, target=target)) for key in keys)
    return _table("<tr>" + _cells(header, "th") + "</tr>")


def treatment_row_html(reason: Reason, lang: str = "en", *, closed_that_day: bool = False) -> str:
    """One table row of its own, so a long list can continue on the next page with the header again.
    ``closed_that_day``: the date this row sets is a day the clinic is closed (never let it read as
    the day to come)."""
    earliest = escape(format_long(reason.earliest, lang))
    if reason.sets_earliest:
        said = phrase(lang, "sets_date_closed" if closed_that_day else "sets_date")
        earliest = f"<b>{earliest}</b> <span class='muted'>{escape(said)}</span>"
    values = (escape(name_of(reason.product, lang)), escape(treatment_when(reason.treatment, lang)), earliest)
    return _table("<tr>" + _cells(values, "td") + "</tr>")


def treatment_notes_html(plan: Plan, lang: str = "en") -> str | None:
    notes = []
    if any(r.treatment.precision is not Precision.EXACT for r in plan.reasons):
        notes.append(phrase(lang, "approximate"))
    notes += [note_text(n, lang) for n in plan.notes if n.kind is NoteKind.NO_IDEAL_WINDOW]
    return "".join(f'<p class="muted">{escape(note)}</p>' for note in notes) or None


def no_treatments_html(plan: Plan, lang: str = "en") -> str:
    return heading(treatments_title(plan, lang)) + f"<p>{escape(phrase(lang, 'no_treatments'))}</p>"


# --- small print --------------------------------------------------------------------------------------


def _sources_by_number(plan: Plan) -> dict[str, int]:
    sources = dict.fromkeys(s for r in plan.reasons for s in r.sources)
    sources |= dict.fromkeys(s for p in plan.planned if p.gap is not None for s in p.rule.sources)
    return {source: number for number, source in enumerate(sources, 1)}


def _rules_html(plan: Plan, numbers: dict[str, int], lang: str) -> str:
    """One line per rule used (products sharing a rule share the line): the wait, why, evidence, sources."""
    _ = words(lang)
    products: dict[Rule, list[str]] = {}
    for reason in plan.reasons:
        names = products.setdefault(reason.rule, [])
        if name_of(reason.product, lang) not in names:
            names.append(name_of(reason.product, lang))
    lines = []
    for rule, names in products.items():
        cited = ", ".join(str(n) for n in sorted(numbers[s] for s in rule.sources))
        evidence = phrase(lang, "evidence", level=evidence_text(rule.evidence, lang))
        sources = phrase(lang, "sources_cited", numbers=cited)
        lines.append(
            f"<b>{escape(', '.join(names))}:</b> {escape(rule_summary(rule, lang))}. "
            f"{escape(basis_text(rule, lang))} {escape(evidence)} {escape(sources)}"
        )
    for planned in (p for p in plan.planned if p.gap is not None):  # each one that bounds the date
        rule = planned.rule
        cited = ", ".join(str(n) for n in sorted(numbers[s] for s in rule.sources))
        evidence = phrase(lang, "evidence", level=evidence_text(rule.evidence, lang))
        sources = phrase(lang, "sources_cited", numbers=cited)
        name = _("{name} (planned)", name=name_of(planned.product, lang))
        lines.append(
            f"<b>{escape(name)}:</b> {escape(planned_rule_text(plan, planned, lang))} "
            f"{escape(basis_text(rule, lang))} {escape(evidence)} {escape(sources)}"
        )
    return "".join(f'<p class="small">{line}</p>' for line in lines)


def _sources_html(numbers: dict[str, int], lang: str) -> str:
    listed = [f"[{n}] {escape(source_text(s, lang))}" for s, n in numbers.items()]
    if not listed:
        return ""
    listed[0] = f"<b>{escape(phrase(lang, 'sources'))}</b> {listed[0]}"
    return "".join(f'<p class="small">{line}</p>' for line in listed)


def _policy_html(plan: Plan, printed_on: dt.date, lang: str) -> str:
    # the policy names its version and, for a clinic's own policy, who signed it; the Why panel says the same
    line = phrase(lang, "policy_line", policy=policy_text(plan.policy, lang, full_dates=True))
    return (
        f'<p class="small"><b>{escape(phrase(lang, "policy"))}</b> {escape(line)} '
        f"<b>{escape(phrase(lang, 'printed_on'))}</b> {format_full(printed_on, lang)}.</p>"
    )


def small_print_html(plan: Plan, printed_on: dt.date, lang: str = "en") -> str:
    """Basis, evidence and sources of every rule used; the policy and its review; the disclaimer, once."""
    numbers = _sources_by_number(plan)
    parts = [
        heading(phrase(lang, "worked_out"), 3),
        _rules_html(plan, numbers, lang),
        _sources_html(numbers, lang),
    ]
    disclaimer = section("disclaimer", lang)
    parts.append(
        _policy_html(plan, printed_on, lang).removesuffix("</p>")
        + f" <b>{escape(disclaimer.title)}:</b> {escape(disclaimer.body)}</p>"
    )
    return "".join(parts)
