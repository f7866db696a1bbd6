"""The check sheet's sentences in English or Spanish: each worked example as a clinician reads it
('Botox on Mon 1 Dec 2025: microneedling on Sun 14 Dec 2025 is too early; from Mon 15 Dec 2025 it is
within policy.'), said from the example's own inputs and the engine's answer."""

from __future__ import annotations

import datetime as dt

from gui.core.catalog import N_, words
from gui.core.check_sheet import Example, check_examples
from gui.core.dates import format_medium, format_month
from gui.core.plan_words import verdict_title
from gui.core.policy import TARGETS, Policy, Rule
from gui.core.screening_words import item_effect_text
from gui.core.words.common import (
    basis_text,
    capitalized,
    join_words,
    name_of,
    question_text,
    rule_windows,
    target_name,
    wait_words,
)

SENTENCES = {
    "before-earliest": N_(
        "{prior} on {day}: {target} on {proposed} is too early; from {earliest} it is within clinic policy."
    ),
    "on-earliest": N_("{prior} on {day}: {target} on {earliest}, the earliest date: {verdict}."),
    "recommended": N_("{prior} on {day}: {target} on {proposed}, the date the clinic recommends: {verdict}."),
    "ideal-ends": N_("{prior} on {day}: {target} on {proposed}, the last ideal day: {verdict}."),
    "after-ideal": N_("{prior} on {day}: {target} on {proposed}, the day after: {verdict}."),
    "month-end": N_("{prior} on {day}, a month end: {target} from {earliest}."),
    "leap-day": N_("{prior} on {day}, a leap day: {target} from {earliest}."),
    "approximate": N_(
        "{prior} some day in {month} (the day is not known): counted from its last day, {target} from "
        "{earliest}."
    ),
    "later-wait-wins": N_("{treatments}: the wait that ends last decides, {target} from {earliest}."),
    "course": N_("{prior} on {day}, a course of {count} sessions: {sessions}."),
    "screening": N_("{Target}: “{question}” A yes: {effect}."),
}
IDEAL_UNTIL = N_("Ideal until {date}.")
WORN_OFF = N_("Worn off by {date}.")
NEXT_TOXIN = N_("Next toxin visit from {date}.")
ONE_ON = N_("{prior} on {day}")
GROUP = N_("Before {target}")
AFTER = N_("After {prior}")
OTHERS = N_("Other checks")
SCREENING = N_("Screening questions")
WHY = N_("Why: {basis}")
RULE = N_("Rule: {rule}.")


def _day(text: object, lang: str) -> str:
    return format_medium(dt.date.fromisoformat(str(text)), lang)


def _treatment(policy: Policy, product_id: str, lang: str) -> str:
    """A next treatment or a prior product by name: 'microneedling', 'Botox'."""
    if product_id in TARGETS:
        return target_name(product_id, lang)
    return name_of(policy.products[product_id], lang)


def _typed(item: str) -> tuple[str, str]:
    product, _, when = item.partition("=")
    return product, when


def group_title(policy: Policy, group: str, lang: str = "en") -> str:
    """'Before microneedling', 'Before Neurotoxin': the next treatment a group of rules is about."""
    if group in policy.classes:
        name = name_of(policy.classes[group], lang)
    else:
        name = _treatment(policy, group, lang)
    return words(lang)(GROUP, target=name)


def rule_terms(rule: Rule, lang: str = "en") -> str:
    """A rule's waits as the policy states them: 'wait at least 90 days; best within 3 months of the
    injection, while it still works; …', so its examples can be checked against its numbers."""
    return words(lang)(RULE, rule="; ".join([wait_words(rule, lang), *rule_windows(rule, lang)]))


def part_rule(policy: Policy, example: Example, lang: str = "en") -> str:
    """The rule a rule's part shows examples of, in its own numbers; '' for the other parts."""
    if example.rule is None or example.kind in ("approximate", "later-wait-wins", "course", "screening"):
        return ""
    return rule_terms(policy.rules[example.rule], lang)


