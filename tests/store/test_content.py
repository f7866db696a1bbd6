"""Checks on the patient-facing text in resources/content/en/ and its Spanish twin in content/es/.

Reading level is measured here with a small Flesch-Kincaid grade function (a heuristic: syllables
are counted as groups of vowels); tests/test_reading_level.py measures both languages with textstat.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CONTENT_ROOT = Path(__file__).resolve().parents[2] / "resources" / "content"
CONTENT_DIR = CONTENT_ROOT / "en"
SPANISH_DIR = CONTENT_ROOT / "es"

FILES = [
    "benefits.md",
    "risks.md",
    "risks-too-early.md",
    "why-wait.md",
    "about.md",
    "next-steps.md",
    "questions.md",
    "disclaimer.md",
    "benefits-injection.md",
    "risks-injection.md",
    "why-wait-injection.md",
    "questions-injection.md",
]

# Files made of parts picked by the plan (``## key`` paragraphs), and their keys in order.
PARTS = {
    "risks-too-early.md": (
        "toxin", "filler", "filler-heat", "needling", "other",
        "after-needling", "toxin-again", "filler-again", "injection-other", "ask",
    )
}  # fmt: skip
# Files that carry the full educational-not-medical-advice statement somewhere in them.
DISCLAIMER_ANYWHERE = {"about.md", "disclaimer.md"}
# Every other file is read by the patient on its own, so it must end with that statement.
DISCLAIMER_AT_END = [name for name in FILES if name not in DISCLAIMER_ANYWHERE]

MAX_GRADE = 8.0

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_BULLET = re.compile(r"^\s*[-*]\s+")
_HEADING = re.compile(r"^\s*#+\s+")


def read(name: str, lang: str = "en") -> str:
    return (CONTENT_ROOT / lang / name).read_text(encoding="utf-8")


# --- Markdown to plain text ---------------------------------------------------------------------


def blocks(markdown: str) -> list[str]:
    """Plain-text blocks: each heading, each bullet item, each paragraph (markup removed).

    A block always ends a sentence, so a heading or bullet without a full stop does not run on
    into the next line.
    """
    result: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            result.append(" ".join(paragraph))
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.replace("**", "").strip()
        if not line:
            flush()
        elif _HEADING.match(line) or _BULLET.match(line):
            flush()
            result.append(_BULLET.sub("", _HEADING.sub("", line)).strip())
        else:
            paragraph.append(line)
    flush()
    return [block for block in result if block]


def plain_text(markdown: str) -> str:
    return "\n".join(blocks(markdown))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# --- Flesch-Kincaid -----------------------------------------------------------------------------


def syllables(word: str) -> int:
    """Groups of vowels (a e i o u y), less a silent final 'e'; at least 1."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = re.sub(r"[^a-z]", "", word)
    count = len(_VOWEL_GROUP.findall(word))
    silent_e = (
        word.endswith("e")
        and not word.endswith("ee")
        and not (word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy")
    )
    if silent_e and count > 1:
        count -= 1
    return max(1, count)


def sentence_count(markdown: str) -> int:
    total = 0
    for block in blocks(markdown):
        pieces = [p for p in _SENTENCE_END.split(block) if words(p)]
        total += max(1, len(pieces))
    return total


def fk_grade(markdown: str) -> float:
    """Flesch-Kincaid grade level: 0.39 * words/sentence + 11.8 * syllables/word - 15.59."""
    all_words = words(plain_text(markdown))
    n_words = len(all_words)
    n_sentences = sentence_count(markdown)
    n_syllables = sum(syllables(w) for w in all_words)
    return 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59


def bullets(markdown: str) -> list[str]:
    return [
        _BULLET.sub("", line).replace("**", "").strip()
        for line in markdown.splitlines()
        if _BULLET.match(line)
    ]


# --- The measuring tools themselves -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("cat", 1),
        ("skin", 1),
        ("the", 1),
        ("make", 1),
        ("table", 2),
        ("free", 1),
        ("agree", 2),
        ("toxin", 2),
        ("filler", 2),
        ("microneedling", 4),
        ("clinic's", 2),
        ("14", 1),
    ],
)
def test_syllable_heuristic(word: str, expected: int) -> None:
    assert syllables(word) == expected


