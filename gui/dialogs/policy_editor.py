"""The policy editor: one table row per rule, checked like a policy file, saved only when signed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..policy_store import PolicyStore
from ..timing import Policy, PolicyProblem, PolicyResult
from .common import buddy_label, push_button, repolish
from .policy_actions import PolicyFileActions
from .policy_parts import PolicyMetaForm, RuleDetail
from .policy_rows import (
    META_FIELDS,
    SIGNATURE_WORDS,
    arrange,
    check_rows,
    meta_from_policy,
    rows_from_policy,
)
from .rule_table import RuleTableModel, column_of, make_rule_view

ORIGIN_WORDS = {
    "default": "This is the default policy that ships with the app. Change it, say who approved it "
    "and press Save to make it this clinic's policy.",
    "clinic": "This is this clinic's own policy, saved on this computer.",
    "clinic-last-good": "The clinic's policy file could not be used, so this is the last good copy of it.",
    "shared": "This is the shared policy file.",
    "shared-last-good": "This is the last good copy of the shared policy file.",
    "imported": "Imported from a file: check it, say who approved it and press Save to make it "
    "this clinic's policy.",
}
# A full check takes ~50 ms (every duration is tried from many start dates), so typing is checked
# once the person pauses; a committed table cell, Save, Import and Export check at once.
TYPING_PAUSE_MS = 250
ROLE = Qt.ItemDataRole.UserRole


class PolicyEditor(QDialog):
    """Edit, sign, save, import, export or reset the timing policy through ``store``.

    ``policy_saved(Policy)`` fires after the store saved a signed policy; ``policy_reset(Policy)``
    after the store went back to the default. The window switches to the policy it is given.
    """

    policy_saved = Signal(object)
    policy_reset = Signal(object)

    def __init__(
        self,
        policy: Policy,
        origin: str,
        read_only: bool,
        store: PolicyStore,
        parent: QWidget | None = None,
        *,
        shared_path: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Timing policy")
        self.store = store
        self.base = policy
        self.read_only = read_only
        self._shared_path = shared_path
        self._save_tried = False
        self._typing = False
        self._problems: tuple[PolicyProblem, ...] = ()
        self.import_notice: list[str] = []
        self._build(today or date.today())
        self._lay_out()
        self.files = PolicyFileActions(self)
        self._connect_signals()
        self.load(policy, origin)
        self._set_read_only(read_only)

    # --- construction -------------------------------------------------------------------------------

    def _build(self, today: date) -> None:
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(TYPING_PAUSE_MS)
        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("About this policy")
        self.meta_form = PolicyMetaForm(today, self)
        self.model = RuleTableModel(self)
        self.table = make_rule_view(self.model, self)
        self.detail = RuleDetail(self)
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName("Problems to fix before saving")
        self.problem_list.setWordWrap(True)
        self.problem_list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Policy editor status")
        self.import_button = push_button("&Import…", "Import a policy file", self)
        self.export_button = push_button("&Export…", "Export this policy to a file", self)
        self.reset_button = push_button("&Reset to default", "Reset to the default policy", self)
        self.close_button = push_button("C&lose", "Close the policy editor", self)
        self.save_button = push_button("&Save", "Save this signed policy as the clinic policy", self)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(self.meta_form)
        self.table_label = buddy_label("&Timing rules (double-click a wait to change it)", self.table, self)
        self.problems_label = buddy_label("&Problems to fix before saving", self.problem_list, self)
        outer.addWidget(self.table_label)
        outer.addWidget(self.table, 1)
        outer.addWidget(self.detail)
        outer.addWidget(self.problems_label)
        outer.addWidget(self.problem_list)
        outer.addWidget(self.status)
        outer.addLayout(buttons)
        self.resize(1180, 760)

    def _connect_signals(self) -> None:
        self.check_timer.timeout.connect(self.validate)
        self.meta_form.changed.connect(self._on_typed)
        self.model.edited.connect(self._on_edited)
        self.detail.edited.connect(self._on_detail_edited)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.problem_list.itemActivated.connect(self._on_problem_activated)
        self.import_button.clicked.connect(self.files.ask_import)
        self.export_button.clicked.connect(self.files.ask_export)
        self.reset_button.clicked.connect(self.files.ask_reset)
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save)

    def _set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table_label.setText("&Timing rules (read-only)")
        self.problems_label.setVisible(not read_only)
        self.problem_list.setVisible(not read_only)
        self.meta_form.set_read_only(read_only)
        self.detail.set_read_only(read_only)
        for button in (self.save_button, self.reset_button, self.import_button):
            button.setEnabled(not read_only)

    # --- content ------------------------------------------------------------------------------------

    def load(self, policy: Policy, origin: str) -> None:
        """Show ``policy`` (on opening, after an import or a reset); the table is refilled."""
        self.base = policy
        self.model.set_rows(rows_from_policy(policy))
        self.meta_form.set_meta(meta_from_policy(policy))
        self._set_banner(origin)
        self.table.setCurrentIndex(self.model.index(0, column_of("earliest")))
        self.validate()

    def _set_banner(self, origin: str) -> None:
        if self.read_only:
            path = self._shared_path or self.base.source
            text = (
                f"⚠ This desk uses the shared policy file {path}; change it there. Shown: {self.base.label}."
            )
            attention = True
        else:
            attention = origin.endswith("last-good")
            text = f"{'⚠ ' if attention else ''}{self.base.label}. {ORIGIN_WORDS.get(origin, '')}"
        self.banner.setText(text)
        self.banner.setObjectName("attention" if attention else "")
        repolish(self.banner)

    def validate(self) -> PolicyResult:
        """Check the editor's content exactly as a policy file is checked, and show every problem."""
        self.check_timer.stop()
        result = check_rows(self.base, self.meta_form.meta(), self.model.rows)
        self._problems = result.problems
        self._show_problems()
        return result

    def signature_problems(self) -> dict[str, str]:
        meta = self.meta_form.meta()
        missing = {"approved_by": not meta.approved_by, "approved_on": meta.approved_on is None}
        return {field: SIGNATURE_WORDS[field] for field, absent in missing.items() if absent}

    def _show_problems(self) -> None:
        signature = list(self.signature_problems()) if self._save_tried else []
        arranged = arrange(self._problems, self.model.rows, self.table.currentIndex().row(), signature)
        self.model.set_marks(
            {(row, column_of(field)): words for (row, field), words in arranged.cells.items()}
        )
        for field, note in {**self.meta_form.notes, **self.detail.notes}.items():
            note.set_problem(arranged.beside.get(field, ""))
        self.problem_list.clear()
        for line in self.import_notice:
            self.problem_list.addItem(line)
        for words, place in arranged.listed:
            item = QListWidgetItem(f"⚠ {words}")
            item.setData(ROLE, (place.row, place.field))
            self.problem_list.addItem(item)
        if self.problem_list.count() == 0:
            self.problem_list.addItem("✓ No problems: this policy passes the same checks as a policy file.")

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("state", "error" if error else "")
        repolish(self.status)

    def focus_first_problem(self) -> None:
        for field in META_FIELDS:
            if self.meta_form.notes[field].problem:
                self.meta_form.focus_target(field).setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.model.marks:
            row, column = min(self.model.marks)
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots --------------------------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        if self._typing:
            self._on_typed()
        else:
            self.import_notice = []
            self.validate()

    @Slot()
    def _on_typed(self) -> None:
        self.import_notice = []
        self.check_timer.start()

    @Slot(str, object)
    def _on_detail_edited(self, field: str, value: object) -> None:
        row = self.table.currentIndex().row()
        if row >= 0 and not self.read_only:
            self._typing = True
            self.model.set_field(row, field, value)
            self._typing = False

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row() or not previous.isValid():
            rows = self.model.rows
            self.detail.show_row(rows[current.row()] if 0 <= current.row() < len(rows) else None)
            self._show_problems()

    @Slot(QListWidgetItem)
    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if not isinstance(target, tuple):
            return  # an import notice or the all-clear line
        row, field = target
        if isinstance(row, int):
            self.table.setCurrentIndex(self.model.index(row, column_of(field)))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field in META_FIELDS:
            self.meta_form.focus_target(field).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_save(self) -> None:
        self._save_tried = True
        result = self.validate()
        if result.policy is None or self.signature_problems():
            count = self.problem_list.count() - len(self.import_notice)
            what = "the problem" if count == 1 else f"the {count} problems"
            self.set_status(f"⚠ Not saved: fix {what} listed below the table, then press Save.", error=True)
            self.focus_first_problem()
            return
        self.files.save(result.policy)

    def saved(self, policy: Policy) -> None:
        """The store saved ``policy``: it becomes the base, and the window hears of it."""
        self.base = replace(policy, source=str(self.store.clinic_path))
        self._set_banner("clinic")
        self.set_status(f"✓ Saved as this clinic's policy: {self.base.label}.")
        self.policy_saved.emit(self.base)
