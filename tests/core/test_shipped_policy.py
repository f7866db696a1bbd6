"""The shipped policy's kept parse: used only when it is the parse of the text read now, never for
another file, and a policy read through it is the policy its TOML says."""

from __future__ import annotations

import marshal
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest

from gui.core import shipped_policy
from gui.core.policy_reading import load_policy, parse_policy
from gui.core.resources import default_policy_path
from gui.core.shipped_policy import data_path, kept_data, write
from gui.core.small_files import read_small_text

REGENERATE = "run `uv run python -m gui.core.shipped_policy` after editing resources/policy/default.toml"


def test_the_kept_parse_is_of_the_shipped_text_as_it_is() -> None:
    path = default_policy_path()
    text = read_small_text(path)
    kept = kept_data(path, text)
    assert kept is not None, REGENERATE
    assert kept == tomllib.loads(text)
    assert parse_policy(kept, str(path)) == parse_policy(tomllib.loads(text), str(path))


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped policy, with its kept parse, taken for the shipped one."""
    path = tmp_path / "default.toml"
    shutil.copyfile(default_policy_path(), path)
    write(path)
    monkeypatch.setattr(shipped_policy, "default_policy_path", lambda: path)
    return path


def test_an_edited_shipped_policy_is_read_from_its_text_not_its_stale_parse(shipped: Path) -> None:
    before = load_policy(shipped).policy
    assert before is not None
    text = shipped.read_text(encoding="utf-8")
    edited = text.replace('version = "', 'version = "edited-', 1)
    assert edited != text
    shipped.write_text(edited, encoding="utf-8")
    assert kept_data(shipped, edited) is None  # the kept parse is of the old text
    after = load_policy(shipped).policy
    assert after is not None and after.version == "edited-" + before.version


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # empty
        b"\x00\x01\x02",  # not marshal data
        marshal.dumps((1, "0" * 64)),  # cut short: two parts of three
        marshal.dumps([1, 2, 3]),  # a list, not the three parts
        marshal.dumps(12),  # not a sequence
    ],
)
def test_a_damaged_kept_parse_is_left_for_the_text(shipped: Path, damage: bytes) -> None:
    expected = load_policy(shipped).policy
    data_path(shipped).write_bytes(damage)
    assert kept_data(shipped, read_small_text(shipped)) is None
    assert load_policy(shipped).policy == expected


def test_a_kept_parse_of_another_layout_or_digest_is_left_for_the_text(shipped: Path) -> None:
    text = read_small_text(shipped)
    version, digest, data = marshal.loads(data_path(shipped).read_bytes())
    for parts in ((version + 1, digest, data), (version, "f" * 64, data)):
        data_path(shipped).write_bytes(marshal.dumps(parts))
        assert kept_data(shipped, text) is None


def test_a_missing_kept_parse_is_left_for_the_text(shipped: Path) -> None:
    expected = load_policy(shipped).policy
    data_path(shipped).unlink()
    assert kept_data(shipped, read_small_text(shipped)) is None
    assert load_policy(shipped).policy == expected


def test_no_other_policy_file_is_read_from_a_data_file_beside_it(tmp_path: Path) -> None:
    """Marshal data is trusted like the app's code: only the shipped file's is ever read."""
    path = tmp_path / "clinic.toml"
    shutil.copyfile(default_policy_path(), path)
    write(path)  # a valid kept parse beside a file that is not the shipped one
    assert kept_data(path, read_small_text(path)) is None


def test_dates_are_kept_and_anything_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('a = 2026-11-01\nb = [1, 2.5, "x", true]\n[t]\nc = 1990-01-01\n', encoding="utf-8")
    write(path)
    _, _, kept = marshal.loads(data_path(path).read_bytes())
    assert shipped_policy._revive(kept) == {
        "a": date(2026, 11, 1),
        "b": [1, 2.5, "x", True],
        "t": {"c": date(1990, 1, 1)},
    }
    path.write_text("a = 2026-11-01T09:00:00\n", encoding="utf-8")
    with pytest.raises(ValueError, match="datetime"):
        write(path)
