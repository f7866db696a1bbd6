"""Make the README's pictures: the main window with a patient typed in, page 1 of the handout in
English and Spanish, the policy editor's screening questions, and page 1 of the check sheet of a
clinic's change (21 days after filler) as it is shown for signing. Run from a checkout:
``uv run python docs/make_screenshots.py`` (needs pdftoppm).

The window is grabbed offscreen at 1280×800 with the same entries every time, counted from a fixed
today, so a picture changes only when the app does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QPageSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.core import load_policy_or_raise  # noqa: E402
from gui.core.clinic import Clinic  # noqa: E402
from gui.core.resources import default_policy_path  # noqa: E402
from gui.handout import write_pdf  # noqa: E402
from gui.store.settings import ClinicSettings  # noqa: E402
from gui.ui.dialogs import PolicyEditor  # noqa: E402
from gui.ui.i18n import install_language  # noqa: E402
from gui.ui.qt_runtime import immortalize_none  # noqa: E402
from gui.ui.window.main_window import MainWindow  # noqa: E402

TODAY = date(2026, 11, 24)  # a Tuesday
ENTRIES = [("botox", "2 weeks ago"), ("ha-filler", "mid-October"), ("dysport", "Aug 2026")]
PROPOSED = "1 Dec 2026"
CLINIC = Clinic(
    "Harbour Skin Clinic", "12 Quay Street\nHarbourtown HT1 2AB", "+44 20 7946 0123", "harbourskin.example"
)


def window_picture(out: Path) -> MainWindow:
    settings = ClinicSettings(date_order="dmy", open_weekdays=frozenset(range(6)))  # closed on Sundays
    window = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY, settings=settings)
    window.show()
    window.resize(1280, 800)  # after show: the window first fits itself to the (small) offscreen screen
    for index, (product, when) in enumerate(ENTRIES):
        if index:
            window.history.add_row()
        row = window.history.rows[index]
        row.product.set_product(product)
        row.date.set_text(when)
    window.proposed.set_text(PROPOSED)
    QApplication.processEvents()
    window.grab().save(str(out))
    return window


def handout_picture(window: MainWindow, lang: str, out: Path) -> None:
    assert window.plan is not None, "the entries above must all be understood"
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "handout.pdf"
        page = QPageSize(QPageSize.PageSizeId.A4)
        write_pdf(pdf, window.plan, CLINIC, lang, "Ana Ruiz", page, printed_on=TODAY)
        stem = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, stem], check=True
        )
        out.write_bytes(stem.with_suffix(".png").read_bytes())


def editor_picture(out: Path) -> None:
    """The policy editor on its screening questions, isotretinoin selected."""
    policy = load_policy_or_raise(default_policy_path())
    editor = PolicyEditor(policy, "default", False, default=policy, folder=ROOT, today=TODAY)
    editor.show()
    editor.resize(1180, 760)
    editor.tabs.setCurrentIndex(1)
    row = next(i for i, r in enumerate(editor.screening.rows) if r.id == "isotretinoin")
    editor.screening.table.setCurrentIndex(editor.screening.model.index(row, 0))
    QApplication.processEvents()
    editor.grab().save(str(out))
    editor.close()


def sheet_picture(out: Path) -> None:
    """Page 1 of the check sheet of a clinic's 21-day filler rule, marked against the shipped policy."""
    import dataclasses

    from gui.core.durations import parse_duration
    from gui.core.policy_toml import signed_policy
    from gui.handout.sheet import sheet_pdf

    shipped = load_policy_or_raise(default_policy_path())
    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(shipped.rules)
    rules[key] = dataclasses.replace(rules[key], earliest=parse_duration("21 days"))
    clinic = signed_policy(
        dataclasses.replace(
            shipped, name="Harbour clinic policy", name_es="", version="3", rules=rules,
            approved_by="Dr Lee", approved_on=TODAY,
        )
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "sheet.pdf"
        page = QPageSize(QPageSize.PageSizeId.A4)
        pdf.write_bytes(sheet_pdf(clinic, "en", page, printed_on=TODAY, in_force=shipped))
        stem = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, stem], check=True
        )
        out.write_bytes(stem.with_suffix(".png").read_bytes())


def main() -> None:
    immortalize_none()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_language(app, "en")
    docs = ROOT / "docs"
    window = window_picture(docs / "window.png")
    handout_picture(window, "en", docs / "handout-page1.png")
    handout_picture(window, "es", docs / "handout-page1-es.png")
    editor_picture(docs / "policy-editor-screening.png")
    sheet_picture(docs / "policy-check-sheet.png")
    print(
        "wrote docs/window.png, docs/handout-page1.png, docs/handout-page1-es.png, "
        "docs/policy-editor-screening.png, docs/policy-check-sheet.png"
    )


if __name__ == "__main__":
    main()
