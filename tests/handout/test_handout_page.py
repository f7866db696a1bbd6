"""Paper by territory (a setting wins), printer-safe margins, and writing the PDF file."""

from __future__ import annotations

from pathlib import Path

import pytest
from handout_support import HARBOUR, all_text, main_plan, page_sizes
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from gui.handout import HandoutWriteError, content_rect, page_size_for, prepare_device, write_pdf

pytestmark = pytest.mark.usefixtures("qapp")
LETTER_ID, A4_ID = QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A4


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", LETTER_ID), ("en_CA", LETTER_ID), ("fr_CA", LETTER_ID), ("es_MX", LETTER_ID),
        ("en_PH", LETTER_ID), ("es_CL", LETTER_ID), ("es_CO", LETTER_ID), ("es_VE", LETTER_ID),
        ("es_GT", LETTER_ID), ("es_CR", LETTER_ID), ("es_PA", LETTER_ID), ("es_DO", LETTER_ID),
        ("es_SV", LETTER_ID), ("es_PR", LETTER_ID),
        ("en_GB", A4_ID), ("de_DE", A4_ID), ("es_ES", A4_ID), ("fr_FR", A4_ID), ("en_AU", A4_ID),
        ("en_IN", A4_ID), ("C", A4_ID),
    ],
)  # fmt: skip
def test_page_size_by_territory(locale: str, expected: QPageSize.PageSizeId) -> None:
    assert page_size_for(QLocale(locale)).id() == expected


@pytest.mark.parametrize(("override", "expected"), [("a4", A4_ID), ("A4", A4_ID), ("letter", LETTER_ID)])
def test_a_setting_wins_over_the_locale(override: str, expected: QPageSize.PageSizeId) -> None:
    for locale in ("en_US", "de_DE"):
        assert page_size_for(QLocale(locale), override).id() == expected


def test_an_unknown_setting_is_refused() -> None:
    with pytest.raises(ValueError, match="use one of: a4, letter"):
        page_size_for(QLocale("en_US"), "legal")


@pytest.mark.parametrize(("locale", "size"), [("en_US", (612, 792)), ("en_GB", (595, 842)),
                                              ("es_MX", (612, 792)), ("de_DE", (595, 842))])  # fmt: skip
def test_pdf_paper_follows_the_locale(tmp_path: Path, locale: str, size: tuple[int, int]) -> None:
    target = tmp_path / "plan.pdf"
    write_pdf(target, main_plan(), HARBOUR, "en", None, page_size_for(QLocale(locale)))
    assert page_sizes(target.read_bytes()) == [pytest.approx(size, abs=1)]


def test_margins_are_what_printers_keep() -> None:
    writer = QPdfWriter("unused.pdf")  # never opened: no painter starts on it
    prepare_device(writer, page_size_for(QLocale("en_US")))
    margins = writer.pageLayout().margins(QPageLayout.Unit.Millimeter)
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 12.7
    writer.setPageMargins(margins * 0, QPageLayout.Unit.Millimeter)  # a device with no margins at all
    rect = content_rect(writer)
    least = 12.7 / 25.4 * writer.logicalDpiX()
    full = writer.pageLayout().fullRectPixels(writer.logicalDpiX())
    assert rect.left() >= least - 1 and rect.top() >= least - 1
    assert full.width() - rect.right() >= least - 1 and full.height() - rect.bottom() >= least - 1


def test_write_pdf_writes_the_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    write_pdf(target, main_plan(), HARBOUR, "en", "Jane Doe", page_size_for(QLocale("en_GB")))
    assert target.read_bytes().startswith(b"%PDF")
    assert "Prepared for: Jane Doe" in all_text(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


@pytest.mark.parametrize(
    ("make_path", "reason"),
    [
        (lambda tmp: tmp / "missing" / "plan.pdf", "the folder does not exist"),
        (lambda tmp: tmp, "that is a folder, not a file name"),
        (lambda tmp: tmp / "notes.txt" / "plan.pdf", "notes.txt is a file, not a folder"),
    ],
)
def test_write_pdf_explains_what_is_wrong(tmp_path: Path, make_path: object, reason: str) -> None:
    (tmp_path / "notes.txt").write_text("not a folder")
    path = make_path(tmp_path)  # type: ignore[operator]
    with pytest.raises(HandoutWriteError) as caught:
        write_pdf(path, main_plan(), HARBOUR, "en", None, page_size_for(QLocale("en_GB")))
    assert str(caught.value) == f"cannot write {path}: {reason}"
    assert isinstance(caught.value, OSError) and caught.value.reason == reason
