"""Privacy: a whole session leaves no patient data (names, treatments, dates, screening answers) on
disk but the saved PDF.

The session runs in its own process with its own HOME, as a person would use the app: enter
treatments, preview the handout, save a PDF elsewhere, change settings, quit. Then every file under
HOME (config, data and cache folders, Qt's own files) is scanned for what was typed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SESSION = r"""
import sys
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from PySide6.QtPrintSupport import QPrintPreviewDialog
from gui.app import create_application
from gui.store.workspace import Workspace
from gui.ui.window.main_window import MainWindow

elsewhere = Path(sys.argv[1])
app = create_application([])
workspace = Workspace.for_user()
window = MainWindow.from_workspace(workspace)
window.show()

def settle(condition, what):
    for _ in range(400):
        app.processEvents()
        if condition():
            return
    raise SystemExit(f"timed out waiting for {what}")

rows = window.history.rows
rows[0].product.set_product("botox")
rows[0].date.set_text("17 days ago")
rows[0].area.setText("Quixotic-forehead-7731")
second = window.history.add_row()
second.product.set_product("ha-filler")
second.date.set_text("Nov 2026")
window.proposed.set_text("in 9 days")
window.inputs_panel.screening.set_answer("isotretinoin", "yes")  # screening answers: memory only
window.inputs_panel.screening.set_answer("pregnant", "no")
assert window.plan.screening_effect == "ask-first", window.plan
actions = window.handout_actions()

window.preview_action.trigger()
settle(lambda: isinstance(actions.current_dialog, QInputDialog), "the name question")
actions.current_dialog.setTextValue("Zelda Quixote")
actions.current_dialog.accept()
settle(lambda: isinstance(actions.current_dialog, QPrintPreviewDialog), "the preview")
actions.current_dialog.close()

window.save_pdf_action.trigger()
settle(lambda: isinstance(actions.current_dialog, QInputDialog), "the name question")
actions.current_dialog.setTextValue("Zelda Quixote")
actions.current_dialog.accept()
settle(lambda: isinstance(actions.current_dialog, QFileDialog), "the file dialog")
actions.current_dialog.fileSelected.emit(str(elsewhere / "plan.pdf"))
settle(lambda: (elsewhere / "plan.pdf").exists(), "the PDF")

window.admin.open_settings()
dialog = window.admin.settings_dialog
dialog.name_edit.setText("Harbour Skin Clinic")
dialog.save_button.click()
settle(lambda: window.admin.settings.name == "Harbour Skin Clinic", "the settings")

window.close()
app.quit()
print("treatment:", (date.today() - timedelta(days=17)).isoformat())
"""


def test_a_whole_session_leaves_no_patient_data_on_disk(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(elsewhere)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    treated_on = result.stdout.split("treatment:")[1].strip()  # e.g. 2026-11-07
    year, month, day = (int(part) for part in treated_on.split("-"))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    typed = ["Zelda", "Quixote", "Quixotic-forehead-7731", treated_on, f"{day} {months[month - 1]} {year}"]

    written = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "clinic.toml" for p in written), (
        "the settings were saved (the scan sees the config folder)"
    )
    answered = ["isotretinoin", "accutane", "pregnant"]  # no question id or answer is ever written
    for path in written:
        content = path.read_bytes().decode("utf-8", errors="replace")
        for value in typed:
            assert value not in content, f"{value!r} was written to {path}"
            assert value not in path.name
        for value in answered:
            assert value not in content.lower(), f"the screening answer {value!r} was written to {path}"
    assert (
        "Zelda Quixote" in " ".join((elsewhere / "plan.pdf").read_bytes().decode("latin-1").split())
        or (elsewhere / "plan.pdf").stat().st_size > 10_000
    )  # the PDF the user chose to save is the one place it may be
