"""The main window: composes the widgets, owns the one slot that computes a plan, and the actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from . import __version__
from .app import Workspace
from .clinic import Clinic
from .clinic_admin import ClinicAdmin
from .content import section
from .policy_store import ActivePolicy
from .settings import ClinicSettings
from .theme import window_style_sheet
from .timing import (
    TARGET_NAMES,
    TARGETS,
    HistoryError,
    Plan,
    Policy,
    Precision,
    Treatment,
    check_not_past,
    make_plan,
)
from .widgets.banner import BannerBar
from .widgets.date_entry import DateEntry
from .widgets.headline import Headline
from .widgets.history_editor import HistoryEditor, RowEntry
from .widgets.side_panels import SidePanels
from .widgets.timeline import TimelineWidget

if TYPE_CHECKING:
    from .printing import HandoutActions


@dataclass(frozen=True)
class Inputs:
    """Everything staff typed, as a snapshot (for Undo after New patient). Memory only."""

    rows: list[RowEntry]
    target: str
    proposed_text: str

    @property
    def is_empty(self) -> bool:
        return all(row.is_blank for row in self.rows) and not self.proposed_text.strip()


def treatment_from_entry(entry: RowEntry) -> Treatment | None:
    """A complete, valid row as a treatment; None while it is blank, incomplete or wrong."""
    if entry.error or entry.product_id is None or entry.parsed_first is None:
        return None
    precision = Precision.MONTH if entry.parsed_precision is Precision.MONTH else entry.precision
    plus_minus = entry.plus_minus_days if precision is Precision.AROUND else 0
    return Treatment(entry.product_id, entry.parsed_first, precision, plus_minus, entry.area.strip())


def row_problem(number: int, entry: RowEntry) -> str | None:
    """Why a row that is not blank is not counted, in words."""
    if entry.is_blank:
        return None
    if entry.error:
        return f"row {number}: {entry.error}"
    if entry.product_id is None:
        return f"row {number}: choose a product."
    if entry.parsed_first is None:
        return f"row {number}: type the date of the injection."
    return None


class MainWindow(QMainWindow):
    """Only this class calls ``make_plan``, in :meth:`_on_inputs_changed`; widgets render the plan."""

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
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._settings = settings or ClinicSettings()
        self.workspace = workspace
        self._origin = origin
        self._today = today or date.today()
        self._follow_clock = today is None
        self._undo_inputs: Inputs | None = None
        self._handout: HandoutActions | None = None
        self.plan: Plan | None = None
        self.setWindowTitle("Microneedling Window")
        self.setStyleSheet(window_style_sheet())
        self._build_widgets()
        self._build_actions()
        self._connect_signals()
        self._restore_window_state()
        self.banner.set_messages(list(banners))
        self._show_policy_label()
        self._on_inputs_changed()
        self.history.rows[0].product.setFocus()

    @classmethod
    def from_workspace(cls, workspace: Workspace, today: date | None = None) -> MainWindow:
        """The window on this desk's settings and active policy, with banners for anything broken."""
        loaded = workspace.settings_store.load()
        active = workspace.policy_store.active(loaded.settings.shared_policy)
        return cls(
            active.policy,
            today,
            settings=loaded.settings,
            workspace=workspace,
            banners=[loaded.banner, active.banner],
            origin=active.origin,
        )

    # --- construction -------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.history = HistoryEditor(self._policy, self._today)
        self.target_group = QButtonGroup(self)
        target_row = QHBoxLayout()
        for target in TARGETS:
            button = QRadioButton(
                "&Microneedling" if target == "microneedling" else "RF micro&needling", self
            )
            button.setProperty("target", target)
            self.target_group.addButton(button)
            target_row.addWidget(button)
        self.target_group.buttons()[0].setChecked(True)
        target_row.addStretch(1)
        self.proposed = DateEntry(
            self._today,
            check=check_not_past,
            placeholder="e.g. 1 Dec 2026, in 2 weeks (empty = today)",
            accessible_name="Proposed appointment date",
        )
        form = QFormLayout()
        form.addRow("Procedure:", target_row)
        proposed_label = QLabel("&Proposed date:")
        proposed_label.setBuddy(self.proposed.edit)
        form.addRow(proposed_label, self.proposed)
        inputs = QGroupBox("Prior injections and treatments")
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.addWidget(self.history, 1)
        inputs_layout.addLayout(form)
        self.banner = BannerBar()
        self.attention = QLabel()
        self.attention.setObjectName("attention")
        self.attention.setWordWrap(True)
        self.attention.setAccessibleName("Rows that need attention")
        self.headline = Headline()
        self.timeline = TimelineWidget()
        self.panels = SidePanels()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        for widget in (self.banner, self.attention, self.headline, self.timeline):
            results_layout.addWidget(widget, 0)
        results_layout.addWidget(self.panels, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(inputs)
        splitter.addWidget(results)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 740])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.policy_label = QLabel()
        self.policy_label.setAccessibleName("Active timing policy")
        self.statusBar().addPermanentWidget(self.policy_label)

    def _build_actions(self) -> None:
        self.new_patient_action = self._action("&New patient", QKeySequence.StandardKey.New)
        self.undo_action = self._action("&Undo New patient", QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.add_row_action = self._action("&Add treatment", QKeySequence("Ctrl+T"))
        self.preview_action = self._action("Print Pre&view…", QKeySequence("Ctrl+Shift+P"))
        self.print_action = self._action("&Print handout…", QKeySequence.StandardKey.Print)
        self.save_pdf_action = self._action("Save handout as P&DF…", QKeySequence("Ctrl+Shift+S"))
        self.about_action = self._action("&About Microneedling Window", None)
        self.quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.new_patient_action, self.add_row_action])
        file_menu.addSeparator()
        file_menu.addActions([self.preview_action, self.print_action, self.save_pdf_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        menus.addMenu("&Edit").addAction(self.undo_action)
        self.admin = ClinicAdmin(
            self, self.workspace, self._settings, ActivePolicy(self._policy, self._origin), self._today
        )
        tools = menus.addMenu("&Tools")
        tools.addActions([self.admin.settings_action, self.admin.policy_action])
        menus.addMenu("&Help").addAction(self.about_action)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.history.history_changed.connect(self._on_inputs_changed)
        self.target_group.buttonToggled.connect(self._on_inputs_changed)
        self.proposed.changed.connect(self._on_inputs_changed)
        self.timeline.proposed_date_requested.connect(self._on_proposed_date_requested)
        self.new_patient_action.triggered.connect(self.new_patient)
        self.undo_action.triggered.connect(self.undo_new_patient)
        self.add_row_action.triggered.connect(self.history.add_row)
        self.about_action.triggered.connect(self.show_about)
        self.preview_action.triggered.connect(lambda: self.handout_actions().preview())
        self.print_action.triggered.connect(lambda: self.handout_actions().print_())
        self.save_pdf_action.triggered.connect(lambda: self.handout_actions().save_pdf())
        self.admin.settings_changed.connect(self._on_settings_changed)
        self.admin.policy_changed.connect(self._on_policy_changed)
        self.quit_action.triggered.connect(self.close)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()

    # --- the one place a plan is made ---------------------------------------------------------------

    @Slot()
    def _on_inputs_changed(self) -> None:
        entries = self.history.entries()
        treatments = [t for t in map(treatment_from_entry, entries) if t is not None]
        problems = [p for n, e in enumerate(entries, 1) if (p := row_problem(n, e))]
        try:
            plan = self._make_plan(treatments)
        except HistoryError as exc:  # the date entries already refuse future dates; belt and braces
            problems.append(str(exc))
            plan = self._make_plan([])
        self._show_attention(problems)
        self.plan = plan
        self.headline.set_plan(plan, uncounted=len(problems))
        self.timeline.set_plan(plan)
        self.panels.set_plan(plan)

    @Slot(object)
    def _on_settings_changed(self, settings: ClinicSettings) -> None:
        self._settings = settings
        self._on_inputs_changed()

    @Slot(object)
    def _on_policy_changed(self, active: ActivePolicy) -> None:
        self._policy = active.policy
        self.history.set_policy(active.policy)
        if active.banner:
            self.banner.add(active.banner)
        self._show_policy_label()
        self.statusBar().showMessage(f"Now using {active.policy.label}.", 10_000)
        self._on_inputs_changed()

    def _make_plan(self, treatments: list[Treatment]) -> Plan:
        days = self._settings.clinic_days
        return make_plan(treatments, self._policy, self._today, self.target(), self.proposed_date(), days)

    def _show_policy_label(self) -> None:
        self.policy_label.setText(f"Policy: {self._policy.label}")

    def _show_attention(self, problems: list[str]) -> None:
        if problems:
            count = len(problems)
            self.attention.setText(
                f"⚠ {count} entr{'ies are' if count > 1 else 'y is'} not counted yet, so the dates "
                "below may be too early: " + " ".join(problems)
            )
        self.attention.setVisible(bool(problems))

    # --- inputs -------------------------------------------------------------------------------------

    def target(self) -> str:
        button = self.target_group.checkedButton()
        return str(button.property("target")) if button else TARGETS[0]

    def set_target(self, target: str) -> None:
        for button in self.target_group.buttons():
            button.setChecked(button.property("target") == target)

    def proposed_date(self) -> date | None:
        parsed = self.proposed.parsed
        return parsed.first if parsed else None

    def inputs(self) -> Inputs:
        return Inputs(self.history.entries(), self.target(), self.proposed.text())

    def restore_inputs(self, inputs: Inputs) -> None:
        self.history.restore(inputs.rows)
        self.set_target(inputs.target)
        self.proposed.set_text(inputs.proposed_text)

    @Slot(object)
    def _on_proposed_date_requested(self, day: date) -> None:
        self.proposed.set_date(max(day, self._today))

    # --- actions ------------------------------------------------------------------------------------

    @Slot()
    def new_patient(self) -> None:
        """Clear every input; undoable with Ctrl+Z (nothing is written anywhere)."""
        snapshot = self.inputs()
        self.restore_inputs(Inputs([], TARGETS[0], ""))
        if not snapshot.is_empty:
            self._undo_inputs = snapshot
            self.undo_action.setEnabled(True)
            self.statusBar().showMessage("Cleared for a new patient. Undo with Ctrl+Z.", 15_000)
        self.history.rows[0].product.setFocus()

    @Slot()
    def undo_new_patient(self) -> None:
        if self._undo_inputs is None:
            return
        self.restore_inputs(self._undo_inputs)
        self._undo_inputs = None
        self.undo_action.setEnabled(False)
        self.statusBar().showMessage("Restored the previous patient's entries.", 5_000)

    def handout_actions(self) -> HandoutActions:
        """Print support is imported on first use: the first paint does not need it."""
        if self._handout is None:
            from .printing import HandoutActions

            self._handout = HandoutActions(
                self,
                lambda: self.plan,
                self.clinic,
                lambda: None if self._settings.page_size == "auto" else self._settings.page_size,
            )
        return self._handout

    def clinic(self) -> Clinic:
        s = self._settings
        return Clinic(s.name, s.address, s.phone, s.website)

    @Slot()
    def show_about(self) -> None:
        policy = self._policy
        box = QMessageBox(self)
        box.setWindowTitle("About Microneedling Window")
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(
            f"**Microneedling Window {__version__}**\n\n"
            f"Policy: {policy.label} (reviewed {policy.reviewed:%d %B %Y}; "
            f"next review {policy.next_review:%d %B %Y}). Its sources are under *Show Details*; "
            f"each rule's own sources are in the *Why this date* panel.\n\n"
            f"{section('disclaimer').body}"
        )
        sources = sorted({source for rule in policy.rules.values() for source in rule.sources})
        box.setDetailedText("Sources of the timing policy:\n\n" + "\n\n".join(sources))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.about_box = box

    @Slot()
    def _on_clock(self) -> None:
        """Keep 'today' true for a window left open past midnight."""
        if self._follow_clock and date.today() != self._today:
            self._today = date.today()
            self.history.set_today(self._today)
            self.proposed.set_today(self._today)
            self._on_inputs_changed()

    # --- window state (geometry only: never patient data) --------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


__all__ = ["TARGET_NAMES", "Inputs", "MainWindow", "row_problem", "treatment_from_entry"]
