"""A Spanish window with a realistic plan says nothing in English: headline, Why panel, timeline, attention
banner, status bar and the typed-date echo; switching back to English brings every English word back."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from html import unescape

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.core import Precision, load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.core.words.common import source_text
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 11, 24)
Switch = Callable[[str], str]
# Words a Spanish screen must not show; each is matched as a whole word (or phrase), case and all.
ENGLISH = (
    "Earliest", "earliest", "Today", "today", "Ideal window", "ideal window", "Too early", "too early",
    "Waning", "Worn off", "worn off", "Wait at least", "days", "day", "weeks", "months", "Policy",
    "policy", "Limited evidence", "Approximate", "Check the entries", "entries", "around", "before",
    "after", "Proposed", "Allowed", "within", "Why", "Rule", "Evidence", "Sources", "Notes", "row",
    "Not understood", "Default", "expert opinion", "is", "the", "and", "Treatment", "Tuesday", "Nov",
)  # fmt: skip
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH) + r")\b")


def english_in(text: str) -> list[str]:
    return sorted(set(_ENGLISH.findall(text)))


def plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def window(qtbot: QtBot, switch_to: Switch) -> Iterator[MainWindow]:
    """Botox on 10 Nov 2026, HA filler around 20 Oct 2026 ± 5 days, proposed 1 Dec 2026; today 24 Nov 2026."""
    QApplication.setOrganizationName("Microneedling Window Tests")
    switch_to("es")
    win = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    first = win.history.rows[0]
    first.product.set_product("botox")
    first.date.set_text("10 nov 2026")
    second = win.history.add_row()
    second.product.set_product("ha-filler")
    second.date.set_text("20 oct 2026")
    second.pick_precision(Precision.AROUND, 5)
    win.proposed.set_text("1 dic 2026")
    yield win


def add_bad_row(window: MainWindow) -> None:
    """A third row whose date does not exist: not counted, so the attention banner names it."""
    bad = window.history.add_row()
    bad.product.set_product("dysport")
    bad.date.set_text("2026-02-31")


def headline_texts(window: MainWindow) -> dict[str, str]:
    h = window.headline
    return {
        "today": h.today_label.text(),
        "earliest": h.earliest_label.text(),
        "bookable": h.bookable_label.text(),
        "ideal": h.ideal_label.text(),
        "verdict": plain(h.verdict_label.text()),
        "verdict name": h.verdict_frame.accessibleName(),
        "warning": h.warning_label.text(),
    }


def why_text(window: MainWindow) -> str:
    """The Why panel's words, without the sources: they are cited as published, in English (only the
    kind that closes each, '(consenso)', is said in Spanish)."""
    window.panels.setCurrentWidget(window.panels.why)  # written when shown
    text = window.panels.why.toPlainText()
    assert window.plan is not None
    for reason in window.plan.reasons:
        for source in reason.sources:
            said = source_text(source, "es")
            assert said != source  # its kind in Spanish
            text = text.replace(said, "")
    return text


def timeline_texts(window: MainWindow) -> dict[str, str]:
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None
    drawn = [label.text for label in geometry.labels()]  # band chips, treatments, markers
    drawn += [item.label.text for item in geometry.legend]
    return {"description": window.timeline.accessibleDescription(), "drawn": " | ".join(drawn)}


def status_texts(window: MainWindow) -> dict[str, str]:
    return {"policy": window.policy_label.text(), "message": window.statusBar().currentMessage()}


def test_the_realistic_plan_is_all_spanish(window: MainWindow) -> None:
    shown = {**headline_texts(window), **timeline_texts(window), **status_texts(window)}
    shown["why"] = why_text(window)
    for where, text in shown.items():
        assert english_in(text) == [], (where, text)
    assert shown["today"] == "Hoy es martes, 24 de noviembre de 2026"
    assert shown["earliest"].startswith("Primera fecha posible para el microneedling: ")
    assert shown["ideal"].startswith("Periodo ideal: hasta el ")
    assert shown["verdict"] == (
        "Ideal. 1 dic 2026 (fecha propuesta) está dentro de la política de la clínica y la toxina aún "
        "hace efecto."
    )
    assert "Periodo ideal" in shown["drawn"] and "Hoy" in shown["drawn"]
    assert "Ácido hialurónico alrededor del" in shown["drawn"]  # the product's Spanish name, shortened
    assert "Ácido hialurónico (cualquier marca) alrededor del 20 oct 2026 ± 5 días." in shown["description"]
    assert shown["policy"] == "Política: Política predeterminada 2027.1"
    why = shown["why"]
    for heading in (
        "Por qué esta fecha",
        "Regla:",
        "Por qué:",
        "Evidencia:",
        "Fuentes:",
        "Notas",
        "Política:",
    ):
        assert heading in why
    assert "esperar al menos 14 días antes del microneedling" in why
    assert "Evidencia limitada:" in why and "opinión de expertos" in why
    assert "Fecha aproximada: Ácido hialurónico (cualquier marca), alrededor del 20 oct 2026 ± 5 días." in why


def test_a_bad_row_is_named_in_spanish(window: MainWindow) -> None:
    add_bad_row(window)
    attention = window.attention.text()
    assert window.attention.isVisibleTo(window)
    assert attention == (
        "⚠ 1 dato aún no se entiende, así que no se da ninguna fecha ni valoración:\nFila 3: "
        "«2026-02-31»: febrero de 2026 tiene 28 días, así que el día 31 no existe."
    )
    assert window.plan is None
    assert headline_texts(window)["earliest"] == (
        "Revise la fila 3: «2026-02-31»: febrero de 2026 tiene 28 días, así que el día 31 no existe."
    )
    window.panels.setCurrentWidget(window.panels.why)
    for where, text in {
        "attention": attention,
        **headline_texts(window),
        "timeline": window.timeline.accessibleDescription(),
        **status_texts(window),
        "why": window.panels.why.toPlainText(),
    }.items():
        assert english_in(text) == [], (where, text)


def test_typed_dates_are_echoed_and_refused_in_spanish(window: MainWindow) -> None:
    row = window.history.rows[0]
    assert row.date.echo.text() == "✓ mar 10 nov 2026 · hace 2 semanas"
    row.date.set_text("2026-12-01")
    assert row.date.echo.text() == (
        "⚠ mar 1 dic 2026 es posterior a hoy (24 nov 2026). Si el tratamiento ya está reservado, "
        "marque Previsto; si no, revise la fecha."
    )
    window.proposed.set_text("10 nov 2026")
    assert (
        window.proposed.error
        == "mar 10 nov 2026 es anterior a hoy (24 nov 2026); elija hoy o un día posterior."
    )
    window.proposed.set_text("banana")
    assert window.proposed.error.startswith("No se entiende «banana» como fecha.")


def test_switching_back_to_english_restores_english(window: MainWindow, switch_to: Switch) -> None:
    add_bad_row(window)
    switch_to("en")
    h = headline_texts(window)
    assert h["today"] == "Today is Tuesday 24 November 2026"
    assert h["earliest"] == "Check row 3: '2026-02-31': February 2026 has 28 days, so day 31 does not exist."
    assert window.attention.text() == (
        "⚠ 1 entry is not understood yet, so no date or verdict is given:\nRow 3: '2026-02-31': "
        "February 2026 has 28 days, so day 31 does not exist."
    )
    window.history.rows[2].date.set_text("2026-11-02")  # put right: the plan comes back, in English
    h = headline_texts(window)
    assert h["earliest"].startswith("Earliest date for microneedling: ")
    assert h["verdict"].startswith("Ideal.")
    assert window.history.rows[0].date.echo.text() == "✓ Tue 10 Nov 2026 · 2 weeks ago"
    why = why_text(window)
    assert why.startswith("Why this date") and "Wait at least 14 days after Botox before microneedling" in why
    assert "Approximate date: Hyaluronic-acid filler (any brand), around 20 Oct 2026 ± 5 days." in why
    timeline = timeline_texts(window)
    assert "Today Tue 24 Nov 2026." in timeline["description"] and "Ideal window" in timeline["drawn"]
    assert window.policy_label.text() == "Policy: Default policy 2027.1"
    window.history.rows[2].date.set_text("2026-02-31")
    switch_to("es")  # and Spanish again, from English
    assert window.headline.earliest_label.text().startswith("Revise la fila 3")
    assert window.attention.text().startswith("⚠ 1 dato aún no se entiende")
    window.history.rows[2].date.set_text("2026-02-28")
    assert window.headline.earliest_label.text().startswith("Primera fecha posible")


def test_product_names_follow_the_language(window: MainWindow, switch_to: Switch) -> None:
    combo = window.history.rows[1].product
    assert combo.currentText() == "Ácido hialurónico (cualquier marca)"
    headers = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is None]
    assert "Relleno de ácido hialurónico" in headers
    switch_to("en")
    assert (combo.currentText(), combo.product_id()) == ("Hyaluronic-acid filler (any brand)", "ha-filler")
    combo.setEditText("ácido hialurónico (cualquier marca)")  # a name typed in the other language
    assert combo.product_id() == "ha-filler"
