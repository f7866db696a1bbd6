"""Process-wide fixes that must run before Qt objects are used.

PySide6 6.12.0 ships abi3 wheels (cp310-abi3). On Python 3.11 their void-returning methods
(``QWidget.update``, ``QLabel.setText``, most ``QPainter`` calls) return ``None`` without taking a
new reference, so every call leaves ``sys.getrefcount(None)`` one lower; ``Signal.emit()`` does the
same to ``True``. When a count reaches zero the interpreter aborts ("Fatal Python error:
none_dealloc" after ~35 timeline grabs; "bool_dealloc" after ~1,000 emits). Python 3.12 made these
objects immortal (PEP 683), which hides the bug; on 3.11 we do the same by hand. Remove this module
when Python 3.11 support is dropped or PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60  # far more calls than any process will make; below Py_ssize_t's 2**63 limit


def immortalize_none() -> None:
    """Give ``None``, ``True`` and ``False`` reference counts no leak can exhaust (no-op on ≥ 3.12).

    ``Signal.emit()`` drops a reference to ``True`` the same way void methods drop ``None``: without
    this, ~1,000 emits (about 70 typed dates) abort with "Fatal Python error: bool_dealloc".
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field of PyObject
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM


def quicken_pyside_imports() -> None:
    """Answer PySide6's question about each newly imported module from the file's bytes.

    After ``shiboken6`` is imported, every module imported in the process is asked whether its source
    mentions "PySide6" (for ``from __feature__ import …``, which this app never uses), through
    ``inspect.getsource``: each module's source is tokenized and kept, line by line, in ``linecache``
    (about 3.5 MiB and 10 ms at this app's start). The same question, answered by searching the file's
    bytes; anything but a plain ``.py`` file still goes to PySide6's own check.
    """
    import shiboken6  # noqa: F401 - loads the module that holds the check

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quickened", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.quickened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
