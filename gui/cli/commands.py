"""The sub-commands ``plan``, ``handout``, ``products`` and ``policy-sheet``, and the window's ``--lang``.

``plan`` and ``handout`` are the window's answer on this desk: the same clinic settings (header, page
size, opening days, numeric date order) and the same active policy, found the way the window finds
them, and typed treatments read by the same function. Bad input ends with exit status 2 and one line
on stderr that names the bad value and what is accepted; a broken settings or policy file on the desk
is one warning line, and the command goes on as the window would. No traceback reaches a person.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from gui.cli import start_window
from gui.core import (
    LANGUAGES,
    MAX_AROUND_DAYS,
    Closed,
    DateOrder,
    DateParseError,
    History,
    ParsedDate,
    Plan,
    Policy,
    Precision,
    Tense,
    Treatment,
    TypedTreatment,
    Verdict,
    basis_text,
    bookable_reason,
    check_not_past,
    earliest_text,
    format_day_month,
    format_long,
    format_relative,
    latest_text,
    load_policy,
    make_plan,
    name_of,
    note_text,
    parse_date,
    plan_target_name,
    planned_check_texts,
    planned_rule_text,
    policy_text,
    read_history,
    reason_rule_text,
    treatment_when,
    unsigned_text,
    verdict_text,
)
from gui.core.catalog import N_, words
from gui.core.course import Course, CourseError, make_course
from gui.core.course_words import (
    course_rule_text,
    course_warnings,
    next_toxin_text,
    session_reasons,
    wears_off_text,
)
from gui.core.echo import one_line, quoted
from gui.core.limits import FIRST_TODAY, LAST_TODAY, MAX_SESSIONS, today_in_range
from gui.core.plan_json import plan_to_json
from gui.core.plan_words import crowded_by
from gui.core.products import products_like, products_matching, products_of_classes_matching, the_product
from gui.core.resources import default_policy_path
from gui.core.screening import with_screening
from gui.core.screening_words import effect_title, item_effect_text, screening_line
from gui.core.words.common import evidence_text, screening_reason_text, source_text

if TYPE_CHECKING:
    import argparse

    from PySide6.QtGui import QPageSize

    from gui.store.settings import ClinicSettings


PROG = "microneedling-window"
# The names gui/app.py gives the application: Qt's config folder for this desk is made of them.
APP_NAME = "Microneedling Window"
EXIT_BAD_INPUT = 2
EXIT_OUTPUT_FAILED = 1  # standard output could not be written (a full disk)
EXIT_PIPE_CLOSED = 141  # the reader closed the pipe: what a shell reports for a tool ended by SIGPIPE
_AROUND = re.compile(r"^(?P<date>[^~]+?)\s*~\s*(?P<days>\d+)$")
# A day and a month in numbers ("03/04/2026", "3.4.26", "03-04"), whose order the desk must say; not
# the middle of an ISO date ("2026-11-10"), which has one order only.
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d/.\-])\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)")


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
    parser.add_argument(
        "--lang",
        dest="window_language",
        choices=LANGUAGES,
        help="the window's language (default: the clinic's setting, else this computer's)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    plan = sub.add_parser("plan", help="compute the earliest date and a verdict")
    _add_plan_inputs(plan)
    plan.add_argument("--json", action="store_true", help="print JSON instead of text (JSON has no language)")
    _add_lang(plan, "the language of the text output")
    products = sub.add_parser(
        "products", help="list the product ids, names and classes of this desk's policy (as `plan` uses it)"
    )
    products.add_argument("--policy", metavar="FILE", type=Path, help="a policy TOML file")
    products.add_argument(
        "--screening", action="store_true", help="list the screening questions instead: id, effect, question"
    )
    _add_desk_choice(products)
    products.set_defaults(lang="en")  # the language of a warning about the desk's files
    sheet = sub.add_parser(
        "policy-sheet",
        help="the policy's check sheet: worked examples of what the desk will say (--json: run them in plan)",
    )
    sheet.add_argument("--policy", metavar="FILE", type=Path, help="a policy TOML file")
    sheet.add_argument(
        "--json", action="store_true", help="print the examples as JSON (run each through plan to check them)"
    )
    sheet.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, help="write the sheet as a PDF")
    sheet.add_argument("--page", choices=("a4", "letter"), help="paper size (default: the locale's)")
    _add_desk_choice(sheet)
    _add_lang(sheet, "the sheet's language")
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
    parser.add_argument(
        "--target",
        metavar="NEXT",
        default="microneedling",
        help="the next treatment: microneedling (default), rf-microneedling, or any product (botox, "
        "ha-filler, …; `products` lists them)",
    )
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    parser.add_argument("--proposed", metavar="DATE", help="a proposed appointment date to judge")
    parser.add_argument(
        "--planned",
        action="append",
        default=[],
        metavar="PRODUCT=DATE",
        help="a treatment already booked after the next one (one day from today on), repeatable: the "
        "next treatment must leave its wait before it",
    )
    parser.add_argument(
        "--screen",
        action="append",
        default=[],
        metavar="ID[,ID…]",
        help="screening questions answered yes at the desk (ids as `products --screening` lists them; "
        "repeatable): the date stays, the verdict adds 'ask the practitioner first' or 'not today'",
    )
    parser.add_argument(
        "--sessions",
        metavar="N",
        help=f"a course of N sessions (1 to {MAX_SESSIONS}) of the next treatment, spaced as the policy says "
        "(microneedling and RF microneedling by default); lists each session and the next toxin visit",
    )
    parser.add_argument(
        "--move-session",
        metavar="N=DATE",
        help="with --sessions: session N (2 or later) moved by hand to DATE; the sessions after it are "
        "placed again from it, and a day before the course allows it is flagged too early",
    )
    parser.add_argument(
        "--ics",
        metavar="FILE.ics",
        type=Path,
        help="also write the course as a calendar file: one all-day event per session (one session "
        "without --sessions) and one for the next toxin visit; no patient name or history",
    )
    parser.add_argument(
        "--policy", metavar="FILE", type=Path, help="a policy TOML file (default: this desk's active policy)"
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read numeric dates such as 03/04/2026 (default: the clinic's setting, else this "
        "computer's order; with none, a date whose day and month could swap is refused)",
    )
    _add_desk_choice(parser)


def _add_desk_choice(parser: argparse.ArgumentParser) -> None:
    desk = parser.add_mutually_exclusive_group()
    desk.add_argument(
        "--settings",
        metavar="FILE",
        type=Path,
        help="another clinic settings TOML file (default: this desk's, as the window uses them)",
    )
    desk.add_argument(
        "--no-clinic-settings",
        action="store_true",
        help="ignore this desk's settings: no clinic header, always open, the default policy",
    )


def _add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=f"{what} (default: the clinic's language setting, else en)"
    )


class _OutputFailed(Exception):
    """Standard output could not take what a sub-command printed."""


def _say(text: str, *, result: bool = True) -> None:
    """Print to standard output now, so that a closed pipe or a full disk is met here, not at exit.

    ``result`` False: a note beside a result kept elsewhere (the handout's PDF), which needs no output.
    """
    try:
        if sys.stdout is None:  # started with standard output closed (`>&-`)
            raise OSError(errno.EBADF, "standard output is closed")
        print(text)
        sys.stdout.flush()
    except OSError as exc:
        if result:
            raise _OutputFailed(exc) from exc


def _complain(line: str) -> None:
    """One line on standard error, if there is one (``print`` would fall back to standard output)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            print(line, file=sys.stderr)


def _drop_stdout() -> None:
    """Point standard output at the null device: what is still buffered cannot fail again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no descriptor (a caller's buffer, or none): nothing to do
        pass


def run(args_list: list[str]) -> int:
    """A sub-command's exit status, or the window with ``--lang`` (``gui.cli.main`` takes no arguments
    to the window itself, without reading this module)."""
    try:
        args = build_parser().parse_args(args_list)
        if args.command and args.window_language:
            raise UsageError(
                f"--lang before {args.command} is the window's language; give it after the command: "
                f"{args.command} … --lang {args.window_language}"
            )
        if args.command == "plan":
            return _run_plan(args)
        if args.command == "products":
            return _run_products(args)
        if args.command == "policy-sheet":
            return _run_policy_sheet(args)
        if args.command == "handout":
            return _run_handout(args)
        if args.window_language:
            return start_window([], args.window_language)
    except UsageError as exc:
        _complain(f"{PROG}: error: {one_line(str(exc))}")
        return EXIT_BAD_INPUT
    except _OutputFailed as failed:
        _drop_stdout()
        cause = failed.__cause__
        if isinstance(cause, BrokenPipeError):
            return EXIT_PIPE_CLOSED  # the reader has what it wanted (`| head -1`): quiet, as Unix tools are
        reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
        _complain(f"{PROG}: error: cannot write the output: {reason}")
        return EXIT_OUTPUT_FAILED
    return start_window(args_list)


# --- the desk: its settings and active policy, as the window has them -----------------------------


@dataclass(frozen=True)
class Desk:
    """The clinic settings a command uses, and the config folder whose policy store it asks (None:
    no desk policy, as with ``--no-clinic-settings``)."""

    settings: ClinicSettings
    config: Path | None


def desk_config_folder() -> Path:
    """This desk's config folder, found as the window finds it: Qt's AppConfigLocation under the
    application's names. Only QtCore is imported (no display, and ``plan`` stays quick); the names
    are borrowed for the look-up, so a running application keeps its own."""
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()  # before any Qt call; see gui/ui/qt_runtime.py
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    before = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    try:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
    finally:
        QCoreApplication.setOrganizationName(before[0])
        QCoreApplication.setApplicationName(before[1])


def _warn(message: str, lang: str) -> None:
    """A store's banner as one warning line on stderr, in ``lang`` when it is a notice."""
    from gui.core.words.notice import said_in

    if message:
        _complain(f"{PROG}: warning: {' '.join(said_in(message, lang).split())}")


