"""The handout's own words, per language: a plain table, not Qt's ``tr()``.

The handout's language is chosen for each print and is independent of the window's language, so
these strings cannot follow the installed translator. Templates marked ``html`` hold markup and take
values that the caller has already escaped; every other template is plain text.
"""

from __future__ import annotations

from gui.core import check_language

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your microneedling plan",
        "continued": "Your microneedling plan (continued)",
        "continued_for": " for {name}",
        "prepared_for": "Prepared for:",
        "page_of": "Page {number} of {total}",
        # the main message
        "no_wait": "No wait is needed before your {target} under your clinic's policy",
        "earliest_for": "Earliest date for your {target}:",
        "first_bookable_for": "First day you can book your {target}:",
        "bookable_from_today": "You can book your {target} on any open day from today:",
        "too_early_lead": "Your appointment on {proposed} is too early. The first day you can book is",
        "appointment_within": "Your appointment on {proposed} is within your clinic's policy.",
        "appointment_on": "Your appointment on",
        "is_within": "is within your clinic's policy",
        "earliest_is": "The first day you can book your {target} is {date}.",
        "closed_lead": "Your clinic is closed on {proposed}. The next day it is open is",
        "closed_never": "Your clinic is closed on {proposed}. Please ask the clinic for another day.",
        "passed": "The earliest date under your clinic's policy, {date}, has passed.",
        "policy_earliest_closed": "Your clinic's policy allows it from {date}, but the clinic is closed "
        "that day.",
        "that_is": "That is {relative}.",
        "waning": "By then your toxin is wearing off, so you may get less of the extra benefit.",
        # what to do next (html)
        "move": "<b>Move</b> your appointment to {date} or later.",
        "keep": "<b>Keep</b> your appointment on {date}.",
        "book_today": "<b>Book</b> your {target} on any open day from {date}.",
        "book_after": "<b>Book</b> your {target} on or after {date}.",
        "closed_on": "{date} (the clinic is closed on {closed})",
        "ideal_by": "<b>For the most benefit</b>, have it by {date}, while your toxin still works.",
        # the treatments
        "treatments_title": "Your injections and dates",
        "col_treatment": "Treatment",
        "col_when": "When you had it",
        "col_earliest": "Earliest {target} after it",
        "sets_date": "(sets your date)",
        "approximate": "For a date you are not sure of, we count the wait from the latest day it could "
        "have been.",
        "no_treatments": "You told us about no toxin or filler injections.",
        # the small print
        "worked_out": "How these dates were worked out",
        "rule_wait": "wait at least {duration}",
        "rule_best": "; best within {duration}",
        "evidence": "Evidence: {level}.",
        "sources_cited": "Sources {numbers}.",
        "sources": "Sources.",
        "policy": "Policy.",
        "policy_line": "{label}, reviewed {reviewed}. Your clinic checks these rules and updates them "
        "when new evidence appears; next review by {next}.",
        "printed_on": "Printed on",
    },
    "es": {
        "title": "Su plan de microneedling",
        "continued": "Su plan de microneedling (continuación)",
        "continued_for": " para {name}",
        "prepared_for": "Preparado para:",
        "page_of": "Página {number} de {total}",
        "no_wait": "Según la política de su clínica, no hace falta esperar antes de su {target}",
        "earliest_for": "Primera fecha posible para su {target}:",
        "first_bookable_for": "Primer día en que puede reservar su {target}:",
        "bookable_from_today": "Puede reservar su {target} cualquier día abierto desde hoy:",
        "too_early_lead": "Su cita del {proposed} es demasiado pronto. El primer día que puede "
        "reservar es el",
        "appointment_within": "Su cita del {proposed} está dentro de la política de su clínica.",
        "appointment_on": "Su cita del",
        "is_within": "está dentro de la política de su clínica",
        "earliest_is": "El primer día en que puede reservar su {target} es el {date}.",
        "closed_lead": "Su clínica está cerrada el {proposed}. El siguiente día en que abre es el",
        "closed_never": "Su clínica está cerrada el {proposed}. Pida otro día a la clínica.",
        "passed": "La primera fecha según la política de su clínica, el {date}, ya pasó.",
        "policy_earliest_closed": "La política de su clínica lo permite desde el {date}, pero la clínica "
        "está cerrada ese día.",
        "that_is": "Es decir, {relative}.",
        "waning": "Para entonces su toxina estará perdiendo efecto, así que puede que obtenga menos "
        "del beneficio extra.",
        "move": "<b>Cambie</b> su cita al {date} o a una fecha posterior.",
        "keep": "<b>Mantenga</b> su cita del {date}.",
        "book_today": "<b>Reserve</b> su {target} cualquier día abierto desde el {date}.",
        "book_after": "<b>Reserve</b> su {target} el {date} o después.",
        "closed_on": "{date} (la clínica está cerrada el {closed})",
        "ideal_by": "<b>Para el mayor beneficio</b>, hágalo a más tardar el {date}, mientras su "
        "toxina aún hace efecto.",
        "treatments_title": "Sus inyecciones y fechas",
        "col_treatment": "Tratamiento",
        "col_when": "Cuándo se lo puso",
        "col_earliest": "Primera fecha posible",  # the message names the procedure; this keeps one line
        "sets_date": "(fija su fecha)",
        "approximate": "Si no recuerda bien una fecha, contamos la espera desde el último día en que "
        "pudo ser.",
        "no_treatments": "No nos indicó ninguna inyección de toxina ni de relleno.",
        "worked_out": "Cómo se calcularon estas fechas",
        "rule_wait": "esperar al menos {duration}",
        "rule_best": "; mejor dentro de {duration}",
        "evidence": "Evidencia: {level}.",
        "sources_cited": "Fuentes {numbers}.",
        "sources": "Fuentes.",
        "policy": "Política.",
        "policy_line": "{label}, revisada el {reviewed}. Su clínica revisa estas reglas y las actualiza "
        "cuando hay nueva evidencia; próxima revisión a más tardar el {next}.",
        "printed_on": "Impreso el",
    },
}


def phrase(lang: str, key: str, **values: object) -> str:
    """The handout's ``key`` phrase in ``lang`` with ``values`` filled in."""
    return PHRASES[check_language(lang)][key].format(**values)
