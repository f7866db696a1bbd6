"""Shared by the accessibility tests: the day, a realistic plan typed into the window."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)
# Three treatments, one of them the longest product name, and a proposed date.
PLAN_ROWS = (("botox", "10 Nov 2026"), ("ha-filler", "Oct 2026"), ("radiesse", "2 Nov 2026"))
PROPOSED = "1 Dec 2026"
WORD = re.compile(r"\w{2,}")  # a name has a word in it: '✕' or '▾' alone says nothing


def fill_realistic_plan(window: MainWindow) -> None:
    for index, (product, when) in enumerate(PLAN_ROWS):
        row = window.history.rows[0] if index == 0 else window.history.add_row()
        row.product.set_product(product)
        row.date.set_text(when)
    window.proposed.set_text(PROPOSED)


def buddy_text(widget: QWidget, top: QWidget) -> str:
    targets = {w for w in (widget, widget.focusProxy()) if w is not None}
    return next((lb.text() for lb in top.findChildren(QLabel) if lb.buddy() in targets and lb.text()), "")


def name_of(widget: QWidget, top: QWidget) -> str:
    """What a screen reader says: the accessible name, else a buddy label, else a button's own text.

    Not Qt's own fallback (``QAccessibleInterface.text(Name)``): for a nameless field it borrows the
    title of the surrounding group box, or nearby words, which would hide a missing name.
    """
    candidates = [widget.accessibleName(), buddy_text(widget, top)]
    if isinstance(widget, QAbstractButton):
        candidates.append(widget.text())
    if isinstance(widget, QTabBar):  # a list of page tabs: each is named by its text
        candidates.append(" ".join(widget.tabText(i) for i in range(widget.count())))
    return next((text.replace("&", "") for text in candidates if WORD.search(text or "")), "")
