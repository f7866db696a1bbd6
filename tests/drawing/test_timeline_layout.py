"""The timeline layout, tested with numbers: no overlaps, ordered bands, proportional widths, a round trip."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from gui.core import Plan, Precision, Stage, Treatment, load_policy_or_raise, make_plan, stage_spans
from gui.core.resources import default_policy_path
from gui.drawing.layout import (
    EMPTY_MESSAGE,
    Box,
    MarkKind,
    Segment,
    TimelineGeometry,
    layout_timeline,
    timeline_height,
)

TODAY = date(2026, 11, 24)  # a Tuesday
PROPOSED = date(2026, 12, 1)
POLICY = load_policy_or_raise(default_policy_path())
PRODUCTS = ("botox", "ha-filler", "dysport", "sculptra", "xeomin", "radiesse", "daxxify", "microneedling")


class FakeMetrics:
    """7 px per character and 14 px per line, times a scale (1.5 stands for a 1.5× font)."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale

    def width(self, text: str) -> float:
        return 7.0 * self.scale * len(text)

    def height(self) -> float:
        return 14.0 * self.scale


def treatment(index: int) -> Treatment:
    product, days_ago = PRODUCTS[index % len(PRODUCTS)], 3 + (index * 37) % 700
    on = TODAY - timedelta(days=days_ago)
    if index % 5 == 1:
        return Treatment(product, on, Precision.AROUND, 1 + index % 7)
    if index % 5 == 3:
        return Treatment(product, on, Precision.MONTH)
    return Treatment(product, on)


def plan_with(count: int, proposed: date | None = PROPOSED) -> Plan:
    return make_plan([treatment(i) for i in range(count)], POLICY, TODAY, "microneedling", proposed)


def main_plan(proposed: date | None = PROPOSED) -> Plan:
    history = [
        Treatment("botox", date(2026, 11, 10)),
        Treatment("ha-filler", date(2026, 10, 20), Precision.AROUND, 5),
    ]
    return make_plan(history, POLICY, TODAY, "microneedling", proposed)


def layout(
    plan: Plan, width: float = 1024, scale: float = 1.0, x: float = 10, y: float = 20
) -> TimelineGeometry:
    metrics = FakeMetrics(scale)
    return layout_timeline(plan, Box(x, y, width, timeline_height(plan, width, metrics, "en")), metrics, "en")


def all_boxes(geometry: TimelineGeometry) -> list[Box]:
    boxes = [geometry.track, *(b.box for b in geometry.bands), *(t.box for t in geometry.treatments)]
    boxes += [m.symbol for m in geometry.markers if m.symbol is not None]
    boxes += [item.swatch for item in geometry.legend]
    return boxes + [label.box for label in geometry.labels()]


def lines(geometry: TimelineGeometry) -> list[Segment]:
    """Leaders and marker lines: no label may sit across one of them."""
    found = [t.leader for t in geometry.treatments if t.leader is not None]
    found += [m.line for m in geometry.markers]
    return found + [t.line for t in geometry.ticks if t.line is not None]


def crosses(segment: Segment, box: Box) -> bool:
    return box.x < segment.x < box.right and box.y < segment.bottom and segment.top < box.bottom


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("width", [600, 1024, 2560])
@pytest.mark.parametrize("count", [1, 3, 10, 50])
def test_no_label_overlaps_another_or_a_line_and_all_fits_in_the_rect(
    count: int, width: int, scale: float
) -> None:
    geometry = layout(plan_with(count), width, scale)
    labels = geometry.labels()
    for a, b in itertools.combinations(labels, 2):
        assert not a.box.overlaps(b.box), f"{a.text!r} overlaps {b.text!r}"
    for segment in lines(geometry):
        assert not any(crosses(segment, label.box) for label in labels), segment
    for box in all_boxes(geometry):
        assert geometry.rect.contains(box), box
    assert geometry.legend, "the legend shows when the rect has the recommended height"


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("width", [600, 1024, 2560])
@pytest.mark.parametrize("count", [1, 3, 10, 50])
def test_unlabelled_treatments_are_counted_in_one_more_label(count: int, width: int, scale: float) -> None:
    geometry = layout(plan_with(count), width, scale)
    unlabelled = sum(t.label is None for t in geometry.treatments)
    assert len(geometry.treatments) == count
    if unlabelled:
        assert geometry.overflow is not None and geometry.overflow.text == f"+{unlabelled} more"
    else:
        assert geometry.overflow is None
    today = next(m for m in geometry.markers if m.kind is MarkKind.TODAY)
    assert today.label is not None and today.label.text.startswith("Today")


