"""The timeline's stage names (band chips and legend), in a language named by the caller."""

from __future__ import annotations

from gui.core import Stage
from gui.store.catalogs import QT_TRANSLATE_NOOP, words_in

STAGE_WORDS = {  # on the timeline's band chips and in its legend
    Stage.TOO_EARLY: QT_TRANSLATE_NOOP("Timeline", "Too early"),
    Stage.IDEAL: QT_TRANSLATE_NOOP("Timeline", "Ideal window"),
    Stage.WANING: QT_TRANSLATE_NOOP("Timeline", "Waning"),
    Stage.WORN_OFF: QT_TRANSLATE_NOOP("Timeline", "Worn off"),
    Stage.CLEAR: QT_TRANSLATE_NOOP("Timeline", "Allowed"),
}


def stage_label(stage: Stage, lang: str) -> str:
    return words_in(lang).translate("Timeline", STAGE_WORDS[stage])
