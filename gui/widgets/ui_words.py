"""Words the window puts round a plan (targets, evidence levels, stages), translated like the interface.

Each function takes ``lang``: None is the interface language; a handout may ask for another one.
"""

from __future__ import annotations

from ..content import Section, section
from ..i18n import QT_TRANSLATE_NOOP, ui_language, words_in
from ..resource_files import ResourceNotFound
from ..timing import Stage

TARGET_WORDS = {
    "microneedling": QT_TRANSLATE_NOOP("Targets", "microneedling"),
    "rf-microneedling": QT_TRANSLATE_NOOP("Targets", "RF microneedling"),
}
EVIDENCE_WORDS = {
    "label": QT_TRANSLATE_NOOP("Evidence", "product label"),
    "consensus": QT_TRANSLATE_NOOP("Evidence", "expert consensus"),
    "study": QT_TRANSLATE_NOOP("Evidence", "published study"),
    "expert-opinion": QT_TRANSLATE_NOOP("Evidence", "expert opinion"),
    "clinic-policy": QT_TRANSLATE_NOOP("Evidence", "clinic policy"),
    "limited": QT_TRANSLATE_NOOP("Evidence", "limited evidence"),
}
STAGE_WORDS = {  # on the timeline's band chips and in its legend
    Stage.TOO_EARLY: QT_TRANSLATE_NOOP("Timeline", "Too early"),
    Stage.IDEAL: QT_TRANSLATE_NOOP("Timeline", "Ideal window"),
    Stage.WANING: QT_TRANSLATE_NOOP("Timeline", "Waning"),
    Stage.WORN_OFF: QT_TRANSLATE_NOOP("Timeline", "Worn off"),
    Stage.CLEAR: QT_TRANSLATE_NOOP("Timeline", "Allowed"),
}


def target_name(target: str, lang: str | None = None) -> str:
    """'microneedling', 'RF microneedling' (lower case, for the middle of a sentence)."""
    return words_in(lang).translate("Targets", TARGET_WORDS.get(target, target))


def evidence_words(level: str, lang: str | None = None) -> str:
    return words_in(lang).translate("Evidence", EVIDENCE_WORDS.get(level, level))


def stage_label(stage: Stage, lang: str | None = None) -> str:
    return words_in(lang).translate("Timeline", STAGE_WORDS[stage])


def content(name: str, lang: str | None = None) -> Section:
    """A content section in ``lang``, or in English while that language has no such file yet."""
    try:
        return section(name, lang or ui_language())
    except ResourceNotFound:
        return section(name, "en")
