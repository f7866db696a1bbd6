"""Every text/background pair the app uses reaches 4.5:1 (WCAG 1.4.3), in both themes; lines 3:1 (1.4.11).

Disabled text is measured too, but only the high-contrast theme promises 4.5:1 for it: WCAG 1.4.3
exempts inactive controls, and the normal theme keeps the desktop's greyed-out look.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.core import Stage
from gui.drawing.theme import (
    ERROR_TEXT,
    FOCUS_COLOUR,
    GRAPHIC_CONTRAST,
    HIGH_CONTRAST_ERROR_TEXT,
    TEXT_CONTRAST,
    Theme,
    contrast_ratio,
    verdict_colours,
    window_style_sheet,
)
from gui.ui.app_theme import GROUPS, TEXT_PAIRS, high_contrast_palette, readable, readable_palette

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
THEMES = {"normal": False, "high contrast": True}


@pytest.fixture(params=list(THEMES))
def themed(
    request: pytest.FixtureRequest, theme: Callable[[bool], None], qapp: QApplication
) -> Iterator[bool]:
    """The application in each theme, as a person switches it (View → High contrast)."""
    high_contrast = THEMES[request.param]
    theme(high_contrast)
    yield high_contrast


def pairs(palette: QPalette, groups: tuple[Group, ...]) -> Iterator[tuple[str, float]]:
    for group in groups:
        for text, background in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            yield f"{group.name} {text.name} on {background.name}", ratio


def test_every_palette_text_role_is_readable(themed: bool, qapp: QApplication) -> None:
    groups = GROUPS if themed else (Group.Active, Group.Inactive)  # disabled text is exempt (1.4.3)
    low = {name: round(ratio, 2) for name, ratio in pairs(qapp.palette(), groups) if ratio < TEXT_CONTRAST}
    assert not low


def test_the_normal_theme_repairs_what_fusion_gets_wrong(qapp: QApplication) -> None:
    """Fusion's own palette: grey placeholder text at 4.0:1, white on light-blue selection at 3.7:1."""
    fusion = qapp.style().standardPalette()
    before = dict(pairs(fusion, (Group.Active,)))
    assert before["Active PlaceholderText on Base"] < TEXT_CONTRAST
    assert before["Active HighlightedText on Highlight"] < TEXT_CONTRAST
    after = dict(pairs(readable_palette(fusion), (Group.Active,)))
    assert min(after.values()) >= TEXT_CONTRAST
    fixed = readable_palette(fusion)
    assert fixed.color(Role.HighlightedText) == fusion.color(Role.HighlightedText), "selection text kept"
    assert fixed.color(Role.Text) == fusion.color(Role.Text), "what was fine is left alone"
    placeholder = fixed.color(Role.PlaceholderText)
    assert contrast_ratio(placeholder, fixed.color(Role.Text)) > 2, "placeholder still looks unlike text"


def test_a_dark_desktop_palette_is_repaired_too() -> None:
    dark = QPalette(QColor("#303030"), QColor("#2a2a2a"))
    dark.setColor(Role.PlaceholderText, QColor(255, 255, 255, 90))
    dark.setColor(Role.Link, QColor("#2050c0"))
    assert min(ratio for _, ratio in pairs(readable_palette(dark), (Group.Active,))) >= TEXT_CONTRAST


def test_high_contrast_palette_is_complete_and_coherent() -> None:
    palette = high_contrast_palette()
    assert min(ratio for _, ratio in pairs(palette, GROUPS)) >= 7, "AAA for every role, disabled too"
    assert palette.color(Role.Window) == QColor("black") and palette.color(Role.Highlight) == QColor("yellow")
    for group in GROUPS:  # disabled text is grey, so it never reads as active
        assert palette.color(Group.Disabled, Role.Text) != palette.color(Group.Active, Role.Text)
        assert palette.color(group, Role.Base) == QColor("black")


@pytest.mark.parametrize("high_contrast", [False, True])
def test_verdict_and_banner_colours(high_contrast: bool) -> None:
    window = (high_contrast_palette() if high_contrast else QApplication.palette()).color(Role.Window)
    for verdict, (background, border, text) in verdict_colours(high_contrast).items():
        assert contrast_ratio(QColor(text), QColor(background)) >= TEXT_CONTRAST, verdict
        assert contrast_ratio(QColor(border), QColor(window)) >= GRAPHIC_CONTRAST, verdict


def test_error_words_on_each_window_background(themed: bool, qapp: QApplication) -> None:
    error = HIGH_CONTRAST_ERROR_TEXT if themed else ERROR_TEXT
    for group in (Group.Active, Group.Inactive):
        assert contrast_ratio(QColor(error), qapp.palette().color(group, Role.Window)) >= TEXT_CONTRAST


def test_high_contrast_tabs_are_readable_selected_or_not() -> None:
    """The style sheet paints the tabs itself: black on yellow when selected, white on black when not."""
    sheet = window_style_sheet(high_contrast=True)
    assert f"QTabBar::tab:selected {{ color: #000000; background: {FOCUS_COLOUR}; }}" in sheet
    assert "QTabBar::tab { padding: 4px 10px; color: #ffffff; background: #000000; }" in sheet
    assert contrast_ratio(QColor("#000000"), QColor(FOCUS_COLOUR)) >= TEXT_CONTRAST
    assert contrast_ratio(QColor("#ffffff"), QColor("#000000")) >= TEXT_CONTRAST


def test_high_contrast_focus_and_field_borders_stand_out() -> None:
    black = high_contrast_palette().color(Role.Window)
    assert contrast_ratio(QColor(FOCUS_COLOUR), black) >= GRAPHIC_CONTRAST
    assert contrast_ratio(QColor("#c0c0c0"), black) >= GRAPHIC_CONTRAST
    assert contrast_ratio(QColor(FOCUS_COLOUR), QColor("#c0c0c0")) >= 1.3, "focus differs from no focus"


def timeline_themes(qapp: QApplication) -> dict[str, Theme]:
    return {
        "screen": Theme.screen(readable_palette(qapp.style().standardPalette())),
        "screen, high contrast": Theme.screen(high_contrast_palette()),
        "paper": Theme.print(),
    }


def test_timeline_text_on_every_band_and_background(qapp: QApplication) -> None:
    for name, theme in timeline_themes(qapp).items():
        for background in (theme.background, *(theme.band_color(stage) for stage in Stage)):
            assert contrast_ratio(theme.text, background) >= TEXT_CONTRAST, name
        for line in (theme.today, theme.proposed, theme.treatment, theme.axis, theme.pattern):
            assert contrast_ratio(line, theme.background) >= GRAPHIC_CONTRAST, name


def test_readable_moves_a_colour_only_as_far_as_needed() -> None:
    grey = readable(QColor("#999999"), QColor("white"))
    assert TEXT_CONTRAST <= contrast_ratio(grey, QColor("white")) < TEXT_CONTRAST + 0.3
    assert readable(QColor("black"), QColor("white")) == QColor("black")
