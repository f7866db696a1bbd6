"""Paper and files: Letter or A4 by territory (a setting wins), printer-safe margins, and ``write_pdf``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from gui.core import Plan
from gui.core.clinic import Clinic
from gui.handout.render import Painted, paint_handout
from gui.handout.style import STYLE
from gui.store.files import reason as _reason, write_problem as write_problem

PDF_DPI = 300
PAGE_CHOICES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_C = QLocale.Country
# Where Letter is the usual paper (CLDR's US-Letter territories, plus the Dominican Republic).
LETTER_TERRITORIES = frozenset(
    {
        _C.UnitedStates, _C.Canada, _C.Mexico, _C.Philippines, _C.Chile, _C.Colombia, _C.Venezuela,
        _C.Guatemala, _C.CostaRica, _C.Panama, _C.DominicanRepublic, _C.ElSalvador, _C.PuertoRico,
        _C.Belize, _C.Nicaragua,
    }
)  # fmt: skip


def page_size_for(locale: QLocale, override: str | None = None) -> QPageSize:
    """Letter in the Letter territories, A4 elsewhere; ``override`` ('a4' or 'letter') wins.

    Not ``measurementSystem()``: en_GB reports an imperial system but uses A4 (field notes, pitfall 9).
    """
    if override:
        key = override.strip().lower()
        if key not in PAGE_CHOICES:
            raise ValueError(f"unknown page size {override!r}; use one of: {', '.join(PAGE_CHOICES)}")
        return QPageSize(PAGE_CHOICES[key])
    letter = locale.territory() in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def prepare_device(device: QPagedPaintDevice, page: QPageSize) -> None:
    """Portrait ``page`` with the handout's margins (at least what real printers keep clear)."""
    margin = STYLE.margin_mm
    layout = QPageLayout(
        page, QPageLayout.Orientation.Portrait, QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )  # fmt: skip
    device.setPageLayout(layout)


class HandoutWriteError(OSError):
    """A PDF that could not be written; ``reason`` is short and plain, ``folder`` is where it was going."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.folder = path.parent
        self.reason = reason


def pdf_bytes(
    plan: Plan,
    clinic: Clinic,
    language: str,
    patient_name: str | None,
    page: QPageSize,
    *,
    printed_on: dt.date | None = None,
    dpi: int = PDF_DPI,
    calendar_code: bool = True,
) -> bytes:
    """The handout as PDF bytes: vectors, fonts embedded, laid out at ``dpi``."""
    return _handout_pdf(plan, clinic, language, patient_name, page, printed_on, dpi, calendar_code)[0]


def _handout_pdf(
    plan: Plan,
    clinic: Clinic,
    language: str,
    patient_name: str | None,
    page: QPageSize,
    printed_on: dt.date | None,
    dpi: int,
    calendar_code: bool,
) -> tuple[bytes, Painted]:
    painted: list[Painted] = []

    def paint(writer: QPagedPaintDevice) -> object:
        said = paint_handout(
            writer, plan, clinic, language, patient_name, printed_on=printed_on, calendar_code=calendar_code
        )
        painted.append(said)
        return said

    data = paper_bytes(paint, page, "Microneedling plan", dpi)
    return data, painted[0]


def paper_bytes(
    paint: Callable[[QPagedPaintDevice], object], page: QPageSize, title: str, dpi: int = PDF_DPI
) -> bytes:
    """What ``paint`` draws on ``page``, as PDF bytes (the handout's and the check sheet's one path)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    writer.setTitle(title)
    writer.setCreator("Microneedling Window")
    prepare_device(writer, page)
    paint(writer)
    del writer  # the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data())


def write_pdf_bytes(path: Path | str, data: bytes) -> None:
    """Write finished PDF bytes to ``path`` atomically, readable by this user only (it may carry a
    patient's name). Raises ``HandoutWriteError`` (an OSError) with a plain reason."""
    target = Path(path).expanduser()
    problem = write_problem(target)
    if problem:
        raise HandoutWriteError(target, problem)
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(data)
        partial.chmod(0o600)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise HandoutWriteError(target, _reason(exc)) from exc


def write_pdf(
    path: Path | str,
    plan: Plan,
    clinic: Clinic,
    language: str,
    patient_name: str | None,
    page: QPageSize,
    *,
    printed_on: dt.date | None = None,
    calendar_code: bool = True,
) -> Painted:
    """Write the handout to ``path`` and say what it holds. Raises ``HandoutWriteError`` (an OSError)
    with a plain reason."""
    target = Path(path).expanduser()
    problem = write_problem(target)
    if problem:
        raise HandoutWriteError(target, problem)
    data, painted = _handout_pdf(
        plan, clinic, language, patient_name, page, printed_on, PDF_DPI, calendar_code
    )
    write_pdf_bytes(target, data)
    return painted
