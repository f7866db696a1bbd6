"""Screening's sentences in English or Spanish: what the answers add to the verdict, and each item in
plain words. Shared by the window, the handout and the command line."""

from __future__ import annotations

from gui.core.catalog import N_, words
from gui.core.plan import Plan
from gui.core.policy import ScreeningItem
from gui.core.words import common as words_common

# What each effect adds to the verdict, as a short clause and as a lead before the items' names. The
# answers are about the patient now, and the verdict may judge a later day: "while it applies".
EFFECT_TITLES = {
    "not-today": N_("not while it applies"),
    "ask-first": N_("ask the practitioner first"),
}
EFFECT_LEADS = {
    "not-today": N_("Not while it applies: {items}. Wait until it no longer does, then check again."),
    "ask-first": N_("Ask the practitioner first: {items}."),
}
ITEM_EFFECTS = {
    "not-today": N_("Not today"),
    "ask-first": N_("Ask the practitioner first"),
}
# On the handout, beside each item the patient said yes to.
EFFECT_FOR_PATIENT = {
    "not-today": N_("no treatment while it applies"),
    "ask-first": N_("your practitioner decides first"),
}


def effect_title(plan: Plan, lang: str = "en") -> str:
    """'not while it applies' or 'ask the practitioner first' (the strongest effect); '' without any."""
    effect = plan.screening_effect
    return words(lang)(EFFECT_TITLES[effect]) if effect in EFFECT_TITLES else ""


def screening_line(plan: Plan, lang: str = "en") -> str:
    """What the answers add to the verdict: the strongest effect and the items that have it. '' when
    no answer changes anything."""
    effect = plan.screening_effect
    if effect not in EFFECT_LEADS:
        return ""
    strongest = [words_common.name_of(i, lang) for i in plan.screening if i.effect == effect]
    line = words(lang)(EFFECT_LEADS[effect], items=words_common.join_words(strongest, lang))
    if effect == "not-today" and (also := [i for i in plan.screening if i.effect != effect]):
        names = words_common.join_words([words_common.name_of(i, lang) for i in also], lang)
        line += " " + words(lang)(EFFECT_LEADS["ask-first"], items=names)
    return line


NO_CALENDAR = N_(
    "No calendar file while a screening answer says not today ({items}): the sessions are dated once it "
    "no longer applies."
)


def calendar_refusal(plan: Plan, lang: str = "en") -> str | None:
    """Why no calendar event may be written now (a day would go into a phone the desk just said no
    to); None when it may."""
    if plan.screening_effect != "not-today":
        return None
    names = [words_common.name_of(i, lang) for i in plan.screening if i.effect == "not-today"]
    return words(lang)(NO_CALENDAR, items=words_common.join_words(names, lang))


def effect_for_patient(item: ScreeningItem, lang: str = "en") -> str:
    return words(lang)(EFFECT_FOR_PATIENT[item.effect])


def item_effect_text(item: ScreeningItem, lang: str = "en") -> str:
    """'Not today' / 'Ask the practitioner first' for one item, as the Why panel heads it."""
    return words(lang)(ITEM_EFFECTS[item.effect])
