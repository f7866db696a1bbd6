"""The policy editor's rows as plain text values, turned back into a policy mapping (no widgets here).

The editor validates exactly as a policy file is validated: the rows overwrite a TOML mapping of
the policy being edited, and :func:`parse_policy` judges it. Problem keys map back to rows.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from gui.core import (
    TARGETS,
    DurationError,
    Policy,
    PolicyProblem,
    PolicyResult,
    Rule,
    name_of,
    parse_duration,
    parse_policy,
    problem_said,
    target_name,
)
from gui.core.policy_toml import dump_policy
from gui.ui.dialogs.screening_rows import (
    SCREENING_FIELD_WORDS,
    ScreeningRow,
    code_problems,
    locate_screening,
    write_screening,
)
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate, ui_language

EDITOR_FILE = "policy editor"
DURATION_FIELDS = ("earliest", "recommended", "ideal_until", "effect_ends")
FIELD_WORDS = {  # the table's columns and the detail fields
    "earliest": QT_TRANSLATE_NOOP("PolicyEditor", "Earliest"),
    "recommended": QT_TRANSLATE_NOOP("PolicyEditor", "Recommended"),
    "ideal_until": QT_TRANSLATE_NOOP("PolicyEditor", "Ideal until"),
    "effect_ends": QT_TRANSLATE_NOOP("PolicyEditor", "Effect ends"),
    "evidence": QT_TRANSLATE_NOOP("PolicyEditor", "Evidence"),
    "basis": QT_TRANSLATE_NOOP("PolicyEditor", "Basis"),
    "sources": QT_TRANSLATE_NOOP("PolicyEditor", "Sources"),
}
SIGNATURE_WORDS = {
    "approved_by": QT_TRANSLATE_NOOP(
        "PolicyEditor", "Required to save: the name of whoever approved this policy."
    ),
    "approved_on": QT_TRANSLATE_NOOP(
        "PolicyEditor", "Required to save: the day it was approved (today or earlier)."
    ),
}
# What Save asks for beyond a valid policy: the signature, and a name of the clinic's own for rules
# that are no longer the shipped default's.
SAVE_WORDS = {
    **SIGNATURE_WORDS,
    "name": QT_TRANSLATE_NOOP(
        "PolicyEditor",
        "Required to save: a name of the clinic's own. These rules differ from the shipped default, "
        "so they cannot carry its name.",
    ),
    "version": QT_TRANSLATE_NOOP(
        "PolicyEditor",
        "Required to save: a new version. These rules differ from the ones signed under this name and "
        "version, and papers tell the two apart by it.",
    ),
}
APPROVED_BEFORE = QT_TRANSLATE_NOOP(
    "PolicyEditor",
    "The approval date cannot be before {day}, when the policy in force was approved: a change is "
    "approved after what it changes.",
)
META_FIELDS = ("name", "version", "approved_by", "approved_on")  # the fields the editor shows
DETAIL_FIELDS = ("basis", "sources")  # edited below the table, for the selected row
META_WORDS = {
    "name": QT_TRANSLATE_NOOP("PolicyEditor", "Policy name"),
    "version": QT_TRANSLATE_NOOP("PolicyEditor", "Version"),
    "approved_by": QT_TRANSLATE_NOOP("PolicyEditor", "Approved by"),
    "approved_on": QT_TRANSLATE_NOOP("PolicyEditor", "Approval date"),
    "reviewed": QT_TRANSLATE_NOOP("PolicyEditor", "Reviewed"),
    "next_review": QT_TRANSLATE_NOOP("PolicyEditor", "Next review"),
}

ORIGIN_WORDS = {
    "default": QT_TRANSLATE_NOOP(
        "PolicyEditor",
        "This is the default policy that ships with the app. Change it, say who approved it and press "
        "Save to make it this clinic's policy.",
    ),
    "clinic": QT_TRANSLATE_NOOP("PolicyEditor", "This is this clinic's own policy, saved on this computer."),
    "clinic-last-good": QT_TRANSLATE_NOOP(
        "PolicyEditor", "The clinic's policy file could not be used, so this is the last good copy of it."
    ),
    "shared": QT_TRANSLATE_NOOP("PolicyEditor", "This is the shared policy file."),
    "shared-last-good": QT_TRANSLATE_NOOP(
        "PolicyEditor", "This is the last good copy of the shared policy file."
    ),
    "imported": QT_TRANSLATE_NOOP(
        "PolicyEditor",
        "Imported from a file: check it, say who approved it and press Save to make it this clinic's policy.",
    ),
}


def words(text: str) -> str:
    """One of the tables' words (or a sentence) in the interface language."""
    return translate("PolicyEditor", text)


