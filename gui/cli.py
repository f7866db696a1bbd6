"""Command line: no sub-command starts the window; ``plan`` and ``products`` serve scripts.

Bad input ends with exit status 2 and one line on stderr that names the bad value and what is
accepted. No traceback reaches a person.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .resource_files import default_policy_path
from .timing import (
    LANGUAGES,
    TARGETS,
    DateOrder,
    DateParseError,
    HistoryError,
    Plan,
    Policy,
    Precision,
    Treatment,
    format_day_month,
    format_long,
    format_relative,
    load_policy,
    make_plan,
    note_text,
    parse_date,
)
from .timing.words import evidence_text

if TYPE_CHECKING:
    import argparse

PROG = "microneedling-window"
EXIT_BAD_INPUT = 2
DISCLAIMER = (
    "Educational information, not medical advice. Dates are within the clinic's policy, "
    "not a guarantee; a qualified professional decides."
)
DISCLAIMER_ES = (
    "Información educativa, no es consejo médico. Las fechas están dentro de la política de la "
    "clínica, no son una garantía; decide un profesional calificado."
)
_AROUND = re.compile(r"^(?P<date>.+?)\s*~\s*(?P<days>\d+)$")


class UsageError(Exception):
    """Bad command-line input; the message is the one line shown to the person."""


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not needed to open the window: imported for a sub-command only

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise UsageError(message)

    parser = _Parser(
        prog=PROG,
        description="When can a patient have microneedling after toxin or filler injections? "
        "With no sub-command, opens the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    plan = sub.add_parser("plan", help="compute the earliest date and a verdict")
    _add_plan_inputs(plan)
    plan.add_argument("--json", action="store_true", help="print JSON instead of text (JSON has no language)")
    _add_lang(plan, "the language of the text output")
    products = sub.add_parser("products", help="list the product ids, names and classes")
    products.add_argument("--policy", metavar="FILE", type=Path, help="a policy TOML file")
    handout = sub.add_parser("handout", help="write the patient handout as a PDF (no window needed)")
    _add_handout_inputs(handout)
    return parser


def _add_plan_inputs(parser: argparse.ArgumentParser) -> None:
    """The inputs of a plan, shared by the ``plan`` and ``handout`` sub-commands."""
    parser.add_argument(
        "--history",
        action="append",
        default=[],
        metavar="PRODUCT=DATE",
        help="a prior treatment, repeatable. DATE: 2026-11-10, '10 Nov 2026', '2 weeks ago', "
        "'Nov 2026' (month only), or 2026-11-10~3 (around, ± 3 days)",
    )
    parser.add_argument("--target", choices=TARGETS, default="microneedling")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    parser.add_argument("--proposed", metavar="DATE", help="a proposed appointment date to judge")
    parser.add_argument("--policy", metavar="FILE", type=Path, help="a policy TOML file")
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read numeric dates such as 03/04/2026 (default: refuse them as ambiguous)",
    )


def _add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help=f"{what} (default: en)")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _start_window(args_list)  # the common case, without building the parser
    try:
        args = build_parser().parse_args(args_list)
        if args.command == "plan":
            return _run_plan(args)
        if args.command == "products":
            return _run_products(args)
        if args.command == "handout":
            return _run_handout(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return _start_window(args_list)


def _start_window(argv: list[str]) -> int:
    from .app import run  # Qt is imported only when the window is wanted

    return run(argv)


# --- plan ------------------------------------------------------------------------------------------


def _load_policy(path: Path | None) -> Policy:
    result = load_policy(path or default_policy_path())
    if result.policy is None or result.problems:
        first = result.problems[0]
        more = f" (and {len(result.problems) - 1} more problems)" if len(result.problems) > 1 else ""
        raise UsageError(f"--policy: {first}{more}")
    return result.policy


def _parse_today(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--today {text!r}: use the form YYYY-MM-DD, e.g. 2026-11-24") from None


def _order(code: str | None) -> DateOrder | None:
    return {"dmy": DateOrder.DAY_FIRST, "mdy": DateOrder.MONTH_FIRST}.get(code or "")


def parse_history_item(item: str, policy: Policy, today: date, order: DateOrder | None) -> Treatment:
    """``botox=2026-11-10``, ``ha-filler=Nov 2026``, ``dysport=2026-11-10~3``."""
    product_id, sep, when = item.partition("=")
    product_id = product_id.strip().lower()
    if not sep or not when.strip():
        raise UsageError(f"--history {item!r}: use PRODUCT=DATE, e.g. botox=2026-11-10")
    if product_id not in policy.products:
        known = ", ".join(policy.products)
        raise UsageError(f"--history {item!r}: unknown product {product_id!r}; known: {known}")
    around = _AROUND.match(when.strip())
    try:
        parsed = parse_date(around.group("date") if around else when, today, order)
        if around:
            treatment = Treatment(product_id, parsed.first, Precision.AROUND, int(around.group("days")))
        elif parsed.precision is Precision.MONTH:
            treatment = Treatment(product_id, parsed.first, Precision.MONTH)
        else:
            treatment = Treatment(product_id, parsed.first)
        treatment.check_not_future(today)
    except (DateParseError, HistoryError) as exc:
        raise UsageError(f"--history {item!r}: {exc}") from None
    return treatment


def _parse_proposed(text: str | None, today: date, order: DateOrder | None) -> date | None:
    if text is None:
        return None
    try:
        parsed = parse_date(text, today, order)
    except DateParseError as exc:
        raise UsageError(f"--proposed: {exc}") from None
    if parsed.precision is not Precision.EXACT:
        raise UsageError(f"--proposed {text!r}: give a single day, not a whole month")
    if parsed.first < today:
        raise UsageError(f"--proposed {text!r}: {parsed.text} is before today ({format_day_month(today)})")
    return parsed.first


def _plan_from_args(args: argparse.Namespace) -> Plan:
    """The plan the ``plan`` and ``handout`` sub-commands' inputs describe; UsageError on bad input."""
    policy = _load_policy(args.policy)
    today = _parse_today(args.today)
    order = _order(args.date_order)
    history = [parse_history_item(item, policy, today, order) for item in args.history]
    proposed = _parse_proposed(args.proposed, today, order)
    return make_plan(history, policy, today, args.target, proposed)


