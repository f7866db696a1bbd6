"""``make_plan``: from a history, a policy and today, the dates and verdict every screen renders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from gui.core.clinic_days import ClinicDays
from gui.core.dates import Precision, format_day_month
from gui.core.durations import Duration
from gui.core.history import HistoryError, Treatment
from gui.core.limits import EARLIEST_TREATMENT, FIRST_TODAY, LAST_TODAY, latest_appointment, today_in_range
from gui.core.policy import TARGETS, WEAK_EVIDENCE, Policy, Product, Rule, ScreeningItem
from gui.core.stages import Stage

if TYPE_CHECKING:
    from gui.core.course import Course


class Verdict(Enum):
    TOO_EARLY = "too-early"
    # Within policy, but before the date the clinic prefers (a rule's ``recommended``): ask first.
    BEFORE_RECOMMENDED = "before-recommended"
    IDEAL = "ideal"
    LATE = "late"
    CLEAR = "clear"
    CLOSED = "closed"  # not too early, but the clinic is closed on the judged date: not bookable
    CONFLICTS_WITH_PLANNED = "conflicts-with-planned"  # allowed, but too late for a planned treatment


class Closed(Enum):
    """Why the bookable date is later than the day the search began (the earliest date, or today)."""

    OPEN = "open"  # it is not: that day is open
    WEEKDAY = "weekday"  # the clinic does not open on that weekday
    CLOSURE = "closure"  # that day is one of the clinic's closure dates (a holiday)


_DAY = dt.timedelta(days=1)


class NoteKind(Enum):
    LIMITED_EVIDENCE = "limited-evidence"
    APPROXIMATE = "approximate"
    NO_IDEAL_WINDOW = "no-ideal-window"
    CLINIC_CLOSED = "clinic-closed"


class Note(NamedTuple):
    """One caveat of a plan, as values: :func:`gui.core.plan_words.note_text` says it in a language."""

    kind: NoteKind
    products: tuple[Product, ...] = ()  # the products it names
    levels: tuple[str, ...] = ()  # evidence levels (LIMITED_EVIDENCE)
    days: tuple[dt.date, ...] = ()  # the dates it names, in the order the sentence says them
    treatment: Treatment | None = None  # the treatment whose date is approximate (APPROXIMATE)
    injection_next: bool = False  # the next treatment is a toxin or a filler (LIMITED_EVIDENCE's words)


class Reason(NamedTuple):
    """Why one prior treatment moves the dates: its span, its own dates, and the rule behind them."""

    treatment: Treatment
    product: Product
    first: dt.date
    last: dt.date
    earliest: dt.date
    ideal_until: dt.date | None
    effect_ends: dt.date | None
    rule: Rule
    sets_earliest: bool
    # The day the clinic prefers, counted like ``earliest`` with the rule's ``recommended`` wait; the
    # earliest itself when the rule prefers no longer wait.
    recommended: dt.date | None = None
    # The next treatment when it is a product (a toxin or a filler), for the rule's words.
    target_product: Product | None = None
    # The rule comes from the shipped default: the clinic's policy was signed before it covered this pair.
    unsigned: bool = False

    @property
    def basis(self) -> str:
        return self.rule.basis

    @property
    def evidence(self) -> str:
        return self.rule.evidence

    @property
    def sources(self) -> tuple[str, ...]:
        return self.rule.sources


class PlannedReason(NamedTuple):
    """A planned treatment and what it asks of the next one: the next treatment must be on or before
    ``latest`` (the planned day less the rule from the next treatment to it), or, after the planned one,
    on or after ``resumes`` (the planned day plus the rule from it to the next treatment; None when the
    policy has no such rule). The days between are its ``gap``. The planned day is itself checked
    against the history: ``allowed_from`` is the first day the rules allow it (None when no prior
    treatment binds it), set by ``allowed_after``."""

    treatment: Treatment
    product: Product
    rule: Rule  # the next treatment → this planned one
    latest: dt.date
    allowed_from: dt.date | None = None
    allowed_after: Treatment | None = None
    sets_latest: bool = False
    resumes: dt.date | None = None
    after_rule: Rule | None = None  # this planned one → the next treatment
    # The first day from ``resumes`` the clinic is open: the day to suggest (``resumes`` may be closed).
    resumes_open: dt.date | None = None
    # The last day that leaves the planned one the wait the clinic prefers (the rule's ``recommended``,
    # longer than its ``earliest``); the days after it up to ``latest`` are within policy, but the
    # practitioner is asked first. None: the rule prefers no longer wait.
    latest_recommended: dt.date | None = None

    def closer_than_recommended(self, day: dt.date) -> bool:
        """``day`` is allowed before this planned one, but nearer to it than the clinic prefers."""
        preferred = self.latest_recommended
        return preferred is not None and preferred < day <= self.latest and day < self.treatment.on

    @property
    def gap(self) -> tuple[dt.date, dt.date | None] | None:
        """(first, last or None when open-ended) days the next treatment cannot be on because of this
        planned one; None when its waits leave no such day (toxin and filler: the same day either way)."""
        first = self.latest + _DAY
        if self.resumes is not None and self.resumes <= first:
            return None
        return first, (self.resumes - _DAY if self.resumes is not None else None)

    def blocks(self, day: dt.date) -> bool:
        gap = self.gap
        return gap is not None and gap[0] <= day and (gap[1] is None or day <= gap[1])

    @property
    def too_soon(self) -> bool:
        """The planned day is earlier than the policy allows after the treatments on file."""
        return self.allowed_from is not None and self.treatment.on < self.allowed_from


class PolicyInfo(NamedTuple):
    """Which policy a plan was made under, as the Why panel and the handout name it."""

    name: str
    version: str
    reviewed: dt.date
    next_review: dt.date
    approved_by: str | None
    approved_on: dt.date | None = None
    name_es: str = ""
    fingerprint: str = ""  # the approval's, in full; '' when unsigned or signed by an older version


class Plan(NamedTuple):
    """Every date and verdict the app shows for one set of entries: made once, rendered by the window, the
    handout and the command line alike."""

    today: dt.date
    target: str
    proposed: dt.date | None
    date: dt.date  # the judged date: proposed, or today
    verdict: Verdict
    earliest: dt.date | None
    ideal_until: dt.date | None
    effect_ends: dt.date | None
    days_to_wait: int
    reasons: tuple[Reason, ...]
    notes: tuple[Note, ...]
    policy: PolicyInfo
    # The big date: the first day on or after ``earliest``, on or after today, that the clinic is
    # open (None only when it opens on no day in the next year). ``earliest`` stays the policy's date.
    bookable: dt.date | None = None
    closed_start: Closed = Closed.OPEN  # why ``bookable`` is later than max(earliest, today)
    # With a CLOSED verdict, the first open day after the judged date (None if none in the next year).
    next_open: dt.date | None = None
    # The next treatment when it is a product (a toxin or a filler), for its name; None for needling.
    target_product: Product | None = None
    # The last day the next treatment may be so that every planned treatment keeps its wait after it
    # (None without planned treatments), and the planned treatments behind it.
    latest: dt.date | None = None
    planned: tuple[PlannedReason, ...] = ()
    # The first day the clinic prefers (never before ``earliest``; equal to it unless a rule says a
    # longer wait is preferred); None without prior treatments.
    recommended: dt.date | None = None
    # The planned treatment the big date comes after: the open days from the earliest up to it would
    # not leave it its wait, so ``bookable`` is the first day after its gap (None: not moved).
    after_planned: PlannedReason | None = None
    # The course of sessions asked for (``gui.core.course.with_course``); None: one appointment.
    course: Course | None = None
    # The screening questions answered yes at the desk (``gui.core.screening.with_screening``), in the
    # policy's order; ``screening_unsigned``: the questions come from the shipped default.
    screening: tuple[ScreeningItem, ...] = ()
    screening_unsigned: bool = False

    @property
    def screening_effect(self) -> str:
        """The strongest effect of the answers: 'none', 'ask-first' or 'not-today'."""
        return max(self.screening, key=lambda item: item.strength).effect if self.screening else "none"

    @property
    def prefers_later(self) -> bool:
        """A rule prefers a longer wait than the policy's minimum: the recommended date is later."""
        return self.recommended is not None and self.earliest is not None and self.recommended > self.earliest

    @property
    def first_visit(self) -> dt.date | None:
        """The day the next treatment is planned for: a proposed date the verdict lets the patient keep,
        the next open day after a proposed date the clinic is closed on (what the verdict says to move
        it to), else the first bookable day (None when there is none)."""
        kept = (Verdict.IDEAL, Verdict.LATE, Verdict.CLEAR, Verdict.BEFORE_RECOMMENDED)
        if self.proposed is not None and self.verdict in kept:
            return self.proposed
        if self.proposed is not None and self.verdict is Verdict.CLOSED and self.next_open is not None:
            return self.next_open
        return self.bookable

    @property
    def booking_starts(self) -> dt.date:
        """Where the search for the bookable day begins: the earliest date, or today once it has passed."""
        return max(self.earliest, self.today) if self.earliest else self.today

    @property
    def earliest_has_passed(self) -> bool:
        return self.earliest is not None and self.earliest < self.today

    @property
    def earliest_is_closed(self) -> bool:
        """The policy's earliest date is still to come and the clinic is closed that day: ``bookable``
        is a later open day (or None when none opens within a year)."""
        return (
            self.earliest is not None
            and not self.earliest_has_passed
            and self.bookable != self.earliest
            and self.closed_start is not Closed.OPEN
        )

    @property
    def no_day_fits(self) -> bool:
        """A planned treatment needs more time after this one than is left before it: ``latest`` falls
        before the first day this one could be (which is then after that planned one, if any day is)."""
        return self.latest is not None and (self.bookable is None or self.latest < self.bookable)

    @property
    def blocked_before(self) -> tuple[PlannedReason, ...]:
        """The planned treatments that leave no day before the big date: the ones to move, or to follow."""
        return tuple(
            p
            for p in self.planned
            if p.gap is not None and (self.bookable is None or p.latest < self.bookable)
        )

    @property
    def too_early_because(self) -> tuple[Reason, ...]:
        """The treatments whose wait has not ended on the judged date: what makes it too early."""
        if self.verdict is not Verdict.TOO_EARLY:
            return ()
        return tuple(r for r in self.reasons if r.earliest > self.date)

    @property
    def has_ideal_window(self) -> bool:
        return (
            self.earliest is not None and self.ideal_until is not None and self.ideal_until >= self.earliest
        )

    def stage_on(self, day: dt.date) -> Stage:
        """The stage of any calendar day under this plan; the verdict is this stage, coarsened."""
        stage = stage_of(day, self.earliest, self.ideal_until, self.effect_ends, self.recommended)
        if stage is not Stage.TOO_EARLY and self.blocking(day) is not None:
            return Stage.CONFLICTS_WITH_PLANNED
        if self.planned and stage in _ALLOWED_STAGES and self.crowding(day) is not None:
            return Stage.BEFORE_RECOMMENDED  # allowed before a planned one, but nearer than preferred
        return stage

    def blocking(self, day: dt.date) -> PlannedReason | None:
        """The planned treatment whose wait ``day`` would not leave (the first one planned), or None."""
        return next((p for p in self.planned if p.blocks(day)), None)

    def crowding(self, day: dt.date) -> PlannedReason | None:
        """The planned treatment ``day`` is allowed before but nearer to than the clinic prefers (the
        first one planned), or None."""
        return next((p for p in self.planned if p.closer_than_recommended(day)), None)

    def verdict_on(self, day: dt.date) -> Verdict:
        return _VERDICT_OF_STAGE[self.stage_on(day)]


