"""The policy check sheet on paper: the worked examples grouped by the next treatment, under the
policy's name and fingerprint, with the approval at the end. Painted through the handout's own
pieces (blocks, pages, margins, the PDF writer), so preview, printer and file agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPagedPaintDevice, QPageSize, QPainter

from gui.core import Policy, check_language, format_day_month, policy_label
from gui.core.catalog import N_, words
from gui.core.check_sheet import Example, check_examples
from gui.core.fingerprint import policy_fingerprint
from gui.core.sheet_words import (
    changed_examples,
    example_sentence,
    group_title,
    part_basis,
    part_rule,
    part_title,
    rule_terms,
)
from gui.handout.blocks import Block, BlockMaker
from gui.handout.page import paper_bytes
from gui.handout.render import RenderError, frame_for, paginate, paint_footer
from gui.handout.style import STYLE
from gui.handout.text import heading

TITLE = N_("Policy check sheet")
INTRO = N_(
    "Each line below is what the desk will say under this policy, worked out by the app itself from "
    "the policy's rules. Check every line against what the clinic means; if one is wrong, change the "
    "rule in the policy editor before signing. Every day counts as open here: the clinic's opening "
    "days and closures are not part of the policy."
)
PRINTED = N_("Printed on {date}.")
FINGERPRINT = N_("Fingerprint of these rules: {fingerprint}")
APPROVED = N_("Approved by {name} on {date}.")
SIGN_HERE = N_("Approved by: ______________________   Date: ______________   Signature: ______________")
SIGNATURE = N_("Signature: ______________________")
CONTINUED = N_("Policy check sheet (continued)")
PAGE_OF = N_("Page {number} of {total}")
CHANGED = N_("Changed:")
SOME_CHANGED = N_(
    "Lines marked “Changed:” say something else than the policy in force does ({count} of {total}): "
    "check those first."
)
NOW = N_("In force now: {line}")
SAME_REASON = N_("The reason below was not changed with the numbers: check that it still fits them.")
NONE_CHANGED = N_("Every line says what the policy in force says: signing changes no date at the desk.")


@dataclass(frozen=True)
class InForce:
    """The policy the desk uses now, to mark what signing the sheet's policy would change."""

    policy: Policy
    changed: Mapping[int, Example | None]  # changed lines, with what the desk says now (None: nothing)


def sheet_blocks(
    make: BlockMaker,
    policy: Policy,
    examples: list[Example],
    lang: str,
    printed_on: dt.date,
    in_force: InForce | None = None,
) -> list[Block]:
    """The sheet's blocks; with ``in_force``, the lines and rules that signing changes are marked
    ('Changed:'), each changed line followed by what the desk says now."""
    _ = words(lang)
    fingerprint = policy.fingerprint or policy_fingerprint(policy)
    blocks = [
        make.text(heading(_(TITLE), 1), gap=0),
        make.text(f"<p><b>{escape(policy_label(policy, lang))}</b></p>"),
        make.text(
            f"<p>{escape(_(FINGERPRINT, fingerprint=fingerprint))}</p>", point_size=make.style.detail_pt
        ),
        make.rule(0.2),
        make.text(f"<p>{escape(_(INTRO))} {escape(_(PRINTED, date=format_day_month(printed_on, lang)))}</p>"),
    ]
    changed = in_force.changed if in_force is not None else {}
    if in_force is not None:
        count = len(changed)
        said = _(SOME_CHANGED, count=count, total=len(examples)) if count else _(NONE_CHANGED)
        blocks.append(make.text(f"<p><b>{escape(said)}</b></p>"))
    groups: dict[str, list[tuple[int, Example]]] = {}
    for index, example in enumerate(examples):
        groups.setdefault(example.group, []).append((index, example))
    for group, members in groups.items():
        title = make.text(heading(group_title(policy, group, lang)))
        title.keep_with_next = True
        blocks.append(title)
        parts: dict[str, list[tuple[int, Example]]] = {}
        for index, example in members:
            parts.setdefault(part_title(policy, example, lang), []).append((index, example))
        for part, shown in parts.items():
            sub = make.text(_part_head(policy, part, shown[0][1], lang, in_force), gap=0.3)
            sub.keep_with_next = True
            blocks.append(sub)
            for index, example in shown:
                line = escape(example_sentence(policy, example, lang))
                if index in changed:
                    line = f"<b>{escape(_(CHANGED))}</b> {line}"
                    old = changed[index]
                    if in_force is not None and old is not None:
                        now = _(NOW, line=example_sentence(in_force.policy, old, lang))
                        line += f'<br/><span class="muted">{escape(now)}</span>'
                blocks.append(make.text(f"<ul><li>{line}</li></ul>", gap=0.05))
    if policy.approved_by and policy.approved_on:  # the line to sign stays: paper is signed by hand
        signed = _(APPROVED, name=policy.approved_by, date=format_day_month(policy.approved_on, lang))
        signed += " " + _(SIGNATURE)
    else:
        signed = _(SIGN_HERE)
    blocks += [make.rule(), make.text(f"<p><b>{escape(signed)}</b></p>")]
    return blocks


