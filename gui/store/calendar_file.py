"""A course as a calendar file (``.ics``, RFC 5545, written with the ``icalendar`` library): one all-day
event per session and one for the next toxin visit.

What it holds: the procedure and session number, the clinic's name and address as the location, and
the rule that placed each day. What it never holds: the patient's name, the history, any note typed at
the desk. Each event's UID is made from the procedure, the session and its day, so saving the same plan
twice gives the same events (a calendar updates them instead of doubling them).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from gui.core import Plan, name_of, plan_target_name
from gui.core.catalog import words
from gui.core.clinic import Clinic
from gui.core.course import Course
from gui.core.course_words import course_rule_text, next_toxin_text, session_reasons
from gui.core.screening_words import calendar_refusal, screening_line
from gui.store.files import atomic_write_text

PRODUCT_ID = "-//Microneedling Window//Course plan//EN"
_DAY = dt.timedelta(days=1)


def _event(
    uid: str, day: dt.date, summary: str, description: str, location: str, stamp: dt.datetime
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date, not a time: an all-day event
    event.add("dtend", day + _DAY)
    event.add("summary", summary)
    event.add("description", description)
    if location:
        event.add("location", location)
    event.add("transp", "TRANSPARENT")  # a plan, not a busy slot: the clinic gives the time
    return event


def course_calendar(
    plan: Plan, course: Course, clinic: Clinic, lang: str = "en", stamp: dt.datetime | None = None
) -> str:
    """The calendar text: every session, then the next toxin visit when there is one."""
    _ = words(lang)
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    target = plan_target_name(plan, lang)
    title = target[:1].upper() + target[1:]
    location = clinic.place
    disclaimer = _(
        "Educational information, not medical advice. Dates are within the clinic's policy, not a "
        "guarantee; a qualified professional decides."
    )
    count = len(course.sessions)
    first = [screening_line(plan, lang)] if plan.screening_effect == "ask-first" else []  # a condition
    for session in course.sessions:
        summary = (
            _("{Target}: session {number} of {count}", Target=title, number=session.number, count=count)
            if count > 1
            else title
        )
        description = "\n".join(
            [*first, *session_reasons(course, session, lang), course_rule_text(course, lang), disclaimer]
        )
        uid = f"{plan.target}-session-{session.number}-{session.date.isoformat()}@microneedling-window"
        calendar.add_component(_event(uid, session.date, summary, description, location, stamp))
    toxin = course.next_toxin
    if toxin is not None:
        summary = _("{product}: next visit", product=name_of(toxin.product, lang))
        description = "\n".join([*first, next_toxin_text(course, plan, lang), disclaimer])
        uid = f"{toxin.product.id}-next-{toxin.date.isoformat()}@microneedling-window"
        calendar.add_component(_event(uid, toxin.date, summary, description, location, stamp))
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def write_calendar(path: Path, plan: Plan, course: Course, clinic: Clinic, lang: str = "en") -> None:
    """Write the calendar file atomically (OSError says why it could not be written; ValueError, in
    words, when a screening answer says not today: callers refuse before, this is the last guard)."""
    if (refused := calendar_refusal(plan, lang)) is not None:
        raise ValueError(refused)
    atomic_write_text(path, course_calendar(plan, course, clinic, lang))
