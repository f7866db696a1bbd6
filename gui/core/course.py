"""A course of sessions of the next treatment, fitted to a plan: each session's day and why, and the
next toxin visit after the course. Pure Python; :mod:`gui.core.course_words` says it in a language.

Session 1 is the appointment being kept (a proposed date within policy), else the first bookable
day. Each later session is the first open day at least the course's minimum spacing after the one
before; the typical spacing is exceeded only when the clinic is closed on every day up to it. A session
moved by hand keeps its day, and the ones after it are placed again from it. Planned treatments are
respected: a session in a planned treatment's gap says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from gui.core.clinic_days import ClinicDays
from gui.core.durations import Duration
from gui.core.limits import MAX_SESSIONS, latest_appointment
from gui.core.plan import Plan, PlannedReason, Reason, Verdict, clear_of_planned
from gui.core.policy import CourseRule, Policy, Product, Rule


class Session(NamedTuple):
    """One session: its day, the first day the rules allow it, and what it must say."""

    number: int
    date: dt.date
    earliest: dt.date  # session 1: the plan's first day (earliest, or today); later: the one before + minimum
    typical_by: dt.date | None = None  # the last day within the typical spacing (None for session 1)
    moved: bool = False  # placed by hand
    in_ideal_window: bool | None = None  # None: no toxin's ideal window applies
    closed_past_typical: bool = False  # later than the typical spacing: the clinic is closed until then
    conflict: PlannedReason | None = None  # a planned treatment whose wait this session does not leave
    kept: bool = False  # session 1 is the proposed appointment, kept (within policy)
    # Session 1 on the next open day because the clinic is closed on the proposed date: that date.
    instead_of: dt.date | None = None
    closed: bool = False  # moved by hand onto a day the clinic is closed
    # Placed after a planned treatment's gap: the first open day from ``earliest`` would not leave it
    # its wait (the session is then later than the typical spacing because of it).
    after_planned: PlannedReason | None = None
    # For a session moved by hand: the day the policy would have placed it on (the first that fits).
    fits_from: dt.date | None = None

    @property
    def too_early(self) -> bool:
        """Before the rules allow it: only a session moved by hand can be."""
        return self.date < self.earliest

    @property
    def beyond_typical(self) -> bool:
        """Later than the typical spacing after the session before it."""
        return self.typical_by is not None and self.date > self.typical_by

    @property
    def breaks_rule(self) -> bool:
        """Where no appointment can be: before the course allows it, a closed day, or inside a planned
        treatment's wait. Flagged everywhere; no calendar file or handout is made while one does."""
        return self.too_early or self.closed or self.conflict is not None


class NextToxin(NamedTuple):
    """The first day a new toxin fits after the course: the last session plus the needling → toxin
    rule, and the last toxin plus the toxin → toxin rule, whichever is later, on an open day."""

    product: Product
    date: dt.date
    after_course: dt.date
    after_toxin: dt.date
    rule_after_course: Rule
    rule_after_toxin: Rule

    @property
    def wait_after_course(self) -> Duration:
        """The wait after the last session: the clinic's preferred one when the rule gives it."""
        return self.rule_after_course.recommended or self.rule_after_course.earliest

    @property
    def wait_after_toxin(self) -> Duration:
        return self.rule_after_toxin.recommended or self.rule_after_toxin.earliest


class Course(NamedTuple):
    """A course of sessions: their spacing rule, each session's day, the next toxin visit, and the day the
    toxin wears off if that falls within the course."""

    spacing: CourseRule
    sessions: tuple[Session, ...]
    next_toxin: NextToxin | None = None
    # The toxin wears off before the last session: that day, and the waits a toxin between two sessions
    # needs (at least ``between[0]`` after one session and ``between[1]`` before the next).
    wears_off: dt.date | None = None
    between: tuple[Duration, Duration] | None = None
    # The spacing comes from the shipped default: the clinic's policy was signed before courses.
    unsigned: bool = False

    @property
    def last(self) -> Session | None:
        return self.sessions[-1] if self.sessions else None

    @property
    def broken(self) -> tuple[Session, ...]:
        """The sessions moved by hand onto a day no appointment can be (flagged everywhere; no calendar
        file is written while there is one)."""
        return tuple(s for s in self.sessions if s.breaks_rule)


class CourseError(ValueError):
    """A course that cannot be planned as asked (no spacing for this treatment, a bad session count, a
    session moved onto or before the one before it: ``number`` and ``after`` say which and when)."""

    def __init__(self, message: str, number: int = 0, after: dt.date | None = None) -> None:
        super().__init__(message)
        self.number, self.after = number, after


