"""Words shared by every sentence: durations, targets, evidence levels, the rule, the plan's notes.

Each function takes the language it speaks (see :mod:`gui.core.catalog`); English is the message
id, every other language comes from its catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Protocol

from gui.core.catalog import LANGUAGE_NAMES, LANGUAGES, N_, check_language, words
from gui.core.dates import Precision, count, format_day_month, format_full, format_span
from gui.core.durations import Duration

if TYPE_CHECKING:  # policy.py takes its evidence words and problem messages from here
    from gui.core.history import Treatment
    from gui.core.plan import Plan, PlannedReason, PolicyInfo, Reason
    from gui.core.policy import CourseRule, Policy, Product, Rule, ScreeningItem

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "check_language"]

TARGET_WORDS = {
    "microneedling": N_("microneedling"),
    "rf-microneedling": N_("RF microneedling"),
}
EVIDENCE_WORDS = {
    "label": N_("product label"),
    "consensus": N_("expert consensus"),
    "study": N_("published study"),
    "expert-opinion": N_("expert opinion"),
    "clinic-policy": N_("clinic policy"),
    "limited": N_("limited evidence"),
}


def capitalized(text: str) -> str:
    """The text with its first letter a capital, to start a line or a heading ('Microneedling')."""
    return text[:1].upper() + text[1:]


def join_words(items: Iterable[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' / 'a y b'."""
    listed = list(items)
    if len(listed) < 2:
        return "".join(listed)
    _ = words(lang)
    return _("{items} and {last}", items=", ".join(listed[:-1]), last=listed[-1])


def duration_text(duration: Duration, lang: str = "en") -> str:
    """'14 days', '3 months', '1 month and 2 weeks'; '14 días', '1 mes y 2 semanas'."""
    parts = [
        count(value, unit, lang)
        for value, unit in (
            (duration.years, "year"),
            (duration.months, "month"),
            (duration.weeks, "week"),
            (duration.days, "day"),
        )
        if value
    ]
    return join_words(parts, lang) if parts else count(0, "day", lang)


def target_name(target: str, lang: str = "en") -> str:
    return words(lang)(TARGET_WORDS[target]) if target in TARGET_WORDS else target


def plan_target_name(plan: Plan, lang: str = "en") -> str:
    """The plan's next treatment as sentences say it: 'microneedling', 'RF microneedling', 'Botox'."""
    if plan.target_product is not None:
        return name_of(plan.target_product, lang)
    return target_name(plan.target, lang)


def handout_file_name(target: str, day: date, lang: str = "en") -> str:
    """The file name a saved handout is offered under, in the handout's language: ``microneedling-plan-
    2026-12-07.pdf`` (``treatment-plan-…`` when the next treatment is an injection, as its title says)."""
    _ = words(lang)
    stem = _("microneedling-plan") if target in TARGET_WORDS else _("treatment-plan")
    return f"{stem}-{day.isoformat()}.pdf"


def calendar_file_name(target: str, day: date, lang: str = "en") -> str:
    """The file name a course's calendar is offered under, in the calendar's language:
    ``microneedling-sessions-2026-12-07.ics``."""
    _ = words(lang)
    return _("{treatment}-sessions-{date}.ics").format(treatment=target, date=day.isoformat())


def before_target(target: str, lang: str = "en") -> str:
    """'before microneedling' / 'antes del microneedling'."""
    _ = words(lang)
    return _("before {target}", target=target_name(target, lang))


def evidence_text(level: str, lang: str = "en") -> str:
    return words(lang)(EVIDENCE_WORDS[level]) if level in EVIDENCE_WORDS else level


# A citation ends with the kind of source it is: "… 2016;42(5):586-597 (consensus).". The citation
# stays as published; the kind is said in the reader's language.
_SOURCE_KIND = re.compile(r"\(([a-z][a-z ;]*)\)(\.?)$")  # '(consensus; limited evidence).' too


