"""Plain language, measured with textstat on the text patients really read: the panels and the handout.

English: Flesch-Kincaid grade ≤ 8 (NIH asks grade 8 or lower) and, as a second formula, Coleman-Liau
index ≤ 9. Coleman-Liau counts letters, not syllables, so it does not share Flesch-Kincaid's blind spot
(a syllable counter that misjudges words like "microneedling"); SMOG was not chosen because it is
defined on samples of 30 sentences and most panels have fewer than 15. The ceiling is one grade above
Flesch-Kincaid's because Coleman-Liau reads long product and procedure names ("microneedling",
"dermatologist", "hyaluronic-acid") as hard words; the text cannot rename them.

Spanish: Fernández-Huerta ≥ 60 (textstat with ``set_lang('es')``), the "normal" band, which is about
the Spanish equivalent of grade 8 ("plain language" starts at 60 on that scale).

The handout is rendered to PDF for real, read back with pypdf (NFKC) and scored on its body: the main
message, what to do next, questions, why the wait, benefits and risks, and the notes under the
treatment table. Left out, and why:
- the timeline labels and the treatment table's cells: labels such as "Botox 10 Nov 2026" are not
  sentences, and a run of forty label words with no full stop would score as one enormous sentence;
- the small print ("How these dates were worked out"): it is the reviewable basis for professionals
  (FDA CDS criterion 4). Its citations are references quoted as published, not our prose. The rule
  explanations it prints (each rule's basis) are scored here separately, straight from the policy file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import textstat

sys.path.insert(0, str(Path(__file__).resolve().parent / "handout"))

from handout_support import BOTOX, EIGHT, HA_AROUND, all_text, plan_of, render_pdf

from gui.core import NoteKind, Plan, basis_text, load_policy_or_raise, note_text
from gui.core.resources import default_policy_path
from gui.core.words.common import question_text, screening_reason_text
from gui.handout.phrases import phrase
from gui.store.content import SECTIONS, section

MAX_FK_GRADE = 8.0
MAX_COLEMAN_LIAU = 9.0
MIN_FERNANDEZ_HUERTA = 60.0
LANGS = ("en", "es")


def scores(text: str, lang: str) -> dict[str, float]:
    textstat.set_lang(lang)
    if lang == "es":
        return {"fernandez_huerta": textstat.fernandez_huerta(text)}
    return {"fk": textstat.flesch_kincaid_grade(text), "coleman_liau": textstat.coleman_liau_index(text)}


def assert_plain(text: str, lang: str, where: str) -> None:
    found = scores(text, lang)
    if lang == "es":
        assert found["fernandez_huerta"] >= MIN_FERNANDEZ_HUERTA, f"{where}: {found}"
    else:
        assert found["fk"] <= MAX_FK_GRADE and found["coleman_liau"] <= MAX_COLEMAN_LIAU, f"{where}: {found}"


# --- the panels: each content file as a panel shows it --------------------------------------------------

_MARKUP = re.compile(r"^\s*(#+|-)\s+")


def panel_text(markdown: str) -> str:
    """Markdown as read: markup gone; a heading or a bullet ends its sentence, as it does on screen."""
    lines = []
    for raw in markdown.replace("**", "").splitlines():
        if re.fullmatch(r"## [a-z-]+", raw):  # a part's key, never shown
            continue
        line = _MARKUP.sub("", raw).strip()
        if line and not line.endswith((".", "?", "!", ":")):
            line += "."
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SECTIONS)
def test_panel_reading_level(name: str, lang: str) -> None:
    assert_plain(panel_text(section(name, lang).markdown), lang, f"{lang}/{name}.md")


def test_panel_text_ends_headings_and_bullets() -> None:
    assert panel_text("# Title\n\n- **One** item\n- Two?\n") == "Title.\n\nOne item.\nTwo?"


# --- the rule explanations printed in the small print ---------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_rule_explanations_reading_level(lang: str) -> None:
    """Each rule's basis alone on Flesch-Kincaid and Fernández-Huerta; Coleman-Liau on them all together,
    as one or two sentences are too short a sample for a letter-counting formula."""
    rules = load_policy_or_raise(default_policy_path()).rules.values()
    texts = list(dict.fromkeys(basis_text(rule, lang) for rule in rules))
    assert_each_plain(texts, lang, "rule explanations")


def assert_each_plain(texts: list[str], lang: str, where: str) -> None:
    """Each short text alone on Flesch-Kincaid or Fernández-Huerta; all together on every formula."""
    for text in texts:
        found = scores(text, lang)
        if lang == "es":
            assert found["fernandez_huerta"] >= MIN_FERNANDEZ_HUERTA, (text, found)
        else:
            assert found["fk"] <= MAX_FK_GRADE, (text, found)
    assert_plain(" ".join(texts), lang, f"{lang} {where}")


@pytest.mark.parametrize("lang", LANGS)
def test_screening_questions_and_reasons_reading_level(lang: str) -> None:
    """Every screening question (staff read it aloud) and every reason (the Why panel and the handout),
    each alone on Flesch-Kincaid and Fernández-Huerta, and all together on Coleman-Liau."""
    items = load_policy_or_raise(default_policy_path()).screening.values()
    texts = [question_text(item, lang) for item in items]
    texts += [screening_reason_text(item, lang) for item in items]
    assert_each_plain(texts, lang, "screening")


# --- the handout as printed -------------------------------------------------------------------------------

PLANS = {
    "earliest": lambda: plan_of(BOTOX, HA_AROUND),
    "too-early": lambda: plan_of(BOTOX, proposed=date(2026, 11, 20), today=date(2026, 11, 18)),
    "ideal": lambda: plan_of(BOTOX, HA_AROUND, proposed=date(2026, 12, 1)),
    "late": lambda: plan_of(BOTOX, proposed=date(2027, 3, 1)),
    "six-rf": lambda: plan_of(*EIGHT[:6], proposed=date(2026, 11, 30), target="rf-microneedling"),
    "none": lambda: plan_of(),
}


def _headings(lang: str) -> Iterator[str]:
    yield phrase(lang, "title")
    for name in ("next-steps", "questions", "why-wait", "benefits", "risks"):
        yield section(name, lang).title


def handout_body(plan: Plan, lang: str) -> str:
    """The handout's prose as read back from the PDF: no timeline labels, table cells or small print."""
    text = all_text(render_pdf(plan, lang=lang))
    text = text[: text.index(phrase(lang, "worked_out"))]
    start = text.find(phrase(lang, "treatments_title"))
    if start >= 0:
        end = text.index(section("why-wait", lang).title)
        notes = [phrase(lang, "approximate")]
        notes += [note_text(n, lang) for n in plan.notes if n.kind is NoteKind.NO_IDEAL_WINDOW]
        kept = [note for note in notes if note in text[start:end]]
        text = f"{text[:start]} {' '.join(kept)} {text[end:]}"
    for heading in _headings(lang):
        text = text.replace(f"{heading} ", f"{heading}. ")  # a heading ends a sentence for the reader
    return text


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", PLANS)
def test_handout_reading_level(case: str, lang: str) -> None:
    plan = PLANS[case]()
    body = handout_body(plan, lang)
    assert section("why-wait", lang).title in body and phrase(lang, "worked_out") not in body
    assert_plain(body, lang, f"{lang} handout, {case}")


@pytest.mark.usefixtures("qapp")
def test_the_body_keeps_the_notes_and_drops_the_labels() -> None:
    body = handout_body(plan_of(BOTOX, HA_AROUND), "es")
    assert phrase("es", "approximate") in body
    assert "Demasiado pronto Periodo ideal" not in body  # the timeline's band labels
    assert "Cuándo se lo puso" not in body  # the table's header
