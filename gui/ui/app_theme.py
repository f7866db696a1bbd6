"""The application's two looks: the desktop's own palette made readable, and high contrast.

Offscreen and on a bare X server there is no desktop colour scheme to follow (``setColorScheme``
does nothing there, field notes §6), so high contrast is an in-app choice: the Fusion style with an
explicit white-on-black palette and yellow highlights. The normal look keeps the desktop's style
and palette and only lifts the text colours that fall short of WCAG AA (Fusion's grey placeholder
text and white-on-light-blue selection do). Disabled text is left alone there: WCAG 1.4.3 exempts
inactive controls. The choice is the user's, kept in ``QSettings`` under ``view/high_contrast``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from gui.drawing.theme import TEXT_CONTRAST, composite, contrast_ratio, mix, part_style_sheet

SETTING = "view/high_contrast"
HIGH_CONTRAST_STYLE = "Fusion"

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
GROUPS = (Group.Active, Group.Inactive, Group.Disabled)

# Every text role and the background it is drawn on. BrightText is Qt's colour for text on
# dark shading (a pressed button), so it is measured on Dark.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
    (Role.LinkVisited, Role.Window),
    (Role.BrightText, Role.Dark),
)

# White on black, yellow for what is selected or focused; every role set, so nothing falls back
# to a colour meant for a light palette.
_HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.ToolTipBase: "#ffff00",
    Role.ToolTipText: "#000000",
    Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000",
    Role.Accent: "#ffff00",
    Role.PlaceholderText: "#c0c0c0",
    Role.Link: "#66ccff",
    Role.LinkVisited: "#ff99ff",
    Role.BrightText: "#ffff00",
    Role.Light: "#ffffff",
    Role.Midlight: "#c0c0c0",
    Role.Mid: "#a0a0a0",
    Role.Dark: "#000000",
    Role.Shadow: "#000000",
}
# Disabled: grey, still 7:1 on black and on AlternateBase: readable, but plainly not active.
_HIGH_CONTRAST_DISABLED = {
    Role.WindowText: "#a8a8a8",
    Role.Text: "#a8a8a8",
    Role.ButtonText: "#a8a8a8",
    Role.PlaceholderText: "#a8a8a8",
    Role.Highlight: "#a0a0a0",
    Role.Accent: "#a0a0a0",
    Role.Link: "#a8a8a8",
    Role.LinkVisited: "#a8a8a8",
    Role.BrightText: "#a8a8a8",
    Role.Light: "#808080",
    Role.Midlight: "#808080",
    Role.Mid: "#808080",
}


def high_contrast_palette() -> QPalette:
    """White on black with yellow highlights, in every colour group."""
    palette = QPalette()
    for group in GROUPS:
        for role, color in _HIGH_CONTRAST.items():
            palette.setColor(group, role, QColor(color))
    for role, color in _HIGH_CONTRAST_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(color))
    return palette


def _extreme_against(background: QColor) -> QColor:
    black, white = QColor("black"), QColor("white")
    return black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white


def readable(foreground: QColor, background: QColor) -> QColor:
    """``foreground`` (made opaque on ``background``), moved towards black or white until it is AA text."""
    color = composite(foreground, background)
    target = _extreme_against(background)
    weight = 0.0
    while contrast_ratio(color, background) < TEXT_CONTRAST and weight < 1.0:
        weight = min(1.0, weight + 0.02)
        color = mix(target, composite(foreground, background), weight)
    return color


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with every enabled text pair at 4.5:1 or more; its look otherwise unchanged.

    The selection keeps its text colour and gets a deeper background (white text on a light blue
    highlight is the usual shortfall); every other pair changes its text colour.
    """
    fixed = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        for text, background in TEXT_PAIRS:
            fg, bg = fixed.color(group, text), fixed.color(group, background)
            if contrast_ratio(composite(fg, bg), bg) >= TEXT_CONTRAST:
                continue
            if text is Role.HighlightedText:
                fixed.setColor(group, background, readable(bg, composite(fg, bg)))
            else:
                fixed.setColor(group, text, readable(fg, bg))
    return fixed


_ARROWS = {  # direction of each arrow primitive, as (x, y) of its tip from the centre
    QStyle.PrimitiveElement.PE_IndicatorArrowDown: (0.0, 1.0),
    QStyle.PrimitiveElement.PE_IndicatorArrowUp: (0.0, -1.0),
    QStyle.PrimitiveElement.PE_IndicatorArrowLeft: (-1.0, 0.0),
    QStyle.PrimitiveElement.PE_IndicatorArrowRight: (1.0, 0.0),
}


class HighContrastStyle(QProxyStyle):
    """Fusion, with arrows filled in the text colour and as large as their box: Fusion's own are a
    fixed few pixels, whatever the text size."""

    def __init__(self) -> None:
        super().__init__(HIGH_CONTRAST_STYLE)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in _ARROWS:
            super().drawPrimitive(element, option, painter, widget)
            return
        (dx, dy), rect = _ARROWS[element], option.rect
        half = min(rect.width(), rect.height()) * 0.3
        centre = QPointF(rect.center())
        tip = centre + QPointF(dx, dy) * half
        base = centre - QPointF(dx, dy) * half * 0.6
        side = QPointF(-dy, dx) * half
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawPolygon(QPolygonF([tip, base + side, base - side]))
        painter.restore()


class _Desktop:
    """The style and palette the application started with, so switching back restores them."""

    style: str | None = None
    palette: QPalette | None = None


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    """Switch the whole application to high contrast or back to the (readable) desktop look."""
    if _Desktop.style is None:
        _Desktop.style, _Desktop.palette = app.style().name(), QPalette(app.palette())
    if high_contrast:
        app.setStyle(HighContrastStyle())  # resets the palette, so the palette comes second
        app.setPalette(high_contrast_palette())
    else:
        app.setStyle(_Desktop.style)
        app.setPalette(readable_palette(_Desktop.palette or app.palette()))
    app.setProperty("high_contrast", high_contrast)


def is_high_contrast() -> bool:
    """Whether the running application shows the high-contrast theme."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property("high_contrast"))


def saved_high_contrast() -> bool:
    """The user's choice from the last session (a display preference, never patient data)."""
    return bool(QSettings().value(SETTING, False, type=bool))


def save_high_contrast(on: bool) -> None:
    QSettings().setValue(SETTING, on)


STYLED_PART = "styledPart"  # a widget's dynamic property: it carries the parts' style sheet


def style_part(widget: QWidget, styled: bool = True) -> None:
    """Give a coloured part (the verdict frame, words in error, the attention list, a banner, a planned
    row) the parts' style sheet in the current look, on itself: a style sheet restyles the widget it
    is set on and everything inside it, so only the coloured parts pay for one. ``styled=False`` takes
    it off (a row no longer planned)."""
    widget.setProperty(STYLED_PART, styled)
    widget.setStyleSheet(part_style_sheet(is_high_contrast()) if styled else "")


def restyle_parts(root: QWidget) -> None:
    """The look changed: every styled part in ``root`` (its dialogs included) takes its new colours."""
    for widget in (root, *root.findChildren(QWidget)):
        if widget.property(STYLED_PART):
            style_part(widget)
