"""Unexpected errors: show a dialog, log them without patient data, and keep the window working.

Exception messages can quote what staff typed (a date, a product), so the log holds only the
exception's type and the stack frames (file, line, function) — never the message or any values.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from gui.ui.i18n import translate

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 512 * 1024


def scrubbed_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Type and frames only: '2026-11-24 09:30:00 ValueError\\n  gui/x.py:12 in f\\n'."""
    lines = [f"{datetime.now():%Y-%m-%d %H:%M:%S} {kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    return "/".join(parts[parts.index("gui") :]) if "gui" in parts else Path(filename).name


def append_log(folder: Path, report: str) -> Path:
    """Append to ``errors.log`` in ``folder``; a log over 512 KB starts again (old one kept as .1)."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / LOG_NAME
    if log.exists() and log.stat().st_size > MAX_LOG_BYTES:
        log.replace(log.with_suffix(".log.1"))
    with log.open("a", encoding="utf-8") as stream:
        stream.write(report)
    return log


class ErrorReporter:
    """Installed as ``sys.excepthook``: log, then tell the person through ``show`` (a dialog)."""

    def __init__(self, log_folder: Path, show: Callable[[str], None]) -> None:
        self._log_folder = log_folder
        self._show = show
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        try:
            log = append_log(self._log_folder, scrubbed_report(kind, tb))
            where = translate("ErrorReporter", "Details were written to {path}.").format(path=log)
        except OSError as exc:
            where = translate("ErrorReporter", "The details could not be logged ({problem}).")
            where = where.format(problem=exc.strerror or exc)
        text = translate(
            "ErrorReporter",
            "Something went wrong inside Microneedling Window. What you typed is still there and the "
            "window keeps working; please check the dates shown. {where}",
        )
        self._show(text.format(where=where))
