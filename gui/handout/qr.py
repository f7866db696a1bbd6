"""The handout's QR code: a phone camera turns it into a calendar event for session 1 (the first day
to book). The code holds a bare ``VEVENT`` — the procedure and the day, nothing about the patient —
and is drawn as vector squares (``segno`` makes the matrix), so it stays sharp on any printer."""

from __future__ import annotations

import datetime as dt
from html import escape

import segno
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from gui.core import Plan, format_long, plan_target_name
from gui.handout.phrases import phrase

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def session_event(plan: Plan, lang: str = "en") -> str | None:
    """The calendar event for the first session (the first bookable day), or None when there is no
    day to book (no open day, or no day fits the planned treatments)."""
    day = plan.course.sessions[0].date if plan.course and plan.course.sessions else plan.first_visit
    if day is None or plan.no_day_fits:
        return None
    target = plan_target_name(plan, lang)
    summary = target[:1].upper() + target[1:]
    end = day + dt.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{summary}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        "END:VEVENT",
    ]
    return "\r\n".join(lines)


def qr_modules(text: str) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def caption_html(plan: Plan, lang: str) -> str:
    """One line saying what the code is: 'Scan with your phone's camera to add your microneedling on
    Saturday 5 December 2026 to your calendar.'"""
    day = plan.course.sessions[0].date if plan.course and plan.course.sessions else plan.first_visit
    assert day is not None
    said = phrase(lang, "qr_caption", target=plan_target_name(plan, lang), date=format_long(day, lang))
    return f'<p class="small">{escape(said)}</p>'


def paint_modules(painter: QPainter, modules: list[list[bool]], at: QPointF, size: float) -> None:
    """The code as filled squares, ``size`` wide with its quiet zone, black on white."""
    count = len(modules) + 2 * QUIET_ZONE
    step = size / count
    painter.save()
    painter.fillRect(QRectF(at.x(), at.y(), size, size), QColor("white"))
    black = QColor("black")
    for row, cells in enumerate(modules):
        y = at.y() + (row + QUIET_ZONE) * step
        for column, dark in enumerate(cells):
            if dark:  # a hair wider than a module, so neighbours meet without a seam on screen
                x = at.x() + (column + QUIET_ZONE) * step
                painter.fillRect(QRectF(x, y, step * 1.02, step * 1.02), black)
    painter.restore()
