"""The timing core: pure Python, no Qt. Dates in, a frozen Plan out.

The package's names load on first use (PEP 562): ``from gui.core import Policy`` imports only the
policy's modules, not the planner, the course or the words. The window's first frame needs a few of
the core's modules; the rest are read after it is on screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.core.clinic_days import ClinicDays as ClinicDays
    from gui.core.date_phrases import parse_date as parse_date
    from gui.core.dates import (
        DateOrder as DateOrder,
        DateParseError as DateParseError,
        ParsedDate as ParsedDate,
        Precision as Precision,
        Tense as Tense,
        check_done_or_planned as check_done_or_planned,
        check_not_future as check_not_future,
        check_not_past as check_not_past,
        format_day_month as format_day_month,
        format_long as format_long,
        format_medium as format_medium,
        format_month as format_month,
        format_relative as format_relative,
        format_span as format_span,
        order_from_pattern as order_from_pattern,
        reading_text as reading_text,
    )
    from gui.core.durations import (
        Duration as Duration,
        DurationError as DurationError,
        parse_duration as parse_duration,
    )
    from gui.core.history import (
        MAX_AROUND_DAYS as MAX_AROUND_DAYS,
        MAX_SPAN_DAYS as MAX_SPAN_DAYS,
        History as History,
        HistoryError as HistoryError,
        HistoryReading as HistoryReading,
        Treatment as Treatment,
        TypedTreatment as TypedTreatment,
        Unread as Unread,
        covering as covering,
        read_history as read_history,
        treatment_from_reading as treatment_from_reading,
    )
    from gui.core.plan import (
        Closed as Closed,
        Note as Note,
        NoteKind as NoteKind,
        Plan as Plan,
        PlannedReason as PlannedReason,
        Planner as Planner,
        PolicyInfo as PolicyInfo,
        Reason as Reason,
        Verdict as Verdict,
        last_day_before as last_day_before,
        make_plan as make_plan,
        stage_of as stage_of,
        stage_spans as stage_spans,
    )
    from gui.core.plan_words import (
        VerdictText as VerdictText,
        bookable_reason as bookable_reason,
        earliest_text as earliest_text,
        first_open_text as first_open_text,
        ideal_window_text as ideal_window_text,
        latest_text as latest_text,
        note_text as note_text,
        planned_check_texts as planned_check_texts,
        recommended_text as recommended_text,
        timeline_text as timeline_text,
        verdict_text as verdict_text,
    )
    from gui.core.policy import (
        EVIDENCE_LEVELS as EVIDENCE_LEVELS,
        SCREENING_EFFECTS as SCREENING_EFFECTS,
        TARGETS as TARGETS,
        Policy as Policy,
        Product as Product,
        ProductClass as ProductClass,
        Rule as Rule,
        ScreeningItem as ScreeningItem,
    )
    from gui.core.policy_reading import (
        PolicyError as PolicyError,
        PolicyProblem as PolicyProblem,
        PolicyResult as PolicyResult,
        load_policy as load_policy,
        load_policy_or_raise as load_policy_or_raise,
        parse_policy as parse_policy,
        problem_line as problem_line,
        problem_said as problem_said,
    )
    from gui.core.stages import Stage as Stage
    from gui.core.words.common import (
        EVIDENCE_WORDS as EVIDENCE_WORDS,
        LANGUAGE_NAMES as LANGUAGE_NAMES,
        LANGUAGES as LANGUAGES,
        basis_text as basis_text,
        check_language as check_language,
        class_name as class_name,
        duration_text as duration_text,
        evidence_text as evidence_text,
        name_of as name_of,
        plan_target_name as plan_target_name,
        planned_rule_text as planned_rule_text,
        policy_label as policy_label,
        policy_text as policy_text,
        reason_rule_text as reason_rule_text,
        rule_in_words as rule_in_words,
        rule_summary as rule_summary,
        target_name as target_name,
        treatment_when as treatment_when,
        unsigned_text as unsigned_text,
        when_text as when_text,
    )
    from gui.core.words.problems import problem_message as problem_message


# Where each name lives, read when the name is first asked for.
_HOMES = {
    "clinic_days": ("ClinicDays",),
    "date_phrases": ("parse_date",),
    "dates": (
        "DateOrder",
        "DateParseError",
        "ParsedDate",
        "Precision",
        "Tense",
        "check_done_or_planned",
        "check_not_future",
        "check_not_past",
        "format_day_month",
        "format_long",
        "format_medium",
        "format_month",
        "format_relative",
        "format_span",
        "order_from_pattern",
        "reading_text",
    ),
    "durations": ("Duration", "DurationError", "parse_duration"),
    "history": (
        "MAX_AROUND_DAYS",
        "MAX_SPAN_DAYS",
        "History",
        "HistoryError",
        "HistoryReading",
        "Treatment",
        "TypedTreatment",
        "Unread",
        "covering",
        "read_history",
        "treatment_from_reading",
    ),
    "plan": (
        "Closed",
        "Note",
        "NoteKind",
        "Plan",
        "PlannedReason",
        "Planner",
        "PolicyInfo",
        "Reason",
        "Verdict",
        "last_day_before",
        "make_plan",
        "stage_of",
        "stage_spans",
    ),
    "plan_words": (
        "VerdictText",
        "bookable_reason",
        "earliest_text",
        "first_open_text",
        "ideal_window_text",
        "latest_text",
        "note_text",
        "planned_check_texts",
        "recommended_text",
        "timeline_text",
        "verdict_text",
    ),
    "policy": (
        "EVIDENCE_LEVELS",
        "SCREENING_EFFECTS",
        "TARGETS",
        "Policy",
        "Product",
        "ProductClass",
        "Rule",
        "ScreeningItem",
    ),
    "policy_reading": (
        "PolicyError",
        "PolicyProblem",
        "PolicyResult",
        "load_policy",
        "load_policy_or_raise",
        "parse_policy",
        "problem_line",
        "problem_said",
    ),
    "stages": ("Stage",),
    "words.common": (
        "EVIDENCE_WORDS",
        "LANGUAGE_NAMES",
        "LANGUAGES",
        "basis_text",
        "check_language",
        "class_name",
        "duration_text",
        "evidence_text",
        "name_of",
        "plan_target_name",
        "planned_rule_text",
        "policy_label",
        "policy_text",
        "reason_rule_text",
        "rule_in_words",
        "rule_summary",
        "target_name",
        "treatment_when",
        "unsigned_text",
        "when_text",
    ),
    "words.problems": ("problem_message",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> object:
    """Import the module that holds ``name`` and keep the name here, so the next use is a plain look-up."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
