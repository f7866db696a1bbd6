"""Measured pieces of a page: text, the message box, side-by-side columns, the timeline, a rule.

Each block knows its height at the page's width on the target device and paints itself at a point.
Text is laid out by ``QTextDocument`` with the device as its paint device, so fonts and CSS lengths
follow the device's resolution; every other length is a share of the body line height ``em``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QLineF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFontMetricsF, QPaintDevice, QPainter, QPdfWriter, QPen, QTextDocument

from gui.core import Plan, name_of
from gui.drawing.layout import Box, layout_timeline, timeline_height
from gui.drawing.metrics import QtTextMetrics
from gui.drawing.paint import paint_timeline
from gui.drawing.theme import Theme
from gui.handout.logo import LOGO_HEIGHT_MM, LOGO_MAX_WIDTH, Logo
from gui.handout.style import HandoutStyle

if TYPE_CHECKING:
    from gui.handout.qr import Modules

Paint = Callable[[QPainter, QPointF], None]
Split = Callable[[float], "tuple[Block, Block] | None"]
HEADING_STATE = 1  # the text module marks headings with -qt-user-state: 1


@dataclass
class Block:
    """One part of the handout as laid out: its height and how to paint it, and how it may break across
    pages."""

    height: float
    paint: Paint
    gap_before: float = 0.0
    keep_with_next: bool = False
    repeat: Block | None = None  # painted first when this block opens a page (a table's header)
    # Cuts the block in two, the first part at most the given height (None when nothing fits there).
    # Only blocks that may be taller than a page (large print) have one.
    split: Split | None = None


QR_MIN_MM = 24.0  # the calendar code's side: a phone camera reads version 1–3 codes at this size
DOCUMENTS_KEPT = 120  # laid-out texts kept for the next handout: about four handouts' worth

_DOCUMENTS: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()
_WRITERS: dict[int, QPdfWriter] = {}  # by resolution: never painted on, only measured with


def _measuring_writer(device: QPaintDevice) -> QPdfWriter | None:
    """A PDF writer of ``device``'s resolution that lives as long as the application (a child of it):
    a PDF's text measures alike on any writer of one resolution. None for any other device (a printer,
    the preview) and with no application."""
    app = QCoreApplication.instance()
    if not isinstance(device, QPdfWriter) or app is None:
        return None
    dpi = device.resolution()
    writer = _WRITERS.get(dpi)
    if writer is None:
        if not _WRITERS:  # the first for this application
            app.destroyed.connect(_forget_measured)
        writer = _WRITERS[dpi] = QPdfWriter(QBuffer(app))
        writer.setParent(app)
        writer.setResolution(dpi)
    return writer


def _forget_measured() -> None:
    """The application (and with it every kept text) is gone: a new one measures anew."""
    _DOCUMENTS.clear()
    _WRITERS.clear()


class BlockMaker:
    """Makes blocks for one device, one content width and one style."""

    def __init__(self, device: QPaintDevice, width: float, style: HandoutStyle) -> None:
        self.device = device
        self.width = width
        self.style = style
        self.em = QFontMetricsF(style.font(style.body_pt), device).height()

    def document(self, html: str, width: float, point_size: float | None = None) -> QTextDocument:
        """``html`` laid out at ``width`` on the device. On a PDF writer the text is measured on a
        writer of the same resolution that outlives it, and kept: the same text at the same size is
        laid out once per process (the disclaimer and the benefits on every handout; all of it again
        when one plan is previewed, printed and saved)."""
        font = self.style.font(point_size or self.style.body_pt)
        css = self.style.css()
        measure = _measuring_writer(self.device)
        key = (html, width, font.key(), css, self.em, self.device.logicalDpiX())
        if measure is not None and (kept := _DOCUMENTS.get(key)) is not None:
            _DOCUMENTS.move_to_end(key)
            return kept
        doc = QTextDocument(measure)  # owned by the measuring writer, which the application owns
        doc.documentLayout().setPaintDevice(measure or self.device)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(css)
        doc.setDocumentMargin(0)
        # The layout scales indents from 96 dpi to the device itself.
        doc.setIndentWidth(self.em * 1.4 * 96 / self.device.logicalDpiX())
        doc.setHtml(f"<body>{html}</body>")
        doc.setTextWidth(width)
        if measure is not None:
            _DOCUMENTS[key] = doc
            while len(_DOCUMENTS) > DOCUMENTS_KEPT:  # the oldest goes when no block holds it any more
                _DOCUMENTS.popitem(last=False)[1].setParent(None)
        return doc

    def text(self, html: str, point_size: float | None = None, gap: float | None = None) -> Block:
        doc = self.document(html, self.width, point_size)

        def paint(painter: QPainter, at: QPointF) -> None:
            _draw(painter, doc, at)

        return Block(doc.size().height(), paint, self._gap(gap))

    def columns(self, *htmls: str, gap: float | None = None, point_size: float | None = None) -> Block:
        """Texts side by side, each as wide and as large as the others (benefits and risks alike)."""
        between = self.em * 1.2
        width = (self.width - between * (len(htmls) - 1)) / len(htmls)
        docs = [self.document(html, width, point_size) for html in htmls]
        spans = [(0.0, doc.size().height()) for doc in docs]
        return self._column_slices(docs, width + between, spans, self._gap(gap))

    def _column_slices(
        self, docs: list[QTextDocument], step: float, spans: list[tuple[float, float]], gap: float
    ) -> Block:
        """Part of each column, side by side: ``spans`` holds the top and bottom of each one's part.

        Large print can make the columns taller than a page; ``split`` then ends every column at
        the last paragraph that fits, and the rest goes on (side by side still) on the next page.
        """
        trim = self.em * 0.02

        def paint(painter: QPainter, at: QPointF) -> None:
            for i, (doc, (top, bottom)) in enumerate(zip(docs, spans, strict=True)):
                _draw_span(painter, doc, at + QPointF(i * step, 0), top, bottom, trim)

        def split(room: float) -> tuple[Block, Block] | None:
            cuts = [_last_cut(doc, top, bottom, room) for doc, (top, bottom) in zip(docs, spans, strict=True)]
            if all(cut == top for cut, (top, _) in zip(cuts, spans, strict=True)):
                return None  # not even one paragraph fits
            heads = [(top, cut) for cut, (top, _) in zip(cuts, spans, strict=True)]
            rests = [(cut, bottom) for cut, (_, bottom) in zip(cuts, spans, strict=True)]
            return self._column_slices(docs, step, heads, gap), self._column_slices(docs, step, rests, gap)

        height = max(bottom - top for top, bottom in spans)
        return Block(height, paint, gap, split=split)

    def flow(self, html: str, point_size: float, columns: int = 2, gap: float | None = None) -> Block:
        """One text poured into balanced columns, cut between lines and never right after a heading."""
        between = self.em * 1.2
        width = (self.width - between * (columns - 1)) / columns
        doc = self.document(html, width, point_size)
        spans = list(pairwise(_cuts(doc, columns)))

        trim = self.em * 0.02  # keeps the lines on either side of a cut out of the clip entirely

        def paint(painter: QPainter, at: QPointF) -> None:
            for i, (top, bottom) in enumerate(spans):
                _draw_span(painter, doc, at + QPointF(i * (width + between), 0), top, bottom, trim)

        return Block(max(bottom - top for top, bottom in spans), paint, self._gap(gap))

    def letterhead(self, left: str | None, right: str, logo: Logo | None) -> Block:
        """The clinic's logo (about 1.5 cm tall, aspect kept), its name and address, and on the right
        the handout's title; any of the first three may be missing."""
        gap = self.em * 1.2
        logo_size = QSizeF(0, 0)
        if logo is not None:
            height = LOGO_HEIGHT_MM / 25.4 * self.device.logicalDpiY()
            logo_size = logo.fitted(height, self.width * LOGO_MAX_WIDTH)
        indent = logo_size.width() + gap if logo is not None else 0.0
        texts = [html for html in (left, right) if html is not None]
        between = self.em * 1.2
        width = (self.width - indent - between * (len(texts) - 1)) / len(texts)
        docs = [self.document(html, width) for html in texts]

        def paint(painter: QPainter, at: QPointF) -> None:
            if logo is not None:
                logo.draw(painter, QRectF(at, logo_size))
            for i, doc in enumerate(docs):
                _draw(painter, doc, at + QPointF(indent + i * (width + between), 0))

        return Block(max([logo_size.height(), *(d.size().height() for d in docs)]), paint, 0.0)

    def code_with_caption(self, modules: Modules, caption_html: str) -> Block:
        """A QR code (``modules``) with a one-line caption beside it, as vectors."""
        from gui.handout.qr import paint_modules

        # Never smaller than QR_MIN_MM on paper, whatever size the text is fitted to: a phone reads it.
        size = max(self.em * 5.0, QR_MIN_MM / 25.4 * self.device.logicalDpiX())
        gap = self.em * 0.8
        doc = self.document(caption_html, self.width - size - gap, self.style.small_pt)
        height = max(size, doc.size().height())

        def paint(painter: QPainter, at: QPointF) -> None:
            paint_modules(painter, modules, at, size)
            _draw(painter, doc, QPointF(at.x() + size + gap, at.y() + (size - doc.size().height()) / 2))

        return Block(height, paint, self._gap(None))

    def message(self, html: str, tint: QColor) -> Block:
        """The main message: a tinted panel with a bar on its left, so it is the first thing seen."""
        pad, bar = self.em * 0.75, self.em * 0.4
        doc = self.document(html, self.width - bar - 2 * pad)
        height = doc.size().height() + 2 * pad
        accent = QColor(self.style.accent)

        def paint(painter: QPainter, at: QPointF) -> None:
            painter.fillRect(QRectF(at.x(), at.y(), self.width, height), tint)
            painter.fillRect(QRectF(at.x(), at.y(), bar, height), accent)
            _draw(painter, doc, at + QPointF(bar + pad, pad))

        return Block(height, paint, self._gap(None))

    def timeline(self, plan: Plan, lang: str = "en") -> Block:
        """The window's own timeline drawing, laid out and painted at the device's resolution, its
        labels in the handout's language."""
        font = self.style.font(self.style.timeline_pt)
        metrics = QtTextMetrics(QFontMetricsF(font, self.device))
        plan = _named_in(plan, lang)
        height = timeline_height(plan, self.width, metrics, lang=lang)

        def paint(painter: QPainter, at: QPointF) -> None:
            geometry = layout_timeline(plan, Box(at.x(), at.y(), self.width, height), metrics, lang=lang)
            paint_timeline(painter, geometry, Theme.print(), font)

        return Block(height, paint, self._gap(0.35))

    def rule(self, gap: float = 0.35) -> Block:
        pen = QPen(QColor(self.style.rule), self.em * 0.06)

        def paint(painter: QPainter, at: QPointF) -> None:
            painter.setPen(pen)
            painter.drawLine(QLineF(at, at + QPointF(self.width, 0)))

        return Block(self.em * 0.5, paint, self._gap(gap))

    def _gap(self, share: float | None) -> float:
        return self.em * (self.style.gap if share is None else share)