def test_fk_grade_ranks_simple_text_below_hard_text() -> None:
    easy = "# Title\n\nThe cat sat on the mat. It was a big cat.\n"
    hard = (
        "# Title\n\nConsequently, administration of botulinum neurotoxin necessitates "
        "considerable interprofessional deliberation regarding subsequent procedures.\n"
    )
    assert fk_grade(easy) < 3 < 12 < fk_grade(hard)


def test_blocks_strip_markup() -> None:
    md = "# Heading\n\nOne **bold** line\nwraps here.\n\n- First item\n- Second item\n"
    assert blocks(md) == ["Heading", "One bold line wraps here.", "First item", "Second item"]
    assert sentence_count(md) == 4


# --- The content --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_file_exists_and_starts_with_title(name: str) -> None:
    path = CONTENT_DIR / name
    assert path.is_file(), f"missing {path}"
    text = read(name)
    assert text.startswith("# "), f"{name} must start with a '# ' title line"
    assert text.endswith("\n"), f"{name} must end with a newline"


@pytest.mark.parametrize("name", FILES)
def test_reading_level(name: str) -> None:
    grade = fk_grade(read(name))
    assert grade <= MAX_GRADE, f"{name}: Flesch-Kincaid grade {grade:.1f} is above {MAX_GRADE}"


@pytest.mark.parametrize("name", FILES)
def test_simple_markdown_only(name: str) -> None:
    text = read(name)
    assert text.count("\n# ") == 0, f"{name}: only one '# ' title line is allowed"
    markers = re.findall(r"^#{2,}.*$", text, re.MULTILINE)
    if name in PARTS:  # "## key" lines mark parts a caller picks from; they are never shown
        assert markers == [f"## {key}" for key in PARTS[name]], f"{name}: {markers}"
    else:
        assert markers == [], f"{name}: no subheadings"
    assert "](" not in text and "http" not in text, f"{name}: no links"
    assert not re.search(r"<[A-Za-z/!]", text), f"{name}: no HTML"
    assert "|" not in text, f"{name}: no tables"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_parts_are_the_same_in_both_languages(lang: str) -> None:
    for name, keys in PARTS.items():
        assert re.findall(r"^## (\S+)$", read(name, lang), re.MULTILINE) == list(keys), (lang, name)


@pytest.mark.parametrize("name", FILES)
def test_never_says_safe(name: str) -> None:
    match = re.search(r"\bsafe\b", read(name), re.IGNORECASE)
    assert match is None, f"{name} says 'safe'; say 'within your clinic's policy' instead"


@pytest.mark.parametrize("suffix", ["", "-injection"])
def test_benefits_and_risks_in_equal_detail(suffix: str) -> None:
    """For microneedling next, and for an injection next (the mirror question)."""
    benefits, risks = read(f"benefits{suffix}.md"), read(f"risks{suffix}.md")
    b_bullets, r_bullets = bullets(benefits), bullets(risks)
    assert len(b_bullets) == len(r_bullets) == 5

    def within_25_percent(a: int, b: int) -> bool:
        return abs(a - b) <= 0.25 * max(a, b)

    b_words, r_words = len(words(plain_text(benefits))), len(words(plain_text(risks)))
    assert within_25_percent(b_words, r_words), f"benefits {b_words} words, risks {r_words} words"
    b_bullet_words = sum(len(words(b)) for b in b_bullets)
    r_bullet_words = sum(len(words(r)) for r in r_bullets)
    assert within_25_percent(b_bullet_words, r_bullet_words), (
        f"bullet text: benefits {b_bullet_words} words, risks {r_bullet_words} words"
    )


@pytest.mark.parametrize("name", sorted(DISCLAIMER_ANYWHERE))
def test_disclaimer_present(name: str) -> None:
    text = read(name).lower()
    assert "not medical advice" in text
    assert "qualified professional" in text


