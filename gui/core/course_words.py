"""A course's sentences in English or Spanish: why each session is on its day, the next toxin visit,
and the toxin wearing off before the course ends. Shared by the window, the handout and the CLI."""

from __future__ import annotations

from gui.core.catalog import words
from gui.core.course import Course, Session
from gui.core.dates import format_day_month, format_long, format_medium
from gui.core.plan import Plan
from gui.core.words import common as words_common


def session_reasons(course: Course, session: Session, lang: str = "en") -> list[str]:
    """Why ``session`` is on its day, in one or more short sentences."""
    _ = words(lang)
    said = [_first_reason(course, session, lang), *_placement(course, session, lang)]
    if session.moved:
        said.append(_("Moved by hand to {day}.", day=format_day_month(session.date, lang)))
    typical = words_common.duration_text(course.spacing.typical, lang) if course.spacing.typical else ""
    if (session.moved or session.after_planned is not None) and session.beyond_typical and typical:
        said.append(
            _(
                "That is more than the usual {typical} after session {before}.",
                typical=typical,
                before=session.number - 1,
            )
        )
    if session.too_early:
        said.append(
            _(
                "Too early: the first day the course allows is {earliest}.",
                earliest=format_day_month(session.earliest, lang),
            )
        )
    if session.closed:
        said.append(_("The clinic is closed on {day}.", day=format_day_month(session.date, lang)))
    if session.in_ideal_window is False:
        said.append(_("This session is after the toxin's best window; it still counts."))
    if session.conflict is not None:
        said.append(_conflict_text(session, lang))
    return said


def _first_reason(course: Course, session: Session, lang: str) -> str:
    """Session 1's day, or how far after the one before a later session must be."""
    _, day = words(lang), format_day_month(session.date, lang)
    if session.number == 1:
        if session.kept:
            return _("Session 1: the appointment on {day}.", day=day)
        if session.instead_of is not None:
            return _(
                "Session 1: the next open day after the proposed {proposed}, when the clinic is closed: "
                "{day}.",
                proposed=format_day_month(session.instead_of, lang),
                day=day,
            )
        return _("Session 1: the first day you can book, {day}.", day=day)
    return _(
        "Session {number}: at least {minimum} after session {before}, so from {earliest}.",
        number=session.number,
        minimum=words_common.duration_text(course.spacing.minimum, lang),
        before=session.number - 1,
        earliest=format_day_month(session.earliest, lang),
    )


def _placement(course: Course, session: Session, lang: str) -> list[str]:
    """Why the policy placed a session later than its earliest day: a closure or a planned treatment."""
    _ = words(lang)
    if session.closed_past_typical and course.spacing.typical:
        typical = words_common.duration_text(course.spacing.typical, lang)
        return [
            _(
                "It is more than the usual {typical} after the one before: the clinic is closed until then.",
                typical=typical,
            )
        ]
    if session.after_planned is not None:
        planned = session.after_planned
        return [
            _(
                "It comes after the {product} planned for {planned}: an earlier day would not leave that "
                "treatment its wait.",
                product=words_common.name_of(planned.product, lang),
                planned=format_day_month(planned.treatment.on, lang),
            )
        ]
    if not session.moved and session.number > 1 and session.date > session.earliest:
        return [
            _(
                "The clinic is closed on {closed}, so it is on {day}.",
                closed=format_day_month(session.earliest, lang),
                day=format_day_month(session.date, lang),
            )
        ]
    return []


def _conflict_text(session: Session, lang: str) -> str:
    """The planned treatment a session does not leave its wait: too late before it, or too soon after."""
    _, conflict = words(lang), session.conflict
    assert conflict is not None
    product = words_common.name_of(conflict.product, lang)
    planned = format_day_month(conflict.treatment.on, lang)
    if session.date >= conflict.treatment.on and conflict.resumes is not None:
        return _(
            "Too soon after the {product} planned for {planned}: this session can be from {resumes}.",
            product=product,
            planned=planned,
            resumes=format_day_month(conflict.resumes_open or conflict.resumes, lang),
        )
    return _(
        "Too late for the {product} planned for {planned}: it needs {wait} after this session.",
        product=product,
        planned=planned,
        wait=words_common.duration_text(conflict.rule.earliest, lang),
    )


