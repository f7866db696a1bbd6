"""The patient handout: one rendering path for the print preview, a printer, a PDF and the command line."""

from gui.handout.page import (
    LETTER_TERRITORIES,
    PAGE_CHOICES,
    HandoutWriteError,
    page_size_for,
    pdf_bytes,
    prepare_device,
    write_pdf,
    write_problem,
)
from gui.handout.render import (
    MIN_MARGIN_MM,
    Painted,
    RenderError,
    content_rect,
    paint_handout,
    render_handout,
)
from gui.handout.text import main_message

__all__ = [
    "LETTER_TERRITORIES",
    "MIN_MARGIN_MM",
    "PAGE_CHOICES",
    "HandoutWriteError",
    "Painted",
    "RenderError",
    "content_rect",
    "main_message",
    "page_size_for",
    "paint_handout",
    "pdf_bytes",
    "prepare_device",
    "render_handout",
    "write_pdf",
    "write_problem",
]