@cache  # a language's words do not change while the app runs; every cited source asks
def _source_kinds(lang: str) -> dict[str, str]:
    _ = words(lang)
    return {
        "clinic policy": _.pgettext("source kind", "clinic policy"),
        "consensus": _.pgettext("source kind", "consensus"),
        "expert opinion": _.pgettext("source kind", "expert opinion"),
        "label": _.pgettext("source kind", "label"),
        "limited evidence": _.pgettext("source kind", "limited evidence"),
        "laboratory study": _.pgettext("source kind", "laboratory study"),
        "review": _.pgettext("source kind", "review"),
        "small study": _.pgettext("source kind", "small study"),
        "study": _.pgettext("source kind", "study"),
    }


def source_text(source: str, lang: str = "en") -> str:
    """A source as cited, its closing kind in ``lang`` ('(consensus).' → '(consenso).'); a kind the app
    does not know stays as the policy gives it."""
    found = _SOURCE_KIND.search(source)
    if found is None:
        return source
    known = _source_kinds(lang)
    kinds = [known.get(part.strip()) for part in found.group(1).split(";")]
    if not all(kinds):
        return source
    return f"{source[: found.start()]}({'; '.join(k for k in kinds if k)}){found.group(2)}"


def when_text(first: date, last: date, precision: Precision, lang: str = "en") -> str:
    """A treatment date as understood, marked when only the month is known: '10 Nov 2026',
    'around 20 Oct 2026 ± 5 days', 'November 2026 (month only)'; 'alrededor del 20 oct 2026 ± 5 días',
    'noviembre de 2026 (solo el mes)'."""
    text = format_span(first, last, precision, lang)
    if precision is Precision.MONTH:
        _ = words(lang)
        return _("{month} (month only)", month=text)
    return text


class Named(Protocol):
    """A product, a product class or a policy: the policy file names it in English and may in Spanish."""

    @property
    def name(self) -> str: ...
    @property
    def name_es(self) -> str: ...


def name_of(item: Named, lang: str = "en") -> str:
    """What the policy calls ``item`` in ``lang`` (its English name where it gives no other: brand
    names stay as they are). These names are the clinic's data, signed with the policy, so they come
    from the policy file rather than the catalogue."""
    return (item.name_es if lang == "es" else "") or item.name


def class_name(product: Product, lang: str = "en") -> str:
    """The name of the product's class in ``lang`` ('Botulinum toxin' / 'Toxina botulínica')."""
    return (product.class_name_es if lang == "es" else "") or product.class_name


def basis_text(rule: Rule | CourseRule, lang: str = "en") -> str:
    """Why the rule says what it says, in the policy's own words in ``lang`` (English where it has none)."""
    return (rule.basis_es if lang == "es" else "") or rule.basis


def question_text(item: ScreeningItem, lang: str = "en") -> str:
    """A screening question as staff ask it, in ``lang`` (the English one where the policy gives no other)."""
    return (item.question_es if lang == "es" else "") or item.question


def screening_reason_text(item: ScreeningItem, lang: str = "en") -> str:
    """Why a yes to a screening question has its effect, in ``lang`` (English where there is no other)."""
    return (item.reason_es if lang == "es" else "") or item.reason


def treatment_when(treatment: Treatment, lang: str = "en") -> str:
    """A treatment's date as understood (see :func:`when_text`)."""
    return when_text(treatment.first_possible, treatment.last_possible, treatment.precision, lang)


_NOT_VERIFIED = N_("not verified")


def version_number(version: str) -> str:
    """A policy's version without a leading 'v': 'v3' and '3' are version 3; 'v2027.1' is '2027.1'."""
    version = version.strip()
    return version[1:] if version[:1] in "vV" and version[1:2].isdigit() else version