@dataclass(frozen=True)
class RuleRow:
    """One rule as the editor shows it: every value as the text a person edits."""

    applies_to: str
    target: str
    name: str  # the class's or the product's name, in the interface language
    members: tuple[str, ...] | None  # a class rule: the products it covers; None for a product's own rule
    earliest: str
    ideal_until: str
    effect_ends: str
    evidence: str
    basis: str
    sources: tuple[str, ...]
    next_name: str = ""  # the next treatment as named in the interface language (a class's or product's name)
    recommended: str = ""  # empty: the earliest is the preferred wait

    @property
    def label(self) -> str:
        """'Hyaluronic-acid filler (class)' or a product's name."""
        return (
            self.name
            if self.members is None
            else translate("PolicyEditor", "{name} (class)").format(name=self.name)
        )

    @property
    def covers(self) -> str:
        """The products the rule applies to, for a tooltip."""
        if self.members is None:
            return translate("PolicyEditor", "{name} only (this rule wins over its class's rule)").format(
                name=self.name
            )
        return translate("PolicyEditor", "Every product in this class: {products}").format(
            products=", ".join(self.members)
        )

    @property
    def target_label(self) -> str:
        name = self.next_name or target_name(self.target, ui_language())
        return name[:1].upper() + name[1:]

    @property
    def title(self) -> str:
        """'Hyaluronic-acid filler (class) before Microneedling'."""
        return translate("PolicyEditor", "{rule} before {target}").format(
            rule=self.label, target=self.target_label
        )


@dataclass(frozen=True)
class MetaText:
    """The policy's own fields as typed; ``approved_on`` is None until a date is understood."""

    name: str
    version: str
    approved_by: str
    approved_on: date | None


def _names(policy: Policy, applies_to: str) -> tuple[str, tuple[str, ...] | None]:
    """The class's or product's name, and a class's products, in the interface language."""
    lang = ui_language()
    product_class = policy.classes.get(applies_to)
    if product_class is None:
        return name_of(policy.products[applies_to], lang), None
    members = tuple(name_of(p, lang) for p in policy.products.values() if p.class_id == product_class.id)
    return name_of(product_class, lang), members


def _next_name(policy: Policy, target: str) -> str:
    """A toxin or filler class (or product) as the next treatment, by its name; needling as a procedure."""
    lang = ui_language()
    if target in policy.classes and target not in policy.products:
        return name_of(policy.classes[target], lang)
    if target in policy.products and target not in TARGETS:
        return name_of(policy.products[target], lang)
    return target_name(target, lang)


def _row(policy: Policy, rule: Rule) -> RuleRow:
    name, members = _names(policy, rule.applies_to)
    return RuleRow(
        next_name=_next_name(policy, rule.target),
        applies_to=rule.applies_to,
        target=rule.target,
        name=name,
        members=members,
        earliest=rule.earliest.text,
        recommended=rule.recommended.text if rule.recommended else "",
        ideal_until=rule.ideal_until.text if rule.ideal_until else "",
        effect_ends=rule.effect_ends.text if rule.effect_ends else "",
        evidence=rule.evidence,
        basis=rule.basis,
        sources=rule.sources,
    )


def rows_from_policy(policy: Policy) -> list[RuleRow]:
    """One row per rule, in the order a manager reads them (:meth:`Policy.rules_by_next_treatment`)."""
    return [_row(policy, rule) for rule in policy.rules_by_next_treatment()]


def product_choices(policy: Policy, rows: Sequence[RuleRow], row: RuleRow) -> list[tuple[str, str]]:
    """For a class's rule: its products that have no rule of their own before the same treatment, as
    (id, name in the interface language); a product's own rule can be copied from its class's rule."""
    if row.members is None:
        return []
    taken = {(r.applies_to, r.target) for r in rows}
    lang = ui_language()
    return [
        (p.id, name_of(p, lang))
        for p in policy.products.values()
        if p.class_id == row.applies_to and (p.id, row.target) not in taken
    ]


def copied_for_product(policy: Policy, row: RuleRow, product_id: str) -> RuleRow:
    """A product's own rule before the same treatment, starting as a copy of its class's rule."""
    name, members = _names(policy, product_id)
    return replace(row, applies_to=product_id, name=name, members=members)


def renamed(policy: Policy, rows: Sequence[RuleRow]) -> list[RuleRow]:
    """The same rows, edits and all, naming their classes and products in the interface language."""
    named = []
    for row in rows:
        name, members = _names(policy, row.applies_to)
        named.append(replace(row, name=name, members=members, next_name=_next_name(policy, row.target)))
    return named


def meta_from_policy(policy: Policy) -> MetaText:
    return MetaText(policy.name, policy.version, policy.approved_by or "", policy.approved_on)


def _rule_table(row: RuleRow) -> dict[str, Any]:
    table: dict[str, Any] = {
        name: getattr(row, name).strip() for name in DURATION_FIELDS if getattr(row, name).strip()
    }
    table["basis"] = row.basis.strip()
    table["evidence"] = row.evidence
    table["sources"] = [line.strip() for line in row.sources if line.strip()]
    return table


