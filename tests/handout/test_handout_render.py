"""The handout PDF read back: its words, its pages, its paper, its vectors, at 300 and 1,200 dpi."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import cast

import pytest
from handout_support import (
    A4,
    BOTOX,
    EIGHT,
    HA_AROUND,
    HARBOUR,
    LETTER,
    all_text,
    main_plan,
    normalise,
    page_sizes,
    page_texts,
    plan_of,
    render_pdf,
)
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

from gui.core import Precision, Treatment
from gui.core.clinic import Clinic
from gui.handout import main_message
from gui.store.content import section

pytestmark = pytest.mark.usefixtures("qapp")

HEADLINE = "Earliest date for your microneedling: Tuesday 24 November 2026"
DISCLAIMER = normalise(section("disclaimer").body)


def test_pdf_holds_headline_treatments_disclaimer_and_policy() -> None:
    text = all_text(render_pdf(main_plan()))
    assert HEADLINE in text
    assert "Botox" in text and "10 Nov 2026" in text
    assert "Hyaluronic-acid filler (any brand)" in text and "around 20 Oct 2026 ± 5 days" in text
    assert text.count(DISCLAIMER) == 1  # the disclaimer once, not once per section
    assert "Default policy 2027.1" in text and "reviewed 1 November 2026" in text
    assert "next review by 1 November 2027" in text
    assert "Printed on 24 November 2026" in text


def test_main_message_comes_first_after_the_header() -> None:
    first_page = page_texts(render_pdf(main_plan(), HARBOUR))[0]
    assert first_page.index(HEADLINE) < first_page.index("What to do next") < first_page.index("Botox")


@pytest.mark.parametrize(
    ("history", "proposed", "expected"),
    [
        ((BOTOX, HA_AROUND), date(2026, 12, 1),
         "Your appointment on Tuesday 1 December 2026 is within your clinic's policy"),
        ((Treatment("botox", date(2026, 11, 20)),), date(2026, 11, 25),
         "Your appointment on Wednesday 25 November 2026 is too early. "
         "The first day you can book is Friday 4 December 2026"),
        ((), None, "No wait is needed before your microneedling under your clinic's policy"),
        ((), date(2026, 12, 1), "No wait is needed before your microneedling under your clinic's policy"),
    ],
)  # fmt: skip
def test_main_message_is_the_verdict_for_a_proposed_date(
    history: tuple[Treatment, ...], proposed: date | None, expected: str
) -> None:
    plan = plan_of(*history, proposed=proposed)
    assert main_message(plan).text == expected
    assert expected in all_text(render_pdf(plan))


def test_actions_carry_the_date() -> None:
    waiting = plan_of(BOTOX, today=date(2026, 11, 20))
    text = all_text(render_pdf(waiting))
    assert "Book your microneedling on or after Tuesday 24 November 2026." in text
    assert "For the most benefit, have it by Wednesday 10 February 2027" in text
    too_early = all_text(render_pdf(plan_of(BOTOX, today=date(2026, 11, 20), proposed=date(2026, 11, 21))))
    assert "Move your appointment to Tuesday 24 November 2026 or later." in too_early
    booked = all_text(render_pdf(main_plan(proposed=date(2026, 12, 1))))
    assert "Keep your appointment on Tuesday 1 December 2026." in booked


@pytest.mark.parametrize("proposed", [None, date(2026, 11, 24), date(2026, 12, 1), date(2027, 3, 20)])
def test_never_says_safe(proposed: date | None) -> None:
    for plan in (main_plan(proposed), plan_of(proposed=proposed)):
        assert not re.search(r"\bsafe", all_text(render_pdf(plan)), re.IGNORECASE)


def test_approximate_dates_are_marked_and_each_has_its_earliest_date() -> None:
    month_only = Treatment("sculptra", date(2026, 10, 1), Precision.MONTH)
    text = all_text(render_pdf(plan_of(BOTOX, HA_AROUND, month_only)))
    assert "around 20 Oct 2026 ± 5 days" in text
    assert "October 2026 (month only)" in text
    for earliest in ("Tuesday 24 November 2026", "Sunday 8 November 2026", "Saturday 14 November 2026"):
        assert earliest in text
    assert "we count the wait from the latest day it could have been" in text


def test_three_treatments_fit_on_one_page() -> None:
    plan = plan_of(*EIGHT[:3], proposed=date(2026, 12, 1))
    for page in (A4, LETTER):
        assert len(page_texts(render_pdf(plan, HARBOUR, "Jane Doe", page))) == 1


def test_six_treatments_fit_on_one_page_even_under_every_rule() -> None:
    plan = plan_of(*EIGHT[:6], proposed=date(2026, 11, 30), target="rf-microneedling")
    for page in (A4, LETTER):
        pages = page_texts(render_pdf(plan, HARBOUR, "Jane Doe", page))
        assert len(pages) == 1
        assert DISCLAIMER in pages[0]


def test_eight_treatments_give_a_tidy_second_page_with_nothing_cut() -> None:
    plan = plan_of(*EIGHT)
    for page in (A4, LETTER):
        pages = page_texts(render_pdf(plan, HARBOUR, "Jane Doe", page))
        assert len(pages) == 2
        assert pages[1].startswith("Your microneedling plan (continued) for Jane Doe")
        assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
        text = " ".join(pages)
        for name in ("Botox", "Hyaluronic-acid filler (any brand)", "Daxxify", "Sculptra", "Radiesse",
                     "Microneedling", "Dysport", "Xeomin"):  # fmt: skip
            assert name in text
        assert DISCLAIMER in text and "What to do next" in pages[0]


def test_timeline_is_vector_no_images_on_any_page() -> None:
    pdf = render_pdf(plan_of(*EIGHT), HARBOUR)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        xobjects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()).get_object())
        subtypes = [cast(DictionaryObject, xobjects[name].get_object()).get("/Subtype") for name in xobjects]
        assert "/Image" not in subtypes


@pytest.mark.parametrize(("page", "size"), [(A4, (595, 842)), (LETTER, (612, 792))])
def test_page_size_follows_the_option(page: QPageSize, size: tuple[int, int]) -> None:
    for width, height in page_sizes(render_pdf(plan_of(*EIGHT), page=page)):
        assert width == pytest.approx(size[0], abs=1) and height == pytest.approx(size[1], abs=1)


@pytest.mark.parametrize("dpi", [300, 1200])
def test_renders_whole_at_300_and_1200_dpi(dpi: int) -> None:
    plan = main_plan(proposed=date(2026, 12, 1))
    pdf = render_pdf(plan, HARBOUR, "Jane Doe", dpi=dpi)
    pages = page_texts(pdf)
    assert len(pages) == 1
    for whole in (
        "Your appointment on Tuesday 1 December 2026 is within your clinic's policy",
        "Tuesday 24 November 2026 (sets your date)",
        "Keep your appointment on Tuesday 1 December 2026.",
        "Hyaluronic-acid filler (any brand)",
        "Prepared for: Jane Doe",
        DISCLAIMER,
        "Page 1 of 1",
    ):
        assert whole in pages[0]
    assert_text_inside_margins(pdf)


def text_starts(page: PageObject) -> list[tuple[float, float]]:
    """Where each run of text starts on ``page``, in points from its lower left corner."""
    starts: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            starts.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return starts


def assert_text_inside_margins(pdf: bytes, margin_pt: float = 12.7 / 25.4 * 72) -> None:
    """Every run of text starts inside the paper's 12.7 mm margins."""
    for page in PdfReader(io.BytesIO(pdf)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        starts = text_starts(page)
        assert starts
        for x, y in starts:
            assert margin_pt - 0.5 <= x <= width - margin_pt and margin_pt <= y <= height - margin_pt


def test_patient_name_only_when_given() -> None:
    named = all_text(render_pdf(main_plan(), HARBOUR, "  Jane Doe  "))
    assert "Prepared for: Jane Doe" in named
    for patient in (None, "", "   "):
        assert "Prepared for" not in all_text(render_pdf(main_plan(), HARBOUR, patient))


def test_clinic_header_when_set_and_nothing_made_up_when_not() -> None:
    with_clinic = page_texts(render_pdf(main_plan(), HARBOUR))[0]
    assert with_clinic.startswith("Harbour Skin Clinic 12 Quay Street, Harbourtown HT1 2AB")
    assert "+44 20 7946 0123 · harbourskin.example" in with_clinic
    without = page_texts(render_pdf(main_plan(), Clinic()))[0]
    assert without.startswith("Your microneedling plan " + HEADLINE)
    assert "Harbour" not in without and "Quay" not in without and "example" not in without
    assert without.endswith("Your microneedling plan Page 1 of 1")  # the footer names no clinic
    partial = all_text(render_pdf(main_plan(), Clinic(phone="555 0100")))
    assert partial.startswith("555 0100 Your microneedling plan")


def test_every_value_is_escaped() -> None:
    clinic = Clinic("<b>Skin & Co</b>", "1 <Main> St", "", "a.example/?x=1&y=2")
    text = all_text(render_pdf(main_plan(), clinic, "<i>Jo</i> & Sam"))
    assert "<b>Skin & Co</b>" in text and "1 <Main> St" in text and "a.example/?x=1&y=2" in text
    assert "Prepared for: <i>Jo</i> & Sam" in text


def test_one_render_path_for_a_pdf_printer_too(tmp_path: object, qapp: QApplication) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from gui.handout import prepare_device, render_handout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = f"{tmp_path}/printer.pdf"
    printer.setOutputFileName(target)
    prepare_device(printer, LETTER)
    assert render_handout(printer, main_plan(), HARBOUR, "en", "Jane Doe") == 1
    with open(target, "rb") as handle:
        pdf = handle.read()
    assert HEADLINE in all_text(pdf)
    assert page_sizes(pdf) == [pytest.approx((612, 792), abs=1)]


def test_signed_clinic_policy_and_first_open_day_are_on_the_handout() -> None:

    from handout_support import POLICY

    from gui.core import ClinicDays, make_plan
    from gui.core.durations import parse_duration

    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(POLICY.rules)
    rules[key] = rules[key]._replace(earliest=parse_duration("21 days"))
    signed = POLICY._replace(
        name="Clinic policy",
        version="3",
        rules=rules,
        approved_by="Dr Lee",
        approved_on=date(2026, 11, 20),
    )
    plan = make_plan(
        [Treatment("ha-filler", date(2026, 11, 8))],  # + 21 days = Sunday 29 Nov 2026
        signed,
        date(2026, 11, 24),
        clinic_days=ClinicDays(frozenset(range(6))),
    )
    text = all_text(render_pdf(plan))
    assert "Clinic policy v3, approved by Dr Lee on 20 Nov 2026" in text
    assert "Monday 30 November 2026 (the clinic is closed on 29 Nov 2026)" in text
    assert "Wait at least 21 days" in text or "at least 21 days" in text


def test_a_closed_proposed_day_points_to_an_open_day_not_to_every_day_after_it() -> None:
    """Proposed on a day the clinic is closed, after the first bookable day: the next open day is
    named, and no 'or later' tells the patient the open days before it are not allowed."""
    from handout_support import POLICY

    from gui.core import ClinicDays, Verdict, make_plan

    closed_tuesdays = ClinicDays(frozenset({0, 2, 3, 4, 5}))
    plan = make_plan(
        (Treatment("botox", date(2026, 11, 10)),), POLICY, date(2026, 11, 24), proposed=date(2026, 12, 8),
        clinic_days=closed_tuesdays,
    )  # fmt: skip
    assert plan.verdict is Verdict.CLOSED and plan.bookable is not None and plan.bookable < date(2026, 12, 8)
    text = all_text(render_pdf(plan))
    assert (
        "Move your appointment to a day your clinic is open: the next one is Wednesday 9 December 2026."
        in text
    )
    assert "or later" not in text.split("What to do next")[-1].split("Questions")[0]
    spanish = all_text(render_pdf(plan, lang="es"))
    assert (
        "Cambie su cita a un día en que su clínica esté abierta: el próximo es el miércoles, 9 de" in spanish
    )
