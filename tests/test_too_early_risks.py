"""The risks of a too-early date follow the treatments that make it too early, and the target:
RF microneedling after filler warns about heat over filler, not about toxin spreading."""

from __future__ import annotations

from datetime import date

import pytest

from gui.core import Plan, Treatment, load_policy_or_raise, make_plan
from gui.core.resources import default_policy_path
from gui.store.content import too_early_parts, too_early_text

TODAY = date(2026, 11, 24)
POLICY = load_policy_or_raise(default_policy_path())


def plan(*history: tuple[str, date], target: str = "microneedling", proposed: date = TODAY) -> Plan:
    treatments = [Treatment(product, on) for product, on in history]
    return make_plan(treatments, POLICY, TODAY, target, proposed)


RECENT, LONG_AGO = date(2026, 11, 20), date(2026, 9, 1)


@pytest.mark.parametrize(
    ("history", "target", "parts"),
    [
        ((("botox", RECENT),), "microneedling", ["toxin"]),
        ((("daxxify", RECENT),), "rf-microneedling", ["toxin"]),
        ((("ha-filler", RECENT),), "microneedling", ["filler"]),
        ((("ha-filler", RECENT),), "rf-microneedling", ["filler", "filler-heat"]),
        ((("sculptra", RECENT),), "rf-microneedling", ["filler"]),
        ((("microneedling", RECENT),), "microneedling", ["needling"]),
        ((("botox", LONG_AGO), ("ha-filler", RECENT)), "rf-microneedling", ["filler", "filler-heat"]),
        ((("botox", RECENT), ("radiesse", RECENT)), "microneedling", ["toxin", "filler"]),
        ((("botox", RECENT), ("dysport", RECENT)), "microneedling", ["toxin"]),  # each harm once
    ],
)
def test_parts_follow_what_makes_it_too_early(
    history: tuple[tuple[str, date], ...], target: str, parts: list[str]
) -> None:
    assert too_early_parts(plan(*history, target=target)) == parts


def test_rf_after_filler_speaks_of_heat_not_of_toxin() -> None:
    for lang, heat, toxin in (("en", "heat", "toxin"), ("es", "calor", "toxina")):
        text = too_early_text(plan(("ha-filler", RECENT), target="rf-microneedling"), lang)
        assert heat in text and toxin not in text and "eyelid" not in text and "párpado" not in text


def test_not_too_early_says_nothing() -> None:
    assert too_early_text(plan(("botox", LONG_AGO))) == ""
    assert too_early_text(plan()) == ""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_text_starts_with_the_lead_and_ends_with_what_to_do(lang: str) -> None:
    text = too_early_text(plan(("botox", RECENT), ("ha-filler", RECENT)), lang)
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 4 and "##" not in text
    assert paragraphs[-1].startswith(("Please wait", "Por favor, espere"))
