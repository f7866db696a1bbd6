"""The one colour theme of the timeline: screen colours follow the palette, paper is black on white."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from gui.timing import Stage

# Every band has a pattern as well as a colour, so no meaning rests on colour alone.
BAND_PATTERNS = {
    Stage.TOO_EARLY: Qt.BrushStyle.BDiagPattern,
    Stage.IDEAL: Qt.BrushStyle.SolidPattern,
    Stage.WANING: Qt.BrushStyle.Dense6Pattern,
    Stage.WORN_OFF: Qt.BrushStyle.HorPattern,
    Stage.CLEAR: Qt.BrushStyle.SolidPattern,
}

# Hues before they are blended into the background; markers keep them when they stand out enough.
_HUES = {
    "too_early": "#c8553d",
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
    """WCAG 2 contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


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


@dataclass(frozen=True)
class Theme:
    """Named colours for every part of the timeline; build one with :meth:`screen` or :meth:`print`."""

    background: QColor
    text: QColor
    axis: QColor
    pattern: QColor
    today: QColor
    proposed: QColor
    treatment: QColor
    too_early: QColor
    ideal: QColor
    waning: QColor
    worn_off: QColor
    clear: QColor

    def band_color(self, stage: Stage) -> QColor:
        return {
            Stage.TOO_EARLY: self.too_early,
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
            too_early=band("too_early"),
            ideal=band("ideal"),
            waning=band("waning"),
            worn_off=band("worn_off"),
            clear=band("clear"),
        )


# Verdict frames and banners: (background, border, text). Every text/background pair is ≥ 4.5:1,
# and each verdict also carries an icon and words, so colour is never the only signal.
VERDICT_COLOURS = {
    "too-early": ("#fdecea", "#b3261e", "#410e0b"),
    "ideal": ("#e6f4ea", "#1e6b35", "#0b2e16"),
    "late": ("#fff4e0", "#8a5300", "#3d2500"),
    "clear": ("#e8f0fe", "#1a4fa0", "#0b1f44"),
    "incomplete": ("#fff4e0", "#8a5300", "#3d2500"),
}
ERROR_TEXT = "#b3261e"  # inline error words under a field, on the window background
ATTENTION = VERDICT_COLOURS["incomplete"]


def window_style_sheet() -> str:
    """The style sheet for the verdict frame, inline errors and the attention banner."""
    rules = ["QFrame#verdict { border: 2px solid palette(mid); border-radius: 6px; }"]
    for verdict, (background, border, text) in VERDICT_COLOURS.items():
        rules.append(
            f'QFrame#verdict[verdict="{verdict}"] {{ background: {background}; '
            f"border-color: {border}; color: {text}; }}"
        )
    background, border, text = ATTENTION
    rules.append(f'QLabel[state="error"] {{ color: {ERROR_TEXT}; }}')
    rules.append(
        f"QLabel#attention {{ background: {background}; color: {text}; "
        f"border: 1px solid {border}; padding: 4px; }}"
    )
    rules.append(
        f"QFrame#banner {{ background: {background}; border: 2px solid {border}; }} "
        f"QFrame#banner QLabel {{ color: {text}; }}"
    )
    return "\n".join(rules)
