"""The type size found to keep a plan on one page is remembered for that plan on that paper: the
preview, its pages and the print lay the handout out once, and exactly as the first time."""

from __future__ import annotations

import pytest
from handout_support import A4, LETTER, main_plan, page_texts, render_pdf
from PySide6.QtWidgets import QApplication

import gui.handout.render as render


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The type scale of every layout made, in order."""
    made: list[float] = []
    real = render.lay_out

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        layout = real(*args, **kwargs)
        made.append(layout.scale)
        return layout

    monkeypatch.setattr(render, "lay_out", counted)
    render._FITTED.clear()
    return made


def test_the_same_plan_again_is_laid_out_once_and_alike(qapp: QApplication, layouts: list[float]) -> None:
    plan = main_plan()
    first = render_pdf(plan)
    tries = len(layouts)
    assert tries >= 2 and layouts[-1] < 1.0  # it had to shrink the type to keep one page
    again = render_pdf(plan)
    assert layouts[tries:] == [layouts[-1]]  # one layout, at the size found
    assert page_texts(again) == page_texts(first)


def test_other_paper_or_another_plan_is_fitted_anew(qapp: QApplication, layouts: list[float]) -> None:
    plan = main_plan()
    render_pdf(plan, page=A4)
    done = len(layouts)
    render_pdf(plan, page=LETTER)
    assert len(layouts) - done >= 2
    done = len(layouts)
    render_pdf(main_plan())  # an equal plan, but another object: plans are remembered by identity
    assert len(layouts) - done >= 2
