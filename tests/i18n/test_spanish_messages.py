"""Messages outside the plan in Spanish: settings problems, the stores' banners, the policy editor's
problems, the error reporter and the print dialogs; each follows a language switch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise, make_plan
from gui.core.clinic import Clinic
from gui.core.resources import default_policy_path
from gui.core.words.notice import Notice, notice, said_in
from gui.store.policies import PolicyStore
from gui.store.settings import ClinicSettings, SettingsStore, check_logo, validate
from gui.store.workspace import Workspace
from gui.ui.dialogs import PolicyEditor, SettingsDialog
from gui.ui.dialogs.rule_table import COLUMN_FIELDS
from gui.ui.errors import ErrorReporter
from gui.ui.window.main_window import MainWindow
from gui.ui.window.policy_files import policy_editor
from gui.ui.window.printing import HandoutActions, HandoutQuestion

TODAY = date(2026, 11, 24)
Switch = Callable[[str], str]


# --- pure: settings and the stores -------------------------------------------------------------------


def test_settings_problems_in_spanish() -> None:
    settings = ClinicSettings(phone="12", website="not a site", page_size="a3", open_weekdays=frozenset())
    spanish = {p.field: p.message for p in validate(settings, "es")}
    assert spanish == {
        "phone": "use solo cifras, espacios y + ( ) - ., con al menos 5 cifras",
        "website": "escriba una dirección como clinicadelpuerto.example o https://…",
        "page_size": "uno de: auto, a4, letter",
        "open_weekdays": "elija al menos un día en que abra la clínica",
    }
    english = {p.field: p.message for p in validate(settings)}
    assert english["phone"] == "use digits, spaces and + ( ) - . only, at least 5 digits"
    assert (
        str(validate(settings, "es")[0])
        == "teléfono: use solo cifras, espacios y + ( ) - ., con al menos 5 cifras"
    )


def test_logo_problems_in_spanish(tmp_path: Path) -> None:
    assert check_logo(str(tmp_path / "logo.gif"), "es") == "el logotipo debe ser un archivo PNG o SVG"
    missing = tmp_path / "missing.png"
    assert (
        check_logo(str(missing), "es")
        == f"no se encuentra o no se puede leer el archivo del logotipo {missing}"
    )
    big = tmp_path / "big.png"
    big.write_bytes(b"0" * (3 * 1024 * 1024 // 2))
    assert check_logo(str(big), "es") == "el logotipo ocupa 1,5 MB; lo máximo permitido es 1 MB"
    assert check_logo(str(big)) == "the logo is 1.5 MB; the largest allowed is 1 MB"


def test_a_broken_settings_file_gives_a_banner_in_both_languages(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.path.write_text('[clinic]\nphone = "12"\n')
    banner = store.load().banner
    assert isinstance(banner, Notice)
    assert banner.startswith(
        f"Part of the settings file {store.path} could not be used and was left out (phone: use digits"
    )
    assert banner.text_in("es").startswith(
        f"Una parte del archivo de configuración {store.path} no se pudo usar y se ha dejado fuera "
        "(teléfono: use solo cifras"
    )
    assert "el resto está en uso" in banner.text_in("es")
    store.path.write_text('[clinic\nphone = "12"\n')  # not TOML at all: kept aside, defaults in use
    banner = store.load().banner
    assert banner.startswith(f"The settings file {store.path} could not be used (it is not valid TOML")
    assert "la configuración predeterminada" in banner.text_in("es")


def test_policy_store_banners_in_both_languages(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    store.clinic_path.write_text("not = [valid")
    banner = store.active().banner
    assert isinstance(banner, Notice) and "The clinic policy file could not be used" in banner
    spanish = banner.text_in("es")
    assert spanish.startswith("No se pudo usar el archivo de política de la clínica: ")
    assert "no es TOML válido" in spanish
    assert spanish.endswith(
        "este puesto usa la política predeterminada: Política predeterminada 2027.1. Abra el editor de "
        "políticas para corregirlo."
    )
    shared = tmp_path / "shared.toml"
    shared.write_text("[policy]\n")
    banner = store.active(str(shared)).banner
    assert said_in(banner, "es").startswith("No se puede usar el archivo de política compartido: ")
    assert "(y " in said_in(banner, "es") and " más)" in said_in(banner, "es")


def test_notices_are_strings_in_english() -> None:
    said = notice(lambda lang: {"en": "Hello", "es": "Hola"}[lang])
    assert said == "Hello" and f"{said}" == "Hello" and said.text_in("es") == "Hola"
    assert said_in(ValueError(said), "es") == "Hola" and said_in("plain", "es") == "plain"


# --- the window and its dialogs --------------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "config", tmp_path / "data")


def test_the_window_banner_follows_the_language(
    workspace: Workspace, qtbot: QtBot, switch_to: Switch
) -> None:
    workspace.config.mkdir(parents=True)
    (workspace.config / "clinic.toml").write_text("[clinic\n")
    (workspace.config / "policy.toml").write_text("not = [valid")
    window = MainWindow.from_workspace(workspace, today=TODAY)
    qtbot.addWidget(window)
    assert "The clinic policy file could not be used" in window.banner.label.text()
    switch_to("es")
    text = window.banner.label.text()
    assert "No se pudo usar el archivo de configuración" in text
    assert "No se pudo usar el archivo de política de la clínica" in text
    assert "could not" not in text and "Default policy" not in text
    assert window.policy_label.text() == "Política: Política predeterminada 2027.1"
    switch_to("en")
    assert "The clinic policy file could not be used" in window.banner.label.text()


def test_settings_dialog_problems_in_spanish(qtbot: QtBot, switch_to: Switch) -> None:
    switch_to("es")
    dialog = SettingsDialog(ClinicSettings(), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.phone_edit.setText("12")
    dialog.save_button.click()
    assert dialog.notes["phone"].problem == "Use solo cifras, espacios y + ( ) - ., con al menos 5 cifras"
    assert dialog.summary.text() == "⚠ No se ha guardado: 1 campo requiere atención: Teléfono."
    switch_to("en")
    assert dialog.notes["phone"].problem == "Use digits, spaces and + ( ) - . only, at least 5 digits"


def _type_into_cell(qtbot: QtBot, editor: PolicyEditor, row: int, field: str, text: str) -> None:
    index = editor.model.index(row, COLUMN_FIELDS.index(field))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = editor.table.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() is not QAbstractItemView.State.EditingState)


def test_policy_editor_problems_in_spanish(tmp_path: Path, qtbot: QtBot, switch_to: Switch) -> None:
    switch_to("es")
    store = PolicyStore(tmp_path, default_policy_path())
    active = store.active()
    editor = policy_editor(store, active, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    rows = [(r.applies_to, r.target) for r in editor.model.rows]
    _type_into_cell(qtbot, editor, rows.index(("neurotoxin", "microneedling")), "earliest", "two weeks")
    _type_into_cell(qtbot, editor, rows.index(("neurotoxin", "rf-microneedling")), "ideal_until", "1 week")
    listed = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert any(
        line.startswith(
            "⚠ Neurotoxina (clase) antes del Microneedling, Espera mínima: no se entiende «two weeks»"
        )
        for line in listed
    ), listed
    assert (
        editor.detail.title.text()
        == "Regla seleccionada: Neurotoxina (clase) antes del Microneedling con radiofrecuencia"
    )
    assert any("Ideal hasta: 1 semana termina antes de la espera mínima (14 días)" in line for line in listed)
    assert editor.banner.text().startswith(
        "Política predeterminada 2027.1. Esta es la política predeterminada"
    )
    switch_to("en")
    listed = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert any(
        line.startswith("⚠ Neurotoxin (class) before Microneedling, Earliest: cannot read 'two weeks'")
        for line in listed
    ), listed
    assert editor.detail.title.text() == "Selected rule: Neurotoxin (class) before RF microneedling"
    assert (
        editor.model.rows[rows.index(("neurotoxin", "microneedling"))].earliest == "two weeks"
    )  # the edits stay through the switch


def test_the_error_reporter_speaks_spanish(tmp_path: Path, switch_to: Switch) -> None:
    shown: list[str] = []
    reporter = ErrorReporter(tmp_path, shown.append)
    switch_to("es")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        reporter(RuntimeError, exc, exc.__traceback__)
    assert shown[0].startswith("Algo ha fallado dentro de Ventana de microneedling.")
    assert f"Los detalles se han guardado en {tmp_path / 'errors.log'}." in shown[0]


class NoPrinters:
    @staticmethod
    def availablePrinters() -> list[object]:  # Qt's name
        return []


def test_print_dialogs_speak_the_interface_language(
    qtbot: QtBot, switch_to: Switch, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_plan([], load_policy_or_raise(default_policy_path()), TODAY)
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = HandoutActions(window, lambda: plan, Clinic)
    switch_to("es")
    question = HandoutQuestion(window, "es")
    qtbot.addWidget(question)
    assert question.windowTitle() == "Hoja informativa para el paciente"
    assert question.labelText() == (
        "Nombre del paciente para la hoja informativa (opcional, hasta 80 caracteres; no se guarda):"
    )
    monkeypatch.setattr("gui.ui.window.printing.QPrinterInfo", NoPrinters)
    actions.print_()
    box = actions.current_dialog
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "No hay impresora"
    assert box.text().startswith("No hay ninguna impresora configurada en este equipo.")
    assert "Guardar como PDF…" in [b.text() for b in box.buttons()]
    box.reject()
    switch_to("en")


def test_qt_file_and_print_dialogs_are_whole_in_spanish(qtbot: QtBot, switch_to: Switch) -> None:
    """Qt's Spanish catalogue lacks a few of Qt 6's own texts; the app's catalogue carries them."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QLineEdit

    from gui.ui.i18n import QT_CATALOGUE_GAPS

    switch_to("es")
    try:
        files = QFileDialog(None, "x")
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        printer = QPrinter()
        printing = QPrintDialog(printer)
        for dialog in (files, printing):
            qtbot.addWidget(dialog)
        shown = {label.text() for d in (files, printing) for label in d.findChildren(QLabel)}
        shown |= {button.text() for d in (files, printing) for button in d.findChildren(QAbstractButton)}
        shown |= {edit.toolTip() for edit in printing.findChildren(QLineEdit)}
        assert "&Buscar en:" in shown and "Archivos de &tipo:" in shown
        assert not set(QT_CATALOGUE_GAPS) & shown
    finally:
        switch_to("en")


