"""The policy editor: one table row per rule, checked like a policy file, saved only when signed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core import Policy, PolicyProblem, PolicyResult, format_day_month, policy_label
from gui.core.fingerprint import same_rules
from gui.core.policy_toml import signed_policy
from gui.core.words.common import version_number
from gui.ui.app_theme import style_part
from gui.ui.dialogs.common import buddy_label, push_button, repolish
from gui.ui.dialogs.policy_parts import PolicyMetaForm, RuleDetail
from gui.ui.dialogs.policy_prompts import PolicyPrompts
from gui.ui.dialogs.policy_rows import (
    APPROVED_BEFORE,
    META_FIELDS,
    SAVE_WORDS,
    STALE_BASIS,
    Selected,
    arrange,
    banner_text,
    check_rows,
    copied_for_product,
    meta_from_policy,
    product_choices,
    renamed,
    rows_from_policy,
    stale_basis,
    words,
)
from gui.ui.dialogs.rule_table import EDIT_TRIGGERS, RuleTableModel, column_of, make_rule_view, size_columns
from gui.ui.dialogs.screening_page import ScreeningPage
from gui.ui.i18n import translate, ui_language
from gui.ui.widgets.column_scroll import ColumnScroll

# A full check takes ~50 ms (every duration is tried from many start dates), so typing is checked
# once the person pauses; a committed table cell, Save, Import and Export check at once.
TYPING_PAUSE_MS = 250
ROLE = Qt.ItemDataRole.UserRole


class PolicyEditor(QDialog):
    """Edit, sign, save, import, export or reset the timing policy. The editor asks and the window's
    controller (:class:`gui.ui.window.policy_files.PolicyFiles`) does the file work, then answers
    through :meth:`saved`, :meth:`imported`, :meth:`exported`, :meth:`reset_done` and the others.

    Requests: ``save_requested(Policy)`` for a signed, valid policy; ``import_requested(path)``;
    ``export_requested(Policy, path)``; ``reset_requested()`` once the person confirmed. After the
    answer, ``policy_saved(Policy)`` or ``policy_reset(Policy)`` tells the window the policy in force,
    and ``policy_exported(Policy, path)`` what was written where (the shared file, perhaps).

    On a desk that uses a shared policy file the editor opens read-only; Import brings a file in to
    check and sign, and Export (signed, after the check sheet) writes it over the shared file: the
    desk saves no policy of its own while the shared one is in force.
    """

    save_requested = Signal(object)
    import_requested = Signal(str)
    export_requested = Signal(object, str)
    reset_requested = Signal()
    policy_exported = Signal(object, str)
    policy_saved = Signal(object)
    policy_reset = Signal(object)

    def __init__(
        self,
        policy: Policy,
        origin: str,
        read_only: bool,
        parent: QWidget | None = None,
        *,
        default: Policy,
        folder: Path,
        shared_path: str = "",
        set_aside: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        # The clinic's file a fallback set aside (changed after approval, or broken): Import opens on it.
        self.set_aside = set_aside
        self.default, self.folder = default, folder
        self.base = policy
        self.in_force = policy  # what the desk uses now: the check sheet marks what signing changes
        self.read_only = read_only
        self._shared_path = shared_path
        self._save_tried = False
        self._fix_first = False  # the status says 'Not saved: fix the problems'
        self._typing = False
        self._problems: tuple[PolicyProblem, ...] = ()
        self._checked: Policy | None = None  # the editor's content as a policy, when it has no problem
        self._unsaved = False  # edited since it was opened, imported, reset or saved
        self._origin = origin
        self.import_notice: list[str] = []
        self.sheet_dialog: QDialog | None = None  # the check sheet shown before signing
        self._build(today or date.today())
        self._lay_out()
        self.prompts = PolicyPrompts(self)
        self.retranslate_ui()
        self._connect_signals()
        self.load(policy, origin)
        self._set_read_only(read_only)

    # --- construction -------------------------------------------------------------------------------

    def _build(self, today: date) -> None:
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(TYPING_PAUSE_MS)
        self.banner = QLabel(self)
        style_part(self.banner)  # the attention colours when it says something to act on
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.meta_form = PolicyMetaForm(today, self)
        self.model = RuleTableModel(self)
        self.table = make_rule_view(self.model, self)
        self.detail = RuleDetail(self)
        self.tabs = QTabWidget(self)
        self.screening = ScreeningPage(self)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.problem_list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.status = QLabel(self)
        style_part(self.status)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.import_button, self.export_button = push_button("", "", self), push_button("", "", self)
        self.reset_button, self.close_button = push_button("", "", self), push_button("", "", self)
        self.save_button = push_button("", "", self)
        # A product's own rule, copied from its class's rule (and removed again: the class's then applies).
        self.copy_button, self.remove_rule_button = push_button("", "", self), push_button("", "", self)
        self.copy_menu = QMenu(self.copy_button)
        self.copy_button.setMenu(self.copy_menu)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Timing policy"))
        self.banner.setAccessibleName(self.tr("About this policy"))
        self.problem_list.setAccessibleName(self.tr("Problems to fix before saving"))
        self.status.setAccessibleName(self.tr("Policy editor status"))
        texts = (
            (self.import_button, self.tr("&Import…"), self.tr("Import a policy file")),
            (self.export_button, self.tr("&Export…"), self.tr("Export this policy to a file")),
            (self.reset_button, self.tr("&Reset to default"), self.tr("Reset to the default policy")),
            (self.close_button, self.tr("C&lose"), self.tr("Close the policy editor")),
            (self.save_button, self.tr("&Save"), self.tr("Save this signed policy as the clinic policy")),
            (
                self.copy_button,
                self.tr("Rule for one produ&ct…"),
                self.tr("Copy the selected class rule into a rule for one of its products"),
            ),
            (
                self.remove_rule_button,
                self.tr("Remove product r&ule"),
                self.tr("Remove the selected product rule; its class's rule applies again"),
            ),
        )
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)
        self.tabs.setTabText(0, self.tr("Timin&g rules"))
        self.tabs.setTabText(1, self.tr("Screening &questions"))
        self.tabs.setAccessibleName(self.tr("Rules and screening questions"))
        if self.read_only:
            self.table_label.setText(self.tr("&Timing rules (read-only)"))
        else:
            self.table_label.setText(self.tr("&Timing rules (double-click a wait to change it)"))
        self.problems_label.setText(self.tr("&Problems to fix before saving"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.rows = renamed(self.base, self.model.rows)
            self.model.retranslate()
            row = self.table.currentIndex().row()
            self.detail.show_row(self.model.rows[row] if 0 <= row < len(self.model.rows) else None)
            size_columns(self.table)
            self._set_banner(self._origin)
            self._show_problems()
        super().changeEvent(event)

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
        self.table_label = buddy_label("", self.table, self)
        self.problems_label = buddy_label("", self.problem_list, self)
        rules_page = QWidget(self.tabs)
        rules = QVBoxLayout(rules_page)
        rules.addWidget(self.table_label)
        rules.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.copy_button)
        row_buttons.addWidget(self.remove_rule_button)
        row_buttons.addStretch(1)
        rules.addLayout(row_buttons)
        rules.addWidget(self.detail)
        self.tabs.addTab(rules_page, "")
        self.tabs.addTab(ColumnScroll(self.screening), "")  # scrolls in large text on a small screen
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.problems_label)
        outer.addWidget(self.problem_list)
        outer.addWidget(self.status)
        outer.addLayout(buttons)
        self.resize(1180, 760)

    def _connect_signals(self) -> None:
        self.check_timer.timeout.connect(self.validate)
        self.meta_form.changed.connect(self._on_typed)
        self.model.edited.connect(self._on_edited)
        self.screening.edited.connect(self._on_edited)
        self.screening.typed.connect(self._on_typed)
        self.screening.selection_changed.connect(self._show_problems)
        self.detail.edited.connect(self._on_detail_edited)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.problem_list.itemActivated.connect(self._on_problem_activated)
        self.import_button.clicked.connect(self._on_import)
        self.export_button.clicked.connect(self._on_export)
        self.reset_button.clicked.connect(self._on_reset)
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save)
        self.copy_menu.aboutToShow.connect(self._fill_copy_menu)
        self.remove_rule_button.clicked.connect(self._on_remove_rule)

    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        self.retranslate_ui()
        self.problems_label.setVisible(not read_only)
        self.problem_list.setVisible(not read_only)
        self.meta_form.set_read_only(read_only)
        self.detail.set_read_only(read_only)
        self.screening.set_read_only(read_only)
        for button in (self.save_button, self.reset_button):  # no desk policy while a shared one is in force
            button.setEnabled(not read_only and not self._shared_path)
        self._sync_row_buttons()

    # --- content ------------------------------------------------------------------------------------

    def load(self, policy: Policy, origin: str) -> None:
        """Show ``policy`` (on opening, after an import or a reset); the table is refilled."""
        self.base = policy
        self.model.set_rows(rows_from_policy(policy))
        size_columns(self.table)
        # A signature is typed for each signing, never inherited: whoever saves types who approved
        # the rules they save, and when (the banner names the approval in force). Read-only, the
        # editor shows the policy as signed.
        meta = meta_from_policy(policy)
        self.meta_form.set_meta(meta if self.read_only else replace(meta, approved_by="", approved_on=None))
        self._set_banner(origin)
        self.table.setCurrentIndex(self.model.index(0, column_of("earliest")))
        self.screening.load(policy)
        self._unsaved = False
        self.validate()

    def _set_banner(self, origin: str) -> None:
        self._origin = origin
        path = self._shared_path or self.base.source
        label = policy_label(self.base, ui_language())
        text, attention = banner_text(label, origin, path if self.read_only else None)
        if self._shared_path and not self.read_only:  # Save is off here: the shared file's way instead
            more = self.tr(
                "This desk uses the shared policy file {path}: to change what every desk uses, sign this "
                "policy and Export it over that file."
            )
            text, attention = f"{label}. {more.format(path=self._shared_path)}", True
        if self.set_aside is not None and origin != "imported" and not self.read_only:
            more = self.tr(
                "The file that was not used is kept as {file}: press Import to open it, check it and sign "
                "it again."
            )
            text = f"{text} {more.format(file=self.set_aside.name)}"
        self.banner.setText(text)
        self.banner.setObjectName("attention" if attention else "")
        repolish(self.banner)

    def validate(self) -> PolicyResult:
        """Check the editor's content exactly as a policy file is checked, and show every problem."""
        self.check_timer.stop()
        result = check_rows(self.base, self.meta_form.meta(), self.model.rows, self.screening.rows)
        self._problems = result.problems
        self._checked = result.policy
        self._show_problems()
        if self._fix_first and result.policy is not None and not self.signature_problems():
            self.set_status("")  # 'Not saved: fix the problems' is no longer true
        elif self._fix_first:
            self._say_not_saved()  # with the number still to fix
        return result

    def _say_not_saved(self) -> None:
        count = self.problem_list.count() - len(self.import_notice)
        text = translate(
            "PolicyEditor",
            "⚠ Not saved: fix the %n problem(s) listed below the table, then press Save.",
            None,
            count,
        )
        self.set_status(text, error=True)
        self._fix_first = True

    def signature_problems(self) -> dict[str, str]:
        meta = self.meta_form.meta()
        missing = {
            "name": self._named_as_shipped(meta.name),
            "version": self._same_version_new_rules(meta.name, meta.version),
            "approved_by": not meta.approved_by,
            "approved_on": meta.approved_on is None,
        }
        said = {field: words(SAVE_WORDS[field]) for field, absent in missing.items() if absent}
        signed_before = self.in_force.approved_on
        if meta.approved_on is not None and signed_before is not None and meta.approved_on < signed_before:
            said["approved_on"] = words(APPROVED_BEFORE).format(
                day=format_day_month(signed_before, ui_language())
            )
        return said

    def _same_version_new_rules(self, name: str, version: str) -> bool:
        """Other rules under the name and version of the signed policy in force: two papers would name
        different rules alike."""
        in_force = self.in_force
        if not in_force.approved_by or self._checked is None:
            return False
        same_name = name.strip().casefold() == in_force.name.strip().casefold()
        same = same_name and version_number(version) == version_number(in_force.version)
        return same and not same_rules(self._checked, in_force)

    def _named_as_shipped(self, name: str) -> bool:
        """Changed rules under the shipped default's name: every screen and paper would call the
        clinic's rules the default's, so saving asks for a name of the clinic's own."""
        shipped = {" ".join(n.casefold().split()) for n in (self.default.name, self.default.name_es) if n}
        typed = " ".join(name.casefold().split())
        return typed in shipped and self._checked is not None and not same_rules(self._checked, self.default)

    def _show_problems(self) -> None:
        asked = self.signature_problems() if not self.read_only else {}
        signature = asked if self._save_tried else {}
        selected = Selected(self.table.currentIndex().row(), self.screening.selected())
        arranged = arrange(self._problems, self.model.rows, selected, signature, self.screening.rows)
        self.model.set_marks({(row, column_of(field)): said for (row, field), said in arranged.cells.items()})
        self.screening.set_problems(arranged.questions, arranged.question_beside)
        beside = dict(arranged.beside)
        row = selected.rule
        if (
            0 <= row < len(self.model.rows)
            and not self.read_only
            and stale_basis(self.model.rows[row], self.in_force)
        ):
            beside.setdefault("basis", words(STALE_BASIS))  # a caution beside the reason, not a problem
        for field, note in {**self.meta_form.notes, **self.detail.notes}.items():
            note.set_problem(beside.get(field, ""))
        self.problem_list.clear()
        for line in self.import_notice:
            self.problem_list.addItem(line)
        for said, place in arranged.listed:
            item = QListWidgetItem(f"⚠ {said}")
            item.setData(ROLE, (place.row, place.field, place.screening))
            self.problem_list.addItem(item)
        if self.problem_list.count() == 0:
            still = [f for f in META_FIELDS if f in asked]
            if still:  # not "no problems" above what Save will still ask for
                passed = self.tr("✓ The rules pass the same checks as a policy file. To save, it needs:")
            else:
                passed = self.tr("✓ No problems: this policy passes the same checks as a policy file.")
            self.problem_list.addItem(passed)
            for field in still:  # what Save will ask for, said before it
                item = QListWidgetItem(asked[field])
                item.setData(ROLE, (None, field, False))  # activated: the field to fill in
                self.problem_list.addItem(item)

    def set_status(self, text: str, error: bool = False) -> None:
        self._fix_first = False
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
            self.tabs.setCurrentIndex(0)
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.screening.model.marks:
            self._show_question(*min(self.screening.model.marks))

    def _show_question(self, row: int, column: int) -> None:
        self.tabs.setCurrentIndex(1)
        self.screening.table.setCurrentIndex(self.screening.model.index(row, column))
        self.screening.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots --------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (the button, Escape, the title bar): with changes not saved, only once the person says
        to lose them."""
        if self._unsaved and not self.read_only and self.isVisible():
            self.prompts.confirm_discard(self._discard)
            return
        super().reject()

    def _discard(self) -> None:
        self._unsaved = False
        self.reject()

    @Slot()
    def _on_edited(self) -> None:
        self._unsaved = True
        if self._typing:
            self._on_typed()
        else:
            self.import_notice = []
            self.validate()

    @Slot()
    def _on_typed(self) -> None:
        self._unsaved = True
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
            self._sync_row_buttons()

    def _selected_row(self) -> int:
        row = self.table.currentIndex().row()
        return row if 0 <= row < len(self.model.rows) else -1

    def _sync_row_buttons(self) -> None:
        row = self._selected_row()
        rule = self.model.rows[row] if row >= 0 else None
        can_edit = rule is not None and not self.read_only
        choices = product_choices(self.base, self.model.rows, rule) if rule is not None else []
        self.copy_button.setEnabled(can_edit and bool(choices))
        self.remove_rule_button.setEnabled(can_edit and rule is not None and rule.members is None)

    @Slot()
    def _fill_copy_menu(self) -> None:
        self.copy_menu.clear()
        row = self._selected_row()
        if row < 0:
            return
        for product_id, name in product_choices(self.base, self.model.rows, self.model.rows[row]):
            action = self.copy_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, p=product_id: self.copy_for_product(p))

    def copy_for_product(self, product_id: str) -> None:
        """A rule for ``product_id`` before the selected class rule's treatment, with the class's values,
        placed just after it and selected to be changed."""
        row = self._selected_row()
        if row < 0 or self.read_only:
            return
        self.model.insert_row(row + 1, copied_for_product(self.base, self.model.rows[row], product_id))
        self.table.setCurrentIndex(self.model.index(row + 1, column_of("earliest")))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_remove_rule(self) -> None:
        row = self._selected_row()
        if row < 0 or self.read_only or self.model.rows[row].members is not None:
            return  # a class's rule stays: every product of the class needs a wait
        self.model.remove_row(row)
        self.table.setCurrentIndex(self.model.index(max(0, row - 1), column_of("earliest")))

    @Slot(QListWidgetItem)
    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if not isinstance(target, tuple):
            return  # an import notice or the all-clear line
        row, field, screening = target
        if isinstance(row, int) and screening:
            self.tabs.setCurrentIndex(1)
            self.screening.select(row, field)
        elif isinstance(row, int):
            self.tabs.setCurrentIndex(0)
            self.table.setCurrentIndex(self.model.index(row, column_of(field)))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field in META_FIELDS:
            self.meta_form.focus_target(field).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_save(self) -> None:
        self._save_tried = True
        result = self.validate()
        if result.policy is None or self.signature_problems():
            self._say_not_saved()
            self.focus_first_problem()
            return
        self.show_sheet(result.policy)

    def show_sheet(self, policy: Policy, export: bool = False) -> None:
        """The check sheet of the policy as it will be signed; Sign and save asks the controller to
        save it (``export``: Sign and export asks where to write it, signed), Back leaves everything
        as typed."""
        try:
            signed = signed_policy(policy)
        except ValueError as exc:
            self.refused(str(exc))
            return
        from gui.ui.dialogs.sign_sheet import SignSheetDialog  # Qt's print support: loaded when used

        dialog = SignSheetDialog(signed, self, export=export, in_force=self.in_force)
        if export:
            dialog.accepted.connect(lambda: self._choose_export(signed))
        else:
            dialog.accepted.connect(lambda: self.save_requested.emit(policy))
        dialog.finished.connect(dialog.deleteLater)
        self.sheet_dialog = dialog
        dialog.open()

    @Slot()
    def _on_import(self) -> None:
        shared = Path(self._shared_path) if self._shared_path else None
        self.prompts.choose_import(self.import_requested.emit, self.set_aside or shared)

    @Slot()
    def _on_export(self) -> None:
        """Read-only: the policy as it is signed. Otherwise what the editor shows: with an approver
        or a date typed, a signing (check sheet first, then written with its fingerprint); with
        neither, an unsigned draft, which no desk uses until someone signs it."""
        if self.read_only:
            self._choose_export(self.base)
            return
        self._save_tried = True  # the signature's fields say what they miss, as for Save
        result = self.validate()
        meta = self.meta_form.meta()
        signing = bool(meta.approved_by) or meta.approved_on is not None
        if result.policy is None or (signing and self.signature_problems()):
            self.set_status(self.prompts.not_exported(), True)
            self.focus_first_problem()
            return
        if signing:
            self.show_sheet(result.policy, export=True)
        else:
            self._choose_export(result.policy)

    def _choose_export(self, policy: Policy) -> None:
        target = self._shared_path or "policy.toml"
        self.prompts.choose_export(lambda path: self.export_requested.emit(policy, path), target)

    @Slot()
    def _on_reset(self) -> None:
        self.prompts.confirm_reset(self.default, self.folder, self.reset_requested.emit)

    # --- answers from the controller ----------------------------------------------------------------

    def saved(self, policy: Policy) -> None:
        """The clinic's policy is now ``policy``: it becomes the base, and the window hears of it."""
        self.base = self.in_force = policy
        self._unsaved = False
        self.set_aside = None  # signed again, or replaced: the fallback is over
        self._set_banner("clinic")
        said = self.tr("✓ Saved as this clinic's policy: {policy}.")
        self.set_status(said.format(policy=policy_label(self.base, ui_language())))
        self.policy_saved.emit(self.base)

    def refused(self, problem: str) -> None:
        """The store would not save it (``problem`` in words); the table is as it was."""
        self.set_status(self.prompts.refused(problem), error=True)

    def failed(self, kind: str, folder: Path, error: OSError) -> None:
        """A folder could not be written (``kind``: save, export or reset); nothing typed is lost."""
        what = self.prompts.failure_words(kind)
        self.set_status(self.tr("⚠ {what}: see the message.").format(what=what), error=True)
        self.prompts.tell_failure(what, folder, error)

    def import_refused(self, name: str, problems: tuple[PolicyProblem, ...]) -> None:
        self.import_notice, status = self.prompts.import_refused(name, problems)
        self.validate()
        self.set_status(status, True)

    def imported(self, policy: Policy, path: str) -> None:
        if self.read_only:  # a shared desk: the file comes in to be checked, signed and exported
            self._set_read_only(False)
        self.load(policy, "imported")
        self.set_status(self.prompts.imported(policy, path))

    def exported(self, policy: Policy, path: str) -> None:
        self.set_status(self.prompts.exported(policy, path))
        self.policy_exported.emit(policy, path)

    def reset_done(self, default: Policy, kept: str) -> None:
        """Back to ``default``; the clinic's file was kept aside as ``kept`` (empty: there was none)."""
        self.in_force = default
        self.set_aside = None  # the clinic's file and what was set aside are left behind
        self.load(default, "default")
        self.set_status(self.prompts.reset_done(default, kept))
        self.policy_reset.emit(default)