def stage_spans(plan: Plan) -> tuple[tuple[Stage, dt.date, dt.date | None], ...]:
    """(stage, first day, last day or None when open-ended) from the first treatment onwards."""
    if (not plan.reasons or plan.earliest is None) and not plan.planned:
        return ()
    start = min((r.first for r in plan.reasons), default=plan.today)
    cuts = {d for d in (plan.earliest, plan.recommended) if d is not None}
    cuts |= {d + _DAY for d in (plan.ideal_until, plan.effect_ends) if d is not None}
    for gap in (p.gap for p in plan.planned):
        if gap is not None:
            cuts |= {gap[0], *([gap[1] + _DAY] if gap[1] is not None else [])}
    cuts |= {p.latest_recommended + _DAY for p in plan.planned if p.latest_recommended is not None}
    spans: list[tuple[Stage, dt.date, dt.date | None]] = []
    begins = [start, *sorted(c for c in cuts if c > start)]
    for begin, end in zip(begins, [*begins[1:], None], strict=True):
        stage, last = plan.stage_on(begin), (end - _DAY if end else None)
        if spans and spans[-1][0] is stage:
            spans[-1] = (stage, spans[-1][1], last)
        else:
            spans.append((stage, begin, last))
    return tuple(spans)


def stage_of(
    day: dt.date,
    earliest: dt.date | None,
    ideal_until: dt.date | None,
    effect_ends: dt.date | None,
    recommended: dt.date | None = None,
) -> Stage:
    if earliest is None:
        return Stage.CLEAR
    if day < earliest:
        return Stage.TOO_EARLY
    if recommended is not None and day < recommended:
        return Stage.BEFORE_RECOMMENDED
    if ideal_until is None:
        return Stage.CLEAR
    if day <= ideal_until:
        return Stage.IDEAL
    if effect_ends is not None and day <= effect_ends:
        return Stage.WANING
    return Stage.WORN_OFF


