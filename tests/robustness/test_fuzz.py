"""Fuzzing every input path (hypothesis): no exception but the documented problem values, ever; and no
accepted history whose earliest date comes before any treatment's last possible day plus its rule."""

from __future__ import annotations

import io
import tomllib
import unicodedata
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from gui import cli
from gui.core import (
    TARGETS,
    DateParseError,
    DurationError,
    HistoryError,
    Precision,
    Tense,
    check_not_future,
    check_not_past,
    format_long,
    load_policy_or_raise,
    make_plan,
    name_of,
    parse_date,
    parse_duration,
    parse_policy,
    problem_line,
    treatment_from_reading,
)
from gui.core.clinic import Clinic
from gui.core.limits import EARLIEST_TREATMENT, latest_appointment
from gui.core.resources import default_policy_path
from gui.handout import prepare_device, render_handout
from gui.handout.style import STYLE
from gui.handout.text import printable_name
from gui.store.settings import from_mapping

from .catalogue import TODAY, TYPED

POLICY = load_policy_or_raise(default_policy_path())
DEFAULT = tomllib.loads(default_policy_path().read_text(encoding="utf-8"))
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces people type, put together at random: most results are nonsense, some are dates.
WORDS = [
    "10", "1", "31", "29", "2", "0", "13", "99", "2026", "1990", "1989", "2031", "9999", "0001", "26",
    "Nov", "November", "noviembre", "nov.", "Feb", "febrero", "ago", "Dec", "mid", "early", "late",
    "about", "around", "hace", "ago", "in", "dentro de", "days", "weeks", "months", "years", "wks",
    "last", "next", "this", "Friday", "viernes", "que viene", "pasado", "today", "yesterday", "hoy",
    "de", "del", "of", "the", "~", "-", "/", ".", ",", " ", "  ", "\t", "±", "3", "a", "un", "una",
]  # fmt: skip
typed_text = st.one_of(
    st.text(max_size=70),
    st.lists(st.sampled_from(WORDS), max_size=7).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=7).map("".join),
    st.sampled_from([c.text for c in TYPED]),
)
tense = st.sampled_from([Tense.PAST, Tense.FUTURE, None])
lang = st.sampled_from(["en", "es"])
today = st.dates(date(2000, 1, 1), date(2099, 12, 31))


@FUZZ
@given(text=typed_text, tense=tense, lang=lang, today=today)
def test_typed_dates_raise_nothing_but_their_problem(
    text: str, tense: Tense | None, lang: str, today: date
) -> None:
    try:
        parsed = parse_date(text, today, None, lang, tense)
        if tense is Tense.FUTURE:
            check_not_past(parsed, today, lang)
        else:
            check_not_future(parsed, today, lang)
    except DateParseError as exc:
        assert "\n" not in str(exc) and len(str(exc)) <= 320
        return
    assert parsed.first <= parsed.last
    if tense is Tense.FUTURE:
        assert today <= parsed.first <= latest_appointment(today)
    else:
        assert EARLIEST_TREATMENT <= parsed.first <= today


duration_text = st.one_of(
    st.text(max_size=40),
    st.lists(
        st.tuples(
            st.integers(-(10**25), 10**25).map(str),
            st.sampled_from(["day", "days", "weeks", "month", "years", "x"]),
        ),
        max_size=4,
    ).map(lambda parts: " ".join(f"{n} {u}" for n, u in parts)),
)


@FUZZ
@given(text=duration_text)
def test_durations_raise_nothing_but_their_problem(text: str) -> None:
    try:
        duration = parse_duration(text)
    except DurationError as exc:
        assert "\n" not in str(exc)
        return
    start = date(2026, 1, 31)
    assert abs((duration.after(start) - start).days) <= 3653  # at most 10 years: arithmetic is safe


