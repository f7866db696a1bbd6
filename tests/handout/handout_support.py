"""Shared by the handout tests: the plans, a clinic, and the PDF read back as text (NFKC, pitfall 14)."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter

from gui.core import Plan, Precision, Treatment, load_policy_or_raise, make_plan
from gui.core.clinic import Clinic
from gui.core.resources import default_policy_path
from gui.handout import prepare_device, render_handout

TODAY = date(2026, 11, 24)  # a Tuesday
PRINTED_ON = date(2026, 11, 24)
POLICY = load_policy_or_raise(default_policy_path())
A4 = QPageSize(QPageSize.PageSizeId.A4)
LETTER = QPageSize(QPageSize.PageSizeId.Letter)
HARBOUR = Clinic(
    "Harbour Skin Clinic", "12 Quay Street\nHarbourtown HT1 2AB", "+44 20 7946 0123", "harbourskin.example"
)

BOTOX = Treatment("botox", date(2026, 11, 10))
HA_AROUND = Treatment("ha-filler", date(2026, 10, 20), Precision.AROUND, 5)
# Eight products, each with its own name; the first six span every rule of the default policy.
EIGHT = (
    BOTOX,
    HA_AROUND,
    Treatment("daxxify", date(2026, 9, 3)),
    Treatment("sculptra", date(2026, 10, 1), Precision.MONTH),
    Treatment("radiesse", date(2026, 11, 2)),
    Treatment("microneedling", date(2026, 10, 28)),
    Treatment("dysport", date(2026, 8, 14)),
    Treatment("xeomin", date(2026, 7, 1)),
)


def plan_of(
    *history: Treatment, proposed: date | None = None, target: str = "microneedling", today: date = TODAY
) -> Plan:
    return make_plan(history, POLICY, today, target, proposed)


def main_plan(proposed: date | None = None) -> Plan:
    """Botox on 10 Nov 2026 and HA filler around 20 Oct 2026 ± 5 days, seen on 24 Nov 2026."""
    return plan_of(BOTOX, HA_AROUND, proposed=proposed)


def render_pdf(
    plan: Plan,
    clinic: Clinic | None = None,
    patient: str | None = None,
    page: QPageSize = A4,
    dpi: int = 300,
    lang: str = "en",
) -> bytes:
    """The handout through ``render_handout`` onto a QPdfWriter at ``dpi``, as PDF bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    prepare_device(writer, page)
    render_handout(writer, plan, clinic or Clinic(), lang, patient, printed_on=PRINTED_ON)
    del writer
    buffer.close()
    return bytes(data.data())


def normalise(text: str) -> str:
    """NFKC (ligatures such as 'ﬁ' become 'fi'), white space runs as one space, none before punctuation.

    pypdf puts a space where the font changes, as in '<b>24 November 2026</b>.'.
    """
    return re.sub(r" ([.,;:!?)])", r"\1", " ".join(unicodedata.normalize("NFKC", text).split()))


def page_texts(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(pdf)).pages]
