"""A plan's sentences in English or Spanish: the verdict, the earliest date, the ideal window, the notes.

Pure Python, shared by the window's headline and the handout, so both say the same thing. Nothing here
says "safe": a date is "within clinic policy" ("dentro de la política de la clínica").
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from gui.core.catalog import N_, words
from gui.core.course_words import course_dates_text, course_warnings, next_toxin_text
from gui.core.dates import (
    Precision,
    count,
    format_day_month,
    format_long,
    format_medium,
    format_month,
    format_relative,
    format_span,
)
from gui.core.plan import Closed, Note, NoteKind, Plan, PlannedReason, Verdict, stage_spans
from gui.core.policy import Product
from gui.core.screening_words import effect_title, screening_line
from gui.core.stages import Stage
from gui.core.words import common as words_common

# "the clinic is closed on Sundays": each its own sentence, since languages say the plural differently.
CLOSED_ON_WEEKDAYS = (
    N_("the clinic is closed on Mondays"),
    N_("the clinic is closed on Tuesdays"),
    N_("the clinic is closed on Wednesdays"),
    N_("the clinic is closed on Thursdays"),
    N_("the clinic is closed on Fridays"),
    N_("the clinic is closed on Saturdays"),
    N_("the clinic is closed on Sundays"),
)


class VerdictText(NamedTuple):
    """A verdict as said: its icon, its title and the sentence that explains it."""

    icon: str
    title: str
    detail: str


_TITLES = {
    "check": N_("Check the entries first"),
    "too-early": N_("Too early"),
    "before-recommended": N_("Within policy, before the recommended date"),
    "close-to-planned": N_("Within policy, close to a planned treatment"),
    "ideal": N_("Ideal"),
    "late": N_("Allowed, past the ideal window"),
    "none": N_("No wait applies"),
    "clear": N_("Within clinic policy"),
    "closed": N_("Clinic closed that day"),
    "conflicts-with-planned": N_("Does not fit a planned treatment"),
}


def _title(key: str, lang: str) -> str:
    return words(lang)(_TITLES[key])


def verdict_title(code: str, lang: str = "en") -> str:
    """A verdict's title by its ``plan --json`` code: 'Too early', 'Ideal', 'Within clinic policy'."""
    return _title(code, lang)


def _uncounted(uncounted: int, lang: str) -> VerdictText:
    detail = words(lang).ngettext(
        "{n} entry is not counted yet, so no verdict is given.",
        "{n} entries are not counted yet, so no verdict is given.",
        uncounted,
    )
    return VerdictText("⚠", _title("check", lang), detail)


def verdict_text(plan: Plan, lang: str = "en", uncounted: int = 0) -> VerdictText:
    """The verdict in words for the judged date; never says 'safe', always 'within clinic policy'.
    Screening answered yes keeps the date's verdict and adds its strongest effect ("Ideal window — but
    not today"), with the items that have it.

    While some entries are not counted, no verdict is given: a missing injection could only move
    the earliest date later, so a confident "ideal" would be premature.
    """
    if uncounted:
        return _uncounted(uncounted, lang)
    said = _date_verdict(plan, lang)
    if plan.screening:
        icon = "✖" if plan.screening_effect == "not-today" else ("◐" if said.icon == "✔" else said.icon)
        title = f"{said.title} — {effect_title(plan, lang)}"
        said = VerdictText(icon, title, f"{said.detail} {screening_line(plan, lang)}")
    if plan.course is not None and plan.course.broken:
        said = _course_does_not_fit(said, [s.number for s in plan.course.broken], lang)
    return said


def _course_does_not_fit(said: VerdictText, numbers: list[int], lang: str) -> VerdictText:
    """The date's verdict, and that the course cannot be booked as it stands: a session moved by hand
    is on a day no appointment can be. Never a green tick beside a session flagged red."""
    _ = words(lang)
    listed = ", ".join(str(number) for number in numbers)
    title = _.ngettext(
        "session {numbers} does not fit", "sessions {numbers} do not fit", len(numbers), numbers=listed
    )
    detail = _.ngettext(
        "The course cannot be booked as it stands: move session {numbers} to a day that fits.",
        "The course cannot be booked as it stands: move sessions {numbers} to days that fit.",
        len(numbers),
        numbers=listed,
    )
    return VerdictText("✖", f"{said.title} — {title}", f"{said.detail} {detail}")