def _desk(args: argparse.Namespace) -> Desk:
    """The settings the window on this desk uses (or ``--settings FILE``, or the shipped defaults).
    Without ``--lang``, the command speaks the clinic's language setting when it names one (as the
    window's handout does), else English: never the computer's locale, so scripts get what they expect."""
    desk = _desk_settings(args)
    if getattr(args, "lang", "") is None:
        language = desk.settings.language
        args.lang = language if language in LANGUAGES else "en"
    return desk


def _desk_settings(args: argparse.Namespace) -> Desk:
    from gui.store.settings import ClinicSettings, SettingsStore, read_settings_file

    if args.no_clinic_settings:
        return Desk(ClinicSettings(), None)
    if args.settings is not None:
        path = args.settings.expanduser()
        try:
            settings = read_settings_file(path)
        except ValueError as exc:
            raise UsageError(f"--settings {quoted(str(path), limit=260)}: {exc}") from None
        return Desk(settings, None if args.policy else desk_config_folder())
    config = desk_config_folder()
    loaded = SettingsStore(config).load()  # as the window does: a broken file is kept aside
    _warn(loaded.banner, args.lang or "en")
    return Desk(loaded.settings, config)


def _active_policy(args: argparse.Namespace, desk: Desk, *, for_patients: bool = False) -> Policy:
    """``--policy FILE``; else the desk's active policy with the window's fallbacks; else the default.
    ``for_patients`` (a handout): a ``--policy`` file nobody signed is refused, the shipped default
    excepted — no patient paper goes home under unapproved rules."""
    if args.policy is not None or desk.config is None:
        policy = _load_policy(args.policy)
        if for_patients and args.policy is not None and not _signed_or_shipped(policy):
            raise UsageError(
                f"--policy {quoted(str(args.policy), limit=260)}: the file is not signed; a patient handout "
                "is printed only under a signed policy (sign it in the policy editor) or the shipped default"
            )
        return policy
    from gui.store.policies import PolicyStore

    active = PolicyStore(desk.config, default_policy_path()).active(desk.settings.shared_policy)
    _warn(active.banner, args.lang)
    return active.policy


