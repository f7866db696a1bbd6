"""Plan words in English and Spanish: rules, notes, the verdict, the earliest date, closures, plurals."""

from __future__ import annotations

import re
from datetime import date

import pytest

from gui.core import (
    ClinicDays,
    NoteKind,
    Plan,
    Policy,
    Precision,
    Treatment,
    basis_text,
    check_language,
    duration_text,
    earliest_text,
    evidence_text,
    ideal_window_text,
    make_plan,
    name_of,
    note_text,
    rule_in_words,
    treatment_when,
    verdict_text,
    when_text,
)
from gui.core.dates import count
from gui.core.durations import parse_duration
from gui.core.plan_words import bookable_reason
from gui.core.words.common import calendar_file_name, handout_file_name

TODAY = date(2026, 11, 24)  # a Tuesday
BOTOX = Treatment("botox", date(2026, 11, 10))
SAFE = re.compile(r"\b(safe|seguro|segura|seguros|seguras)\b", re.IGNORECASE)


def plan_of(policy: Policy, *history: Treatment, proposed: date | None = None, **kwargs: object) -> Plan:
    return make_plan(history, policy, TODAY, proposed=proposed, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 day", "es", "1 día"),
        ("14 days", "es", "14 días"),
        ("1 week", "es", "1 semana"),
        ("4 weeks", "es", "4 semanas"),
        ("1 month", "es", "1 mes"),
        ("3 months", "es", "3 meses"),
        ("1 year", "es", "1 año"),
        ("2 years", "es", "2 años"),
        ("1 month 2 weeks", "es", "1 mes y 2 semanas"),
        ("1 year 1 month 1 day", "es", "1 año, 1 mes y 1 día"),
        ("1 month 2 weeks", "en", "1 month and 2 weeks"),
        ("1 year 1 month 1 day", "en", "1 year, 1 month and 1 day"),
    ],
)
def test_durations_in_words(text: str, lang: str, expected: str) -> None:
    assert duration_text(parse_duration(text), lang) == expected


def test_count_plurals() -> None:
    assert [count(n, "day", "es") for n in (0, 1, 2)] == ["0 días", "1 día", "2 días"]
    assert [count(n, "day") for n in (1, 2)] == ["1 day", "2 days"]


def test_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"'fr'.*en, es"):
        check_language("fr")


@pytest.mark.parametrize(
    ("product", "target", "expected"),
    [
        pytest.param(
            "botox",
            "microneedling",
            "Botox: esperar al menos 14 días antes del microneedling; mejor dentro de 3 meses desde la "
            "inyección, mientras aún hace efecto; su efecto suele pasar a los 4 meses.",
            id="botox",
        ),
        pytest.param(
            "ha-filler",
            "rf-microneedling",
            "Ácido hialurónico (cualquier marca): esperar al menos 28 días antes del "
            "microneedling con radiofrecuencia.",
            id="filler-rf",
        ),
    ],
)
def test_rule_in_spanish(policy: Policy, product: str, target: str, expected: str) -> None:
    rule = policy.rule_for(product, target)
    assert rule_in_words(rule, policy.product(product), target, "es") == expected


def test_reason_words_follow_the_language(policy: Policy) -> None:
    (reason,) = plan_of(policy, Treatment("ha-filler", date(2026, 10, 20), Precision.AROUND, 5)).reasons
    assert rule_in_words(reason.rule, reason.product, reason.rule.target, "en").startswith(
        "Wait at least 14 days after Hyaluronic-acid filler (any brand) before microneedling"
    )
    assert treatment_when(reason.treatment, "es") == "alrededor del 20 oct 2026 ± 5 días"
    assert treatment_when(Treatment("sculptra", date(2026, 10, 1), Precision.MONTH)).endswith("(month only)")
    assert basis_text(reason.rule, "en") == reason.basis
    assert basis_text(reason.rule, "es").startswith("En dos semanas el relleno se asienta")
    assert name_of(reason.product, "es") == "Ácido hialurónico (cualquier marca)"
    assert evidence_text(reason.evidence, "es") == "opinión de expertos"