def _run_plan(args: argparse.Namespace) -> int:
    plan = _plan_from_args(args)
    print(json.dumps(plan_to_json(plan), indent=2) if args.json else plan_to_text(plan, args.lang))
    return 0


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def plan_to_json(plan: Plan) -> dict[str, object]:
    """The plan as JSON-ready values: exactly the documented keys, dates as ISO strings or null."""
    return {
        "today": _iso(plan.today),
        "target": plan.target,
        "date": _iso(plan.date),
        "verdict": plan.verdict.value,
        "earliest": _iso(plan.earliest),
        "ideal_until": _iso(plan.ideal_until),
        "effect_ends": _iso(plan.effect_ends),
        "days_to_wait": plan.days_to_wait,
        "reasons": [
            {
                "product": r.product.id,
                "from": _iso(r.first),
                "to": _iso(r.last),
                "earliest": _iso(r.earliest),
                "rule": r.rule_text,
                "basis": r.basis,
                "evidence": r.evidence,
                "sources": list(r.sources),
            }
            for r in plan.reasons
        ],
        "policy": {"name": plan.policy.name, "version": plan.policy.version},
    }


VERDICT_WORDS = {
    "too-early": "TOO EARLY — wait until the earliest date",
    "ideal": "IDEAL — within the clinic's policy, while the toxin still works",
    "late": "LATE — allowed; the toxin is waning or has worn off, so the combined benefit is smaller",
    "clear": "CLEAR — within the clinic's policy",
}
TEXT_WORDS = {
    "en": {
        "title": "{Target} plan — today is {today}",
        "none": "No prior treatments entered: no wait applies under this policy.",
        "earliest": "Earliest date:     ",
        "ideal": "Ideal window ends: ",
        "worn_off": "Toxin worn off by: ",
        "proposed": "proposed date",
        "today": "today",
        "verdict": "Verdict for {judged}, {date}: {verdict}",
        "wait": "Days to wait: {days}",
        "why": "Why:",
        "sets": "  (sets the earliest date)",
        "reason": "  • {product}, {when} → earliest {earliest}{marker}",
        "rule": "    Rule: ",
        "basis": "    Basis: ",
        "evidence": "    Evidence: ",
        "source": "    Source: ",
        "notes": "Notes:",
        "policy": "Policy: {label} (reviewed {reviewed}; next review {next})",
        "disclaimer": DISCLAIMER,
    },
    "es": {
        "title": "Plan de {target} — hoy es {today}",
        "none": "No hay tratamientos previos anotados: según esta política no hace falta esperar.",
        "earliest": "Primera fecha posible:    ",
        "ideal": "Fin del periodo ideal:    ",
        "worn_off": "Toxina sin efecto hacia:  ",
        "proposed": "la fecha propuesta",
        "today": "hoy",
        "verdict": "Veredicto para {judged}, {date}: {verdict}",
        "wait": "Días de espera: {days}",
        "why": "Por qué:",
        "sets": "  (fija la primera fecha)",
        "reason": "  • {product}, {when} → primera fecha {earliest}{marker}",
        "rule": "    Regla: ",
        "basis": "    Base: ",
        "evidence": "    Evidencia: ",
        "source": "    Fuente: ",
        "notes": "Notas:",
        "policy": "Política: {label} (revisada el {reviewed}; próxima revisión el {next})",
        "disclaimer": DISCLAIMER_ES,
    },
}
VERDICT_WORDS_ES = {
    "too-early": "DEMASIADO PRONTO — espere hasta la primera fecha posible",
    "ideal": "IDEAL — dentro de la política de la clínica, mientras la toxina aún hace efecto",
    "late": "TARDE — permitido; la toxina pierde efecto o ya no lo tiene, así que el beneficio "
    "combinado es menor",
    "clear": "SIN ESPERA — dentro de la política de la clínica",
}