def _date_verdict(plan: Plan, lang: str) -> VerdictText:
    _ = words(lang)
    when = _("proposed date") if plan.proposed else _("today")
    day = _("{day} ({when})", day=format_day_month(plan.date, lang), when=when)
    if plan.verdict is Verdict.TOO_EARLY and plan.earliest:
        detail = _(
            "{day} is {wait} before the earliest date, {earliest}.",
            day=day,
            wait=count(plan.days_to_wait, "day", lang),
            earliest=format_day_month(plan.earliest, lang),
        )
        if plan.bookable and plan.bookable != plan.earliest:  # the day to book, not a closed one
            detail += " " + _("First bookable day: {day}.", day=format_medium(plan.bookable, lang))
        return VerdictText("✖", _title("too-early", lang), detail)
    if plan.verdict is Verdict.CLOSED:
        return VerdictText("✖", _title("closed", lang), _closed_detail(plan, day, lang))
    if plan.verdict is Verdict.CONFLICTS_WITH_PLANNED:
        return VerdictText("✖", _title("conflicts-with-planned", lang), _planned_detail(plan, day, lang))
    if plan.verdict is Verdict.BEFORE_RECOMMENDED and (near := crowded_by(plan)) is not None:
        return VerdictText("◐", _title("close-to-planned", lang), _crowded_detail(plan, near, day, lang))
    if plan.verdict is Verdict.BEFORE_RECOMMENDED and plan.recommended:
        detail = _(
            "{day} is within clinic policy, but before {recommended}, the date the clinic recommends: "
            "ask the practitioner first.",
            day=day,
            recommended=format_day_month(plan.recommended, lang),
        )
        return VerdictText("◐", _title("before-recommended", lang), detail)
    if plan.verdict is Verdict.IDEAL:
        detail = _("{day} is within clinic policy and while the toxin still works.", day=day)
        return VerdictText("✔", _title("ideal", lang), detail)
    if plan.verdict is Verdict.LATE:
        return VerdictText("◐", _title("late", lang), _late_detail(plan, day, lang))
    if not plan.reasons:
        return VerdictText("✔", _title("none", lang), _("{day}: no prior treatments are entered.", day=day))
    return VerdictText("✔", _title("clear", lang), _("{day} is on or after the earliest date.", day=day))


def crowded_by(plan: Plan) -> PlannedReason | None:
    """The planned treatment that makes the judged date 'ask first', when it is not before the
    recommended date after a past one (that reason is said first)."""
    if plan.verdict is not Verdict.BEFORE_RECOMMENDED:
        return None
    if plan.recommended is not None and plan.date < plan.recommended:
        return None
    return plan.crowding(plan.date)


def _crowded_detail(plan: Plan, near: PlannedReason, day: str, lang: str) -> str:
    wait = near.rule.recommended
    assert wait is not None  # a planned one crowds a day only when its rule prefers a longer wait
    _ = words(lang)
    return _(
        "{day} is within clinic policy, but only {gap} before the {product} planned for {planned}, and "
        "the clinic prefers {wait}: ask the practitioner first.",
        day=day,
        gap=count((near.treatment.on - plan.date).days, "day", lang),
        product=words_common.name_of(near.product, lang),
        planned=format_day_month(near.treatment.on, lang),
        wait=words_common.duration_text(wait, lang),
    )


def _binding(plan: Plan) -> PlannedReason:
    return next(p for p in plan.planned if p.sets_latest)


