"""Words only the window puts round a plan (the timeline's stages) and its content files.

Each function takes ``lang``: None is the interface language. Targets, evidence levels and every
sentence about a plan come from :mod:`gui.core.words.common` and :mod:`gui.core.plan_words`, which the
handout uses too.
"""

from __future__ import annotations

from gui.core.resources import ResourceNotFound
from gui.store.content import Section, section
from gui.ui.i18n import ui_language


def content(name: str, lang: str | None = None) -> Section:
    """A content section in ``lang``, or in English while that language has no such file yet."""
    try:
        return section(name, lang or ui_language())
    except ResourceNotFound:
        return section(name, "en")
