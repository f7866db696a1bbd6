"""The handout's words: a Plan and a Clinic turned into short, escaped HTML blocks. No painting here.

Every value that reaches HTML goes through ``html.escape``; the Markdown content files use only
paragraphs, ``- `` bullets and ``**bold**``, which :func:`markdown_html` turns into HTML.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from html import escape

from gui.core import (
    Plan,
    Verdict,
    duration_text,
    format_day_month,
    format_long,
    format_relative,
    latest_text,
    name_of,
    plan_target_name,
    planned_check_texts,
    verdict_text,
)
from gui.core.clinic import Clinic
from gui.core.course_words import course_warnings, next_toxin_text, wears_off_text
from gui.core.screening_words import effect_for_patient, screening_line
from gui.core.words.common import capitalized, screening_reason_text
from gui.handout.phrases import phrase, plan_phrase
from gui.store.content import section, too_early_text

_BOLD = re.compile(r"\*\*(.+?)\*\*")
MAX_ACTIONS = 3


def heading(text: str, level: int = 2, align: str = "") -> str:
    """A heading as a styled paragraph: Qt's <hN> would scale it from the text size and ignore the CSS.

    ``-qt-user-state: 1`` marks it, so a column is never cut right under a heading.
    """
    aligned = f' align="{align}"' if align else ""
    return f'<p class="h{level}"{aligned} style="-qt-user-state: 1;">{escape(text)}</p>'


def _inline(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", escape(text, quote=False))


def markdown_html(markdown: str) -> str:
    """Paragraphs, ``- `` bullet lists and ``**bold**`` (all the content files use) as HTML."""
    parts = []
    for paragraph in markdown.split("\n\n"):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if lines and all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_inline(line[2:])}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        elif lines:
            parts.append(f"<p>{_inline(' '.join(lines))}</p>")
    return "".join(parts)


def section_html(name: str, lang: str) -> str:
    """A content section as a heading and its body (the per-section disclaimer is left out)."""
    content = section(name, lang)
    return heading(content.title) + markdown_html(content.body)


def clinic_html(clinic: Clinic) -> str | None:
    """The clinic's letterhead text, or None when none is set (nothing made up; the logo is drawn apart)."""
    if not clinic.has_text:
        return None
    name = heading(clinic.name, 1) if clinic.name else ""
    lines = [line for line in (clinic.address_line, "  ·  ".join(clinic.contact)) if line]
    return name + "".join(f'<p class="address">{escape(line)}</p>' for line in lines)


_BREAKING = {"Cc", "Zl", "Zp"}  # control characters and line breaks: not part of a printed name
MAX_NAME = 80  # the longest patient name printed: the window's field takes no more, the CLI refuses more


def patient_name_problem(name: str) -> str | None:
    """Why a patient name cannot be printed as given (in English, for the command line); None if it can."""
    if len(name.strip()) > MAX_NAME:
        return f"a name of at most {MAX_NAME} characters (this one has {len(name.strip())})"
    if any(unicodedata.category(c) in _BREAKING for c in name.strip()):
        return "a name on one line, without control characters"
    return None


def printable_name(name: str | None) -> str | None:
    """The name as the handout prints it, whatever it was given: one line, at most ``MAX_NAME``
    characters (a longer one cut with '…'), or None. The last guard: a name cannot push the plan,
    the date or the disclaimer off the handout."""
    shown = " ".join("".join(" " if unicodedata.category(c) in _BREAKING else c for c in name or "").split())
    if len(shown) > MAX_NAME:
        shown = shown[: MAX_NAME - 1].rstrip() + "…"
    return shown or None


def title_html(
    patient_name: str | None, beside_letterhead: bool = False, lang: str = "en", target: str = "microneedling"
) -> str:
    """The handout's title and, when given, whom it is for; right-aligned beside a letterhead."""
    align = ' align="right"' if beside_letterhead else ""
    name = (patient_name or "").strip()
    prepared = escape(phrase(lang, "prepared_for"))
    prepared = f'<p class="muted"{align}>{prepared} <b>{escape(name)}</b></p>' if name else ""
    title = plan_phrase(target, lang, "title")
    return heading(title, 2, "right" if beside_letterhead else "") + prepared


# --- the main message ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """The one main message: a status tag (only for a proposed date), the sentence, and a short follow-up."""

    tag: str
    lead: str  # plain text before the emphasised date
    date: str  # the date in words, emphasised; may be empty
    tail: str  # plain text after the date
    follow_up: str

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.lead, self.date, self.tail) if part)


