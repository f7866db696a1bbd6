"""The fingerprint an approval covers: SHA-256 over a canonical form of everything the policy tells a
desk — its name and review dates, its classes and products, every rule, the course spacing and the
screening questions — but not the signature itself (who approved it, when, and this fingerprint).

The form is what the engine uses, not how the file spells it: whitespace, comments, key order and
quoting do not count, and two durations count as the same only when the engine counts them the same
("2 weeks" and "14 days", "1 year" and "12 months"; not "1 month" and "30 days"). Parts a policy takes
from the shipped default (it was signed before they existed) are not in it: its approval never
covered them.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping
from datetime import date

from gui.core.durations import Duration
from gui.core.policy import Policy

SHORT = 8  # hex digits shown beside the policy's name: '3f2a9c1e'
_SIGNATURE = {"approved_by", "approved_on", "fingerprint", "source"}
_FILLED = {"from_default", "courses_from_default", "screening_from_default"}


def _canon(value: object) -> object:
    """A value as plain JSON: a duration as (months, days), the engine's arithmetic."""
    if isinstance(value, Duration):
        return [value.years * 12 + value.months, value.weeks * 7 + value.days]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # a rule, a product… (named tuples)
        return {name: _canon(field) for name, field in value._asdict().items()}
    if isinstance(value, Mapping):
        return {_key(k): _canon(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        items = [_canon(v) for v in value]
        if not isinstance(value, frozenset | set):
            return items
        import json  # only a fingerprint needs json: a signed policy's, not the shipped one at every start

        return sorted(items, key=json.dumps)
    return value


def _key(key: object) -> str:
    return "→".join(key) if isinstance(key, tuple) else str(key)


def canonical_form(policy: Policy) -> str:
    """The policy as one JSON text with sorted keys: what the fingerprint is taken over."""
    import json

    signed: dict[str, object] = {}
    for name, part in policy._asdict().items():
        if name in _SIGNATURE | _FILLED:
            continue
        signed[name] = _canon(part)
    # What came from the shipped default was not signed: leave it out.
    rules = {_key(k): _canon(r) for k, r in policy.rules.items() if k not in policy.from_default}
    courses = {k: _canon(c) for k, c in policy.courses.items() if k not in policy.courses_from_default}
    signed |= {"rules": rules, "courses": courses}
    if policy.screening_from_default:
        signed["screening"] = {}
    # Product names repeat their class's names (kept for speed): the class's own entry says them.
    signed["products"] = {
        pid: {k: v for k, v in p._asdict().items() if k not in ("class_name", "class_name_es")}
        for pid, p in policy.products.items()
    }
    return json.dumps(signed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@functools.cache
def _own_sha256() -> Callable[[bytes], object]:
    """The interpreter's own SHA-256 (``_sha2`` from Python 3.12, ``_sha256`` before): ``hashlib`` would
    map OpenSSL into the process (3.4 MB resident, 4 ms) for this one digest. The same digest either way
    (a test compares them)."""
    for name in ("_sha2", "_sha256"):
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except ImportError:
            continue
    import hashlib  # an interpreter built without its own

    return hashlib.sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, as 64 lower-case hex digits."""
    return str(_own_sha256()(data).hexdigest())  # type: ignore[attr-defined]


def policy_fingerprint(policy: Policy) -> str:
    """The SHA-256 of :func:`canonical_form`, as 64 lower-case hex digits."""
    return sha256_hex(canonical_form(policy).encode("utf-8"))


_TITLE = ("name", "name_es", "version", "reviewed", "next_review")


def same_rules(policy: Policy, other: Policy) -> bool:
    """Whether the two policies tell a desk the same dates and questions, whatever their names,
    versions and review dates."""
    title = {part: getattr(other, part) for part in _TITLE}
    return canonical_form(policy._replace(**title)) == canonical_form(other)


def short_fingerprint(fingerprint: str) -> str:
    return fingerprint[:SHORT]
