"""Draw a laid-out timeline with a QPainter: it walks the geometry and decides nothing.

Vectors only (no brush bitmaps, no images), and every pen width and pattern spacing is a share of
the geometry's ``unit`` (the text height), so a 300 dpi page looks like the screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QStaticText

from gui.core import Stage
from gui.drawing.layout import Box, Label, Marker, MarkKind, Segment, TimelineGeometry, TreatmentMark
from gui.drawing.theme import Theme

_DENSE = {
    Qt.BrushStyle.Dense1Pattern,
    Qt.BrushStyle.Dense2Pattern,
    Qt.BrushStyle.Dense3Pattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.Dense7Pattern,
}
_RISING = {Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.DiagCrossPattern}
_FALLING = {Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.DiagCrossPattern}
_LEVEL = {Qt.BrushStyle.HorPattern, Qt.BrushStyle.CrossPattern}
_UPRIGHT = {Qt.BrushStyle.VerPattern, Qt.BrushStyle.CrossPattern}

# Line widths and pattern spacing, as shares of the text height.
_THIN, _LINE, _TODAY, _PATTERN_STEP = 0.06, 0.1, 0.18, 0.5


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def fill_rect(painter: QPainter, rect: QRectF | QRect, color: QColor) -> None:
    """What ``painter.fillRect(rect, color)`` paints, leaving the pen and brush as they were.

    Not ``fillRect`` itself: to choose among its overloads PySide builds ``QGradient``'s enums (one
    has 170 names), about 2 ms on the first paint of every start; a solid brush never needs them.
    """
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(rect)
    painter.restore()


_SOLID, _FLAT = Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap
_PENS: dict[tuple[int, float, Qt.PenStyle], QPen] = {}


def _pen(color: QColor, width: float, style: Qt.PenStyle = _SOLID) -> QPen:
    """A flat-capped pen, made once per colour, width and style (a paint uses a few dozen)."""
    key = (color.rgba(), width, style)
    pen = _PENS.get(key)
    if pen is None:
        if len(_PENS) > 256:
            _PENS.clear()
        pen = _PENS[key] = QPen(color, width, style)
        pen.setCapStyle(_FLAT)
    return pen


def paint_timeline(painter: QPainter, geometry: TimelineGeometry, theme: Theme, font: QFont) -> None:
    """Draw ``geometry`` (from ``layout_timeline``) with ``theme`` colours and ``font`` text."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    unit = geometry.unit
    fill_rect(painter, _rect(geometry.rect), theme.background)
    _paint_track(painter, geometry, theme)
    _paint_axis(painter, geometry, theme)
    for mark in geometry.treatments:
        _paint_treatment(painter, mark, theme, unit)
    for marker in geometry.markers:
        _paint_marker(painter, marker, theme, unit)
    for session in geometry.sessions:
        _paint_session(painter, session.box, str(session.number), theme, unit, flagged=session.flagged)
    for item in geometry.legend:
        _paint_swatch(painter, item.kind, item.stage, item.swatch, theme, unit)
    chips = [b.label for b in geometry.bands] + [geometry.message]
    for chip in chips:
        if chip is not None:
            _paint_chip(painter, chip.box, theme, unit)
    device = painter.device()
    text_key = (painter.font().key(), device.logicalDpiY() if device else 0)
    painter.setPen(QPen(theme.text))
    for label in geometry.labels():
        _paint_text(painter, label, text_key)
    painter.restore()


def _paint_track(painter: QPainter, geometry: TimelineGeometry, theme: Theme) -> None:
    unit = geometry.unit
    for band in geometry.bands:
        _paint_band(painter, band.box, band.stage, theme, unit)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(theme.axis, _THIN * unit))
    painter.drawRect(_rect(geometry.track))
    for band in geometry.bands[1:]:
        painter.drawLine(QLineF(band.box.x, band.box.y, band.box.x, band.box.bottom))
    painter.setPen(_pen(theme.axis, _THIN * unit, Qt.PenStyle.DotLine))
    for tick in geometry.ticks:
        if tick.grid is not None:
            _line(painter, tick.grid)


def _paint_band(painter: QPainter, box: Box, stage: Stage, theme: Theme, unit: float) -> None:
    fill_rect(painter, _rect(box), theme.band_color(stage))
    _paint_pattern(painter, box, theme.band_pattern(stage), theme.pattern, unit)


