"""The handout's own phrases by key: English ids of the gettext catalogue (:mod:`gui.core.catalog`).

The handout's language is chosen for each print and is independent of the window's language, so
these follow the language asked for, not the installed Qt translator. Templates marked ``html``
hold markup and take values that the caller has already escaped; every other template is plain text.
"""

from __future__ import annotations

from gui.core.catalog import N_, check_language, words
from gui.core.policy import TARGETS
from gui.core.words.common import target_name

PHRASES: dict[str, str] = {
    "title": N_("Your {target} plan"),
    "continued": N_("Your {target} plan (continued)"),
    # the same, when the next treatment is an injection (a toxin or a filler): the mirror question
    "title_injection": N_("Your treatment plan"),
    "continued_injection": N_("Your treatment plan (continued)"),
    "continued_for": N_(" for {name}"),
    "prepared_for": N_("Prepared for:"),
    "page_of": N_("Page {number} of {total}"),
    # the main message
    "no_wait": N_("No wait is needed before your {target} under your clinic's policy"),
    "earliest_for": N_("Earliest date for your {target}:"),
    "earliest_for_injection": N_("Your {target} can be on or after:"),
    "first_bookable_for": N_("First day you can book your {target}:"),
    "bookable_from_today": N_("You can book your {target} on any open day from today:"),
    "timing_from_today": N_(
        "Not today. By timing alone, your {target} would fit any open day from today, {date}."
    ),
    "agreed_from_today": N_(
        "If your practitioner agrees, you can book your {target} on any open day from today:"
    ),
    "before_recommended_lead": N_(
        "Your appointment on {proposed} is within your clinic's policy, but your clinic prefers"
    ),
    "ask_first": N_("Please ask your practitioner before you keep it."),
    "prefers": N_("Your clinic prefers {date} or later; before then, ask your practitioner first."),
    "too_early_lead": N_("Your appointment on {proposed} is too early. The first day you can book is"),
    "appointment_within": N_("Your appointment on {proposed} is within your clinic's policy."),
    "appointment_on": N_("Your appointment on"),
    "is_within": N_("is within your clinic's policy"),
    "earliest_is": N_("The first day you can book your {target} is {date}."),
    "too_late_lead": N_(
        "Your appointment on {proposed} is too late for a treatment you have planned. The last day "
        "that fits is"
    ),
    "too_close_lead": N_(
        "Your appointment on {proposed} is too soon after a treatment you have planned. The first day "
        "that fits is"
    ),
    "closed_lead": N_("Your clinic is closed on {proposed}. The next day it is open is"),
    "closed_never": N_("Your clinic is closed on {proposed}. Please ask the clinic for another day."),
    "passed": N_("The earliest date under your clinic's policy, {date}, has passed."),
    "policy_earliest_closed": N_(
        "Your clinic's policy allows it from {date}, but the clinic is closed that day."
    ),
    "that_is": N_("That is {relative}."),
    "waning": N_("By then your toxin is wearing off, so you may get less of the extra benefit."),
    # what to do next (html)
    "move": N_("<b>Move</b> your appointment to {date} or later."),
    "move_by": N_("<b>Move</b> your appointment to {date} or earlier."),
    "move_to_open": N_("<b>Move</b> your appointment to a day your clinic is open: the next one is {date}."),
    "keep": N_("<b>Keep</b> your appointment on {date}."),
    "have_it_by": N_("<b>Have it by</b> {date}, so your {product} planned for {planned} keeps its wait."),
    "have_session_one_by": N_(
        "<b>Have session 1 by</b> {date}, so your {product} planned for {planned} keeps its wait; "
        "the other sessions are listed above."
    ),
    "ask_or_move": N_("<b>Ask</b> your practitioner before you keep it, or move it to {date} or later."),
    "prefers_action": N_("<b>Your clinic prefers</b> {date} or later; before then, ask your practitioner."),
    "book_today": N_("<b>Book</b> your {target} on any open day from {date}."),
    "course_after_screening": N_(
        "Your sessions are dated when you book again, once the answer above no longer applies."
    ),
    "ask_first_then": N_("<b>Ask your practitioner first.</b> If they agree: {action}"),
    "not_today_action": N_("<b>Not today:</b> when it no longer applies, book your {target} on an open day."),
    "book_after": N_("<b>Book</b> your {target} on or after {date}."),
    "closed_on": N_("{date} (the clinic is closed on {closed})"),
    "ideal_if_moved": N_(
        "<b>If you need to move it</b>, keep it by {date} for the most benefit, while your toxin still works."
    ),
    "ideal_by": N_("<b>For the most benefit</b>, have it by {date}, while your toxin still works."),
    # screening answered yes at the desk (html)
    "tell_practitioner": N_("Tell your practitioner about"),
    "screening_item": N_("<b>{item}</b> — {effect}."),
    # a course of sessions (html)
    "your_plan": N_("Your plan"),
    "session_on": N_("<b>Session {number}:</b> {date}"),
    "if_moved": N_(
        "If a session has to move, the ones after it move too: keep at least {minimum} between sessions."
    ),
    "qr_caption": N_("Scan with your phone's camera to add your {target} on {date} to your calendar."),
    # the treatments
    "treatments_title": N_("Your injections and dates"),
    "treatments_title_injection": N_("Your treatments and dates"),
    "col_treatment": N_("Treatment"),
    "col_when": N_("When you had it"),
    "col_earliest": N_("Earliest {target} after it"),
    "sets_date": N_("(sets your date)"),
    "sets_date_closed": N_("(the clinic is closed that day: see the first day you can book above)"),
    "approximate": N_(
        "For a date you are not sure of, we count the wait from the latest day it could have been."
    ),
    "no_treatments": N_("You told us about no toxin or filler injections."),
    # the small print
    "worked_out": N_("How these dates were worked out"),
    "evidence": N_("Evidence: {level}."),
    "sources_cited": N_("Sources {numbers}."),
    "sources": N_("Sources."),
    "policy": N_("Policy."),
    "policy_line": N_("{policy}. Your clinic checks these rules and updates them when new evidence appears."),
    "printed_on": N_("Printed on"),
}


_MIRRORED = frozenset({"title", "continued", "earliest_for", "treatments_title"})


def plan_phrase(next_treatment: str, lang: str, key: str, **values: str) -> str:
    """:func:`phrase` for a plan whose next treatment is ``next_treatment``: an injection (a toxin or a
    filler) takes the mirror question's wording ("Your Botox can be on or after:") where it differs."""
    if key in _MIRRORED and next_treatment not in TARGETS:
        key = f"{key}_injection"
    elif key in ("title", "continued"):  # "Your RF microneedling plan"
        values = {"target": target_name(next_treatment, lang), **values}
    return phrase(lang, key, **values)


def phrase(lang: str, key: str, **values: object) -> str:
    """The handout's ``key`` phrase in ``lang`` with ``values`` filled in."""
    return words(check_language(lang))(PHRASES[key], **values)