def course_warnings(course: Course, lang: str = "en") -> list[str]:
    """One line per session moved by hand where no appointment can be, with the first day that fits,
    as the headline, the Why panel, the refusals and the command line flag it."""
    return [session_warning(session, lang) for session in course.broken]


def session_warning(session: Session, lang: str = "en") -> str:
    """Why a session cannot be on its day ('Session 2 on Tue 15 Dec 2026 is too early for the course.
    The first day that fits is …'): said under the headline and under the day typed for it."""
    _ = words(lang)
    values = {"number": session.number, "day": format_medium(session.date, lang)}
    if session.conflict is not None:
        planned = {
            "product": words_common.name_of(session.conflict.product, lang),
            "planned": format_day_month(session.conflict.treatment.on, lang),
        }
        if session.date >= session.conflict.treatment.on:
            what = _(
                "Session {number} on {day} is too soon after the {product} planned for {planned}.",
                **values,
                **planned,
            )
        else:
            what = _(
                "Session {number} on {day} is too late for the {product} planned for {planned}.",
                **values,
                **planned,
            )
    elif session.too_early:
        what = _("Session {number} on {day} is too early for the course.", **values)
    else:
        what = _("Session {number} on {day}: the clinic is closed that day.", **values)
    if session.fits_from is not None:
        what += " " + _("The first day that fits is {fits}.", fits=format_medium(session.fits_from, lang))
    return what


def course_dates_text(course: Course, lang: str = "en") -> str:
    """'Sessions: Sat 5 Dec 2026, Sat 2 Jan 2027, Sat 30 Jan 2027.' — every session's day, in order; a
    session after the toxin's ideal window is marked there, as the Why panel and the command line say."""
    _ = words(lang)
    late = _("after the ideal window")
    days = ", ".join(
        format_medium(s.date, lang) + (f" ({late})" if s.in_ideal_window is False else "")
        for s in course.sessions
    )
    return _("Sessions: {days}.", days=days)


def course_rule_text(course: Course, lang: str = "en") -> str:
    """The spacing rule and why: 'Sessions at least 28 days apart, usually no more than 42 days. The
    skin needs about four weeks…'."""
    _, spacing = words(lang), course.spacing
    minimum = words_common.duration_text(spacing.minimum, lang)
    if spacing.typical is not None:
        rule = _(
            "Sessions at least {minimum} apart, usually no more than {typical}.",
            minimum=minimum,
            typical=words_common.duration_text(spacing.typical, lang),
        )
    else:
        rule = _("Sessions at least {minimum} apart.", minimum=minimum)
    return f"{rule} {words_common.basis_text(spacing, lang)}"


def next_toxin_text(course: Course, plan: Plan, lang: str = "en") -> str:
    """'Next toxin visit: Thursday 18 February 2027 (7 days after the last session, 90 days after your
    last Botox).' Empty when no toxin is on file."""
    toxin = course.next_toxin
    if toxin is None:
        return ""
    _ = words(lang)
    return _(
        "Next {product} visit: {day} (at least {after_course} after the last session and at least "
        "{after_toxin} after the last {product}).",
        product=words_common.name_of(toxin.product, lang),
        day=format_long(toxin.date, lang),
        after_course=words_common.duration_text(toxin.wait_after_course, lang),
        after_toxin=words_common.duration_text(toxin.wait_after_toxin, lang),
    )


def wears_off_text(course: Course, lang: str = "en") -> str:
    """When the toxin wears off before the course ends: the day, and the choice it leaves. Empty
    otherwise."""
    if course.wears_off is None or course.between is None:
        return ""
    _ = words(lang)
    after, before = course.between
    return _(
        "The toxin wears off by about {day}, before the last session. That is expected; if you want it "
        "working during the course, a toxin can go between two sessions: at least {after} after one "
        "session and {before} before the next.",
        day=format_day_month(course.wears_off, lang),
        after=words_common.duration_text(after, lang),
        before=words_common.duration_text(before, lang),
    )
