"""Regular expressions compiled, and lookup tables made, when first used.

The date reader has about twenty patterns: compiled at import they were 4 ms of the window's start,
before anything is typed. Each compiles on the first text it reads (once per process; the ``re``
module would otherwise compile it at import). Its tables of month and weekday names in every
language read each language's catalogue: made at import, an English desk read the Spanish one to
start."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
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


class LazyTable(Mapping[str, int]):
    """The table ``build()`` returns, made on the first look-up."""

    __slots__ = ("_build", "_table")

    def __init__(self, build: Callable[[], dict[str, int]]) -> None:
        self._build = build
        self._table: dict[str, int] | None = None

    @property
    def table(self) -> dict[str, int]:
        if self._table is None:
            self._table = self._build()
        return self._table

    def __getitem__(self, key: str) -> int:
        return self.table[key]

    def __contains__(self, key: object) -> bool:
        return key in self.table

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        return self.table.get(key, default)  # the parser's hot path: no KeyError round trip

    def __iter__(self) -> Iterator[str]:
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)
