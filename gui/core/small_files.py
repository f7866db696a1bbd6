"""Reading a policy or settings file: a regular file of at most 1 MB, or a plain reason why not.

A path can name anything: a device that never ends (``/dev/zero``), a pipe that blocks, a folder.
Checked before it is opened, and read with a bound, so no file name can hang or exhaust a desk.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_BYTES = 1_000_000  # far above any real policy (the shipped one is about 12 kB) or settings file


def read_small_text(path: Path | str, limit: int = MAX_BYTES) -> str:
    """The UTF-8 text of ``path``. Raises OSError whose ``strerror`` says why in words (missing,
    not a regular file, larger than 1 MB, no permission) and UnicodeDecodeError for other bytes."""
    if "\x00" in str(path):
        raise OSError(errno.EINVAL, "the file name is not valid", str(path).replace("\x00", "\\x00"))
    mode = os.stat(path).st_mode  # follows links: a link to a regular file is one
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    with open(path, "rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // 1_000_000} MB", str(path))
    return data.decode("utf-8-sig")  # a byte-order mark (Notepad's) is not part of the text
