"""A Spanish handout from a plan: Spanish all through (brand names and cited sources excepted), on one page.

The handout's language is chosen per print, so these render with ``render_handout(..., 'es')`` while
everything else in the test session is English.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "handout"))

from handout_support import (
    A4,
    BOTOX,
    EIGHT,
    HA_AROUND,
    HARBOUR,
    LETTER,
    POLICY,
    all_text,
    main_plan,
    normalise,
    page_texts,
    plan_of,
    render_pdf,
)

from gui.core import ClinicDays, Plan, Treatment, make_plan
from gui.core.catalog import words
from gui.core.clinic import Clinic
from gui.core.durations import parse_duration
from gui.handout import main_message
from gui.handout.phrases import PHRASES, phrase
from gui.store.content import section, too_early_text

pytestmark = pytest.mark.usefixtures("qapp")

PATIENT = "Ana García"
# English words that must not be left in a Spanish handout (brand names and citations may stay).
ENGLISH = (
    "Earliest", "Benefits", "Risks", "Questions", "What to do next", "Why the wait", "Printed on",
    "Page", "Policy", "weeks", "days", "around", "month only", "Treatment", "Your", "Today",
    "Too early", "Ideal window", "Waning", "Worn off", "Allowed", "Approximate", "Proposed",
    "Evidence", "Sources", "reviewed", "approved", "clinic", "Prepared", "continued", "more", "Hyaluronic",
    " the ", " and ", " or ", " of ", " to ", " is ",
)  # fmt: skip
SAFE = re.compile(r"\b(safe|seguro|segura|seguros|seguras)\b", re.IGNORECASE)
PLANS = {
    "earliest": lambda: main_plan(),
    "too-early": lambda: plan_of(BOTOX, HA_AROUND, proposed=date(2026, 11, 20), today=date(2026, 11, 18)),
    "ideal": lambda: main_plan(proposed=date(2026, 12, 1)),
    "late": lambda: plan_of(BOTOX, proposed=date(2027, 3, 1)),
    "six-rf": lambda: plan_of(*EIGHT[:6], proposed=date(2026, 11, 30), target="rf-microneedling"),
    "eight": lambda: plan_of(*EIGHT),
    "none": lambda: plan_of(),
}


def spanish(plan: Plan, clinic: Clinic = HARBOUR, page: object = A4) -> list[str]:
    return page_texts(render_pdf(plan, clinic, PATIENT, page, lang="es"))  # type: ignore[arg-type]


def without_citations(text: str) -> str:
    """The text less the numbered source list, which quotes each source as it was published."""
    start = text.find(phrase("es", "sources"))
    return text if start < 0 else text[:start] + text[text.index(phrase("es", "policy"), start) :]


@pytest.mark.parametrize("case", PLANS)
def test_no_english_is_left(case: str) -> None:
    text = without_citations(" ".join(spanish(PLANS[case]())))
    left = [word for word in ENGLISH if word in text]
    assert left == [], f"English in the Spanish handout: {left}\n{text}"
    assert not SAFE.search(text)


def test_the_earliest_date_reads_as_spanish_dates_do() -> None:
    (text,) = spanish(main_plan())
    assert (
        "Primera fecha posible para su microneedling: martes, 24 de noviembre de 2026 Es decir, hoy." in text
    )
    assert f"Preparado para: {PATIENT}" in text and "Página 1 de 1" in text
    assert "Reserve su microneedling cualquier día abierto desde el martes, 24 de noviembre de 2026." in text
    assert "hágalo a más tardar el miércoles, 10 de febrero de 2027" in text
    assert "Ácido hialurónico (cualquier marca)" in text
    assert "alrededor del 20 oct 2026 ± 5 días" in text and "domingo, 8 de noviembre de 2026" in text
    assert "martes, 24 de noviembre de 2026 (fija su fecha)" in text
    assert "Botox 10 nov 2026" in text  # the timeline's own label, in Spanish
    assert "Política predeterminada 2027.1, revisada el 1 de noviembre de 2026" in text
    assert "Impreso el 24 de noviembre de 2026" in text
    assert text.count(normalise(section("disclaimer", "es").body)) == 1


def test_each_content_section_is_the_spanish_one() -> None:
    text = " ".join(spanish(main_plan()))
    for name in ("next-steps", "questions", "why-wait", "benefits", "risks"):
        assert section(name, "es").title in text
    assert normalise(section("risks", "es").body.splitlines()[0]) in text


def test_a_too_early_appointment_says_why_in_spanish() -> None:
    plan = plan_of(BOTOX, proposed=date(2026, 11, 20), today=date(2026, 11, 18))
    message = main_message(plan, "es")
    assert message.tag == "✖ Demasiado pronto"
    assert message.text == (
        "Su cita del viernes, 20 de noviembre de 2026 es demasiado pronto. El primer día que puede "
        "reservar es el martes, 24 de noviembre de 2026"
    )
    assert message.follow_up == too_early_text(plan, "es")
    assert "toxina" in message.follow_up and "relleno" not in message.follow_up  # Botox only: no filler
    (text,) = spanish(plan)
    assert "Cambie su cita al martes, 24 de noviembre de 2026 o a una fecha posterior." in text


def test_a_late_appointment_says_the_toxin_is_wearing_off() -> None:
    message = main_message(plan_of(BOTOX, proposed=date(2027, 3, 1)), "es")
    assert message.tag == "◐ Permitido, pasado el periodo ideal"
    assert message.text == "Su cita del lunes, 1 de marzo de 2027 está dentro de la política de su clínica"
    assert "estará perdiendo efecto" in message.follow_up


@pytest.mark.parametrize("page", [A4, LETTER], ids=["a4", "letter"])
def test_six_treatments_still_fit_one_page(page: object) -> None:
    plan = plan_of(*EIGHT[:6], proposed=date(2026, 11, 30), target="rf-microneedling")
    pages = spanish(plan, page=page)
    assert len(pages) == 1
    assert normalise(section("disclaimer", "es").body) in pages[0]
    assert (
        "Primera fecha posible para su microneedling con radiofrecuencia" not in pages[0]
    )  # a proposed date
    assert "Su cita del lunes, 30 de noviembre de 2026" in pages[0]


def test_eight_treatments_continue_on_a_second_page_in_spanish() -> None:
    pages = spanish(plan_of(*EIGHT))
    assert len(pages) == 2
    assert pages[1].startswith(f"Su plan de microneedling (continuación) para {PATIENT}")
    assert "Página 1 de 2" in pages[0] and "Página 2 de 2" in pages[1]
    text = " ".join(pages)
    for brand in ("Botox", "Daxxify", "Sculptra", "Radiesse", "Dysport", "Xeomin", "Microneedling"):
        assert brand in text
    assert "octubre de 2026 (solo el mes)" in text


def test_a_signed_clinic_policy_and_a_closed_day_in_spanish() -> None:
    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(POLICY.rules)
    rules[key] = rules[key]._replace(earliest=parse_duration("21 days"))
    signed = POLICY._replace(
        name="Clinic policy", name_es="", version="3", rules=rules, approved_by="Dr Lee",
        approved_on=date(2026, 11, 20),
    )  # fmt: skip
    plan = make_plan(
        [Treatment("ha-filler", date(2026, 11, 8))], signed, date(2026, 11, 24),
        clinic_days=ClinicDays(frozenset(range(6))),
    )  # fmt: skip
    text = " ".join(spanish(plan))
    assert "Clinic policy v3, aprobada por Dr Lee el 20 nov 2026" in text
    assert "lunes, 30 de noviembre de 2026 (la clínica está cerrada el 29 nov 2026)" in text
    assert "esperar al menos 21 días" in text


def test_an_english_handout_stays_english() -> None:
    text = all_text(render_pdf(main_plan(), HARBOUR, PATIENT))
    assert "Earliest date for your microneedling: Tuesday 24 November 2026" in text
    assert "martes" not in text and "Página" not in text


def test_every_phrase_has_both_languages() -> None:
    spanish_words = words("es")
    for key, english in PHRASES.items():  # Spanish may leave a value out, never add one
        said = spanish_words.catalogue.gettext(english)
        assert said != english, key
        assert set(re.findall(r"{\w+}", said)) <= set(re.findall(r"{\w+}", english)), key


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        render_pdf(main_plan(), lang="fr")
