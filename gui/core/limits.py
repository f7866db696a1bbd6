"""The span of dates the app reasons about.

Every date a person can give is checked against these bounds where it is read (window and command
line alike, through the core's checks), and ``make_plan`` refuses anything outside them. With every
policy duration at most ``MAX_DURATION_YEARS`` long, no date the core computes can then come near
the ends of Python's calendar (year 1, year 9999): no computation can raise.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

EARLIEST_TREATMENT = date(1990, 1, 1)  # a prior treatment: from 1 Jan 1990 until today
YEARS_AHEAD = 5  # a proposed appointment: from today until 5 years ahead
FIRST_TODAY, LAST_TODAY = date(2000, 1, 1), date(2099, 12, 31)  # the day to count from
MAX_DURATION_YEARS = 10  # the longest duration text read at all (a policy allows far less)
MAX_SESSIONS = 6  # the most sessions a course may have


def latest_appointment(today: date) -> date:
    """The last day a proposed appointment may be: ``YEARS_AHEAD`` years after ``today``."""
    result: date = today + relativedelta(years=YEARS_AHEAD)
    return result


def today_in_range(today: date) -> bool:
    return FIRST_TODAY <= today <= LAST_TODAY