def policy_label(policy: Policy | PolicyInfo, lang: str = "en") -> str:
    """How every screen and paper names the policy: 'Default policy 2027.1'; signed, 'Clinic policy v3,
    approved by Dr Lee on 20 Nov 2026 · 3f2a9c1e' ('…, aprobada por Dr Lee el 20 nov 2026 · 3f2a9c1e'),
    the approval's fingerprint in short ('not verified' for a policy signed by an older version, whose
    approval does not record the exact rules)."""
    _, name = words(lang), name_of(policy, lang)
    version = version_number(policy.version)  # said 'v3', never 'vv3'
    if policy.approved_by and policy.approved_on:
        label = _(
            "{name} v{version}, approved by {approved_by} on {when}",
            name=name,
            version=version,
            approved_by=policy.approved_by,
            when=format_day_month(policy.approved_on, lang),
        )
        # Signed by an older version, the approval names no exact rules: the app cannot check them.
        return f"{label} · {policy.fingerprint[:8] if policy.fingerprint else _(_NOT_VERIFIED)}"
    if policy.approved_by:
        return _("{name} v{version}, approved by {approved_by}", name=name, version=version,
                 approved_by=policy.approved_by)  # fmt: skip
    return f"{name} {policy.version}"


def policy_text(policy: Policy | PolicyInfo, lang: str = "en", *, full_dates: bool = False) -> str:
    """The policy with its review dates, as the Why panel, the command line and the handout's small
    print say it (the handout writes the dates out in full: ``full_dates``)."""
    _, say = words(lang), format_full if full_dates else format_day_month
    return _(
        "{policy}, reviewed {reviewed}; next review by {next}",
        policy=policy_label(policy, lang),
        reviewed=say(policy.reviewed, lang),
        next=say(policy.next_review, lang),
    )


def treatment_name(product: Product, lang: str = "en") -> str:
    """A product as a sentence says it: needling as a procedure ('microneedling'), others by name."""
    return target_name(product.id, lang) if product.id in TARGET_WORDS else name_of(product, lang)


def _wait_clause(wait: Duration, after: str, before: str, lang: str) -> str:
    """'Wait at least 14 days after Botox before microneedling', or 'No wait is needed …' for none."""
    _ = words(lang)
    if wait.is_zero:
        return _(
            "No wait is needed after {product} {before_target}: the same day is allowed",
            product=after,
            before_target=before,
        )
    return _(
        "Wait at least {wait} after {product} {before_target}",
        wait=duration_text(wait, lang),
        product=after,
        before_target=before,
    )


def rule_in_words(
    rule: Rule, product: Product, target: str, lang: str = "en", *, target_product: Product | None = None
) -> str:
    """The rule as one sentence: 'Wait at least 14 days after Botox before microneedling; …'. A next
    treatment that is a product (``target_product``) is named by its name, not by the rule's class."""
    _ = words(lang)
    before = _("before {target}", target=treatment_name(target_product, lang)) if target_product else None
    first = _wait_clause(
        rule.earliest, treatment_name(product, lang), before or before_target(target, lang), lang
    )
    return "; ".join([first, *rule_windows(rule, lang)]) + "."


def rule_windows(rule: Rule, lang: str = "en") -> list[str]:
    """What a rule says beyond its wait: '2 weeks is preferred', 'best within 3 months of the
    injection, while it still works', 'its effect has usually worn off by 4 months'."""
    _ = words(lang)
    parts = []
    if rule.recommended is not None:
        parts.append(_("{duration} is preferred", duration=duration_text(rule.recommended, lang)))
    if rule.ideal_until is not None:
        parts.append(
            _(
                "best within {duration} of the injection, while it still works",
                duration=duration_text(rule.ideal_until, lang),
            )
        )
    if rule.effect_ends is not None:
        parts.append(
            _("its effect has usually worn off by {duration}", duration=duration_text(rule.effect_ends, lang))
        )
    return parts


def reason_rule_text(reason: Reason, lang: str = "en") -> str:
    """The rule behind one treatment's dates, naming the next treatment as it was asked for."""
    return rule_in_words(
        reason.rule, reason.product, reason.rule.target, lang, target_product=reason.target_product
    )


