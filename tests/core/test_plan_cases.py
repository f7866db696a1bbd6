"""make_plan against a hand-computed case table, in the style of CDC's immunisation decision-support cases.

Every expected date below was worked out by hand from the default policy (clinical-basis.md, "Default
policy (version 2027.1)") with calendar months: 30 Nov + 3 months = 28 Feb. Nothing here calls the code
under test to compute an expectation.

A *scenario* is a history, a target and a "today", with the three dates the plan must give. A *case* is a
scenario judged on one day (or on today when ``on`` is None), with the expected verdict, stage and wait.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from gui.core import (
    HistoryError,
    NoteKind,
    Policy,
    Precision,
    Stage,
    Treatment,
    Verdict,
    make_plan,
    note_text,
    policy_label,
    rule_in_words,
    treatment_when,
)

TODAY = date(2026, 11, 24)  # a Tuesday
MN, RF = "microneedling", "rf-microneedling"

# Expected outcome on the judged day: (verdict, stage on the timeline). "late" splits into two stages.
TOO_EARLY = (Verdict.TOO_EARLY, Stage.TOO_EARLY)
IDEAL = (Verdict.IDEAL, Stage.IDEAL)
WANING = (Verdict.LATE, Stage.WANING)
WORN_OFF = (Verdict.LATE, Stage.WORN_OFF)
CLEAR = (Verdict.CLEAR, Stage.CLEAR)


def d(iso: str | None) -> date | None:
    return None if iso is None else date.fromisoformat(iso)


def exact(product: str, on: str) -> Treatment:
    return Treatment(product, date.fromisoformat(on))


def around(product: str, on: str, plus_minus: int) -> Treatment:
    return Treatment(product, date.fromisoformat(on), Precision.AROUND, plus_minus)


def month(product: str, year: int, month_number: int) -> Treatment:
    """Month only; ``on`` is any day in the month (the 15th here)."""
    return Treatment(product, date(year, month_number, 15), Precision.MONTH)


@dataclass(frozen=True)
class Scenario:
    """Scenario(label, history, target, earliest, ideal_until, effect_ends[, today]); dates as ISO text."""

    label: str
    history: tuple[Treatment, ...]
    target: str
    earliest: str | None
    ideal_until: str | None
    effect_ends: str | None
    today: str = "2026-11-24"


def case(
    case_id: str, scenario: Scenario, on: str | None, what: str, outcome: tuple[Verdict, Stage], wait: int
) -> object:
    return pytest.param(scenario, on, outcome, wait, id=f"{case_id} {scenario.label} {what}")


# --- Scenarios: one treatment on Fri 20 Nov 2026, every rule (class × target) -------------------------

BOTOX_MN = Scenario(
    "botox -> MN", (exact("botox", "2026-11-20"),), MN, "2026-12-04", "2027-02-20", "2027-03-20"
)
DYSPORT_RF = Scenario(
    "dysport -> RF", (exact("dysport", "2026-11-20"),), RF, "2026-12-04", "2027-02-20", "2027-03-20"
)
DAXXIFY_MN = Scenario(
    "daxxify -> MN", (exact("daxxify", "2026-11-20"),), MN, "2026-12-04", "2027-05-20", "2027-08-20"
)
DAXXIFY_RF = Scenario(
    "daxxify -> RF", (exact("daxxify", "2026-11-20"),), RF, "2026-12-04", "2027-05-20", "2027-08-20"
)
HA_MN = Scenario("ha-filler -> MN", (exact("ha-filler", "2026-11-20"),), MN, "2026-12-04", None, None)
HA_RF = Scenario("ha-filler -> RF", (exact("ha-filler", "2026-11-20"),), RF, "2026-12-18", None, None)
SCULPTRA_MN = Scenario("sculptra -> MN", (exact("sculptra", "2026-11-20"),), MN, "2026-12-04", None, None)
RADIESSE_RF = Scenario("radiesse -> RF", (exact("radiesse", "2026-11-20"),), RF, "2026-12-18", None, None)
NEEDLING_MN = Scenario(
    "microneedling -> MN", (exact("microneedling", "2026-11-20"),), MN, "2026-12-18", None, None
)
RF_NEEDLING_RF = Scenario(
    "rf-microneedling -> RF", (exact("rf-microneedling", "2026-11-20"),), RF, "2026-12-18", None, None
)

# --- Month ends ---------------------------------------------------------------------------------------

BOTOX_30_NOV = Scenario(
    "botox 30 Nov 2025 -> MN",
    (exact("botox", "2025-11-30"),),
    MN,
    "2025-12-14",
    "2026-02-28",
    "2026-03-30",
    today="2025-12-01",
)
XEOMIN_31_JAN = Scenario(
    "xeomin 31 Jan 2026 -> MN",
    (exact("xeomin", "2026-01-31"),),
    MN,
    "2026-02-14",
    "2026-04-30",
    "2026-05-31",
    today="2026-02-01",
)
JEUVEAU_31_MAY = Scenario(
    "jeuveau 31 May 2026 -> RF",
    (exact("jeuveau", "2026-05-31"),),
    RF,
    "2026-06-14",
    "2026-08-31",
    "2026-09-30",
    today="2026-06-01",
)
DAXXIFY_31_AUG = Scenario(
    "daxxify 31 Aug 2026 -> MN",
    (exact("daxxify", "2026-08-31"),),
    MN,
    "2026-09-14",
    "2027-02-28",
    "2027-05-31",
)
HA_31_DEC_RF = Scenario(
    "ha-filler 31 Dec 2025 -> RF",
    (exact("ha-filler", "2025-12-31"),),
    RF,
    "2026-01-28",
    None,
    None,
    "2026-01-02",
)
HA_20_FEB_MN = Scenario(
    "ha-filler 20 Feb 2027 -> MN",
    (exact("ha-filler", "2027-02-20"),),
    MN,
    "2027-03-06",
    None,
    None,
    "2027-02-21",
)

# --- Leap days ----------------------------------------------------------------------------------------

BOTOX_29_FEB = Scenario(
    "botox 29 Feb 2028 -> MN",
    (exact("botox", "2028-02-29"),),
    MN,
    "2028-03-14",
    "2028-05-29",
    "2028-06-29",
    today="2028-03-01",
)
DAXXIFY_29_FEB = Scenario(
    "daxxify 29 Feb 2028 -> MN",
    (exact("daxxify", "2028-02-29"),),
    MN,
    "2028-03-14",
    "2028-08-29",
    "2028-11-29",
    today="2028-03-01",
)
DAXXIFY_31_AUG_LEAP = Scenario(
    "daxxify 31 Aug 2027 -> RF",
    (exact("daxxify", "2027-08-31"),),
    RF,
    "2027-09-14",
    "2028-02-29",
    "2028-05-31",
    today="2027-09-01",
)
BOTOX_29_NOV_LEAP = Scenario(
    "botox 29 Nov 2027 -> MN",
    (exact("botox", "2027-11-29"),),
    MN,
    "2027-12-13",
    "2028-02-29",
    "2028-03-29",
    today="2027-12-01",
)
HA_15_FEB_LEAP_MN = Scenario(
    "ha-filler 15 Feb 2028 -> MN",
    (exact("ha-filler", "2028-02-15"),),
    MN,
    "2028-02-29",
    None,
    None,
    "2028-02-16",
)
HA_15_FEB_LEAP_RF = Scenario(
    "ha-filler 15 Feb 2028 -> RF",
    (exact("ha-filler", "2028-02-15"),),
    RF,
    "2028-03-14",
    None,
    None,
    "2028-02-16",
)
NEEDLING_1_FEB_LEAP = Scenario(
    "microneedling 1 Feb 2028 -> MN",
    (exact("microneedling", "2028-02-01"),),
    MN,
    "2028-02-29",
    None,
    None,
    today="2028-02-02",
)
NEEDLING_1_FEB_COMMON = Scenario(
    "microneedling 1 Feb 2027 -> MN",
    (exact("microneedling", "2027-02-01"),),
    MN,
    "2027-03-01",
    None,
    None,
    today="2027-02-02",
)

# --- Approximate dates (today Tue 24 Nov 2026) --------------------------------------------------------

# around 10 Oct ± 3: 7..13 Oct. earliest = 13 Oct + 14 d; ideal/effect from 7 Oct.
BOTOX_AROUND_10_OCT = Scenario(
    "botox around 10 Oct 2026+-3 -> MN",
    (around("botox", "2026-10-10", 3),),
    MN,
    "2026-10-27",
    "2027-01-07",
    "2027-02-07",
)
# around 20 Nov ± 3: 17..23 Nov.
BOTOX_AROUND_20_NOV = Scenario(
    "botox around 20 Nov 2026+-3 -> MN",
    (around("botox", "2026-11-20", 3),),
    MN,
    "2026-12-07",
    "2027-02-17",
    "2027-03-17",
)
# around 22 Nov ± 5: 17..27 Nov, the end capped at today (24 Nov).
BOTOX_AROUND_22_NOV_CAPPED = Scenario(
    "botox around 22 Nov 2026+-5 capped -> MN",
    (around("botox", "2026-11-22", 5),),
    MN,
    "2026-12-08",
    "2027-02-17",
    "2027-03-17",
)
# around 1 Nov ± 30: 2 Oct..1 Dec, capped at 24 Nov.
HA_AROUND_1_NOV_CAPPED_RF = Scenario(
    "ha-filler around 1 Nov 2026+-30 capped -> RF",
    (around("ha-filler", "2026-11-01", 30),),
    RF,
    "2026-12-22",
    None,
    None,
)
# around today ± 7: 17..24 Nov (capped).
RF_NEEDLING_AROUND_TODAY = Scenario(
    "rf-microneedling around 24 Nov 2026+-7 capped -> MN",
    (around("rf-microneedling", "2026-11-24", 7),),
    MN,
    "2026-12-22",
    None,
    None,
)
# October: 1..31 Oct.
BOTOX_OCTOBER = Scenario(
    "botox Oct 2026 -> MN", (month("botox", 2026, 10),), MN, "2026-11-14", "2027-01-01", "2027-02-01"
)
# November, the current month: 1..24 Nov (capped at today).
BOTOX_NOVEMBER_CAPPED = Scenario(
    "botox Nov 2026 (current month) -> MN",
    (month("botox", 2026, 11),),
    MN,
    "2026-12-08",
    "2027-02-01",
    "2027-03-01",
)
SCULPTRA_SEPTEMBER_RF = Scenario(
    "sculptra Sep 2026 -> RF", (month("sculptra", 2026, 9),), RF, "2026-10-28", None, None
)
DAXXIFY_AUGUST_RF = Scenario(
    "daxxify Aug 2026 -> RF", (month("daxxify", 2026, 8),), RF, "2026-09-14", "2027-02-01", "2027-05-01"
)
HA_FEBRUARY_LEAP = Scenario(
    "ha-filler Feb 2028 -> MN",
    (month("ha-filler", 2028, 2),),
    MN,
    "2028-03-14",
    None,
    None,
    today="2028-03-10",
)

# --- Several treatments -------------------------------------------------------------------------------

# botox: earliest 15 Sep, ideal until 1 Dec, effect ends 1 Jan; filler: earliest 4 Dec → no ideal window.
BOTOX_OLD_FILLER_NEW = Scenario(
    "botox 1 Sep + ha-filler 20 Nov -> MN",
    (exact("botox", "2026-09-01"), exact("ha-filler", "2026-11-20")),
    MN,
    "2026-12-04",
    "2026-12-01",
    "2027-01-01",
)
# botox: earliest 24 Nov, ideal 10 Feb, effect 10 Mar; filler: 18 Dec (RF) or 4 Dec (MN).
BOTOX_AND_FILLER_RF = Scenario(
    "botox 10 Nov + ha-filler 20 Nov -> RF",
    (exact("botox", "2026-11-10"), exact("ha-filler", "2026-11-20")),
    RF,
    "2026-12-18",
    "2027-02-10",
    "2027-03-10",
)
BOTOX_AND_FILLER_MN = Scenario(
    "botox 10 Nov + ha-filler 20 Nov -> MN",
    (exact("botox", "2026-11-10"), exact("ha-filler", "2026-11-20")),
    MN,
    "2026-12-04",
    "2027-02-10",
    "2027-03-10",
)
# botox sets earliest (4 Dec); daxxify from 1 Oct sets ideal_until (1 Apr) and effect_ends (1 Jul).
BOTOX_AND_DAXXIFY = Scenario(
    "botox 20 Nov + daxxify 1 Oct -> MN",
    (exact("botox", "2026-11-20"), exact("daxxify", "2026-10-01")),
    MN,
    "2026-12-04",
    "2027-04-01",
    "2027-07-01",
)
TWO_BOTOX = Scenario(
    "botox 20 Aug + botox 20 Nov -> MN",
    (exact("botox", "2026-08-20"), exact("botox", "2026-11-20")),
    MN,
    "2026-12-04",
    "2027-02-20",
    "2027-03-20",
)
# botox around 15 Nov ± 5 (10..20 Nov): earliest 4 Dec; microneedling 1 Nov: earliest 29 Nov.
BOTOX_AROUND_AND_NEEDLING = Scenario(
    "botox around 15 Nov+-5 + microneedling 1 Nov -> MN",
    (around("botox", "2026-11-15", 5), exact("microneedling", "2026-11-01")),
    MN,
    "2026-12-04",
    "2027-02-10",
    "2027-03-10",
)
# botox 2 Nov: earliest 16 Nov; sculptra in November (1..24 Nov): RF earliest 22 Dec.
BOTOX_AND_SCULPTRA_MONTH_RF = Scenario(
    "botox 2 Nov + sculptra Nov (month) -> RF",
    (exact("botox", "2026-11-02"), month("sculptra", 2026, 11)),
    RF,
    "2026-12-22",
    "2027-02-02",
    "2027-03-02",
)
# RF earliest: 29 Oct, 7 Nov, 17 Nov.
THREE_NON_TOXINS_RF = Scenario(
    "ha-filler 1 Oct + radiesse 10 Oct + microneedling 20 Oct -> RF",
    (exact("ha-filler", "2026-10-01"), exact("radiesse", "2026-10-10"), exact("microneedling", "2026-10-20")),
    RF,
    "2026-11-17",
    None,
    None,
)
# daxxify 1 Jan: earliest 15 Jan, ideal 1 Jul, effect 1 Oct — all before the filler's 18 Dec.
DAXXIFY_OLD_FILLER_NEW_RF = Scenario(
    "daxxify 1 Jan + ha-filler 20 Nov -> RF",
    (exact("daxxify", "2026-01-01"), exact("ha-filler", "2026-11-20")),
    RF,
    "2026-12-18",
    "2026-07-01",
    "2026-10-01",
)

# --- Empty history ------------------------------------------------------------------------------------

EMPTY_MN = Scenario("no history -> MN", (), MN, None, None, None)
EMPTY_RF = Scenario("no history -> RF", (), RF, None, None, None)


CASES = [
    # every rule: boundary triples around earliest, ideal_until and effect_ends
    case("CASE-001", BOTOX_MN, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-002", BOTOX_MN, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-003", BOTOX_MN, "2026-12-05", "earliest day-after", IDEAL, 0),
    case("CASE-004", BOTOX_MN, "2027-02-19", "ideal_until day-before", IDEAL, 0),
    case("CASE-005", BOTOX_MN, "2027-02-20", "ideal_until day", IDEAL, 0),
    case("CASE-006", BOTOX_MN, "2027-02-21", "ideal_until day-after", WANING, 0),
    case("CASE-007", BOTOX_MN, "2027-03-19", "effect_ends day-before", WANING, 0),
    case("CASE-008", BOTOX_MN, "2027-03-20", "effect_ends day", WANING, 0),
    case("CASE-009", BOTOX_MN, "2027-03-21", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-010", BOTOX_MN, None, "today", TOO_EARLY, 10),
    case("CASE-011", DYSPORT_RF, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-012", DYSPORT_RF, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-013", DYSPORT_RF, "2026-12-05", "earliest day-after", IDEAL, 0),
    case("CASE-014", DYSPORT_RF, "2027-02-19", "ideal_until day-before", IDEAL, 0),
    case("CASE-015", DYSPORT_RF, "2027-02-20", "ideal_until day", IDEAL, 0),
    case("CASE-016", DYSPORT_RF, "2027-02-21", "ideal_until day-after", WANING, 0),
    case("CASE-017", DYSPORT_RF, "2027-03-19", "effect_ends day-before", WANING, 0),
    case("CASE-018", DYSPORT_RF, "2027-03-20", "effect_ends day", WANING, 0),
    case("CASE-019", DYSPORT_RF, "2027-03-21", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-020", DAXXIFY_MN, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-021", DAXXIFY_MN, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-022", DAXXIFY_MN, "2026-12-05", "earliest day-after", IDEAL, 0),
    case("CASE-023", DAXXIFY_MN, "2027-05-19", "ideal_until day-before", IDEAL, 0),
    case("CASE-024", DAXXIFY_MN, "2027-05-20", "ideal_until day", IDEAL, 0),
    case("CASE-025", DAXXIFY_MN, "2027-05-21", "ideal_until day-after", WANING, 0),
    case("CASE-026", DAXXIFY_MN, "2027-08-19", "effect_ends day-before", WANING, 0),
    case("CASE-027", DAXXIFY_MN, "2027-08-20", "effect_ends day", WANING, 0),
    case("CASE-028", DAXXIFY_MN, "2027-08-21", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-029", DAXXIFY_RF, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-030", DAXXIFY_RF, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-031", DAXXIFY_RF, "2026-12-05", "earliest day-after", IDEAL, 0),
    case("CASE-032", DAXXIFY_RF, "2027-05-19", "ideal_until day-before", IDEAL, 0),
    case("CASE-033", DAXXIFY_RF, "2027-05-20", "ideal_until day", IDEAL, 0),
    case("CASE-034", DAXXIFY_RF, "2027-05-21", "ideal_until day-after", WANING, 0),
    case("CASE-035", DAXXIFY_RF, "2027-08-19", "effect_ends day-before", WANING, 0),
    case("CASE-036", DAXXIFY_RF, "2027-08-20", "effect_ends day", WANING, 0),
    case("CASE-037", DAXXIFY_RF, "2027-08-21", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-038", HA_MN, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-039", HA_MN, "2026-12-04", "earliest day", CLEAR, 0),
    case("CASE-040", HA_MN, "2026-12-05", "earliest day-after", CLEAR, 0),
    case("CASE-041", HA_RF, "2026-12-17", "earliest day-before", TOO_EARLY, 1),
    case("CASE-042", HA_RF, "2026-12-18", "earliest day", CLEAR, 0),
    case("CASE-043", HA_RF, "2026-12-19", "earliest day-after", CLEAR, 0),
    case("CASE-044", HA_RF, None, "today", TOO_EARLY, 24),
    case("CASE-045", SCULPTRA_MN, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-046", SCULPTRA_MN, "2026-12-04", "earliest day", CLEAR, 0),
    case("CASE-047", SCULPTRA_MN, "2026-12-05", "earliest day-after", CLEAR, 0),
    case("CASE-048", RADIESSE_RF, "2026-12-17", "earliest day-before", TOO_EARLY, 1),
    case("CASE-049", RADIESSE_RF, "2026-12-18", "earliest day", CLEAR, 0),
    case("CASE-050", RADIESSE_RF, "2026-12-19", "earliest day-after", CLEAR, 0),
    case("CASE-051", NEEDLING_MN, "2026-12-17", "earliest day-before", TOO_EARLY, 1),
    case("CASE-052", NEEDLING_MN, "2026-12-18", "earliest day", CLEAR, 0),
    case("CASE-053", NEEDLING_MN, "2026-12-19", "earliest day-after", CLEAR, 0),
    case("CASE-054", RF_NEEDLING_RF, "2026-12-17", "earliest day-before", TOO_EARLY, 1),
    case("CASE-055", RF_NEEDLING_RF, "2026-12-18", "earliest day", CLEAR, 0),
    case("CASE-056", RF_NEEDLING_RF, "2026-12-19", "earliest day-after", CLEAR, 0),
    case("CASE-057", RF_NEEDLING_RF, "2026-11-30", "days to wait", TOO_EARLY, 18),
    # month ends: calendar months clamp to the last day of a shorter month
    case("CASE-060", BOTOX_30_NOV, "2025-12-13", "earliest day-before", TOO_EARLY, 1),
    case("CASE-061", BOTOX_30_NOV, "2025-12-14", "earliest day", IDEAL, 0),
    case("CASE-062", BOTOX_30_NOV, "2026-02-27", "ideal_until day-before", IDEAL, 0),
    case("CASE-063", BOTOX_30_NOV, "2026-02-28", "ideal_until day (28 Feb)", IDEAL, 0),
    case("CASE-064", BOTOX_30_NOV, "2026-03-01", "ideal_until day-after", WANING, 0),
    case("CASE-065", BOTOX_30_NOV, "2026-03-30", "effect_ends day (30 Mar)", WANING, 0),
    case("CASE-066", BOTOX_30_NOV, "2026-03-31", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-067", XEOMIN_31_JAN, "2026-02-13", "earliest day-before", TOO_EARLY, 1),
    case("CASE-068", XEOMIN_31_JAN, "2026-04-30", "ideal_until day (30 Apr)", IDEAL, 0),
    case("CASE-069", XEOMIN_31_JAN, "2026-05-01", "ideal_until day-after", WANING, 0),
    case("CASE-070", XEOMIN_31_JAN, "2026-05-31", "effect_ends day (31 May)", WANING, 0),
    case("CASE-071", XEOMIN_31_JAN, "2026-06-01", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-072", JEUVEAU_31_MAY, "2026-08-31", "ideal_until day (31 Aug)", IDEAL, 0),
    case("CASE-073", JEUVEAU_31_MAY, "2026-09-01", "ideal_until day-after", WANING, 0),
    case("CASE-074", JEUVEAU_31_MAY, "2026-09-30", "effect_ends day (30 Sep)", WANING, 0),
    case("CASE-075", JEUVEAU_31_MAY, "2026-10-01", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-076", DAXXIFY_31_AUG, None, "today", IDEAL, 0),
    case("CASE-077", DAXXIFY_31_AUG, "2027-02-28", "ideal_until day (28 Feb)", IDEAL, 0),
    case("CASE-078", DAXXIFY_31_AUG, "2027-03-01", "ideal_until day-after", WANING, 0),
    case("CASE-079", DAXXIFY_31_AUG, "2027-05-31", "effect_ends day (31 May)", WANING, 0),
    case("CASE-080", DAXXIFY_31_AUG, "2027-06-01", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-081", HA_31_DEC_RF, None, "today (across new year)", TOO_EARLY, 26),
    case("CASE-082", HA_31_DEC_RF, "2026-01-27", "earliest day-before", TOO_EARLY, 1),
    case("CASE-083", HA_31_DEC_RF, "2026-01-28", "earliest day", CLEAR, 0),
    case("CASE-084", HA_20_FEB_MN, "2027-03-05", "earliest day-before (28-day Feb)", TOO_EARLY, 1),
    case("CASE-085", HA_20_FEB_MN, "2027-03-06", "earliest day", CLEAR, 0),
    # leap days
    case("CASE-090", BOTOX_29_FEB, None, "today", TOO_EARLY, 13),
    case("CASE-091", BOTOX_29_FEB, "2028-03-13", "earliest day-before", TOO_EARLY, 1),
    case("CASE-092", BOTOX_29_FEB, "2028-03-14", "earliest day", IDEAL, 0),
    case("CASE-093", BOTOX_29_FEB, "2028-05-29", "ideal_until day", IDEAL, 0),
    case("CASE-094", BOTOX_29_FEB, "2028-05-30", "ideal_until day-after", WANING, 0),
    case("CASE-095", BOTOX_29_FEB, "2028-06-29", "effect_ends day", WANING, 0),
    case("CASE-096", BOTOX_29_FEB, "2028-06-30", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-097", DAXXIFY_29_FEB, "2028-08-29", "ideal_until day", IDEAL, 0),
    case("CASE-098", DAXXIFY_29_FEB, "2028-11-30", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-099", DAXXIFY_31_AUG_LEAP, "2028-02-28", "ideal_until day-before", IDEAL, 0),
    case("CASE-100", DAXXIFY_31_AUG_LEAP, "2028-02-29", "ideal_until day (29 Feb)", IDEAL, 0),
    case("CASE-101", DAXXIFY_31_AUG_LEAP, "2028-03-01", "ideal_until day-after", WANING, 0),
    case("CASE-102", BOTOX_29_NOV_LEAP, "2028-02-29", "ideal_until day (29 Feb)", IDEAL, 0),
    case("CASE-103", BOTOX_29_NOV_LEAP, "2028-03-01", "ideal_until day-after", WANING, 0),
    case("CASE-104", BOTOX_29_NOV_LEAP, "2028-03-29", "effect_ends day", WANING, 0),
    case("CASE-105", BOTOX_29_NOV_LEAP, "2028-03-30", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-106", HA_15_FEB_LEAP_MN, "2028-02-28", "earliest day-before", TOO_EARLY, 1),
    case("CASE-107", HA_15_FEB_LEAP_MN, "2028-02-29", "earliest day (29 Feb)", CLEAR, 0),
    case("CASE-108", HA_15_FEB_LEAP_MN, "2028-03-01", "earliest day-after", CLEAR, 0),
    case("CASE-109", HA_15_FEB_LEAP_RF, "2028-03-13", "earliest day-before", TOO_EARLY, 1),
    case("CASE-110", HA_15_FEB_LEAP_RF, "2028-03-14", "earliest day", CLEAR, 0),
    case("CASE-111", NEEDLING_1_FEB_LEAP, "2028-02-28", "earliest day-before", TOO_EARLY, 1),
    case("CASE-112", NEEDLING_1_FEB_LEAP, "2028-02-29", "earliest day (29 Feb)", CLEAR, 0),
    case("CASE-113", NEEDLING_1_FEB_COMMON, "2027-02-28", "earliest day-before", TOO_EARLY, 1),
    case("CASE-114", NEEDLING_1_FEB_COMMON, "2027-03-01", "earliest day (1 Mar)", CLEAR, 0),
    # approximate dates: earliest from the latest possible day, the window from the first possible day
    case("CASE-120", BOTOX_AROUND_10_OCT, None, "today", IDEAL, 0),
    case("CASE-121", BOTOX_AROUND_10_OCT, "2026-10-26", "earliest day-before", TOO_EARLY, 1),
    case("CASE-122", BOTOX_AROUND_10_OCT, "2026-10-27", "earliest day", IDEAL, 0),
    case("CASE-123", BOTOX_AROUND_10_OCT, "2027-01-07", "ideal_until day", IDEAL, 0),
    case("CASE-124", BOTOX_AROUND_10_OCT, "2027-01-08", "ideal_until day-after", WANING, 0),
    case("CASE-125", BOTOX_AROUND_10_OCT, "2027-02-07", "effect_ends day", WANING, 0),
    case("CASE-126", BOTOX_AROUND_10_OCT, "2027-02-08", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-127", BOTOX_AROUND_20_NOV, None, "today", TOO_EARLY, 13),
    case("CASE-128", BOTOX_AROUND_20_NOV, "2026-12-06", "earliest day-before", TOO_EARLY, 1),
    case("CASE-129", BOTOX_AROUND_20_NOV, "2026-12-07", "earliest day", IDEAL, 0),
    case("CASE-130", BOTOX_AROUND_22_NOV_CAPPED, None, "today", TOO_EARLY, 14),
    case("CASE-131", BOTOX_AROUND_22_NOV_CAPPED, "2026-12-07", "earliest day-before", TOO_EARLY, 1),
    case("CASE-132", BOTOX_AROUND_22_NOV_CAPPED, "2026-12-08", "earliest day", IDEAL, 0),
    case("CASE-133", HA_AROUND_1_NOV_CAPPED_RF, "2026-12-21", "earliest day-before", TOO_EARLY, 1),
    case("CASE-134", HA_AROUND_1_NOV_CAPPED_RF, "2026-12-22", "earliest day", CLEAR, 0),
    case("CASE-135", RF_NEEDLING_AROUND_TODAY, None, "today", TOO_EARLY, 28),
    case("CASE-136", BOTOX_OCTOBER, None, "today", IDEAL, 0),
    case("CASE-137", BOTOX_OCTOBER, "2026-11-13", "earliest day-before", TOO_EARLY, 1),
    case("CASE-138", BOTOX_OCTOBER, "2026-11-14", "earliest day", IDEAL, 0),
    case("CASE-139", BOTOX_OCTOBER, "2027-01-01", "ideal_until day", IDEAL, 0),
    case("CASE-140", BOTOX_OCTOBER, "2027-01-02", "ideal_until day-after", WANING, 0),
    case("CASE-141", BOTOX_OCTOBER, "2027-02-01", "effect_ends day", WANING, 0),
    case("CASE-142", BOTOX_OCTOBER, "2027-02-02", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-143", BOTOX_NOVEMBER_CAPPED, None, "today", TOO_EARLY, 14),
    case("CASE-144", BOTOX_NOVEMBER_CAPPED, "2026-12-07", "earliest day-before", TOO_EARLY, 1),
    case("CASE-145", BOTOX_NOVEMBER_CAPPED, "2026-12-08", "earliest day", IDEAL, 0),
    case("CASE-146", SCULPTRA_SEPTEMBER_RF, None, "today", CLEAR, 0),
    case("CASE-147", SCULPTRA_SEPTEMBER_RF, "2026-10-27", "earliest day-before", TOO_EARLY, 1),
    case("CASE-148", DAXXIFY_AUGUST_RF, None, "today", IDEAL, 0),
    case("CASE-149", DAXXIFY_AUGUST_RF, "2027-02-01", "ideal_until day", IDEAL, 0),
    case("CASE-150", DAXXIFY_AUGUST_RF, "2027-02-02", "ideal_until day-after", WANING, 0),
    case("CASE-151", HA_FEBRUARY_LEAP, None, "today", TOO_EARLY, 4),
    case("CASE-152", HA_FEBRUARY_LEAP, "2028-03-14", "earliest day", CLEAR, 0),
    # several treatments: earliest is the latest earliest, ideal_until the latest ideal_until
    case("CASE-160", BOTOX_OLD_FILLER_NEW, None, "today", TOO_EARLY, 10),
    case("CASE-161", BOTOX_OLD_FILLER_NEW, "2026-12-01", "toxin window's last day", TOO_EARLY, 3),
    case("CASE-162", BOTOX_OLD_FILLER_NEW, "2026-12-02", "between window and earliest", TOO_EARLY, 2),
    case("CASE-163", BOTOX_OLD_FILLER_NEW, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-164", BOTOX_OLD_FILLER_NEW, "2026-12-04", "earliest day (no ideal window)", WANING, 0),
    case("CASE-165", BOTOX_OLD_FILLER_NEW, "2027-01-01", "effect_ends day", WANING, 0),
    case("CASE-166", BOTOX_OLD_FILLER_NEW, "2027-01-02", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-167", BOTOX_AND_FILLER_RF, None, "today", TOO_EARLY, 24),
    case("CASE-168", BOTOX_AND_FILLER_RF, "2026-12-17", "earliest day-before", TOO_EARLY, 1),
    case("CASE-169", BOTOX_AND_FILLER_RF, "2026-12-18", "earliest day", IDEAL, 0),
    case("CASE-170", BOTOX_AND_FILLER_RF, "2027-02-10", "ideal_until day", IDEAL, 0),
    case("CASE-171", BOTOX_AND_FILLER_RF, "2027-02-11", "ideal_until day-after", WANING, 0),
    case("CASE-172", BOTOX_AND_FILLER_MN, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-173", BOTOX_AND_FILLER_MN, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-174", BOTOX_AND_FILLER_MN, "2026-12-10", "same day as RF case below", IDEAL, 0),
    case("CASE-175", BOTOX_AND_FILLER_RF, "2026-12-10", "same day as MN case above", TOO_EARLY, 8),
    case("CASE-176", BOTOX_AND_DAXXIFY, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-177", BOTOX_AND_DAXXIFY, "2027-02-21", "after botox's own window", IDEAL, 0),
    case("CASE-178", BOTOX_AND_DAXXIFY, "2027-04-01", "ideal_until day", IDEAL, 0),
    case("CASE-179", BOTOX_AND_DAXXIFY, "2027-04-02", "ideal_until day-after", WANING, 0),
    case("CASE-180", BOTOX_AND_DAXXIFY, "2027-07-01", "effect_ends day", WANING, 0),
    case("CASE-181", BOTOX_AND_DAXXIFY, "2027-07-02", "effect_ends day-after", WORN_OFF, 0),
    case("CASE-182", TWO_BOTOX, None, "today", TOO_EARLY, 10),
    case("CASE-183", TWO_BOTOX, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-184", TWO_BOTOX, "2027-02-21", "ideal_until day-after", WANING, 0),
    case("CASE-185", BOTOX_AROUND_AND_NEEDLING, "2026-12-03", "earliest day-before", TOO_EARLY, 1),
    case("CASE-186", BOTOX_AROUND_AND_NEEDLING, "2026-12-04", "earliest day", IDEAL, 0),
    case("CASE-187", BOTOX_AND_SCULPTRA_MONTH_RF, "2026-12-21", "earliest day-before", TOO_EARLY, 1),
    case("CASE-188", BOTOX_AND_SCULPTRA_MONTH_RF, "2026-12-22", "earliest day", IDEAL, 0),
    case("CASE-189", THREE_NON_TOXINS_RF, None, "today", CLEAR, 0),
    case("CASE-190", THREE_NON_TOXINS_RF, "2026-11-16", "earliest day-before", TOO_EARLY, 1),
    case("CASE-191", DAXXIFY_OLD_FILLER_NEW_RF, None, "today", TOO_EARLY, 24),
    case("CASE-192", DAXXIFY_OLD_FILLER_NEW_RF, "2026-12-18", "earliest day (toxin worn off)", WORN_OFF, 0),
    # empty history
    case("CASE-200", EMPTY_MN, None, "today", CLEAR, 0),
    case("CASE-201", EMPTY_MN, "2026-12-25", "proposed", CLEAR, 0),
    case("CASE-202", EMPTY_RF, None, "today", CLEAR, 0),
    case("CASE-203", EMPTY_RF, "2026-11-01", "proposed in the past", CLEAR, 0),
]


@pytest.mark.parametrize(("scenario", "on", "outcome", "wait"), CASES)
def test_case_table(
    policy: Policy, scenario: Scenario, on: str | None, outcome: tuple[Verdict, Stage], wait: int
) -> None:
    today = date.fromisoformat(scenario.today)
    plan = make_plan(scenario.history, policy, today, scenario.target, proposed=d(on))

    assert (plan.earliest, plan.ideal_until, plan.effect_ends) == (
        d(scenario.earliest),
        d(scenario.ideal_until),
        d(scenario.effect_ends),
    )
    assert (plan.verdict, plan.stage_on(plan.date)) == outcome
    assert plan.days_to_wait == wait
    assert plan.date == (d(on) or today)
    assert plan.proposed == d(on)
    assert plan.today == today
    assert plan.target == scenario.target


# --- Judged date ----------------------------------------------------------------------------------------


def test_judged_date_is_today_without_a_proposal(policy: Policy) -> None:
    plan = make_plan([exact("botox", "2026-11-20")], policy, TODAY)
    assert plan.proposed is None
    assert plan.date == TODAY


def test_judged_date_is_the_proposal(policy: Policy) -> None:
    plan = make_plan([exact("botox", "2026-11-20")], policy, TODAY, proposed=date(2027, 1, 5))
    assert plan.proposed == date(2027, 1, 5)
    assert plan.date == date(2027, 1, 5)
    assert plan.verdict is Verdict.IDEAL


@pytest.mark.parametrize("on", ["2026-12-03", "2026-12-04", "2027-02-21", "2027-03-21"])
def test_verdict_on_agrees_with_make_plan_for_a_proposal(policy: Policy, on: str) -> None:
    history = [exact("botox", "2026-11-20")]
    proposed = date.fromisoformat(on)
    plan = make_plan(history, policy, TODAY)
    assert plan.verdict_on(proposed) is make_plan(history, policy, TODAY, proposed=proposed).verdict


def test_unknown_target_is_refused(policy: Policy) -> None:
    with pytest.raises(
        ValueError, match="unknown next treatment 'laser'; use one of: microneedling, rf-microneedling, botox"
    ):
        make_plan([], policy, TODAY, target="laser")


# --- Reasons ----------------------------------------------------------------------------------------------


def test_reasons_say_which_treatment_sets_earliest(policy: Policy) -> None:
    plan = make_plan(BOTOX_AND_FILLER_RF.history, policy, TODAY, RF)
    by_product = {r.product.id: r for r in plan.reasons}
    assert by_product["botox"].earliest == date(2026, 11, 24)
    assert by_product["botox"].ideal_until == date(2027, 2, 10)
    assert by_product["botox"].effect_ends == date(2027, 3, 10)
    assert not by_product["botox"].sets_earliest
    assert by_product["ha-filler"].earliest == date(2026, 12, 18)
    assert by_product["ha-filler"].ideal_until is None
    assert by_product["ha-filler"].sets_earliest
    assert by_product["ha-filler"].evidence == "study"
    assert by_product["ha-filler"].sources


def test_reason_span_of_a_month_only_treatment_is_capped_at_today(policy: Policy) -> None:
    (reason,) = make_plan([month("botox", 2026, 11)], policy, TODAY).reasons
    assert (reason.first, reason.last) == (date(2026, 11, 1), date(2026, 11, 24))
    assert treatment_when(reason.treatment) == "November 2026 (month only)"


@pytest.mark.parametrize(
    ("product", "target", "expected"),
    [
        pytest.param(
            "botox",
            MN,
            "Wait at least 14 days after Botox before microneedling; best within 3 months of the "
            "injection, while it still works; its effect has usually worn off by 4 months.",
            id="botox-mn",
        ),
        pytest.param(
            "ha-filler",
            RF,
            "Wait at least 28 days after Hyaluronic-acid filler (any brand) before RF microneedling.",
            id="ha-filler-rf",
        ),
    ],
)
def test_rule_in_words(policy: Policy, product: str, target: str, expected: str) -> None:
    assert rule_in_words(policy.rule_for(product, target), policy.product(product), target) == expected


def test_plan_names_the_policy(policy: Policy) -> None:
    plan = make_plan([], policy, TODAY)
    assert policy_label(plan.policy) == "Default policy 2027.1"
    assert plan.policy.reviewed == date(2026, 11, 1)


@pytest.mark.parametrize(
    ("scenario", "has_window"),
    [
        pytest.param(BOTOX_MN, True, id="toxin-alone"),
        pytest.param(BOTOX_AND_FILLER_RF, True, id="toxin-and-later-filler-inside-window"),
        pytest.param(BOTOX_OLD_FILLER_NEW, False, id="filler-wait-ends-after-window"),
        pytest.param(HA_RF, False, id="no-toxin"),
        pytest.param(EMPTY_MN, False, id="empty"),
    ],
)
def test_has_ideal_window(policy: Policy, scenario: Scenario, has_window: bool) -> None:
    plan = make_plan(scenario.history, policy, date.fromisoformat(scenario.today), scenario.target)
    assert plan.has_ideal_window is has_window


# --- Notes ------------------------------------------------------------------------------------------------


def kinds(scenario: Scenario, policy: Policy) -> list[NoteKind]:
    plan = make_plan(scenario.history, policy, date.fromisoformat(scenario.today), scenario.target)
    return [n.kind for n in plan.notes]


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        pytest.param(EMPTY_MN, [], id="empty-history-no-notes"),
        pytest.param(BOTOX_MN, [NoteKind.LIMITED_EVIDENCE], id="one-exact"),
        pytest.param(HA_RF, [NoteKind.LIMITED_EVIDENCE], id="one-exact-study-evidence"),
        pytest.param(BOTOX_AROUND_20_NOV, [NoteKind.LIMITED_EVIDENCE, NoteKind.APPROXIMATE], id="one-around"),
        pytest.param(BOTOX_OCTOBER, [NoteKind.LIMITED_EVIDENCE, NoteKind.APPROXIMATE], id="one-month"),
        pytest.param(
            BOTOX_AROUND_AND_NEEDLING,
            [NoteKind.LIMITED_EVIDENCE, NoteKind.APPROXIMATE],
            id="around-plus-exact-one-approximate-note",
        ),
        pytest.param(
            BOTOX_OLD_FILLER_NEW,
            [NoteKind.LIMITED_EVIDENCE, NoteKind.NO_IDEAL_WINDOW],
            id="botox-long-ago-filler-recently",
        ),
        pytest.param(
            DAXXIFY_OLD_FILLER_NEW_RF,
            [NoteKind.LIMITED_EVIDENCE, NoteKind.NO_IDEAL_WINDOW],
            id="daxxify-worn-off-filler-recently",
        ),
        pytest.param(BOTOX_AND_FILLER_RF, [NoteKind.LIMITED_EVIDENCE], id="filler-wait-inside-window"),
    ],
)
def test_note_kinds(policy: Policy, scenario: Scenario, expected: list[NoteKind]) -> None:
    assert kinds(scenario, policy) == expected


def test_one_approximate_note_per_approximate_treatment(policy: Policy) -> None:
    history = [
        around("botox", "2026-11-15", 5),
        month("ha-filler", 2026, 10),
        exact("sculptra", "2026-11-01"),
    ]
    plan = make_plan(history, policy, TODAY)
    approximate = [note_text(n) for n in plan.notes if n.kind is NoteKind.APPROXIMATE]
    assert len(approximate) == 2
    assert "Botox" in approximate[0]
    assert "Hyaluronic-acid filler" in approximate[1]


def test_limited_evidence_note_names_weak_evidence(policy: Policy) -> None:
    plan = make_plan([exact("botox", "2026-11-20"), exact("sculptra", "2026-11-20")], policy, TODAY)
    (note,) = [n for n in plan.notes if n.kind is NoteKind.LIMITED_EVIDENCE]
    assert note_text(note).startswith("Limited evidence")
    assert "Botox" in note_text(note)
    assert "Sculptra" in note_text(note)
    assert "expert opinion" in note_text(note)
    assert "limited evidence" in note_text(note)


@pytest.mark.parametrize(
    ("treatment", "entered_as", "latest_day"),
    [
        pytest.param(around("botox", "2026-11-20", 3), "around 20 Nov 2026", "23 Nov 2026", id="around"),
        pytest.param(month("botox", 2026, 10), "October 2026", "31 Oct 2026", id="month"),
        pytest.param(month("botox", 2026, 11), "November 2026", "24 Nov 2026", id="current-month-capped"),
        # The end of 17..27 Nov is capped at today, but the note must still show the date as typed.
        pytest.param(
            around("botox", "2026-11-22", 5), "around 22 Nov 2026", "24 Nov 2026", id="around-capped"
        ),
    ],
)
def test_approximate_note_says_counted_from_latest_possible_day(
    policy: Policy, treatment: Treatment, entered_as: str, latest_day: str
) -> None:
    plan = make_plan([treatment], policy, TODAY)
    (note,) = [note_text(n) for n in plan.notes if n.kind is NoteKind.APPROXIMATE]
    assert "Botox" in note
    assert entered_as in note
    assert "latest possible day" in note
    assert latest_day in note


def test_around_reason_when_shows_the_date_as_entered(policy: Policy) -> None:
    """Entered: around 22 Nov +- 5 days. Capping the span at today must not change how it is shown."""
    (reason,) = make_plan([around("botox", "2026-11-22", 5)], policy, TODAY).reasons
    assert reason.last == TODAY
    assert "22 Nov 2026" in treatment_when(reason.treatment)
    assert "5 days" in treatment_when(reason.treatment)


def test_no_ideal_window_note_names_both_dates(policy: Policy) -> None:
    plan = make_plan(BOTOX_OLD_FILLER_NEW.history, policy, TODAY)
    (note,) = [note_text(n) for n in plan.notes if n.kind is NoteKind.NO_IDEAL_WINDOW]
    assert "Hyaluronic-acid filler" in note
    assert "4 Dec 2026" in note
    assert "1 Dec 2026" in note


# --- History errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("treatment", "shown_as"),
    [
        pytest.param(exact("botox", "2026-11-25"), "25 Nov 2026", id="exact-tomorrow"),
        pytest.param(exact("ha-filler", "2027-01-10"), "10 Jan 2027", id="exact-next-year"),
        pytest.param(around("botox", "2026-11-26", 5), "around 26 Nov 2026", id="around-middle-after-today"),
        pytest.param(month("botox", 2026, 12), "December 2026", id="month-after-this-one"),
    ],
)
def test_future_treatment_is_refused(policy: Policy, treatment: Treatment, shown_as: str) -> None:
    with pytest.raises(HistoryError, match="after today") as info:
        make_plan([treatment], policy, TODAY)
    assert shown_as in str(info.value)
    assert "24 Nov 2026" in str(info.value)


@pytest.mark.parametrize(
    "treatment",
    [
        pytest.param(exact("botox", "2026-11-24"), id="exact-today"),
        pytest.param(around("botox", "2026-11-24", 30), id="around-today-30"),
        pytest.param(month("botox", 2026, 11), id="this-month"),
    ],
)
def test_treatment_today_or_this_month_is_accepted(policy: Policy, treatment: Treatment) -> None:
    plan = make_plan([treatment], policy, TODAY)
    assert plan.earliest == date(2026, 12, 8)


@pytest.mark.parametrize("plus_minus", [1, 30])
def test_around_accepts_1_to_30_days(plus_minus: int) -> None:
    treatment = around("botox", "2026-10-10", plus_minus)
    assert treatment.plus_minus_days == plus_minus


@pytest.mark.parametrize("plus_minus", [0, 62, -3])
def test_around_needs_1_to_61_days(plus_minus: int) -> None:
    with pytest.raises(HistoryError, match="1 to 61 days"):
        around("botox", "2026-10-10", plus_minus)


@pytest.mark.parametrize("precision", [Precision.EXACT, Precision.MONTH])
def test_plus_minus_only_for_around(precision: Precision) -> None:
    with pytest.raises(HistoryError, match="only to an 'around' date"):
        Treatment("botox", date(2026, 10, 10), precision, 3)
