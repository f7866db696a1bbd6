"""The About box: version, the timing policy and its review dates, its sources and the disclaimer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import __version__
from gui.core import Policy, format_long, policy_label
from gui.ui.i18n import translate, ui_language
from gui.ui.widgets.ui_words import content


def about_box(parent: QWidget, policy: Policy) -> QMessageBox:
    """An About box opened with ``open()`` (never blocking); the caller keeps it."""
    lang = ui_language()
    box = QMessageBox(parent)
    box.setWindowTitle(translate("AboutBox", "About Microneedling Window"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.MarkdownText)
    text = translate(
        "AboutBox",
        "**Microneedling Window {version}**\n\n"
        "Policy: {policy} (reviewed {reviewed}; next review {next}). Its sources are under "
        "*Show Details*; each rule's own sources are in the *Why this date* panel.",
    )
    details = text.format(
        version=__version__,
        policy=policy_label(policy, lang),
        reviewed=format_long(policy.reviewed, lang),
        next=format_long(policy.next_review, lang),
    )
    box.setText(f"{details}\n\n{content('disclaimer').body}")
    sources = sorted({source for rule in policy.rules.values() for source in rule.sources})
    box.setDetailedText(
        translate("AboutBox", "Sources of the timing policy:") + "\n\n" + "\n\n".join(sources)
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
