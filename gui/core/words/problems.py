"""Policy problems in English or Spanish, pure Python: what :mod:`gui.core.policy_reading` finds wrong.

Each :class:`~gui.core.policy_reading.PolicyProblem` keeps a code and its values besides its English
message, so the policy editor, the settings and the banners can say it again in the interface
language. Keys of the file (``approved_by``, ``policy.reviewed``) are named as written in it.
"""

from __future__ import annotations

from collections.abc import Mapping

from gui.core.durations import DURATION_MESSAGES, Duration
from gui.core.echo import shortened
from gui.core.words.common import duration_text, target_name

PROBLEMS = {
    "en": {
        **DURATION_MESSAGES,
        "unreadable-file": "cannot read the file ({problem})",
        "not-utf8": "the file is not UTF-8 text",
        "not-toml": "not valid TOML: {problem}",
        "missing-table": "missing table",
        "not-table": "must be a table",
        "unknown-key": "unknown key; allowed: {allowed}",
        "missing": "missing",
        "empty-text": "must be non-empty text",
        "name-one-line": "must be one line of text, without line breaks or control characters",
        "same-name": "'{name}' is also the name of {other}; each product needs its own name",
        "not-date": "must be a date written as YYYY-MM-DD (no quotes)",
        "date-range": "must be a date from {first} to {last}",
        "duration-not-text": "must be text such as '14 days', '4 weeks' or '3 months'",
        "negative": "'{value}' is negative; waits count forward from the treatment",
        "too-long": "'{value}' is over two years; the longest allowed is 2 years",
        "review-order": "is before policy.reviewed",
        "signature-half": "missing: a signed policy needs both approved_by and approved_on",
        "class-not-table": "must be a table with a name",
        "no-classes": "is empty; a policy needs at least one class of product",
        "no-products": "is empty; a policy needs at least one product",
        "product-not-table": "must be a table with a name and a class",
        "product-is-class": "a product may not share its id with a class",
        "unknown-class": "unknown class '{name}'; known: {known}",
        "unknown-applies-to": "unknown product or class '{name}'; known: {known}",
        "not-target-table": "must be a table of targets",
        "unknown-target": "unknown target; use one of: {known}",
        "missing-earliest": "missing; every rule needs an earliest wait",
        "before-earliest": "{ideal_until} is before earliest ({earliest})",
        "before-ideal": "{effect_ends} is before ideal_until ({ideal_until})",
        "needs-ideal": "needs ideal_until as well",
        "unknown-evidence": "'{value}' is not one of: {known}",
        "no-sources": "must be a non-empty list of citations (text)",
        "no-rule": "missing: no rule says how long to wait after {product} before {target}",
    },
    "es": {
        # Durations are written in English in the policy file and the editor ("14 days").
        "duration-empty": "duración vacía; escriba un número y una unidad en inglés, p. ej., «14 days»",
        "duration-unit": "unidad desconocida «{unit}» en «{text}»; use days, weeks, months o years "
        "(en inglés)",
        "duration-unreadable": "no se entiende «{text}» como duración; escriba un número y una unidad en "
        "inglés, p. ej., «14 days», «4 weeks» o «3 months»",
        "duration-too-long": "«{text}» es demasiado largo; una duración es de 10 años como máximo, "
        "p. ej., «3 months»",
        "unreadable-file": "no se puede leer el archivo ({problem})",
        "not-utf8": "el archivo no es texto UTF-8",
        "not-toml": "no es TOML válido: {problem}",
        "missing-table": "falta la tabla",
        "not-table": "debe ser una tabla",
        "unknown-key": "clave desconocida; se admiten: {allowed}",
        "missing": "falta",
        "empty-text": "no puede estar vacío",
        "name-one-line": "debe ser una sola línea de texto, sin saltos de línea ni caracteres de control",
        "same-name": "«{name}» es también el nombre de {other}; cada producto necesita su propio nombre",
        "not-date": "debe ser una fecha escrita como AAAA-MM-DD (sin comillas)",
        "date-range": "debe ser una fecha del {first} al {last}",
        "duration-not-text": "debe ser un texto como «14 days», «4 weeks» o «3 months»",
        "negative": "«{value}» es negativo; las esperas se cuentan hacia delante desde el tratamiento",
        "too-long": "«{value}» supera los dos años; lo máximo permitido son 2 años",
        "review-order": "es anterior a la fecha de revisión (policy.reviewed)",
        "signature-half": "falta: una política firmada necesita tanto approved_by como approved_on",
        "class-not-table": "debe ser una tabla con un nombre (name)",
        "no-classes": "está vacía; una política necesita al menos una clase de producto",
        "no-products": "está vacía; una política necesita al menos un producto",
        "product-not-table": "debe ser una tabla con un nombre (name) y una clase (class)",
        "product-is-class": "un producto no puede tener el mismo id que una clase",
        "unknown-class": "clase desconocida «{name}»; se conocen: {known}",
        "unknown-applies-to": "producto o clase desconocido «{name}»; se conocen: {known}",
        "not-target-table": "debe ser una tabla de procedimientos",
        "unknown-target": "procedimiento desconocido; use uno de: {known}",
        "missing-earliest": "falta; toda regla necesita una espera mínima (earliest)",
        "before-earliest": "{ideal_until} termina antes de la espera mínima ({earliest})",
        "before-ideal": "{effect_ends} termina antes del fin del periodo ideal ({ideal_until})",
        "needs-ideal": "necesita también «Ideal hasta» (ideal_until)",
        "unknown-evidence": "«{value}» no es uno de: {known}",
        "no-sources": "debe ser una lista no vacía de citas (texto)",
        "no-rule": "falta: ninguna regla dice cuánto esperar después de {product} antes del {target_name}",
    },
}


_TYPED = {"value", "name", "text", "unit"}  # values taken from the file as written
_LISTS = {"known", "allowed"}
_NONE = {"en": "none", "es": "ninguno"}


def _shown(value: object, lang: str) -> object:
    """A value as the sentence says it: durations and product names in ``lang``."""
    if isinstance(value, Duration):
        return duration_text(value, lang)
    name_in = getattr(value, "name_in", None)
    return name_in(lang) if callable(name_in) else value


def problem_message(code: str, values: Mapping[str, object], lang: str = "en") -> str:
    """The problem ``code`` with its ``values``, in ``lang`` (English where a language lacks it)."""
    template = PROBLEMS.get(lang, {}).get(code) or PROBLEMS["en"][code]
    shown = {name: _shown(value, lang) for name, value in values.items()}
    for name in _TYPED & shown.keys():  # what came from the file: short, on one line
        shown[name] = shortened(str(shown[name]))
    for name in _LISTS & shown.keys():  # lists of ids the file defines: on one line, not endless
        shown[name] = shortened(str(shown[name]), 300)
    if "known" in shown and not shown["known"]:
        shown["known"] = _NONE.get(lang, _NONE["en"])
    if isinstance(values.get("target"), str):
        shown["target_name"] = target_name(str(values["target"]), lang)
    return template.format(**shown)
