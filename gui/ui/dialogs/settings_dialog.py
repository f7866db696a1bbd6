"""The clinic settings dialog: validated field by field, with each problem in words beside its field."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
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

from gui.store.date_order import SETTING_ORDERS, system_date_order
from gui.store.settings import ClinicSettings, validate
from gui.ui.app_theme import style_part
from gui.ui.dialogs.common import FieldNote, buddy_label, hint_label, push_button, repolish, stacked
from gui.ui.dialogs.settings_calendar import ClosuresField, WeekdayBoxes
from gui.ui.dialogs.settings_files import LogoField, SharedPolicyField, shared_policy_problem
from gui.ui.dialogs.settings_words import (
    DATE_ORDER_CHOICES,
    DATE_ORDER_EFFECTS,
    DATE_ORDER_READINGS,
    FIELD_LABELS,
    GROUPS,
    LANGUAGE_CHOICES,
    PAGE_SIZE_CHOICES,
    PLACEHOLDERS,
    SHARED_POLICY_NOTE,
)
from gui.ui.i18n import translate, ui_language
from gui.ui.widgets.hint_edit import HintLineEdit


def _t(text: str) -> str:
    return translate("SettingsDialog", text)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


class SettingsDialog(QDialog):
    """Edit the clinic's settings. Save emits ``settings_accepted(ClinicSettings)``; it writes no file."""

    settings_accepted = Signal(object)

    def __init__(
        self, settings: ClinicSettings, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._initial = settings
        self._touched: set[str] = set()
        self._save_tried = False
        self._shared_checked: tuple[str, str | None] = ("", None)
        self._build_fields(today or date.today())
        self._lay_out()
        self.retranslate_ui()
        self._fit()
        self._fill(settings)
        self._connect_signals()
        self._refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build_fields(self, today: date) -> None:
        self.name_edit = HintLineEdit(self)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phone_edit = HintLineEdit(self)
        self.website_edit = HintLineEdit(self)
        self.logo = LogoField(self)
        self.page_size = self._combo(PAGE_SIZE_CHOICES)
        self.language = self._combo(LANGUAGE_CHOICES)
        self.calendar_code = QCheckBox(self)
        self.date_order = self._combo(DATE_ORDER_CHOICES)
        # "Follow this computer" names what it gives; the locale is read once, at the start.
        system = system_date_order()
        self._system_order = system.value if system is not None else ""
        self.weekdays = WeekdayBoxes(self)
        self.closures = ClosuresField(today, self)
        self.shared_policy = SharedPolicyField(self)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "website": self.website_edit,
            "logo": self.logo,
            "page_size": self.page_size,
            "language": self.language,
            "calendar_code": self.calendar_code,
            "date_order": self.date_order,
            "open_weekdays": self.weekdays,
            "closures": self.closures,
            "shared_policy": self.shared_policy,
        }
        self._build_notes_and_buttons()

    def _build_notes_and_buttons(self) -> None:
        described = {"logo": self.logo.edit, "shared_policy": self.shared_policy.edit}
        self.notes = {
            field: FieldNote(described.get(field, self.fields[field]), self) for field in FIELD_LABELS
        }
        self.summary = QLabel(self)
        style_part(self.summary)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.cancel_button = push_button("", "", self)
        self.save_button = push_button("", "", self)
        self.shared_note = hint_label("", self)
        self.date_order_note = hint_label("", self)

    def _combo(self, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox(self)
        for value, _text in choices:
            combo.addItem("", value)
        return combo

    def _lay_out(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.groups = {key: self._group(rows) for key, (_title, rows) in GROUPS.items()}
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.groups["clinic"])
        left.addWidget(self.groups["policy"])
        left.addStretch(1)
        right.addWidget(self.groups["handout"])
        right.addWidget(self.groups["calendar"], 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(buttons)

    def _group(self, rows: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for _text, field in rows:
            widget = self.fields[field]
            parts: list[QWidget] = [widget]
            if field in self.notes:
                parts.append(self.notes[field])
            if widget is self.shared_policy:
                parts.append(self.shared_note)
            if widget is self.date_order:
                parts.append(self.date_order_note)
            self.labels[field] = buddy_label("", widget, box)
            form.addRow(self.labels[field], stacked(*parts))
        return box

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Clinic settings"))
        for key, (title, rows) in GROUPS.items():
            self.groups[key].setTitle(_t(title))
            for text, field in rows:
                self.labels[field].setText(_t(text))
        for field, widget in self.fields.items():
            if field in FIELD_LABELS and not isinstance(widget, (LogoField, SharedPolicyField)):
                widget.setAccessibleName(_t(FIELD_LABELS[field]))
        for field, placeholder in PLACEHOLDERS.items():
            edit = self.fields[field]
            assert isinstance(edit, QLineEdit)
            edit.setPlaceholderText(_t(placeholder))
        for combo, choices in ((self.page_size, PAGE_SIZE_CHOICES), (self.language, LANGUAGE_CHOICES)):
            for index, (_value, text) in enumerate(choices):
                combo.setItemText(index, _t(text))
        self.language.setToolTip(self.tr("The language of the window and of the handouts."))
        self.calendar_code.setText(self.tr("Print it for the first session of a course"))
        self.calendar_code.setToolTip(
            self.tr("A code a phone camera turns into a calendar event; it holds no patient data.")
        )
        self._retranslate_date_order()
        self.shared_note.setText(_t(SHARED_POLICY_NOTE))
        self.summary.setAccessibleName(self.tr("Settings problems"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: close without saving"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        for note in self.notes.values():
            note.retranslate_ui()

    def _retranslate_date_order(self) -> None:
        reading = _t(DATE_ORDER_READINGS[self._system_order])
        for index, (_value, text) in enumerate(DATE_ORDER_CHOICES):
            self.date_order.setItemText(index, _t(text).format(reading=reading))
        self.date_order.setToolTip(self.tr("How dates typed in numbers, such as 03/04/2026, are read."))
        self._show_date_order_effect()

    def _show_date_order_effect(self, *_args: object) -> None:
        """Say under the choice what it does to 03/04/2026 now (following this computer, or not)."""
        chosen = SETTING_ORDERS.get(str(self.date_order.currentData()))
        self.date_order_note.setText(_t(DATE_ORDER_EFFECTS[chosen.value if chosen else self._system_order]))

    def _fit(self) -> None:
        """Room for every label and wrapped hint in the current language (Spanish runs longer), but no
        wider than the screen leaves room for: large type would otherwise ask for more than it has."""
        hint = self.sizeHint()
        roomy = self.fontMetrics().horizontalAdvance("M") * 100
        screen = self.screen().availableGeometry().width() * 9 // 10
        self.resize(max(min(roomy, screen), hint.width()), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._refresh()
            self._fit()
        super().changeEvent(event)

    def _fill(self, settings: ClinicSettings) -> None:
        self.name_edit.setText(settings.name)
        self.address_edit.setPlainText(settings.address)
        self.phone_edit.setText(settings.phone)
        self.website_edit.setText(settings.website)
        self.logo.set_path(settings.logo)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.calendar_code.setChecked(settings.calendar_code)
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(settings.date_order)))
        self._show_date_order_effect()
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
        self.calendar_code.toggled.connect(partial(self._touch, "calendar_code"))
        self.date_order.currentIndexChanged.connect(partial(self._touch, "date_order"))
        self.date_order.currentIndexChanged.connect(self._show_date_order_effect)
        self.weekdays.changed.connect(partial(self._touch, "open_weekdays"))
        self.shared_policy.changed.connect(self._on_changed)
        self.closures.entry.changed.connect(self._on_changed)  # a date typed to add: read, or not
        self.closures.changed.connect(partial(self._touch, "closures"))
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
            date_order=str(self.date_order.currentData()),
            open_weekdays=self.weekdays.weekdays(),
            closures=self.closures.closures(),
            shared_policy=self.shared_policy.path(),
            calendar_code=self.calendar_code.isChecked(),
        )

    def problems(self) -> dict[str, str]:
        """Each field's first problem, in words, keyed by ``ClinicSettings`` field name."""
        settings = self.current_settings()
        found: dict[str, str] = {}
        for problem in validate(settings, ui_language()):
            found.setdefault(problem.field, problem.message)
        logo = self.logo.problem()
        if logo is not None:
            found.setdefault("logo", logo)
        shared = self._shared_problem(settings.shared_policy)
        if shared is not None:
            found["shared_policy"] = shared
        typed = self.closures.typed_problem()  # Save adds a day typed and not added; not an unread one
        if typed and self._save_tried:
            found["closures"] = typed
        return found

    def _shared_problem(self, path: str) -> str | None:
        """Check a newly set shared file (cached per path); an unchanged one is the store's business."""
        if path == self._initial.shared_policy:
            return None
        if self._shared_checked[0] != path:
            self._shared_checked = (path, shared_policy_problem(path))
        return self._shared_checked[1]

    def _focus_target(self, field: str) -> QWidget:
        widget = self.fields[field]
        return widget.focusProxy() or widget  # a composite field: its line edit or first box

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
            names = ", ".join(_t(FIELD_LABELS[f]) for f in FIELD_LABELS if f in found)
            text = translate(
                "SettingsDialog", "⚠ Not saved: %n field(s) need attention: {names}.", None, len(found)
            )
            self.summary.setText(text.format(names=names))
            self.summary.setProperty("state", "error")
        else:
            self.summary.setText("")
            self.summary.setProperty("state", "")
        repolish(self.summary)
        return found

    @Slot()
    def _on_save(self) -> None:
        self._save_tried = True
        self.closures.add_typed()  # a closure date typed, Add not pressed: kept, as it reads
        found = self._refresh()
        if found:
            first = next(field for field in FIELD_LABELS if field in found)
            self._focus_target(first).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.settings_accepted.emit(self.current_settings())
        self.accept()
