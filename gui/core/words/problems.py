"""Policy problems in English or Spanish, pure Python: what :mod:`gui.core.policy_reading` finds wrong.

Each :class:`~gui.core.policy_reading.PolicyProblem` keeps a code and its values besides its English
message, so the policy editor, the settings and the banners can say it again in the interface
language. Keys of the file (``approved_by``, ``policy.reviewed``) are named as written in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from gui.core.catalog import N_, words
from gui.core.dates import format_day_month
from gui.core.durations import DURATION_MESSAGES, Duration
from gui.core.echo import shortened
from gui.core.policy import Product, ProductClass
from gui.core.words.common import duration_text, name_of, target_name

PROBLEMS = {
    **DURATION_MESSAGES,
    "unreadable-file": N_("cannot read the file ({problem})"),
    "not-utf8": N_("the file is not UTF-8 text"),
    "not-toml": N_("not valid TOML: {problem}"),
    "missing-table": N_("missing table"),
    "not-table": N_("must be a table"),
    "unknown-key": N_("unknown key; allowed: {allowed}"),
    "missing": N_("missing"),
    "empty-text": N_("must be non-empty text"),
    "name-one-line": N_("must be one line of text, without line breaks or control characters"),
    "same-name": N_("'{name}' is also the name of {other}; each product needs its own name"),
    "not-date": N_("must be a date written as YYYY-MM-DD (no quotes)"),
    "date-range": N_("must be a date from {first} to {last}"),
    "duration-not-text": N_("must be text such as '14 days', '4 weeks' or '3 months'"),
    "negative": N_("'{value}' is negative; waits count forward from the treatment"),
    "too-long": N_("'{value}' is over two years; the longest allowed is 2 years"),
    "review-order": N_("is before policy.reviewed"),
    "signature-half": N_("missing: a signed policy needs both approved_by and approved_on"),
    "class-not-table": N_("must be a table with a name"),
    "no-classes": N_("is empty; a policy needs at least one class of product"),
    "no-products": N_("is empty; a policy needs at least one product"),
    "product-not-table": N_("must be a table with a name and a class"),
    "product-is-class": N_("a product may not share its id with a class"),
    "unknown-class": N_("unknown class '{name}'; known: {known}"),
    "unknown-applies-to": N_("unknown product or class '{name}'; known: {known}"),
    "not-target-table": N_("must be a table of targets"),
    "unknown-target": N_("unknown target; use one of: {known}"),
    "missing-earliest": N_("missing; every rule needs an earliest wait"),
    "before-earliest": N_("{ideal_until} is before earliest ({earliest})"),
    "recommended-early": N_("{recommended} is before earliest ({earliest})"),
    "recommended-late": N_("{recommended} is after ideal_until ({ideal_until})"),
    "zero-spacing": N_("must be more than 0 days: the sessions of a course are on different days"),
    "typical-short": N_("{typical} is shorter than the minimum ({minimum})"),
    "before-ideal": N_("{effect_ends} is before ideal_until ({ideal_until})"),
    "needs-ideal": N_("needs ideal_until as well"),
    "unknown-evidence": N_("'{value}' is not one of: {known}"),
    "no-sources": N_("must be a non-empty list of citations (text)"),
    "unknown-effect": N_("'{value}' is not one of: {known}"),
    "screening-id": N_("an id is lower-case letters and digits joined by hyphens, at most 40 characters"),
    "screening-code": N_(
        "'{value}' cannot be a code: use lower-case letters and digits joined by hyphens, at most 40 "
        "characters (as --screen takes it)"
    ),
    "screening-id-taken": N_("'{value}' is already the code of another question; each needs its own"),
    "fingerprint-form": N_("must be the 64 hex digits the app writes when the policy is signed"),
    "fingerprint-unsigned": N_(
        "a fingerprint belongs to a signed policy: approved_by and approved_on are missing"
    ),
    "changed-after-approval": N_(
        "the rules were changed after {name} approved them on {when}; they are not used until the policy "
        "is signed again in the policy editor"
    ),
    "not-signed": N_(
        "the file is not signed; a clinic's policy is used only once whoever approved it signs it in the "
        "policy editor"
    ),
    "applies-to-list": N_("must be a list of products or classes (text)"),
    "no-rule": N_("missing: no rule says how long to wait after {product} before {target_name}"),
}


_TYPED = {"value", "name", "text", "unit"}  # values taken from the file as written
_LISTS = {"known", "allowed"}
_NONE = N_("none")


def _shown(value: object, lang: str) -> object:
    """A value as the sentence says it: durations, days and product names in ``lang``."""
    if isinstance(value, Duration):
        return duration_text(value, lang)
    if isinstance(value, date):
        return format_day_month(value, lang)
    return name_of(value, lang) if isinstance(value, Product | ProductClass) else value


def problem_message(code: str, values: Mapping[str, object], lang: str = "en") -> str:
    """The problem ``code`` with its ``values``, in ``lang`` (English where a language lacks it)."""
    _ = words(lang)
    shown = {name: _shown(value, lang) for name, value in values.items()}
    for name in _TYPED & shown.keys():  # what came from the file: short, on one line
        shown[name] = shortened(str(shown[name]))
    for name in _LISTS & shown.keys():  # lists of ids the file defines: on one line, not endless
        shown[name] = shortened(str(shown[name]), 300)
    if "known" in shown and not shown["known"]:
        shown["known"] = _(_NONE)
    target = values.get("target")
    if isinstance(target, str):
        shown["target_name"] = target_name(target, lang)
    elif isinstance(target, Product):  # a toxin or a filler as the next treatment: by its name
        shown["target_name"] = name_of(target, lang)
    return _(PROBLEMS[code], **shown)
