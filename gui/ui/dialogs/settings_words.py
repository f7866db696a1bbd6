"""The settings dialog's words: choices, field names and the groups' labels, marked for translation.

English here is the source text; the dialog translates each with ``translate("SettingsDialog", …)``.
"""

from __future__ import annotations

from gui.core.catalog import LANGUAGE_NAMES
from gui.ui.i18n import QT_TRANSLATE_NOOP

PAGE_SIZE_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("SettingsDialog", "Automatic by country")),
    ("a4", "A4"),
    ("letter", QT_TRANSLATE_NOOP("SettingsDialog", "Letter")),
)
# Each language in its own words, so anyone can find theirs: not translated.
LANGUAGE_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    *LANGUAGE_NAMES.items(),
)
# How numeric dates such as 03/04/2026 are read; "{reading}" is what this computer's locale gives.
DATE_ORDER_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("SettingsDialog", "Follow this computer ({reading})")),
    ("dmy", QT_TRANSLATE_NOOP("SettingsDialog", "Day/month/year (03/04/2026 = 3 April)")),
    ("mdy", QT_TRANSLATE_NOOP("SettingsDialog", "Month/day/year (03/04/2026 = March 4)")),
)
# The computer's reading, by ``DateOrder`` value ("" when the locale has no order).
DATE_ORDER_READINGS = {
    "dmy": QT_TRANSLATE_NOOP("SettingsDialog", "day/month"),
    "mdy": QT_TRANSLATE_NOOP("SettingsDialog", "month/day"),
    "": QT_TRANSLATE_NOOP("SettingsDialog", "no order"),
}
# Under the choice: what it does to 03/04/2026 now, in words.
DATE_ORDER_EFFECTS = {
    "dmy": QT_TRANSLATE_NOOP(
        "SettingsDialog", "03/04/2026 is read as 3 April 2026, here and on the command line."
    ),
    "mdy": QT_TRANSLATE_NOOP(
        "SettingsDialog", "03/04/2026 is read as 4 March 2026, here and on the command line."
    ),
    "": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "This computer has no date order, so a numeric date whose day and month are both 12 or less "
        "(03/04/2026) is refused: type the month as a word.",
    ),
}
# Field names as people read them, in the order focus visits them.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SettingsDialog", "Clinic name"),
    "address": QT_TRANSLATE_NOOP("SettingsDialog", "Address"),
    "phone": QT_TRANSLATE_NOOP("SettingsDialog", "Phone"),
    "website": QT_TRANSLATE_NOOP("SettingsDialog", "Website"),
    "logo": QT_TRANSLATE_NOOP("SettingsDialog", "Logo"),
    "page_size": QT_TRANSLATE_NOOP("SettingsDialog", "Handout page size"),
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "calendar_code": QT_TRANSLATE_NOOP("SettingsDialog", "Calendar code on the handout"),
    "date_order": QT_TRANSLATE_NOOP("SettingsDialog", "Numeric dates"),
    "open_weekdays": QT_TRANSLATE_NOOP("SettingsDialog", "Opening days"),
    "closures": QT_TRANSLATE_NOOP("SettingsDialog", "Closure dates"),
    "shared_policy": QT_TRANSLATE_NOOP("SettingsDialog", "Shared policy file"),
}
PLACEHOLDERS = {
    "name": QT_TRANSLATE_NOOP("SettingsDialog", "As printed on handouts"),
    "phone": QT_TRANSLATE_NOOP("SettingsDialog", "e.g. +44 20 7946 0000"),
    "website": QT_TRANSLATE_NOOP("SettingsDialog", "e.g. harbourskin.example"),
}
SHARED_POLICY_NOTE = QT_TRANSLATE_NOOP("SettingsDialog", "Read-only. When set, every desk uses this policy.")
# Group title, then (label with its mnemonic, field; "" for a row without a note).
GROUPS = {
    "clinic": (
        QT_TRANSLATE_NOOP("SettingsDialog", "Clinic (printed on handouts)"),
        (
            (QT_TRANSLATE_NOOP("SettingsDialog", "&Clinic name"), "name"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "A&ddress"), "address"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "&Phone"), "phone"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "&Website"), "website"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "&Logo"), "logo"),
        ),
    ),
    "policy": (
        QT_TRANSLATE_NOOP("SettingsDialog", "Timing policy"),
        ((QT_TRANSLATE_NOOP("SettingsDialog", "Shared polic&y file"), "shared_policy"),),
    ),
    "handout": (
        QT_TRANSLATE_NOOP("SettingsDialog", "Language, dates and handout"),
        (
            (QT_TRANSLATE_NOOP("SettingsDialog", "Page si&ze"), "page_size"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "Lan&guage"), "language"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "Calendar &QR code"), "calendar_code"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "&Numeric dates"), "date_order"),
        ),
    ),
    "calendar": (
        QT_TRANSLATE_NOOP("SettingsDialog", "Calendar (for booking suggestions)"),
        (
            (QT_TRANSLATE_NOOP("SettingsDialog", "&Opening days"), "open_weekdays"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "Closure da&tes"), "closures"),
        ),
    ),
}
