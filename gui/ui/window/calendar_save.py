"""File ▸ Save calendar: the course as a ``.ics`` file the patient's calendar imports (one all-day event
per session and one for the next toxin visit; no patient name or history).

Like the handout's actions, every dialog opens without blocking and is made by a ``make_*`` factory (the
test seam); its words are in the interface language, the file's in the language chosen for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from gui.core import LANGUAGE_NAMES, LANGUAGES, Plan
from gui.core.clinic import Clinic
from gui.core.course import Course
from gui.core.words.common import calendar_file_name
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ui.window.dialog_flow import DialogFlow, documents_folder
from gui.ui.window.printing import handout_language

# Why the file could not be written, beyond the reasons the handout's actions already translate.
ICS_SUFFIX = QT_TRANSLATE_NOOP("HandoutActions", "the file name must end in .ics")


def default_ics_path(today: date | None = None, target: str = "microneedling", lang: str = "en") -> Path:
    """The calendar's file name in its language (:func:`calendar_file_name`) in the Documents folder
    (home if there is none)."""
    return documents_folder() / calendar_file_name(target, today or date.today(), lang)


class CalendarActions(DialogFlow):
    """Ask the calendar's language, then where to save it, then write it; refuse, saying why and
    putting the focus where it can be fixed, while an entry is not understood or a session moved by
    hand breaks a rule (a calendar event has no room for a warning): ``problem`` says which."""

    saved = Signal(str)  # the path written

    def __init__(
        self,
        parent_window: QWidget,
        current_plan: Callable[[], Plan | None],
        course: Callable[[], Course | None],
        clinic: Callable[[], Clinic],
        problem: Callable[[], tuple[str, QWidget] | None],
        language: Callable[[], str],
        course_treatments: Callable[[], list[str]],
    ) -> None:
        super().__init__(parent_window)
        self._current_plan, self._course, self._clinic = current_plan, course, clinic
        self._problem, self._language = problem, language
        self._course_treatments = course_treatments
        self._chosen = "en"

    # -- dialog factories (the test seam) --------------------------------------------------------

    def make_language_dialog(self) -> QInputDialog:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Save calendar"))
        dialog.setLabelText(self.tr("Language of the calendar events:"))
        dialog.setComboBoxItems([LANGUAGE_NAMES[code] for code in LANGUAGES])
        dialog.setTextValue(LANGUAGE_NAMES[handout_language(self._language())])
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        return dialog

    def make_file_dialog(self, suggested: Path) -> QFileDialog:
        return self.save_dialog(self.tr("Save calendar"), self.tr("Calendar files (*.ics)"), suggested, "ics")

    # -- the flow ---------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self._refuse_unless_ready():
            return
        dialog = self.make_language_dialog()
        dialog.accepted.connect(lambda: self._language_chosen(dialog.textValue()))
        self._show(dialog)

    def _refuse_unless_ready(self) -> bool:
        problem, plan = self._problem(), self._current_plan()
        focus: QWidget | None = None
        if problem is not None:
            text, focus = problem
        elif plan is None:
            text = self.tr("Enter a plan first.")
        elif self._course() is None:
            names = ", ".join(self._course_treatments())
            text = self.tr("A calendar lists the sessions of a course; choose one of: {names}.").format(
                names=names
            )
        else:
            return False
        self._refuse(
            self.tr("No calendar yet"), self.tr("No calendar yet. {problem}").format(problem=text), focus
        )
        return True

    def _language_chosen(self, name: str) -> None:
        self._chosen = next((code for code in LANGUAGES if LANGUAGE_NAMES[code] == name), "en")
        plan = self._current_plan()
        target = plan.target if plan is not None else "microneedling"
        dialog = self.make_file_dialog(default_ics_path(target=target, lang=self._chosen))
        dialog.fileSelected.connect(self._write)
        self._show(dialog)

    @Slot(str)
    def _write(self, path: str) -> None:
        from gui.store.calendar_file import write_calendar
        from gui.store.files import reason, write_problem

        plan, course = self._current_plan(), self._course()
        if plan is None or course is None or course.broken:  # changed while the dialog was open
            self._refuse_unless_ready()
            return
        target = Path(path)
        problem = write_problem(target, ".ics")
        if problem is None:
            try:
                write_calendar(target, plan, course, self._clinic(), self._chosen)
            except OSError as exc:
                problem = reason(exc)
        if problem is not None:
            text = self.tr("The calendar could not be saved as “{path}”: {problem}.")
            text = text.format(path=str(target), problem=translate("HandoutActions", problem))
            title = self.tr("Could not save the calendar")
            box = self.make_message_box(QMessageBox.Icon.Warning, title, text)
            box.addButton(QMessageBox.StandardButton.Ok)
            self._show(box)
            return
        self.saved.emit(path)
