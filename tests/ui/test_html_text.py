"""The window's ``escape`` writes what ``html.escape`` writes, for any text."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, strategies as st

from gui.ui.html_text import escape

CASES = ["", "plain", "a & b", "<b>x</b>", 'it\'s "quoted"', "&amp; already", "Ñandú < 5 > 3", "\x00\n\t"]


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("quote", [True, False])
def test_escape_is_html_escape(text: str, quote: bool) -> None:
    assert escape(text, quote) == html.escape(text, quote)


@given(st.text(), st.booleans())
def test_escape_is_html_escape_for_any_text(text: str, quote: bool) -> None:
    assert escape(text, quote) == html.escape(text, quote)