@pytest.mark.parametrize(
    ("precision", "expected_en", "expected_es"),
    [
        (Precision.EXACT, "10 Nov 2026", "10 nov 2026"),
        (Precision.AROUND, "around 10 Nov 2026 ± 5 days", "alrededor del 10 nov 2026 ± 5 días"),
        (Precision.MONTH, "November 2026 (month only)", "noviembre de 2026 (solo el mes)"),
    ],
)
def test_when_text(precision: Precision, expected_en: str, expected_es: str) -> None:
    first, last = {
        Precision.EXACT: (date(2026, 11, 10), date(2026, 11, 10)),
        Precision.AROUND: (date(2026, 11, 5), date(2026, 11, 15)),
        Precision.MONTH: (date(2026, 11, 1), date(2026, 11, 30)),
    }[precision]
    assert when_text(first, last, precision) == expected_en
    assert when_text(first, last, precision, "es") == expected_es


# --- notes: kept as values, each said in the language asked for ------------------------------


def test_every_note_kind_in_spanish(policy: Policy) -> None:
    history = (
        Treatment("botox", date(2026, 7, 1)),
        Treatment("ha-filler", date(2026, 11, 20)),
        Treatment("sculptra", date(2026, 10, 1), Precision.MONTH),
    )
    closed_sundays = ClinicDays(frozenset(range(6)))
    plan = plan_of(policy, *history, proposed=date(2026, 11, 29), clinic_days=closed_sundays)
    spanish = {n.kind: note_text(n, "es") for n in plan.notes}
    assert set(spanish) == set(NoteKind)
    assert spanish[NoteKind.LIMITED_EVIDENCE].startswith("Evidencia limitada: ningún ensayo")
    assert "Sculptra" in spanish[NoteKind.LIMITED_EVIDENCE]
    assert "evidencia limitada" in spanish[NoteKind.LIMITED_EVIDENCE]
    assert spanish[NoteKind.APPROXIMATE] == (
        "Fecha aproximada: Sculptra, octubre de 2026. La espera se cuenta desde el último día posible, "
        "el 31 oct 2026."
    )
    assert spanish[NoteKind.NO_IDEAL_WINDOW] == (
        "No hay periodo ideal: la espera por Ácido hialurónico (cualquier marca) termina el "
        "4 dic 2026, después de que se cierre el periodo de la toxina, el 1 oct 2026."
    )
    assert spanish[NoteKind.CLINIC_CLOSED] == "La clínica está cerrada el 29 nov 2026."
    english = {n.kind: note_text(n) for n in plan.notes}
    assert english[NoteKind.CLINIC_CLOSED] == "The clinic is closed on 29 Nov 2026."
    assert english[NoteKind.APPROXIMATE].startswith("Approximate date: Sculptra, October 2026.")


def test_bookable_reason_in_both_languages(policy: Policy) -> None:
    filler = Treatment("ha-filler", date(2026, 11, 15))  # + 14 days = Sunday 29 Nov 2026
    plan = plan_of(policy, filler, clinic_days=ClinicDays(frozenset(range(6))))
    assert plan.bookable == date(2026, 11, 30)
    assert bookable_reason(plan, "en") == "Policy earliest: Sun 29 Nov 2026; the clinic is closed on Sundays."
    assert bookable_reason(plan, "es") == (
        "Primera fecha según la política: dom 29 nov 2026; la clínica no abre los domingos."
    )
    holiday = plan_of(policy, filler, clinic_days=ClinicDays(closures=frozenset({date(2026, 11, 29)})))
    assert bookable_reason(holiday) == ("Policy earliest: Sun 29 Nov 2026; the clinic is closed that day.")
    assert "(día de cierre)" in bookable_reason(holiday, "es")
    assert bookable_reason(plan_of(policy, filler), "es") == ""


