"""The one wording system: every sentence of the core, the drawing, the handout and the command line is
an English message id in the code and a translation in a gettext catalogue.

Checks that the committed catalogues are what the code marks, that the check itself catches a stale
catalogue (run on a copy), and that no module keeps its own table of languages any more.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from gui.core.catalog import LANGUAGES, check_language, words
from gui.ui import po_catalog

GUI = Path(__file__).resolve().parents[2] / "gui"
# Where a language code may still be written in the code, and why.
LANGUAGE_CODES_ALLOWED = {
    "core/catalog.py": "the list of languages the app speaks",
    "core/policy.py": "a policy file may give its names and bases in Spanish as data (name_es, basis_es)",
    "core/words/common.py": "the policy's own Spanish names and bases (name_of, basis_text), data",
    "ui/i18n.py": "maps the app's languages to Qt's locales",
    "store/settings.py": "the languages a settings file may name",
    "ui/i18n_catalog.py": "the Qt Linguist catalogues of the widget chrome, one per language",
}
# Words a Spanish reader says the same way.
SAME_IN_SPANISH = {"Ideal", "ideal", "microneedling", "{day} ({when})"}


def test_the_committed_catalogues_are_what_the_code_marks() -> None:
    assert po_catalog.problems() == []


def test_every_message_has_its_spanish_and_it_is_spanish() -> None:
    catalog = po_catalog.read_catalog("es")
    assert len([m for m in catalog if m.id]) > 250
    same = {m.id for m in catalog if m.id and m.string == m.id}
    assert same == SAME_IN_SPANISH


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(po_catalog.LOCALE, tmp_path / "locale")
    return tmp_path / "locale"


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_check_names_a_message_the_catalogue_lacks(copy: Path) -> None:
    po = po_catalog.po_path("es", copy)
    _rewrite(po, 'msgid "Too early"\n', 'msgid "Too early (old wording)"\n')
    found = po_catalog.problems(copy)
    assert "es/microneedling-window.po lacks 'Too early'" in found
    assert "es/microneedling-window.po still has 'Too early (old wording)'" in found
    assert "es/microneedling-window.mo is not compiled from microneedling-window.po" in found


def test_the_check_names_a_translation_that_fills_in_a_value_the_english_does_not_give(copy: Path) -> None:
    catalog = po_catalog.read_catalog("es", copy)
    message = next(m for m in catalog if m.id == "That is {relative}.")
    po = po_catalog.po_path("es", copy)
    _rewrite(po, f'msgstr "{message.string}"', 'msgstr "Es decir {relativo}."')
    assert any("That is {relative}." in p and "relativo" in p for p in po_catalog.problems(copy))


def test_the_check_names_an_empty_translation_and_update_keeps_it_to_do(copy: Path) -> None:
    catalog = po_catalog.read_catalog("es", copy)
    message = next(m for m in catalog if m.id == "Policy.")
    _rewrite(po_catalog.po_path("es", copy), f'msgstr "{message.string}"', 'msgstr ""')
    assert "es/microneedling-window.po: not translated: 'Policy.'" in po_catalog.problems(copy)
    assert po_catalog.update(copy) == ["es/microneedling-window.po: not translated: 'Policy.'"]


def test_update_twice_changes_nothing(copy: Path) -> None:
    po_catalog.update(copy)
    before = {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    po_catalog.update(copy)
    assert {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()} == before
    assert before[po_catalog.pot_path(copy)] == po_catalog.pot_path().read_bytes()


def test_words_fill_in_values_and_follow_the_plural_forms_of_the_language() -> None:
    english, spanish = words("en"), words("es")
    assert english.ngettext("{n} day", "{n} days", 1) == "1 day"
    assert english.ngettext("{n} day", "{n} days", 21) == "21 days"
    assert spanish.ngettext("{n} day", "{n} days", 1) == "1 día"
    assert spanish.ngettext("{n} day", "{n} days", 21) == "21 días"
    assert spanish("That is {relative}.", relative="mañana") == "Es decir, mañana."


def test_a_language_the_app_does_not_speak_is_english_or_refused() -> None:
    assert words("fr")("Too early") == "Too early"
    assert check_language("es") == "es"
    with pytest.raises(ValueError, match=r"unknown language 'fr'; use one of: en, es"):
        check_language("fr")
    assert LANGUAGES == ("en", "es")


def _language_codes(tree: ast.AST) -> list[int]:
    """Lines where the code writes a language code other than English as a string: a table keyed by
    language or a test of the language (``lang == "es"``)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in set(LANGUAGES) - {"en"}
    ]