def _when(day: date, today: date, lang: str = "en") -> str:
    return f"{format_long(day, lang)} ({format_relative(day, today, lang)})"


def _dates_lines(plan: Plan, w: dict[str, str], lang: str) -> list[str]:
    if plan.earliest is None:
        return [w["none"]]
    lines = [w["earliest"] + _when(plan.earliest, plan.today, lang)]
    if plan.has_ideal_window and plan.ideal_until:
        lines.append(w["ideal"] + _when(plan.ideal_until, plan.today, lang))
    if plan.effect_ends:
        lines.append(w["worn_off"] + _when(plan.effect_ends, plan.today, lang))
    return lines


def _reason_lines(plan: Plan, w: dict[str, str], lang: str) -> list[str]:
    lines = ["", w["why"]] if plan.reasons else []
    for r in plan.reasons:
        marker = w["sets"] if r.sets_earliest else ""
        earliest = format_day_month(r.earliest, lang)
        lines += [
            w["reason"].format(
                product=r.product.name_in(lang), when=r.when_in(lang), earliest=earliest, marker=marker
            ),
            w["rule"] + r.rule_text_in(lang),
            w["basis"] + r.basis_in(lang),
            w["evidence"] + evidence_text(r.evidence, lang),
            *(w["source"] + s for s in r.sources),
        ]
    return lines


def plan_to_text(plan: Plan, lang: str = "en") -> str:
    """A readable summary with month-name dates, for people at a terminal, in English or Spanish."""
    w = TEXT_WORDS[lang]
    target = plan.target_name_in(lang)
    lines = [
        w["title"].format(Target=target.capitalize(), target=target, today=format_long(plan.today, lang)),
        "",
    ]
    lines += _dates_lines(plan, w, lang)
    verdict = (VERDICT_WORDS_ES if lang == "es" else VERDICT_WORDS)[plan.verdict.value]
    judged = w["proposed"] if plan.proposed else w["today"]
    lines += ["", w["verdict"].format(judged=judged, date=format_long(plan.date, lang), verdict=verdict)]
    if plan.days_to_wait:
        lines.append(w["wait"].format(days=plan.days_to_wait))
    lines += _reason_lines(plan, w, lang)
    if plan.notes:
        lines += ["", w["notes"], *(f"  - {note_text(n, lang)}" for n in plan.notes)]
    p = plan.policy
    reviewed, next_review = format_day_month(p.reviewed, lang), format_day_month(p.next_review, lang)
    lines += [
        "",
        w["policy"].format(label=p.label_in(lang), reviewed=reviewed, next=next_review),
        w["disclaimer"],
    ]
    return "\n".join(lines)


# --- products --------------------------------------------------------------------------------------


def _run_products(args: argparse.Namespace) -> int:
    policy = _load_policy(args.policy)
    width = max(len(pid) for pid in policy.products)
    for product in policy.products.values():
        print(f"{product.id:<{width}}  {product.name}  [{product.class_name}]")
    return 0


# --- handout ---------------------------------------------------------------------------------------


def _add_handout_inputs(handout: argparse.ArgumentParser) -> None:
    _add_plan_inputs(handout)
    handout.add_argument("--patient", metavar="NAME", help="the patient's name to print (not stored)")
    handout.add_argument("--page", choices=("a4", "letter"), help="paper size (default: from the locale)")
    _add_lang(handout, "the handout's language")
    handout.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True, help="the PDF")


def _run_handout(args: argparse.Namespace) -> int:
    """Write the handout with no display: offscreen Qt, imported only for this sub-command."""
    plan = _plan_from_args(args)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported
    from .qt_runtime import immortalize_none

    immortalize_none()  # before any Qt object is used; see gui/qt_runtime.py
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from .clinic import Clinic
    from .handout import page_size_for, write_pdf, write_problem

    output = args.output.expanduser()
    problem = write_problem(output)  # checked before Qt starts, so the error is the only line on stderr
    if problem:
        raise UsageError(f"cannot write {output}: {problem}")
    app = QGuiApplication.instance() or QGuiApplication([PROG])
    try:
        write_pdf(output, plan, Clinic(), args.lang, args.patient, page_size_for(QLocale(), args.page))
    except OSError as exc:
        raise UsageError(str(exc)) from None
    finally:
        app.processEvents()
    print(f"wrote {output}")
    return 0