_VERDICT_OF_STAGE = {
    Stage.TOO_EARLY: Verdict.TOO_EARLY,
    Stage.BEFORE_RECOMMENDED: Verdict.BEFORE_RECOMMENDED,
    Stage.CONFLICTS_WITH_PLANNED: Verdict.CONFLICTS_WITH_PLANNED,
    Stage.IDEAL: Verdict.IDEAL,
    Stage.WANING: Verdict.LATE,
    Stage.WORN_OFF: Verdict.LATE,
    Stage.CLEAR: Verdict.CLEAR,
}
# The stages a day nearer to a planned treatment than its rule prefers turns into "ask first".
_ALLOWED_STAGES = frozenset({Stage.IDEAL, Stage.WANING, Stage.WORN_OFF, Stage.CLEAR})
_ALLOWED = frozenset(_VERDICT_OF_STAGE[stage] for stage in _ALLOWED_STAGES)  # verdicts a crowding day lowers


def _check_in_range(today: dt.date, proposed: dt.date | None) -> None:
    """Refuse a today or a proposed date outside the span the app reasons about (``limits``), before
    any arithmetic; each treatment is checked where its reason is made (``Treatment.span_until``)."""
    if not today_in_range(today):
        raise HistoryError(
            f"today ({format_day_month(today)}) must be from {format_day_month(FIRST_TODAY)} "
            f"to {format_day_month(LAST_TODAY)}"
        )
    if proposed is not None and not EARLIEST_TREATMENT <= proposed <= latest_appointment(today):
        raise HistoryError(
            f"the proposed date ({format_day_month(proposed)}) must be before "
            f"{format_day_month(latest_appointment(today))}, 5 years from today"
        )