def test_the_printers_properties_and_the_file_types_are_whole_in_spanish(
    qtbot: QtBot, switch_to: Switch, tmp_path: Path, require_service: Callable[[str, bool, str], None]
) -> None:
    """The printer's Properties dialog (its Page and Advanced tabs and the CUPS job options) and the
    file dialog's Type column, whose Qt texts Qt's Spanish catalogue lacks too."""
    from capture_queue import QUEUE, queue_available
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLabel, QPushButton, QTabWidget

    from gui.ui.i18n import qt_catalogue_gaps_disambiguated

    require_service("CUPS capture queue", queue_available(), "run .ci/print-setup.sh")
    switch_to("es")
    try:
        assert qt_catalogue_gaps_disambiguated() == ("Carpeta", "&Inicio:", "&Final:")
        printer = QPrinter()
        printer.setPrinterName(QUEUE)
        printing = QPrintDialog(printer)
        qtbot.addWidget(printing)
        printing.show()
        shown: set[str] = set()

        def read_and_close() -> None:
            properties = QApplication.activeModalWidget()
            assert properties is not None and properties is not printing
            shown.update(label.text() for label in properties.findChildren(QLabel))
            for tabs in properties.findChildren(QTabWidget):
                shown.update(tabs.tabText(i) for i in range(tabs.count()))
            properties.reject()

        (button,) = [b for b in printing.findChildren(QPushButton) if b.text() == "P&ropiedades"]
        QTimer.singleShot(0, read_and_close)
        button.click()  # the Properties dialog runs modally until read_and_close closes it
        assert {"Avanzado", "Páginas &por hoja:", "&Orden de las páginas:"} <= shown
        assert not {"Advanced", "Pages &per sheet:", "Page &order:", "Job &priority:"} & shown

        (tmp_path / "handouts").mkdir()
        files = QFileDialog(None, "x", str(tmp_path))
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(files)
        files.show()
        model = files.findChild(QFileSystemModel)
        assert model is not None
        folder = model.index(str(tmp_path / "handouts"), 2)  # its Type column
        qtbot.waitUntil(lambda: model.data(folder) == "Carpeta")
    finally:
        switch_to("en")
