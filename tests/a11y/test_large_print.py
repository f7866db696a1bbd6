"""A handout in large print (type 1.5× and 2×) fits its pages or flows onto more, and loses no words."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from a11y_support import TODAY
from pypdf import PageObject, PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter

from gui.core import Plan, Precision, Treatment, load_policy_or_raise, make_plan
from gui.core.clinic import Clinic
from gui.core.resources import default_policy_path
from gui.handout import MIN_MARGIN_MM, prepare_device, render_handout
from gui.handout.logo import load_logo
from gui.handout.render import Job, fit
from gui.handout.style import STYLE
from gui.store.content import section

A4 = QPageSize(QPageSize.PageSizeId.A4)
LETTER = QPageSize(QPageSize.PageSizeId.Letter)
CLINIC = Clinic("Harbour Skin Clinic", "12 Quay Street\nHarbourtown HT1 2AB", "+44 20 7946 0123")
NAMES = ("Botox", "Hyaluronic-acid filler (any brand)", "Radiesse")
MARGIN_PT = MIN_MARGIN_MM / 25.4 * 72
pytestmark = pytest.mark.usefixtures("qapp")  # fonts and paint devices need the application


def realistic_plan() -> Plan:
    history = (
        Treatment("botox", date(2026, 11, 10)),
        Treatment("ha-filler", date(2026, 10, 20), Precision.AROUND, 5),
        Treatment("radiesse", date(2026, 11, 2)),
    )
    policy = load_policy_or_raise(default_policy_path())
    return make_plan(history, policy, TODAY, "microneedling", date(2026, 12, 1))


def normalise(text: str) -> str:
    return re.sub(r" ([.,;:!?)])", r"\1", " ".join(unicodedata.normalize("NFKC", text).split()))


def render(scale: float, page: QPageSize) -> bytes:
    """The handout with every type size times ``scale``, through the one rendering path, as PDF bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    prepare_device(writer, page)
    style = STYLE.scaled(scale)
    render_handout(writer, realistic_plan(), CLINIC, "en", "Jane Doe", printed_on=TODAY, style=style)
    del writer
    buffer.close()
    return bytes(data.data())


def text_runs(page: PageObject) -> list[tuple[float, float, str]]:
    """Where each run of text starts on ``page``, in points from its lower left corner, and its words."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return runs


SCALES = [1.5, 2.0]  # at 2x the why/benefits/risks columns are taller than a page: they are split
PLACED_SCALES = SCALES
PAGES = [pytest.param(A4, id="A4"), pytest.param(LETTER, id="Letter")]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("scale", SCALES)
def test_large_print_keeps_every_word(scale: float, page: QPageSize) -> None:
    pdf = render(scale, page)
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = normalise(" ".join(p.extract_text() for p in pages))
    for name in NAMES:
        assert name in text
    assert normalise(section("disclaimer").body) in text
    assert "Tuesday 1 December 2026" in text
    assert f"Page {len(pages)} of {len(pages)}" in text
    if scale >= 2:
        assert len(pages) > 1, "twice the type does not fit one page: it flows on"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("scale", PLACED_SCALES)
def test_large_print_stays_inside_the_margins(scale: float, page: QPageSize) -> None:
    pdf = render(scale, page)
    for number, sheet in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        outside = [
            (round(x), round(y), words[:30])
            for x, y, words in text_runs(sheet)
            if not (MARGIN_PT - 0.5 <= x <= width - MARGIN_PT and MARGIN_PT - 0.5 <= y <= height - MARGIN_PT)
        ]
        assert not outside, f"page {number}: text outside the margins"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("scale", PLACED_SCALES)
def test_no_block_runs_past_its_page(scale: float, page: QPageSize, lang: str) -> None:
    """The renderer's own layout: every block ends above the footer of the page it is placed on."""
    buffer = QBuffer()
    device = QPdfWriter(buffer)  # never painted on: only measured
    device.setResolution(300)
    prepare_device(device, page)
    job = Job(realistic_plan(), CLINIC, lang, "Jane Doe", TODAY, load_logo(CLINIC.logo))
    layout = fit(device, job, STYLE.scaled(scale))
    body = layout.frame.body.height()
    for number, placed in enumerate(layout.pages, 1):
        for y, block in placed:
            assert y + block.height <= body + 0.5, (
                f"page {number}: a block ends {y + block.height - body:.0f} px low"
            )
