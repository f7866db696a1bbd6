"""The app's icon: every shipped size on the application (so on every window), and no crash without it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

import gui.app
from gui.app import ICON_SIZES, app_icon, create_application
from gui.core.resources import ResourceNotFound


def test_the_application_carries_the_icon_at_every_size(qapp: QApplication) -> None:
    app = create_application([])
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_a_missing_icon_file_is_skipped_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    real = gui.app.resource_path

    def without_16(*parts: str):  # type: ignore[no-untyped-def]
        if parts[-1].endswith("-16.png"):
            raise ResourceNotFound("gone")
        return real(*parts)

    monkeypatch.setattr(gui.app, "resource_path", without_16)
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES) - {16}
