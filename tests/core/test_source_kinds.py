"""A citation's closing kind ('(consensus).') is said in the reader's language; the citation is not."""

from __future__ import annotations

import re

import pytest

from gui.core.policy_reading import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.core.words.common import source_text

POLICY = load_policy_or_raise(default_policy_path())


@pytest.mark.parametrize(
    ("source", "es"),
    [
        ("Carruthers J, et al. Dermatol Surg. 2016;42(5):586-597 (consensus).",
         "Carruthers J, et al. Dermatol Surg. 2016;42(5):586-597 (consenso)."),
        ("Botox Cosmetic prescribing information (label).",
         "Botox Cosmetic prescribing information (ficha técnica)."),
        ("Flanagan K. AAD Annual Meeting, 2024 (expert opinion)",
         "Flanagan K. AAD Annual Meeting, 2024 (opinión de expertos)"),
        ("A clinic's own protocol (clinic policy).", "A clinic's own protocol (política de la clínica)."),
        ("Smith (2019) (review).", "Smith (2019) (revisión)."),
        ("Urdiales-Gálvez F, et al. 2019;43(4):1061-1070 (consensus; limited evidence).",
         "Urdiales-Gálvez F, et al. 2019;43(4):1061-1070 (consenso; evidencia limitada)."),
        ("Two kinds, one unknown (consensus; case series).",
         "Two kinds, one unknown (consensus; case series)."),
        ("A source of a kind the app does not know (case series).",
         "A source of a kind the app does not know (case series)."),
        ("Doe J. Skin. 2020;3(2):1-9.", "Doe J. Skin. 2020;3(2):1-9."),  # no kind: as cited
        ("", ""),
    ],
)  # fmt: skip
def test_the_kind_is_translated_and_nothing_else(source: str, es: str) -> None:
    assert source_text(source, "es") == es
    assert source_text(source, "en") == source
    assert source_text(source, "xx") == source  # a language the app does not speak: English


def test_every_kind_the_default_policy_cites_has_its_spanish() -> None:
    """A closing '(kind).' is translated; a closing note ('(consensus: insufficient evidence to …)') is
    part of the citation and stays as written."""
    sources = {s for r in POLICY.rules.values() for s in r.sources}
    sources |= {s for item in POLICY.screening.values() for s in item.sources}
    sources |= {s for course in POLICY.courses.values() for s in course.sources}
    kinds = [s for s in sources if re.search(r"\(([a-z][a-z ;]*)\)\.?$", s)]
    assert len(kinds) > 20 and len(kinds) >= len(sources) - 3
    assert [s for s in kinds if source_text(s, "es") == s] == []
