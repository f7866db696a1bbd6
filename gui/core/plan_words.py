"""A plan's sentences in English or Spanish: the verdict, the earliest date, the ideal window, the notes.

Pure Python, shared by the window's headline and the handout, so both say the same thing. Nothing here
says "safe": a date is "within clinic policy" ("dentro de la política de la clínica").
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.core.dates import (
    WEEKDAYS,
    format_day_month,
    format_long,
    format_medium,
    format_relative,
    format_span,
)
from gui.core.plan import Closed, Note, NoteKind, Plan, Stage, Verdict
from gui.core.words import common as words


@dataclass(frozen=True)
class VerdictText:
    icon: str
    title: str
    detail: str


_TITLES = {
    "en": {
        "check": "Check the entries first",
        "too-early": "Too early",
        "ideal": "Ideal",
        "late": "Allowed, past the ideal window",
        "none": "No wait applies",
        "clear": "Within clinic policy",
        "closed": "Clinic closed that day",
    },
    "es": {
        "check": "Revise primero los datos",
        "too-early": "Demasiado pronto",
        "ideal": "Ideal",
        "late": "Permitido, pasado el periodo ideal",
        "none": "No hace falta esperar",
        "clear": "Dentro de la política de la clínica",
        "closed": "La clínica cierra ese día",
    },
}


def _uncounted(uncounted: int, lang: str) -> VerdictText:
    if lang == "es":
        entries = "1 dato aún no se cuenta" if uncounted == 1 else f"{uncounted} datos aún no se cuentan"
        detail = f"{entries}, así que todavía no se da una valoración."
    else:
        entries = f"{uncounted} entr{'ies are' if uncounted > 1 else 'y is'}"
        detail = f"{entries} not counted yet, so no verdict is given."
    return VerdictText("⚠", _TITLES[lang]["check"], detail)


def verdict_text(plan: Plan, lang: str = "en", uncounted: int = 0) -> VerdictText:
    """The verdict in words for the judged date; never says 'safe', always 'within clinic policy'.

    While some entries are not counted, no verdict is given: a missing injection could only move
    the earliest date later, so a confident "ideal" would be premature.
    """
    if uncounted:
        return _uncounted(uncounted, lang)
    titles, es = _TITLES[lang], lang == "es"
    when = ("fecha propuesta" if es else "proposed date") if plan.proposed else ("hoy" if es else "today")
    day = f"{format_day_month(plan.date, lang)} ({when})"
    if plan.verdict is Verdict.TOO_EARLY and plan.earliest:
        wait, earliest = words.count(plan.days_to_wait, "day", lang), format_day_month(plan.earliest, lang)
        if es:
            detail = f"{day} cae {wait} antes de la primera fecha posible, el {earliest}."
        else:
            detail = f"{day} is {wait} before the earliest date, {earliest}."
        if plan.bookable and plan.bookable != plan.earliest:  # the day to book, not a closed one
            bookable = format_medium(plan.bookable, lang)
            detail += f" Primer día reservable: {bookable}." if es else f" First bookable day: {bookable}."
        return VerdictText("✖", titles["too-early"], detail)
    if plan.verdict is Verdict.CLOSED:
        return VerdictText("✖", titles["closed"], _closed_detail(plan, day, lang))
    if plan.verdict is Verdict.IDEAL:
        if es:
            detail = f"{day} está dentro de la política de la clínica y la toxina aún hace efecto."
        else:
            detail = f"{day} is within clinic policy and while the toxin still works."
        return VerdictText("✔", titles["ideal"], detail)
    if plan.verdict is Verdict.LATE:
        return VerdictText("◐", titles["late"], _late_detail(plan, day, lang))
    if not plan.reasons:
        none = "no hay tratamientos previos anotados" if es else "no prior treatments are entered"
        return VerdictText("✔", titles["none"], f"{day}: {none}.")
    if es:
        return VerdictText("✔", titles["clear"], f"{day} es la primera fecha posible o una posterior.")
    return VerdictText("✔", titles["clear"], f"{day} is on or after the earliest date.")


def _closed_detail(plan: Plan, day: str, lang: str) -> str:
    es = lang == "es"
    if plan.next_open is None:
        nxt = "no abre ningún día del próximo año" if es else "it opens on no day in the next year"
    else:
        nxt = (
            f"el siguiente día abierto es el {format_medium(plan.next_open, lang)}"
            if es
            else (f"the next open day is {format_medium(plan.next_open, lang)}")
        )
    if es:
        return f"{day}: la clínica está cerrada ese día; {nxt}."
    return f"{day}: the clinic is closed that day; {nxt}."


def _late_detail(plan: Plan, day: str, lang: str) -> str:
    waning = plan.stage_on(plan.date) is Stage.WANING
    if lang == "es":
        state = "está perdiendo efecto" if waning else "probablemente ya no hace efecto"
        return (
            f"{day} está dentro de la política de la clínica, pero la toxina {state}, "
            "así que el beneficio combinado es menor."
        )
    state = "is wearing off" if waning else "has likely worn off"
    return f"{day} is within clinic policy, but the toxin {state}, so the combined benefit is smaller."


def earliest_text(plan: Plan, lang: str = "en") -> str:
    """The big date, always a day the patient can book (open, on or after today and the earliest date):
    'Earliest date for microneedling: Tuesday 8 December 2026 — in 2 weeks'; 'First bookable date for
    microneedling: Monday 14 December 2026 — in 9 days' when the clinic is closed on the earliest date;
    'Any open day from today: Monday 7 December 2026 — in 2 days' once the earliest date has passed."""
    target, es = plan.target_name_in(lang), lang == "es"
    if plan.earliest is None:
        if es:
            return f"No hay inyecciones previas anotadas: no hace falta esperar antes del {target}."
        return f"No prior injections entered: no wait before {target}."
    if plan.bookable is None:
        if es:
            return "La clínica no abre ningún día del próximo año: revise los días de apertura en Ajustes."
        return "The clinic opens on no day in the next year: check the opening days in Settings."
    when = f"{format_long(plan.bookable, lang)} — {format_relative(plan.bookable, plan.today, lang)}"
    if plan.earliest_has_passed:
        lead = "Cualquier día abierto desde hoy" if es else "Any open day from today"
    elif plan.bookable != plan.earliest:
        lead = f"Primera fecha reservable para el {target}" if es else f"First bookable date for {target}"
    else:
        lead = f"Primera fecha posible para el {target}" if es else f"Earliest date for {target}"
    return f"{lead}: {when}"


def bookable_reason(plan: Plan, lang: str = "en") -> str:
    """Why the big date is not the policy's earliest date, in one line; empty when it is.

    'Policy earliest: Sun 13 Dec 2026; the clinic is closed on Sundays.'
    'Policy earliest: Tue 4 Aug 2026 (4 months ago); the clinic is closed today.'
    """
    es = lang == "es"
    if plan.earliest is None:
        if plan.bookable == plan.today:
            return ""
        if plan.bookable is None:
            return words.no_open_day_text(lang)
        first = format_long(plan.bookable, lang)
        return f"Primer día abierto: {first}." if es else f"First open day: {first}."
    if plan.bookable == plan.earliest:
        return ""
    said = format_medium(plan.earliest, lang)
    if plan.earliest_has_passed:
        said += f" ({format_relative(plan.earliest, plan.today, lang)})"
    parts = [f"Primera fecha según la política: {said}" if es else f"Policy earliest: {said}"]
    closed = _closed_words(plan, lang)
    return "; ".join([*parts, closed] if closed else parts) + "."


def _closed_words(plan: Plan, lang: str) -> str:
    start, es = plan.booking_starts, lang == "es"
    if plan.closed_start is Closed.OPEN:
        return ""
    if start == plan.today:
        return "la clínica está cerrada hoy" if es else "the clinic is closed today"
    if plan.closed_start is Closed.CLOSURE:
        return "la clínica cierra ese día (día de cierre)" if es else "the clinic is closed that day"
    weekday = WEEKDAYS[lang][start.weekday()]
    if es:  # lunes…viernes are their own plural; sábados, domingos
        return f"la clínica no abre los {weekday if weekday.endswith('s') else weekday + 's'}"
    return f"the clinic is closed on {weekday}s"


def ideal_window_text(plan: Plan, lang: str = "en") -> str:
    """The ideal window in one sentence, or why there is none; empty when no toxin is on file."""
    es = lang == "es"
    if plan.has_ideal_window and plan.ideal_until:
        until = format_long(plan.ideal_until, lang)
        if es:
            text = f"Periodo ideal: hasta el {until}, mientras la toxina aún hace efecto"
        else:
            text = f"Ideal window: until {until}, while the toxin still works"
        if plan.effect_ends:
            ends = format_day_month(plan.effect_ends, lang)
            text += f"; su efecto pasa hacia el {ends}" if es else f"; worn off by about {ends}"
        return text + "."
    if plan.earliest and plan.ideal_until and plan.ideal_until < plan.earliest:
        if es:
            return (
                "No hay periodo ideal: la espera termina después del mejor periodo de la toxina "
                "(vea «Por qué esta fecha»)."
            )
        return "No ideal window: the wait ends after the toxin's best window closes (see Why this date)."
    return ""


def note_text(note: Note, lang: str = "en") -> str:
    """The note in ``lang``, rebuilt from the values it keeps (``note.text`` when they are missing)."""
    if lang == "en":
        return note.text
    if note.kind is NoteKind.LIMITED_EVIDENCE:
        return words.limited_evidence_text(note.products, note.levels, lang)
    if note.kind is NoteKind.APPROXIMATE and note.products and note.days and note.treatment:
        t = note.treatment
        when = format_span(t.first_possible, t.last_possible, t.precision, lang)
        return words.approximate_text(note.products[0], when, note.days[0], lang)
    if note.kind is NoteKind.NO_IDEAL_WINDOW and note.products and len(note.days) == 2:
        return words.no_ideal_window_text(note.products[0], note.days[0], note.days[1], lang)
    if note.kind is NoteKind.CLINIC_CLOSED and note.days:
        return words.clinic_closed_text(note.days[0], lang)
    return note.text
