"""The patient text (benefits, risks, what the treatments are) the window's panels show.

``lang`` None is the interface language. Every sentence about a plan comes from the gettext catalogue
(:mod:`gui.core.words.common`, :mod:`gui.core.plan_words`), which the handout and the CLI use too.
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
