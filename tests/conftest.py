"""Test set-up: offscreen Qt, a UTF-8 locale and isolated settings, before anything imports Qt."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest
from hypothesis import settings

from gui.ui.qt_runtime import immortalize_none

# CI draws the same examples every run (a red build must mean a change broke something); local runs
# explore new random examples, and what they find becomes a fixed regression test.
settings.register_profile("ci", derandomize=True, database=None)
# Before resolving an issue: 5,000 typing-model sessions (``--hypothesis-profile=long``). Registered here,
# before pytest reads the option; a profile registered in a test module is not yet known then.
settings.register_profile("long", max_examples=5_000, stateful_step_count=14, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

immortalize_none()  # PySide6 6.12 on Python 3.11 leaks references to None; see gui/ui/qt_runtime.py


def _require_service(name: str, available: bool, how: str) -> None:
    if available:
        return
    message = f"{name} is not available: {how}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (.ci/run should have installed it)")
    pytest.skip(message)


@pytest.fixture
def require_service() -> Callable[[str, bool, str], None]:
    """For tests that need a real service: fail in CI when it is missing, skip with a reason elsewhere."""
    return _require_service


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A real X server (Xvfb) for the test; fails in CI when Xvfb is missing."""
    import shutil

    from services import xvfb

    _require_service("Xvfb", shutil.which("Xvfb") is not None, "install the xvfb package (see .ci/run)")
    with xvfb() as display:
        yield display


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and QStandardPaths writes out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def switch_to(qapp: object) -> Iterator[Callable[[str], str]]:
    """Switch the running app's language (and deliver the LanguageChange events); English after the
    test, with the locale the test found. (Qt is imported here, after the set-up above.)"""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from gui.ui.i18n import install_language

    assert isinstance(qapp, QApplication)
    before = QLocale()

    def switch(code: str) -> str:
        installed = install_language(qapp, code)
        QCoreApplication.processEvents()  # translators post LanguageChange; widgets re-apply their texts
        return installed

    yield switch
    install_language(qapp, "en")
    QCoreApplication.processEvents()
    QLocale.setDefault(before)
