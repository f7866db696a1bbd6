"""Keep the gettext catalogues up to date with Babel: extract, merge into each ``.po``, compile ``.mo``.

What the core, the drawing, the handout and the command line say lives in
``resources/locale/<lang>/LC_MESSAGES/microneedling-window.po`` (English is the message ids in the
code; ``microneedling-window.pot`` lists them for a new language). The ``.po`` and the compiled
``.mo`` are both committed, so a wheel or a bundle needs no build step. Run through
``python -m gui.ui.i18n update|check`` together with the Qt catalogues of the widget chrome.

A development tool: Babel is in the dev group, not needed by the app.
"""

from __future__ import annotations

import io
import string
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from gui.core.catalog import DOMAIN, LANGUAGES

PACKAGE = Path(__file__).resolve().parents[1]  # gui/
LOCALE = PACKAGE.parent / "resources" / "locale"
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")  # English is the message ids
# How the code marks a sentence: ``_ = words(lang)`` then ``_("…")``, ``_.ngettext(…)``,
# ``_.pgettext(context, …)``, and ``N_("…")`` for a table said later.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
HEADER = "Microneedling Window: what the timeline, the handout and the command line say."
# The template's date stays put, so that running ``update`` twice changes no file.
TEMPLATE_DATE = datetime(2026, 12, 6)


def po_path(lang: str, folder: Path = LOCALE) -> Path:
    return folder / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str, folder: Path = LOCALE) -> Path:
    return po_path(lang, folder).with_suffix(".mo")


def pot_path(folder: Path = LOCALE) -> Path:
    return folder / f"{DOMAIN}.pot"


def extract(package: Path = PACKAGE) -> Catalog:
    """Every message the code marks, as a template (no locations: a moved line is not a change)."""
    template = Catalog(project="Microneedling Window", header_comment=f"# {HEADER}", fuzzy=False)
    template.creation_date = template.revision_date = TEMPLATE_DATE
    found = extract_from_dir(
        str(package),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for _filename, _lineno, message, comments, context in found:
        template.add(message, None, auto_comments=comments, context=context)
    return template


def _key(message: Message) -> tuple[object, str | None]:
    return (message.id, message.context)


def _ids(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {_key(m) for m in catalog if m.id}


def _po_text(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, no_location=True, sort_output=True)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def read_catalog(lang: str, folder: Path = LOCALE) -> Catalog:
    with po_path(lang, folder).open("rb") as file:
        return read_po(file, locale=lang, domain=DOMAIN)


def _placeholders(text: str) -> set[str]:
    """The ``{names}`` a text fills in, lower case ('{Target}' is the same value, capitalised)."""
    return {name.lower() for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _texts(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list | tuple) else (str(value or ""),)


def untranslated(catalog: Catalog) -> list[str]:
    """Messages with no translation (or a fuzzy one), or whose translation fills in a value the
    English does not give."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        ids, texts = _texts(message.id), _texts(message.string)
        said = f"{ids[0]!r}" + (f" [{message.context}]" if message.context else "")
        if message.fuzzy or not all(texts):
            found.append(f"not translated: {said}")
            continue
        given = set().union(*(_placeholders(i) for i in ids))
        extra = set().union(*(_placeholders(t) for t in texts)) - given - {"n"}
        if extra:
            found.append(f"{said}: the translation fills in {sorted(extra)}, which the English does not give")
    return found


def problems(folder: Path = LOCALE) -> list[str]:
    """Everything that keeps the gettext catalogues from being up to date, in words; empty when fine."""
    template = extract()
    found = []
    if not pot_path(folder).exists() or _ids(_read_pot(folder)) != _ids(template):
        found.append(f"{pot_path(folder).name} is not what the code marks")
    for lang in TRANSLATED:
        name = po_path(lang, folder).name
        if not po_path(lang, folder).exists():
            found.append(f"{lang}/{name} is missing")
            continue
        catalog = read_catalog(lang, folder)
        have, want = _ids(catalog), _ids(template)
        found += [f"{lang}/{name} lacks {key[0]!r}" for key in _sorted(want - have)]
        found += [f"{lang}/{name} still has {key[0]!r}" for key in _sorted(have - want)]
        found += [f"{lang}/{name}: {problem}" for problem in untranslated(catalog)]
        mo = mo_path(lang, folder)
        if not mo.exists() or mo.read_bytes() != _mo_bytes(catalog):
            found.append(f"{lang}/{mo.name} is not compiled from {name}")
    return found


def _sorted(keys: Iterable[tuple[object, str | None]]) -> list[tuple[object, str | None]]:
    return sorted(keys, key=lambda key: (str(key[0]), key[1] or ""))


def _read_pot(folder: Path) -> Catalog:
    with pot_path(folder).open("rb") as file:
        return read_po(file)


def update(folder: Path = LOCALE) -> list[str]:
    """Extract the messages, merge them into every ``.po`` (new ones empty, vanished ones dropped) and
    compile every ``.mo``; returns what is still to translate."""
    template = extract()
    pot_path(folder).parent.mkdir(parents=True, exist_ok=True)
    pot_path(folder).write_bytes(_po_text(template))
    todo = []
    for lang in TRANSLATED:
        path = po_path(lang, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = read_catalog(lang, folder) if path.exists() else Catalog(locale=lang, domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        path.write_bytes(_po_text(catalog))
        catalog = read_catalog(lang, folder)
        mo_path(lang, folder).write_bytes(_mo_bytes(catalog))
        todo += [f"{lang}/{path.name}: {problem}" for problem in untranslated(catalog)]
    return todo
