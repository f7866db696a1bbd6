"""The clinic logo on the letterhead: SVG as vectors, PNG as one image, about 1.5 cm tall, never a crash."""

from __future__ import annotations

import io
from pathlib import Path
from typing import cast

import pytest
from handout_support import EIGHT, HARBOUR, main_plan, page_texts, plan_of, render_pdf
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtGui import QColor, QImage

from gui.core.clinic import Clinic

pytestmark = pytest.mark.usefixtures("qapp")

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
    '<rect x="5" y="5" width="190" height="90" rx="20" fill="#1d4f73"/>'
    '<circle cx="60" cy="50" r="30" fill="#9fd3c7"/></svg>'
)
LOGO_HEIGHT_PT = 15 / 25.4 * 72  # 1.5 cm


def images(pdf: bytes) -> list[list[str]]:
    """The image XObjects each page draws (their names)."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        xobjects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()).get_object())
        found.append(
            [
                n
                for n in xobjects
                if cast(DictionaryObject, xobjects[n].get_object()).get("/Subtype") == "/Image"
            ]
        )
    return found


def drawn_image_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every image drawn on the first page (from the matrix at 'Do')."""
    sizes: list[tuple[float, float]] = []

    def visit(operator: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if operator == b"Do":
            sizes.append((abs(cm[0]), abs(cm[3])))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_operand_before=visit)
    return sizes


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4f73"))
    assert image.save(str(path))
    return path


@pytest.fixture
def svg(tmp_path: Path) -> Path:
    path = tmp_path / "logo.svg"
    path.write_text(SVG, encoding="utf-8")
    return path


def with_logo(path: Path | str, clinic: Clinic = HARBOUR) -> Clinic:
    return clinic._replace(logo=str(path))


def test_no_logo_no_image() -> None:
    assert images(render_pdf(main_plan(), HARBOUR)) == [[]]


def test_a_png_logo_adds_exactly_one_image_at_about_one_and_a_half_cm(png: Path) -> None:
    pdf = render_pdf(plan_of(*EIGHT), with_logo(png))
    assert [len(names) for names in images(pdf)] == [1, 0]  # the letterhead is on the first page only
    ((width, height),) = drawn_image_sizes(pdf)
    assert height == pytest.approx(LOGO_HEIGHT_PT, rel=0.02)
    assert width == pytest.approx(3 * height, rel=0.02)  # the aspect kept


def test_an_svg_logo_is_drawn_as_vectors(svg: Path) -> None:
    pdf = render_pdf(plan_of(*EIGHT), with_logo(svg))
    assert images(pdf) == [[], []]
    plain = render_pdf(plan_of(*EIGHT), HARBOUR)
    assert len(pdf) > len(plain)  # something was drawn: the logo's paths


def test_the_letterhead_text_moves_right_of_the_logo(svg: Path) -> None:
    first = page_texts(render_pdf(main_plan(), with_logo(svg)))[0]
    assert first.startswith("Harbour Skin Clinic 12 Quay Street")


def test_a_logo_alone_still_heads_the_page(svg: Path) -> None:
    first = page_texts(render_pdf(main_plan(), Clinic(logo=str(svg))))[0]
    assert first.startswith("Your microneedling plan Earliest date")
    assert first.endswith("Your microneedling plan Page 1 of 1")


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda tmp: tmp / "missing.png", id="missing"),
        pytest.param(lambda tmp: tmp, id="a-folder"),
        pytest.param(
            lambda tmp: (tmp / "broken.png").write_bytes(b"not a png") and tmp / "broken.png", id="bad-png"
        ),
        pytest.param(lambda tmp: (tmp / "empty.svg").write_text("") and tmp / "empty.svg", id="empty-svg"),
    ],
)
def test_an_unusable_logo_is_left_out(tmp_path: Path, make: object) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    pdf = render_pdf(main_plan(), with_logo(path))
    assert images(pdf) == [[]]
    assert page_texts(pdf)[0].startswith("Harbour Skin Clinic")


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg")  # QSvgRenderer says why; we draw no logo
def test_a_broken_svg_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "broken.svg"
    path.write_text("<svg><rect", encoding="utf-8")
    pdf = render_pdf(main_plan(), with_logo(path))
    assert images(pdf) == [[]]
