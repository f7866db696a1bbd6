"""The command line reads --history items the one way the window reads its rows (read_history)."""

from __future__ import annotations

from datetime import date

import pytest

from gui.cli.commands import UsageError, parse_history
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


@pytest.mark.parametrize(
    ("typed", "product"),
    [("botox", "botox"), ("BOTOX", "botox"), ("bótox", "botox"), ("filler", "ha-filler"),
     ("Ácido hialurónico", "ha-filler"), ("Hyaluronic-acid filler (any brand)", "ha-filler")],
)  # fmt: skip
def test_a_product_is_read_as_the_window_reads_it(typed: str, product: str) -> None:
    policy = load_policy_or_raise(default_policy_path())
    (treatment,) = parse_history([f"{typed}=2026-11-20"], policy, TODAY, None)
    assert treatment.product_id == product


def test_a_name_that_could_be_several_products_lists_them() -> None:
    policy = load_policy_or_raise(default_policy_path())
    with pytest.raises(
        UsageError, match=r"'toxin' could be botox, dysport, xeomin, jeuveau, daxxify; use one"
    ):
        parse_history(["toxin=2026-11-20"], policy, TODAY, None)
    with pytest.raises(UsageError, match=r"unknown product 'xyz'; known: botox, dysport"):
        parse_history(["xyz=2026-11-20"], policy, TODAY, None)
