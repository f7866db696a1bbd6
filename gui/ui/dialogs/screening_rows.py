"""The policy editor's screening questions as plain text values (no widgets here).

Like the rules, the questions are written over the TOML mapping of the policy being edited and
judged by :func:`parse_policy`; a problem's key (``screening.sunburn.reason_es``) maps back to a row
and a field. The editor shows every key a screening item has, so the rows replace the whole
``[screening]`` table: a question removed in the editor is gone, a new one is added in its place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gui.core import TARGETS, Policy, PolicyProblem, ScreeningItem, name_of, target_name
from gui.core.policy_reading import make_problem, screening_id_ok
from gui.core.words.common import question_text, screening_reason_text
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate, ui_language

TEXT_FIELDS = ("question", "name", "reason")  # each in English and (field_es) Spanish
SCREENING_FIELD_WORDS = {  # the table's columns and the detail's fields, as problems name them
    "question": QT_TRANSLATE_NOOP("ScreeningEditor", "Question"),
    "question_es": QT_TRANSLATE_NOOP("ScreeningEditor", "Question in Spanish"),
    "name": QT_TRANSLATE_NOOP("ScreeningEditor", "What a yes means"),
    "name_es": QT_TRANSLATE_NOOP("ScreeningEditor", "What a yes means, in Spanish"),
    "reason": QT_TRANSLATE_NOOP("ScreeningEditor", "Why"),
    "reason_es": QT_TRANSLATE_NOOP("ScreeningEditor", "Why, in Spanish"),
    "effect": QT_TRANSLATE_NOOP("ScreeningEditor", "A yes means"),
    "evidence": QT_TRANSLATE_NOOP("ScreeningEditor", "Evidence"),
    "sources": QT_TRANSLATE_NOOP("ScreeningEditor", "Sources"),
    "applies_to": QT_TRANSLATE_NOOP("ScreeningEditor", "Asked before"),
    "id": QT_TRANSLATE_NOOP("ScreeningEditor", "Code"),
}
EFFECT_WORDS = {
    "ask-first": QT_TRANSLATE_NOOP("ScreeningEditor", "Ask the practitioner first"),
    "not-today": QT_TRANSLATE_NOOP("ScreeningEditor", "Not today"),
}
NEW_ID = "clinic-question"
ROW_KEY = "editor-row-"  # + the row number: a row whose code cannot be written as it is


def words(text: str) -> str:
    return translate("ScreeningEditor", text)


@dataclass(frozen=True)
class ScreeningRow:
    """One screening question as the editor shows it: every value as the text a person edits."""

    id: str  # the code `--screen` takes
    question: str
    name: str
    reason: str
    effect: str
    evidence: str
    sources: tuple[str, ...]
    applies_to: tuple[str, ...] = ()  # products or classes; () = before every next treatment
    question_es: str = ""
    name_es: str = ""
    reason_es: str = ""

    def said(self, field: str) -> str:
        """'question', 'name' or 'reason' in the interface language (English where no Spanish)."""
        item, lang = self.item(), ui_language()
        said = {"question": question_text, "reason": screening_reason_text}.get(field, name_of)
        return said(item, lang)

    def item(self) -> ScreeningItem:
        return ScreeningItem(
            self.id, self.name, self.question, self.effect, self.reason, self.evidence, self.sources,
            self.applies_to, self.name_es, self.question_es, self.reason_es,
        )  # fmt: skip


def screening_rows(policy: Policy) -> list[ScreeningRow]:
    """One row per screening question, in the policy's order."""
    return [_row(item) for item in policy.screening.values()]


def _row(item: ScreeningItem) -> ScreeningRow:
    return ScreeningRow(
        item.id, item.question, item.name, item.reason, item.effect, item.evidence, item.sources,
        item.applies_to, item.question_es, item.name_es, item.reason_es,
    )  # fmt: skip