def _planned_detail(plan: Plan, day: str, lang: str) -> str:
    binding, _ = plan.blocking(plan.date) or _binding(plan), words(lang)
    if plan.date >= binding.treatment.on and binding.resumes is not None and binding.after_rule is not None:
        return _(
            "{day} is too soon after the {product} planned for {planned}: it needs {wait} after it, so "
            "from {resumes}.",
            day=day,
            product=words_common.name_of(binding.product, lang),
            planned=format_day_month(binding.treatment.on, lang),
            wait=words_common.duration_text(binding.after_rule.earliest, lang),
            resumes=format_day_month(binding.resumes_open or binding.resumes, lang),
        )
    return _(
        "{day} is after {latest}, the last day that leaves {wait} before the {product} planned for "
        "{planned}.",
        day=day,
        latest=format_day_month(binding.latest, lang),
        wait=words_common.duration_text(binding.rule.earliest, lang),
        product=words_common.name_of(binding.product, lang),
        planned=format_day_month(binding.treatment.on, lang),
    )


def latest_text(plan: Plan, lang: str = "en") -> str:
    """The last day for the next treatment that keeps every planned treatment's wait, or, when no day
    fits before them, which planned treatments to move and to when, and the first day after them;
    empty when no planned treatment bounds the date."""
    if plan.latest is None:
        return ""
    _, target = words(lang), words_common.plan_target_name(plan, lang)
    if plan.no_day_fits:
        said = []
        for p in plan.blocked_before:
            move_to = p.rule.earliest.after(plan.booking_starts)  # never before its own earliest
            if p.allowed_from is not None:
                move_to = max(move_to, p.allowed_from)
            said.append(
                _(
                    "No day fits before the {product} planned for {planned}: it needs {wait} after the "
                    "{target}. Move it to {move_to} or later.",
                    product=words_common.name_of(p.product, lang),
                    planned=format_day_month(p.treatment.on, lang),
                    wait=words_common.duration_text(p.rule.earliest, lang),
                    target=target,
                    move_to=format_long(move_to, lang),
                )
            )
        if plan.bookable is not None:
            said.append(
                _(
                    "Or have the {target} after them: from {day}.",
                    target=target,
                    day=format_long(plan.bookable, lang),
                )
            )
        return " ".join(said)
    binding = _binding(plan)
    values = {
        "target": target,
        "product": words_common.name_of(binding.product, lang),
        "planned": format_day_month(binding.treatment.on, lang),
        "wait": words_common.duration_text(binding.rule.earliest, lang),
    }
    if binding.rule.earliest.is_zero:
        return _(
            "Latest date for {target}: {latest}, the day of the {product} planned then (the same day is "
            "allowed).",
            latest=format_long(plan.latest, lang),
            **values,
        )
    said_latest = _(
        "Latest date for {target}: {latest}, {wait} before the {product} planned for {planned}.",
        latest=format_long(plan.latest, lang),
        **values,
    )
    if binding.latest_recommended is not None and binding.rule.recommended is not None:
        preferred = words_common.duration_text(binding.rule.recommended, lang)
        if binding.latest_recommended < plan.today:
            said_latest += " " + _(
                "The clinic prefers {wait} before it, and that day has passed: ask the practitioner first.",
                wait=preferred,
            )
        else:
            said_latest += " " + _(
                "The clinic prefers {wait} before it: by {day}, else ask the practitioner first.",
                wait=preferred,
                day=format_long(binding.latest_recommended, lang),
            )
    if binding.resumes is not None:  # after the planned one, its own wait ends here
        after = _(
            "After the {product}, from {day}.",
            product=values["product"],
            day=format_long(binding.resumes_open or binding.resumes, lang),
        )
        said_latest += " " + after
    return said_latest


def planned_check_texts(plan: Plan, lang: str = "en") -> list[str]:
    """For each planned treatment that needs no wait either way, that it does not bound the date; for
    each that is earlier than the policy allows after the treatments on file, which, and its own
    earliest day."""
    _, said = words(lang), []
    for p in plan.planned:
        if p.gap is None:
            said.append(
                _(
                    "The {product} planned for {planned} needs no wait before or after the {target}.",
                    product=words_common.name_of(p.product, lang),
                    planned=format_day_month(p.treatment.on, lang),
                    target=words_common.plan_target_name(plan, lang),
                )
            )
        if not p.too_soon or p.allowed_after is None or p.allowed_from is None:
            continue
        said.append(
            _(
                "The {product} planned for {planned} is earlier than the policy allows after the "
                "{prior} of {prior_day}; its earliest is {allowed}.",
                product=words_common.name_of(p.product, lang),
                planned=format_day_month(p.treatment.on, lang),
                prior=words_common.treatment_name(_product_of(plan, p.allowed_after.product_id), lang),
                prior_day=format_day_month(p.allowed_after.on, lang),
                allowed=format_day_month(p.allowed_from, lang),
            )
        )
    return said