# --- plan ------------------------------------------------------------------------------------------


def _load_policy(path: Path | None) -> Policy:
    result = load_policy(path or default_policy_path())
    if result.policy is None or result.problems:
        first = result.problems[0]
        more = f" (and {len(result.problems) - 1} more problems)" if len(result.problems) > 1 else ""
        raise UsageError(f"--policy: {first}{more}")
    return result.policy


def _signed_or_shipped(policy: Policy) -> bool:
    """Whether ``policy`` is signed, or says exactly what the shipped default says (its name included)."""
    from gui.core.fingerprint import policy_fingerprint

    return bool(policy.approved_by) or policy_fingerprint(policy) == policy_fingerprint(_load_policy(None))


def _parse_today(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        today = date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise UsageError(
                f"--today {quoted(text)}: there is no such day; check the month and day"
            ) from None
        raise UsageError(f"--today {quoted(text)}: use the form YYYY-MM-DD, e.g. 2026-11-24") from None
    if not today_in_range(today):
        raise UsageError(f"--today {quoted(text)}: use a day from {FIRST_TODAY} to {LAST_TODAY}")
    return today


def _order(code: str | None) -> DateOrder | None:
    return {"dmy": DateOrder.DAY_FIRST, "mdy": DateOrder.MONTH_FIRST}.get(code or "")


def _desk_order(setting: str) -> DateOrder | None:
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()  # before any Qt call; see gui/ui/qt_runtime.py
    from gui.store.date_order import desk_date_order

    return desk_date_order(setting)


# The numeric order for a typed date: what ``date_order_for`` gives, or one order for every text.
OrderFor = Callable[[str], DateOrder | None]


def date_order_for(option: str | None, setting: str = "auto") -> OrderFor:
    """``--date-order`` if given, else the desk's ``date_order`` setting; its "auto" (the system
    locale's order, through QtCore) is looked up only for a text with a numeric day and month."""
    fixed = _order(option) or _order(setting)

    def order_for(text: str) -> DateOrder | None:
        if fixed is not None or not _NUMERIC_DAY_MONTH.search(text):
            return fixed
        return _desk_order(setting)

    return order_for


def _reading(text: str, today: date, order: DateOrder | OrderFor | None, tense: Tense) -> ParsedDate:
    """The one parser, as the window's fields call it: treatments look back, appointments ahead."""
    numeric = order(text) if callable(order) else order
    return parse_date(text, today, numeric, tense=tense)


def _split_around(item: str, when: str) -> tuple[str, int | None]:
    """``DATE~N`` → (DATE, N); a plain date → (date, None). ``~0`` and ``~31`` are refused."""
    match = _AROUND.match(when)
    if not match:
        before, tilde, _ = when.partition("~")
        if tilde and before.strip():  # "DATE~-3", "DATE~~3", "DATE~": not the form, say the form
            raise UsageError(
                f"--history {quoted(item)}: after a date, '~' takes the days either side, "
                f"1 to {MAX_AROUND_DAYS}, e.g. 2026-11-10~3"
            )
        return when, None
    text, days = match.group("date"), int(match.group("days"))
    if not 1 <= days <= MAX_AROUND_DAYS:
        raise UsageError(
            f"--history {quoted(item)}: ~{days} cannot be used; 'around' takes ± 1 to "
            f"{MAX_AROUND_DAYS} days, e.g. {text}~3, or the date alone"
        )
    return text, days


def _check_not_narrowed(item: str, text: str, reading: ParsedDate, days: int) -> None:
    """A whole month stays a whole month: ``Nov 2026~3`` would claim a day nobody typed."""
    if reading.precision is Precision.MONTH:
        day = reading.first.replace(day=15).isoformat()
        raise UsageError(
            f"--history {quoted(item)}: {reading.text} is a whole month, which cannot be narrowed with "
            f"~{days}; type the month alone ({text}) or one day with ~{days}, e.g. {day}~{days}"
        )


def _not_one_product(policy: Policy, typed: str) -> str:
    could = products_matching(policy, typed) or products_of_classes_matching(policy, typed)
    if could:
        return f"{quoted(typed)} could be {', '.join(could)}; use one of them"
    screened = [
        i.id for i in policy.screening.values() if typed.strip().casefold() in (i.id, i.name.casefold())
    ]
    if screened:  # 'isotretinoin' is asked at the desk, not a treatment with a date
        return (
            f"{quoted(typed)} is a screening question, not a treatment: answer it with --screen {screened[0]}"
        )
    like = products_like(policy, typed)
    if like:
        return f"unknown product {quoted(typed)}; did you mean {', '.join(like)}?"
    return f"unknown product {quoted(typed)}; known: {', '.join(policy.products)}"


def _typed_item(item: str, policy: Policy, today: date, order: DateOrder | OrderFor | None) -> TypedTreatment:
    """``botox=2026-11-10``, ``ha-filler=Nov 2026``, ``dysport=2026-11-10~3`` as the window reads a typed
    row: the product by its id, the date by ``parse_date`` looking back; UsageError when either is not
    understood."""
    product_id, when = _product_and_date("--history", item, policy, "botox=2026-11-10")
    text, days = _split_around(item, when)
    try:
        reading = _reading(text, today, order, Tense.PAST)
    except DateParseError as exc:
        raise UsageError(f"--history {quoted(item)}: {exc}") from None
    if days is None:
        return TypedTreatment(product_id, reading)
    _check_not_narrowed(item, text, reading, days)
    return TypedTreatment(product_id, reading, Precision.AROUND, days)


def parse_history(
    items: Sequence[str], policy: Policy, today: date, order: DateOrder | OrderFor | None
) -> History:
    """Every ``--history`` item, read the one way the window reads its rows (``read_history``)."""
    reading = read_history([_typed_item(item, policy, today, order) for item in items], today)
    for index, problem in reading.problems:  # each item names a product and a readable date
        raise UsageError(f"--history {quoted(items[index])}: {problem}")
    return reading.treatments


def _product_and_date(option: str, item: str, policy: Policy, example: str) -> tuple[str, str]:
    """``PRODUCT=DATE``: the product as the window's product field reads it, and the date's text;
    UsageError naming ``option`` when either part is missing or the product is not one product."""
    typed_product, sep, when = item.partition("=")
    if not sep or not when.strip():
        raise UsageError(f"{option} {quoted(item)}: use PRODUCT=DATE, e.g. {example}")
    product_id = the_product(policy, typed_product)
    if product_id is None:
        raise UsageError(f"{option} {quoted(item)}: {_not_one_product(policy, typed_product.strip())}")
    return product_id, when.strip()


def _one_day_ahead(
    option: str, shown: str, text: str, today: date, order: DateOrder | OrderFor | None
) -> date:
    """An appointment's day as the window's proposed-date field reads it: one day, from today until 5
    years ahead; UsageError naming ``option`` and what was typed (``shown``)."""
    try:
        parsed = _reading(text, today, order, Tense.FUTURE)
        check_not_past(parsed, today)
    except DateParseError as exc:
        raise UsageError(f"{option} {quoted(shown)}: {exc}") from None
    return parsed.first


def _parse_proposed(text: str | None, today: date, order: DateOrder | OrderFor | None) -> date | None:
    return None if text is None else _one_day_ahead("--proposed", text, text, today, order)


def _parse_planned(
    items: Sequence[str], policy: Policy, today: date, order: DateOrder | OrderFor | None
) -> list[Treatment]:
    """``botox=2026-12-20``: a treatment booked for one day from today on, its date read as --proposed is."""
    planned = []
    for item in items:
        product_id, when = _product_and_date("--planned", item, policy, "botox=2026-12-20")
        planned.append(Treatment(product_id, _one_day_ahead("--planned", item, when, today, order)))
    return planned


def _parse_target(typed: str, policy: Policy) -> str:
    """The next treatment, read as a product name is (``botox``, ``RF microneedling``, ``filler``)."""
    target = the_product(policy, typed)
    if target is None or target not in policy.next_treatments:
        could = [t for t in products_matching(policy, typed) if t in policy.next_treatments]
        if len(could) > 1:
            raise UsageError(f"--target {quoted(typed.strip())} could be {', '.join(could)}; use one of them")
        known = ", ".join(policy.next_treatments)
        raise UsageError(
            f"--target {quoted(typed.strip())}: not a treatment this policy knows; use one of: {known}"
        )
    return target


def _parse_move(
    text: str | None, sessions: str | None, today: date, order: DateOrder | OrderFor | None
) -> dict[int, date]:
    """``--move-session 2=2027-01-10``: the session and the day it is moved to, read as --proposed is."""
    if text is None:
        return {}
    if sessions is None:
        raise UsageError(f"--move-session {quoted(text)}: give the course with --sessions N as well")
    number, equals, when = text.partition("=")
    number = number.strip()
    if not (equals and when.strip() and number.isascii() and number.isdigit() and len(number) <= 2):
        raise UsageError(
            f"--move-session {quoted(text)}: use the session's number and a date, e.g. 2=2027-01-10"
        )
    return {int(number): _one_day_ahead("--move-session", text, when, today, order)}


def _parse_sessions(
    text: str | None,
    plan: Plan,
    policy: Policy,
    settings: ClinicSettings,
    *,
    ics: bool = False,
    moved: dict[int, date] | None = None,
) -> Course | None:
    """``--sessions N``: the course, or None when not asked for (one session when only a calendar file
    is); UsageError on a bad count, target or moved session."""
    if text is None and not ics:
        return None
    text = "1" if text is None else text
    count = text.strip()
    if not (count.isascii() and count.isdigit() and len(count) <= 2 and 1 <= int(count) <= MAX_SESSIONS):
        raise UsageError(f"--sessions {quoted(count)}: use a whole number from 1 to {MAX_SESSIONS}")
    if policy.course_for(plan.target) is None:
        with_course = [t for t in policy.next_treatments if policy.course_for(t) is not None]
        raise UsageError(
            f"--sessions: the policy gives no course spacing for {plan.target}; "
            f"a course is for: {', '.join(with_course) or 'no treatment'}"
        )
    try:
        return make_course(plan, policy, int(count), settings.clinic_days, moved)
    except CourseError as exc:
        number = next(iter(moved or {}), "")
        raise UsageError(f"--move-session {number}: {exc}") from None


def _parse_screen(items: Sequence[str], policy: Policy, target: str) -> list[str]:
    """``--screen isotretinoin,sunburn``: the ids answered yes, each one the policy asks before ``target``."""
    asked = [item.id for item in policy.screening_for(target)]
    said = []
    for text in items:
        for part in text.split(","):
            typed = part.strip().lower()
            if typed not in asked:
                known = ", ".join(asked) or "none"
                raise UsageError(
                    f"--screen {quoted(part.strip())}: not a screening question before {target}; use: {known}"
                )
            said.append(typed)
    return said


def _plan_from_args(args: argparse.Namespace, *, for_patients: bool = False) -> tuple[Plan, ClinicSettings]:
    """The plan the inputs describe on this desk (with its course for ``--sessions``; the calendar file
    written for ``--ics``), and the settings it used; UsageError on bad input (``for_patients``: see
    :func:`_active_policy`)."""
    today = _parse_today(args.today)
    desk = _desk(args)
    policy = _active_policy(args, desk, for_patients=for_patients)
    order = date_order_for(args.date_order, desk.settings.date_order)
    history = parse_history(args.history, policy, today, order)
    proposed = _parse_proposed(args.proposed, today, order)
    target = _parse_target(args.target, policy)
    planned = _parse_planned(args.planned, policy, today, order)
    moved = _parse_move(args.move_session, args.sessions, today, order)
    screened = _parse_screen(args.screen, policy, target)
    plan = make_plan(history, policy, today, target, proposed, desk.settings.clinic_days, planned)
    plan = with_screening(plan, policy, screened)
    ics = args.ics is not None
    course = _parse_sessions(args.sessions, plan, policy, desk.settings, ics=ics, moved=moved)
    if args.ics is not None and course is not None:
        _write_ics(args.ics, plan, course, desk.settings, args.lang)
    if course is not None and args.sessions is not None:  # asked for the calendar only: the plan's answer
        plan = plan._replace(course=course)
    return plan, desk.settings


def _run_plan(args: argparse.Namespace) -> int:
    plan = _plan_from_args(args)[0]
    _say(json.dumps(plan_to_json(plan), indent=2) if args.json else plan_to_text(plan, args.lang))
    return 0


def _write_ics(path: Path, plan: Plan, course: Course, settings: ClinicSettings, lang: str) -> None:
    from gui.core.clinic import Clinic
    from gui.core.screening_words import calendar_refusal
    from gui.store.calendar_file import write_calendar
    from gui.store.files import reason, write_problem

    target = path.expanduser()
    problem = write_problem(target, ".ics")
    if problem:
        raise UsageError(f"--ics {quoted(str(target), limit=260)}: {problem}")
    if course.broken:  # a calendar event has no room for a warning: no wrong day goes into a phone
        raise UsageError(f"--ics: {course_warnings(course)[0]} Move it, then write the calendar file.")
    if (refused := calendar_refusal(plan, lang)) is not None:
        raise UsageError(f"--ics: {refused}")
    clinic = Clinic(settings.name, settings.address, settings.phone, settings.website)
    try:
        write_calendar(target, plan, course, clinic, lang)
    except OSError as exc:
        raise UsageError(f"--ics {quoted(str(target), limit=260)}: {reason(exc)}") from None


VERDICT_WORDS = {
    "too-early": N_("TOO EARLY — wait until the earliest date"),
    "before-recommended": N_(
        "ASK FIRST — within the clinic's policy, but before the date it recommends; ask the practitioner"
    ),
    "ideal": N_("IDEAL — within the clinic's policy, while the toxin still works"),
    "late": N_("LATE — allowed; the toxin is waning or has worn off, so the combined benefit is smaller"),
    "clear": N_("CLEAR — within the clinic's policy"),
    "closed": N_("CLOSED — the clinic is closed that day; book an open day"),
    "conflicts-with-planned": N_(
        "DOES NOT FIT — a planned treatment needs its wait before or after this one"
    ),
    # Ask first, for a day nearer to a planned treatment than its rule prefers (not a recommended date).
    "close-to-planned": N_(
        "ASK FIRST — within the clinic's policy, but closer to a planned treatment than it prefers; ask the "
        "practitioner"
    ),
}


def _when(day: date, today: date, lang: str = "en") -> str:
    return f"{format_long(day, lang)} ({format_relative(day, today, lang)})"


def _dates_lines(plan: Plan, lang: str) -> list[str]:
    """The big date the window shows (a day the clinic is open) and why it is not the policy's
    earliest date, then the policy's dates themselves."""
    lines = [earliest_text(plan, lang)]
    if plan.closed_start is not Closed.OPEN or plan.after_planned is not None:  # else: the date below
        lines += filter(None, [bookable_reason(plan, lang)])
    if plan.earliest is None:
        return lines
    _ = words(lang)  # the labels are padded so that the dates line up
    lines += ["", _("Policy earliest date: {when}", when=_when(plan.earliest, plan.today, lang))]
    if plan.prefers_later and plan.recommended:
        lines.append(_("Recommended from:     {when}", when=_when(plan.recommended, plan.today, lang)))
    if plan.has_ideal_window and plan.ideal_until:
        lines.append(_("Ideal window ends:    {when}", when=_when(plan.ideal_until, plan.today, lang)))
    if plan.effect_ends:
        lines.append(_("Toxin worn off by:    {when}", when=_when(plan.effect_ends, plan.today, lang)))
    return lines


def _planned_lines(plan: Plan, lang: str) -> list[str]:
    """The last day that keeps every planned treatment's wait, and any planned day the rules refuse."""
    said = [text for text in (latest_text(plan, lang), *planned_check_texts(plan, lang)) if text]
    return ["", *said] if said else []


def _planned_why_lines(plan: Plan, lang: str) -> list[str]:
    """Each planned treatment's rule, basis, evidence and sources, as the prior ones have theirs."""
    _ = words(lang)
    lines = ["", _("Planned:")] if plan.planned else []
    for p in plan.planned:
        lines += [
            _(
                "  • {product}, planned for {date}",
                product=name_of(p.product, lang),
                date=format_day_month(p.treatment.on, lang),
            ),
            _("    Rule: {rule}", rule=planned_rule_text(plan, p, lang)),
            _("    Basis: {basis}", basis=basis_text(p.rule, lang)),
            _("    Evidence: {level}", level=evidence_text(p.rule.evidence, lang)),
            *(_("    Source: {source}", source=source_text(source, lang)) for source in p.rule.sources),
        ]
    return lines


def _screening_lines(plan: Plan, lang: str) -> list[str]:
    """Each screening question answered yes: its effect, why, the evidence and sources."""
    _ = words(lang)
    lines = ["", _("Screening answered yes:")] if plan.screening else []
    if plan.screening_unsigned:
        lines.append(f"  ({unsigned_text(lang)})")
    for item in plan.screening:
        lines += [
            f"  • {name_of(item, lang)} — {item_effect_text(item, lang)}",
            f"    {screening_reason_text(item, lang)}",
            _("    Evidence: {level}", level=evidence_text(item.evidence, lang)),
            *(_("    Source: {source}", source=source_text(s, lang)) for s in item.sources),
        ]
    return lines


def _reason_lines(plan: Plan, lang: str) -> list[str]:
    _ = words(lang)
    lines = ["", _("Why:")] if plan.reasons else []
    for r in plan.reasons:
        marker = _("  (sets the earliest date)") if r.sets_earliest else ""
        earliest = format_day_month(r.earliest, lang)
        lines += [
            _(
                "  • {product}, {when} → earliest {earliest}{marker}",
                product=name_of(r.product, lang),
                when=treatment_when(r.treatment, lang),
                earliest=earliest,
                marker=marker,
            ),
            _("    Rule: {rule}", rule=reason_rule_text(r, lang)),
            *([f"    ({unsigned_text(lang)})"] if r.unsigned else []),
            _("    Basis: {basis}", basis=basis_text(r.rule, lang)),
            _("    Evidence: {level}", level=evidence_text(r.evidence, lang)),
            *(_("    Source: {source}", source=source_text(s, lang)) for s in r.sources),
        ]
    return lines


def _course_lines(plan: Plan, lang: str) -> list[str]:
    course = plan.course
    if course is None:
        return []
    _ = words(lang)
    lines = ["", _.ngettext("Course of {n} session:", "Course of {n} sessions:", len(course.sessions))]
    lines.append(f"  {course_rule_text(course, lang)}")
    for s in course.sessions:
        lines.append(f"  {s.number}. {format_long(s.date, lang)}")
        lines += [f"     {reason}" for reason in session_reasons(course, s, lang)[1:]]
    lines += [text for text in (next_toxin_text(course, plan, lang), wears_off_text(course, lang)) if text]
    lines += [f"⚠ {warning}" for warning in course_warnings(course, lang)]
    return lines


def plan_to_text(plan: Plan, lang: str = "en") -> str:
    """A readable summary with month-name dates, for people at a terminal, in English or Spanish."""
    _, target = words(lang), plan_target_name(plan, lang)
    # "{Target}" is the procedure with a capital, for a language that starts the line with it.
    title = _(
        "{Target} plan — today is {today}",
        Target=target[:1].upper() + target[1:],
        target=target,
        today=format_long(plan.today, lang),
    )
    lines = [
        title,
        "",
        *_dates_lines(plan, lang),
        *_planned_lines(plan, lang),
        *_course_lines(plan, lang),
    ]
    judged = _.pgettext("verdict for", "proposed date") if plan.proposed else _("today")
    verdict = _(
        "Verdict for {judged}, {date}: {verdict}",
        judged=judged,
        date=format_long(plan.date, lang),
        verdict=_(VERDICT_WORDS["close-to-planned" if crowded_by(plan) else plan.verdict.value]),
    )
    if plan.screening:
        verdict += f" — {effect_title(plan, lang)}"
    lines += ["", verdict]
    if plan.verdict is Verdict.CLOSED:  # which open day comes next, as the window's headline says
        lines.append(verdict_text(plan, lang).detail)
    if plan.screening:
        lines.append(screening_line(plan, lang))
    if plan.days_to_wait:
        to_open = (plan.bookable - plan.date).days if plan.bookable else 0
        if to_open > plan.days_to_wait:  # the earliest date is a closed day: say both, never just one
            lines.append(
                _(
                    "Days to wait: {days} until the policy's earliest date, {open} until the first open day",
                    days=plan.days_to_wait,
                    open=to_open,
                )
            )
        else:
            lines.append(_("Days to wait: {days}", days=plan.days_to_wait))
    lines += _reason_lines(plan, lang) + _planned_why_lines(plan, lang) + _screening_lines(plan, lang)
    if plan.notes:
        lines += ["", _("Notes:"), *(f"  - {note_text(n, lang)}" for n in plan.notes)]
    lines += [
        "",
        _("Policy: {policy}.", policy=policy_text(plan.policy, lang)),
        _(
            "Educational information, not medical advice. Dates are within the clinic's policy, "
            "not a guarantee; a qualified professional decides."
        ),
    ]
    return "\n".join(lines)


# --- products --------------------------------------------------------------------------------------


def _run_policy_sheet(args: argparse.Namespace) -> int:
    """The check sheet: its examples as JSON, or the sheet as a PDF (as the policy editor prints it)."""
    from gui.core.check_sheet import check_examples

    if args.json == (args.output is not None):
        raise UsageError("policy-sheet: give either --json or -o FILE.pdf")
    policy = _active_policy(args, _desk(args))
    if args.json:
        examples = [example.to_json() for example in check_examples(policy)]
        _say(json.dumps(examples, indent=2, ensure_ascii=False))
        return 0

    def write(output: Path, page: QPageSize) -> None:
        from gui.handout.page import write_pdf_bytes
        from gui.handout.sheet import sheet_pdf

        write_pdf_bytes(output, sheet_pdf(policy, args.lang, page))

    _write_paper(args.output, args.page, write)
    return 0


def _run_products(args: argparse.Namespace) -> int:
    policy = _active_policy(args, _desk(args))
    if args.screening:
        width = max((len(item.id) for item in policy.screening.values()), default=0)
        for item in policy.screening.values():
            asked = ", ".join(item.applies_to) or "every next treatment"
            _say(f"{item.id:<{width}}  {item.effect:<9}  {item.question}  [{asked}]")
        return 0
    width = max(len(pid) for pid in policy.products)
    for product in policy.products.values():
        _say(f"{product.id:<{width}}  {product.name}  [{product.class_name}]")
    return 0


# --- handout ---------------------------------------------------------------------------------------


def _add_handout_inputs(handout: argparse.ArgumentParser) -> None:
    _add_plan_inputs(handout)
    handout.add_argument("--patient", metavar="NAME", help="the patient's name to print (not stored)")
    handout.add_argument(
        "--page",
        choices=("a4", "letter"),
        help="paper size (default: the clinic's setting, else the locale's)",
    )
    _add_lang(handout, "the handout's language")
    handout.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True, help="the PDF")


