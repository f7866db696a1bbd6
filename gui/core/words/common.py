"""Plan words in English and Spanish, pure Python: durations, targets, evidence, rules, notes, closures.

Qt's ``tr()`` follows the interface language; these follow the language a caller asks for, so a
Spanish handout can be printed from an English window. English strings here are the ones the plan has
always produced (``Note.text``, ``Reason.rule_text``, and the CLI's text keep them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from gui.core.dates import Precision, format_day_month, format_span
from gui.core.durations import Duration

if TYPE_CHECKING:  # policy.py takes its evidence words and problem messages from here
    from gui.core.policy import Product, Rule

LANGUAGES = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}  # each in its own language, for a chooser

TARGET_WORDS = {
    "en": {"microneedling": "microneedling", "rf-microneedling": "RF microneedling"},
    # "Microneedling" is the word clinics and their patients use in Spanish too.
    "es": {"microneedling": "microneedling", "rf-microneedling": "microneedling con radiofrecuencia"},
}
EVIDENCE_WORDS = {
    "label": "product label",
    "consensus": "expert consensus",
    "study": "published study",
    "expert-opinion": "expert opinion",
    "clinic-policy": "clinic policy",
    "limited": "limited evidence",
}
EVIDENCE_TEXT = {
    "en": dict(EVIDENCE_WORDS),
    "es": {
        "label": "ficha técnica del producto",
        "consensus": "consenso de expertos",
        "study": "estudio publicado",
        "expert-opinion": "opinión de expertos",
        "clinic-policy": "política de la clínica",
        "limited": "evidencia limitada",
    },
}
# (singular, plural) per unit.
_UNITS = {
    "en": {"year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"),
           "day": ("day", "days")},
    "es": {"year": ("año", "años"), "month": ("mes", "meses"), "week": ("semana", "semanas"),
           "day": ("día", "días")},
}  # fmt: skip


def check_language(lang: str) -> str:
    """``lang`` if the app has words for it; ValueError naming the known ones otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    return lang


def count(value: int, unit: str, lang: str = "en") -> str:
    """'1 day', '2 days', '1 día', '2 días' (unit: year, month, week or day)."""
    one, many = _UNITS[lang][unit]
    return f"{value} {one if abs(value) == 1 else many}"


def duration_text(duration: Duration, lang: str = "en") -> str:
    """'14 days', '3 months', '1 month 2 weeks'; '14 días', '1 mes y 2 semanas'."""
    if lang == "en":
        return duration.text
    parts = [
        count(value, unit, lang)
        for value, unit in (
            (duration.years, "year"),
            (duration.months, "month"),
            (duration.weeks, "week"),
            (duration.days, "day"),
        )
        if value
    ]
    if not parts:
        return count(0, "day", lang)
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} y {parts[-1]}"


def join_words(items: Iterable[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' / 'a y b'."""
    listed = list(items)
    if len(listed) < 2:
        return "".join(listed)
    last = " y " if lang == "es" else " and "
    return ", ".join(listed[:-1]) + last + listed[-1]


def target_name(target: str, lang: str = "en") -> str:
    return TARGET_WORDS[lang].get(target, target)


def before_target(target: str, lang: str = "en") -> str:
    """'before microneedling' / 'antes del microneedling'."""
    return f"antes del {target_name(target, lang)}" if lang == "es" else f"before {target_name(target)}"


def evidence_text(level: str, lang: str = "en") -> str:
    return EVIDENCE_TEXT[lang].get(level, level)


def when_text(first: date, last: date, precision: Precision, lang: str = "en") -> str:
    """A treatment date as understood, marked when only the month is known: '10 Nov 2026',
    'around 20 Oct 2026 ± 5 days', 'November 2026 (month only)'; 'alrededor del 20 oct 2026 ± 5 días',
    'noviembre de 2026 (solo el mes)'."""
    text = format_span(first, last, precision, lang)
    if precision is Precision.MONTH:
        text += " (solo el mes)" if lang == "es" else " (month only)"
    return text


def rule_in_words(rule: Rule, product: Product, target: str, lang: str = "en") -> str:
    """The rule as one sentence: 'Wait at least 14 days after Botox before microneedling; …'."""
    if lang == "es":  # the product leads, so no article is needed ('de Botox' but 'del relleno')
        text = (
            f"{product.name_in(lang)}: esperar al menos {duration_text(rule.earliest, lang)} "
            f"{before_target(target, lang)}"
        )
        if rule.ideal_until is not None:
            text += (
                f"; mejor dentro de {duration_text(rule.ideal_until, lang)} desde la inyección, "
                "mientras aún hace efecto"
            )
        if rule.effect_ends is not None:
            text += f"; su efecto suele pasar a los {duration_text(rule.effect_ends, lang)}"
        return text + "."
    text = f"Wait at least {rule.earliest} after {product.name} {before_target(target)}"
    if rule.ideal_until is not None:
        text += f"; best within {rule.ideal_until} of the injection, while it still works"
    if rule.effect_ends is not None:
        text += f"; its effect has usually worn off by {rule.effect_ends}"
    return text + "."


# --- notes (the plan keeps their values, so each can be said again in any language) ------------------


def limited_evidence_text(weak: Iterable[Product], levels: Iterable[str], lang: str = "en") -> str:
    """The limited-evidence note, naming the products whose rule rests on opinion and its levels."""
    names = sorted({p.name_in(lang) for p in weak})
    words = sorted({evidence_text(level, lang) for level in levels})
    detail = f" ({', '.join(names)}: {', '.join(words)})" if names else ""
    if lang == "es":
        return (
            "Evidencia limitada: ningún ensayo ha probado el microneedling en días fijos después de la "
            "toxina o el relleno. Estas esperas son la política de la clínica, basada en la opinión de "
            f"expertos{detail}."
        )
    return (
        "Limited evidence: no trial has tested microneedling at set days after toxin or "
        f"filler. These waits are clinic policy resting on expert opinion{detail}."
    )


def approximate_text(product: Product, when: str, counted_from: date, lang: str = "en") -> str:
    """'Approximate date: Botox, around 20 Nov 2026 ± 3 days. The wait is counted from …'."""
    day = format_day_month(counted_from, lang)
    if lang == "es":
        return (
            f"Fecha aproximada: {product.name_in(lang)}, {when}. La espera se cuenta desde el último "
            f"día posible, el {day}."
        )
    return (
        f"Approximate date: {product.name}, {when}. The wait is counted from the latest possible day, {day}."
    )


def no_ideal_window_text(product: Product, earliest: date, ideal_until: date, lang: str = "en") -> str:
    wait_ends, window_closes = format_day_month(earliest, lang), format_day_month(ideal_until, lang)
    if lang == "es":
        return (
            f"No hay periodo ideal: la espera por {product.name_in(lang)} termina el {wait_ends}, "
            f"después de que se cierre el periodo de la toxina, el {window_closes}."
        )
    return (
        f"No ideal window: the wait after {product.name} ends on {wait_ends}, after the toxin window "
        f"closes on {window_closes}."
    )


def clinic_closed_text(day: date, lang: str = "en") -> str:
    if lang == "es":
        return f"La clínica está cerrada el {format_day_month(day, lang)}."
    return f"The clinic is closed on {format_day_month(day)}."


def no_open_day_text(lang: str = "en") -> str:
    if lang == "es":
        return "La clínica no tiene ningún día abierto en el próximo año."
    return "The clinic has no open day in the next year."
