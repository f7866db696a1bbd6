"""``render_handout``: the one rendering path for the preview, a printer, a PDF file and the command line.

It measures every block on the device it is given, breaks pages only between blocks (a heading stays
with what follows; a long treatment list repeats its header), then paints in vectors: text with
``QTextDocument``, the timeline with the window's own ``paint_timeline``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from gui.core import Plan, check_language
from gui.core.clinic import Clinic
from gui.handout import details, text
from gui.handout.blocks import Block, BlockMaker
from gui.handout.logo import Logo, load_logo
from gui.handout.phrases import phrase, plan_phrase
from gui.handout.qr import caption_html, qr_modules, session_event
from gui.handout.style import STYLE, HandoutStyle, message_tint
from gui.store.content import section_for

ONE_PAGE_TREATMENTS = 6
FIT_FLOOR = 0.82  # the smallest share of the normal type size used to keep a plan on one page
FIT_STEP = 0.02  # the least a new try shrinks the type by
FIT_TRIES = 5
FIT_POWER = 0.75  # wrapped text shrinks faster than the type: narrower lines and fewer of them
MIN_MARGIN_MM = 12.7  # what real printers keep clear (0.5 in)
Placed = tuple[float, Block]


class RenderError(OSError):
    """The device would not take a painter (a printer that went away, a file that cannot be opened)."""


@dataclass(frozen=True)
class Frame:
    """The content area in painter coordinates, and the footer band under it."""

    body: QRectF
    footer: QRectF


def content_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable rect in painter coordinates, at least ``MIN_MARGIN_MM`` from every paper edge."""
    dpi = device.logicalDpiX()
    layout = device.pageLayout()
    paint = QRectF(layout.paintRectPixels(dpi))
    full = QRectF(layout.fullRectPixels(dpi))
    least = MIN_MARGIN_MM / 25.4 * dpi
    left = max(0.0, least - (paint.left() - full.left()))
    top = max(0.0, least - (paint.top() - full.top()))
    right = max(0.0, least - (full.right() - paint.right()))
    bottom = max(0.0, least - (full.bottom() - paint.bottom()))
    return QRectF(left, top, paint.width() - left - right, paint.height() - top - bottom)


def frame_for(device: QPagedPaintDevice, style: HandoutStyle) -> Frame:
    rect = content_rect(device)
    footer_height = QFontMetricsF(style.font(style.small_pt), device).height() * 2.2
    body = QRectF(rect.x(), rect.y(), rect.width(), rect.height() - footer_height)
    return Frame(body, QRectF(rect.x(), body.bottom(), rect.width(), footer_height))


@dataclass(frozen=True)
class Job:
    """What one handout shows."""

    plan: Plan
    clinic: Clinic
    lang: str
    patient: str | None
    printed_on: dt.date
    logo: Logo | None = None  # loaded once per handout, drawn on the first page
    qr: bool = True  # the calendar QR code for session 1


def _blocks(make: BlockMaker, job: Job) -> list[Block]:
    plan, lang = job.plan, job.lang
    letterhead, logo = text.clinic_html(job.clinic), job.logo
    title = text.title_html(job.patient, bool(letterhead or logo), lang, plan.target)
    top = make.letterhead(letterhead, title, logo) if letterhead or logo else make.text(title, gap=0)
    blocks = [top, make.rule(0.2)]
    blocks.append(make.message(text.message_html(text.main_message(plan, lang)), message_tint(plan)))
    if (told := text.screening_html(plan, lang)) is not None:
        blocks.append(make.text(told))
    if (course := text.course_html(plan, lang)) is not None:
        blocks.append(make.text(course))
    if job.qr and (event := session_event(plan, lang, job.clinic.place)) is not None:
        blocks.append(make.code_with_caption(qr_modules(event), caption_html(plan, lang)))
    detail = make.style.detail_pt
    blocks.append(
        make.columns(
            text.actions_html(plan, lang),
            text.section_html(section_for("questions", plan.target), lang),
            point_size=detail,
        )
    )
    blocks += _treatment_blocks(make, plan, lang)
    sections = (
        text.section_html(section_for(name, plan.target), lang) for name in ("why-wait", "benefits", "risks")
    )
    blocks.append(make.columns(*sections, point_size=detail))
    small_print = details.small_print_html(plan, job.printed_on, lang)
    rule = make.rule()
    rule.keep_with_next = True
    blocks += [rule, make.flow(small_print, make.style.small_pt, columns=3, gap=0)]
    return blocks


