"""Where a day falls on a plan's timeline: a module of its own, so the window's colours and the drawing
can name the stages without reading the planner."""

from __future__ import annotations

from enum import Enum


class Stage(Enum):
    """Where a day falls on the timeline; LATE splits into WANING and WORN_OFF."""

    TOO_EARLY = "too-early"
    BEFORE_RECOMMENDED = "before-recommended"
    # Allowed after the history, but a planned treatment's wait would not fit: too late before it, too
    # early after it. Laid over the other stages (except TOO_EARLY) for the days in a planned one's gap.
    CONFLICTS_WITH_PLANNED = "conflicts-with-planned"
    IDEAL = "ideal"
    WANING = "waning"
    WORN_OFF = "worn-off"
    CLEAR = "clear"