def test_no_module_keeps_its_own_table_of_languages() -> None:
    found = {}
    for path in sorted(GUI.rglob("*.py")):
        name = path.relative_to(GUI).as_posix()
        lines = _language_codes(ast.parse(path.read_text(encoding="utf-8")))
        if lines and name not in LANGUAGE_CODES_ALLOWED:
            found[name] = lines
    assert found == {}, "say these in the gettext catalogue instead of a table per language"


def test_the_allowed_places_still_need_their_allowance() -> None:
    for name in LANGUAGE_CODES_ALLOWED:
        tree = ast.parse((GUI / name).read_text(encoding="utf-8"))
        assert _language_codes(tree), f"{name} no longer writes a language code: take it off the list"


def _said_unseen(tree: ast.AST) -> list[int]:
    """Lines that say a message written out as ``words(lang)("…")``: the extractor reads ``_("…")`` (and
    ``N_`` for the tables said through a variable), so such a message never reaches the catalogue and
    stays English in every language."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Call)
        and isinstance(node.func.func, ast.Name)
        and node.func.func.id in ("words", "words_in")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def test_every_message_is_said_where_the_extractor_sees_it() -> None:
    found = {}
    for path in sorted(GUI.rglob("*.py")):
        if lines := _said_unseen(ast.parse(path.read_text(encoding="utf-8"))):
            found[path.relative_to(GUI).as_posix()] = lines
    assert found == {}, 'write `_ = words(lang)`, then `_("…")`: these messages are not in the catalogue'
    assert _said_unseen(ast.parse('words("es")("Sessions: {days}.", days="")')) == [1]


def _said(tree: ast.AST) -> list[tuple[int, str]]:
    """Every ``_("…")``, ``N_("…")`` and ``_.ngettext("…", …)`` / ``_.pgettext(c, "…")`` with its line."""
    said = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func, texts = node.func, [a.value for a in node.args if isinstance(a, ast.Constant)]
        if isinstance(func, ast.Name) and func.id in ("_", "N_") and texts:
            said.append((node.lineno, texts[0]))
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "_":
            index = {"ngettext": 0, "pgettext": 1}.get(func.attr)
            if index is not None and len(texts) > index:
                said.append((node.lineno, texts[index]))
    return [(line, text) for line, text in said if isinstance(text, str)]


def test_every_message_said_is_in_the_template() -> None:
    """The extractor reads tokens: on Python 3.11 a call inside an f-string is one string token to it,
    so ``f"<h2>{_('Course of sessions')}</h2>"`` stayed English in Spanish. The syntax tree sees it."""
    ids = {m.id[0] if isinstance(m.id, tuple) else m.id for m in po_catalog.extract()}
    missing = {}
    for path in sorted(GUI.rglob("*.py")):
        if lines := [
            line for line, text in _said(ast.parse(path.read_text(encoding="utf-8"))) if text not in ids
        ]:
            missing[path.relative_to(GUI).as_posix()] = lines
    assert missing == {}, "say these messages outside an f-string, where the extractor sees them"
    assert _said(ast.parse("f\"<h2>{_('Course of sessions')}</h2>\"")) == [(1, "Course of sessions")]


def _qt_said(tree: ast.AST) -> list[tuple[int, str]]:
    """Every ``self.tr("…")``, ``translate(context, "…")`` and ``QT_TRANSLATE_NOOP(context, "…")``."""
    said = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        at = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        text = (
            args[at].value
            if at is not None and len(args) > at and isinstance(args[at], ast.Constant)
            else None
        )
        if isinstance(text, str):
            said.append((node.lineno, text))
    return said


def test_every_interface_text_said_is_in_the_qt_catalogue() -> None:
    """As for gettext: Qt's extractor missed ``self.tr(…)`` inside an f-string ('and %n more' stayed
    English in Spanish). Every literal the code asks Qt to translate has its entry in app_es.ts."""
    import xml.etree.ElementTree as ElementTree

    ts = GUI.parent / "resources" / "translations" / "app_es.ts"
    sources = {element.text for element in ElementTree.parse(ts).iter("source")}
    missing = {}
    for path in sorted(GUI.rglob("*.py")):
        lines = [
            line
            for line, text in _qt_said(ast.parse(path.read_text(encoding="utf-8")))
            if text not in sources
        ]
        if lines:
            missing[path.relative_to(GUI).as_posix()] = lines
    assert missing == {}, "say these texts outside an f-string, where Qt's extractor sees them"
    assert _qt_said(ast.parse("f\"{self.tr('and %n more', None, 2)}\"")) == [(1, "and %n more")]
