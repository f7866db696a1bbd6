"""Keep the translation catalogs up to date: pyside6-lupdate over ``gui/``, pyside6-lrelease to ``.qm``.

The ``.ts`` (source strings and translations) and the compiled ``.qm`` are both committed, so a
wheel ships them with no build step. ``tests/i18n`` fails when either is stale or a translation is
missing. After changing interface text::

    uv run python -m gui.ui.i18n update     # new strings land in the .ts as unfinished
    # translate them (pyside6-linguist resources/translations/app_es.ts, or edit the XML)
    uv run python -m gui.ui.i18n update     # recompile the .qm
    uv run python -m gui.ui.i18n check      # what the tests check
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

PACKAGE = Path(__file__).resolve().parents[1]  # gui/: lupdate reads every module of the app
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
# Every language ships a full catalog, except English: its source text needs only plural forms.
CATALOGS = {"es": False, "en": True}  # language → plurals only


@dataclass(frozen=True)
class Message:
    """One message of a Qt translation file: its source text, context and translations."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def ts_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"app_{code}.ts"


def qm_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"app_{code}.qm"


def _tool(name: str) -> str:
    """The lupdate/lrelease binary inside the PySide6 wheel (where pyside6-lupdate finds it too)."""
    return str(Path(PySide6.__file__).resolve().parent / name)


def source_files(package: Path = PACKAGE) -> list[str]:
    """Every Python file of the package (lupdate reads Python only when named one by one)."""
    return sorted(str(path) for path in package.rglob("*.py"))


def run_lupdate(ts: Path, code: str) -> None:
    """Merge the strings found in ``gui/`` into ``ts``: new ones unfinished, vanished ones dropped."""
    options = ["-locations", "none", "-no-obsolete", "-target-language", code]
    if CATALOGS[code]:
        options.append("-pluralonly")
    subprocess.run([_tool("lupdate"), "-silent", *source_files(), *options, "-ts", str(ts)], check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def read_messages(ts: Path) -> list[Message]:
    """Every message of a ``.ts`` file, in file order."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without <translation>"
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    texts,
                    translation.get("type") not in ("unfinished", "obsolete", "vanished"),
                )
            )
    return messages


def stale_sources(code: str, folder: Path = TRANSLATIONS) -> tuple[list[Message], list[Message]]:
    """(new in the code, gone from the code): what running lupdate now would change in the ``.ts``."""
    committed = read_messages(ts_path(code, folder))
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp) / ts_path(code).name
        shutil.copyfile(ts_path(code, folder), copy)
        run_lupdate(copy, code)
        fresh = read_messages(copy)
    old_keys, new_keys = {m.key for m in committed}, {m.key for m in fresh}
    return [m for m in fresh if m.key not in old_keys], [m for m in committed if m.key not in new_keys]


def unfinished(code: str, folder: Path = TRANSLATIONS) -> list[Message]:
    """Messages still to translate: marked unfinished, or with an empty text or plural form."""
    return [m for m in read_messages(ts_path(code, folder)) if not m.finished or not all(m.translations)]


def qm_is_current(code: str, folder: Path = TRANSLATIONS) -> bool:
    """Whether the committed ``.qm`` is byte for byte what lrelease makes of the committed ``.ts``."""
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp) / qm_path(code).name
        run_lrelease(ts_path(code, folder), fresh)
        target = qm_path(code, folder)
        return target.exists() and fresh.read_bytes() == target.read_bytes()


def problems(folder: Path = TRANSLATIONS) -> list[str]:
    """Everything that keeps the catalogs from being up to date, in words; empty when all is well."""
    found = []
    for code in CATALOGS:
        added, gone = stale_sources(code, folder)
        found += [f"app_{code}.ts lacks {m}" for m in added]
        found += [f"app_{code}.ts still has {m}" for m in gone]
        found += [f"app_{code}.ts: not translated: {m}" for m in unfinished(code, folder)]
        if not qm_is_current(code, folder):
            found.append(f"app_{code}.qm is not compiled from app_{code}.ts")
    return found


def update(folder: Path = TRANSLATIONS) -> list[str]:
    """Regenerate every ``.ts`` from the code, compile every ``.qm``; returns what is still untranslated."""
    folder.mkdir(parents=True, exist_ok=True)
    todo = []
    for code in CATALOGS:
        run_lupdate(ts_path(code, folder), code)
        run_lrelease(ts_path(code, folder), qm_path(code, folder))
        todo += [f"app_{code}.ts: {m}" for m in unfinished(code, folder)]
    return todo


def main(argv: list[str]) -> int:
    """Both kinds of catalogue: Qt's for the widget chrome, gettext's for everything else."""
    from gui.ui import po_catalog  # Babel: a development tool

    command = argv[0] if argv else ""
    if command == "update":
        todo = update() + po_catalog.update()
        print(f"Updated {', '.join(f'app_{c}' for c in CATALOGS)} in {TRANSLATIONS}.")
        print(f"Updated {po_catalog.pot_path().name} and its catalogues in {po_catalog.LOCALE}.")
        print("\n".join([f"{len(todo)} message(s) to translate:", *todo]) if todo else "All translated.")
        return 0
    if command == "check":
        found = problems() + po_catalog.problems()
        print("\n".join(found) if found else "Translations are up to date.")
        return 1 if found else 0
    print("usage: python -m gui.ui.i18n update|check", file=sys.stderr)
    return 2
