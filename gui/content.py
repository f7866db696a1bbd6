"""Patient text from ``resources/content/<lang>/*.md``: loaded once, split into title, body and closing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .resource_files import resource_path

SECTIONS = (
    "benefits", "risks", "risks-too-early", "why-wait", "about",
    "next-steps", "questions", "disclaimer",
)  # fmt: skip
# How each language's closing statement says it: the handout prints it once, not under every section.
CLOSING_MARKS = {"en": "not medical advice", "es": "no es consejo médico"}


@dataclass(frozen=True)
class Section:
    """One content file: its ``# title``, its body (Markdown) and its closing disclaimer paragraph."""

    name: str
    title: str
    body: str
    closing: str

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
    mark = CLOSING_MARKS.get(lang, CLOSING_MARKS["en"])
    if name not in ("disclaimer", "about") and paragraphs and mark in paragraphs[-1]:
        closing = paragraphs.pop()  # the handout prints the disclaimer once, not per section
    return Section(name, title, "\n\n".join(paragraphs), closing)