def _treatment_blocks(make: BlockMaker, plan: Plan, lang: str) -> list[Block]:
    if not plan.reasons:
        return [make.text(details.no_treatments_html(plan, lang))]
    heading = make.text(text.heading(details.treatments_title(plan, lang)))
    heading.keep_with_next = True
    timeline = make.timeline(plan, lang)
    timeline.keep_with_next = True
    header = make.text(details.table_header_html(plan, lang), gap=0.3)
    header.keep_with_next = True
    closed = plan.earliest_is_closed
    rows = [
        make.text(details.treatment_row_html(r, lang, closed_that_day=closed), gap=0) for r in plan.reasons
    ]
    for row in rows:
        row.repeat = make.text(details.table_header_html(plan, lang), gap=0)
    notes = details.treatment_notes_html(plan, lang)
    extra = [make.text(notes, gap=0.3)] if notes else []
    return [heading, timeline, header, *rows, *extra]


def paginate(blocks: list[Block], height: float, continued: Block) -> list[list[Placed]]:
    """Place blocks top to bottom; a block that does not fit (with what it keeps with) opens a new page.

    A block taller than a whole page (large print) is split where it can be: its first part fills
    the room left on this page, the rest opens the next.
    """
    pages: list[list[Placed]] = [[]]
    y = 0.0
    queue = list(blocks)

    def new_page(block: Block) -> None:
        nonlocal y
        pages.append([(0.0, continued)])
        y = continued.height
        if block.repeat is not None:
            pages[-1].append((y, block.repeat))
            y += block.repeat.height

    while queue:
        block = queue.pop(0)
        gap = block.gap_before if pages[-1] else 0.0
        need = gap + block.height + _kept_with(block, queue)
        if y + need > height:
            page_room = height - continued.height
            parts = _split_to_fit(block, height - y - gap, page_room)
            if parts is None and pages[-1]:
                new_page(block)
                gap = block.gap_before
                parts = _split_to_fit(block, height - y - gap, page_room)
            if parts is not None:
                head, rest = parts
                pages[-1].append((y + gap, head))
                queue.insert(0, rest)
                y = height  # the page is full
                continue
        pages[-1].append((y + gap, block))
        y += gap + block.height
    return pages


def _kept_with(block: Block, following: list[Block]) -> float:
    """The height of the blocks ``block`` keeps with: a chain (heading → timeline → table header →
    first row) moves to the next page as a whole, not only its first link."""
    total = 0.0
    for after in following:
        if not block.keep_with_next:
            break
        total += after.gap_before + after.height
        block = after
    return total


def _split_to_fit(block: Block, room: float, page_room: float) -> tuple[Block, Block] | None:
    """``block`` cut to ``room``, but only when no page could hold it whole (else it moves on whole)."""
    if block.split is None or block.height + block.gap_before <= page_room or room <= 0:
        return None
    return block.split(room)


@dataclass(frozen=True)
class Layout:
    """The handout laid out on its pages, at the type size that fits."""

    frame: Frame
    pages: list[list[Placed]]
    style: HandoutStyle  # at the type size used
    scale: float  # that size as a share of the normal one
    needed: float  # the height all blocks would take on one endless page
    qr: bool = True  # with the calendar code (it goes before the plan would spill onto a second page)

    @property
    def fits_one_page(self) -> bool:
        return len(self.pages) == 1


def lay_out(device: QPagedPaintDevice, job: Job, style: HandoutStyle, scale: float = 1.0) -> Layout:
    """Measure every block on ``device`` with type at ``scale`` and break them into pages."""
    sized = style.scaled(scale)
    frame = frame_for(device, sized)
    make = BlockMaker(device, frame.body.width(), sized)
    blocks = _blocks(make, job)
    pages = paginate(blocks, frame.body.height(), _continued(make, job))
    return Layout(frame, pages, sized, scale, sum(b.gap_before + b.height for b in blocks), job.qr)


def fit(device: QPagedPaintDevice, job: Job, style: HandoutStyle) -> Layout:
    """The largest type, down to ``FIT_FLOOR`` of ``style``, that keeps a short plan on one page.

    Each try scales the type by how much too tall the last one was (heights grow about in step with
    the type), so two or three layouts usually settle it. A plan with more than
    ``ONE_PAGE_TREATMENTS`` treatments, or one that needs smaller type than the floor, keeps
    full-size type and flows onto more pages. The answer is remembered for the same plan on the same
    paper (the preview, its zoom and pages, then the print or the PDF): laid out once at the size found.
    """
    key = _fit_key(device, job, style)
    known = _FITTED.get(key)
    if known is not None and known[0] is job.plan:
        _, scale, qr = known
        again = lay_out(device, replace(job, qr=qr), style, scale)
        if again.fits_one_page or scale == 1.0:
            return again
    layout = _fit(device, job, style)
    if len(_FITTED) >= 16:
        _FITTED.clear()
    _FITTED[key] = (job.plan, layout.scale, layout.qr)
    return layout


# (plan, paper, words) → (the plan, kept so its id stays its own; the type scale found; with the code)
_FITTED: dict[tuple[object, ...], tuple[Plan, float, bool]] = {}


