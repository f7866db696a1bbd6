"""The command line's arguments and options: a result, or one line and exit status 2 — never a traceback."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui import cli
from gui.cli import commands

ROOT = Path(__file__).resolve().parents[2]
BASE = ["--no-clinic-settings", "--today", "2026-11-24"]
BOTOX = ["--history", "botox=2026-11-10"]


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    refused: str | None = None  # a fragment of the one line; None: a result is expected
    check: Callable[[dict[str, object]], bool] | None = None  # on plan --json's answer

    @property
    def id(self) -> str:
        text = " ".join(self.argv)
        return text if len(text) <= 60 else f"{text[:57]}…"


def ok(**expected: object) -> Callable[[dict[str, object]], bool]:
    return lambda said: all(said[key] == value for key, value in expected.items())


def plan(*argv: str, refused: str | None = None, check_sessions: object = None, **expected: object) -> Case:
    check = ok(**expected) if refused is None else None
    if check_sessions is not None:  # the days of the course, or how many sessions it has
        check = lambda said: (  # noqa: E731
            [s["date"] for s in said["sessions"]] == check_sessions  # type: ignore[index, union-attr]
            if isinstance(check_sessions, list)
            else len(said["sessions"]) == check_sessions  # type: ignore[arg-type]
        )
    return Case(("plan", "--json", *BASE, *argv), refused, check)


LONG = "x" * 100_000
CASES = [
    # --today
    plan(*BOTOX, "--today", "9999-12-31", refused="use a day from 2000-01-01 to 2099-12-31"),
    plan(*BOTOX, "--today", "0001-01-01", refused="use a day from 2000-01-01 to 2099-12-31"),
    plan(*BOTOX, "--today", "1999-12-31", refused="use a day from 2000-01-01 to 2099-12-31"),
    plan(*BOTOX, "--today", "2100-01-01", refused="use a day from 2000-01-01 to 2099-12-31"),
    plan(*BOTOX, "--today", "2026-02-30", refused="there is no such day"),
    plan(*BOTOX, "--today", "24 Nov 2026", refused="use the form YYYY-MM-DD"),
    plan(*BOTOX, "--today", "", refused="use the form YYYY-MM-DD"),
    plan(*BOTOX, "--today", LONG, refused="use the form YYYY-MM-DD"),
    plan(*BOTOX, "--today", "2026-11-24\n", refused="use the form YYYY-MM-DD"),
    plan("--history", "botox=2000-01-01", "--today", "2000-01-01", earliest="2000-01-15"),
    plan("--history", "botox=2099-12-01", "--today", "2099-12-31", earliest="2099-12-15"),
    plan("--today", "2099-12-31", earliest=None, verdict="clear"),
    # --history
    plan("--history", "botox", refused="use PRODUCT=DATE"),
    plan("--history", "=2026-11-10", refused="unknown product ''"),
    plan("--history", "botox=", refused="use PRODUCT=DATE"),
    plan("--history", "bøtox=2026-11-10", refused="unknown product 'bøtox'"),  # ø is not o with a mark
    plan(
        "--history", "toxin=2026-11-10", refused="'toxin' could be botox, dysport, xeomin, jeuveau, daxxify"
    ),
    plan("--history", f"{LONG}=2026-11-10", refused="unknown product"),
    plan("--history", f"botox={LONG}", refused="too long to be a date"),
    plan("--history", "botox=2026-11-10~3", earliest="2026-11-27"),
    plan("--history", "botox=2026-11-10 ~ 30", earliest="2026-12-08"),  # counted until today at most
    plan("--history", "botox=2026-11-10~0", refused="'around' takes ± 1 to 30 days"),
    plan("--history", "botox=2026-11-10~31", refused="'around' takes ± 1 to 30 days"),
    plan("--history", "botox=2026-11-10~" + "9" * 30, refused="'around' takes ± 1 to 30 days"),
    plan("--history", "botox=2026-11-10~-3", refused="'~' takes the days either side, 1 to 30"),
    plan("--history", "botox=2026-11-10~~3", refused="'~' takes the days either side, 1 to 30"),
    plan("--history", "botox=2026-11-10~", refused="'~' takes the days either side, 1 to 30"),
    plan("--history", "botox=2026-11-10~3.5", refused="'~' takes the days either side, 1 to 30"),
    plan("--history", "botox=Nov 2026~3", refused="cannot be narrowed"),
    plan("--history", "botox=2026-10~3", refused="cannot be narrowed"),
    plan("--history", "botox=noviembre de 2026 ~ 5", refused="cannot be narrowed"),
    plan("--history", "botox=1990-01-01~3", refused="before 1 Jan 1990"),
    plan("--history", "botox=2026-11-24~3", earliest="2026-12-08"),  # about today: counted until today
    plan("--history", "botox=2026-11-25~3", refused="after today"),
    plan("--history", "BOTOX=2026-11-10", earliest="2026-11-24"),
    plan("--history", " botox =2026-11-10", earliest="2026-11-24"),
    plan("--history", "botox=2026-11-10=3", refused="Cannot read"),
    plan("--history", "botox=2026-11-10", "--history", "ha-filler=Oct 2026", earliest="2026-11-24"),
    plan(*(["--history", "botox=2026-11-10"] * 200), earliest="2026-11-24"),
    # --proposed
    plan(*BOTOX, "--proposed", "in 100 years", refused="more than 5 years ahead"),
    plan(*BOTOX, "--proposed", "2031-11-25", refused="more than 5 years ahead"),
    plan(*BOTOX, "--proposed", "2031-11-24", date="2031-11-24"),
    plan(*BOTOX, "--proposed", "Dec 2026", refused="choose one day"),
    plan(*BOTOX, "--proposed", "2026-11-23", refused="before today"),
    plan(*BOTOX, "--proposed", "", refused="Type a date"),
    plan(*BOTOX, "--proposed", LONG, refused="too long to be a date"),
    plan(*BOTOX, "--proposed", "x\ny", refused="Cannot read 'x\\ny'"),
    plan(*BOTOX, "--proposed", "next Friday", date="2026-11-27"),
    # --planned: a treatment booked after the next one, one day from today on (today is 24 Nov 2026)
    plan(*BOTOX, "--planned", "botox=2026-12-20", latest="2026-12-13", verdict="ideal"),
    plan(*BOTOX, "--planned", "Dysport=20 Dec 2026", latest="2026-12-13"),
    plan(*BOTOX, "--planned", "ha-filler=2026-11-24", latest="2026-11-17"),  # today itself
    plan(*BOTOX, "--planned", "botox=2026-12-20", "--planned", "ha-filler=2026-12-10", latest="2026-12-03"),
    plan(
        *BOTOX, "--proposed", "2026-12-15", "--planned", "botox=2026-12-20", verdict="conflicts-with-planned"
    ),
    plan(*BOTOX, "--planned", "botox", refused="use PRODUCT=DATE"),
    plan(*BOTOX, "--planned", "=2026-12-20", refused="unknown product ''"),
    plan(*BOTOX, "--planned", "xyz=2026-12-20", refused="unknown product 'xyz'"),
    plan(*BOTOX, "--planned", "toxin=2026-12-20", refused="'toxin' could be botox"),
    plan(*BOTOX, "--planned", "botox=yesterday", refused="before today"),
    plan(*BOTOX, "--planned", "botox=Dec 2026", refused="choose one day"),
    plan(*BOTOX, "--planned", "botox=2031-11-25", refused="more than 5 years ahead"),
    plan(*BOTOX, "--planned", f"botox={LONG}", refused="too long to be a date"),
    plan(*BOTOX, "--planned", "botox=x\ny", refused="Cannot read"),
    # --sessions: a course of 1 to 6 sessions, only for a treatment the policy gives a spacing
    plan(*BOTOX, "--sessions", "3", check_sessions=["2026-11-24", "2026-12-22", "2027-01-19"]),
    plan(*BOTOX, "--sessions", "1", check_sessions=["2026-11-24"]),
    plan(*BOTOX, "--sessions", " 6 ", check_sessions=6),
    plan(*BOTOX, "--sessions", "0", refused="--sessions '0': use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "7", refused="use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "-1", refused="use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "2.5", refused="use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "three", refused="use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "٣", refused="use a whole number from 1 to 6"),  # an Arabic-Indic 3
    plan(*BOTOX, "--sessions", "", refused="use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "9" * 5000, refused="use a whole number from 1 to 6"),
    plan(*BOTOX, "--sessions", "3", "--target", "botox", refused="no course spacing for botox"),
    plan(*BOTOX, "--sessions", refused="expected one argument"),
    # --move-session: one later session moved by hand; the ones after it follow it
    plan(
        *BOTOX,
        "--sessions",
        "3",
        "--move-session",
        "2=2027-01-01",
        check_sessions=["2026-11-24", "2027-01-01", "2027-01-29"],
    ),
    plan(
        *BOTOX,
        "--sessions",
        "3",
        "--move-session",
        "3=2027-01-01",
        check_sessions=["2026-11-24", "2026-12-22", "2027-01-01"],
    ),  # too early: kept, and flagged
    plan(*BOTOX, "--sessions", "3", "--move-session", "3=2026-12-01", refused="must come after session 2"),
    plan(*BOTOX, "--sessions", "3", "--move-session", "1=2027-01-01", refused="no session 1 to move"),
    plan(*BOTOX, "--sessions", "3", "--move-session", "4=2027-01-01", refused="sessions 2 to 3 can"),
    plan(*BOTOX, "--sessions", "2", "--move-session", "3=2027-01-01", refused="only session 2 can"),
    plan(*BOTOX, "--move-session", "2=2027-01-01", refused="give the course with --sessions N"),
    plan(*BOTOX, "--sessions", "3", "--move-session", "2", refused="use the session's number and a date"),
    plan(*BOTOX, "--sessions", "3", "--move-session", "two=2027-01-01", refused="the session's number"),
    plan(*BOTOX, "--sessions", "3", "--move-session", "2=Jan 2027", refused="choose one day"),
    plan(*BOTOX, "--sessions", "3", "--move-session", "2=yesterday", refused="before today"),
    plan(*BOTOX, "--sessions", "3", "--move-session", f"2={LONG}", refused="too long to be a date"),
    plan(
        *BOTOX,
        "--sessions",
        "3",
        "--move-session",
        "9" * 5000 + "=2027-01-01",
        refused="the session's number",
    ),
    # --target, --date-order, --lang
    plan(*BOTOX, "--target", "rf-microneedling", target="rf-microneedling"),
    plan(*BOTOX, "--target", "botox", target="botox", earliest="2027-02-08"),  # toxin after toxin: 90 days
    plan(*BOTOX, "--target", "Botox", target="botox"),
    plan(*BOTOX, "--target", "laser", refused="--target 'laser': not a treatment this policy knows"),
    plan(*BOTOX, "--target", "", refused="--target '': not a treatment this policy knows"),
    plan(*BOTOX, "--target", "toxin", refused="--target 'toxin': not a treatment this policy knows"),
    plan("--history", "botox=03/04/2026", refused="could be"),
    plan("--history", "botox=03/04/2026", "--date-order", "dmy", earliest="2026-04-17"),
    plan("--history", "botox=03/04/2026", "--date-order", "mdy", earliest="2026-03-18"),
    plan(*BOTOX, "--date-order", "ymd", refused="invalid choice"),
    plan(*BOTOX, "--lang", "fr", refused="invalid choice"),
    # options that are not there, or given twice, or without their value
    plan(*BOTOX, "--frobnicate", refused="unrecognized arguments"),
    plan(*BOTOX, "--today", refused="expected one argument"),
    plan("--history", refused="expected one argument"),
    plan(*BOTOX, "--proposed", refused="expected one argument"),
    plan(*BOTOX, "--settings", "x.toml", "--no-clinic-settings", refused="not allowed with argument"),
    Case(("plan", "--json", "--today", "2026-11-24", "--no-clinic-settings", "--no-clinic-settings", *BOTOX)),
    Case(("frobnicate",), refused="invalid choice"),
    plan(
        "--history",
        "isotretinoin=2026-09-01",
        refused="is a screening question, not a treatment: answer it with --screen isotretinoin",
    ),
    Case(
        ("--lang", "es", "plan", "--json", *BASE, *BOTOX),
        refused="--lang before plan is the window's language",
    ),
    Case(("--lang", "es", "products"), refused="give it after the command: products … --lang es"),
    Case(("products", "--settings", "x.toml", "--no-clinic-settings"), refused="not allowed with argument"),
    Case(("plan", "--json", *BASE, *BOTOX, "extra"), refused="unrecognized arguments"),
    Case(("products", "--frobnicate"), refused="unrecognized arguments"),
    Case(("handout", *BASE, *BOTOX), refused="the following arguments are required: -o/--output"),
]

# Files that are not what they claim: --policy and --settings.
FILE_CASES: list[tuple[str, str, str]] = []  # (option, what the path is, fragment)
for option in ("--policy", "--settings"):
    FILE_CASES += [
        (option, "/dev/zero", "not a regular file"),
        (option, "/dev/null", "not a regular file"),
        (option, "folder", "not a regular file"),
        (option, "missing", "No such file"),
        (option, "big", "larger than 1 MB"),
        (option, "fifo", "not a regular file"),
        (option, "binary", "not UTF-8 text"),
        (option, "nul-name", "the file name is not valid"),
    ]


def make_path(kind: str, tmp_path: Path) -> str:
    if kind.startswith("/dev/"):
        return kind
    if kind == "folder":
        return str(tmp_path)
    if kind == "missing":
        return str(tmp_path / "missing.toml")
    if kind == "nul-name":
        return str(tmp_path / "a\x00b.toml")
    path = tmp_path / f"{kind}.toml"
    if kind == "big":
        path.write_text("# " + "x" * 1_100_000 + "\n")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe\x00\x00bad")
    return str(path)


def run(argv: tuple[str, ...] | list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse's own refusals
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def assert_one_line_refusal(code: int, out: str, err: str, fragment: str) -> None:
    assert code == 2, (code, err)
    assert out == ""
    lines = err.strip("\n").split("\n")
    if "usage:" in err:  # argparse shows the usage first, then its one error line
        lines = [line for line in lines if line.startswith("microneedling-window")][-1:]
    assert len(lines) == 1, err
    assert lines[0].startswith("microneedling-window") and len(lines[0]) <= 400, lines[0]
    assert fragment in lines[0], lines[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cli_case(case: Case, qapp: QApplication) -> None:  # a QApplication first: handout makes no other
    code, out, err = run(case.argv)
    if case.refused is not None:
        assert_one_line_refusal(code, out, err, case.refused)
        return
    assert code == 0, err
    if case.check is not None:
        assert case.check(json.loads(out)), out


@pytest.mark.parametrize(
    ("option", "kind", "fragment"), FILE_CASES, ids=[f"{o}-{k}" for o, k, _ in FILE_CASES]
)
def test_a_path_that_is_not_a_small_text_file_is_one_line(
    option: str, kind: str, fragment: str, tmp_path: Path
) -> None:
    path = make_path(kind, tmp_path)
    code, out, err = run(["plan", "--json", "--today", "2026-11-24", *BOTOX, option, path])
    assert_one_line_refusal(code, out, err, fragment)


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        ("/dev/null", "not a regular file"),
        ("/dev/full", "not a regular file"),
        ("folder", "that is a folder"),
        ("missing/x.pdf", "the folder does not exist"),
        ("file/x.pdf", "is a file, not a folder"),
        ("nul\x00.pdf", "the file name is not valid"),
        ("x" * 300 + ".pdf", "File name too long"),
        ("file", "the file name must end in .pdf"),
        ("notes.txt", "the file name must end in .pdf"),
        ("clinic.toml", "the file name must end in .pdf"),
    ],
)
def test_handout_output_only_to_a_new_or_regular_file(
    target: str, fragment: str, tmp_path: Path, qapp: QApplication
) -> None:
    (tmp_path / "file").write_text("")
    output = (
        target if target.startswith("/dev/") else str(tmp_path if target == "folder" else tmp_path / target)
    )
    code, out, err = run(["handout", *BASE, *BOTOX, "-o", output])
    assert_one_line_refusal(code, out, err, fragment)
    if target.startswith("/dev/"):
        assert stat.S_ISCHR(os.stat(target).st_mode)  # the device is still a device


@pytest.mark.parametrize("name", ["Ana", "x" * 80, "Ana\u00a0Ruiz", "María José O'Brien-García"])
def test_patient_names_up_to_80_characters_print(name: str, tmp_path: Path, qapp: QApplication) -> None:
    code, _out, err = run(["handout", *BASE, *BOTOX, "--patient", name, "-o", str(tmp_path / "x.pdf")])
    assert code == 0, err


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("x" * 81, "at most 80 characters (this one has 81)"),
        ("y" * 10_000, "this one has 10000"),
        ("a\nb", "one line"),
    ],
)
def test_a_patient_name_too_long_or_on_two_lines_is_refused(
    name: str, fragment: str, tmp_path: Path, qapp: QApplication
) -> None:
    code, out, err = run(["handout", *BASE, *BOTOX, "--patient", name, "-o", str(tmp_path / "x.pdf")])
    assert_one_line_refusal(code, out, err, fragment)
    assert not (tmp_path / "x.pdf").exists()


def test_a_closed_pipe_ends_quietly() -> None:
    """`plan | head -1` with a reader that has gone: no traceback, the status a shell expects."""
    command = [sys.executable, str(ROOT / "main.py"), "products"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read
    try:
        done = subprocess.run(command, stdout=writer, stderr=subprocess.PIPE, text=True, env=env, timeout=60)
    finally:
        os.close(writer)
    assert done.stderr == "" and done.returncode == commands.EXIT_PIPE_CLOSED


def test_a_full_disk_is_one_line_and_status_1() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "plan", *BASE, *BOTOX]
    with open("/dev/full", "w") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=60)
    assert done.returncode == commands.EXIT_OUTPUT_FAILED
    assert done.stderr == "microneedling-window: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("command", [["plan", *BASE, *BOTOX], ["products"]])
def test_a_closed_standard_output_is_one_line_and_status_1(command: list[str]) -> None:
    """Started with `>&-`: there is no standard output at all."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *command],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=60,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == commands.EXIT_OUTPUT_FAILED
    assert done.stderr == "microneedling-window: error: cannot write the output: standard output is closed\n"
