"""The command line reads --history items the one way the window reads its rows (read_history)."""

from __future__ import annotations

from datetime import date

import pytest

from gui.cli import UsageError, parse_history
from gui.core import Precision, TypedTreatment, load_policy_or_raise, parse_date, read_history
from gui.core.resources import default_policy_path

TODAY = date(2026, 12, 5)


def reading(text: str):  # type: ignore[no-untyped-def]
    return parse_date(text, TODAY, None, "en")


def test_the_command_line_reads_its_items_the_same_way() -> None:
    policy = load_policy_or_raise(default_policy_path())
    typed = [TypedTreatment("botox", reading("2026-11-20")), TypedTreatment("ha-filler", reading("Oct 2026"))]
    said = parse_history(["botox=2026-11-20", "ha-filler=Oct 2026"], policy, TODAY, None)
    assert said == read_history(typed, TODAY).treatments
    around = parse_history(["dysport=2026-11-01~3"], policy, TODAY, None)
    assert (
        around
        == read_history(
            [TypedTreatment("dysport", reading("2026-11-01"), Precision.AROUND, 3)], TODAY
        ).treatments
    )
    with pytest.raises(UsageError, match=r"--history 'botox=2026-12-25': .* after today"):
        parse_history(["botox=2026-12-25"], policy, TODAY, None)