@pytest.mark.parametrize("name", DISCLAIMER_AT_END)
def test_patient_files_end_with_disclaimer(name: str) -> None:
    last = blocks(read(name))[-1].lower()
    assert "not medical advice" in last, f"{name} must end with the not-medical-advice statement"
    assert "qualified professional" in last, f"{name} must end by pointing to a qualified professional"


@pytest.mark.parametrize("name", ["why-wait.md", "why-wait-injection.md", "about.md"])
def test_says_evidence_is_limited(name: str) -> None:
    text = read(name).lower()
    assert "limited" in text
    assert "clinic's policy" in text or "clinic’s policy" in text


# --- The Spanish content: the same files, the same shape, the same promises ---------------------------


def paragraphs(markdown: str) -> list[str]:
    return [p for p in markdown.split("\n\n") if p.strip()]


def test_spanish_has_exactly_the_english_files() -> None:
    assert sorted(p.name for p in SPANISH_DIR.glob("*.md")) == sorted(
        p.name for p in CONTENT_DIR.glob("*.md")
    )


@pytest.mark.parametrize("name", FILES)
def test_spanish_file_mirrors_the_english_structure(name: str) -> None:
    english, spanish = read(name), read(name, "es")
    assert spanish.startswith("# ") and spanish.endswith("\n")
    assert len(paragraphs(spanish)) == len(paragraphs(english)), f"{name}: paragraph count differs"
    assert len(bullets(spanish)) == len(bullets(english)), f"{name}: bullet count differs"
    assert spanish.count("**") == english.count("**"), f"{name}: bold parts differ"


@pytest.mark.parametrize("name", FILES)
def test_spanish_simple_markdown_only(name: str) -> None:
    text = read(name, "es")
    markers = re.findall(r"^#{2,}.*$", text, re.MULTILINE)
    assert text.count("\n# ") == 0 and markers == [f"## {key}" for key in PARTS.get(name, ())]
    assert "](" not in text and "http" not in text and not re.search(r"<[A-Za-z/!]", text) and "|" not in text


@pytest.mark.parametrize("name", FILES)
def test_spanish_never_says_safe(name: str) -> None:
    """'Seguro' and 'segura' mean 'safe' as well as 'sure': the text uses neither."""
    match = re.search(r"\bsegur[oa]s?\b", read(name, "es"), re.IGNORECASE)
    assert match is None, f"{name} says {match.group(0)!r}; say 'dentro de la política de su clínica'"


@pytest.mark.parametrize("name", FILES)
def test_spanish_speaks_to_the_patient_as_usted(name: str) -> None:
    informal = re.search(
        r"\b(tú|tu|tus|te|ti|contigo|puedes|debes|tienes)\b", read(name, "es"), re.IGNORECASE
    )
    assert informal is None, f"{name}: {informal.group(0)!r} is the informal register; use usted"


@pytest.mark.parametrize("suffix", ["", "-injection"])
def test_spanish_benefits_and_risks_in_equal_detail(suffix: str) -> None:
    benefits, risks = read(f"benefits{suffix}.md", "es"), read(f"risks{suffix}.md", "es")
    assert len(bullets(benefits)) == len(bullets(risks)) == 5
    b_words, r_words = len(words(plain_text(benefits))), len(words(plain_text(risks)))
    assert abs(b_words - r_words) <= 0.25 * max(b_words, r_words), (b_words, r_words)


@pytest.mark.parametrize("name", DISCLAIMER_AT_END)
def test_spanish_files_end_with_the_disclaimer(name: str) -> None:
    last = blocks(read(name, "es"))[-1].lower()
    assert "esto es información educativa, no es consejo médico" in last
    assert "profesional calificado" in last


@pytest.mark.parametrize("name", ["why-wait.md", "why-wait-injection.md", "about.md"])
def test_spanish_says_evidence_is_limited(name: str) -> None:
    text = read(name, "es").lower()
    assert "limitada" in text and "política de su clínica" in text