# --- the verdict: the headline's words, in either language, never "safe" --------------------------------


@pytest.mark.parametrize(
    ("proposed", "title_en", "detail_en", "title_es", "detail_es"),
    [
        pytest.param(
            date(2026, 11, 20),
            "Too early",
            "20 Nov 2026 (proposed date) is 4 days before the earliest date, 24 Nov 2026.",
            "Demasiado pronto",
            "20 nov 2026 (fecha propuesta) cae 4 días antes de la primera fecha posible, el 24 nov 2026.",
            id="too-early",
        ),
        pytest.param(
            date(2026, 11, 23),
            "Too early",
            "23 Nov 2026 (proposed date) is 1 day before the earliest date, 24 Nov 2026.",
            "Demasiado pronto",
            "23 nov 2026 (fecha propuesta) cae 1 día antes de la primera fecha posible, el 24 nov 2026.",
            id="too-early-one-day",
        ),
        pytest.param(
            date(2026, 12, 1),
            "Ideal",
            "1 Dec 2026 (proposed date) is within clinic policy and while the toxin still works.",
            "Ideal",
            "1 dic 2026 (fecha propuesta) está dentro de la política de la clínica y la toxina aún hace "
            "efecto.",
            id="ideal",
        ),
        pytest.param(
            date(2027, 3, 1),
            "Allowed, past the ideal window",
            "1 Mar 2027 (proposed date) is within clinic policy, but the toxin is wearing off, so the "
            "combined benefit is smaller.",
            "Permitido, pasado el periodo ideal",
            "1 mar 2027 (fecha propuesta) está dentro de la política de la clínica, pero la toxina está "
            "perdiendo efecto, así que el beneficio combinado es menor.",
            id="waning",
        ),
        pytest.param(
            date(2027, 5, 1),
            "Allowed, past the ideal window",
            "1 May 2027 (proposed date) is within clinic policy, but the toxin has likely worn off, so the "
            "combined benefit is smaller.",
            "Permitido, pasado el periodo ideal",
            "1 may 2027 (fecha propuesta) está dentro de la política de la clínica, pero la toxina "
            "probablemente ya no hace efecto, así que el beneficio combinado es menor.",
            id="worn-off",
        ),
    ],
)
def test_verdict_in_both_languages(
    policy: Policy, proposed: date, title_en: str, detail_en: str, title_es: str, detail_es: str
) -> None:
    plan = make_plan([BOTOX], policy, date(2026, 11, 18), proposed=proposed)  # earliest: 24 Nov 2026
    english, spanish = verdict_text(plan), verdict_text(plan, "es")
    assert (english.title, english.detail) == (title_en, detail_en)
    assert (spanish.title, spanish.detail) == (title_es, detail_es)
    assert english.icon == spanish.icon


def test_verdict_with_no_wait_and_clear(policy: Policy) -> None:
    empty = plan_of(policy)
    assert verdict_text(empty, "es").detail == "24 nov 2026 (hoy): no hay tratamientos previos anotados."
    assert verdict_text(empty).title == "No wait applies"
    filler = plan_of(policy, Treatment("ha-filler", date(2026, 10, 1)))
    assert verdict_text(filler).title == "Within clinic policy"
    assert verdict_text(filler, "es").title == "Dentro de la política de la clínica"


def test_uncounted_entries_give_no_verdict(policy: Policy) -> None:
    plan = plan_of(policy, BOTOX)
    assert verdict_text(plan, "en", 2).detail == "2 entries are not counted yet, so no verdict is given."
    assert (
        verdict_text(plan, "es", 1).detail
        == "1 dato aún no se cuenta, así que todavía no se da una valoración."
    )
    assert verdict_text(plan, "es", 3).title == "Revise primero los datos"


