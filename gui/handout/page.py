"""Paper and files: Letter or A4 by territory (a setting wins), printer-safe margins, and ``write_pdf``."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from gui.core import Plan
from gui.core.clinic import Clinic
from gui.handout.render import render_handout
from gui.handout.style import STYLE

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


def write_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written, before any work is done; None when it looks writable.

    Only a new file or an existing regular file is written (atomically, by a rename): a device such
    as /dev/null, a pipe or a socket is refused, never replaced."""
    try:
        return _write_problem(path)
    except OSError as exc:  # a folder on the way that cannot be looked into, a name too long
        return _reason(exc)
    except ValueError:  # a NUL character in the name
        return "the file name is not valid"


def _write_problem(path: Path) -> str | None:
    if "\x00" in str(path):  # pathlib's checks answer False for such a name instead of failing
        return "the file name is not valid"
    folder = path.parent
    if path.is_dir():
        return "that is a folder, not a file name"
    if not folder.exists():
        return "the folder does not exist"
    if not folder.is_dir():
        return f"{folder.name} is a file, not a folder"
    if path.exists() and not path.is_file():
        return "that is not a regular file (a device, a pipe or a socket); choose a file name"
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "you do not have permission to write there"
    if path.suffix.lower() != ".pdf":  # a slip of the keyboard must not overwrite a settings file
        return "the file name must end in .pdf"
    return None


def _reason(exc: OSError) -> str:
    return {
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "part of the path is a file, not a folder",
        errno.EACCES: "you do not have permission to write there",
        errno.EPERM: "you do not have permission to write there",
        errno.EROFS: "the disk is read-only",
        errno.ENOSPC: "the disk is full",
        errno.EISDIR: "that is a folder, not a file name",
    }.get(exc.errno or 0, exc.strerror or str(exc))


def pdf_bytes(
    plan: Plan,
    clinic: Clinic,
    language: str,
    patient_name: str | None,
    page: QPageSize,
    *,
    printed_on: dt.date | None = None,
    dpi: int = PDF_DPI,
) -> bytes:
    """The handout as PDF bytes: vectors, fonts embedded, laid out at ``dpi``."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    writer.setTitle("Microneedling plan")
    writer.setCreator("Microneedling Window")
    prepare_device(writer, page)
    render_handout(writer, plan, clinic, language, patient_name, printed_on=printed_on)
    del writer  # the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data())


def write_pdf(
    path: Path | str,
    plan: Plan,
    clinic: Clinic,
    language: str,
    patient_name: str | None,
    page: QPageSize,
    *,
    printed_on: dt.date | None = None,
) -> None:
    """Write the handout to ``path``. Raises ``HandoutWriteError`` (an OSError) with a plain reason."""
    target = Path(path).expanduser()
    problem = write_problem(target)
    if problem:
        raise HandoutWriteError(target, problem)
    data = pdf_bytes(plan, clinic, language, patient_name, page, printed_on=printed_on)
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise HandoutWriteError(target, _reason(exc)) from exc