def _fit_key(device: QPagedPaintDevice, job: Job, style: HandoutStyle) -> tuple[object, ...]:
    """Everything a layout depends on: the plan (by identity: plans never change), the words around it,
    the logo's file and the device's kind, resolution, page and margins."""
    page = device.pageLayout()
    margins = page.marginsPoints()
    paper = page.fullRectPoints()
    return (
        id(job.plan), job.clinic, job.lang, job.patient, job.printed_on, job.qr, style,
        type(device).__name__, device.logicalDpiX(), device.logicalDpiY(),
        (paper.width(), paper.height()), (margins.left(), margins.top(), margins.right(), margins.bottom()),
    )  # fmt: skip


def _fit(device: QPagedPaintDevice, job: Job, style: HandoutStyle) -> Layout:
    full = tried = lay_out(device, job, style)
    if full.fits_one_page or len(job.plan.reasons) > ONE_PAGE_TREATMENTS:
        return full
    for _ in range(FIT_TRIES):
        if tried.scale <= FIT_FLOOR:
            break
        shrink = min((tried.frame.body.height() / tried.needed) ** FIT_POWER, 1.0 - FIT_STEP)
        tried = lay_out(device, job, style, max(FIT_FLOOR, tried.scale * shrink - FIT_STEP / 2))
        if tried.fits_one_page:
            return tried
    if job.qr:  # the calendar code is a convenience: it goes before the plan spills onto a second page
        without = _fit(device, replace(job, qr=False), style)
        if without.fits_one_page:
            return without
    return full


def render_handout(
    device: QPagedPaintDevice,
    plan: Plan,
    clinic: Clinic,
    language: str = "en",
    patient_name: str | None = None,
    *,
    printed_on: dt.date | None = None,
    style: HandoutStyle = STYLE,
    calendar_code: bool = True,
) -> int:
    """Paint the handout on ``device`` (its page size and margins as set); return the number of pages.

    ``language`` ('en' or 'es') is the handout's own, chosen per print; ValueError for any other.
    ``calendar_code`` (Settings ▸ Calendar code) prints the QR code for session 1 when there is room.
    """
    painted = paint_handout(
        device,
        plan,
        clinic,
        language,
        patient_name,
        printed_on=printed_on,
        style=style,
        calendar_code=calendar_code,
    )
    return painted.pages


@dataclass(frozen=True)
class Painted:
    """What :func:`paint_handout` put on paper: how many pages, and whether the calendar code asked
    for was left out to keep the plan on one page (staff are told so)."""

    pages: int
    code_left_out: bool


def paint_handout(
    device: QPagedPaintDevice,
    plan: Plan,
    clinic: Clinic,
    language: str = "en",
    patient_name: str | None = None,
    *,
    printed_on: dt.date | None = None,
    style: HandoutStyle = STYLE,
    calendar_code: bool = True,
) -> Painted:
    """:func:`render_handout`, saying what it painted."""
    check_language(language)
    patient = text.printable_name(patient_name)
    logo = load_logo(clinic.logo)
    job = Job(plan, clinic, language, patient, printed_on or dt.date.today(), logo, qr=calendar_code)
    layout = fit(device, job, style)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer or file could not be opened for drawing")
    try:
        for number, page in enumerate(layout.pages, 1):
            if number > 1:
                device.newPage()
            for y, block in page:
                block.paint(painter, QPointF(layout.frame.body.x(), layout.frame.body.y() + y))
            page_of = phrase(job.lang, "page_of", number=number, total=len(layout.pages))
            left = job.clinic.name or plan_phrase(job.plan.target, job.lang, "title")
            paint_footer(painter, device, layout.frame.footer, left, page_of, layout.style)
    finally:
        painter.end()
    # fit drops the code only when it was asked for and there is one (without it no block differs)
    return Painted(len(layout.pages), calendar_code and not layout.qr)


def _continued(make: BlockMaker, job: Job) -> Block:
    name = phrase(job.lang, "continued_for", name=job.patient) if job.patient else ""
    continued = plan_phrase(job.plan.target, job.lang, "continued")
    block = make.text(f'<p class="muted"><b>{escape(continued)}</b>{escape(name)}</p>', gap=0)
    block.height += make.em * 0.4
    return block


def paint_footer(
    painter: QPainter, device: QPagedPaintDevice, band: QRectF, left: str, right: str, style: HandoutStyle
) -> None:
    """The footer band: a thin rule, ``left`` (the clinic or the paper's name) and ``right`` (the page)."""
    font = style.font(style.small_pt)
    em = QFontMetricsF(font, device).height()
    painter.save()
    painter.setPen(QPen(QColor(style.rule), em * 0.06))
    painter.drawLine(
        QPointF(band.left(), band.top() + em * 0.6), QPointF(band.right(), band.top() + em * 0.6)
    )
    painter.setFont(font)
    painter.setPen(QColor(style.muted))
    line = QRectF(band.left(), band.bottom() - em * 1.2, band.width(), em * 1.2)
    painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    painter.restore()
