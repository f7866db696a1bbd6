"""Command line: no sub-command starts the window; ``plan``, ``handout`` and ``products`` serve scripts.

Starting the window reads nothing of the sub-commands (:mod:`gui.cli.commands`): the parser, the
plan's words and the handout are imported only when a command line asks for them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return start_window(args_list)  # the common case, without the parser or the commands
    from gui.cli.commands import run

    return run(args_list)


def start_window(argv: list[str], language: str | None = None) -> int:
    """The window; ``language`` ('en' or 'es', from ``--lang``) wins over the clinic's setting."""
    from gui.app import run  # Qt is imported only when the window is wanted

    return run(argv, language)