def _product_of(plan: Plan, product_id: str) -> Product:
    return next(r.product for r in plan.reasons if r.product.id == product_id)


def _closed_detail(plan: Plan, day: str, lang: str) -> str:
    _ = words(lang)
    if plan.next_open is None:
        return _("{day}: the clinic is closed that day; it opens on no day in the next year.", day=day)
    return _(
        "{day}: the clinic is closed that day; the next open day is {next_open}.",
        day=day,
        next_open=format_medium(plan.next_open, lang),
    )


def _late_detail(plan: Plan, day: str, lang: str) -> str:
    _ = words(lang)
    if plan.stage_on(plan.date) is Stage.WANING:
        return _(
            "{day} is within clinic policy, but the toxin is wearing off, so the combined benefit is "
            "smaller.",
            day=day,
        )
    return _(
        "{day} is within clinic policy, but the toxin has likely worn off, so the combined benefit is "
        "smaller.",
        day=day,
    )


def earliest_text(plan: Plan, lang: str = "en") -> str:
    """The big date, always a day the patient can book (open, on or after today and the earliest date):
    'Earliest date for microneedling: Tuesday 8 December 2026 — in 2 weeks'; 'First bookable date for
    microneedling: Monday 14 December 2026 — in 9 days' when the clinic is closed on the earliest date;
    'Any open day from today: Monday 7 December 2026 — in 2 days' once the earliest date has passed."""
    _, target = words(lang), words_common.plan_target_name(plan, lang)
    if plan.earliest is None and plan.after_planned is None:
        return _("No prior injections entered: no wait before {target}.", target=target)
    if plan.bookable is None and plan.after_planned is not None:
        return _("No day fits the planned treatments: see below which to move.")
    if plan.bookable is None:
        return _("The clinic opens on no day in the next year: check the opening days in Settings.")
    when = f"{format_long(plan.bookable, lang)} — {format_relative(plan.bookable, plan.today, lang)}"
    if plan.earliest_has_passed and plan.after_planned is None and plan.screening_effect == "not-today":
        return _("By timing alone, any open day from today: {when}", when=when)  # the answers: not today
    if plan.earliest_has_passed and plan.after_planned is None and plan.screening_effect == "ask-first":
        return _("If the practitioner agrees, any open day from today: {when}", when=when)
    if plan.earliest_has_passed and plan.after_planned is None:
        return _("Any open day from today: {when}", when=when)
    if plan.bookable != plan.earliest:
        return _("First bookable date for {target}: {when}", target=target, when=when)
    return _("Earliest date for {target}: {when}", target=target, when=when)


def bookable_reason(plan: Plan, lang: str = "en") -> str:
    """Why the big date is not the policy's earliest date, in one line; empty when it is.

    'Policy earliest: Sun 13 Dec 2026; the clinic is closed on Sundays.'
    'Policy earliest: Tue 4 Aug 2026 (4 months ago); the clinic is closed today.'
    """
    _ = words(lang)
    if plan.earliest is None:
        if plan.after_planned is not None and plan.bookable is not None:
            return _(
                "The days before {bookable} do not leave the {product} planned for {planned} its wait.",
                bookable=format_medium(plan.bookable, lang),
                product=words_common.name_of(plan.after_planned.product, lang),
                planned=format_day_month(plan.after_planned.treatment.on, lang),
            )
        if plan.bookable == plan.today:
            return ""
        if plan.bookable is None:
            return words_common.no_open_day_text(lang)
        return _("First open day: {day}.", day=format_long(plan.bookable, lang))
    if plan.bookable == plan.earliest:
        return ""
    said = format_medium(plan.earliest, lang)
    if plan.after_planned is not None:
        return _(
            "Policy earliest: {day}; the days before {bookable} do not leave the {product} planned for "
            "{planned} its wait.",
            day=said,
            bookable=format_medium(plan.bookable, lang) if plan.bookable else said,
            product=words_common.name_of(plan.after_planned.product, lang),
            planned=format_day_month(plan.after_planned.treatment.on, lang),
        )
    if plan.earliest_has_passed:
        said += f" ({format_relative(plan.earliest, plan.today, lang)})"
    closed = _closed_words(plan, lang)
    if closed:
        return _("Policy earliest: {day}; {closed}.", day=said, closed=closed)
    return _("Policy earliest: {day}.", day=said)


