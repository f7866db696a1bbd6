"""What a typed product name can mean: the one reading the window's product field and the CLI share."""

from __future__ import annotations

import pytest

from gui.core import load_policy_or_raise
from gui.core.products import (
    fold,
    product_named,
    products_like,
    products_matching,
    products_of_classes_matching,
    the_product,
)
from gui.core.resources import default_policy_path

POLICY = load_policy_or_raise(default_policy_path())
TOXINS = ["botox", "dysport", "xeomin", "jeuveau", "daxxify"]


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  Ácido   Hialurónico ") == "acido hialuronico"


@pytest.mark.parametrize(
    ("typed", "product"),
    [("botox", "botox"), ("BOTOX", "botox"), ("Bótox", "botox"), ("ha-filler", "ha-filler"),
     ("Ácido hialurónico (cualquier marca)", "ha-filler"), ("filler", "ha-filler"), ("hialur", "ha-filler"),
     ("toxin", None), ("relleno", None), ("x", None), ("", None)],
)  # fmt: skip
def test_the_one_product_a_text_can_mean(typed: str, product: str | None) -> None:
    assert the_product(POLICY, typed) == product


def test_an_exact_name_wins_over_a_longer_one_that_holds_it() -> None:
    assert product_named(POLICY, "Botox") == "botox"
    assert product_named(POLICY, "filler") is None
    assert products_matching(POLICY, "filler") == ["ha-filler"]


def test_a_class_name_finds_the_products_of_the_class() -> None:
    assert products_matching(POLICY, "toxin") == []
    assert products_of_classes_matching(POLICY, "toxin") == TOXINS
    assert products_of_classes_matching(POLICY, "relleno") == ["ha-filler", "sculptra", "radiesse"]


@pytest.mark.parametrize(
    ("typed", "like"),
    [("Botx", ["botox"]), ("bottox", ["botox"]), ("dysprot", ["dysport"]), ("xeomen", ["xeomin"]),
     ("sculpra", ["sculptra"]), ("xyz", []), ("qwerty", []), ("zq", [])],
)  # fmt: skip
def test_a_slip_of_the_keys_is_suggested_never_taken(typed: str, like: list[str]) -> None:
    assert products_like(POLICY, typed) == like
    assert the_product(POLICY, typed) is None
