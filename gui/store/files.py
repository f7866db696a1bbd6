"""Files that survive crashes: atomic writes, and broken files kept aside instead of overwritten."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so that ``path`` holds the old content or the new, never half of either.

    The text goes to a temporary file in the same folder, is flushed to disk, and then replaces
    ``path`` in one rename. Raises OSError (with the folder named) when the folder is not writable.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def keep_broken(path: Path, now: datetime | None = None) -> Path:
    """Rename a broken file aside (``policy.toml`` → ``policy.broken-20261124-093000.toml``) and
    return its new path; an existing broken copy is never overwritten."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.broken-{stamp}-{counter}{path.suffix}")
    path.rename(target)
    return target