def first_open_text(plan: Plan, lang: str = "en") -> str:
    """When the policy's earliest date is a day the clinic is closed, the day to book instead, in one
    sentence; empty otherwise. 'The clinic is closed on Wednesdays, so the first day to book is …'."""
    bookable = plan.bookable
    if not plan.earliest_is_closed or bookable is None:
        return ""
    _, closed = words(lang), _closed_words(plan, lang)
    return _(
        "{closed}, so the first day you can book is {day}.",
        closed=closed[:1].upper() + closed[1:],
        day=format_long(bookable, lang),
    )


def _closed_words(plan: Plan, lang: str) -> str:
    _, start = words(lang), plan.booking_starts
    if plan.closed_start is Closed.OPEN:
        return ""
    if start == plan.today:
        return _("the clinic is closed today")
    if plan.closed_start is Closed.CLOSURE:
        return _("the clinic is closed that day")
    return _(CLOSED_ON_WEEKDAYS[start.weekday()])


def recommended_text(plan: Plan, lang: str = "en") -> str:
    """The date the clinic prefers, in one line, when a rule prefers a longer wait than the minimum
    and that date is still to come; empty otherwise."""
    if not plan.prefers_later or plan.recommended is None or plan.recommended <= plan.today:
        return ""
    _ = words(lang)
    return _(
        "Recommended from {day}: the clinic prefers a longer wait; before then, ask the practitioner.",
        day=format_long(plan.recommended, lang),
    )


def ideal_window_text(plan: Plan, lang: str = "en") -> str:
    """The ideal window in one sentence, or why there is none; empty when no toxin is on file."""
    _ = words(lang)
    if plan.has_ideal_window and plan.ideal_until:
        until = format_long(plan.ideal_until, lang)
        if plan.effect_ends:
            return _(
                "Ideal window: until {until}, while the toxin still works; worn off by about {ends}.",
                until=until,
                ends=format_day_month(plan.effect_ends, lang),
            )
        return _("Ideal window: until {until}, while the toxin still works.", until=until)
    if plan.earliest and plan.ideal_until and plan.ideal_until < plan.earliest:
        return _("No ideal window: the wait ends after the toxin's best window closes (see Why this date).")
    return ""


def note_text(note: Note, lang: str = "en") -> str:
    """The note in ``lang``, said from the values it keeps."""
    if note.kind is NoteKind.LIMITED_EVIDENCE:
        return words_common.limited_evidence_text(
            note.products, note.levels, lang, injection_next=note.injection_next
        )
    if note.kind is NoteKind.APPROXIMATE:
        t = note.treatment
        assert t is not None
        when = format_span(t.first_possible, t.last_possible, t.precision, lang)
        window_from = note.days[1] if len(note.days) > 1 else None
        return words_common.approximate_text(note.products[0], when, note.days[0], lang, window_from)
    if note.kind is NoteKind.NO_IDEAL_WINDOW:
        return words_common.no_ideal_window_text(note.products[0], note.days[0], note.days[1], lang)
    return words_common.clinic_closed_text(note.days[0], lang)


# --- the timeline in words, for screen readers: the same facts the drawing shows ----------------------

