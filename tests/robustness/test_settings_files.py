"""Clinic settings files a careless admin could leave: a broken field costs only that field (with a
banner naming it); a file that cannot be read at all is kept aside; nothing stops the desk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gui.store.settings import ClinicSettings, SettingsStore, read_settings_file, to_toml

from .catalogue import NOT_FILES, place_broken

GOOD = ClinicSettings(
    name="Harbour Skin Clinic",
    phone="+44 20 7946 0123",
    open_weekdays=frozenset(range(5)),
    closures=frozenset({date(2026, 12, 25)}),
)

# (section, key, TOML value text): each breaks one field and no other.
BAD_FIELDS = [
    ("clinic", "name", "3"),
    ("clinic", "name", '"' + "x" * 5000 + '"'),
    ("clinic", "name", '"two\\nlines"'),
    ("clinic", "name", "[]"),
    ("clinic", "address", "true"),
    ("clinic", "address", '"' + "y" * 5000 + '"'),
    ("clinic", "phone", '"call us"'),
    ("clinic", "phone", '"12"'),
    ("clinic", "phone", "123456"),
    ("clinic", "website", '"not a website"'),
    ("clinic", "website", "{}"),
    ("clinic", "logo", '"/nowhere/logo.png"'),
    ("clinic", "logo", '"/etc/hostname"'),
    ("clinic", "logo", '"/dev/zero"'),
    ("clinic", "logo", "3"),
    ("clinic", "colour", '"red"'),
    ("handout", "page_size", '"a3"'),
    ("handout", "page_size", "4"),
    ("handout", "language", '"fr"'),
    ("handout", "language", '""'),
    ("handout", "calendar_code", '"yes"'),
    ("handout", "calendar_code", "1"),
    ("handout", "calendar_code", "[true]"),
    ("dates", "date_order", '"ymd"'),
    ("dates", "date_order", "[1]"),
    ("calendar", "open_weekdays", '["funday"]'),
    ("calendar", "open_weekdays", "[]"),
    ("calendar", "open_weekdays", '"mon"'),
    ("calendar", "open_weekdays", "[1, 2]"),
    ("calendar", "closures", '["25 Dec"]'),
    ("calendar", "closures", "2026-12-25"),
    ("calendar", "closures", "[2026-12-25T10:00:00]"),
    ("policy", "shared_file", "3"),
    ("policy", "shared_file", "[]"),
]


def with_line(section: str, key: str, value: str) -> str:
    """GOOD as TOML with ``key`` set to ``value`` in ``section`` (added when it is not there)."""
    lines = to_toml(GOOD).splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith(f"{key} = ")), None)
    if at is None:
        lines.insert(lines.index(f"[{section}]") + 1, f"{key} = {value}")
    else:
        lines[at] = f"{key} = {value}"
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("section", "key", "value"), BAD_FIELDS, ids=[f"{s}.{k}={v[:20]}" for s, k, v in BAD_FIELDS]
)
def test_a_broken_field_costs_only_that_field(section: str, key: str, value: str, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.save(GOOD)
    store.path.write_text(with_line(section, key, value))
    loaded = store.load()
    field = "shared_policy" if key == "shared_file" else key
    for name in ("name", "phone", "open_weekdays", "closures"):
        if name != field:
            assert getattr(loaded.settings, name) == getattr(GOOD, name), name
    assert "the rest is in use" in loaded.banner
    assert str(store.path) in loaded.banner
    assert "\n" not in loaded.banner and len(loaded.banner) <= 800
    assert "\n" not in loaded.banner.text_in("es")
    assert store.path.exists() and not list(tmp_path.glob("clinic.broken-*"))
    with pytest.raises(ValueError):  # --settings FILE: an explicit file is taken whole or not at all
        read_settings_file(store.path)


UNREADABLE: list[tuple[str, bytes | str]] = [
    ("not-toml", "[clinic\nname = 'x'"),
    ("not-utf8", b"\xff\xfe\x00bad"),
    ("deep-nesting", "a = " + "[" * 5000 + "]" * 5000),
    ("too-big", "# " + "x" * 1_100_000),
    ("nul", "\x00"),
    *((kind, "") for kind in NOT_FILES),
    ("duplicate-key", '[clinic]\nname = "a"\nname = "b"\n'),
    ("duplicate-table", "[clinic]\n[clinic]\n"),
]


@pytest.mark.parametrize(("name", "content"), UNREADABLE, ids=[n for n, _ in UNREADABLE])
def test_a_file_that_cannot_be_read_is_kept_aside_and_the_last_good_used(
    name: str, content: bytes | str, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path)
    store.save(GOOD)
    store.load()
    store.path.unlink()
    place_broken(store.path, name, content)
    loaded = store.load()
    assert loaded.settings == GOOD
    assert "last good settings" in loaded.banner and str(store.path) in loaded.banner
    assert "\n" not in loaded.banner and len(loaded.banner) <= 800
    assert list(tmp_path.glob("clinic.broken-*"))


def test_without_a_last_good_copy_the_defaults_are_used(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.path.write_text("a = " + "[" * 5000 + "]" * 5000)
    loaded = store.load()
    assert loaded.settings == ClinicSettings() and "default settings" in loaded.banner


@pytest.mark.parametrize("broken", ["not toml [[[", "folder"])
def test_the_last_good_settings_stay_in_use_on_every_later_start(broken: str, tmp_path: Path) -> None:
    """Kept aside once, the broken file must not leave the next start (or the command line) with
    default settings: the last good copy is put back in its place."""
    store = SettingsStore(tmp_path)
    store.save(GOOD)
    store.load()
    store.path.unlink()
    place_broken(store.path, broken, broken)
    first = store.load()
    assert first.settings == GOOD and "last good settings" in first.banner
    again = SettingsStore(tmp_path).load()
    assert again.settings == GOOD and again.banner == ""
    assert read_settings_file(store.path) == GOOD
