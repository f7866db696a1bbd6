"""The bad-input catalogue: every case states what must come of it, a result or a one-line refusal.

Typed dates are tried as the window reads them (``parse_date`` and the field's check, the functions
the date field calls) and as the command line reads them (``plan --history``/``--proposed``). Results
carry hand-written expectations (the days the text covers); refusals a fragment of the one line.
Today is Tuesday 24 November 2026 throughout.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 24)
PAST, FUTURE = "past", "future"


@dataclass(frozen=True)
class Typed:
    """A typed date: ``days`` (first, last) it must cover, or ``refused``, a fragment of the message."""

    text: str
    tense: str
    days: tuple[date, date] | None = None
    refused: str = ""

    @property
    def id(self) -> str:
        shown = self.text if len(self.text) <= 30 else f"{self.text[:27]}…({len(self.text)})"
        return f"{self.tense}:{shown!r}"


def _day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


def _span(first: date, last: date) -> tuple[date, date]:
    return first, last


# --- results: what the text means, by hand -----------------------------------------------------------
ACCEPTED = [
    Typed("2026-11-10", PAST, _day(2026, 11, 10)),
    Typed("10 Nov 2026", PAST, _day(2026, 11, 10)),
    Typed("10 de noviembre de 2026", PAST, _day(2026, 11, 10)),
    Typed("Nov 2026", PAST, _span(date(2026, 11, 1), date(2026, 11, 30))),
    Typed("2026-10", PAST, _span(date(2026, 10, 1), date(2026, 10, 31))),
    Typed("February 2024", PAST, _span(date(2024, 2, 1), date(2024, 2, 29))),  # a leap February
    Typed("29 Feb 2024", PAST, _day(2024, 2, 29)),
    Typed("1 Jan 1990", PAST, _day(1990, 1, 1)),  # the first day a treatment can be
    Typed("Jan 1990", PAST, _span(date(1990, 1, 1), date(1990, 1, 31))),
    Typed("1990-01-01", PAST, _day(1990, 1, 1)),
    Typed("today", PAST, _day(2026, 11, 24)),
    Typed("hoy", PAST, _day(2026, 11, 24)),
    Typed("yesterday", PAST, _day(2026, 11, 23)),
    Typed("ayer", PAST, _day(2026, 11, 23)),
    Typed("3 days ago", PAST, _day(2026, 11, 21)),
    Typed("hace 3 días", PAST, _day(2026, 11, 21)),
    Typed("2 weeks ago", PAST, _span(date(2026, 11, 7), date(2026, 11, 13))),
    Typed("hace 2 semanas", PAST, _span(date(2026, 11, 7), date(2026, 11, 13))),
    Typed("2 wks ago", PAST, _span(date(2026, 11, 7), date(2026, 11, 13))),
    Typed("about 10 days ago", PAST, _span(date(2026, 11, 11), date(2026, 11, 17))),
    Typed("3 months ago", PAST, _span(date(2026, 8, 9), date(2026, 9, 8))),
    Typed("100 days ago", PAST, _day(2026, 8, 16)),
    Typed("last month", PAST, _span(date(2026, 10, 1), date(2026, 10, 31))),
    Typed("el mes pasado", PAST, _span(date(2026, 10, 1), date(2026, 10, 31))),
    Typed("October", PAST, _span(date(2026, 10, 1), date(2026, 10, 31))),
    Typed("December", PAST, _span(date(2025, 12, 1), date(2025, 12, 31))),  # the last one that is past
    Typed("mid-October 2026", PAST, _span(date(2026, 10, 10), date(2026, 10, 20))),
    Typed("11 Jan", PAST, _day(2026, 1, 11)),  # the next 11 Jan is 7 weeks away: last January's
    Typed("24 Nov", PAST, _day(2026, 11, 24)),
    Typed("  2026-11-10  ", PAST, _day(2026, 11, 10)),
    Typed("10 Nov\n2026", PAST, _day(2026, 11, 10)),  # a line break is white space
    Typed("10\tNov 2026", PAST, _day(2026, 11, 10)),
    Typed("Tuesday 10 November 2026", PAST, _day(2026, 11, 10)),
    Typed("martes 10 de noviembre de 2026", PAST, _day(2026, 11, 10)),
    Typed("1 Dec 2026", FUTURE, _day(2026, 12, 1)),
    Typed("2026-11-24", FUTURE, _day(2026, 11, 24)),
    Typed("today", FUTURE, _day(2026, 11, 24)),
    Typed("tomorrow", FUTURE, _day(2026, 11, 25)),
    Typed("in 2 weeks", FUTURE, _day(2026, 12, 8)),
    Typed("dentro de 2 semanas", FUTURE, _day(2026, 12, 8)),
    Typed("next Friday", FUTURE, _day(2026, 11, 27)),
    Typed("el viernes que viene", FUTURE, _day(2026, 11, 27)),
    Typed("11 Dec", FUTURE, _day(2026, 12, 11)),
    Typed("in 5 years", FUTURE, _day(2031, 11, 24)),  # the last day an appointment can be
    Typed("2031-11-24", FUTURE, _day(2031, 11, 24)),
    Typed("in 100 days", FUTURE, _day(2027, 3, 4)),
    Typed("10 Oct", FUTURE, _day(2027, 10, 10)),  # the last 10 Oct was 6 weeks ago: next year's
    Typed("ago", PAST, _span(date(2026, 8, 1), date(2026, 8, 31))),  # Spanish 'ago.' is August
    Typed("  ago  ", PAST, _span(date(2026, 8, 1), date(2026, 8, 31))),
]

# --- refusals: what the one line must say ------------------------------------------------------------
LONG = "2026-11-10 " + "x" * 100_000
REFUSED = [
    # a day without a year whose nearest the other way is days off: a slip, so the year is asked for
    Typed("11 Dec", PAST, refused="'11 Dec' is 17 days from now"),
    Typed("10 Nov", FUTURE, refused="'10 Nov' was 14 days ago"),
    # calendar edges: outside the span the app reasons about, or outside the calendar
    Typed("0001-01-01", PAST, refused="before 1 Jan 1990"),
    Typed("1989-12-31", PAST, refused="before 1 Jan 1990"),
    Typed("Dec 1989", PAST, refused="before 1 Jan 1990"),
    Typed("31 Dec 1899", PAST, refused="before 1 Jan 1990"),
    Typed("0000-01-01", PAST, refused="no year 0"),
    Typed("9999-12-31", PAST, refused="after today"),
    Typed("9999-12-31", FUTURE, refused="more than 5 years ahead"),
    Typed("2031-11-25", FUTURE, refused="more than 5 years ahead"),
    Typed("in 100 years", FUTURE, refused="more than 5 years ahead"),
    Typed("in 6 years", FUTURE, refused="more than 5 years ahead"),
    Typed("in 9000 years", FUTURE, refused="too far away"),
    Typed("9000 years ago", PAST, refused="too far away"),
    Typed("500 days ago", PAST, refused="too far away"),
    Typed("99999-01-01", PAST, refused="Cannot read"),
    Typed("10000-01-01", FUTURE, refused="Cannot read"),
    Typed("1 Jan 10000", PAST, refused="Cannot read"),
    Typed("2026-11-25", PAST, refused="after today"),
    Typed("tomorrow", PAST, refused="after today"),
    Typed("in 2 weeks", PAST, refused="after today"),
    Typed("next Friday", PAST, refused="only fits an appointment"),
    Typed("2026-11-23", FUTURE, refused="before today"),
    Typed("2 weeks ago", FUTURE, refused="not one day"),
    Typed("yesterday", FUTURE, refused="before today"),
    Typed("Dec 2026", FUTURE, refused="whole month"),
    Typed("last month", FUTURE, refused="only fits a past treatment"),
    # impossible days
    Typed("2026-02-29", PAST, refused="28 days"),
    Typed("29 Feb", PAST, refused="February 2026 has 28 days"),  # no silent leap to 2024
    Typed("29 Feb", FUTURE, refused="February 2027 has 28 days"),  # nor to 2028
    Typed("31 Feb", FUTURE, refused="February 2027 has 28 days"),
    Typed("10 Nov 2026~30", PAST, refused="choose 'Around (± days)'"),
    Typed("Nov 2026~3", PAST, refused="choose 'Around (± days)'"),
    Typed("31/04/2026", PAST, refused="not a real date"),
    Typed("2026-13-01", PAST, refused="no month 13"),
    Typed("2026-00-10", PAST, refused="no month 0"),
    Typed("32 Oct 2026", PAST, refused="31 days"),
    Typed("0 Oct 2026", PAST, refused="day 0"),
    Typed("Monday 10 November 2026", PAST, refused="is a Tuesday"),
    Typed("03/04/2026", PAST, refused="could be"),
    Typed("13/13/2026", PAST, refused="not a real date"),
    # forms that are not dates
    Typed("banana", PAST, refused="Cannot read 'banana'"),
    Typed("banana", FUTURE, refused="in 2 weeks"),
    Typed("", PAST, refused="Type a date"),
    Typed("   ", PAST, refused="Type a date"),
    Typed("\n", PAST, refused="Type a date"),
    Typed("2026-11-10~3", PAST, refused="choose 'Around (± days)'"),  # the window has its own ± field
    Typed("3 fortnights ago", PAST, refused="unknown unit 'fortnights'"),
    Typed("-3 days ago", PAST, refused="Cannot read"),
    Typed("1e3 days ago", PAST, refused="Cannot read"),
    Typed("Nov 10 2026 10:00", PAST, refused="Cannot read"),
    Typed("2026/11/10/10", PAST, refused="Cannot read"),
    Typed("DROP TABLE", PAST, refused="Cannot read"),
    Typed("\x00", PAST, refused="Cannot read '\\x00'"),
    Typed("10 Nov 2026\x07", PAST, refused="\\x07"),
    Typed("2026-11-10\u200b", PAST, refused="\\u200b"),
    Typed("١٠ نوفمبر ٢٠٢٦", PAST, refused="Cannot read"),
    Typed("😀", PAST, refused="Cannot read"),
    Typed(LONG, PAST, refused="too long to be a date"),
    Typed("9" * 5000, PAST, refused="too long to be a date"),
    Typed("9" * 61, FUTURE, refused="too long to be a date"),
    Typed("1" * 20 + " days ago", PAST, refused="too far away"),
    Typed("a" * 55 + " ago", PAST, refused="Cannot read"),
]

# More refusals, made by rule: each broken form in both directions, plain and between spaces.
BROKEN_FORMS = [
    "10 Nov 20266",
    "2026-11-",
    "-11-10",
    "2026--11--10",
    "10//11//2026",
    "Novembre 2026",
    "noviembr 2026",
    "10 Nov 26 26",
    "hace",
    "in",
    "dentro de",
    "2 weeks",
    "weeks ago",
    "last",
    "next",
    "mid",
    "mid-",
    "early",
    "about",
    "~",
    "~~",
    "2026-11-10 to 2026-11-12",
    "10-12 Nov 2026",
    "Nov 2026 Dec 2026",
    "1,000 days ago",
    "½ month ago",
    "zero days ago",
    "ten days ago",
    "a long time ago",
    "sometime",
    "last year",
    "next year",
    "2026",
    "26",
    "11",
    "1110",
    "20261110",
    "?",
    "...",
]
for form in BROKEN_FORMS:
    for tense in (PAST, FUTURE):
        for shown in (form, f"  {form}  "):
            REFUSED.append(Typed(shown, tense, refused=""))  # refused; the fragment is the text itself

TYPED = ACCEPTED + REFUSED


# Paths that name something other than a small text file: what ``place_broken`` can put there.
NOT_FILES = ("folder", "fifo", "dev-zero-link")


def place_broken(path: Path, kind: str, content: bytes | str = "") -> None:
    """Put at ``path`` a folder, a pipe or a link to /dev/zero (``NOT_FILES``), else ``content``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero-link":
        path.symlink_to("/dev/zero")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