STALE_BASIS = QT_TRANSLATE_NOOP(
    "PolicyEditor",
    "The wait of this rule changed, its reason did not: check that the reason still fits the new "
    "numbers (patients and the check sheet read it).",
)


def _span(text: str) -> tuple[int, int] | str | None:
    """A typed duration as the engine counts it (months, days): '2 weeks' and '14 days' are one."""
    if not text.strip():
        return None
    try:
        duration = parse_duration(text)
    except DurationError:
        return text  # not read yet: a change all the same
    return duration.years * 12 + duration.months, duration.weeks * 7 + duration.days


def stale_basis(row: RuleRow, in_force: Policy) -> bool:
    """Whether the row's waits differ from the rule in force while its reason is the same words: the
    reason may still say the old numbers ('Two weeks gives …')."""
    rule = in_force.rules.get((row.applies_to, row.target))
    if rule is None or row.basis.strip() != rule.basis.strip():
        return False
    return any(
        _span(getattr(row, name)) != _span(value.text if value is not None else "")
        for name, value in (
            ("earliest", rule.earliest),
            ("recommended", rule.recommended),
            ("ideal_until", rule.ideal_until),
            ("effect_ends", rule.effect_ends),
        )
    )


def review_months(policy: Policy) -> int:
    """The policy's review interval in whole months (at least one): 12 for a yearly review."""
    months = (
        (policy.next_review.year - policy.reviewed.year) * 12
        + policy.next_review.month
        - policy.reviewed.month
    )
    return max(1, months)


def policy_mapping(base: Policy, meta: MetaText, rows: Sequence[RuleRow]) -> dict[str, Any]:
    """The TOML mapping of ``base`` with the editor's metadata and rows written over it; with an
    approval date, the policy is reviewed that day and next reviewed after its usual interval.

    The editor shows the English name and bases only: when one of them is changed, its Spanish
    text (``name_es``, ``basis_es``) said the old one, so it is dropped and the Spanish handout falls
    back to the new English text until someone translates it again.
    """
    data: dict[str, Any] = tomllib.loads(dump_policy(base))
    head = data["policy"]
    if head.get("name") != meta.name:
        head.pop("name_es", None)
    head["name"], head["version"] = meta.name, meta.version
    head.pop("approved_by", None)
    head.pop("approved_on", None)
    head.pop("fingerprint", None)  # an edited policy is signed again on Save, with its new fingerprint
    if meta.approved_by.strip():
        head["approved_by"] = meta.approved_by
    if meta.approved_on is not None:
        head["approved_on"] = meta.approved_on
        # Signing is the review: reviewed that day, next review after the policy's own interval.
        head["reviewed"] = meta.approved_on
        head["next_review"] = meta.approved_on + relativedelta(months=review_months(base))
    rules = data.setdefault("rules", {})
    kept = {(row.applies_to, row.target) for row in rows}
    for applies_to, targets in list(rules.items()):  # a product rule removed in the editor is gone
        for target in [t for t in targets if (applies_to, t) not in kept]:
            del targets[target]
        if not targets:
            del rules[applies_to]
    for row in rows:
        rule = rules.setdefault(row.applies_to, {}).setdefault(row.target, {})
        for name in DURATION_FIELDS:  # a cleared duration is gone; keys the editor does not show stay
            rule.pop(name, None)
        if rule.get("basis") != row.basis.strip():
            rule.pop("basis_es", None)
        rule.update(_rule_table(row))
    return data


def check_rows(
    base: Policy,
    meta: MetaText,
    rows: Sequence[RuleRow],
    screening: Sequence[ScreeningRow] | None = None,
) -> PolicyResult:
    """Validate the editor's content with the same checks as a policy file; ``screening`` replaces
    the base's screening questions (None keeps them)."""
    data = policy_mapping(base, meta, rows)
    if screening is None:
        return parse_policy(data, EDITOR_FILE)
    write_screening(data, screening)
    result, taken = parse_policy(data, EDITOR_FILE), code_problems(EDITOR_FILE, screening)
    return PolicyResult(None, result.problems + taken) if taken else result


@dataclass(frozen=True)
class Place:
    """Where a problem belongs: a row and one of its fields ('' for the whole row), or a policy field;
    ``screening`` for a row of the screening questions rather than a rule."""

    row: int | None
    field: str
    screening: bool = False


def locate(key: str, rows: Sequence[RuleRow], screening: Sequence[ScreeningRow] = ()) -> Place:
    """Map a problem key ('rules.hyaluronic-acid-filler.microneedling.earliest') back to the editor."""
    if key.startswith("policy."):
        return Place(None, key.removeprefix("policy."))
    if (found := locate_screening(key, screening)) is not None:
        return Place(*found, screening=True)
    for index, row in enumerate(rows):
        prefix = f"rules.{row.applies_to}.{row.target}"
        if key == prefix:
            return Place(index, "")
        if key.startswith(prefix + "."):
            return Place(index, key.removeprefix(prefix + "."))
    return Place(None, "")


