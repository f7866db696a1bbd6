"""The two file fields of the settings: the clinic logo (checked and previewed) and the shared policy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.core import problem_said
from gui.store.policies import PolicyStore
from gui.store.settings import check_logo
from gui.ui.dialogs.common import choose_file, push_button
from gui.ui.i18n import translate, ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.hint_edit import HintLineEdit

PREVIEW_SIZE = QSize(96, 48)


def _read_png(path: str, size: QSize) -> QImage | None:
    image = QImage(path)
    if image.isNull():
        return None
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _render_svg(path: str, size: QSize) -> QImage | None:
    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        return None
    fitted = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    if fitted.isEmpty():
        fitted = size
    image = QImage(fitted, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        renderer.render(painter, QRectF(0, 0, fitted.width(), fitted.height()))
    return image


def load_logo(path_text: str, size: QSize = PREVIEW_SIZE) -> tuple[QImage | None, str | None]:
    """The logo scaled to fit ``size``, or why it cannot be used; (None, None) when no logo is set."""
    path_text = path_text.strip()
    if not path_text:
        return None, None
    problem = check_logo(path_text, ui_language())
    if problem is not None:
        return None, problem
    is_svg = Path(path_text).suffix.lower() == ".svg"
    image = _render_svg(path_text, size) if is_svg else _read_png(path_text, size)
    if image is None:
        if is_svg:
            problem = translate(
                "LogoField", "the file {name} cannot be read as an SVG image; choose another file"
            )
        else:
            problem = translate(
                "LogoField", "the file {name} cannot be read as a PNG image; choose another file"
            )
        return None, problem.format(name=Path(path_text).name)
    return image, None


def shared_policy_problem(path_text: str) -> str | None:
    """Why a file cannot serve as the shared policy, in words; None when it reads as a valid policy."""
    if not path_text.strip():
        return None
    result = PolicyStore.read(path_text.strip())
    if result.ok:
        return None
    first = result.problems[0]
    where = f"{first.key}: " if first.key else ""
    more = len(result.problems) - 1
    text = translate("SharedPolicyField", "this file is not a usable policy ({problem})")
    if more:
        text += translate("SharedPolicyField", " and %n more problem(s)", None, more)
    return text.format(problem=f"{where}{problem_said(first, ui_language())}")


class LogoField(Retranslating, QWidget):
    """Path + Choose…, with a small preview of the logo as it will print."""

    changed = Signal()
    chosen = Signal()  # a file was picked, so check it at once

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_dialog: QFileDialog | None = None
        self.edit = HintLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.choose_button = push_button("", "", self)
        self.preview = QLabel(self)
        self.preview.setMinimumSize(PREVIEW_SIZE + QSize(8, 8))  # grows for "No logo" in large type
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.edit, 0, 0)
        grid.addWidget(self.choose_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.preview, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text_changed)
        self.choose_button.clicked.connect(self._on_choose)
        self._problem: str | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setAccessibleName(self.tr("Logo file"))
        self.edit.setPlaceholderText(self.tr("PNG or SVG, up to 1 MB (optional)"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a logo file"))
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self._refresh()

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def problem(self) -> str | None:
        """Why the logo cannot be used (too big, not PNG/SVG, does not load); None when fine or unset."""
        return self._problem

    @Slot()
    def _on_choose(self) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = choose_file(
            self,
            self.tr("Choose the clinic logo"),
            self.tr("Logo images (*.png *.svg)"),
            self._on_file_chosen,
        )

    @Slot(str)
    def _on_file_chosen(self, path: str) -> None:
        if path == self.edit.text():
            self._refresh()  # the same name again may be a different file now
        else:
            self.set_path(path)
        self.chosen.emit()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        image, self._problem = load_logo(self.path())
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if not self.path() else "—")
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setToolTip(self.path() or self.tr("No logo: handouts show the clinic name only"))


class SharedPolicyField(Retranslating, QWidget):
    """Path + Choose… + Clear for the read-only policy file that every desk uses when it is set."""

    changed = Signal()
    chosen = Signal()  # picked or cleared, so check it at once

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_dialog: QFileDialog | None = None
        self.edit = HintLineEdit(self)
        self.choose_button = push_button("", "", self)
        self.clear_button = push_button("", "", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit)
        column.addLayout(buttons)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.choose_button.clicked.connect(self._on_choose)
        self.clear_button.clicked.connect(self._on_clear)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setAccessibleName(self.tr("Shared policy file"))
        self.edit.setPlaceholderText(self.tr("None: this desk uses its own policy"))
        self.choose_button.setText(self.tr("Choose &file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the shared policy file"))
        self.clear_button.setText(self.tr("Cl&ear"))
        self.clear_button.setAccessibleName(self.tr("Stop using a shared policy file"))

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    @Slot()
    def _on_choose(self) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = choose_file(
            self,
            self.tr("Choose the shared policy file"),
            self.tr("Policy files (*.toml)"),
            self._on_file_chosen,
        )

    @Slot(str)
    def _on_file_chosen(self, path: str) -> None:
        self.set_path(path)
        self.chosen.emit()

    @Slot()
    def _on_clear(self) -> None:
        self.edit.clear()
        self.chosen.emit()