def _part_head(policy: Policy, part: str, first: Example, lang: str, in_force: InForce | None) -> str:
    """A part's title with its rule in numbers and its reason; against the policy in force, a rule
    whose numbers changed is marked, with the rule now, and a reason left as it was is pointed out."""
    _ = words(lang)
    rule, why = part_rule(policy, first, lang), part_basis(policy, first, lang)
    lines = [f"<p><b>{escape(part)}</b></p>"]
    old = in_force.policy.rules.get(first.rule) if in_force is not None and first.rule else None
    if rule and old is not None and rule_terms(old, lang) != rule:
        lines.append(f'<p class="muted"><b>{escape(_(CHANGED))}</b> {escape(rule)}</p>')
        lines.append(f'<p class="muted">{escape(_(NOW, line=rule_terms(old, lang)))}</p>')
        if first.rule is not None and old.basis.strip() == policy.rules[first.rule].basis.strip():
            lines.append(f'<p class="muted"><b>{escape(_(SAME_REASON))}</b></p>')
    elif rule:
        lines.append(f'<p class="muted">{escape(rule)}</p>')
    if why:
        lines.append(f'<p class="muted">{escape(why)}</p>')
    return "".join(lines)


def render_sheet(
    device: QPagedPaintDevice,
    policy: Policy,
    lang: str = "en",
    *,
    printed_on: dt.date | None = None,
    in_force: Policy | None = None,
) -> int:
    """Paint the check sheet of ``policy`` on ``device``; return the number of pages. With
    ``in_force`` (the policy the desk uses now), the lines that would change are marked."""
    check_language(lang)
    _ = words(lang)
    frame = frame_for(device, STYLE)
    make = BlockMaker(device, frame.body.width(), STYLE)
    examples = check_examples(policy)
    compared = (
        InForce(in_force, changed_examples(policy, examples, in_force)) if in_force is not None else None
    )
    blocks = sheet_blocks(make, policy, examples, lang, printed_on or dt.date.today(), compared)
    continued = make.text(f'<p class="muted"><b>{escape(_(CONTINUED))}</b></p>', gap=0)
    pages = paginate(blocks, frame.body.height(), continued)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer or file could not be opened for drawing")
    try:
        for number, page in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            for y, block in page:
                block.paint(painter, QPointF(frame.body.x(), frame.body.y() + y))
            footer = _(PAGE_OF, number=number, total=len(pages))
            paint_footer(painter, device, frame.footer, policy_label(policy, lang), footer, STYLE)
    finally:
        painter.end()
    return len(pages)


def sheet_pdf(
    policy: Policy,
    lang: str,
    page: QPageSize,
    printed_on: dt.date | None = None,
    in_force: Policy | None = None,
) -> bytes:
    """The check sheet as PDF bytes (marked against ``in_force`` if given)."""
    return paper_bytes(
        lambda device: render_sheet(device, policy, lang, printed_on=printed_on, in_force=in_force),
        page,
        "Policy check sheet",
    )