def question_title(row: ScreeningRow) -> str:
    """'Question “Is the skin in the area sunburned now?”' (its code while it has no words)."""
    text = row.said("question").strip() or row.id.strip()
    text = text if len(text) <= 60 else text[:59].rstrip() + "…"
    return translate("ScreeningEditor", "Question “{question}”").format(question=text)


def describe(problem: PolicyProblem, rows: Sequence[RuleRow], screening: Sequence[ScreeningRow] = ()) -> str:
    """The problem in words, naming the row and column: 'Botox before Microneedling, Earliest: …'."""
    place = locate(problem.key, rows, screening)
    message = problem_said(problem, ui_language())
    if place.row is not None:
        if place.screening:
            where = question_title(screening[place.row])
            named = SCREENING_FIELD_WORDS.get(place.field, place.field)
            column = translate("ScreeningEditor", named) if place.field else ""
        else:
            where = rows[place.row].title
            column = words(FIELD_WORDS.get(place.field, place.field)) if place.field else ""
        return f"{where}, {column}: {message}" if column else f"{where}: {message}"
    if place.field:
        return f"{words(META_WORDS.get(place.field, place.field))}: {message}"
    return f"{problem.key}: {message}" if problem.key else message


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


@dataclass(frozen=True)
class Arranged:
    """Problems sorted for the editor: cell marks, words beside fields, and one list of everything."""

    cells: dict[tuple[int, str], str]  # (row, field; '' for the whole row) → words naming row and column
    beside: dict[str, str]  # policy fields, and the selected row's basis/sources → words
    listed: list[tuple[str, Place]]  # every problem in words, and where it belongs
    questions: dict[tuple[int, str], str] = field(default_factory=dict)  # the screening rows' cells
    question_beside: dict[str, str] = field(default_factory=dict)  # the selected question's fields


@dataclass(frozen=True)
class Selected:
    """The selected rule and the selected screening question (-1: none)."""

    rule: int = -1
    question: int = -1


def arrange(
    problems: Sequence[PolicyProblem],
    rows: Sequence[RuleRow],
    selected: int | Selected,
    signature: Mapping[str, str] | Sequence[str] = (),
    screening: Sequence[ScreeningRow] = (),
) -> Arranged:
    """Sort ``problems`` for display; ``signature``: what Save asks of the approval's fields, by field
    (or the fields, said in the usual words)."""
    chosen = selected if isinstance(selected, Selected) else Selected(selected)
    cells: dict[tuple[int, str], str] = {}
    questions: dict[tuple[int, str], str] = {}
    question_beside: dict[str, str] = {}
    asked = signature if isinstance(signature, Mapping) else {f: words(SAVE_WORDS[f]) for f in signature}
    beside = dict(asked)
    others: list[tuple[str, Place]] = []
    lang = ui_language()
    for problem in problems:
        place = locate(problem.key, rows, screening)
        if place.row is None and place.field in META_FIELDS:
            said = SIGNATURE_WORDS.get(place.field)
            beside.setdefault(place.field, words(said) if said else _sentence(problem_said(problem, lang)))
            continue
        described = describe(problem, rows, screening)
        others.append((described, place))
        if place.row is None:
            continue
        if place.screening:
            questions.setdefault((place.row, place.field), described)
            if place.row == chosen.question and place.field:
                question_beside.setdefault(place.field, _sentence(problem_said(problem, lang)))
        else:
            cells.setdefault((place.row, place.field), described)
            if place.row == chosen.rule and place.field in DETAIL_FIELDS:
                beside.setdefault(place.field, _sentence(problem_said(problem, lang)))
    meta = [(f"{words(META_WORDS[f])}: {beside[f]}", Place(None, f)) for f in META_FIELDS if f in beside]
    return Arranged(cells, beside, meta + others, questions, question_beside)


def banner_text(label: str, origin: str, shared_path: str | None) -> tuple[str, bool]:
    """What the editor says about the policy it shows, and whether that needs attention (⚠)."""
    if shared_path is not None:
        text = translate(
            "PolicyEditor",
            "⚠ This desk uses the shared policy file {path}. Shown: {policy}. To change it or sign it "
            "again, press Import and open that file; check it, sign it and Export it over the file.",
        )
        return text.format(path=shared_path, policy=label), True
    attention = origin.endswith("last-good")
    origin_words = words(ORIGIN_WORDS[origin]) if origin in ORIGIN_WORDS else ""
    return f"{'⚠ ' if attention else ''}{label}. {origin_words}", attention