def test_earliest_and_window_sentences(policy: Policy) -> None:
    plan = plan_of(policy, Treatment("botox", date(2026, 11, 20)))
    assert earliest_text(plan) == "Earliest date for microneedling: Friday 4 December 2026 — in 10 days"
    assert earliest_text(plan, "es") == (
        "Primera fecha posible para el microneedling: viernes, 4 de diciembre de 2026 — dentro de 10 días"
    )
    assert ideal_window_text(plan, "es") == (
        "Periodo ideal: hasta el sábado, 20 de febrero de 2027, mientras la toxina aún hace efecto; "
        "suele dejar de hacer efecto hacia el 20 mar 2027."
    )
    assert earliest_text(plan_of(policy), "es").startswith("No hay inyecciones previas anotadas")


def test_no_sentence_says_safe(policy: Policy) -> None:
    for proposed in (None, date(2026, 11, 25), date(2026, 12, 1), date(2027, 3, 1), date(2027, 6, 1)):
        for history in ((), (BOTOX,), (Treatment("ha-filler", date(2026, 11, 1)),)):
            plan = plan_of(policy, *history, proposed=proposed)
            for lang in ("en", "es"):
                verdict = verdict_text(plan, lang)
                texts = [
                    verdict.title,
                    verdict.detail,
                    earliest_text(plan, lang),
                    ideal_window_text(plan, lang),
                ]
                texts += [note_text(n, lang) for n in plan.notes]
                assert not any(SAFE.search(t) for t in texts), texts


@pytest.mark.parametrize(
    ("target", "lang", "handout", "calendar"),
    [
        ("microneedling", "en", "microneedling-plan", "microneedling-sessions"),
        ("microneedling", "es", "plan-de-microneedling", "sesiones-microneedling"),
        ("rf-microneedling", "es", "plan-de-microneedling", "sesiones-rf-microneedling"),
        ("botox", "en", "treatment-plan", "botox-sessions"),
        ("botox", "es", "plan-de-tratamiento", "sesiones-botox"),
    ],
)
def test_file_names_offered_are_in_the_papers_language(
    target: str, lang: str, handout: str, calendar: str
) -> None:
    day = date(2026, 12, 7)
    assert handout_file_name(target, day, lang) == f"{handout}-2026-12-07.pdf"
    assert calendar_file_name(target, day, lang) == f"{calendar}-2026-12-07.ics"


def test_an_approximate_toxin_says_which_end_each_date_is_counted_from(policy: Policy) -> None:
    """Botox around 23 Nov 2026 ± 3 days: its wait from 26 Nov, its window and fading from 20 Nov — so
    the screen says why the earliest date and 'worn off by about' come from different days."""
    from gui.core import Treatment, make_plan, note_text

    botox = Treatment("botox", date(2026, 11, 23), Precision.AROUND, 3)
    plan = make_plan([botox], policy, date(2026, 12, 7))
    (note,) = [n for n in plan.notes if n.kind is NoteKind.APPROXIMATE]
    assert note.days == (date(2026, 11, 26), date(2026, 11, 20))
    assert note_text(note) == (
        "Approximate date: Botox, around 23 Nov 2026 ± 3 days. The wait is counted from the latest possible "
        "day, 26 Nov 2026. Its ideal window, and when it wears off, are counted from the earliest possible "
        "day, 20 Nov 2026."
    )
    assert note_text(note, "es").endswith("se cuentan desde el primer día posible, el 20 nov 2026.")
    assert plan.earliest == date(2026, 12, 10) and plan.ideal_until == date(2027, 2, 20)  # by hand
    filler = make_plan(
        [Treatment("ha-filler", date(2026, 11, 1), Precision.MONTH)], policy, date(2026, 12, 7)
    )
    (said,) = [note_text(n) for n in filler.notes if n.kind is NoteKind.APPROXIMATE]
    assert "ideal window" not in said  # a filler has no window to count
