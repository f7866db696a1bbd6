"""The handout's QR code: a phone camera reads it as a calendar event for session 1, and nothing else.

Read back the way a phone would see the paper: the PDF rendered to an image (pdftoppm) and decoded by
zbarimg (Debian's zbar-tools, installed by .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from handout_support import A4, POLICY, render_pdf
from PySide6.QtWidgets import QApplication

from gui.core import Treatment, make_plan
from gui.core.clinic import Clinic
from gui.core.course import with_course
from gui.handout import pdf_bytes
from gui.handout.qr import _dark_runs, qr_modules, session_event

BOTOX = Treatment("botox", date(2026, 11, 20), area="forehead")


def decoded(pdf: bytes, folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    (folder / "handout.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(folder / "handout.pdf"),
                    str(folder / "page")], check=True)  # fmt: skip
    (image,) = folder.glob("page*.png")
    done = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=False)
    return [text for text in done.stdout.split("\n\n") if text.strip()] if done.returncode == 0 else []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_code_on_paper_is_session_one_as_a_calendar_event(
    qapp: QApplication, tmp_path: Path, lang: str, require_service: Callable[[str, bool, str], None]
) -> None:
    for tool, package in (("zbarimg", "zbar-tools"), ("pdftoppm", "poppler-utils")):
        require_service(tool, shutil.which(tool) is not None, f"install the {package} package (see .ci/run)")
    plan = with_course(make_plan([BOTOX], POLICY, date(2026, 12, 5)), POLICY, 3)
    event = session_event(plan, lang)
    assert event is not None
    (found,) = decoded(render_pdf(plan, lang=lang), tmp_path)
    assert found.strip().splitlines() == event.splitlines()  # zbarimg gives the CR-LF lines as LF
    assert "DTSTART;VALUE=DATE:20261205" in found and "SUMMARY:Microneedling" in found
    assert "forehead" not in found and "20261120" not in found  # no patient data, no history


def test_no_code_when_no_day_fits() -> None:
    booked = [Treatment("botox", date(2026, 11, 28))]
    plan = make_plan([Treatment("botox", date(2026, 11, 10))], POLICY, date(2026, 11, 24), planned=booked)
    assert plan.no_day_fits and session_event(plan) is None


def test_the_matrix_is_square_and_small_enough_for_a_phone() -> None:
    plan = make_plan([BOTOX], POLICY, date(2026, 12, 5))
    event = session_event(plan)
    assert event is not None
    modules = qr_modules(event)
    assert len(modules) == len(modules[0]) <= 45  # version 7 or lower: a 6-em square reads at arm's length


def test_no_code_on_paper_when_the_clinic_turns_it_off(
    qapp: QApplication, tmp_path: Path, require_service: Callable[[str, bool, str], None]
) -> None:
    for tool, package in (("zbarimg", "zbar-tools"), ("pdftoppm", "poppler-utils")):
        require_service(tool, shutil.which(tool) is not None, f"install the {package} package (see .ci/run)")
    plan = with_course(make_plan([BOTOX], POLICY, date(2026, 12, 5)), POLICY, 3)
    assert len(decoded(pdf_bytes(plan, Clinic(), "en", None, A4), tmp_path / "on")) == 1
    assert decoded(pdf_bytes(plan, Clinic(), "en", None, A4, calendar_code=False), tmp_path / "off") == []


def test_no_code_when_a_screening_answer_is_yes() -> None:
    from gui.core.screening import with_screening

    plan = with_course(make_plan([BOTOX], POLICY, date(2026, 12, 5)), POLICY, 3)
    assert session_event(plan) is not None
    assert session_event(with_screening(plan, POLICY, ["isotretinoin"])) is None  # a practitioner decides
    assert session_event(with_screening(plan, POLICY, ["sunburn"])) is None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_not_today_answer_never_tells_the_patient_to_book_today(lang: str) -> None:
    from gui.core.screening import with_screening
    from gui.handout.text import actions, main_message

    plan = make_plan([Treatment("botox", date(2026, 11, 1))], POLICY, date(2026, 12, 5))
    sunburn = with_screening(plan, POLICY, ["sunburn"])
    message = main_message(sunburn, lang)
    lead = {
        "en": "Not today. By timing alone, your microneedling would fit",
        "es": "Hoy no. Solo por los plazos",
    }
    assert message.lead.startswith(lead[lang]) and message.date == ""  # today is not printed large
    steps = " ".join(actions(sunburn, lang))
    assert {"en": "<b>Not today:</b>", "es": "<b>Hoy no:</b>"}[lang] in steps
    assert {"en": "<b>Book</b>", "es": "<b>Reserve</b>"}[lang] not in steps
    asked_first = with_screening(plan, POLICY, ["pregnant"])  # the date stands: book from today
    first = actions(asked_first, lang)[0]
    ask = {"en": "<b>Ask your practitioner first.</b> If they agree: <b>Book</b>", "es": "<b>Consulte antes"}
    assert first.startswith(ask[lang])


@pytest.mark.parametrize(
    ("cells", "runs"),
    [
        ((), []),
        ((False, False), []),
        ((True,), [(0, 1)]),
        ((True, True, False, True), [(0, 2), (3, 1)]),
        ((False, True, True, True), [(1, 3)]),
    ],
)
def test_dark_modules_are_painted_as_runs(cells: tuple[bool, ...], runs: list[tuple[int, int]]) -> None:
    assert _dark_runs(cells) == runs
