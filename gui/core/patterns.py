"""Regular expressions compiled when first used.

The date reader has about twenty: compiled at import they were 4 ms of the window's start, before
anything is typed. Each compiles on the first text it reads (once per process; the ``re`` module
would otherwise compile it at import)."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """``re.compile(source)``, made on the first match; the methods the readers use."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def findall(self, text: str) -> list[Any]:
        return self.compiled.findall(text)
