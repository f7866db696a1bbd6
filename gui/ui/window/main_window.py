"""The main window: composes the widgets, owns the one slot that computes a plan, and the actions."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from gui.core import Policy, policy_label
from gui.core.clinic import Clinic
from gui.core.words.common import name_of
from gui.drawing.theme import window_style_sheet
from gui.store.date_order import desk_date_order
from gui.store.policies import ActivePolicy
from gui.store.settings import ClinicSettings, Loaded
from gui.store.workspace import Workspace
from gui.ui.app_theme import apply_theme, is_high_contrast, restyle_parts, save_high_contrast, style_part
from gui.ui.i18n import install_language, resolve_language, translate, ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.accessible import announce
from gui.ui.widgets.column_scroll import ColumnScroll
from gui.ui.widgets.inputs_panel import EntryProblem, Inputs, InputsPanel
from gui.ui.window.admin import ClinicAdmin
from gui.ui.window.menus import WindowMenus
from gui.ui.window.undo import AddRowCommand, EntryUndo, NewPatientCommand, RemoveRowCommand, UndoKeysToWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QMessageBox

    from gui.core import Plan, Planner, Treatment
    from gui.core.course import Course
    from gui.ui.widgets.announcer import Announcer
    from gui.ui.widgets.banner import BannerBar
    from gui.ui.widgets.headline import Headline
    from gui.ui.widgets.side_panels import SidePanels
    from gui.ui.widgets.timeline import TimelineWidget
    from gui.ui.window.calendar_save import CalendarActions
    from gui.ui.window.printing import HandoutActions


class MainWindow(Retranslating, QMainWindow):
    """Only this class calls ``make_plan``, in :meth:`_on_inputs_changed`; widgets render the plan."""

    # The results, made by ensure_results (at once, or right after a staged window's first frame).
    banner: BannerBar
    attention: QLabel
    headline: Headline
    announcer: Announcer
    timeline: TimelineWidget
    panels: SidePanels

    def __init__(
        self,
        policy: Policy,
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        settings: ClinicSettings | None = None,
        workspace: Workspace | None = None,
        banners: Sequence[str] = (),
        origin: str = "default",
        policy_banner: str = "",
        staged: bool = False,
    ) -> None:
        """``staged``: the first frame shows the entries (focused, taking keys) and an empty results
        column; the results are built right after it is painted (see :meth:`ensure_results`)."""
        super().__init__(parent)
        self._policy_in_force = policy
        # Made with the first plan (the planner's modules are read after the first frame); it remembers
        # each row's reason between edits, for this policy.
        self._planner: Planner | None = None
        self._settings = settings or ClinicSettings()
        self.workspace = workspace
        self._origin = origin
        self._today = today or date.today()
        self._follow_clock = today is None
        self._policy_banner = policy_banner  # what the store said of the policy in force, if anything
        self._handout: HandoutActions | None = None
        self._said_done = ""  # the status bar's word on the last handout or calendar sent out
        self._sent = ""  # what went out since the entries last changed: "handout", "calendar" or ""
        # What went out last and the plan it showed, until New patient: the status bar keeps saying that
        # paper is out of date for as long as the plan differs from it (in any language: a plan is values).
        self._paper: tuple[str, Plan | None] | None = None
        self.plan: Plan | None = None  # None while any entry is not understood: there is no answer
        self.problems: list[EntryProblem] = []
        self._banners = [*banners, policy_banner]
        self._results_built = False
        self._results_asked = False
        self.setStyleSheet(window_style_sheet(is_high_contrast()))
        self._build_widgets()
        self._build_actions()
        self._connect_signals()
        self._restore_window_state()
        self.retranslate_ui()
        self.history.rows[0].product.setFocus()
        if not staged:
            self.ensure_results()

    @property
    def _policy(self) -> Policy:
        return self._policy_in_force

    @classmethod
    def from_workspace(
        cls,
        workspace: Workspace,
        today: date | None = None,
        *,
        loaded: Loaded | None = None,
        staged: bool = False,
    ) -> MainWindow:
        """The window on this desk's settings (``loaded`` if the caller read them) and active policy."""
        loaded = loaded or workspace.settings_store.load()
        active = workspace.policy_store.active(loaded.settings.shared_policy)
        return cls(
            active.policy,
            today,
            settings=loaded.settings,
            workspace=workspace,
            banners=[loaded.banner],
            origin=active.origin,
            policy_banner=active.banner,
            staged=staged,
        )

    # --- construction -------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """The entries, and the column the results go in (filled by :meth:`ensure_results`)."""
        self.inputs_panel = InputsPanel(self._policy, self._today)
        self.history, self.proposed = self.inputs_panel.history, self.inputs_panel.proposed
        self._apply_date_order()
        self.target_combo = self.inputs_panel.target_combo
        self._results_column = QWidget()
        self._results_layout = QVBoxLayout(self._results_column)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.inputs_panel)
        self.results = ColumnScroll(self._results_column)  # large text scrolls; never squeezed or clipped
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 740])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        # The panel titles do not touch the window's edge. The margin is a layout's, not the splitter's
        # own: a splitter leaves its margins out of its minimum size, and the window, made that much
        # too narrow, would cut the entries' column at its edge.
        central = QWidget()
        margins = QHBoxLayout(central)
        margins.setContentsMargins(8, 6, 8, 0)
        margins.addWidget(splitter)
        self.setCentralWidget(central)
        self.paper_label = QLabel()  # the lasting word that a handout or calendar no longer matches
        self.paper_label.setObjectName("paper-out-of-date")
        self.paper_label.hide()
        self.statusBar().addPermanentWidget(self.paper_label)  # a menu's status tips do not cover it
        self.policy_label = QLabel()
        self.statusBar().addPermanentWidget(self.policy_label)

    def ensure_results(self) -> None:
        """Build the results (banner, attention list, headline, timeline, side panels) and show the
        plan, once. A staged window does it right after its first frame; anything that needs them
        earlier (an edit, a language switch, New patient, printing) calls this first. Until then no
        part of the window shows a date, a verdict or a placeholder: the results column is empty."""
        if self._results_built:
            return
        self._results_built = True
        from gui.ui.widgets.announcer import Announcer
        from gui.ui.widgets.banner import BannerBar
        from gui.ui.widgets.headline import Headline
        from gui.ui.widgets.side_panels import SidePanels
        from gui.ui.widgets.timeline import TimelineWidget

        self.banner = BannerBar()
        self.attention = QLabel()
        self.attention.setObjectName("attention")
        style_part(self.attention)
        self.attention.setWordWrap(True)
        self.headline = Headline()
        self.announcer = Announcer(self.headline)  # the headline's words, said once typing pauses
        self.timeline = TimelineWidget()
        self.panels = SidePanels()
        self.panels.setUsesScrollButtons(False)  # every tab whole, whatever the text size
        for widget in (self.banner, self.attention, self.headline, self.timeline):
            self._results_layout.addWidget(widget, 0)
        self._results_layout.addWidget(self.panels, 1)
        self.timeline.proposed_date_requested.connect(self._on_proposed_date_requested)
        self.timeline.session_move_requested.connect(self.inputs_panel.move_session)
        self.banner.set_messages(self._banners)
        self._retranslate_results()
        self._on_inputs_changed()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._results_built and not self._results_asked:
            self._results_asked = True  # the first frame is on screen: the results come next turn
            QTimer.singleShot(0, self.ensure_results)

    def _build_actions(self) -> None:
        self.admin = ClinicAdmin(
            self,
            self.workspace,
            self._settings,
            ActivePolicy(self._policy, self._origin, self._policy_banner),
            self._today,
        )
        self.window_menus = menus = WindowMenus(self, self.admin)
        self.new_patient_action, self.remove_row_action = menus.new_patient, menus.remove_row
        self.undo_action, self.redo_action = menus.undo, menus.redo
        self.undo_stack = EntryUndo(self)
        UndoKeysToWindow(self.undo_stack, self).install()
        self.undo_stack.canUndoChanged.connect(self._forget_undo_hint)
        self._undo_hint = ""
        self.add_row_action, self.about_action, self.quit_action = menus.add_row, menus.about, menus.quit
        self.preview_action, self.print_action = menus.preview, menus.print_
        self.save_pdf_action, self.save_calendar_action = menus.save_pdf, menus.save_calendar
        self._calendar: CalendarActions | None = None

    def retranslate_ui(self) -> None:
        """Every fixed text in the interface language (the plan's words follow from
        :meth:`_on_inputs_changed`: at construction, and in :meth:`event` after a switch)."""
        title = self.tr("Microneedling Window")
        # The display name first: a window's title on screen is composed with the display name at the
        # moment the title is set ("Microneedling Window — Ventana de microneedling" after a switch).
        QApplication.setApplicationDisplayName(title)
        self.setWindowTitle(title)
        self.window_menus.retranslate_ui()
        self.undo_stack.retranslate()
        self._on_undo_changed()  # Edit ▸ Undo names what it undoes in the new words
        # Their names are the texts shown; what they are goes in the description.
        self.policy_label.setAccessibleDescription(self.tr("Active timing policy"))
        self.results.setAccessibleName(self.tr("Plan and explanations"))
        self._show_policy_label()
        self._show_paper_state()
        if self._results_built:
            self._retranslate_results()

    def _retranslate_results(self) -> None:
        self.attention.setAccessibleDescription(self.tr("Rows that need attention"))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            # A passing message was said in the old words ('Hoja informativa guardada: …'): it goes; the
            # lasting marks (policy, paper out of date) are said again by retranslate_ui.
            self.statusBar().clearMessage()
            # Qt tells a parent (its changeEvent: retranslate_ui) before its children: read the entries now
            # that every field has re-worded its problem (a language switch is not an edit).
            self._on_inputs_changed()
        return handled

    def _connect_signals(self) -> None:
        self.inputs_panel.changed.connect(self._on_entries_edited)
        self.new_patient_action.triggered.connect(self.new_patient)
        self.undo_action.triggered.connect(self.undo_entries)
        self.redo_action.triggered.connect(self.redo_entries)
        self.undo_stack.indexChanged.connect(self._on_undo_changed)
        self.undo_stack.cleanChanged.connect(self._on_undo_changed)
        self.add_row_action.triggered.connect(self.add_row)
        self.history.add_requested.connect(self.add_row)
        self.remove_row_action.triggered.connect(self.remove_focused_row)
        self.history.remove_requested.connect(self.remove_row)
        self.about_action.triggered.connect(self.show_about)
        self.preview_action.triggered.connect(lambda: self.handout_actions().preview())
        self.print_action.triggered.connect(lambda: self.handout_actions().print_())
        self.save_pdf_action.triggered.connect(lambda: self.handout_actions().save_pdf())
        self.save_calendar_action.triggered.connect(lambda: self.calendar_actions().save())
        self.admin.settings_changed.connect(self._on_settings_changed)
        self.admin.policy_changed.connect(self._on_policy_changed)
        self.quit_action.triggered.connect(self.close)
        self.window_menus.high_contrast.toggled.connect(self.set_high_contrast)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()

    # --- the one place a plan is made ---------------------------------------------------------------

    @Slot()
    def _on_entries_edited(self) -> None:
        self.undo_stack.edited()  # the new patient's first edit: New patient can no longer be undone
        self._after_sent_out()
        self._on_inputs_changed()

    def _after_sent_out(self) -> None:
        """The first change of the entries after a handout or calendar file went out: the status bar
        says that paper no longer matches them (a screen cleared for the next patient says nothing)."""
        said, sent, self._said_done, self._sent = self._said_done, self._sent, "", ""
        if not sent:
            return
        if self.statusBar().currentMessage() == said:
            self.statusBar().clearMessage()
        if self.undo_stack.applying:  # New patient, or Edit ▸ Undo of one
            return
        if sent == "calendar":
            text = self.tr(
                "The entries changed after the calendar was saved: save it again for the new dates."
            )
        else:
            text = self.tr(
                "The entries changed after the handout went out: print or save it again for the new dates."
            )
        self.statusBar().showMessage(text, 30_000)

    def _show_paper_state(self) -> None:
        """The status bar's lasting mark while the plan differs from the one the last handout or
        calendar file showed (typed back to it, the mark goes)."""
        sent, plan = self._paper or ("", None)
        stale = bool(sent) and self.plan != plan
        if stale:
            if sent == "calendar":
                self.paper_label.setText(self.tr("⚠ Calendar out of date: save it again"))
            else:
                self.paper_label.setText(self.tr("⚠ Handout out of date: print or save it again"))
            if not self.paper_label.property("state"):  # styled when first needed, not at start
                self.paper_label.setProperty("state", "error")
                style_part(self.paper_label)
        self.paper_label.setVisible(stale)

    @Slot()
    def _on_inputs_changed(self) -> None:
        """Every entry read once; a plan only when every one is understood, else one clear state:
        which entry to check, and no date, no verdict, no handout anywhere."""
        if not self._results_built:
            self.ensure_results()  # it reads the entries itself, once built
            return
        from gui.core import HistoryError  # the planner's modules: read once the results are built
        from gui.core.course import CourseError

        treatments, problems, planned = self.inputs_panel.counted()
        plan = None
        if not problems:
            try:
                plan = self._make_plan(treatments, planned)
            except HistoryError as exc:  # the date entries already refuse future dates; belt and braces
                problems = [EntryProblem(1, str(exc), self.history.rows[0].date)]
            except CourseError as exc:  # a session moved onto or before the one before it
                problems = [self.inputs_panel.move_order_problem(exc)]
        self.plan, self.problems = plan, problems
        self._show_attention(problems)
        self._show_paper_state()
        if plan is None:
            self.headline.set_problem(problems[0].check_text(), self._today)
        else:
            self.headline.set_plan(plan)
        self.inputs_panel.show_course(plan.course if plan is not None else None)
        self.timeline.set_plan(plan)
        self.panels.set_next_treatment(self.target())
        self.panels.set_plan(plan)
        spoken = self.headline.spoken()
        self.results.setAccessibleDescription(spoken)  # what the results area holds, reached with Tab
        self.announcer.say(spoken)

    def first_problem(self) -> EntryProblem | None:
        """The first entry that is not understood (what the handout actions name and focus)."""
        return self.problems[0] if self.problems else None

    @Slot(object)
    def _on_settings_changed(self, settings: ClinicSettings) -> None:
        self._settings = settings
        self._apply_date_order()
        language = resolve_language(settings.language)
        app = QApplication.instance()
        if language != ui_language() and app is not None:
            install_language(app, language)  # every widget hears LanguageChange and re-applies its texts
        self._on_inputs_changed()

    @Slot(object)
    def _on_policy_changed(self, active: ActivePolicy) -> None:
        self.ensure_results()
        self._policy_in_force, self._planner = active.policy, None
        self.inputs_panel.set_policy(active.policy)
        # The store's word on the policy in force replaces its word on the one before (a fallback or
        # an unsigned policy that has just been signed again is no longer news).
        kept = [m for m in self.banner.messages if m != self._policy_banner]
        self._policy_banner = active.banner
        self.banner.set_messages([*kept, active.banner])
        self._show_policy_label()
        self.statusBar().showMessage(
            self.tr("Now using {policy}.").format(policy=policy_label(active.policy, ui_language())), 10_000
        )
        self._on_inputs_changed()

    def _apply_date_order(self) -> None:
        """One rule for numeric dates on this desk, the command line's too (Settings ▸ Numeric dates)."""
        self.inputs_panel.set_order(desk_date_order(self._settings.date_order))

    def _make_plan(self, treatments: list[Treatment], planned: list[Treatment]) -> Plan:
        from gui.core import Planner
        from gui.core.course import with_course
        from gui.core.screening import with_screening

        if self._planner is None:
            self._planner = Planner(self._policy)
        days = self._settings.clinic_days
        plan = self._planner.plan(
            treatments, self._today, self.target(), self.proposed_date(), days, planned=planned
        )
        panel = self.inputs_panel
        plan = with_screening(plan, self._policy, panel.screening.answered_yes())
        return with_course(plan, self._policy, panel.session_count(), days, panel.moved())

    def _show_policy_label(self) -> None:
        label = policy_label(self._policy, ui_language())
        self.policy_label.setText(self.tr("Policy: {policy}").format(policy=label))

    def _show_attention(self, problems: list[EntryProblem]) -> None:
        if problems:
            count = translate(
                "MainWindow", "⚠ %n entries are not understood yet, so no date or verdict is given:", None,
                len(problems),
            )  # fmt: skip
            self.attention.setText("\n".join([count, *(p.list_text() for p in problems)]))
        self.attention.setVisible(bool(problems))

    # --- inputs -------------------------------------------------------------------------------------

    def target(self) -> str:
        return self.inputs_panel.target()

    def set_target(self, target: str) -> None:
        self.inputs_panel.set_target(target)

    def proposed_date(self) -> date | None:
        return self.inputs_panel.proposed_date()

    def inputs(self) -> Inputs:
        return self.inputs_panel.inputs()

    def restore_inputs(self, inputs: Inputs) -> None:
        self.inputs_panel.restore_inputs(inputs)

    @Slot(object)
    def _on_proposed_date_requested(self, day: date) -> None:
        self.proposed.set_date(max(day, self._today))

    # --- actions ------------------------------------------------------------------------------------

    @Slot()
    def new_patient(self) -> None:
        """Clear every entry; undoable with Ctrl+Z until the new patient's first edit (nothing is
        written anywhere). The patient name kept for the handout goes too."""
        if self.inputs().is_empty:  # nothing to lose: a fresh single row, and nothing to undo
            self.undo_stack.clear()
            self.inputs_panel.restore_inputs(Inputs([], self.target(), ""))  # the course too: one visit
            self._on_cleared()
            return
        self.undo_stack.push(NewPatientCommand(self.inputs_panel, self._on_cleared, _Paper(self)))
        self._undo_hint = self.tr("Cleared for a new patient. Undo with Ctrl+Z.")
        self.statusBar().showMessage(self._undo_hint, 15_000)
        announce(self, self._undo_hint)

    @Slot(bool)
    def _forget_undo_hint(self, can_undo: bool) -> None:
        """ "Undo with Ctrl+Z" stays only while undo is possible (the new patient's first edit ends it)."""
        if not can_undo and self.statusBar().currentMessage() == self._undo_hint:
            self.statusBar().clearMessage()

    def _on_cleared(self, fresh: bool = True) -> None:
        """The entries were cleared: by New patient (``fresh``), or again by Edit ▸ Redo of it."""
        if fresh:  # a screen cleared for the next patient: nothing to say of the last one's paper
            self._paper = None
        # A redo keeps what went out since that New patient: Edit ▸ Undo brings back entries it
        # does not show, and the mark must say so.
        self._show_paper_state()
        self.ensure_results()
        if self._handout is not None:
            self._handout.forget_patient()
        self.panels.setCurrentIndex(0)
        self.history.rows[0].product.setFocus()

    @Slot(bool)
    def set_high_contrast(self, on: bool) -> None:
        """View ▸ High contrast: switch the application's theme, remember it, restyle this window."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and on != is_high_contrast():
            apply_theme(app, on)
        save_high_contrast(on)
        self.setStyleSheet(window_style_sheet(on))
        restyle_parts(self)

    @Slot()
    def add_row(self) -> None:
        self.undo_stack.push(AddRowCommand(self.history))
        number = len(self.history.rows)
        announce(self, self.tr("Treatment {number} added.").format(number=number))

    @Slot(int)
    def remove_row(self, index: int) -> None:
        self.undo_stack.push(RemoveRowCommand(self.history, index))
        said = self.tr("Treatment {number} removed. Undo with Ctrl+Z.").format(number=index + 1)
        announce(self, said)

    @Slot()
    def undo_entries(self) -> None:
        """Edit ▸ Undo (Ctrl+Z); a screen reader hears what was undone."""
        what = self.undo_stack.undoText()
        self.undo_stack.undo_entries()
        if what:
            announce(self, self.tr("Undone: {what}.").format(what=what))

    @Slot()
    def redo_entries(self) -> None:
        what = self.undo_stack.redoText()
        self.undo_stack.redo_entries()
        if what:
            announce(self, self.tr("Redone: {what}.").format(what=what))

    @Slot()
    def remove_focused_row(self) -> None:
        """Ctrl+Shift+Delete: remove the row the focus is in (nothing when it is in none)."""
        focus = QApplication.focusWidget()
        for index, row in enumerate(self.history.rows):
            if focus is not None and (focus is row or row.isAncestorOf(focus)):
                self.remove_row(index)
                return

    @Slot()
    def _on_undo_changed(self) -> None:
        stack = self.undo_stack
        self.window_menus.show_undo(
            stack.undoText() if stack.canUndo() else "", stack.redoText() if stack.canRedo() else ""
        )

    def undo_new_patient(self) -> None:
        """Edit ▸ Undo (kept under its old name for scripts and tests)."""
        self.undo_entries()

    def handout_actions(self) -> HandoutActions:
        """Print support is imported on first use: the first paint does not need it."""
        self.ensure_results()  # the plan it prints
        if self._handout is None:
            from gui.ui.window.printing import HandoutActions

            self._handout = HandoutActions(
                self,
                lambda: self.plan,
                self.clinic,
                lambda: None if self._settings.page_size == "auto" else self._settings.page_size,
                language=ui_language,
                problem=self._handout_problem,
                calendar_code=lambda: self._settings.calendar_code,
            )
            self._handout.pdf_saved.connect(self._say_saved)
            self._handout.printed.connect(self._say_printed)
        return self._handout

    def calendar_actions(self) -> CalendarActions:
        """File ▸ Save calendar, made on first use."""
        self.ensure_results()
        if self._calendar is None:
            from gui.ui.window.calendar_save import CalendarActions

            self._calendar = CalendarActions(
                self,
                lambda: self.plan,
                self.calendar_course,
                self.clinic,
                self._calendar_problem,
                ui_language,
                self._course_treatment_names,
            )
            self._calendar.saved.connect(self._say_calendar_saved)
        return self._calendar

    def _course_treatment_names(self) -> list[str]:
        """The next treatments a course can be planned for, by name in the interface language."""
        policy, lang = self._policy, ui_language()
        treatments = [t for t in policy.next_treatments if policy.course_for(t) is not None]
        return [name_of(policy.product(t), lang) for t in treatments]

    def calendar_course(self) -> Course | None:
        """The course a calendar file holds: the plan's, or its one visit when no course is asked for;
        None when the next treatment has no course spacing (or there is no plan)."""
        from gui.core.course import make_course

        plan = self.plan
        if plan is None or self._policy.course_for(plan.target) is None:
            return None
        return plan.course or make_course(plan, self._policy, 1, self._settings.clinic_days)

    @Slot(str)
    def _say_calendar_saved(self, path: str) -> None:
        self._say_done(self.tr("Calendar saved: {path}").format(path=os.path.normpath(path)), "calendar")

    @Slot(str)
    def _say_saved(self, path: str) -> None:
        """Where the PDF went, in the status bar long enough to find it (staff attach it to an email)."""
        self._say_done(self.tr("Handout saved: {path}").format(path=os.path.normpath(path)))  # \ on Windows

    @Slot(str)
    def _say_printed(self, where: str) -> None:
        """The print system took the handout: which printer (or, printed to a file, which file)."""
        if os.path.isabs(where):
            self._say_saved(where)
        elif where:
            self._say_done(self.tr("Handout sent to the printer {printer}.").format(printer=where))
        else:
            self._say_done(self.tr("Handout sent to the printer."))

    def _say_done(self, text: str, sent: str = "handout") -> None:
        """What was just printed or saved; the next edit says it no longer matches (see _after_sent_out)."""
        if sent == "handout" and self._handout is not None and self._handout.code_left_out:
            text += " " + self.tr("Its calendar code was left out to keep it on one page.")
        self._said_done, self._sent = text, sent
        self._paper = (sent, self.plan)
        self._show_paper_state()
        self.statusBar().showMessage(text, 30_000)

    def _handout_problem(self) -> tuple[str, QWidget] | None:
        """Why no paper or calendar file can be made now, and where to fix it: an entry not understood,
        or a course session moved where no appointment can be (no wrong day goes home with a patient)."""
        from gui.core.course_words import course_warnings

        if (problem := self.first_problem()) is not None:
            return problem.check_text(), problem.focus
        course = self.plan.course if self.plan is not None else None
        if course is not None and course.broken:
            fix = self.tr(
                "Under Move session, choose a day that fits, or empty the date to let the policy place it."
            )
            return f"{course_warnings(course, ui_language())[0]} {fix}", self.inputs_panel.move_to
        return None

    def _calendar_problem(self) -> tuple[str, QWidget] | None:
        """As for paper, and one more: no calendar event on a day a screening answer said no to."""
        from gui.core.screening_words import calendar_refusal

        if (problem := self._handout_problem()) is not None:
            return problem
        if self.plan is not None and (refused := calendar_refusal(self.plan, ui_language())) is not None:
            said_no = next(i.id for i in self.plan.screening if i.effect == "not-today")
            return refused, self.inputs_panel.screening.boxes.get(said_no, self.inputs_panel.screening)
        return None

    def clinic(self) -> Clinic:
        s = self._settings
        return Clinic(s.name, s.address, s.phone, s.website, logo=s.logo)

    @Slot()
    def show_about(self) -> None:
        from gui.ui.dialogs.about import about_box

        self.about_box: QMessageBox = about_box(self, self._policy)

    @Slot()
    def _on_clock(self) -> None:
        """Keep 'today' true for a window left open past midnight."""
        if self._follow_clock and date.today() != self._today:
            self._today = date.today()
            self.inputs_panel.set_today(self._today)
            self._on_inputs_changed()

    # --- window state (geometry only: never patient data) --------------------------------------------

    def _restore_window_state(self) -> None:
        """Last session's place and size, or 1280×800; either way inside the screen's free area (a
        1366×768 desk with a taskbar has about 1366×728), so the status bar is never off-screen."""
        geometry = QSettings().value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1280, 800)
        self._fit_on_screen()  # again when first shown, once the title bar's height is known
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_on_screen()

    def _fit_on_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        self.resize(max(width, 1), max(height, 1))
        box = self.frameGeometry()
        box.moveLeft(min(max(box.left(), free.left()), free.right() - box.width() + 1))
        box.moveTop(min(max(box.top(), free.top()), free.bottom() - box.height() + 1))
        self.move(box.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


class _Paper:
    """The window's last paper, as New patient's undo keeps it (see NewPatientCommand)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def get(self) -> object:
        return self._window._paper

    def set(self, paper: object) -> None:
        assert paper is None or isinstance(paper, tuple)
        self._window._paper = paper


__all__ = ["MainWindow"]
