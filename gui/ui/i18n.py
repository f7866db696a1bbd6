"""The interface language: chosen by the settings or the system, and switched at run time with Qt translators.

Widgets translate with ``self.tr()`` and re-apply their texts on ``QEvent.Type.LanguageChange``;
text outside classes, and every plural, goes through :func:`translate` (pyside6-lupdate reads its
calls like ``QCoreApplication.translate``), or ``words_in(lang).translate`` for a chosen language.
Catalogs live in ``resources/translations``: ``app_es`` (everything) and ``app_en`` (only the
English plural forms). ``python -m gui.ui.i18n update`` regenerates them; see :mod:`gui.ui.i18n_catalog`.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from gui.ui import qt_catalogs as catalogs
from gui.ui.qt_catalogs import QT_TRANSLATE_NOOP, Words, app_catalog

__all__ = ["QT_TRANSLATE_NOOP", "Words", "app_catalog"]  # the catalogues' own names, for the window

LANGUAGES = ("en", "es")
_QT_LANGUAGES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}


class _Installed:
    """What :func:`install_language` put on the application (Qt holds translators by pointer)."""

    def __init__(self) -> None:
        self.code = "en"
        self.translators: list[QTranslator] = []
        self.system: QLocale | None = None  # the default locale before the first switch


_installed = _Installed()


# Texts of Qt's own file and print dialogs that Qt's Spanish catalogue (qtbase_es) lacks in Qt 6:
# carried in the app's catalogue under Qt's own contexts, so those dialogs are whole in Spanish.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP(
        "QPrintSettingsOutput",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a "
        "hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
    ),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    # The printer's Properties dialog (its Page and Advanced tabs, and the CUPS job options).
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Advanced"),
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"),
    # The file dialog's Type column.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QMimeType", "TOML document"),
)


def qt_catalogue_gaps_disambiguated() -> tuple[str, ...]:
    """The same for texts Qt looks up with a disambiguation, in the interface language: written as
    calls, since lupdate reads a disambiguation only from a ``translate`` call."""
    return (
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QCupsJobWidget", "&Start:", "Banner page at start"),
        translate("QCupsJobWidget", "&End:", "Banner page at end"),
    )


def system_locale() -> QLocale:
    """The locale the app started with (before :func:`install_language` changed the default)."""
    return QLocale(_installed.system) if _installed.system is not None else QLocale()


def system_language(locale: QLocale | None = None) -> str:
    """'es' when the (system) locale is Spanish, else 'en'."""
    language = (locale if locale is not None else system_locale()).language()
    return "es" if language == QLocale.Language.Spanish else "en"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The interface language for a settings value: 'system', 'en' or 'es'."""
    return setting if setting in LANGUAGES else system_language(system)


def ui_language() -> str:
    """The language the interface shows now ('en' until :func:`install_language` says otherwise)."""
    return _installed.code


@cache
def qt_catalog(code: str) -> QTranslator | None:
    """Qt's own strings (print and file dialogs, standard buttons) from the Qt installation."""
    if code == "en":
        return None
    from PySide6.QtCore import QLibraryInfo  # another language than English: not at every start

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


def install_language(app: QCoreApplication, code: str) -> str:
    """Switch the running app to ``code``: translators, default locale; returns the language now shown.

    Removing and installing translators makes Qt send ``LanguageChange`` to every widget, which
    re-applies its texts. Spanish installs ``app_es`` and Qt's ``qtbase_es`` (print and file dialogs);
    English only ``app_en``, its plural forms. An unknown code, or a missing catalog, gives English.
    """
    if _installed.system is None:
        _installed.system = QLocale()
    if code not in LANGUAGES or (code != "en" and app_catalog(code) is None):
        code = "en"
    for translator in _installed.translators:
        app.removeTranslator(translator)
    _installed.translators = [t for t in (app_catalog(code), qt_catalog(code)) if t is not None]
    for translator in _installed.translators:
        app.installTranslator(translator)
    QLocale.setDefault(ui_locale(code))
    _installed.code = code
    return code


def ui_locale(code: str) -> QLocale:
    """The system locale when it speaks ``code``; else ``code`` in the system's territory (for dates)."""
    system = system_locale()
    if system_language(system) == code:
        return system
    return QLocale(_QT_LANGUAGES[code], system.territory())


def words_in(lang: str | None = None) -> Words:
    """The words of ``lang``; None is the interface language."""
    return catalogs.words_in(lang or _installed.code)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` in the interface language, for text outside classes and for plurals.

    English plural forms come from the ``app_en`` catalog, so "%n day(s)" reads "1 day" and "2 days"
    even before any translator is installed.
    """
    return words_in().translate(context, text, disambiguation, n)


def main(argv: list[str] | None = None) -> int:
    """``python -m gui.ui.i18n update|check``: regenerate the catalogs, or say whether they are up to date."""
    from gui.ui.i18n_catalog import main as catalog_main

    return catalog_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