def make_plan(
    history: Iterable[Treatment],
    policy: Policy,
    today: dt.date,
    target: str = "microneedling",
    proposed: dt.date | None = None,
    clinic_days: ClinicDays | None = None,
    planned: Iterable[Treatment] = (),
) -> Plan:
    """Compute the plan. Raises ``HistoryError`` for a date outside the span the app reasons about
    (a future or pre-1990 treatment, a ``today`` outside 2000–2099, a proposed date over 5 years
    ahead, a planned treatment before today), ``ValueError`` for a bad target. ``planned`` are
    treatments already booked after the next one: they bound it from the other side (``latest``)."""
    return Planner(policy).plan(history, today, target, proposed, clinic_days, planned)


def last_day_before(wait: Duration, day: dt.date) -> dt.date:
    """The last day ``d`` with ``wait.after(d) <= day``: the latest a treatment may be so that ``wait``
    has passed by ``day`` (calendar months counted as ``Duration.after`` counts them)."""
    guess = day - wait.delta()
    while wait.after(guess) > day:
        guess -= _DAY
    while wait.after(guess + _DAY) <= day:
        guess += _DAY
    return guess


def _with_planned(
    plan: Plan,
    policy: Policy,
    history: tuple[Treatment, ...],
    planned: tuple[Treatment, ...],
    clinic_days: ClinicDays | None,
) -> Plan:
    """The plan bounded by planned treatments: ``latest`` (the last day before every planned one that
    leaves it its wait; None when none needs one), each planned one checked against the history, and
    the verdict CONFLICTS_WITH_PLANNED for a judged date in a planned one's gap."""
    found = [_planned_reason(p, policy, plan.target, history, plan.today) for p in planned]
    latest = min((p.latest for p in found if p.gap is not None), default=None)
    found = [
        p._replace(
            sets_latest=p.gap is not None and p.latest == latest,
            resumes_open=_open_on_or_after(p.resumes, clinic_days),
        )
        for p in found
    ]
    plan = plan._replace(latest=latest, planned=tuple(found))
    plan = _bookable_around_planned(plan, clinic_days)
    if plan.verdict is not Verdict.TOO_EARLY and plan.blocking(plan.date) is not None:
        return plan._replace(verdict=Verdict.CONFLICTS_WITH_PLANNED, next_open=None)
    if plan.verdict in _ALLOWED and plan.crowding(plan.date) is not None:
        # As after a past treatment: within policy but short of the preferred wait, so ask first.
        return plan._replace(verdict=Verdict.BEFORE_RECOMMENDED)
    return plan