def no_wait(plan: Plan, lang: str = "en") -> str:
    return phrase(lang, "no_wait", target=plan_target_name(plan, lang))


def main_message(plan: Plan, lang: str = "en") -> Message:
    """The top of the handout. Says 'within your clinic's policy', never 'safe'.

    The date in large type is always a day the patient can book: on or after the earliest date, on or
    after today, and open (the policy's own earliest date is said beside it when it differs). A
    screening answer keeps the date and says first what it adds: not today, or ask first.
    """
    message = _date_message(plan, lang)
    if not plan.screening:
        return message
    verdict = verdict_text(plan, lang)
    follow = "\n\n".join(part for part in (screening_line(plan, lang), message.follow_up) if part)
    return replace(message, tag=f"{verdict.icon} {verdict.title}", follow_up=follow)


def _date_message(plan: Plan, lang: str) -> Message:
    big = format_long(plan.bookable, lang) if plan.bookable else ""
    target = plan_target_name(plan, lang)
    if plan.no_day_fits:  # a planned treatment leaves no day for this one: say so, and what to move
        verdict = verdict_text(plan, lang)
        return Message(f"✖ {verdict.title}", latest_text(plan, lang), "", "", "")
    if plan.proposed is None:
        return _first_day_message(plan, lang, big, target)
    verdict = verdict_text(plan, lang)
    tag = f"{verdict.icon} {verdict.title}"
    proposed = format_long(plan.proposed, lang)
    if plan.verdict is Verdict.TOO_EARLY:
        lead = phrase(lang, "too_early_lead", proposed=proposed)
        return Message(tag, lead, big, "", too_early_text(plan, lang))
    if plan.verdict is Verdict.BEFORE_RECOMMENDED and plan.recommended is not None:
        lead = phrase(lang, "before_recommended_lead", proposed=proposed)
        return Message(tag, lead, format_long(plan.recommended, lang), "", phrase(lang, "ask_first"))
    if (conflict := _planned_message(plan, lang, tag, proposed, verdict.detail)) is not None:
        return conflict
    if plan.verdict is Verdict.CLOSED:
        if plan.next_open is None:
            return Message(tag, phrase(lang, "closed_never", proposed=proposed), "", "", "")
        lead = phrase(lang, "closed_lead", proposed=proposed)
        return Message(tag, lead, format_long(plan.next_open, lang), "", _follow_up(plan, lang))
    if plan.earliest is None:
        within = phrase(lang, "appointment_within", proposed=proposed)
        return Message(tag, no_wait(plan, lang), "", "", within)
    lead, tail = phrase(lang, "appointment_on"), phrase(lang, "is_within")
    return Message(tag, lead, proposed, tail, _follow_up(plan, lang))


def _first_day_message(plan: Plan, lang: str, big: str, target: str) -> Message:
    """No date proposed: the first day to book, in large type."""
    if plan.earliest is None:
        return Message("", no_wait(plan, lang), "", "", "")
    if plan.earliest_has_passed and plan.screening_effect == "not-today":  # today is no day to stress
        lead = phrase(lang, "timing_from_today", target=target, date=big)
        return Message("", lead, "", "", _follow_up(plan, lang))
    elif plan.earliest_has_passed and plan.screening_effect == "ask-first":
        lead = phrase(lang, "agreed_from_today", target=target)
    elif plan.earliest_has_passed:
        lead = phrase(lang, "bookable_from_today", target=target)
    elif plan.bookable != plan.earliest:
        lead = phrase(lang, "first_bookable_for", target=target)
    else:
        lead = plan_phrase(plan.target, lang, "earliest_for", target=target)
    return Message("", lead, big, "", _follow_up(plan, lang))


def _planned_message(plan: Plan, lang: str, tag: str, proposed: str, detail: str) -> Message | None:
    """A proposed date a planned treatment's wait does not allow: too late before it (the last day that
    fits), or too soon after it (the first day that fits)."""
    blocking = plan.blocking(plan.date) if plan.verdict is Verdict.CONFLICTS_WITH_PLANNED else None
    if blocking is None:
        return None
    if plan.date >= blocking.treatment.on and blocking.resumes is not None:
        lead = phrase(lang, "too_close_lead", proposed=proposed)
        return Message(tag, lead, format_long(blocking.resumes_open or blocking.resumes, lang), "", detail)
    lead = phrase(lang, "too_late_lead", proposed=proposed)
    return Message(tag, lead, format_long(blocking.latest, lang), "", detail)


