"""Words only the window puts round a plan (the timeline's stages) and its content files.

Each function takes ``lang``: None is the interface language. Targets, evidence levels and every
sentence about a plan come from :mod:`gui.core.words.common` and :mod:`gui.core.words.plan`, which the
handout uses too.
"""

from __future__ import annotations

from gui.core import Stage
from gui.store.content import Section, section
from gui.store.resources import ResourceNotFound
from gui.ui.i18n import QT_TRANSLATE_NOOP, ui_language, words_in

STAGE_WORDS = {  # on the timeline's band chips and in its legend
    Stage.TOO_EARLY: QT_TRANSLATE_NOOP("Timeline", "Too early"),
    Stage.IDEAL: QT_TRANSLATE_NOOP("Timeline", "Ideal window"),
    Stage.WANING: QT_TRANSLATE_NOOP("Timeline", "Waning"),
    Stage.WORN_OFF: QT_TRANSLATE_NOOP("Timeline", "Worn off"),
    Stage.CLEAR: QT_TRANSLATE_NOOP("Timeline", "Allowed"),
}


def stage_label(stage: Stage, lang: str | None = None) -> str:
    return words_in(lang).translate("Timeline", STAGE_WORDS[stage])


def content(name: str, lang: str | None = None) -> Section:
    """A content section in ``lang``, or in English while that language has no such file yet."""
    try:
        return section(name, lang or ui_language())
    except ResourceNotFound:
        return section(name, "en")
