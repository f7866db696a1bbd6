"""This app's compiled Qt catalogues (widget chrome), read in any language without installing them.

The window installs them for its widgets (:mod:`gui.ui.i18n`); a widget that speaks a language chosen
by name (the Why panel follows the interface language even before the translator is installed) asks
:func:`words_in`. What the drawing, the handout and the command line say comes from the gettext
catalogues instead (:mod:`gui.core.catalog`).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QTranslator

from gui.core.resources import ResourceNotFound, resource_path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalog under ``context`` and give it back untranslated (for tables).

    PySide6's own returns ``object`` to type checkers; translate the value where it is shown.
    """
    return text


@cache
def app_catalog(code: str) -> QTranslator | None:
    """This app's compiled catalog for ``code``, or None when it is not there."""
    translator = QTranslator()
    try:
        path = resource_path("translations", f"app_{code}.qm")
    except ResourceNotFound:
        return None
    return translator if translator.load(str(path)) else None


class Words(NamedTuple):
    """This app's words in one language, whatever the interface shows: ``words_in("es").translate(…)``.

    pyside6-lupdate reads ``….translate(context, text)`` calls, so a language can be chosen without
    hiding the text from it (a ``lang=`` argument would be read as a plural count).
    """

    lang: str

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Like ``QCoreApplication.translate``: ``%n`` becomes ``n``; English plurals come from ``app_en``."""
        catalog = app_catalog(self.lang)
        found = catalog.translate(context, text, disambiguation, n) if catalog is not None else ""
        result = found or text
        return result.replace("%n", str(n)) if n >= 0 else result


def words_in(lang: str) -> Words:
    """The words of ``lang`` (an unknown language reads as English)."""
    return Words(lang)