def _follow_up(plan: Plan, lang: str) -> str:
    if plan.earliest is None:
        return ""
    said = format_long(plan.earliest, lang)
    if plan.proposed is not None:
        first = format_long(plan.bookable or plan.earliest, lang)  # a day the patient can book
        text = phrase(lang, "earliest_is", target=plan_target_name(plan, lang), date=first)
    elif plan.earliest_has_passed:
        text = phrase(lang, "passed", date=said)
    else:
        text = phrase(
            lang, "that_is", relative=format_relative(plan.bookable or plan.earliest, plan.today, lang)
        )
        if plan.bookable != plan.earliest:
            text += " " + phrase(lang, "policy_earliest_closed", date=said)
    if plan.verdict is Verdict.LATE and plan.proposed is not None:
        text += " " + phrase(lang, "waning")
    if plan.proposed is None and plan.prefers_later and plan.recommended and plan.recommended > plan.today:
        text += " " + phrase(lang, "prefers", date=format_long(plan.recommended, lang))
    if plan.latest is not None:
        text += " " + " ".join([latest_text(plan, lang), *planned_check_texts(plan, lang)])
    return text


def screening_html(plan: Plan, lang: str) -> str | None:
    """'Tell your practitioner about': only the questions answered yes, in plain words, each with what
    it means for the appointment; None when none was."""
    if not plan.screening:
        return None
    items = "".join(
        "<li>"
        + phrase(
            lang,
            "screening_item",
            item=escape(capitalized(name_of(item, lang))),
            effect=escape(effect_for_patient(item, lang)),
        )
        + f" {escape(screening_reason_text(item, lang))}</li>"
        for item in plan.screening
    )
    return heading(phrase(lang, "tell_practitioner")) + f"<ul>{items}</ul>"


def course_html(plan: Plan, lang: str) -> str | None:
    """'Your plan': every session's day in words, the next toxin visit, and what to do if one moves."""
    course = plan.course
    if course is None:
        return None
    if plan.screening_effect == "not-today":  # no session is dated while the answer says no
        return heading(phrase(lang, "your_plan")) + f"<p>{phrase(lang, 'course_after_screening')}</p>"
    items = "".join(
        f"<li>{phrase(lang, 'session_on', number=str(s.number), date=escape(format_long(s.date, lang)))}</li>"
        for s in course.sessions
    )
    minimum = duration_text(course.spacing.minimum, lang)
    after = [text for text in (next_toxin_text(course, plan, lang), wears_off_text(course, lang)) if text]
    after.append(phrase(lang, "if_moved", minimum=minimum))
    flags = "".join(f"<p><b>⚠ {escape(t)}</b></p>" for t in course_warnings(course, lang))
    return (
        heading(phrase(lang, "your_plan"))
        + f"<ul>{items}</ul>"
        + flags
        + "".join(f"<p>{escape(t)}</p>" for t in after)
    )


def message_html(message: Message) -> str:
    """The sentence with its date larger; a line break after a colon so the date stands on its own."""
    sentence = escape(message.lead)
    if message.date:
        sentence += "<br/>" if message.lead.endswith(":") else " "
        sentence += f'<span class="date">{escape(message.date)}</span>'
    if message.tail:
        sentence += " " + escape(message.tail)
    tag = f'<p class="tag">{escape(message.tag)}</p>' if message.tag else ""
    follow = "".join(f"<p>{escape(p)}</p>" for p in message.follow_up.split("\n\n") if p)
    return f'{tag}<p class="lead">{sentence}</p>{follow}'


# --- what to do next ----------------------------------------------------------------------------------


