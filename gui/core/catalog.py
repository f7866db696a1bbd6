"""Every sentence the core, the handout and the command line say, in one language: gettext catalogues.

The English sentence is the message id, written once where the sentence is made (in
``gui/core/words``, :mod:`gui.core.dates` and the few modules that call :func:`words`); every
other language is a ``.po`` file under ``resources/locale/<lang>/LC_MESSAGES/``, which translators
edit with standard tools (Poedit, Weblate, ``pybabel``). ``python -m gui.ui.i18n update`` extracts
the ids with Babel, merges them into each ``.po`` and compiles the ``.mo`` files read here;
``… check`` says what is missing or stale.

Qt Linguist catalogues (``resources/translations``) stay for widget chrome only: they follow the
interface language, while these follow the language a caller asks for, so a Spanish handout can be
printed from an English window.

Usage::

    _ = words(lang)
    _("The clinic is closed on {day}.", day=…)          # gettext, then str.format
    _.ngettext("{n} day", "{n} days", n)                 # plural forms of the language
    _.pgettext("month", "May")                           # the same English in another sense

Pure Python (``gettext`` from the standard library), so the core stays free of Qt.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path
from typing import NamedTuple

from gui.core.resources import resources_root

DOMAIN = "microneedling-window"
LANGUAGES = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}  # each in its own language, for a chooser


def locale_dir() -> Path:
    """``resources/locale`` (in a checkout, a wheel or the bundle)."""
    return resources_root() / "locale"


def check_language(lang: str) -> str:
    """``lang`` if the app has words for it; ValueError naming the known ones otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    return lang


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue and give it back as it is (for tables; say it with ``words``)."""
    return message


def _fill(text: str, values: dict[str, object]) -> str:
    return text.format(**values) if values else text


class Words(NamedTuple):
    """The app's sentences in ``lang``: call it like ``gettext``; named values are filled in after."""

    lang: str
    catalogue: gettext.NullTranslations  # one per language (see _words)

    def __repr__(self) -> str:
        return f"Words({self.lang!r})"

    def __call__(self, message: str, /, **values: object) -> str:
        return _fill(self.catalogue.gettext(message), values)

    def ngettext(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        """The form of the language for ``n``; ``{n}`` in the text becomes ``n``."""
        return _fill(self.catalogue.ngettext(singular, plural, n), {"n": n, **values})

    def pgettext(self, context: str, message: str, /, **values: object) -> str:
        return _fill(self.catalogue.pgettext(context, message), values)


def words(lang: str) -> Words:
    """The sentences of ``lang``; English for a language the app does not speak (callers that take a
    language from a person check it first with :func:`check_language`).

    English is the message ids themselves; another language reads its compiled catalogue once. A
    missing catalogue falls back to English rather than stopping a desk; ``… i18n check`` and the tests
    make sure it is there.
    """
    return _words(lang if lang in LANGUAGES else "en")


@cache
def _words(lang: str) -> Words:
    """One ``Words`` per language: the catalogues are read-only files shipped with the app, and
    ``gettext.translation`` looks for the file on disk at every call (about 37 µs a sentence, on the
    path of every edit), so each language's is found and read once."""
    if lang == "en":
        return Words(lang, gettext.NullTranslations())
    return Words(lang, gettext.translation(DOMAIN, locale_dir(), languages=[lang], fallback=True))
