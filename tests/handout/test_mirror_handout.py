"""The mirror question on paper: "I had microneedling — when can I have Botox?", in both languages.

The handout names the injection as the next treatment, prints the injection's own texts (why the wait,
benefits, risks, questions), the date the clinic prefers, and a planned treatment's latest date.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_support import POLICY, all_text, render_pdf
from PySide6.QtWidgets import QApplication

from gui.core import Treatment, format_long, make_plan
from gui.handout.text import actions, main_message
from gui.store.content import section

TODAY = date(2026, 12, 1)
NEEDLING = Treatment("microneedling", date(2026, 11, 28))
TOXIN_PLANNED = Treatment("botox", date(2027, 4, 1))  # toxin → toxin: 90 days, so by 1 Jan 2027


def test_the_mirror_question_reads_naturally_and_says_the_recommended_date(qapp: QApplication) -> None:
    plan = make_plan([NEEDLING], POLICY, TODAY, "botox", planned=[TOXIN_PLANNED])
    message = main_message(plan)
    assert (message.lead, message.date) == ("Your Botox can be on or after:", "Saturday 5 December 2026")
    assert "Your clinic prefers Tuesday 8 December 2026 or later" in message.follow_up
    assert "Latest date for Botox: Friday 1 January 2027" in message.follow_up
    said = actions(plan)
    by = "<b>Have it by</b> <b>Friday 1 January 2027</b>"
    assert said[1] == f"{by}, so your Botox planned for 1 Apr 2027 keeps its wait."
    assert any("<b>Your clinic prefers</b>" in action for action in said)
    text = all_text(render_pdf(plan))
    assert "Your treatment plan" in text and "Your microneedling plan" not in text
    for name in ("why-wait-injection", "benefits-injection", "risks-injection", "questions-injection"):
        assert section(name).title in text
    assert "Is it all right to have this injection" in text  # the injection's own questions
    assert "Is my skin type a good fit for microneedling?" not in text


@pytest.mark.parametrize(
    ("lang", "lead", "ask"),
    [
        (
            "en",
            "Your appointment on Sunday 6 December 2026 is within your clinic's policy, but your clinic "
            "prefers",
            "<b>Ask</b> your practitioner before you keep it",
        ),
        (
            "es",
            "Su cita del domingo, 6 de diciembre de 2026 está dentro de la política de su clínica, pero su "
            "clínica prefiere",
            "<b>Consulte</b> a su profesional antes de mantenerla",
        ),
    ],
)
def test_a_date_before_the_recommended_one_asks_the_practitioner_first(
    lang: str, lead: str, ask: str
) -> None:
    plan = make_plan([NEEDLING], POLICY, TODAY, "botox", proposed=date(2026, 12, 6))
    message = main_message(plan, lang)
    assert (message.lead, message.date) == (lead, format_long(date(2026, 12, 8), lang))
    assert actions(plan, lang)[0].startswith(ask)
    text = all_text(render_pdf(plan, lang=lang))
    assert format_long(date(2026, 12, 8), lang) in text


def test_the_needling_question_keeps_its_own_texts(qapp: QApplication) -> None:
    plan = make_plan([Treatment("botox", date(2026, 11, 10))], POLICY, TODAY, "microneedling")
    text = all_text(render_pdf(plan))
    assert "Your microneedling plan" in text
    assert "Is my skin type a good fit for microneedling?" in text
    assert section("benefits-injection").lead.split(".")[0] not in text
