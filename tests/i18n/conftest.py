"""Language switches in these tests always end back in English, with the locale the test found."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from gui.i18n import install_language


@pytest.fixture
def switch_to(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Switch the running app's language (and deliver the LanguageChange events); English after the test."""
    before = QLocale()

    def switch(code: str) -> str:
        installed = install_language(qapp, code)
        QCoreApplication.processEvents()  # translators post LanguageChange; widgets re-apply their texts
        return installed

    yield switch
    install_language(qapp, "en")
    QCoreApplication.processEvents()
    QLocale.setDefault(before)
