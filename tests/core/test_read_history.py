"""read_history: the one way typed treatments become a history, for the window and the command line."""

from __future__ import annotations

from datetime import date

from gui.core import (
    HistoryError,
    Precision,
    Treatment,
    TypedTreatment,
    Unread,
    parse_date,
    read_history,
)

TODAY = date(2026, 12, 5)


def reading(text: str):  # type: ignore[no-untyped-def]
    return parse_date(text, TODAY, None, "en")


def test_complete_entries_become_the_history_in_the_order_typed() -> None:
    result = read_history(
        [
            TypedTreatment("botox", reading("2026-11-20")),
            TypedTreatment("ha-filler", reading("Oct 2026"), area="lips"),
            TypedTreatment("dysport", reading("2026-11-01"), Precision.AROUND, 3),
        ],
        TODAY,
    )
    assert result.problems == ()
    assert result.treatments == (
        Treatment("botox", date(2026, 11, 20)),
        Treatment("ha-filler", date(2026, 10, 1), Precision.MONTH, 0, "lips"),
        Treatment("dysport", date(2026, 11, 1), Precision.AROUND, 3),
    )


def test_each_entry_that_cannot_count_is_named_by_its_place_and_why() -> None:
    result = read_history(
        [
            TypedTreatment(None, reading("2026-11-20")),
            TypedTreatment("botox", None),
            TypedTreatment("botox", reading("2026-11-20")),
            TypedTreatment("botox", reading("2026-11-20"), Precision.AROUND, 99),
        ],
        TODAY,
    )
    assert [(index, why) for index, why in result.problems[:2]] == [(0, Unread.PRODUCT), (1, Unread.DATE)]
    index, error = result.problems[2]
    assert index == 3 and isinstance(error, HistoryError) and "± 1 to 30 days, not 99" in str(error)
    assert result.treatments == (Treatment("botox", date(2026, 11, 20)),)


def test_a_precision_picked_by_hand_only_widens_the_date() -> None:
    (month,) = read_history(
        [TypedTreatment("botox", reading("Nov 2026"), Precision.AROUND, 3)], TODAY
    ).treatments
    assert (month.first_possible, month.last_possible) == (date(2026, 11, 1), date(2026, 11, 30))
    (day,) = read_history([TypedTreatment("botox", reading("2026-11-15"), Precision.MONTH)], TODAY).treatments
    assert (day.first_possible, day.last_possible) == (date(2026, 11, 1), date(2026, 11, 30))
