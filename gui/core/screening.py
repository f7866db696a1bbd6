"""Screening at the desk: the questions answered yes change the answer, never the date.

A yes adds the strongest effect of the items answered (``ask-first``: ask the practitioner before
booking; ``not-today``: no treatment while the condition lasts) with each item's reason, evidence and
sources. The answers live only in the plan being shown; nothing here is stored.
"""

from __future__ import annotations

from collections.abc import Iterable

from gui.core.plan import Plan
from gui.core.policy import Policy


class ScreeningError(ValueError):
    """An answer for a question the policy does not ask before this next treatment."""


def with_screening(plan: Plan, policy: Policy, answered_yes: Iterable[str]) -> Plan:
    """``plan`` with the items answered yes (ids), in the policy's order; ScreeningError for an id the
    policy does not ask before the plan's next treatment."""
    asked = policy.screening_for(plan.target)
    yes = set(answered_yes)
    if unknown := sorted(yes - {item.id for item in asked}):
        ids = ", ".join(item.id for item in asked) or "none"
        raise ScreeningError(f"{unknown[0]!r} is not asked before {plan.target}; asked: {ids}")
    chosen = tuple(item for item in asked if item.id in yes)
    return plan._replace(screening=chosen, screening_unsigned=policy.screening_from_default and bool(chosen))
