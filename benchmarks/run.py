"""Run every benchmark and print each figure as a ratio against a bare PySide6 window measured in this run.

    uv run --group bundle python benchmarks/run.py   # --runs 15 --edits 200; --json FILE keeps the samples

Whole processes (spawned from here, interleaved in a shuffled order after two warm-up rounds): the bare
window to its first paint, the app to its first painted main window, and the ``handout`` and ``plan``
sub-commands to their exit; peak memory (``ru_maxrss``) of each. In-process (one child process each,
offscreen): an edit → new plan → repainted timeline with 1, 10 and 50 treatments against a bare label's
repaint, and the handout as PDF bytes. Offscreen Qt throughout, so the figures do not depend on a display.
Exit status 1 when a floor is missed. Timings are benchmarks, never tests: CI does not run this.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from stats import Floor, Summary, cpu_model, summarize  # benchmarks/stats.py

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIMEOUT_S = 60
HISTORY = ["--history", "botox=2026-11-10", "--history", "ha-filler=2026-10-20~5", "--today", "2026-11-24"]


@dataclass
class Samples:
    ns: list[int] = field(default_factory=list)
    maxrss_kib: list[int] = field(default_factory=list)


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, a UTF-8 locale, user folders in ``home``, and bytecode caching on.

    An installed wheel or a bundle runs from compiled bytecode, so the children may cache it (under
    ``home``, not in the checkout) even where the environment says PYTHONDONTWRITEBYTECODE.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


def _maxrss_kib(rusage: object) -> int:
    value = int(rusage.ru_maxrss)  # type: ignore[attr-defined]
    return value // 1024 if sys.platform == "darwin" else value  # macOS reports bytes, Linux KiB


def run_one(args: list[str], env: dict[str, str], until_print: bool) -> tuple[list[int], int]:
    """Nanoseconds from just before the spawn to each moment the child printed (or to its exit), and its
    peak RSS.

    The child is reaped with ``os.wait4`` to read its own peak memory, not the aggregate of all children.
    """
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic_ns()
        child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=errors, cwd=ROOT)
        assert child.stdout is not None
        watchdog = threading.Timer(TIMEOUT_S, child.kill)
        watchdog.start()
        out = child.stdout.read()  # the probe exits right after printing; EOF comes with its exit
        _, status, usage = os.wait4(child.pid, 0)
        watchdog.cancel()
        end = time.monotonic_ns()
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
        if child.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-3000:]
            raise SystemExit(f"benchmark child failed ({child.returncode}): {' '.join(args)}\n{tail}")
    moments = [int(word) for word in out.split()[-2:] if word.isdigit()] if until_print else [end]
    return [moment - start for moment in moments], _maxrss_kib(usage)


def process_benchmarks(runs: int, work: Path) -> dict[str, Samples]:
    env = child_env(work / "home")
    python = sys.executable
    kinds = {
        "bare start": ([python, str(HERE / "start_probe.py"), "bare"], True),
        "skeleton start": ([python, str(HERE / "start_probe.py"), "skeleton"], True),
        "app start": ([python, str(HERE / "start_probe.py"), "app"], True),  # ready to type; complete
        "handout command": ([python, "main.py", "handout", *HISTORY, "-o", str(work / "h.pdf")], False),
        "plan command": ([python, "main.py", "plan", *HISTORY, "--json"], False),
    }
    samples = {name: Samples() for name in kinds}
    samples["app complete"] = Samples()
    order = list(kinds)
    rng = random.Random(20261124)
    for round_number in range(runs + 2):
        rng.shuffle(order)
        for name in order:
            args, until_print = kinds[name]
            elapsed, rss = run_one(args, env, until_print)
            if round_number >= 2:  # two warm-up rounds: page cache, bytecode, font cache
                samples[name].ns.append(elapsed[0])
                samples[name].maxrss_kib.append(rss)
                if name == "app start":  # ready to type, then complete
                    samples["app complete"].ns.append(elapsed[-1])
        print(f"  round {round_number + 1}/{runs + 2}", end="\r", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return samples


def _child(args: list[str], work: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """One benchmark child run to its end (offscreen, in ``work``'s home); SystemExit if it fails."""
    done = subprocess.run(
        args,
        env=child_env(work / "home"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark child {args[1:]} failed:\n{done.stderr[-3000:]}")
    return done


def bundle_benchmarks(runs: int, work: Path) -> tuple[dict[str, list[int]], list[str]]:
    """The app frozen as it ships (packaging/build_bundle.py: PyInstaller, then its cuts): the folder's
    size, and the start probe frozen the same way, its ``bare`` window against its ``app`` (ready to
    type, then complete), interleaved as for the processes. Needs PyInstaller (the ``bundle`` group)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import build_bundle  # packaging/build_bundle.py

    dist = work / "dist"
    app, said = build_bundle.build(dist=dist)
    probe, _ = build_bundle.build(HERE / "start_probe.py", "mnw-start-probe", dist)
    executable = probe / ("mnw-start-probe" + (".exe" if sys.platform == "win32" else ""))
    env = child_env(work / "home")
    raw: dict[str, list[int]] = {"bundle size:bytes": [build_bundle.folder_size(app)]}
    for key in ("bundle bare start:ns", "bundle app start:ns", "bundle app complete:ns"):
        raw[key] = []
    for round_number in range(runs + 2):
        for mode in random.Random(round_number).sample(["bare", "app"], 2):
            elapsed, _ = run_one([str(executable), mode], env, True)
            if round_number >= 2:
                raw[f"bundle {mode} start:ns"].append(elapsed[0])
                if mode == "app":
                    raw["bundle app complete:ns"].append(elapsed[-1])
    return raw, said


def in_process(args: list[str], work: Path) -> dict[str, list[int]]:
    done = _child([sys.executable, str(HERE / "inprocess.py"), *args], work)
    result: dict[str, list[int]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _package(module: str) -> str:
    """The group an imported module is counted in: Qt, one of the app's packages, or the rest."""
    top = module.split(".")[0]
    if top in ("PySide6", "shiboken6", "shibokensupport"):
        return "PySide6 and shiboken6"
    if top == "gui":
        parts = module.split(".")
        return ".".join(parts[:2]) if len(parts) > 1 else "gui"
    if top in ("dateutil", "six"):
        return "python-dateutil"
    return "standard library and the rest"


def where_the_time_goes(work: Path, runs: int = 3) -> list[str]:
    """The start, taken apart (medians of ``runs``): import time by package (``-X importtime``, each
    module's own time), then the steps of ``gui.app.run`` (``start_probe.py phases``)."""
    probe = [sys.executable, str(HERE / "start_probe.py")]
    by_package: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    for _ in range(runs):
        imports = _child([sys.executable, "-X", "importtime", *probe[1:], "app"], work, TIMEOUT_S)
        totals: dict[str, float] = {}
        for line in imports.stderr.splitlines():
            if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
                continue
            own, _, name = line.removeprefix("import time:").split("|")
            group = _package(name.strip())
            totals[group] = totals.get(group, 0.0) + int(own) / 1000
        for group, ms in totals.items():
            by_package.setdefault(group, []).append(ms)
        phases = _child([*probe, "phases"], work, TIMEOUT_S)
        for step, ms in json.loads(phases.stdout.strip().splitlines()[-1]).items():
            steps.setdefault(step, []).append(ms)
    lines = ["imports by package (own time, -X importtime):"]
    for group, values in sorted(by_package.items(), key=lambda item: -statistics.median(item[1])):
        lines.append(f"  {group:<40} {statistics.median(values):8.1f} ms")
    lines.append("steps of the start (gui.app.run, timed in the process):")
    for step, values in steps.items():
        lines.append(f"  {step:<40} {statistics.median(values):8.1f} ms")
    return lines


def machine() -> str:
    return f"{cpu_model()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, " + (
        f"Python {platform.python_version()}"
    )


def report(results: dict[str, Summary], floors: list[Floor]) -> bool:
    print(f"{'figure':<44} {'median':>9} {'p95':>9} {'ratio':>8}  against")
    for name, s in results.items():
        ratio = f"{s.ratio:.2f}×" if s.ratio is not None else "—"
        print(f"{name:<44} {s.median_text:>9} {s.p95_text:>9} {ratio:>8}  {s.against}")
    print()
    ok = True
    for floor in floors:
        verdict = floor.verdict(results)
        ok &= not verdict.startswith("FAIL")
        print(f"{verdict}  {floor.text}")
    return ok


def measure(args: argparse.Namespace, work: Path) -> dict[str, list[int]]:
    """Every sample, keyed as ``stats.FIGURES`` expects; the bare baselines are always measured."""
    raw: dict[str, list[int]] = {}
    if args.only in (None, "processes", "handout"):
        print("whole processes…", file=sys.stderr)
        procs = process_benchmarks(args.runs, work)
        raw |= {f"{k}:ns": v.ns for k, v in procs.items()}
        raw |= {f"{k}:maxrss_kib": v.maxrss_kib for k, v in procs.items()}
    if args.only in (None, "edit"):
        print("edits…", file=sys.stderr)
        raw["label repaint"] = in_process(["label", str(args.edits)], work)["label"]
        for count, sessions in ((1, 1), (10, 1), (50, 1), (10, 3)):
            edits = in_process(["edit", str(count), str(args.edits), str(sessions)], work)
            name = f"edit {count}" + (f", course of {sessions}" if sessions > 1 else "")
            raw[f"{name}: timeline"] = edits["timeline"]
            raw[f"{name}: window"] = edits["window"]
    if args.only in (None, "handout"):
        print("handout in process…", file=sys.stderr)
        handout = in_process(["handout", "20"], work)
        raw |= {f"handout in process: {k}": v for k, v in handout.items()}
    if args.only in (None, "bundle"):
        if importlib.util.find_spec("PyInstaller") is None:
            print("bundle: not measured (run with `uv run --group bundle python benchmarks/run.py`)")
        else:
            print("the bundle (two PyInstaller builds, about a minute)…", file=sys.stderr)
            bundled, said = bundle_benchmarks(args.runs, work)
            raw |= bundled
            print("\n".join(said) + "\n")
    return raw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="whole-process runs of each kind (default 15)")
    parser.add_argument("--edits", type=int, default=200, help="edits per treatment count (default 200)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every sample here")
    parser.add_argument(
        "--only",
        choices=("processes", "edit", "handout", "bundle"),
        help="run one group (default: all of them)",
    )
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"Qt platform: offscreen; runs: {args.runs}; edits: {args.edits}\n")
    with tempfile.TemporaryDirectory(prefix="mnw-bench-") as tmp:
        work = Path(tmp)
        raw = measure(args, work)
        breakdown = where_the_time_goes(work) if args.only in (None, "processes") else []
    results = summarize(raw)
    ok = report(results, FLOORS)
    if breakdown:
        print("\nwhere the time goes (medians of 3 runs):")
        print("\n".join(breakdown))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "samples": raw}, indent=1))
    return 0 if ok else 1


FLOORS = [  # what the app is held to
    Floor("ready to type ≤ 1.5× the bare window", "app start: ready to type", "ratio", 1.5),
    Floor(
        "complete (every visible part painted) ≤ 2.0× the bare window",
        "app start: complete (every visible part painted)",
        "ratio",
        2.0,
    ),
    Floor("edit → whole window repainted, 10 treatments: p95 ≤ 4 ms", "edit 10: whole window", "p95_ms", 4.0),
    Floor("edit → whole window repainted, 50 treatments: p95 ≤ 8 ms", "edit 50: whole window", "p95_ms", 8.0),
    Floor("handout PDF in process (300 dpi, warm) ≤ 20 ms", "handout PDF, in process", "median_ms", 20.0),
    Floor("peak memory of the app start ≤ 1.3× the bare window", "app start: peak memory", "ratio", 1.3),
    Floor("the bundle's folder ≤ 120 MB", "bundle: size of the folder", "median", 120.0),
]

if __name__ == "__main__":
    sys.exit(main())
