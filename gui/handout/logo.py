"""The clinic logo for the letterhead: an SVG drawn as vectors, or a PNG drawn as one image.

A logo that is missing or cannot be read gives no logo; the handout never fails for it. The settings
check the file when it is chosen; by the time of printing it may have moved, so it is checked again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

LOGO_HEIGHT_MM = 15.0  # about 1.5 cm on paper, whatever the resolution
LOGO_MAX_WIDTH = 0.4  # the widest a logo may be, as a share of the content width


@dataclass(frozen=True)
class Logo:
    """A loaded logo: its natural size (only the aspect ratio matters) and how to draw it into a rect."""

    size: QSizeF
    draw: Callable[[QPainter, QRectF], None]

    def fitted(self, height: float, max_width: float) -> QSizeF:
        """The size on the page: ``height`` tall with the aspect kept, narrower if it would be too wide."""
        aspect = self.size.width() / self.size.height()
        width = height * aspect
        if width > max_width:
            width, height = max_width, max_width / aspect
        return QSizeF(width, height)


def load_logo(path: str) -> Logo | None:
    """The logo at ``path`` (PNG or SVG, chosen by its suffix), or None if there is none to draw."""
    if not path:
        return None
    file = Path(path).expanduser()
    if not file.is_file():
        return None
    if file.suffix.lower() == ".svg":
        return _svg(file)
    image = QImage(str(file))
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return None

    def draw_image(painter: QPainter, rect: QRectF) -> None:
        painter.drawImage(rect, image)

    return Logo(QSizeF(image.size()), draw_image)


def _svg(file: Path) -> Logo | None:
    renderer = QSvgRenderer(str(file))
    if not renderer.isValid():
        return None
    size = renderer.viewBoxF().size()
    if size.isEmpty():
        size = QSizeF(renderer.defaultSize())
    if size.isEmpty():
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)

    def draw_svg(painter: QPainter, rect: QRectF) -> None:
        renderer.render(painter, rect)  # vectors: paths in the PDF, no image

    return Logo(size, draw_svg)
