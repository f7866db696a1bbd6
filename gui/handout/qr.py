"""The handout's QR code: a phone camera turns it into a calendar event for session 1 (the first day
to book). The code holds a bare ``VEVENT`` — the procedure and the day, nothing about the patient —
and is drawn as vector squares (``segno`` makes the matrix), so it stays sharp on any printer."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from html import escape

import segno
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from gui.core import Plan, format_long, plan_target_name
from gui.core.catalog import words
from gui.core.words.common import capitalized
from gui.handout.phrases import phrase

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
MAX_VERSION = 7  # 45 modules: at the printed size each is about half a millimetre, which phones read


def session_event(plan: Plan, lang: str = "en", place: str = "") -> str | None:
    """The calendar event for the first session (the first bookable day), or None when there is no
    day to book (no open day, no day fits the planned treatments) or a screening answer is yes: a
    practitioner decides first, or the patient books again once it has healed or passed, so nothing
    on paper may look booked yet."""
    day = plan.course.sessions[0].date if plan.course and plan.course.sessions else plan.first_visit
    if day is None or plan.no_day_fits or plan.screening:  # a screening yes: nothing looks booked yet
        return None
    target = capitalized(plan_target_name(plan, lang))
    count = len(plan.course.sessions) if plan.course else 1
    _ = words(lang)
    summary = _("{Target}: session {number} of {count}", Target=target, number=1, count=count)
    end = day + dt.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{_text_value(summary if count > 1 else target)}",
        *([f"LOCATION:{_text_value(place)}"] if place else []),
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        "END:VEVENT",
    ]
    event = "\r\n".join(lines)
    if place and _encoded(event)[0] > MAX_VERSION:
        return session_event(plan, lang)  # a long address would make the code too fine to scan
    return event


def _text_value(text: str) -> str:
    """A TEXT value as RFC 5545 writes it: backslash, semicolon and comma escaped, one line."""
    one_line = " ".join(text.split())
    return one_line.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


Modules = tuple[tuple[bool, ...], ...]


@lru_cache(maxsize=32)  # the preview, its pages and zoom, then the print: one plan, one encoding
def _encoded(text: str) -> tuple[int, Modules]:
    """The code for ``text`` (its version and modules): UTF-8 bytes, declared as such (ECI) when not
    plain ASCII ('sesión'), so a reader does not guess another encoding. Encoding tries all eight
    masks for the most readable one: about 10 ms, so each text is encoded once."""
    code = segno.make(text, error="m", micro=False, encoding="utf-8", eci=not text.isascii())
    return int(code.version), tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def qr_modules(text: str) -> Modules:
    """The code's dark (True) and light modules, row by row, without the quiet zone."""
    return _encoded(text)[1]


def caption_html(plan: Plan, lang: str) -> str:
    """One line saying what the code is: 'Scan with your phone's camera to add your microneedling on
    Saturday 5 December 2026 to your calendar.'"""
    day = plan.course.sessions[0].date if plan.course and plan.course.sessions else plan.first_visit
    assert day is not None
    said = phrase(lang, "qr_caption", target=plan_target_name(plan, lang), date=format_long(day, lang))
    return f'<p class="small">{escape(said)}</p>'


def paint_modules(painter: QPainter, modules: Modules, at: QPointF, size: float) -> None:
    """The code as filled rectangles, ``size`` wide with its quiet zone, black on white: one per run of
    dark modules in a row (a third as many shapes in the PDF as one per module)."""
    count = len(modules) + 2 * QUIET_ZONE
    step = size / count
    painter.save()
    painter.fillRect(QRectF(at.x(), at.y(), size, size), QColor("white"))
    black = QColor("black")
    for row, cells in enumerate(modules):
        y = at.y() + (row + QUIET_ZONE) * step
        for start, length in _dark_runs(cells):
            # A hair larger than the modules, so neighbouring rows meet without a seam on screen.
            x = at.x() + (start + QUIET_ZONE) * step
            painter.fillRect(QRectF(x, y, step * (length + 0.02), step * 1.02), black)
    painter.restore()


def _dark_runs(cells: tuple[bool, ...]) -> list[tuple[int, int]]:
    """Where each run of dark modules starts, and how many modules it spans."""
    runs: list[tuple[int, int]] = []
    for column, (dark, before) in enumerate(zip(cells, (False, *cells), strict=False)):
        if dark and before:
            start, length = runs[-1]
            runs[-1] = (start, length + 1)
        elif dark:
            runs.append((column, 1))
    return runs
