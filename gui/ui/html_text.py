"""Plain text made safe to show in a rich-text label: what ``html.escape`` does, for the window.

The ``html`` package loads its table of 2,231 named entities (for ``unescape``, which the window never
uses) on import: about 1.5 ms of every start, for a function of one line. The handout, made on demand,
keeps ``html.escape``; a test holds the two to the same output.
"""

from __future__ import annotations

_TEXT = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ESCAPES = str.maketrans(_TEXT)
_ESCAPES_QUOTES = str.maketrans(_TEXT | {'"': "&quot;", "'": "&#x27;"})


def escape(text: str, quote: bool = True) -> str:
    """``text`` with ``& < >`` (and, with ``quote``, ``" '``) written as character references."""
    return text.translate(_ESCAPES_QUOTES if quote else _ESCAPES)
