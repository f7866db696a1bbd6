def test_the_big_date_past_a_planned_gap_is_on_the_drawing() -> None:
    """Next treatment Botox, a filler on file and a Botox planned for 15 Jan: the first bookable day is
    90 days after the planned one (15 Apr), far past the planned day; the drawing reaches it."""
    import datetime as dt

    from gui.core import Treatment, load_policy_or_raise, make_plan
    from gui.core.resources import default_policy_path
    from gui.drawing.layout import date_range

    policy = load_policy_or_raise(default_policy_path())
    plan = make_plan(
        [Treatment("ha-filler", dt.date(2026, 11, 16))], policy, dt.date(2026, 12, 7), "botox",
        planned=[Treatment("botox", dt.date(2027, 1, 15))],
    )  # fmt: skip
    assert plan.bookable == dt.date(2027, 4, 15)
    assert date_range(plan)[1] > plan.bookable
