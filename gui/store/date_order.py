"""How this desk reads numeric dates such as 03/04/2026: one rule for the window and the command line.

The clinic setting ``date_order`` is ``"dmy"``, ``"mdy"`` or ``"auto"``: the order of the computer's
own locale, *when it has one*. The C/POSIX locale has none: Qt still gives it the pattern
``d MM yyyy``, which would silently read 03/04/2026 as 3 April, so it counts as no order and the
parser refuses a numeric date whose day and month could swap, naming both readings.

Only QtCore is needed, so ``plan`` can ask without loading widgets (and asks only for a numeric date).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QLocale

from gui.core import DateOrder, order_from_pattern

SETTING_ORDERS = {"dmy": DateOrder.DAY_FIRST, "mdy": DateOrder.MONTH_FIRST}
_C_NAMES = ("", "C", "POSIX")


def locale_date_order(locale: QLocale) -> DateOrder | None:
    """The numeric order of a locale's short date format; None for the C locale or a year-first one."""
    if locale.language() == QLocale.Language.C:
        return None
    return order_from_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat))


def dates_follow_c_locale(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether, on a Unix desktop, the locale for dates (LC_ALL, else LC_TIME, else LANG) is C/POSIX.

    Qt takes the language from one variable and date formats from LC_TIME: with ``LANG=en_US.UTF-8``
    and ``LC_TIME=C`` the system locale says English but writes dates the C way. Windows and macOS
    take the locale from the desktop's settings, not these variables.
    """
    if platform.startswith(("win", "darwin")):
        return False
    name = environ.get("LC_ALL") or environ.get("LC_TIME") or environ.get("LANG") or ""
    return name.split(".")[0] in _C_NAMES


def system_date_order() -> DateOrder | None:
    """The system locale's numeric order, or None when it has none (C/POSIX, or year first)."""
    if dates_follow_c_locale(os.environ):
        return None
    return locale_date_order(QLocale.system())


def desk_date_order(setting: str) -> DateOrder | None:
    """The order for a ``date_order`` setting: ``"dmy"``/``"mdy"`` as said; ``"auto"`` (or anything
    else) the system locale's, which may be None: then ambiguous numeric dates are refused."""
    order = SETTING_ORDERS.get(setting)
    return order if order is not None else system_date_order()