def _paint_pattern(painter: QPainter, box: Box, style: Qt.BrushStyle, color: QColor, unit: float) -> None:
    """Qt's brush patterns redrawn as lines, so they scale with the text and stay vector in a PDF."""
    step = _PATTERN_STEP * unit
    lines: list[QLineF] = []
    if style in _RISING:
        lines += _diagonals(box, step, rising=True)
    if style in _FALLING:
        lines += _diagonals(box, step, rising=False)
    if style in _LEVEL:
        lines += [QLineF(box.x, y, box.right, y) for y in _steps(box.y, box.bottom, step)]
    if style in _UPRIGHT:
        lines += [QLineF(x, box.y, x, box.bottom) for x in _steps(box.x, box.right, step)]
    pen = _pen(color, _THIN * unit)
    if style in _DENSE:  # dots: dotted rows, every other row shifted by half a dot step
        pen = _pen(color, 2 * _THIN * unit, Qt.PenStyle.DotLine)
        rows = _steps(box.y, box.bottom, step / 1.5)
        shift = 1.5 * pen.widthF()
        lines += [QLineF(box.x + shift * (i % 2), y, box.right, y) for i, y in enumerate(rows)]
    if not lines:
        return
    painter.save()
    painter.setClipRect(_rect(box), Qt.ClipOperation.IntersectClip)
    painter.setPen(pen)
    painter.drawLines(lines)
    painter.restore()


def _steps(start: float, end: float, step: float) -> list[float]:
    """Positions on a grid anchored at 0 (so neighbouring bands line up), strictly inside start..end."""
    first = math.floor(start / step) + 1
    return [k * step for k in range(first, math.ceil(end / step)) if start < k * step < end]


def _diagonals(box: Box, step: float, rising: bool) -> list[QLineF]:
    height = box.height
    lines = []
    for x in _steps(box.x - height - step, box.right + step, step):
        if rising:
            lines.append(QLineF(x, box.bottom, x + height, box.y))
        else:
            lines.append(QLineF(x, box.y, x + height, box.bottom))
    return lines


def _paint_axis(painter: QPainter, geometry: TimelineGeometry, theme: Theme) -> None:
    unit, rect = geometry.unit, geometry.rect
    painter.setPen(_pen(theme.axis, _LINE * unit))
    painter.drawLine(QLineF(rect.x, geometry.axis_y, rect.right, geometry.axis_y))
    for tick in geometry.ticks:
        if tick.line is not None:
            _line(painter, tick.line)


def _line(painter: QPainter, segment: Segment) -> None:
    painter.drawLine(QLineF(segment.x, segment.top, segment.x, segment.bottom))


def _paint_treatment(painter: QPainter, mark: TreatmentMark, theme: Theme, unit: float) -> None:
    if mark.leader is not None:
        painter.setPen(_pen(theme.axis, _THIN * unit))
        _line(painter, mark.leader)
    if mark.kind is MarkKind.EXACT:
        _dot(painter, mark.box, theme, unit)
    elif mark.kind is MarkKind.PLANNED:
        _ring(painter, mark.box, theme, unit)
    else:
        _bracket(painter, mark.box, theme, unit)


def _dot(painter: QPainter, box: Box, theme: Theme, unit: float) -> None:
    painter.setPen(_pen(theme.background, _THIN * unit))
    painter.setBrush(theme.treatment)
    painter.drawEllipse(_rect(box))


def _ring(painter: QPainter, box: Box, theme: Theme, unit: float) -> None:
    """A planned treatment: hollow, as it has not happened yet."""
    painter.setBrush(theme.background)
    painter.setPen(_pen(theme.treatment, 1.5 * _LINE * unit))
    inset = 0.75 * _LINE * unit
    painter.drawEllipse(
        _rect(Box(box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset))
    )


def _paint_session(
    painter: QPainter, box: Box, number: str, theme: Theme, unit: float, *, flagged: bool = False
) -> None:
    """A course session: its number in a circle, the background inside so it reads on any band; a
    session that breaks a rule is filled with the too-early tint inside a ring three times as thick (a
    shape, not only a hue)."""
    if flagged:
        painter.setBrush(theme.too_early)
        painter.setPen(_pen(theme.flag, 3.6 * _LINE * unit))
    else:
        painter.setBrush(theme.background)
        painter.setPen(_pen(theme.text, 1.2 * _LINE * unit))
    painter.drawEllipse(_rect(box))
    font = QFont(painter.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.85)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * 0.85)))
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(theme.text))
    painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, number)
    painter.restore()


def _bracket(painter: QPainter, box: Box, theme: Theme, unit: float) -> None:
    """|—| over the days an approximate treatment may have been on."""
    middle = box.y + box.height / 2
    path = QPainterPath(QPointF(box.x, box.y))
    path.lineTo(box.x, box.bottom)
    path.moveTo(box.x, middle)
    path.lineTo(box.right, middle)
    path.moveTo(box.right, box.y)
    path.lineTo(box.right, box.bottom)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(theme.treatment, 1.5 * _LINE * unit))
    painter.drawPath(path)


