"""Files that survive crashes: atomic writes, and broken files kept aside instead of overwritten."""

from __future__ import annotations

import errno
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


def write_problem(path: Path, suffix: str = ".pdf") -> str | None:
    """Why ``path`` cannot be written, before any work is done; None when it looks writable.

    Only a new file or an existing regular file is written (atomically, by a rename): a device such
    as /dev/null, a pipe or a socket is refused, never replaced."""
    try:
        return _write_problem(path, suffix)
    except OSError as exc:  # a folder on the way that cannot be looked into, a name too long
        return reason(exc)
    except ValueError:  # a NUL character in the name
        return "the file name is not valid"


def _write_problem(path: Path, suffix: str) -> str | None:
    if "\x00" in str(path):  # pathlib's checks answer False for such a name instead of failing
        return "the file name is not valid"
    folder = path.parent
    if path.is_dir():
        return "that is a folder, not a file name"
    if not folder.exists():
        return "the folder does not exist"
    if not folder.is_dir():
        return f"{folder.name} is a file, not a folder"
    if path.exists() and not path.is_file():
        return "that is not a regular file (a device, a pipe or a socket); choose a file name"
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "you do not have permission to write there"
    if path.suffix.lower() != suffix:  # a slip of the keyboard must not overwrite a settings file
        return f"the file name must end in {suffix}"
    return None


def reason(exc: OSError) -> str:
    """An OSError in a few plain words (the folder does not exist, the disk is full, …)."""
    return {
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "part of the path is a file, not a folder",
        errno.EACCES: "you do not have permission to write there",
        errno.EPERM: "you do not have permission to write there",
        errno.EROFS: "the disk is read-only",
        errno.ENOSPC: "the disk is full",
        errno.EISDIR: "that is a folder, not a file name",
    }.get(exc.errno or 0, exc.strerror or str(exc))
