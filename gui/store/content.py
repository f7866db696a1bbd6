"""Patient text from ``resources/content/<lang>/*.md``: loaded once, split into title, body and closing."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from gui.core import TARGETS, Plan
from gui.core.catalog import N_, words
from gui.core.resources import resource_path

SECTIONS = (
    "benefits", "risks", "risks-too-early", "why-wait", "about",
    "next-steps", "questions", "disclaimer",
    "benefits-injection", "risks-injection", "why-wait-injection", "questions-injection",
)  # fmt: skip
# Sections written for microneedling as the next treatment, and their twins for the mirror question
# (the next treatment is an injection: a toxin or a filler).
_FOR_INJECTION = {name: f"{name}-injection" for name in ("benefits", "risks", "why-wait", "questions")}
# How each language's closing statement says it: the handout prints it once, not under every section.
CLOSING_MARK = N_("not medical advice")


class Section(NamedTuple):
    """One content file: its ``# title``, its body (Markdown) and its closing disclaimer paragraph."""

    name: str
    title: str
    body: str
    closing: str

    @property
    def lead(self) -> str:
        """The paragraphs before the first ``## key`` part (all of them when there are no parts)."""
        return "\n\n".join(p for p in self.body.split("\n\n") if not p.startswith("## "))

    @property
    def parts(self) -> dict[str, str]:
        """``## key`` paragraphs, by key: alternatives a caller picks from (not headings to show)."""
        found = {}
        for paragraph in self.body.split("\n\n"):
            if paragraph.startswith("## "):
                key, _, text = paragraph.removeprefix("## ").partition("\n")
                found[key.strip()] = text.strip()
        return found

    @property
    def markdown(self) -> str:
        """The whole file as written, for a panel that shows one section on its own."""
        parts = [f"# {self.title}", self.body, self.closing]
        return "\n\n".join(p for p in parts if p)


@cache
def section(name: str, lang: str = "en") -> Section:
    text = resource_path("content", lang, f"{name}.md").read_text(encoding="utf-8").strip()
    first, _, rest = text.partition("\n")
    title = first.removeprefix("# ").strip()
    paragraphs = [p.strip() for p in rest.strip().split("\n\n") if p.strip()]
    closing = ""
    mark = words(lang)(CLOSING_MARK)
    if name not in ("disclaimer", "about") and paragraphs and mark in paragraphs[-1]:
        closing = paragraphs.pop()  # the handout prints the disclaimer once, not per section
    return Section(name, title, "\n\n".join(paragraphs), closing)


# Which part of ``risks-too-early`` each class of the default policy calls for; a class a clinic adds
# gets the general "other" part. Heat over hyaluronic-acid filler is the RF-specific harm (lab study).
_TOO_EARLY_PART = {
    "neurotoxin": "toxin",
    "long-acting-neurotoxin": "toxin",
    "hyaluronic-acid-filler": "filler",
    "biostimulator": "filler",
    "skin-needling": "needling",
}
_HEAT_HARMS = frozenset({"hyaluronic-acid-filler"})


def section_for(name: str, target: str) -> str:
    """The section ``name`` for this next treatment: its injection twin when the next treatment is a
    toxin or a filler (``benefits`` → ``benefits-injection``), else ``name`` itself."""
    return name if target in TARGETS else _FOR_INJECTION.get(name, name)


# Too soon before an injection: which part each class (before → next) calls for.
_TOXINS = frozenset({"neurotoxin", "long-acting-neurotoxin"})
_FILLERS = frozenset({"hyaluronic-acid-filler", "biostimulator"})


def _injection_part(prior_class: str, target_class: str) -> str:
    if prior_class == "skin-needling":
        return "after-needling"
    if prior_class in _TOXINS and target_class in _TOXINS:
        return "toxin-again"
    if prior_class in _FILLERS and target_class in _FILLERS:
        return "filler-again"
    return "injection-other"


def too_early_parts(plan: Plan) -> list[str]:
    """The ``risks-too-early`` parts for what makes this plan too early, in order, each once."""
    keys: list[str] = []
    if plan.target_product is not None:  # the next treatment is an injection
        target_class = plan.target_product.class_id
        keys = [_injection_part(r.product.class_id, target_class) for r in plan.too_early_because]
        return list(dict.fromkeys(keys))
    for reason in plan.too_early_because:
        class_id = reason.product.class_id
        keys.append(_TOO_EARLY_PART.get(class_id, "other"))
        if plan.target == "rf-microneedling" and class_id in _HEAT_HARMS:
            keys.append("filler-heat")
    return list(dict.fromkeys(keys))


def too_early_text(plan: Plan, lang: str = "en") -> str:
    """Why going too early is a risk, for the treatments that make it too early: Markdown paragraphs
    (lead, one per harm, then what to do). Empty when the plan is not too early."""
    keys = too_early_parts(plan)
    if not keys:
        return ""
    words = section("risks-too-early", lang)
    parts = words.parts
    return "\n\n".join([words.lead, *(parts[k] for k in keys), parts["ask"]])
