"""The typed-date catalogue, through the window's date field and through the command line."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest
from pytestqt.qtbot import QtBot

from gui import cli
from gui.cli import commands
from gui.core import DateParseError, Tense, check_not_future, check_not_past, parse_date
from gui.core.echo import shortened
from gui.ui.widgets.date_entry import DateEntry

from .catalogue import PAST, TODAY, TYPED, Typed

TENSES = {PAST: Tense.PAST, "future": Tense.FUTURE}
CHECKS = {PAST: check_not_future, "future": check_not_past}


def read(case: Typed, lang: str) -> tuple[object, object]:
    """(first, last) as the window's field reads the text, or the refusal's message."""
    try:
        parsed = parse_date(case.text, TODAY, None, lang, TENSES[case.tense])
        CHECKS[case.tense](parsed, TODAY, lang)
    except DateParseError as exc:
        return None, str(exc)
    return (parsed.first, parsed.last), None


def one_line(message: str) -> None:
    assert "\n" not in message and "\r" not in message, message
    assert len(message) <= 320, len(message)


@pytest.mark.parametrize("case", TYPED, ids=[c.id for c in TYPED])
def test_the_window_reads_it_or_says_why_in_one_line(case: Typed) -> None:
    for lang in ("en", "es"):
        days, refusal = read(case, lang)
        if case.days is not None:
            assert refusal is None and days == case.days, (lang, refusal, days)
            continue
        assert refusal is not None, (lang, days)
        one_line(str(refusal))
        if lang == "en":
            assert case.refused in str(refusal)
            if case.text.strip() and "'" in str(refusal).split(":")[0]:  # quoted: short and escaped
                assert shortened(case.text.strip()) in str(refusal)


@pytest.mark.parametrize("case", TYPED[::7], ids=[c.id for c in TYPED[::7]])
def test_the_date_field_widget_agrees(case: Typed, qtbot: QtBot) -> None:
    """Every seventh case typed into the real field: it keeps the text and shows the same reading."""
    field = DateEntry(TODAY, check=CHECKS[case.tense], tense=TENSES[case.tense])
    qtbot.addWidget(field)
    field.set_text(case.text)
    kept = case.text.replace("\n", "")[:32767]  # a line edit holds one line, at most Qt's 32,767 characters
    assert field.text() in (case.text, kept)  # nothing typed is lost
    if case.days is not None:
        assert field.parsed is not None and (field.parsed.first, field.parsed.last) == case.days
    else:
        assert field.parsed is None
        assert field.error or not case.text.strip()  # an empty field waits quietly
        one_line(field.error)


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["plan", "--json", "--no-clinic-settings", "--today", TODAY.isoformat(), *argv])
    return code, out.getvalue(), err.getvalue()


def cli_form(text: str) -> bool:
    """DATE~N is the command line's own 'around' form (the window has a ± field instead)."""
    return commands._AROUND.match(text.strip()) is not None


# Not DATE~N: the command line's own 'around' form (the window has a ± field); see test_cli_options.
CLI_TYPED = [c for c in TYPED if not cli_form(c.text)]


@pytest.mark.parametrize("case", CLI_TYPED, ids=[c.id for c in CLI_TYPED])
def test_the_command_line_reads_it_the_same_or_refuses_in_one_line(case: Typed) -> None:
    if case.tense == PAST:
        code, out, err = run_cli("--history", f"botox={case.text}")
    else:
        code, out, err = run_cli("--history", "botox=2026-11-10", f"--proposed={case.text}")
    empty_value = not case.text.strip()
    if case.days is not None:
        assert code == 0, err
        said = json.loads(out)
        if case.tense == PAST:
            first, last = case.days[0], min(case.days[1], TODAY)  # counted until today at most
            reason = said["reasons"][0]
            assert (reason["from"], reason["to"]) == (first.isoformat(), last.isoformat())
        else:
            assert said["date"] == case.days[0].isoformat()
        return
    assert code == 2 and out == ""
    assert err.startswith("microneedling-window: error: ") and err.endswith("\n")
    one_line(err[:-1])
    if not empty_value and case.refused and case.tense == PAST:
        assert case.refused in err
