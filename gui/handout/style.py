"""The handout's one look: type sizes in points, named colours, spacing in line heights, and its CSS.

Points and line heights are physical or measured on the device, never pixels, so the page is the same
at 72, 300 and 1,200 dpi (field notes, pitfall 8).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtGui import QColor, QFont, QGuiApplication

from gui.core import Plan, Stage, Verdict
from gui.drawing.theme import Theme


@dataclass(frozen=True)
class HandoutStyle:
    """The handout's type sizes and spacing, at the normal size (scaled down when the plan is long)."""

    body_pt: float = 9.0
    detail_pt: float = 8.2  # why the wait, benefits, risks, questions
    small_pt: float = 6.4
    heading_pt: float = 11.0
    clinic_pt: float = 16.0
    message_pt: float = 13.5
    date_pt: float = 18.0
    timeline_pt: float = 6.8
    ink: str = "#000000"
    accent: str = "#1d4f73"  # headings, rules and the message bar; 8.6:1 on white
    muted: str = "#44484f"  # small print and the footer; 9:1 on white
    rule: str = "#9aa7b4"
    table_line: str = "#c9d1d9"
    gap: float = 0.55  # space between sections, in body line heights
    margin_mm: float = 13.0  # page margins; real printers keep at least 12.7 mm (0.5 in)

    def scaled(self, factor: float) -> HandoutStyle:
        """The same look with every type size times ``factor`` (spacing follows, being in line heights)."""
        sizes = {f.name: getattr(self, f.name) * factor for f in fields(self) if f.name.endswith("_pt")}
        return replace(self, **sizes)

    def font(self, point_size: float, bold: bool = False) -> QFont:
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return font

    def css(self) -> str:
        """The style sheet of every text block (QTextDocument scales px to the device as 1/96 inch)."""
        return (
            f"body {{ color: {self.ink}; }}"
            "p { margin-top: 0px; margin-bottom: 3px; }"
            f".h1 {{ font-size: {self.clinic_pt:.2f}pt; font-weight: 700; color: {self.accent};"
            " margin-bottom: 1px; }"
            f".h2 {{ font-size: {self.heading_pt:.2f}pt; font-weight: 700; color: {self.accent};"
            " margin-bottom: 3px; }"
            f".h3 {{ font-size: {self.small_pt * 1.1:.2f}pt; font-weight: 700; color: {self.muted};"
            " margin-bottom: 1px; }"
            "ul, ol { margin-top: 0px; margin-bottom: 4px; margin-left: 0px; }"
            "li { margin-bottom: 1px; }"
            f".muted {{ color: {self.muted}; }}"
            f".address {{ color: {self.muted}; margin-bottom: 0px; }}"
            f".tag {{ font-weight: 700; color: {self.muted}; margin-bottom: 2px; }}"
            f".lead {{ font-size: {self.message_pt:.2f}pt; font-weight: 700; margin-bottom: 3px; }}"
            f".date {{ font-size: {self.date_pt:.2f}pt; color: {self.accent}; }}"
            f".small {{ font-size: {self.small_pt:.2f}pt; color: {self.muted}; margin-bottom: 2px; }}"
            f"th {{ text-align: left; font-weight: 700; color: {self.accent};"
            f" border-bottom: 1px solid {self.rule}; }}"
            f"td {{ border-bottom: 1px solid {self.table_line}; }}"
        )


STYLE = HandoutStyle()


def message_tint(plan: Plan) -> QColor:
    """The message box wears the colour of the timeline band its date falls in (paper theme)."""
    theme = Theme.print()
    if plan.screening_effect == "not-today" or (
        plan.proposed is not None
        and plan.verdict in (Verdict.TOO_EARLY, Verdict.CLOSED, Verdict.CONFLICTS_WITH_PLANNED)
    ):
        return theme.band_color(Stage.TOO_EARLY)
    if plan.screening_effect == "ask-first":
        return theme.band_color(Stage.BEFORE_RECOMMENDED)
    if plan.earliest is None:
        return theme.band_color(Stage.CLEAR)
    return theme.band_color(plan.stage_on(max(plan.date, plan.earliest)))
