"""Does every visible word fit its widget? One function per kind of widget, each returning problems in words.

Measured with the widget's own font metrics and the style's own sub-rectangles, so the checks hold at any
font size and in any style (Fusion alone, or Fusion under the high-contrast style sheet).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    Qt as GuiQt,  # Qt.mightBeRichText lives in QtGui's Qt namespace
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QTabBar,
    QWidget,
)

LINE_EDIT_PADDING = 4  # QLineEdit keeps 2 px either side of its text (QLineEditPrivate::horizontalMargin)


def shown(top: QWidget, kind: type[QWidget]) -> Iterator[QWidget]:
    for widget in top.findChildren(kind):
        if widget.isVisibleTo(top) and widget.window() is top:
            yield widget


def describe(widget: QWidget, text: str = "") -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {name!r} {text[:60]!r}"


def outside_parents(widget: QWidget, top: QWidget) -> str | None:
    """The first ancestor that cuts ``widget`` off, unless that ancestor scrolls (a scroll area's view)."""
    rect, child, parent = widget.rect(), widget, widget.parentWidget()
    while parent is not None and child is not top:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            # Scrolled out of view is by design, except sideways when the area never scrolls sideways.
            sideways = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            inside = sideways or (rect.left() >= 0 and rect.right() <= parent.width() - 1)
            return None if inside else f"{describe(widget)} is cut off sideways by {type(area).__name__}"
        if not parent.rect().contains(rect):
            return f"{describe(widget)} sticks out of {type(parent).__name__} ({rect} in {parent.rect()})"
        child, parent = parent, parent.parentWidget()
    return None


def _plain(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.PlainText or (
        fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(label.text())
    )


def _shown_text(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:  # '&P' is drawn as an underlined P
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def label_problem(label: QLabel) -> str | None:
    text = _shown_text(label)
    if not text.strip():
        return None
    inner = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return (
            f"{describe(label, text)}: wraps to {need} px, shown in {label.height()}"
            if need > label.height()
            else None
        )
    metrics = label.fontMetrics()
    if _plain(label):
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * (len(lines) - 1) + metrics.height()
    else:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        width, height = doc.idealWidth(), doc.size().height()
    if width > inner.width() + 0.5 or height > inner.height() + 0.5:
        return (
            f"{describe(label, text)}: needs {width:.0f}×{height:.0f}, has {inner.width()}×{inner.height()}"
        )
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if button.metaObject().className() == "QLineEditIconButton":
        return None  # a line edit's clear button draws only its icon; its text is its spoken name
    hint, size = button.sizeHint(), button.size()
    if hint.width() > size.width() or hint.height() > size.height():
        return f"{describe(button, button.text())}: needs {hint.toTuple()}, has {size.toTuple()}"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.width() < hint.width() or not bar.rect().contains(rect):
            problems.append(f"tab {bar.tabText(index)!r}: {rect} for {hint.toTuple()} in {bar.rect()}")
    return problems


def _needs(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text) + LINE_EDIT_PADDING


def line_edit_problem(edit: QLineEdit) -> str | None:
    text = edit.text() or edit.placeholderText()
    if not text:
        return None
    margins = edit.textMargins()
    room = (
        edit.contentsRect().width()
        - margins.left()
        - margins.right()
        - 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    )
    room -= sum(b.width() for b in edit.findChildren(QWidget) if b.isVisible())  # the clear button
    needs = _needs(edit, text)
    return f"{describe(edit, text)}: needs {needs} px, has {room}" if needs > room else None


def combo_problem(combo: QComboBox) -> str | None:
    editor = combo.lineEdit()
    text = combo.currentText() or (editor.placeholderText() if editor else "")
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needs = _needs(combo, text)
    return (
        f"{describe(combo, text)}: needs {needs} px, has {field.width()}" if needs > field.width() else None
    )


def spin_box_problem(spin: QAbstractSpinBox) -> str | None:
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    field = spin.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxEditField, spin
    )
    needs = _needs(spin, spin.text())
    return (
        f"{describe(spin, spin.text())}: needs {needs} px, has {field.width()}"
        if needs > field.width()
        else None
    )


def _inside_compound(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox))


def clipped(top: QWidget) -> list[str]:
    """Every visible label, button, tab, field, list and spin box whose words do not fit."""
    problems: list[str | None] = []
    problems += [label_problem(label) for label in shown(top, QLabel)]
    problems += [button_problem(b) for b in shown(top, QAbstractButton) if b.text()]
    problems += [p for bar in shown(top, QTabBar) for p in tab_problems(bar)]
    edits = [e for e in shown(top, QLineEdit) if not _inside_compound(e, top)]
    problems += [line_edit_problem(e) for e in edits]
    problems += [combo_problem(c) for c in shown(top, QComboBox)]
    problems += [spin_box_problem(s) for s in shown(top, QAbstractSpinBox)]
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)
    problems += [outside_parents(w, top) for kind in kinds for w in shown(top, kind)]
    return sorted({p for p in problems if p})
