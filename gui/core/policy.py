"""The timing policy as values: products, their classes and one rule per (class or product) × target.

Read and validated from a file by :mod:`gui.core.policy_reading`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from gui.core.durations import Duration

TARGETS = ("microneedling", "rf-microneedling")
POLICY_DATES = (date(1990, 1, 1), date(2099, 12, 31))  # reviewed, next review, approved on
EVIDENCE_LEVELS = ("label", "consensus", "study", "expert-opinion", "clinic-policy", "limited")
# Evidence levels that rest on opinion or custom rather than trials: the plan flags them.
WEAK_EVIDENCE = frozenset({"expert-opinion", "clinic-policy", "limited"})
# Languages a policy file may carry text in besides English, as ``name_es`` / ``basis_es`` keys.
# Each is optional: a missing one falls back to the English text (gui.core.words.common says which).
TEXT_LANGUAGES = ("es",)
# What a screening item answered yes does to the answer, weakest first: ask the practitioner before
# booking, or no treatment while the condition lasts.
SCREENING_EFFECTS = ("ask-first", "not-today")


class ProductClass(NamedTuple):
    """A class of products the rules speak of (toxins, fillers…), with its name in each language."""

    id: str
    name: str
    name_es: str = ""


class Product(NamedTuple):
    """A product staff can type, its class, and its names in each language."""

    id: str
    name: str
    class_id: str
    class_name: str
    name_es: str = ""  # only where it differs: brand names stay as they are
    class_name_es: str = ""


class Rule(NamedTuple):
    """How long to wait after one kind of treatment before a target procedure, and why."""

    applies_to: str  # a class id or a product id
    target: str
    earliest: Duration
    ideal_until: Duration | None
    effect_ends: Duration | None
    basis: str
    evidence: str
    sources: tuple[str, ...]
    basis_es: str = ""  # the basis in Spanish, for a Spanish handout; sources stay as cited
    # The wait the clinic prefers, when longer than ``earliest`` (counted the same way): between the
    # two a date is within policy but the practitioner is asked first. None: the earliest is preferred.
    recommended: Duration | None = None


class CourseRule(NamedTuple):
    """How far apart the sessions of a course of one next treatment (a product or its class) are: at
    least ``minimum``, typically up to ``typical`` (None: no upper spacing is given), and why."""

    applies_to: str  # a class id or a product id, as the next treatment
    minimum: Duration
    typical: Duration | None
    basis: str
    evidence: str
    sources: tuple[str, ...]
    basis_es: str = ""


class ScreeningItem(NamedTuple):
    """A question asked at the desk before the next treatment, and what a yes does: its effect, why,
    the evidence and sources. Its words are the clinic's, signed with the policy, in English and
    (optionally) Spanish; an answer is never stored."""

    id: str
    name: str  # what a yes means, in a few plain words: "an infection, cold sore or open wound there"
    question: str  # as staff ask it
    effect: str  # one of SCREENING_EFFECTS
    reason: str  # why a yes has this effect, in plain words
    evidence: str
    sources: tuple[str, ...]
    applies_to: tuple[str, ...] = ()  # next treatments it is asked for (products or classes); () = all
    name_es: str = ""
    question_es: str = ""
    reason_es: str = ""

    @property
    def strength(self) -> int:
        return SCREENING_EFFECTS.index(self.effect) + 1


class Policy(NamedTuple):
    """A clinic's timing policy as read from its file: products, rules, course spacing, screening and
    approval."""

    name: str
    version: str
    reviewed: date
    next_review: date
    classes: Mapping[str, ProductClass]
    products: Mapping[str, Product]
    rules: Mapping[tuple[str, str], Rule]
    approved_by: str | None = None
    approved_on: date | None = None
    source: str = ""
    name_es: str = ""  # the policy's name for a Spanish handout ("Política predeterminada")
    # Rules this policy did not sign, taken from the shipped default (a policy signed before the app
    # knew both directions covers only the needling targets): (applies_to, target) keys.
    from_default: frozenset[tuple[str, str]] = frozenset()
    # Course spacing per next treatment (product or class id); a policy signed before courses existed
    # takes the shipped default's, listed in ``courses_from_default``.
    courses: Mapping[str, CourseRule] = MappingProxyType({})  # shared, and read-only
    courses_from_default: frozenset[str] = frozenset()
    # The desk's screening questions, in the policy's order; a policy signed before screening takes
    # the shipped default's (``screening_from_default``).
    screening: Mapping[str, ScreeningItem] = MappingProxyType({})
    screening_from_default: bool = False
    # What the approval covers: SHA-256 of the canonical form, written when the policy is signed
    # (see gui.core.fingerprint); '' for an unsigned policy or one signed by an older version.
    fingerprint: str = ""

    def __repr__(self) -> str:  # the rules, courses and questions would run to pages
        return f"Policy(name={self.name!r}, version={self.version!r}, source={self.source!r})"

    def product(self, product_id: str) -> Product:
        try:
            return self.products[product_id]
        except KeyError:
            known = ", ".join(self.products)
            raise KeyError(f"unknown product {product_id!r}; known: {known}") from None

    def rule_for(self, product_id: str, target: str) -> Rule:
        """The rule for ``target`` after ``product_id``: the most specific one the policy has, looked
        up as (product, target), (class, target), then, for a target that is itself a product, with
        its class: (product, target's class), (class, target's class)."""
        product = self.product(product_id)
        keys = [(product.id, target), (product.class_id, target)]
        if target in self.products:
            target_class = self.products[target].class_id
            keys += [(product.id, target_class), (product.class_id, target_class)]
        for key in keys:
            if (rule := self.rules.get(key)) is not None:
                return rule
        raise KeyError(f"no rule for {product_id!r} before {target!r}")  # load_policy covers every pair

    def covers(self, product_id: str, target: str) -> bool:
        try:
            self.rule_for(product_id, target)
        except KeyError:
            return False
        return True

    def course_for(self, target: str) -> CourseRule | None:
        """The course spacing for ``target`` (its own, else its class's), or None: no course."""
        keys = [target]
        if target in self.products:
            keys.append(self.products[target].class_id)
        return next((self.courses[k] for k in keys if k in self.courses), None)

    def screening_for(self, target: str) -> tuple[ScreeningItem, ...]:
        """The screening questions asked before ``target``: those for every next treatment, for the
        target itself, or for its class; in the policy's order."""
        keys = {target, self.products[target].class_id} if target in self.products else {target}
        return tuple(i for i in self.screening.values() if not i.applies_to or keys & set(i.applies_to))

    def group_of(self, target: str) -> str:
        """The group a next treatment is read in: a needling target itself, else its class."""
        if target in TARGETS or target not in self.products:
            return target
        return self.products[target].class_id

    def rules_by_next_treatment(self) -> list[Rule]:
        """Every rule, grouped by the next treatment so that every wait before one treatment is read
        together (microneedling, RF microneedling, then each class of product and its products), and
        within a group by the treatment before (classes, then products, in the policy's order)."""
        order: dict[str, int] = {}
        for key in (*TARGETS, *self.classes, *self.products):  # the needling targets are products too
            order.setdefault(key, len(order))
        return sorted(
            self.rules.values(),
            key=lambda r: (
                order.get(self.group_of(r.target), 0),
                order.get(r.target, 0),
                order[r.applies_to],
            ),
        )

    @property
    def next_treatments(self) -> tuple[str, ...]:
        """What can be asked about as the next treatment: the needling targets, then every product that
        is not one of them (a toxin or a filler), in the policy's order."""
        return (*TARGETS, *(p for p in self.products if p not in TARGETS))