def make_course(
    plan: Plan,
    policy: Policy,
    count: int,
    clinic_days: ClinicDays | None = None,
    moved: Mapping[int, dt.date] | None = None,
) -> Course:
    """``count`` sessions (1–6) of ``plan``'s next treatment. ``moved`` maps a session number (2 to
    ``count``: session 1 is the proposed date) to a day chosen by hand, after the session before it;
    the sessions after it follow from it. A session placed by the policy skips a planned treatment's
    gap (it goes to the first open day that leaves every planned treatment its wait)."""
    spacing = policy.course_for(plan.target)
    if spacing is None:
        raise CourseError(f"the policy gives no course spacing for {plan.target}")
    if not 1 <= count <= MAX_SESSIONS:
        raise CourseError(f"a course has 1 to {MAX_SESSIONS} sessions, not {count}")
    moved = moved or {}
    if outside := sorted(n for n in moved if not 2 <= n <= count):
        can = {1: "none can", 2: "only session 2 can"}.get(count, f"sessions 2 to {count} can")
        raise CourseError(f"there is no session {outside[0]} to move in a course of {count} ({can} be moved)")
    sessions: list[Session] = []
    first = plan.first_visit  # a kept appointment, else the first bookable day
    if first is None:  # the clinic opens on no day in the next year: no session can be placed
        return Course(spacing, ())
    for number in range(1, count + 1):
        after_planned: PlannedReason | None = None
        if number == 1:
            earliest, typical_by, auto = plan.booking_starts, None, first
        else:
            before = sessions[-1].date
            earliest = spacing.minimum.after(before)
            typical_by = spacing.typical.after(before) if spacing.typical else None
            found, after_planned = None, None
            if (found := _open_from(earliest, clinic_days)) is not None:
                found, after_planned = clear_of_planned(plan, found, clinic_days)
            if number not in moved and (found is None or found > latest_appointment(plan.today)):
                break  # no open day, or past the last day an appointment can be: not planned
            auto = found or earliest
            if number in moved and moved[number] <= before:
                raise CourseError(
                    f"session {number} must come after session {number - 1} ({before.isoformat()}); "
                    f"choose a later day",
                    number,
                    before,
                )
        day = moved.get(number, auto)
        is_moved = number in moved
        sessions.append(
            Session(
                number=number,
                date=day,
                earliest=earliest,
                typical_by=typical_by,
                moved=is_moved,
                in_ideal_window=_in_window(plan, day),
                closed_past_typical=(
                    not is_moved and after_planned is None and typical_by is not None and day > typical_by
                ),
                conflict=plan.blocking(day),
                kept=number == 1 and not is_moved and plan.proposed == day == plan.first_visit,
                instead_of=(
                    plan.proposed
                    if number == 1
                    and not is_moved
                    and plan.verdict is Verdict.CLOSED
                    and day == plan.next_open
                    else None
                ),
                closed=is_moved and clinic_days is not None and not clinic_days.is_open(day),
                after_planned=None if number == 1 or is_moved else after_planned,
                fits_from=auto if is_moved else None,
            )
        )
    unsigned = spacing.applies_to in policy.courses_from_default
    course = Course(spacing, tuple(sessions), unsigned=unsigned)
    return _with_toxin(course, plan, policy, clinic_days)


def with_course(
    plan: Plan,
    policy: Policy,
    count: int,
    clinic_days: ClinicDays | None = None,
    moved: Mapping[int, dt.date] | None = None,
) -> Plan:
    """``plan`` carrying its course of ``count`` sessions, for every screen and paper to show; the plan
    itself when ``count`` is 1 or the next treatment has no course spacing."""
    if count <= 1 or policy.course_for(plan.target) is None:
        return plan
    return plan._replace(course=make_course(plan, policy, count, clinic_days, moved))


def _open_from(day: dt.date, days: ClinicDays | None) -> dt.date | None:
    return day if days is None else days.open_from(day)


def _in_window(plan: Plan, day: dt.date) -> bool | None:
    if not plan.has_ideal_window or plan.earliest is None or plan.ideal_until is None:
        return None
    return plan.earliest <= day <= plan.ideal_until


def _latest_toxin(plan: Plan) -> Reason | None:
    """The most recent treatment on file whose effect sets an ideal window (a toxin)."""
    toxins = [r for r in plan.reasons if r.rule.ideal_until is not None]
    return max(toxins, key=lambda r: r.last, default=None)


def _with_toxin(course: Course, plan: Plan, policy: Policy, days: ClinicDays | None) -> Course:
    last, toxin = course.last, _latest_toxin(plan)
    if last is None or toxin is None:
        return course
    product = toxin.product
    if not (policy.covers(plan.target, product.id) and policy.covers(product.id, product.id)):
        return course
    after_course_rule = policy.rule_for(plan.target, product.id)
    after_toxin_rule = policy.rule_for(product.id, product.id)
    after_course = (after_course_rule.recommended or after_course_rule.earliest).after(last.date)
    after_toxin = (after_toxin_rule.recommended or after_toxin_rule.earliest).after(toxin.last)
    found = _open_from(max(after_course, after_toxin), days)
    next_toxin = None
    if found is not None and found <= latest_appointment(plan.today):
        next_toxin = NextToxin(product, found, after_course, after_toxin, after_course_rule, after_toxin_rule)
    wears_off, between = None, None
    if plan.effect_ends is not None and plan.effect_ends < last.date and len(course.sessions) > 1:
        wears_off = plan.effect_ends
        between = (after_course_rule.recommended or after_course_rule.earliest, toxin.rule.earliest)
    return course._replace(next_toxin=next_toxin, wears_off=wears_off, between=between)