def _write_paper(output: Path, page_choice: str | None, write: Callable[[Path, QPageSize], None]) -> None:
    """Write a PDF with no display: offscreen Qt, imported only for a paper sub-command; the page is
    ``page_choice`` ('a4', 'letter') or the locale's. UsageError in one line when it cannot be written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QGuiApplication starts
    from gui.ui.qt_runtime import immortalize_none

    immortalize_none()  # before any Qt object is used; see gui/ui/qt_runtime.py
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from gui.handout import page_size_for, write_problem

    target = output.expanduser()
    problem = write_problem(target)  # checked before Qt starts, so the error is the only line on stderr
    if problem:
        raise UsageError(f"cannot write {quoted(str(target), limit=260)}: {problem}")
    page = page_size_for(QLocale(), page_choice)
    app = QGuiApplication.instance() or QGuiApplication([PROG])
    try:
        write(target, page)
    except OSError as exc:
        raise UsageError(str(exc)) from None
    finally:
        app.processEvents()
    _say(f"wrote {target}", result=False)


def _run_handout(args: argparse.Namespace) -> int:
    """Write the handout with no display: offscreen Qt, imported only for this sub-command. The
    desk's clinic heads it, on the desk's paper size unless ``--page`` says otherwise."""
    from gui.handout.text import patient_name_problem

    if args.patient is not None and (problem := patient_name_problem(args.patient)):
        raise UsageError(f"--patient {quoted(args.patient)}: use {problem}")
    plan, settings = _plan_from_args(args, for_patients=True)
    if plan.course is not None and plan.course.broken:  # no wrong day goes home on paper
        raise UsageError(f"{course_warnings(plan.course)[0]} Move it, then write the handout.")
    from gui.core.clinic import Clinic

    clinic = Clinic(settings.name, settings.address, settings.phone, settings.website, logo=settings.logo)
    page_choice = args.page or (None if settings.page_size == "auto" else settings.page_size)

    def write(output: Path, page: QPageSize) -> None:
        from gui.handout import write_pdf

        write_pdf(output, plan, clinic, args.lang, args.patient, page, calendar_code=settings.calendar_code)

    _write_paper(args.output, page_choice, write)
    if args.ics is not None:
        _say(f"wrote {args.ics.expanduser()}", result=False)
    return 0
