"""Typed text as a message repeats it: short, on one line, with nothing hidden."""

from __future__ import annotations

from gui.core.catalog import words

ECHO_LIMIT = 40  # characters of a typed value a message repeats

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shortened(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` on one line: control and other invisible characters written as escapes (``\\n``,
    ``\\x07``), at most ``limit`` characters of it, a longer text cut with '…'."""
    shown = "".join(_visible(c) for c in text[:limit])
    return shown + "…" if len(text) > limit else shown


def _visible(c: str) -> str:
    if c.isprintable():
        return c
    if c in _ESCAPES:
        return _ESCAPES[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def quoted(text: str, lang: str = "en", limit: int = ECHO_LIMIT) -> str:
    """``text`` shortened and quoted as each language quotes: 'this' in English, «esto» in Spanish."""
    _ = words(lang)
    return _("'{text}'", text=shortened(text, limit))


def one_line(message: str, limit: int = 400) -> str:
    """A message as one line of at most ``limit`` characters (the last guard before it is shown)."""
    joined = " ".join(message.split())
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"