def part_basis(policy: Policy, example: Example, lang: str = "en") -> str:
    """Why the rule of a rule's part says what it says (its basis), '' for the other parts: the wait's
    reason is read beside its examples, so a number changed without its reason shows."""
    if example.rule is None or example.kind in ("approximate", "later-wait-wins", "course", "screening"):
        return ""
    return words(lang)(WHY, basis=basis_text(policy.rules[example.rule], lang))


def part_title(policy: Policy, example: Example, lang: str = "en") -> str:
    """The part of a group an example belongs to: 'After Neurotoxin' for a rule's examples (a class or
    a product, as the rule is written), then the other checks and the screening questions."""
    _ = words(lang)
    if example.kind == "screening":
        return _(SCREENING)
    if example.rule is None or example.kind in ("approximate", "later-wait-wins", "course"):
        return _(OTHERS)
    prior = example.rule[0]
    name = (
        name_of(policy.classes[prior], lang) if prior in policy.classes else _treatment(policy, prior, lang)
    )
    return _(AFTER, prior=name)


def example_sentence(policy: Policy, example: Example, lang: str = "en") -> str:
    """One example in words, every date with its weekday and the month in letters."""
    _ = words(lang)
    expect = example.expect
    target = _treatment(policy, example.target, lang)
    prior, when = _typed(example.history[0])
    values: dict[str, object] = {"prior": _treatment(policy, prior, lang), "target": target}
    if len(when) == 10:
        values["day"] = _day(when, lang)
    if example.proposed is not None:
        values["proposed"] = format_medium(example.proposed, lang)
    if expect.get("earliest"):
        values["earliest"] = _day(expect["earliest"], lang)
    if "verdict" in expect:
        values["verdict"] = verdict_title(str(expect["verdict"]), lang).lower()
    kind = example.kind
    if kind == "approximate":
        year, month = (int(part) for part in when.split("-"))
        values["month"] = format_month(year, month, lang)
    elif kind == "later-wait-wins":
        each = [
            _(ONE_ON, prior=_treatment(policy, p, lang), day=_day(d, lang))
            for p, d in map(_typed, example.history)
        ]
        values["treatments"] = join_words(each, lang)
    elif kind == "course":
        sessions = expect.get("sessions")
        days = [_day(s["date"], lang) for s in sessions] if isinstance(sessions, list) else []
        values |= {"count": len(days), "sessions": join_words(days, lang)}
    elif kind == "screening":
        item = policy.screening[example.screen[0]]
        values |= {
            "question": question_text(item, lang),
            "effect": item_effect_text(item, lang).lower(),
            "Target": capitalized(target),
        }
    sentence = capitalized(_(SENTENCES[kind], **values))
    return " ".join([sentence, *_after(example, lang)])


def _after(example: Example, lang: str) -> list[str]:
    """The window and the wearing off after the earliest date, and the next toxin visit of a course."""
    _, expect, said = words(lang), example.expect, []
    if example.kind in ("on-earliest", "month-end", "leap-day"):
        if expect.get("ideal_until"):
            said.append(_(IDEAL_UNTIL, date=_day(expect["ideal_until"], lang)))
        if expect.get("effect_ends"):
            said.append(_(WORN_OFF, date=_day(expect["effect_ends"], lang)))
    if example.kind == "course" and expect.get("next_toxin"):
        said.append(_(NEXT_TOXIN, date=_day(expect["next_toxin"], lang)))
    return said


def changed_examples(policy: Policy, examples: list[Example], before: Policy) -> dict[int, Example | None]:
    """The positions in ``examples`` (``policy``'s) whose line says something else under ``before``
    (the policy in force), each with ``before``'s own example, None where it has none: what signing
    would change at the desk, and what the desk says now. Lines are compared as said in English."""
    said = {_identity(e): e for e in check_examples(before)}
    changed: dict[int, Example | None] = {}
    for index, example in enumerate(examples):
        old = said.get(_identity(example))
        if old is None or example_sentence(before, old) != example_sentence(policy, example):
            changed[index] = old
    return changed


def _identity(example: Example) -> tuple[object, ...]:
    return example.kind, example.group, example.rule, example.history, example.target, example.screen