def planned_rule_text(plan: Plan, planned: PlannedReason, lang: str = "en") -> str:
    """The rule from the next treatment to a planned one: 'Wait at least 7 days after microneedling
    before Botox.'"""
    _ = words(lang)
    before = _("before {target}", target=name_of(planned.product, lang))
    return _wait_clause(planned.rule.earliest, plan_target_name(plan, lang), before, lang) + "."


def unsigned_text(lang: str = "en") -> str:
    """Said beside a rule the clinic's policy did not sign (it comes from the shipped default)."""
    _ = words(lang)
    return _("From the default policy: the clinic has not signed this rule yet.")


def wait_words(rule: Rule, lang: str = "en") -> str:
    """A rule's wait on its own: 'wait at least 14 days', or 'no wait: the same day is allowed'."""
    _ = words(lang)
    if rule.earliest.is_zero:
        return _("no wait: the same day is allowed")
    return _("wait at least {duration}", duration=duration_text(rule.earliest, lang))


def rule_summary(rule: Rule, lang: str = "en") -> str:
    """The rule without its products, for a line that several products share: 'wait at least 14 days;
    best within 3 months'."""
    _ = words(lang)
    said = wait_words(rule, lang)
    if rule.ideal_until is not None:
        said = _("{wait}; best within {duration}", wait=said, duration=duration_text(rule.ideal_until, lang))
    return said


# --- notes (the plan keeps their values, so each can be said again in any language) ------------------


def limited_evidence_text(
    weak: Iterable[Product], levels: Iterable[str], lang: str = "en", *, injection_next: bool = False
) -> str:
    """The limited-evidence note, naming the products whose rule rests on opinion and its levels; for
    an injection as the next treatment (the mirror question), said that way round."""
    names = sorted({name_of(p, lang) for p in weak})
    levels_said = sorted({evidence_text(level, lang) for level in levels})
    detail = f" ({', '.join(names)}: {', '.join(levels_said)})" if names else ""
    _ = words(lang)
    if injection_next:
        return _(
            "Limited evidence: no trial has tested toxin or filler at set days after microneedling or "
            "another injection. These waits are clinic policy resting on expert opinion{detail}.",
            detail=detail,
        )
    return _(
        "Limited evidence: no trial has tested microneedling at set days after toxin or filler. "
        "These waits are clinic policy resting on expert opinion{detail}.",
        detail=detail,
    )


def approximate_text(
    product: Product, when: str, counted_from: date, lang: str = "en", window_from: date | None = None
) -> str:
    """'Approximate date: Botox, around 20 Nov 2026 ± 3 days. The wait is counted from …'; for a
    product with an ideal window, that the window is counted from the earliest possible day (a wait
    never ends too soon, a window never lasts longer than it may)."""
    _ = words(lang)
    said = _(
        "Approximate date: {product}, {when}. The wait is counted from the latest possible day, {day}.",
        product=name_of(product, lang),
        when=when,
        day=format_day_month(counted_from, lang),
    )
    if window_from is None:
        return said
    return f"{said} " + _(
        "Its ideal window, and when it wears off, are counted from the earliest possible day, {day}.",
        day=format_day_month(window_from, lang),
    )


def no_ideal_window_text(product: Product, earliest: date, ideal_until: date, lang: str = "en") -> str:
    _ = words(lang)
    return _(
        "No ideal window: the wait after {product} ends on {wait_ends}, after the toxin window "
        "closes on {window_closes}.",
        product=name_of(product, lang),
        wait_ends=format_day_month(earliest, lang),
        window_closes=format_day_month(ideal_until, lang),
    )


def clinic_closed_text(day: date, lang: str = "en") -> str:
    _ = words(lang)
    return _("The clinic is closed on {day}.", day=format_day_month(day, lang))


def no_open_day_text(lang: str = "en") -> str:
    _ = words(lang)
    return _("The clinic has no open day in the next year.")