def _marker_pen(kind: MarkKind, theme: Theme, unit: float) -> QPen:
    if kind is MarkKind.TODAY:
        return _pen(theme.today, _TODAY * unit)
    if kind is MarkKind.PROPOSED:
        return _pen(theme.proposed, 1.4 * _LINE * unit, Qt.PenStyle.DashLine)
    if kind is MarkKind.BOOKABLE:
        return _pen(theme.text, _LINE * unit, Qt.PenStyle.DotLine)
    if kind is MarkKind.RECOMMENDED:
        return _pen(theme.text, _LINE * unit, Qt.PenStyle.DashDotDotLine)
    if kind is MarkKind.NEXT_TOXIN:
        return _pen(theme.treatment, 1.4 * _LINE * unit, Qt.PenStyle.DashLine)
    if kind is MarkKind.LATEST:
        return _pen(theme.text, 1.4 * _LINE * unit, Qt.PenStyle.DashDotLine)
    return _pen(theme.text, _LINE * unit)


def _paint_marker(painter: QPainter, marker: Marker, theme: Theme, unit: float) -> None:
    painter.setPen(_marker_pen(marker.kind, theme, unit))
    _line(painter, marker.line)
    if marker.symbol is not None:
        _diamond(painter, marker.symbol, theme.proposed, theme, unit)


def _diamond(painter: QPainter, box: Box, color: QColor, theme: Theme, unit: float) -> None:
    middle_x, middle_y = box.center_x, box.y + box.height / 2
    points = [(middle_x, box.y), (box.right, middle_y), (middle_x, box.bottom), (box.x, middle_y)]
    painter.setPen(_pen(theme.background, _THIN * unit))
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _paint_swatch(
    painter: QPainter, kind: MarkKind, stage: Stage | None, box: Box, theme: Theme, unit: float
) -> None:
    """The legend's sample of each kind of mark, drawn exactly as on the timeline."""
    if kind is MarkKind.BAND and stage is not None:
        _paint_band(painter, box, stage, theme, unit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(theme.axis, _THIN * unit))
        painter.drawRect(_rect(box))
    elif kind in (MarkKind.TODAY, MarkKind.PROPOSED):
        painter.setPen(_marker_pen(kind, theme, unit))
        _line(painter, Segment(box.center_x, box.y, box.bottom))
        if kind is MarkKind.PROPOSED:
            size = box.height * 0.8
            diamond = Box(box.center_x - size / 2, box.y + (box.height - size) / 2, size, size)
            _diamond(painter, diamond, theme.proposed, theme, unit)
    elif kind is MarkKind.EXACT:
        size = box.height * 0.8
        _dot(painter, Box(box.center_x - size / 2, box.y + (box.height - size) / 2, size, size), theme, unit)
    elif kind is MarkKind.SESSION:
        size = box.height * 1.1
        _paint_session(
            painter,
            Box(box.center_x - size / 2, box.y + (box.height - size) / 2, size, size),
            "1",
            theme,
            unit,
        )
    elif kind is MarkKind.PLANNED:
        size = box.height * 0.8
        _ring(painter, Box(box.center_x - size / 2, box.y + (box.height - size) / 2, size, size), theme, unit)
    elif kind is MarkKind.APPROXIMATE:
        _bracket(painter, Box(box.x + box.width * 0.15, box.y, box.width * 0.7, box.height), theme, unit)


def _paint_chip(painter: QPainter, box: Box, theme: Theme, unit: float) -> None:
    """A background-coloured plate under a label that sits on a band, so its text keeps its contrast."""
    painter.setPen(_pen(theme.axis, _THIN * unit))
    painter.setBrush(theme.background)
    painter.drawRoundedRect(_rect(box), box.height * 0.25, box.height * 0.25)


def _paint_text(painter: QPainter, label: Label, text_key: tuple[str, int]) -> None:
    """The label centred in its box, from a laid-out text kept for the next paint (most labels
    are the same from one keystroke to the next). The pen is the theme's text colour."""
    text = _static_text(label.text, painter.font(), text_key)
    size = text.size()
    box = label.box
    painter.drawStaticText(
        QPointF(box.x + (box.width - size.width()) / 2, box.y + (box.height - size.height()) / 2), text
    )


_STATIC_TEXTS: dict[tuple[str, tuple[str, int]], QStaticText] = {}
_STATIC_TEXTS_MAX = 512


def _static_text(text: str, font: QFont, font_key: tuple[str, int]) -> QStaticText:
    """Keyed by the font and the device's resolution: a page lays text out in its own metrics."""
    key = (text, font_key)
    static = _STATIC_TEXTS.get(key)
    if static is None:
        if len(_STATIC_TEXTS) >= _STATIC_TEXTS_MAX:
            _STATIC_TEXTS.clear()
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        _STATIC_TEXTS[key] = static
    return static
