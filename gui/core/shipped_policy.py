"""The shipped default policy's TOML, parsed once when the app is made: its data kept beside it.

Every start reads the shipped policy (it is the desk's policy, or it fills what an older clinic policy
lacks), and parsing its TOML was about 5 ms of the start: importing ``tomllib`` and reading 29 KB with
it. ``default.toml`` stays the policy. Beside it, ``default.toml.data`` holds the SHA-256 of the text it
was parsed from and that parse, written with :mod:`marshal`. :func:`kept_data` gives the parse only for
the shipped file and only when the text read now has that digest; otherwise (an edited TOML, a missing
or damaged data file) the caller parses the TOML as always. Either way the data goes through the same
checks (:func:`gui.core.policy_reading.parse_policy`), so a policy read either way is the same policy.

After editing ``default.toml``: ``uv run python -m gui.core.shipped_policy`` (a test says when it is due).
Only the shipped file is read this way: :mod:`marshal` data is trusted like the app's own code, so a data
file beside a policy a person chose is never read.
"""

from __future__ import annotations

import marshal
import sys
from datetime import date
from pathlib import Path
from typing import Any

from gui.core.fingerprint import sha256_hex
from gui.core.resources import default_policy_path

SUFFIX = ".data"
_DATE = "\x00date"  # a TOML date, kept as (_DATE, ordinal): marshal has no dates
_VERSION = 1  # of this file's layout; another is ignored, as a digest that does not match


def data_path(policy: Path) -> Path:
    return policy.with_name(policy.name + SUFFIX)


def kept_data(path: Path, text: str) -> dict[str, Any] | None:
    """The parse of ``text`` kept beside the shipped policy, or None: not the shipped file, no data
    file, a damaged one, or one made from another text."""
    try:
        if path != default_policy_path():
            return None
        version, digest, data = marshal.loads(data_path(path).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # missing, cut short, not ours
        return None
    if version != _VERSION or digest != sha256_hex(text.encode("utf-8")):
        return None
    revived = _revive(data)
    return revived if isinstance(revived, dict) else None


def write(path: Path | None = None) -> Path:
    """Parse the shipped policy's TOML and keep the parse beside it; the data file's path."""
    import tomllib

    from gui.core.small_files import read_small_text

    path = path or default_policy_path()
    text = read_small_text(path)
    data = tomllib.loads(text)
    kept = _kept(data)
    if _revive(kept) != data:
        raise ValueError(f"{path} holds a value the kept data cannot say (only dates are converted)")
    target = data_path(path)
    target.write_bytes(marshal.dumps((_VERSION, sha256_hex(text.encode("utf-8")), kept)))  # type: ignore[arg-type]
    return target


def _kept(value: object) -> object:
    """``value`` with each date as (_DATE, ordinal); a time or a date-time is refused."""
    if isinstance(value, dict):
        return {key: _kept(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_kept(item) for item in value]
    if type(value) is date:
        return (_DATE, value.toordinal())
    if isinstance(value, str | bool | int | float):
        return value
    raise ValueError(f"a {type(value).__name__} cannot be kept: {value!r}")


def _revive(value: object) -> object:
    if isinstance(value, dict):
        return {key: _revive(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_revive(item) for item in value]
    if isinstance(value, tuple) and len(value) == 2 and value[0] == _DATE:
        return date.fromordinal(value[1])
    return value


def main() -> int:
    target = write()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