def actions(plan: Plan, lang: str = "en") -> list[str]:
    """One to three actions as HTML; the first always carries a date.

    The content file's first bullet is its own booking line; the dated one here takes its place.
    """
    found = [_book_action(plan, lang)]
    if (
        plan.latest is not None
        and plan.proposed is None
        and not plan.no_day_fits
        and plan.verdict is not Verdict.CONFLICTS_WITH_PLANNED
    ):
        binding = next(p for p in plan.planned if p.sets_latest)
        course = plan.course is not None and len(plan.course.sessions) > 1
        found.append(
            phrase(
                lang,
                "have_session_one_by" if course else "have_it_by",
                date=_day(plan.latest, lang),
                product=escape(name_of(binding.product, lang)),
                planned=escape(format_day_month(binding.treatment.on, lang)),
            )
        )
    if plan.proposed is None and plan.prefers_later and plan.recommended and plan.recommended > plan.today:
        found.append(phrase(lang, "prefers_action", date=_day(plan.recommended, lang)))
    ideal = _ideal_action(plan, lang)
    if ideal:
        found.append(ideal)
    bullets = [line.strip() for line in section("next-steps", lang).body.splitlines()]
    found += [_inline(line[2:]) for line in bullets if line.startswith("- ")][1:]
    return found[:MAX_ACTIONS]


def _day(day: dt.date, lang: str) -> str:
    return f"<b>{escape(format_long(day, lang))}</b>"


def _first_bookable(plan: Plan, lang: str) -> str:
    """The first day the patient can book: 'Monday 30 November 2026 (the clinic is closed on 29 Nov
    2026)' when the clinic is closed on the earliest date."""
    bookable = plan.bookable or plan.earliest
    assert bookable is not None
    if plan.earliest is None or bookable == plan.earliest or plan.earliest_has_passed:
        return _day(bookable, lang)
    closed = escape(format_day_month(plan.earliest, lang))
    return phrase(lang, "closed_on", date=_day(bookable, lang), closed=closed)


def _book_action(plan: Plan, lang: str) -> str:
    target = escape(plan_target_name(plan, lang))
    if plan.screening_effect == "not-today" and (plan.proposed or plan.bookable) == plan.today:
        return phrase(lang, "not_today_action", target=target)  # today's date would contradict the answers
    if plan.proposed is not None and plan.verdict is Verdict.TOO_EARLY and plan.earliest:
        return phrase(lang, "move", date=_first_bookable(plan, lang))
    if plan.no_day_fits:
        return escape(latest_text(plan, lang))
    blocking = plan.blocking(plan.date) if plan.verdict is Verdict.CONFLICTS_WITH_PLANNED else None
    if plan.proposed is not None and blocking is not None:
        if plan.date >= blocking.treatment.on and blocking.resumes is not None:
            return phrase(lang, "move", date=_day(blocking.resumes_open or blocking.resumes, lang))
        return phrase(lang, "move_by", date=_day(blocking.latest, lang))
    if plan.proposed is not None and plan.verdict is Verdict.BEFORE_RECOMMENDED and plan.recommended:
        return phrase(lang, "ask_or_move", date=_day(plan.recommended, lang))
    if plan.proposed is not None and plan.verdict is Verdict.CLOSED:
        if plan.next_open is None:
            return escape(phrase(lang, "closed_never", proposed=format_long(plan.proposed, lang)))
        # Not "or later": any open day from the first bookable one is fine, before the proposed day too.
        return phrase(lang, "move_to_open", date=_day(plan.next_open, lang))
    if plan.proposed is not None:
        action = phrase(lang, "keep", date=_day(plan.proposed, lang))
    elif plan.earliest is None or plan.earliest <= plan.today:
        action = phrase(lang, "book_today", target=target, date=_day(plan.bookable or plan.today, lang))
    else:
        action = phrase(lang, "book_after", target=target, date=_first_bookable(plan, lang))
    if plan.screening_effect == "ask-first":  # the date stands, once a practitioner agrees
        return phrase(lang, "ask_first_then", action=action)
    return action


def _ideal_action(plan: Plan, lang: str) -> str | None:
    """While the toxin still works, say by when; not once the judged date is past the window."""
    if not plan.has_ideal_window or plan.ideal_until is None or plan.verdict is Verdict.LATE:
        return None
    if plan.proposed is not None and plan.verdict is Verdict.IDEAL:  # kept: the limit, should it move
        return phrase(lang, "ideal_if_moved", date=_day(plan.ideal_until, lang))
    if plan.proposed is not None and plan.verdict is not Verdict.TOO_EARLY:
        return None
    return phrase(lang, "ideal_by", date=_day(plan.ideal_until, lang))


def actions_html(plan: Plan, lang: str) -> str:
    items = "".join(f"<li>{item}</li>" for item in actions(plan, lang))
    return heading(section("next-steps", lang).title) + f"<ol>{items}</ol>"
