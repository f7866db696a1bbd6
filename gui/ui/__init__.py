"""The window and its dialogs (Qt widgets).

Importing any part of it first makes PySide6's per-import check cheap for every module imported
after (see :func:`gui.ui.qt_runtime.quicken_pyside_imports`): every path to Qt in the app passes here
before it imports its own Qt modules.
"""

from gui.ui.qt_runtime import quicken_pyside_imports

quicken_pyside_imports()
