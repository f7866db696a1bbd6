"""Colours: the timeline's theme (screen colours follow the palette, paper is black on white), the
verdict and banner colours of the normal and high-contrast themes, and the window's style sheet."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from gui.core import Stage

# Every band has a pattern as well as a colour, so no meaning rests on colour alone.
BAND_PATTERNS = {
    Stage.TOO_EARLY: Qt.BrushStyle.BDiagPattern,
    Stage.BEFORE_RECOMMENDED: Qt.BrushStyle.VerPattern,
    Stage.CONFLICTS_WITH_PLANNED: Qt.BrushStyle.DiagCrossPattern,
    Stage.IDEAL: Qt.BrushStyle.SolidPattern,
    Stage.WANING: Qt.BrushStyle.Dense6Pattern,
    Stage.WORN_OFF: Qt.BrushStyle.HorPattern,
    Stage.CLEAR: Qt.BrushStyle.SolidPattern,
}

# Hues before they are blended into the background; markers keep them when they stand out enough.
_HUES = {
    "too_early": "#c8553d",
    "before_recommended": "#8a6fd1",
    "ideal": "#2e9d5b",
    "waning": "#d99a2b",
    "worn_off": "#8a8f98",
    "clear": "#3b82c4",
    "today": "#1f4e9c",
    "proposed": "#a0246e",
    "treatment": "#3d4654",
}
TEXT_CONTRAST = 4.5  # WCAG AA for text
GRAPHIC_CONTRAST = 3.0  # WCAG AA for lines and symbols


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same) to 21 (black on white); a translucent ``a`` is seen on ``b``."""
    light, dark = sorted((relative_luminance(composite(a, b)), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def composite(color: QColor, background: QColor) -> QColor:
    """``color`` as it shows on an opaque ``background`` (a palette's placeholder text is translucent)."""
    return mix(color, background, color.alphaF()) if color.alpha() < 255 else QColor(color)


def mix(a: QColor, b: QColor, weight: float) -> QColor:
    """``weight`` of ``a`` blended with ``1 - weight`` of ``b``."""
    ra, rb = a.toRgb(), b.toRgb()
    return QColor.fromRgbF(
        ra.redF() * weight + rb.redF() * (1 - weight),
        ra.greenF() * weight + rb.greenF() * (1 - weight),
        ra.blueF() * weight + rb.blueF() * (1 - weight),
    )


def _tint(hue: str, background: QColor, text: QColor, weight: float) -> QColor:
    """A band fill: the hue blended into the background, light enough that text on it stays readable."""
    while weight > 0.05:
        tint = mix(QColor(hue), background, weight)
        if contrast_ratio(tint, text) >= TEXT_CONTRAST:
            return tint
        weight -= 0.05
    return QColor(background)


def _visible(hue: str, background: QColor, fallback: QColor) -> QColor:
    """A line colour that stands out from the background, else the text colour."""
    color = QColor(hue)
    return color if contrast_ratio(color, background) >= GRAPHIC_CONTRAST else QColor(fallback)


class Theme(NamedTuple):
    """Named colours for every part of the timeline; build one with :meth:`screen` or :meth:`print`."""

    background: QColor
    text: QColor
    axis: QColor
    pattern: QColor
    today: QColor
    proposed: QColor
    treatment: QColor
    flag: QColor  # a line for what breaks a rule (a session moved too early): the too-early hue, visible
    too_early: QColor
    before_recommended: QColor
    ideal: QColor
    waning: QColor
    worn_off: QColor
    clear: QColor

    def band_color(self, stage: Stage) -> QColor:
        return {
            Stage.TOO_EARLY: self.too_early,
            Stage.BEFORE_RECOMMENDED: self.before_recommended,
            Stage.CONFLICTS_WITH_PLANNED: self.too_early,  # not bookable either: its own cross-hatching
            Stage.IDEAL: self.ideal,
            Stage.WANING: self.waning,
            Stage.WORN_OFF: self.worn_off,
            Stage.CLEAR: self.clear,
        }[stage]

    @staticmethod
    def band_pattern(stage: Stage) -> Qt.BrushStyle:
        return BAND_PATTERNS[stage]

    @classmethod
    def screen(cls, palette: QPalette) -> Theme:
        """Text and background from the palette (so dark and high-contrast palettes work), hues blended in."""
        group = QPalette.ColorGroup.Active
        background = palette.color(group, QPalette.ColorRole.Base)
        text = palette.color(group, QPalette.ColorRole.Text)
        if contrast_ratio(text, background) < TEXT_CONTRAST:
            text = QColor("black") if relative_luminance(background) > 0.18 else QColor("white")
        return cls._build(background, text, band_weight=0.42)

    @classmethod
    def print(cls) -> Theme:
        """Black on white for paper: pale tints that print as light greys, patterns carry the meaning."""
        return cls._build(QColor("white"), QColor("black"), band_weight=0.32)

    @classmethod
    def _build(cls, background: QColor, text: QColor, band_weight: float) -> Theme:
        def band(name: str) -> QColor:
            return _tint(_HUES[name], background, text, band_weight)

        def line(name: str) -> QColor:
            return _visible(_HUES[name], background, text)

        return cls(
            background=QColor(background),
            text=QColor(text),
            axis=mix(text, background, 0.8),
            pattern=mix(text, background, 0.6),
            today=line("today"),
            proposed=line("proposed"),
            treatment=line("treatment"),
            flag=line("too_early"),
            too_early=band("too_early"),
            before_recommended=band("before_recommended"),
            ideal=band("ideal"),
            waning=band("waning"),
            worn_off=band("worn_off"),
            clear=band("clear"),
        )


# Verdict frames and banners: (background, border, text). Every text/background pair is ≥ 4.5:1,
# and each verdict also carries an icon and words, so colour is never the only signal.
VERDICT_COLOURS = {
    "too-early": ("#fdecea", "#b3261e", "#410e0b"),
    "before-recommended": ("#f1ecfb", "#5b3fa8", "#24124d"),  # allowed: ask the practitioner first
    "ideal": ("#e6f4ea", "#1e6b35", "#0b2e16"),
    "late": ("#fff4e0", "#8a5300", "#3d2500"),
    "clear": ("#e8f0fe", "#1a4fa0", "#0b1f44"),
    "closed": ("#fdecea", "#b3261e", "#410e0b"),  # not bookable: as too early
    "conflicts-with-planned": ("#fdecea", "#b3261e", "#410e0b"),  # not bookable either
    # Screening answered yes: not while the condition lasts (as too early), or ask first (as before
    # the recommended date).
    "not-today": ("#fdecea", "#b3261e", "#410e0b"),
    "ask-first": ("#f1ecfb", "#5b3fa8", "#24124d"),
    "session-does-not-fit": ("#fdecea", "#b3261e", "#410e0b"),  # a course that cannot be booked
    "incomplete": ("#fff4e0", "#8a5300", "#3d2500"),
}
ERROR_TEXT = "#b3261e"  # inline error words under a field, on the window background
ATTENTION = VERDICT_COLOURS["incomplete"]

# The same on the high-contrast theme's black: white words, a bright border in the verdict's hue
# (at least 7:1 on black), and yellow, the theme's colour for what needs attention.
HIGH_CONTRAST_VERDICT_COLOURS = {
    "too-early": ("#000000", "#ff6666", "#ffffff"),
    "before-recommended": ("#000000", "#bb99ff", "#ffffff"),
    "ideal": ("#000000", "#33dd66", "#ffffff"),
    "late": ("#000000", "#ffbb33", "#ffffff"),
    "clear": ("#000000", "#66bbff", "#ffffff"),
    "closed": ("#000000", "#ff6666", "#ffffff"),
    "conflicts-with-planned": ("#000000", "#ff6666", "#ffffff"),
    "not-today": ("#000000", "#ff6666", "#ffffff"),
    "ask-first": ("#000000", "#bb99ff", "#ffffff"),
    "session-does-not-fit": ("#000000", "#ff6666", "#ffffff"),
    "incomplete": ("#000000", "#ffff00", "#ffff00"),
}
HIGH_CONTRAST_ERROR_TEXT = "#ff8a80"
FOCUS_COLOUR = "#ffff00"  # the high-contrast palette's Highlight

# High contrast draws every field and button with a light border (Fusion's own outline is the
# window colour darkened, which is black on black), a thicker yellow one while it has focus, and its
# own indicators and scroll bars, sized in em so they grow with the text (the arrows are drawn by
# app_theme.HighContrastStyle, to the size of these boxes).
_HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextBrowser, QComboBox, QSpinBox, QPushButton, QToolButton {
    border: 2px solid #c0c0c0; margin: 1px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus, QComboBox:focus, QSpinBox:focus,
QPushButton:focus, QToolButton:focus { border: 3px solid FOCUS; margin: 0px; }
QCheckBox, QRadioButton, QTabBar::tab { border: 3px solid transparent; }
QCheckBox:focus, QRadioButton:focus, QTabBar::tab:focus { border: 3px solid FOCUS; }
QPushButton, QToolButton { padding: 2px 8px; }
QToolButton::menu-indicator { image: none; width: 0px; }
QComboBox { padding: 1px 4px; }
QComboBox::drop-down, QSpinBox::up-button, QSpinBox::down-button { width: 1.3em; }
QTabBar::tab { padding: 4px 10px; color: #ffffff; background: #000000; }
QTabBar::tab:selected { color: #000000; background: FOCUS; }
HistoryRow, QTabWidget::pane { border: 1px solid #c0c0c0; }
QGroupBox { border: 1px solid #c0c0c0; margin-top: 1.4em; padding-top: 0.2em; }
QGroupBox::title { subcontrol-origin: margin; left: 0.5em; padding: 0 0.2em; }
QRadioButton::indicator, QCheckBox::indicator { width: 0.8em; height: 0.8em;
    border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 0.4em; }
QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.7, fx: 0.5, fy: 0.5, stop: 0 FOCUS, stop: 0.55 FOCUS, stop: 0.6 #000000) }
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: #a8a8a8; }
QScrollBar:vertical { width: 1em; }
QScrollBar:horizontal { height: 1em; }
QScrollBar { background: #000000; border: 1px solid #c0c0c0; margin: 0px; }
QScrollBar::handle { background: #c0c0c0; min-height: 2em; min-width: 2em; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
""".replace("FOCUS", FOCUS_COLOUR)


def verdict_colours(high_contrast: bool = False) -> dict[str, tuple[str, str, str]]:
    return HIGH_CONTRAST_VERDICT_COLOURS if high_contrast else VERDICT_COLOURS


def window_style_sheet(high_contrast: bool = False) -> str:
    """The main window's own style sheet: in high contrast, the borders and focus of every field and
    every part's rules below; otherwise none. A style sheet on a window restyles every widget in it
    (about 20 ms of the start, and each repaint): the coloured parts carry :func:`part_style_sheet`."""
    return "\n".join([part_style_sheet(True), _HIGH_CONTRAST_SHEET]) if high_contrast else ""


def part_style_sheet(high_contrast: bool = False) -> str:
    """The rules for the coloured parts — the verdict frame, inline errors, the attention list, the
    banner and a planned treatment's row — set on each such part itself."""
    colours = verdict_colours(high_contrast)
    error = HIGH_CONTRAST_ERROR_TEXT if high_contrast else ERROR_TEXT
    width = 3 if high_contrast else 2
    rules = [f"QFrame#verdict {{ border: {width}px solid palette(mid); border-radius: 6px; }}"]
    for verdict, (background, border, text) in colours.items():
        rules.append(
            f'QFrame#verdict[verdict="{verdict}"] {{ background: {background}; '
            f"border-color: {border}; color: {text}; }} "
            f'QFrame#verdict[verdict="{verdict}"] QLabel {{ color: {text}; }}'
        )
    background, border, text = colours["incomplete"]
    rules.append(f'QLabel[state="error"] {{ color: {error}; }}')
    rules.append(
        f"QLabel#attention {{ background: {background}; color: {text}; "
        f"border: 1px solid {border}; padding: 4px; }}"
    )
    rules.append(
        f"QFrame#banner {{ background: {background}; border: 2px solid {border}; }} "
        f"QFrame#banner QLabel {{ color: {text}; }}"
    )
    # A planned treatment's row: a dashed border, as its ring on the timeline is hollow.
    dashes = "#ffffff" if high_contrast else "palette(dark)"
    rules.append(f'HistoryRow[planned="true"] {{ border: {width}px dashed {dashes}; }}')
    return "\n".join(rules)
