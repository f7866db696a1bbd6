"""`main.py` started with each broken clinic file and each broken shared policy: the window comes up,
with a banner that names the file. No file can stop a desk from starting.

Each case runs the real start-up (``main.py`` → settings, language, theme, policy store, window) in a
new process on the offscreen platform; a small driver reads the shown window's banner and quits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .catalogue import NOT_FILES, place_broken

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("start_driver.py")
DEEP = "a = " + "[" * 5000 + "]" * 5000
NINE_THOUSAND_YEARS = (
    (ROOT / "resources/policy/default.toml")
    .read_text(encoding="utf-8")
    .replace('earliest = "14 days"', 'earliest = "9999 years"', 1)
)
TWENTY_DIGITS = NINE_THOUSAND_YEARS.replace('"9999 years"', '"12345678901234567890 days"')
EMPTY_POLICY = (
    '[policy]\nname = "x"\nversion = "1"\nreviewed = 2026-01-01\nnext_review = 2027-01-01\n'
    "[classes]\n[products]\n[rules]\n"
)

# What each broken file holds; "dir", "fifo" and "zero" put a folder, a pipe or a link to /dev/zero there.
BROKEN = {
    "9999-years": NINE_THOUSAND_YEARS,
    "20-digit-days": TWENTY_DIGITS,
    "empty-tables": EMPTY_POLICY,
    "not-toml": "not = [valid",
    "deep-nesting": DEEP,
    **dict.fromkeys(NOT_FILES, ""),
}


def place(path: Path, kind: str) -> None:
    place_broken(path, kind, BROKEN[kind])


def start(home: Path, *argv: str) -> dict[str, str]:
    """Start main.py as a desk would, with ``home`` as the user's folders; what the window shows."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)


def config_folder(home: Path) -> Path:
    return home / ".config" / "Microneedling Window" / "Microneedling Window"


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_clinic_policy_starts_with_a_banner_naming_it(kind: str, tmp_path: Path) -> None:
    policy = config_folder(tmp_path) / "policy.toml"
    place(policy, kind)
    shown = start(tmp_path)
    assert str(policy) in shown["BANNER"] and "policy.broken-" in shown["BANNER"]
    assert shown["POLICY"] == "Policy: Default policy 2027.1"


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_shared_policy_starts_with_a_banner_naming_it(kind: str, tmp_path: Path) -> None:
    shared = tmp_path / "share" / "policy.toml"
    place(shared, kind)
    settings = config_folder(tmp_path) / "clinic.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text(f'[policy]\nshared_file = "{shared}"\n', encoding="utf-8")
    shown = start(tmp_path)
    assert "shared policy file cannot be used" in shown["BANNER"] and str(shared) in shown["BANNER"]
    assert shown["POLICY"] == "Policy: Default policy 2027.1"
    assert shared.exists() or shared.is_symlink()  # not ours to move


@pytest.mark.parametrize("kind", ["deep-nesting", *NOT_FILES, "missing-logo"])
def test_broken_clinic_settings_start_with_a_banner_naming_them(kind: str, tmp_path: Path) -> None:
    settings = config_folder(tmp_path) / "clinic.toml"
    if kind == "missing-logo":
        settings.parent.mkdir(parents=True)
        settings.write_text('[clinic]\nname = "Harbour"\nlogo = "/nowhere/logo.png"\n', encoding="utf-8")
    else:
        place(settings, kind)
    shown = start(tmp_path)
    assert str(settings) in shown["BANNER"]
    assert shown["POLICY"] == "Policy: Default policy 2027.1"


@pytest.mark.parametrize(
    ("setting", "option", "title"),
    [
        ("", "es", "Ventana de microneedling"),
        ("es", "en", "Microneedling Window"),
        ("es", None, "Ventana de microneedling"),
    ],
)
def test_main_py_lang_chooses_the_window_language(
    setting: str, option: str | None, title: str, tmp_path: Path
) -> None:
    """`main.py --lang en|es` wins over the clinic's language setting (the sub-commands had it already)."""
    if setting:
        settings = config_folder(tmp_path) / "clinic.toml"
        settings.parent.mkdir(parents=True)
        settings.write_text(f'[handout]\nlanguage = "{setting}"\n', encoding="utf-8")
    shown = start(tmp_path, *(["--lang", option] if option else []))
    assert shown["TITLE"] == title
    assert shown["BANNER"] == ""