def test_few_treatments_are_all_labelled_with_month_name_dates() -> None:
    geometry = layout(main_plan(), 1024)
    texts = [t.label.text for t in geometry.treatments if t.label]
    assert texts == ["Botox 10 Nov 2026", "Hyaluronic-acid filler around 20 Oct 2026"]
    assert [t.kind for t in geometry.treatments] == [MarkKind.EXACT, MarkKind.APPROXIMATE]
    marker_texts = {m.kind: m.label.text for m in geometry.markers if m.label}
    assert marker_texts == {MarkKind.TODAY: "Today 24 Nov 2026", MarkKind.PROPOSED: "Proposed 1 Dec 2026"}


def test_an_approximate_treatment_is_a_bracket_over_its_possible_days() -> None:
    geometry = layout(main_plan(), 1024)
    bracket = geometry.treatments[1].box
    assert bracket.x == pytest.approx(geometry.x_of(date(2026, 10, 15)))
    assert bracket.right == pytest.approx(geometry.x_of(date(2026, 10, 26)))


def test_bands_run_left_to_right_too_early_ideal_waning_worn_off() -> None:
    geometry = layout(main_plan(), 1024)
    assert [b.stage for b in geometry.bands] == [Stage.TOO_EARLY, Stage.IDEAL, Stage.WANING, Stage.WORN_OFF]
    assert [b.label.text for b in geometry.bands if b.label] == [
        "Too early",
        "Ideal window",
        "Waning",
        "Worn off",
    ]
    for left, right in itertools.pairwise(geometry.bands):
        assert left.box.right == pytest.approx(right.box.x)
        assert left.last + timedelta(days=1) == right.first
    assert geometry.bands[0].first == date(2026, 10, 15)  # the first possible day of the first treatment
    assert geometry.bands[1].first == date(2026, 11, 24)
    assert geometry.bands[2].first == date(2027, 2, 11)
    assert geometry.bands[3].first == date(2027, 3, 11)


@pytest.mark.parametrize("width", [600, 1024, 2560])
def test_band_widths_are_proportional_to_their_days(width: int) -> None:
    geometry = layout(main_plan(), width)
    for band in geometry.bands:
        days = (band.last - band.first).days + 1
        assert band.box.width == pytest.approx(days * geometry.scale.day_width, abs=1)
    total_days = (geometry.last_day - geometry.first_day).days + 1
    assert geometry.scale.day_width * total_days == pytest.approx(geometry.track.width)


def test_filler_only_shows_allowed_after_the_wait() -> None:
    plan = make_plan([Treatment("ha-filler", date(2026, 11, 15))], POLICY, TODAY, "microneedling")
    geometry = layout(plan)
    assert [b.stage for b in geometry.bands] == [Stage.TOO_EARLY, Stage.CLEAR]
    assert [b.label.text for b in geometry.bands if b.label] == ["Too early", "Allowed"]
    assert geometry.earliest_x == pytest.approx(geometry.x_of(date(2026, 11, 29)))
    assert "Allowed" in [item.label.text for item in geometry.legend]
    earliest = next(m for m in geometry.markers if m.kind is MarkKind.EARLIEST)
    assert earliest.label is not None and earliest.label.text == "Earliest 29 Nov 2026"


def test_no_ideal_window_when_the_wait_outlasts_the_toxin() -> None:
    history = [Treatment("botox", date(2026, 7, 1)), Treatment("ha-filler", date(2026, 11, 20))]
    plan = make_plan(history, POLICY, TODAY, "microneedling")
    assert [s for s, _, _ in stage_spans(plan)] == [Stage.TOO_EARLY, Stage.WORN_OFF]


def test_positions_of_today_proposed_and_earliest() -> None:
    geometry = layout(make_plan([Treatment("botox", date(2026, 11, 20))], POLICY, TODAY, proposed=PROPOSED))
    assert geometry.today_x == pytest.approx(geometry.x_mid(TODAY))
    assert geometry.proposed_x == pytest.approx(geometry.x_mid(PROPOSED))
    assert geometry.earliest_x == pytest.approx(geometry.x_of(date(2026, 12, 4)))
    assert layout(main_plan(proposed=None)).proposed_x is None


