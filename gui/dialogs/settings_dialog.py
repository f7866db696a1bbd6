"""The clinic settings dialog: validated field by field, with each problem in words beside its field."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..settings import ClinicSettings, validate
from .common import FieldNote, buddy_label, hint_label, push_button, repolish, stacked
from .settings_calendar import ClosuresField, WeekdayBoxes
from .settings_files import LogoField, SharedPolicyField, shared_policy_problem

PAGE_SIZE_CHOICES = (("auto", "Automatic by country"), ("a4", "A4"), ("letter", "Letter"))
LANGUAGE_CHOICES = (("system", "Follow the system"), ("en", "English"), ("es", "Español"))
# Field names as people read them, in the order focus visits them.
FIELD_LABELS = {
    "name": "Clinic name",
    "address": "Address",
    "phone": "Phone",
    "website": "Website",
    "logo": "Logo",
    "page_size": "Handout page size",
    "language": "Language",
    "open_weekdays": "Opening days",
    "shared_policy": "Shared policy file",
}
SHARED_POLICY_NOTE = "Read-only. When set, every desk uses this policy."


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


class SettingsDialog(QDialog):
    """Edit the clinic's settings. Save emits ``settings_accepted(ClinicSettings)``; it writes no file."""

    settings_accepted = Signal(object)

    def __init__(
        self, settings: ClinicSettings, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clinic settings")
        self._initial = settings
        self._touched: set[str] = set()
        self._save_tried = False
        self._shared_checked: tuple[str, str | None] = ("", None)
        self._build_fields(today or date.today())
        self._lay_out()
        self._fill(settings)
        self._connect_signals()
        self._refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build_fields(self, today: date) -> None:
        self.name_edit = self._line_edit("Clinic name", "As printed on handouts")
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setAccessibleName("Address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phone_edit = self._line_edit("Phone", "e.g. +44 20 7946 0000")
        self.website_edit = self._line_edit("Website", "e.g. harbourskin.example")
        self.logo = LogoField(self)
        self.page_size = self._combo("Handout page size", PAGE_SIZE_CHOICES)
        self.language = self._combo("Language", LANGUAGE_CHOICES)
        self.language.setToolTip(
            "Used once translations land; until then the window and handouts are in English."
        )
        self.weekdays = WeekdayBoxes(self)
        self.closures = ClosuresField(today, self)
        self.shared_policy = SharedPolicyField(self)
        self._build_notes_and_buttons()

    def _build_notes_and_buttons(self) -> None:
        self.notes = {
            "name": FieldNote(self.name_edit, self),
            "address": FieldNote(self.address_edit, self),
            "phone": FieldNote(self.phone_edit, self),
            "website": FieldNote(self.website_edit, self),
            "logo": FieldNote(self.logo.edit, self),
            "page_size": FieldNote(self.page_size, self),
            "language": FieldNote(self.language, self),
            "open_weekdays": FieldNote(self.weekdays, self),
            "shared_policy": FieldNote(self.shared_policy.edit, self),
        }
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Settings problems")
        self.cancel_button = push_button("Cancel", "Cancel: close without saving", self)
        self.save_button = push_button("&Save", "Save the settings", self)

    def _line_edit(self, accessible_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, accessible_name: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible_name)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    def _lay_out(self) -> None:
        clinic, policy, handout, calendar = self._groups()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(clinic)
        left.addWidget(policy)
        left.addStretch(1)
        right.addWidget(handout)
        right.addWidget(calendar, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 92, 0)

    def _groups(self) -> tuple[QGroupBox, ...]:
        clinic = self._group(
            "Clinic (printed on handouts)",
            ("&Clinic name", self.name_edit, "name"),
            ("A&ddress", self.address_edit, "address"),
            ("&Phone", self.phone_edit, "phone"),
            ("&Website", self.website_edit, "website"),
            ("&Logo", self.logo, "logo"),
        )
        handout = self._group(
            "Handout",
            ("Page si&ze", self.page_size, "page_size"),
            ("Lan&guage", self.language, "language"),
        )
        calendar = self._group(
            "Calendar (for booking suggestions)",
            ("&Opening days", self.weekdays, "open_weekdays"),
            ("Closure da&tes", self.closures, ""),
        )
        policy = self._group("Timing policy", ("Shared polic&y file", self.shared_policy, "shared_policy"))
        return clinic, policy, handout, calendar

    def _group(self, title: str, *rows: tuple[str, QWidget, str]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for text, widget, field in rows:
            parts: list[QWidget] = [widget]
            if field:
                parts.append(self.notes[field])
            if widget is self.shared_policy:
                parts.append(hint_label(SHARED_POLICY_NOTE, box))
            form.addRow(buddy_label(text, widget, box), stacked(*parts))
        return box

    def _fill(self, settings: ClinicSettings) -> None:
        self.name_edit.setText(settings.name)
        self.address_edit.setPlainText(settings.address)
        self.phone_edit.setText(settings.phone)
        self.website_edit.setText(settings.website)
        self.logo.set_path(settings.logo)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.weekdays.set_weekdays(settings.open_weekdays)
        self.closures.set_closures(settings.closures)
        self.shared_policy.set_path(settings.shared_policy)

    def _connect_signals(self) -> None:
        # Typed fields are judged when the person leaves them; picked values at once.
        for field, edit in (("name", self.name_edit), ("phone", self.phone_edit)):
            edit.textChanged.connect(self._on_changed)
            edit.editingFinished.connect(partial(self._touch, field))
        self.website_edit.textChanged.connect(self._on_changed)
        self.website_edit.editingFinished.connect(partial(self._touch, "website"))
        self.address_edit.textChanged.connect(partial(self._touch, "address"))
        self.logo.changed.connect(self._on_changed)
        self.logo.edit.editingFinished.connect(partial(self._touch, "logo"))
        self.logo.chosen.connect(partial(self._touch, "logo"))
        self.page_size.currentIndexChanged.connect(partial(self._touch, "page_size"))
        self.language.currentIndexChanged.connect(partial(self._touch, "language"))
        self.weekdays.changed.connect(partial(self._touch, "open_weekdays"))
        self.shared_policy.changed.connect(self._on_changed)
        self.shared_policy.edit.editingFinished.connect(partial(self._touch, "shared_policy"))
        self.shared_policy.chosen.connect(partial(self._touch, "shared_policy"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save)

    # --- values and problems ------------------------------------------------------------------------

    def current_settings(self) -> ClinicSettings:
        """The settings as the fields hold them now (validated or not)."""
        return ClinicSettings(
            name=self.name_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            phone=self.phone_edit.text().strip(),
            website=self.website_edit.text().strip(),
            logo=self.logo.path(),
            page_size=str(self.page_size.currentData()),
            language=str(self.language.currentData()),
            open_weekdays=self.weekdays.weekdays(),
            closures=self.closures.closures(),
            shared_policy=self.shared_policy.path(),
        )

    def problems(self) -> dict[str, str]:
        """Each field's first problem, in words, keyed by ``ClinicSettings`` field name."""
        settings = self.current_settings()
        found: dict[str, str] = {}
        for problem in validate(settings):
            found.setdefault(problem.field, problem.message)
        logo = self.logo.problem()
        if logo is not None:
            found.setdefault("logo", logo)
        shared = self._shared_problem(settings.shared_policy)
        if shared is not None:
            found["shared_policy"] = shared
        return found

    def _shared_problem(self, path: str) -> str | None:
        """Check a newly set shared file (cached per path); an unchanged one is the store's business."""
        if path == self._initial.shared_policy:
            return None
        if self._shared_checked[0] != path:
            self._shared_checked = (path, shared_policy_problem(path))
        return self._shared_checked[1]

    def _focus_target(self, field: str) -> QWidget:
        targets: dict[str, QWidget] = {
            "name": self.name_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "website": self.website_edit,
            "logo": self.logo.edit,
            "page_size": self.page_size,
            "language": self.language,
            "open_weekdays": self.weekdays.boxes[0],
            "shared_policy": self.shared_policy.edit,
        }
        return targets[field]

    # --- slots --------------------------------------------------------------------------------------

    def _touch(self, field: str, *_args: object) -> None:
        self._touched.add(field)
        self._refresh()

    @Slot()
    def _on_changed(self) -> None:
        self._refresh()

    def _refresh(self) -> dict[str, str]:
        """Show the problems of the fields already visited (all of them once Save was pressed)."""
        found = self.problems()
        for field, note in self.notes.items():
            shown = self._save_tried or field in self._touched
            note.set_problem(_sentence(found.get(field, "")) if shown else "")
        if self._save_tried and found:
            names = ", ".join(FIELD_LABELS[f] for f in FIELD_LABELS if f in found)
            count = f"{len(found)} field needs" if len(found) == 1 else f"{len(found)} fields need"
            self.summary.setText(f"⚠ Not saved: {count} attention: {names}.")
            self.summary.setProperty("state", "error")
        else:
            self.summary.setText("")
            self.summary.setProperty("state", "")
        repolish(self.summary)
        return found

    @Slot()
    def _on_save(self) -> None:
        self._save_tried = True
        found = self._refresh()
        if found:
            first = next(field for field in FIELD_LABELS if field in found)
            self._focus_target(first).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.settings_accepted.emit(self.current_settings())
        self.accept()