def _open_on_or_after(day: dt.date | None, days: ClinicDays | None) -> dt.date | None:
    if day is None or days is None:
        return day
    return days.open_from(day)


def _bookable_around_planned(plan: Plan, days: ClinicDays | None) -> Plan:
    """The big date moved past every planned treatment's gap it falls in."""
    if plan.bookable is None:
        return plan
    day, after = clear_of_planned(plan, plan.bookable, days)
    if after is None:
        return plan
    return plan._replace(bookable=day, after_planned=after)


def clear_of_planned(
    plan: Plan, day: dt.date, days: ClinicDays | None
) -> tuple[dt.date | None, PlannedReason | None]:
    """The first open day from ``day`` that keeps every planned treatment's wait (None when a gap never
    ends), and the last planned treatment it had to go past (None: ``day`` itself keeps them all)."""
    found: dt.date | None = day
    after = None
    while found is not None and (blocking := plan.blocking(found)) is not None:
        gap = blocking.gap
        assert gap is not None
        after = blocking
        if gap[1] is None:
            return None, after
        resume = gap[1] + _DAY
        found = resume if days is None else days.open_from(resume)
    return found, after


def _planned_reason(
    planned: Treatment, policy: Policy, target: str, history: tuple[Treatment, ...], today: dt.date
) -> PlannedReason:
    if planned.precision is not Precision.EXACT or planned.on < today:
        raise HistoryError(
            f"a planned treatment is one day from today on, not {format_day_month(planned.on)}"
        )
    product = policy.product(planned.product_id)
    if not policy.covers(target, product.id):
        raise HistoryError(f"the policy has no rule for {product.name} after {target}")
    rule = policy.rule_for(target, product.id)
    allowed_from, allowed_after = None, None
    for prior in history:
        if not policy.covers(prior.product_id, product.id):
            continue
        day = policy.rule_for(prior.product_id, product.id).earliest.after(prior.span_until(today)[1])
        if allowed_from is None or day > allowed_from:
            allowed_from, allowed_after = day, prior
    latest = last_day_before(rule.earliest, planned.on)
    after_rule = policy.rule_for(product.id, target) if policy.covers(product.id, target) else None
    resumes = after_rule.earliest.after(planned.on) if after_rule is not None else None
    preferred = last_day_before(rule.recommended, planned.on) if rule.recommended is not None else None
    return PlannedReason(
        planned,
        product,
        rule,
        latest,
        allowed_from,
        allowed_after,
        False,
        resumes,
        after_rule,
        latest_recommended=preferred if preferred is not None and preferred < latest else None,
    )


def _plan(
    reasons: list[Reason],
    policy: Policy,
    today: dt.date,
    target: str,
    proposed: dt.date | None,
    clinic_days: ClinicDays | None,
) -> Plan:
    earliest = max((r.earliest for r in reasons), default=None)
    ideal_until = max((r.ideal_until for r in reasons if r.ideal_until), default=None)
    effect_ends = max((r.effect_ends for r in reasons if r.effect_ends), default=None)
    recommended = max((r.recommended or r.earliest for r in reasons), default=None)
    reasons = [r._replace(sets_earliest=r.earliest == earliest) for r in reasons]
    judged = proposed or today
    verdict = _VERDICT_OF_STAGE[stage_of(judged, earliest, ideal_until, effect_ends, recommended)]
    next_open = None
    if verdict is not Verdict.TOO_EARLY and clinic_days is not None and not clinic_days.is_open(judged):
        verdict, next_open = Verdict.CLOSED, clinic_days.first_open_day(judged)
    return Plan(
        target_product=None if target in TARGETS else policy.products[target],
        today=today,
        target=target,
        proposed=proposed,
        date=judged,
        verdict=verdict,
        earliest=earliest,
        recommended=recommended,
        ideal_until=ideal_until,
        effect_ends=effect_ends,
        days_to_wait=(earliest - judged).days if earliest and verdict is Verdict.TOO_EARLY else 0,
        reasons=tuple(reasons),
        notes=tuple(_notes(reasons, earliest, ideal_until, target) + _closed_notes(judged, clinic_days)),
        policy=PolicyInfo(
            policy.name,
            policy.version,
            policy.reviewed,
            policy.next_review,
            policy.approved_by,
            policy.approved_on,
            policy.name_es,
            policy.fingerprint,
        ),
        **_bookable(max(earliest, today) if earliest else today, clinic_days),
        next_open=next_open,
    )