_STAGE_WORDS = {
    Stage.TOO_EARLY: N_("too early"),
    Stage.BEFORE_RECOMMENDED: N_("within policy, before the recommended date"),
    Stage.CONFLICTS_WITH_PLANNED: N_("too late for a planned treatment"),
    Stage.IDEAL: N_("ideal"),
    Stage.WANING: N_("late, the effect is waning"),
    Stage.WORN_OFF: N_("late, the effect has worn off"),
    Stage.CLEAR: N_("allowed"),
}
_SPAN_WORDS = {  # (with an end, open-ended)
    Stage.TOO_EARLY: (N_("Too early until {end}."), None),
    Stage.CONFLICTS_WITH_PLANNED: (
        N_("Too late for a planned treatment from {start} to {end}."),
        N_("Too late for a planned treatment from {start}."),
    ),
    Stage.BEFORE_RECOMMENDED: (
        N_("Ask the practitioner first from {start} to {end}: within policy, before the recommended date."),
        None,
    ),
    Stage.IDEAL: (N_("Ideal window from {start} to {end}."), N_("Ideal window from {start}.")),
    Stage.WANING: (N_("Waning from {start} until {end}."), N_("Waning from {start}.")),
    Stage.WORN_OFF: (None, N_("Worn off from {start}.")),
    Stage.CLEAR: (None, N_("Allowed from {start}.")),
}


def _treatment_words(plan: Plan, lang: str) -> list[str]:
    _, said = words(lang), []
    for reason in plan.reasons:
        t, name = reason.treatment, words_common.name_of(reason.product, lang)
        if t.precision is Precision.EXACT:
            said.append(_("{name} on {date}.", name=name, date=format_day_month(reason.first, lang)))
        elif t.precision is Precision.MONTH:
            month = format_month(reason.first.year, reason.first.month, lang)
            said.append(_("{name} in {month}.", name=name, month=month))
        else:
            said.append(f"{name} {words_common.treatment_when(t, lang)}.")
    return said


def _span_words(stage: Stage, first: dt.date, last: dt.date | None, lang: str) -> str:
    _, (closed, open_ended) = words(lang), _SPAN_WORDS[stage]
    template = closed if last is not None and closed is not None else open_ended
    if template is None:  # too early without an end: not reached by a plan, said plainly anyway
        return _("Too early.")
    end = format_day_month(last, lang) if last else ""
    return _(template, start=format_day_month(first, lang), end=end)


def timeline_text(plan: Plan | None, lang: str = "en") -> str:
    """The timeline in words (what a screen reader says for the drawing): today, each treatment, each
    stage's span, the headline's big date and verdict, never other ones."""
    _ = words(lang)
    if plan is None:
        return _("No timeline until every entry is understood.")
    parts = [_("Today {date}.", date=format_medium(plan.today, lang))]
    if not plan.reasons:
        parts.append(_("No treatments yet. Add a treatment to see the timeline."))
    parts += _treatment_words(plan, lang)
    parts += [_span_words(stage, first, last, lang) for stage, first, last in stage_spans(plan)]
    parts += [
        _(
            "{name} planned for {date}.",
            name=words_common.name_of(p.product, lang),
            date=format_medium(p.treatment.on, lang),
        )
        for p in plan.planned
    ]
    if plan.reasons:  # the headline's own words: the big date, and why it is not the policy's date
        bookable = bookable_reason(plan, lang)
        parts.append(earliest_text(plan, lang) + "." + (f" {bookable}" if bookable else ""))
    parts += [text for text in (recommended_text(plan, lang), latest_text(plan, lang)) if text]
    if plan.course is not None:  # the numbered circles and the next toxin marker
        course = plan.course
        parts += [course_dates_text(course, lang), next_toxin_text(course, plan, lang)]
        parts += course_warnings(course, lang)
    if plan.proposed is not None:
        stage = _(_STAGE_WORDS[plan.stage_on(plan.proposed)])
        parts.append(
            _("Proposed date {date}: {stage}.", date=format_medium(plan.proposed, lang), stage=stage)
        )
    verdict = verdict_text(plan, lang)  # the verdict as the headline says it, never another one
    parts.append(f"{verdict.title}. {verdict.detail}")
    return " ".join(parts)
