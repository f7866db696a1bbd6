"""The translation catalogs: up to date with the code, fully translated, compiled, and found at run time."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from gui.core.resources import resource_path
from gui.ui import i18n_catalog
from gui.ui.i18n_catalog import (
    CATALOGS,
    Message,
    qm_is_current,
    read_messages,
    stale_sources,
    ts_path,
    unfinished,
)

PLACEHOLDER = re.compile(r"\{(\w+)\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


@pytest.mark.parametrize("code", CATALOGS)
def test_the_ts_file_has_every_string_of_the_code_and_no_other(code: str) -> None:
    """lupdate over gui/ into a copy of the committed .ts changes nothing (else: gui.ui.i18n update)."""
    added, gone = stale_sources(code)
    assert not added, f"new or changed source strings not in app_{code}.ts: {[str(m) for m in added]}"
    assert not gone, f"app_{code}.ts still has strings the code no longer uses: {[str(m) for m in gone]}"


@pytest.mark.parametrize("code", CATALOGS)
def test_every_message_is_translated(code: str) -> None:
    todo = unfinished(code)
    assert not todo, f"untranslated in app_{code}.ts: {[str(m) for m in todo]}"


@pytest.mark.parametrize("code", CATALOGS)
def test_the_committed_qm_is_what_lrelease_makes_of_the_committed_ts(code: str) -> None:
    assert qm_is_current(code), f"app_{code}.qm is stale: run `uv run python -m gui.ui.i18n update`"


@pytest.mark.parametrize("code", CATALOGS)
def test_the_qm_is_found_through_the_resource_helper(code: str) -> None:
    assert resource_path("translations", f"app_{code}.qm").stat().st_size > 0


def _messages() -> list[tuple[str, Message]]:
    return [(code, m) for code in CATALOGS for m in read_messages(ts_path(code))]


@pytest.mark.parametrize(("code", "message"), _messages(), ids=lambda v: str(v)[:60])
def test_translations_keep_the_placeholders_and_one_mnemonic(code: str, message: Message) -> None:
    """{names} filled in by the code, %n in the plural form, and the & of a mnemonic survive translation."""
    wanted = set(PLACEHOLDER.findall(message.source))
    for form in message.translations:
        assert set(PLACEHOLDER.findall(form)) == wanted, form
        assert len(MNEMONIC.findall(form)) == len(MNEMONIC.findall(message.source)), form
    if "%n" in message.source:
        assert "%n" in message.translations[-1], "the plural form says how many"


def _calls(tree: ast.AST) -> list[tuple[str | None, ast.Call]]:
    """Every call with the name of the class it sits in (``self.tr`` takes that as its context)."""
    found: list[tuple[str | None, ast.Call]] = []

    def visit(node: ast.AST, owner: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                found.append((owner, child))
            visit(child, child.name if isinstance(child, ast.ClassDef) else owner)

    visit(tree, None)
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wanted(owner: str | None, call: ast.Call) -> tuple[str, str, bool] | None:
    """(context, text, plural) for a translation call with literal text; None for any other call."""
    func, args = call.func, call.args
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name == "tr" and owner and args and (text := _literal(args[0])) is not None:
        return owner, text, len(args) >= 3
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        context, text = _literal(args[0]), _literal(args[1])
        if context is not None and text is not None:
            return context, text, len(args) >= 4
    return None


def test_every_translatable_literal_in_the_code_is_in_the_catalog() -> None:
    """A call lupdate cannot read (say, with a keyword argument it takes for a count) is caught here."""
    catalog = {(m.context, m.source): m.numerus for m in read_messages(ts_path("es"))}
    missing, miscounted = [], []
    for path in sorted(Path(i18n_catalog.PACKAGE).rglob("*.py")):
        for owner, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            wanted = _wanted(owner, call)
            if wanted is None:
                continue
            context, text, plural = wanted
            where = f"{path.name}:{call.lineno} [{context}] {text!r}"
            if (context, text) not in catalog:
                missing.append(where)
            elif catalog[(context, text)] != plural:
                miscounted.append(where)
    assert not missing, f"not in the catalog: {missing}"
    assert not miscounted, f"plural in the catalog but not in the code, or the reverse: {miscounted}"
