"""Timeline legend: the swatches a plan needs, flowed into rows that wrap at the rect's width."""

from __future__ import annotations

from gui.core import Plan, Precision, Stage
from gui.core.catalog import words
from gui.drawing.geometry import PAD_X, Box, Label, LegendItem, MarkKind, TextMetrics
from gui.drawing.words import stage_label

LegendSpec = tuple[MarkKind, Stage | None, str]

# In text heights (unit).
LEGEND_ROW = 1.4
_SWATCH_W, _SWATCH_H, _SWATCH_GAP = 1.6, 0.9, 1.8


def legend_specs(plan: Plan, stages: list[Stage], lang: str) -> list[LegendSpec]:
    if not plan.reasons and not plan.planned:
        return []
    _ = words(lang)
    specs: list[LegendSpec] = [(MarkKind.BAND, s, stage_label(s, lang)) for s in stages]
    specs.append((MarkKind.TODAY, None, _("Today")))
    if plan.proposed is not None:
        specs.append((MarkKind.PROPOSED, None, _("Proposed date")))
    precisions = {r.treatment.precision for r in plan.reasons}
    if Precision.EXACT in precisions:
        specs.append((MarkKind.EXACT, None, _("Treatment")))
    if precisions - {Precision.EXACT}:
        specs.append((MarkKind.APPROXIMATE, None, _("Approximate date")))
    if plan.planned:
        specs.append((MarkKind.PLANNED, None, _("Planned treatment")))
    if plan.course is not None and len(plan.course.sessions) > 1:
        specs.append((MarkKind.SESSION, None, _("Course session")))
    return specs


def legend_flow(specs: list[LegendSpec], metrics: TextMetrics, rect: Box) -> list[tuple[int, float]]:
    """(row, x) of each legend item, wrapping onto new rows."""
    unit, row, x, flow = metrics.height(), 0, rect.x, []
    for _kind, _stage, text in specs:
        width = (_SWATCH_GAP + 2 * PAD_X) * unit + metrics.width(text)
        if x > rect.x and x + width > rect.right:
            row, x = row + 1, rect.x
        flow.append((row, x))
        x += width + 1.2 * unit
    return flow


def legend_items(
    specs: list[LegendSpec], flow: list[tuple[int, float]], legend_y: float | None, metrics: TextMetrics
) -> tuple[LegendItem, ...]:
    """Each spec's swatch and label at its flowed place; none when the legend has no room (``legend_y``)."""
    if legend_y is None:
        return ()
    unit, items = metrics.height(), []
    for (kind, stage, text), (row, x) in zip(specs, flow, strict=True):
        y = legend_y + row * LEGEND_ROW * unit
        swatch = Box(x, y + (1 - _SWATCH_H) / 2 * unit, _SWATCH_W * unit, _SWATCH_H * unit)
        label = Box(x + _SWATCH_GAP * unit, y, metrics.width(text) + 2 * PAD_X * unit, unit)
        items.append(LegendItem(kind, stage, swatch, Label(text, label)))
    return tuple(items)