def test_x_of_and_day_at_round_trip_over_every_day_shown() -> None:
    geometry = layout(main_plan(), 1024)
    day = geometry.first_day
    while day <= geometry.last_day:
        assert geometry.day_at(geometry.x_mid(day)) == day
        assert geometry.day_at(geometry.x_of(day)) == day
        assert geometry.day_at(geometry.x_of(day + timedelta(days=1)) - 0.01) == day
        day += timedelta(days=1)
    assert geometry.day_at(geometry.rect.x - 50) == geometry.first_day
    assert geometry.day_at(geometry.rect.right + 50) == geometry.last_day


def test_range_covers_treatments_today_effect_and_proposed_with_margins() -> None:
    plan = main_plan(proposed=date(2027, 6, 1))
    geometry = layout(plan)
    assert geometry.first_day <= date(2026, 10, 15) - timedelta(days=7)
    assert geometry.last_day >= date(2027, 6, 1) + timedelta(days=21)
    assert geometry.first_day <= TODAY <= geometry.last_day


def test_empty_plan_shows_today_the_month_axis_and_a_hint() -> None:
    plan = make_plan([], POLICY, TODAY)
    geometry = layout(plan, 600)
    assert geometry.bands == () and geometry.treatments == () and geometry.legend == ()
    assert geometry.message is not None and geometry.message.text == EMPTY_MESSAGE
    assert [m.kind for m in geometry.markers] == [MarkKind.TODAY]
    tick_texts = [t.label.text for t in geometry.ticks if t.label]
    assert tick_texts[:3] == ["Nov 2026", "Dec", "Jan 2027"]
    assert geometry.first_day <= TODAY and geometry.last_day >= TODAY + timedelta(days=30)


def test_month_ticks_carry_month_names_and_the_year_at_the_start_and_at_january() -> None:
    geometry = layout(main_plan(), 1024)
    texts = [t.label.text for t in geometry.ticks if t.label]
    assert texts == ["Oct 2026", "Nov", "Dec", "Jan 2027", "Feb", "Mar"]


def test_month_ticks_are_thinned_when_too_dense() -> None:
    geometry = layout(plan_with(50), 600, 1.5)
    months = [t for t in geometry.ticks if t.line is not None]
    labelled = [t for t in geometry.ticks if t.label is not None]
    assert len(labelled) < len(months) / 2
    assert all(t.label.text.endswith(str(t.day.year)) for t in labelled if t.day.month == 1)


def test_a_short_rect_drops_the_legend_first_and_keeps_the_band_labels() -> None:
    plan, metrics = main_plan(), FakeMetrics()
    height = timeline_height(plan, 1024, metrics, "en") - 3 * metrics.height()
    geometry = layout_timeline(plan, Box(0, 0, 1024, height), metrics, "en")
    assert geometry.legend == ()
    assert all(band.label for band in geometry.bands)
    for box in all_boxes(geometry):
        assert geometry.rect.contains(box)


def test_taller_rect_grows_the_track_and_keeps_everything_inside() -> None:
    plan, metrics = main_plan(), FakeMetrics()
    short = layout_timeline(plan, Box(0, 0, 1024, timeline_height(plan, 1024, metrics, "en")), metrics, "en")
    tall = layout_timeline(plan, Box(0, 0, 1024, 600), metrics, "en")
    assert tall.track.height > short.track.height
    for box in all_boxes(tall):
        assert tall.rect.contains(box)


@st.composite
def histories(draw: st.DrawFn) -> list[Treatment]:
    count = draw(st.integers(min_value=0, max_value=50))
    result = []
    for _ in range(count):
        product = draw(st.sampled_from(PRODUCTS))
        on = TODAY - timedelta(days=draw(st.integers(min_value=0, max_value=900)))
        precision = draw(st.sampled_from(list(Precision)))
        spread = draw(st.integers(min_value=1, max_value=30)) if precision is Precision.AROUND else 0
        result.append(Treatment(product, on, precision, spread))
    return result


