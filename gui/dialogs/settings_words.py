"""The settings dialog's words: choices, field names and the groups' labels, marked for translation.

English here is the source text; the dialog translates each with ``translate("SettingsDialog", …)``.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP

PAGE_SIZE_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("SettingsDialog", "Automatic by country")),
    ("a4", "A4"),
    ("letter", QT_TRANSLATE_NOOP("SettingsDialog", "Letter")),
)
# Each language in its own words, so anyone can find theirs: not translated.
LANGUAGE_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("en", "English"),
    ("es", "Español"),
)
# Field names as people read them, in the order focus visits them.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SettingsDialog", "Clinic name"),
    "address": QT_TRANSLATE_NOOP("SettingsDialog", "Address"),
    "phone": QT_TRANSLATE_NOOP("SettingsDialog", "Phone"),
    "website": QT_TRANSLATE_NOOP("SettingsDialog", "Website"),
    "logo": QT_TRANSLATE_NOOP("SettingsDialog", "Logo"),
    "page_size": QT_TRANSLATE_NOOP("SettingsDialog", "Handout page size"),
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "open_weekdays": QT_TRANSLATE_NOOP("SettingsDialog", "Opening days"),
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
        QT_TRANSLATE_NOOP("SettingsDialog", "Language and handout"),
        (
            (QT_TRANSLATE_NOOP("SettingsDialog", "Page si&ze"), "page_size"),
            (QT_TRANSLATE_NOOP("SettingsDialog", "Lan&guage"), "language"),
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
