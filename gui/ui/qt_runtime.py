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
