"""Medians, 95th percentiles, ratios against the bare-window baselines, and the floors that must hold."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from pathlib import Path

MS = 1e6  # nanoseconds per millisecond
MIB = 1024  # KiB per MiB


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank (for 200 samples, the 190th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Summary:
    median: float
    p95: float
    unit: str  # "ms" or "MiB"
    baseline: str | None = None  # the name of the figure this one is divided by
    ratio: float | None = None

    @property
    def median_text(self) -> str:
        return f"{self.median:.2f} {self.unit}" if self.unit == "ms" else f"{self.median:.1f} {self.unit}"

    @property
    def p95_text(self) -> str:
        return f"{self.p95:.2f} {self.unit}" if self.unit == "ms" else f"{self.p95:.1f} {self.unit}"

    @property
    def against(self) -> str:
        return self.baseline or ""


def _ms(samples: list[int]) -> tuple[float, float, str]:
    values = [s / MS for s in samples]
    return statistics.median(values), p95(values), "ms"


def _mb(samples: list[int]) -> tuple[float, float, str]:
    values = [s / 1e6 for s in samples]
    return statistics.median(values), p95(values), "MB"


def _mib(samples: list[int]) -> tuple[float, float, str]:
    values = [s / MIB for s in samples]
    return statistics.median(values), p95(values), "MiB"


# figure shown → (raw sample key, converter, baseline figure or None)
FIGURES = {
    "bare start": ("bare start:ns", _ms, None),
    "skeleton start: same Qt widgets, no app (info)": ("skeleton start:ns", _ms, "bare start"),
    "app start: ready to type": ("app start:ns", _ms, "bare start"),
    "app start: complete (every visible part painted)": ("app complete:ns", _ms, "bare start"),
    "handout command (whole process)": ("handout command:ns", _ms, "bare start"),
    "plan command (whole process)": ("plan command:ns", _ms, "bare start"),
    "bare start: peak memory": ("bare start:maxrss_kib", _mib, None),
    "skeleton start: peak memory (info)": ("skeleton start:maxrss_kib", _mib, "bare start: peak memory"),
    "app start: peak memory": ("app start:maxrss_kib", _mib, "bare start: peak memory"),
    "handout command: peak memory": ("handout command:maxrss_kib", _mib, "bare start: peak memory"),
    "label repaint (bare)": ("label repaint", _ms, None),
    "edit 1: timeline (info)": ("edit 1: timeline", _ms, "label repaint (bare)"),
    "edit 10: timeline (info)": ("edit 10: timeline", _ms, "label repaint (bare)"),
    "edit 50: timeline (info)": ("edit 50: timeline", _ms, "label repaint (bare)"),
    "edit 1: whole window": ("edit 1: window", _ms, "label repaint (bare)"),
    "edit 10: whole window": ("edit 10: window", _ms, "label repaint (bare)"),
    "edit 50: whole window": ("edit 50: window", _ms, "label repaint (bare)"),
    "edit 10, course of 3: whole window": ("edit 10, course of 3: window", _ms, "label repaint (bare)"),
    "handout PDF, in process": ("handout in process: pdf", _ms, "bare start"),
    "handout PDF, in process, first (info)": ("handout in process: cold", _ms, "bare start"),
    "import gui.handout (info)": ("handout in process: import", _ms, "bare start"),
    "bundle: bare start (frozen the same way)": ("bundle bare start:ns", _ms, None),
    "bundle: ready to type": ("bundle app start:ns", _ms, "bundle: bare start (frozen the same way)"),
    "bundle: complete": ("bundle app complete:ns", _ms, "bundle: bare start (frozen the same way)"),
    "bundle: size of the folder": ("bundle size:bytes", _mb, None),
}


def summarize(raw: dict[str, list[int]]) -> dict[str, Summary]:
    results: dict[str, Summary] = {}
    for name, (key, convert, baseline) in FIGURES.items():
        if key not in raw or (baseline and baseline not in results):
            continue  # not measured in this run (--only)
        median, high, unit = convert(raw[key])
        ratio = median / results[baseline].median if baseline else None
        results[name] = Summary(median, high, unit, baseline, ratio)
    return results


@dataclass(frozen=True)
class Floor:
    text: str
    figure: str
    measure: str  # "ratio", "median_ms", "p95_ms" or "median" (in the figure's own unit)
    limit: float

    def verdict(self, results: dict[str, Summary]) -> str:
        if self.figure not in results:
            return "SKIP (not measured)"
        summary = results[self.figure]
        measures = {"ratio": summary.ratio, "median_ms": summary.median, "p95_ms": summary.p95}
        value = measures.get(self.measure, summary.median)
        assert value is not None
        unit = {"ratio": "×", "median": f" {summary.unit}"}.get(self.measure, " ms")
        shown = f"{value:.2f}{unit}" if unit != " MB" else f"{value:.0f}{unit}"
        return f"{'PASS' if value <= self.limit else 'FAIL'} ({shown})"


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    import platform

    return platform.processor() or platform.machine()