def new_row(rows: Sequence[ScreeningRow]) -> ScreeningRow:
    """A new question to fill in: a free code, asked before every next treatment, 'ask first'."""
    taken = {row.id for row in rows}
    number = next(n for n in range(1, len(rows) + 2) if f"{NEW_ID}-{n}" not in taken)
    return ScreeningRow(f"{NEW_ID}-{number}", "", "", "", "ask-first", "clinic-policy", ())


def _table(row: ScreeningRow) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for field in TEXT_FIELDS:
        table[field] = getattr(row, field).strip()
        if spanish := getattr(row, f"{field}_es").strip():
            table[f"{field}_es"] = spanish
    table["effect"], table["evidence"] = row.effect, row.evidence
    table["sources"] = [line.strip() for line in row.sources if line.strip()]
    if row.applies_to:
        table["applies_to"] = list(row.applies_to)
    return table


def _keys(rows: Sequence[ScreeningRow]) -> list[str]:
    """The key each row is written under: its code, or (a code misspelt or already used above) a key
    of the editor's own, so that every problem of the row still comes back to it."""
    keys: list[str] = []
    for index, row in enumerate(rows):
        code = row.id.strip()
        keys.append(code if screening_id_ok(code) and code not in keys else f"{ROW_KEY}{index}")
    return keys


def write_screening(data: dict[str, Any], rows: Sequence[ScreeningRow]) -> None:
    """Replace the mapping's ``[screening]`` with the rows (a row whose code cannot be written is
    written under a key of the editor's; :func:`code_problems` names its code)."""
    data["screening"] = {key: _table(row) for key, row in zip(_keys(rows), rows, strict=True)}


def code_problems(file: str, rows: Sequence[ScreeningRow]) -> tuple[PolicyProblem, ...]:
    """A misspelt code, or one given to a question above as well (the file could not hold both)."""
    problems = []
    for index, (key, row) in enumerate(zip(_keys(rows), rows, strict=True)):
        if key != f"{ROW_KEY}{index}":
            continue
        code = row.id.strip()
        kind = "screening-code" if not screening_id_ok(code) else "screening-id-taken"
        problems.append(make_problem(file, f"screening.{key}.id", kind, value=code))
    return tuple(problems)


def locate_screening(key: str, rows: Sequence[ScreeningRow]) -> tuple[int, str] | None:
    """Map a problem key ('screening.sunburn.reason_es') to (row, field; '' for the whole row)."""
    if not key.startswith("screening."):
        return None
    head, _, field = key.removeprefix("screening.").partition(".")
    keys = _keys(rows)
    return (keys.index(head), field) if head in keys else None


def applies_choices(policy: Policy) -> list[tuple[str, str]]:
    """What a question can be asked before, as (id, words): each class with its products, then each
    next treatment, in the policy's order."""
    lang = ui_language()
    choices = []
    for class_id, product_class in policy.classes.items():
        members = [_product_name(policy, p.id) for p in policy.products.values() if p.class_id == class_id]
        if all(p.id in TARGETS for p in policy.products.values() if p.class_id == class_id):
            group = translate("ScreeningEditor", "Any of")  # the needling class: named by its kinds
        else:
            group = name_of(product_class, lang)
        choices.append((class_id, f"{group}: {', '.join(members)}"))
    choices += [(p, _product_name(policy, p)) for p in policy.next_treatments]
    return choices


def _product_name(policy: Policy, product_id: str) -> str:
    lang = ui_language()
    name = (
        target_name(product_id, lang) if product_id in TARGETS else name_of(policy.products[product_id], lang)
    )
    return name[:1].upper() + name[1:]


def applies_text(policy: Policy, applies_to: Sequence[str]) -> str:
    """'Every next treatment', or what the question is asked before: a class by its products."""
    if not applies_to:
        return words("Every next treatment")
    said = []
    for key in applies_to:
        if key in policy.classes:
            said += [_product_name(policy, p.id) for p in policy.products.values() if p.class_id == key]
        elif key in policy.products:
            said.append(_product_name(policy, key))
        else:
            said.append(key)  # not in the policy: the check names it
    return ", ".join(dict.fromkeys(said))