def _bookable(start: dt.date, days: ClinicDays | None) -> dict[str, Any]:
    """The first open day on or after ``start``, and why it is not ``start`` itself."""
    if days is None or days.is_open(start):
        return {"bookable": start, "closed_start": Closed.OPEN}
    closed = Closed.WEEKDAY if start.weekday() not in days.open_weekdays else Closed.CLOSURE
    return {"bookable": days.first_open_day(start), "closed_start": closed}


def _closed_notes(judged: dt.date, days: ClinicDays | None) -> list[Note]:
    if days is None or days.is_open(judged):
        return []
    return [Note(NoteKind.CLINIC_CLOSED, days=(judged,))]


def _after(duration: Duration | None, start: dt.date) -> dt.date | None:
    return duration.after(start) if duration is not None else None


class Planner:
    """:func:`make_plan` under one policy, remembering each treatment's reason between edits: an edit
    changes one row and keeps the others. The window owns one and makes a new one with a new policy;
    nothing is remembered anywhere else (the core keeps no module-level state)."""

    MAX_REMEMBERED = 512  # a desk open for weeks forgets, and starts again

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._reasons: dict[tuple[Treatment, dt.date, str], Reason] = {}

    def plan(
        self,
        history: Iterable[Treatment],
        today: dt.date,
        target: str = "microneedling",
        proposed: dt.date | None = None,
        clinic_days: ClinicDays | None = None,
        planned: Iterable[Treatment] = (),
    ) -> Plan:
        """The same plan as ``make_plan(history, self.policy, …)``, faster when little changed."""
        if target not in self.policy.next_treatments:
            known = ", ".join(self.policy.next_treatments)
            raise ValueError(f"unknown next treatment {target!r}; use one of: {known}")
        _check_in_range(today, proposed)
        history = tuple(history)
        reasons = [self._reason(t, today, target) for t in history]
        plan = _plan(reasons, self.policy, today, target, proposed, clinic_days)
        planned = tuple(planned)
        if not planned:
            return plan
        return _with_planned(plan, self.policy, history, planned, clinic_days)

    def _reason(self, treatment: Treatment, today: dt.date, target: str) -> Reason:
        if len(self._reasons) >= self.MAX_REMEMBERED:
            self._reasons.clear()
        key = (treatment, today, target)
        reason = self._reasons.get(key)
        if reason is None:
            reason = self._reasons[key] = _reason(treatment, self.policy, today, target)
        return reason


def _reason(treatment: Treatment, policy: Policy, today: dt.date, target: str) -> Reason:
    product = policy.product(treatment.product_id)
    rule = policy.rule_for(product.id, target)
    first, last = treatment.span_until(today)
    earliest = rule.earliest.after(last)
    return Reason(
        treatment=treatment,
        product=product,
        first=first,
        last=last,
        earliest=earliest,
        recommended=max(earliest, rule.recommended.after(last)) if rule.recommended else earliest,
        ideal_until=_after(rule.ideal_until, first),
        effect_ends=_after(rule.effect_ends, first),
        rule=rule,
        sets_earliest=False,
        target_product=None if target in TARGETS else policy.products[target],
        unsigned=(rule.applies_to, rule.target) in policy.from_default,
    )


def _notes(
    reasons: list[Reason], earliest: dt.date | None, ideal_until: dt.date | None, target: str
) -> list[Note]:
    notes = []
    if reasons:
        weak_reasons = [r for r in reasons if r.rule.evidence in WEAK_EVIDENCE]
        weak = tuple(sorted({r.product for r in weak_reasons}, key=lambda p: p.name))
        levels = tuple(sorted({r.rule.evidence for r in weak_reasons}))
        mirror = target not in TARGETS
        notes.append(Note(NoteKind.LIMITED_EVIDENCE, products=weak, levels=levels, injection_next=mirror))
    for r in reasons:
        if r.treatment.precision is not Precision.EXACT:
            # Its wait from the latest possible day; its window, if it has one, from the first.
            days = (r.last, r.first) if r.ideal_until is not None else (r.last,)
            notes.append(Note(NoteKind.APPROXIMATE, products=(r.product,), days=days, treatment=r.treatment))
    if earliest and ideal_until and earliest > ideal_until:
        setter = next(r for r in reasons if r.earliest == earliest)
        notes.append(Note(NoteKind.NO_IDEAL_WINDOW, products=(setter.product,), days=(earliest, ideal_until)))
    return notes