@settings(max_examples=60, deadline=None)
@given(
    history=histories(),
    proposed=st.none() | st.integers(min_value=0, max_value=400).map(lambda d: TODAY + timedelta(days=d)),
    width=st.integers(min_value=600, max_value=2560),
    scale=st.floats(min_value=0.8, max_value=1.6),
)
def test_any_history_lays_out_without_overlaps(
    history: list[Treatment], proposed: date | None, width: int, scale: float
) -> None:
    plan = make_plan(history, POLICY, TODAY, "microneedling", proposed)
    geometry = layout(plan, width, scale)
    labels = geometry.labels()
    for a, b in itertools.combinations(labels, 2):
        assert not a.box.overlaps(b.box), f"{a.text!r} overlaps {b.text!r}"
    for segment in lines(geometry):
        assert not any(crosses(segment, label.box) for label in labels)
    for box in all_boxes(geometry):
        assert geometry.rect.contains(box)
    shown = [b.stage for b in geometry.bands]
    assert shown == [s for s, _, _ in stage_spans(plan)]


def test_first_open_day_marker_when_the_clinic_is_closed_on_the_earliest_date() -> None:
    from gui.core import ClinicDays

    policy = load_policy_or_raise(default_policy_path())
    plan = make_plan(
        [Treatment("botox", date(2026, 11, 15))],
        policy,
        date(2026, 11, 24),
        clinic_days=ClinicDays(frozenset(range(5))),  # earliest Sunday 29 Nov → Monday 30 Nov
    )
    geometry = layout_timeline(plan, Box(0, 0, 1000, 300), FakeMetrics(), "en")
    kinds = {m.kind: m for m in geometry.markers}
    assert kinds[MarkKind.BOOKABLE].day == date(2026, 11, 30)
    assert kinds[MarkKind.BOOKABLE].line.x == geometry.x_of(date(2026, 11, 30))
    label = kinds[MarkKind.BOOKABLE].label
    assert label is not None and label.text.startswith("First open day")
    boxes = [lbl.box for lbl in geometry.labels()]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


@pytest.mark.parametrize("days", [0, 5, 19, 60, 200])
@pytest.mark.parametrize("width", [600, 1024])
def test_empty_hint_is_never_crossed_by_a_marker_line(days: int, width: int) -> None:
    """Found by the property test in CI: the hint sat across the proposed-date line."""
    plan = make_plan([], POLICY, TODAY, "microneedling", TODAY + timedelta(days=days))
    geometry = layout(plan, width)
    assert geometry.message is not None
    for marker in geometry.markers:
        assert not crosses(marker.line, geometry.message.box)


@pytest.mark.parametrize("width", [300, 400, 600])
@pytest.mark.parametrize("order", [("botox", "ha-filler", "dysport"), ("ha-filler", "dysport", "botox")])
def test_the_treatment_that_sets_the_date_keeps_its_label(width: int, order: tuple[str, ...]) -> None:
    """Injections on the same day: when some labels give way to "+N more", the date's is never one."""
    day = date(2026, 11, 27)
    plan = make_plan([Treatment(p, day) for p in order], POLICY, date(2026, 12, 4), "rf-microneedling")
    setter = next(i for i, r in enumerate(plan.reasons) if r.sets_earliest)
    assert plan.reasons[setter].product.id == "ha-filler"
    geometry = layout(plan, width)
    assert geometry.treatments[setter].label is not None


@pytest.mark.parametrize(
    ("lang", "width", "chips"),
    [
        ("en", 300, ["Wait", "Ideal window", None, None]),
        ("en", 1024, ["Too early", "Ideal window", "Waning", "Worn off"]),
        ("es", 500, ["Esperar", "Periodo ideal", None, None]),
        ("es", 550, ["Esperar", "Periodo ideal", None, None]),
        ("es", 1024, ["Demasiado pronto", "Periodo ideal", "Perdiendo efecto", "Sin efecto"]),
    ],
)
def test_a_band_too_narrow_for_its_name_carries_the_short_one(
    lang: str, width: int, chips: list[str | None]
) -> None:
    """The whole name when it fits, else the short one (Spanish names are longer: 'Demasiado pronto'),
    else none; the legend keeps every whole name."""
    metrics = FakeMetrics()
    rect = Box(10, 20, width, timeline_height(main_plan(), width, metrics, lang))
    geometry = layout_timeline(main_plan(), rect, metrics, lang)
    assert [b.label.text if b.label else None for b in geometry.bands] == chips
    for band in geometry.bands:
        if band.label is not None:
            assert band.box.x <= band.label.box.x and band.label.box.right <= band.box.right
