"""The patient handout: one rendering path for the print preview, a printer, a PDF and the command line."""

from gui.handout.page import (
    LETTER_TERRITORIES,
    PAGE_CHOICES,
    HandoutWriteError,
    page_size_for,
    pdf_bytes,
    pdf_leaves_out_calendar_code,
    prepare_device,
    write_pdf,
    write_problem,
)
from gui.handout.render import (
    MIN_MARGIN_MM,
    RenderError,
    calendar_code_left_out,
    content_rect,
    render_handout,
)
from gui.handout.text import main_message

__all__ = [
    "LETTER_TERRITORIES",
    "MIN_MARGIN_MM",
    "PAGE_CHOICES",
    "HandoutWriteError",
    "RenderError",
    "calendar_code_left_out",
    "content_rect",
    "main_message",
    "page_size_for",
    "pdf_bytes",
    "pdf_leaves_out_calendar_code",
    "prepare_device",
    "render_handout",
    "write_pdf",
    "write_problem",
]