def _named_in(plan: Plan, lang: str) -> Plan:
    """The plan with each product named in ``lang`` ('Ácido hialurónico'), as the timeline labels
    treatments by ``product.name``; brand names are the same in every language."""
    named = tuple(r._replace(product=r.product._replace(name=name_of(r.product, lang))) for r in plan.reasons)
    return plan._replace(reasons=named)


def _cut_points(doc: QTextDocument) -> list[float]:
    """Where a column may end: between paragraphs, and not right under a heading.

    Only between paragraphs: Qt draws the line just above a clip rect as well (clipped away, but its
    text would still be in the PDF), while it skips a whole paragraph outside the clip.
    """
    ends = []
    block = doc.begin()
    while block.isValid():
        if block.userState() != HEADING_STATE:
            ends.append(doc.documentLayout().blockBoundingRect(block).bottom())
        block = block.next()
    return sorted(ends)


def _last_cut(doc: QTextDocument, top: float, bottom: float, room: float) -> float:
    """The lowest allowed cut of ``doc`` between ``top`` and ``top + room``; ``top`` when none is."""
    if bottom - top <= room:
        return bottom
    return max((y for y in _cut_points(doc) if top < y <= top + room), default=top)


def _draw_span(
    painter: QPainter, doc: QTextDocument, at: QPointF, top: float, bottom: float, trim: float
) -> None:
    """The part of ``doc`` from ``top`` to ``bottom`` (both between paragraphs), drawn at ``at``.

    A cut inside the text is trimmed by ``trim``, keeping the lines either side of it wholly out.
    """
    if bottom - top <= 2 * trim:
        return  # nothing of this column here: an empty clip rect would draw the whole text
    clip_top = top + trim if top > 0 else top
    clip_bottom = bottom - trim if bottom < doc.size().height() else bottom
    painter.save()
    painter.translate(at + QPointF(0, -top))
    doc.drawContents(painter, QRectF(0, clip_top, doc.textWidth(), clip_bottom - clip_top))
    painter.restore()


def _cuts(doc: QTextDocument, columns: int) -> list[float]:
    """Column tops and bottoms at allowed points, chosen so that the tallest column is as short as can be."""
    total = doc.size().height()
    points = [y for y in _cut_points(doc) if 0 < y < total]

    def tallest(cuts: tuple[float, ...]) -> float:
        edges = (0.0, *cuts, total)
        return max(b - a for a, b in pairwise(edges))

    best = min(combinations(points, columns - 1), key=tallest, default=())
    return [0.0, *best, total]


def _draw(painter: QPainter, doc: QTextDocument, at: QPointF) -> None:
    painter.save()
    painter.translate(at)
    doc.drawContents(painter, QRectF(0, 0, doc.textWidth(), doc.size().height()))
    painter.restore()
