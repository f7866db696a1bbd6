"""The timeline's stage names (band chips and legend), in a language named by the caller."""

from __future__ import annotations

from functools import cache

from gui.core import Stage
from gui.core.catalog import N_, words

STAGE_WORDS = {  # on the timeline's band chips and in its legend
    Stage.TOO_EARLY: N_("Too early"),
    Stage.BEFORE_RECOMMENDED: N_("Ask first"),
    Stage.CONFLICTS_WITH_PLANNED: N_("Too late (planned)"),
    Stage.IDEAL: N_("Ideal window"),
    Stage.WANING: N_("Waning"),
    Stage.WORN_OFF: N_("Worn off"),
    Stage.CLEAR: N_("Allowed"),
}


# A band chip too narrow for the name tries this shorter one (the legend keeps the whole name). Each
# is the name cut short or what the band asks, never another word for it ('Fading' beside a legend's
# 'Waning' read as a different stage).
STAGE_SHORT_WORDS = {
    Stage.TOO_EARLY: N_("Wait"),
    Stage.BEFORE_RECOMMENDED: N_("Ask"),
    Stage.CONFLICTS_WITH_PLANNED: N_("Too late"),
    Stage.IDEAL: N_("Ideal"),
}


def stage_label(stage: Stage, lang: str) -> str:
    return words(lang)(STAGE_WORDS[stage])


@cache  # a language's words do not change while the app runs; the timeline asks at every edit
def chip_labels(stage: Stage, lang: str) -> tuple[str, ...]:
    """The names a band chip may carry, the whole one first."""
    whole = stage_label(stage, lang)
    short = words(lang)(STAGE_SHORT_WORDS[stage]) if stage in STAGE_SHORT_WORDS else whole
    return (whole,) if short == whole else (whole, short)