toml_value = st.recursive(
    st.one_of(
        st.text(max_size=20),
        st.integers(-(10**20), 10**20),
        st.booleans(),
        st.floats(allow_nan=False),
        st.dates(),
        st.sampled_from(["14 days", "3 months", "9999 years", "-1 days", "label", "neurotoxin", "botox"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    return found


PATHS = _paths(DEFAULT)


@FUZZ
@given(changes=st.lists(st.tuples(st.sampled_from(PATHS), toml_value), min_size=1, max_size=4))
def test_policies_raise_nothing_but_their_problems(changes: list[tuple[tuple[str, ...], object]]) -> None:
    import copy

    data = copy.deepcopy(DEFAULT)
    for path, value in changes:
        node = data
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
            if node is None:
                break
        if isinstance(node, dict):
            node[path[-1]] = value
    result = parse_policy(data, "fuzz.toml")
    assert (result.policy is None) == bool(result.problems)
    for problem in result.problems:
        assert "\n" not in problem_line(problem, "en") and "\n" not in problem_line(problem, "es")
    if result.policy is not None:  # whatever passed is usable: every product has a rule, every date computes
        for product in result.policy.products:
            make_plan(
                [treatment_from_reading(product, parse_date("2026-11-10", TODAY))], result.policy, TODAY
            )


settings_mapping = st.dictionaries(
    st.sampled_from(["clinic", "handout", "dates", "calendar", "policy", "other"]),
    st.dictionaries(
        st.sampled_from(
            [
                "name",
                "address",
                "phone",
                "website",
                "logo",
                "page_size",
                "language",
                "calendar_code",
                "date_order",
                "open_weekdays",
                "closures",
                "shared_file",
                "colour",
            ]
        ),
        toml_value,
        max_size=4,
    ),
    max_size=4,
)


@FUZZ
@given(data=settings_mapping)
def test_settings_raise_nothing_but_their_problems(data: dict[str, object]) -> None:
    _settings, problems = from_mapping(data)
    for problem in problems:
        assert "\n" not in str(problem)


OPTION_VALUES = {
    "--history": st.one_of(
        st.tuples(st.sampled_from(["botox", "ha-filler", "daxxify", "x", ""]), typed_text).map("=".join),
        st.text(max_size=30),
    ),
    "--today": st.one_of(
        today.map(date.isoformat), st.text(max_size=12), st.sampled_from(["9999-12-31", "0001-01-01"])
    ),
    "--proposed": typed_text,
    "--planned": st.one_of(
        st.tuples(st.sampled_from(["botox", "ha-filler", "sculptra", "toxin", "x", ""]), typed_text).map(
            "=".join
        ),
        st.text(max_size=30),
    ),
    "--target": st.sampled_from([*TARGETS, "botox", "ha-filler", "Sculptra", "toxin", "laser", ""]),
    "--sessions": st.one_of(st.integers(-2, 9).map(str), st.text(max_size=8)),
    "--move-session": st.one_of(
        st.tuples(st.integers(-1, 8), st.sampled_from(["2027-01-01", "2026-11-30", "Jan", ""])).map(
            lambda pair: f"{pair[0]}={pair[1]}"
        ),
        st.text(max_size=12),
    ),
    "--date-order": st.sampled_from(["dmy", "mdy", "ymd"]),
    "--lang": st.sampled_from(["en", "es", "fr"]),
}
argv = st.lists(
    st.one_of(
        st.sampled_from(list(OPTION_VALUES)).flatmap(lambda o: OPTION_VALUES[o].map(lambda v: [o, v])),
        st.sampled_from([["--json"], ["--no-clinic-settings"], ["--bogus"], ["extra"]]),
    ),
    max_size=6,
).map(lambda parts: [item for part in parts for item in part])


@FUZZ
@given(arguments=argv)
def test_the_command_line_answers_or_refuses_in_one_line(arguments: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(["plan", "--no-clinic-settings", *arguments])
        except SystemExit as exc:  # argparse's refusals
            code = int(exc.code or 0)
    assert code in (0, 2), err.getvalue()
    if code == 2:
        assert out.getvalue() == ""
        errors = [line for line in err.getvalue().splitlines() if line.startswith("microneedling-window")]
        assert len(errors) == 1 and len(errors[0]) <= 400


past_text = st.sampled_from([c.text for c in TYPED if c.days is not None and c.tense == "past"])


@FUZZ
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(sorted(POLICY.products)),
            past_text,
            st.sampled_from([None, Precision.EXACT, Precision.AROUND, Precision.MONTH]),
            st.integers(1, 30),
        ),
        min_size=1,
        max_size=6,
    ),
    target=st.sampled_from(POLICY.next_treatments),
)
def test_no_earliest_date_before_any_treatments_last_day_plus_its_rule(
    rows: list[tuple[str, str, Precision | None, int]], target: str
) -> None:
    history = []
    for product, text, chosen, days in rows:
        reading = parse_date(text, TODAY, None, "en", Tense.PAST)
        history.append(treatment_from_reading(product, reading, chosen, days))
        assert (
            history[-1].first_possible <= reading.first and reading.last <= history[-1].last_possible
        )  # widens
    try:
        plan = make_plan(history, POLICY, TODAY, target)
    except HistoryError:
        return  # widened past today or before 1990: refused in words, never counted
    assert plan.earliest is not None
    for treatment in history:
        rule = POLICY.rule_for(treatment.product_id, target)
        last = min(treatment.last_possible, TODAY)
        assert plan.earliest >= rule.earliest.after(last)
        assert plan.earliest >= last + timedelta(days=1) or rule.earliest.after(last) == last


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    name=st.one_of(st.none(), st.text(max_size=200), st.text(min_size=5000, max_size=8000)),
    language=st.sampled_from(["en", "es"]),
    page=st.sampled_from([QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter]),
    scale=st.sampled_from([1.0, 1.5, 2.0]),
    count=st.integers(1, 8),
)
def test_every_handout_carries_the_message_the_date_every_treatment_and_the_disclaimer(
    qapp: QApplication, name: str | None, language: str, page: QPageSize.PageSizeId, scale: float, count: int
) -> None:
    products = sorted(POLICY.products)
    history = [
        treatment_from_reading(products[i % len(products)], parse_date(f"2026-11-{1 + i}", TODAY))
        for i in range(count)
    ]
    plan = make_plan(history, POLICY, TODAY)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    prepare_device(writer, QPageSize(page))
    render_handout(
        writer,
        plan,
        Clinic("Harbour Skin Clinic"),
        language,
        name,
        printed_on=TODAY,
        style=STYLE.scaled(scale),
    )
    del writer
    buffer.close()
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(bytes(data.data()))).pages]
    squeezed = "".join(unicodedata.normalize("NFKC", " ".join(pages)).split())  # a name may wrap anywhere

    def printed(words: str) -> bool:
        return "".join(unicodedata.normalize("NFKC", words).split()) in squeezed

    assert plan.bookable is not None and printed(format_long(plan.bookable, language))  # the date
    assert printed("not medical advice" if language == "en" else "no es consejo médico")  # the disclaimer
    for treatment in history:
        assert printed(name_of(POLICY.products[treatment.product_id], language).split(" (")[0])
    shown = printable_name(name)
    assert shown is None or len(shown) <= 80
    assert len(pages) <= 8  # a name cannot make pages
