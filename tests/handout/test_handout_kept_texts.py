"""Texts laid out for a PDF are kept for the next one (measured on a writer of the same resolution
that outlives each PDF): the paper is the same to the pixel as when every text is laid out anew."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from handout_support import A4, HARBOUR, main_plan, page_texts, plan_of, render_pdf
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

import gui.handout.blocks as blocks
from gui.core import Plan, Treatment


def pixels(pdf: bytes, folder: Path) -> list[bytes]:
    """Each page as PNG bytes at 40 dpi."""
    folder.mkdir()
    (folder / "h.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(folder / "h.pdf"), str(folder / "p")], check=True)
    return [page.read_bytes() for page in sorted(folder.glob("p*.png"))]


@pytest.fixture
def fresh() -> Iterator[Callable[[bool], None]]:
    """``fresh(True)``: every text laid out anew on the PDF's own writer, as before texts were kept."""
    patch = pytest.MonkeyPatch()

    def choose(anew: bool) -> None:
        blocks._DOCUMENTS.clear()
        patch.undo()
        if anew:
            patch.setattr(blocks, "_measuring_writer", lambda device: None)

    yield choose
    patch.undo()


def long_plan() -> Plan:
    """Forty treatments over several pages."""
    start = date(2026, 11, 20)
    return plan_of(
        *(Treatment("botox" if i % 2 else "ha-filler", start - timedelta(days=9 * i)) for i in range(40))
    )


@pytest.mark.parametrize("kept", [blocks.DOCUMENTS_KEPT, 8])  # 8: the oldest go while a paper is made
def test_kept_texts_make_the_same_paper(
    kept: int, qapp: QApplication, fresh: Callable[[bool], None], tmp_path: Path,
    require_service: Callable[[str, bool, str], None], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    require_service("pdftoppm", shutil.which("pdftoppm") is not None, "install poppler-utils (see .ci/run)")
    monkeypatch.setattr(blocks, "DOCUMENTS_KEPT", kept)
    for number, plan in enumerate((main_plan(), long_plan())):
        fresh(True)
        anew = render_pdf(plan, HARBOUR, "Ana López")
        fresh(False)
        first, again = render_pdf(plan, HARBOUR, "Ana López"), render_pdf(plan, HARBOUR, "Ana López")
        assert page_texts(first) == page_texts(anew) == page_texts(again)
        expected = pixels(anew, tmp_path / f"anew{number}")
        assert pixels(first, tmp_path / f"first{number}") == expected
        assert pixels(again, tmp_path / f"again{number}") == expected


def test_a_text_is_laid_out_once(
    qapp: QApplication, fresh: Callable[[bool], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh(False)
    made: list[str] = []
    real = QTextDocument.setHtml
    monkeypatch.setattr(QTextDocument, "setHtml", lambda doc, html: (made.append(html), real(doc, html))[1])
    plan = main_plan()
    render_pdf(plan, page=A4)
    first = len(made)
    render_pdf(plan, page=A4)
    assert first > 10 and len(made) == first  # the second paper laid out no text again
    assert len(blocks._DOCUMENTS) <= blocks.DOCUMENTS_KEPT
