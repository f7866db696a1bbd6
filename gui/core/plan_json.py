"""A plan as JSON-ready values: what ``plan --json`` prints, and what the policy check sheet expects.

Pure Python, so the sheet's examples (computed by the engine the desk uses) and the command line say
a plan with the very same keys and values.
"""

from __future__ import annotations

from datetime import date

from gui.core.course import Course
from gui.core.course_words import session_reasons
from gui.core.plan import Plan, PlannedReason
from gui.core.words.common import planned_rule_text, reason_rule_text


def course_to_json(course: Course) -> dict[str, object]:
    """``sessions`` (number, date, earliest, in_ideal_window, reasons) and ``next_toxin`` (ISO or null)."""
    return {
        "sessions": [
            {
                "number": s.number,
                "date": s.date.isoformat(),
                "earliest": s.earliest.isoformat(),
                "in_ideal_window": s.in_ideal_window,
                "moved": s.moved,
                "too_early": s.too_early,
                "clinic_closed": s.closed,
                "reasons": session_reasons(course, s),
            }
            for s in course.sessions
        ],
        "next_toxin": _iso(course.next_toxin.date if course.next_toxin else None),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def plan_to_json(plan: Plan) -> dict[str, object]:
    """The plan as JSON-ready values: exactly the documented keys, dates as ISO strings or null.

    ``earliest`` is the policy's earliest date (scripts rely on it); ``bookable`` is the big date the
    window shows: the first day on or after it, and on or after today, that the clinic is open."""
    planned = [_planned_json(plan, p) for p in plan.planned]
    return {
        "today": _iso(plan.today),
        "target": plan.target,
        "date": _iso(plan.date),
        "verdict": plan.verdict.value,
        "earliest": _iso(plan.earliest),
        "recommended": _iso(plan.recommended),
        "bookable": _iso(plan.bookable),
        "ideal_until": _iso(plan.ideal_until),
        "effect_ends": _iso(plan.effect_ends),
        "days_to_wait": plan.days_to_wait,
        "latest": _iso(plan.latest),
        "planned": planned,
        "reasons": [
            {
                "kind": "prior",
                "product": r.product.id,
                "from": _iso(r.first),
                "to": _iso(r.last),
                "earliest": _iso(r.earliest),
                "recommended": _iso(r.recommended),
                "rule": reason_rule_text(r),
                "basis": r.basis,
                "evidence": r.evidence,
                "sources": list(r.sources),
            }
            for r in plan.reasons
        ]
        + planned,  # each planned treatment is a reason too: it bounds the date from the other side
        "policy": {
            "name": plan.policy.name,
            "version": plan.policy.version,
            "fingerprint": plan.policy.fingerprint or None,  # null: unsigned, or signed by an older version
        },
        **(course_to_json(plan.course) if plan.course is not None else {}),
        "screening": [
            {
                "id": item.id,
                "effect": item.effect,
                "reason": item.reason,
                "evidence": item.evidence,
                "sources": list(item.sources),
            }
            for item in plan.screening
        ],
        "screening_effect": plan.screening_effect,
    }


def _planned_json(plan: Plan, p: PlannedReason) -> dict[str, object]:
    return {
        "kind": "planned",
        "product": p.product.id,
        "date": p.treatment.on.isoformat(),
        "latest": p.latest.isoformat(),
        # The last day that keeps the wait the clinic prefers; after it, up to ``latest``: ask first.
        "latest_recommended": _iso(p.latest_recommended),
        "earliest": _iso(p.allowed_from),
        "too_soon": p.too_soon,
        "rule": planned_rule_text(plan, p),
        "resumes": _iso(p.resumes),
    }
