"""The command line as scripts use it: through a subprocess, checking exit codes, stderr and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JSON_KEYS = {
    "today", "target", "date", "verdict", "earliest", "recommended", "bookable", "ideal_until",
    "effect_ends", "days_to_wait", "latest", "planned", "reasons", "policy", "screening", "screening_effect",
}  # fmt: skip
REASON_KEYS = {
    "kind", "product", "from", "to", "earliest", "recommended", "rule", "basis", "evidence", "sources",
}  # fmt: skip
PLANNED_KEYS = {
    "kind", "product", "date", "latest", "latest_recommended", "earliest", "too_soon", "rule", "resumes"
}  # fmt: skip


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command with this test's config folder (from conftest) and a C locale, which has no numeric
    date order whatever the developer's own locale is."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_TIME")} | {"LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def test_done_when_example_prints_earliest_and_ideal() -> None:
    result = run("plan", "--history", "botox=2026-11-10", "--today", "2026-11-24", "--json")
    assert result.returncode == 0, result.stderr
    assert '"earliest": "2026-11-24"' in result.stdout
    assert '"verdict": "ideal"' in result.stdout


def test_json_has_exactly_the_documented_keys() -> None:
    result = run(
        "plan", "--history", "botox=2026-11-10", "--history", "ha-filler=2026-10-20~3",
        "--today", "2026-11-24", "--proposed", "2026-12-01", "--json",
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert set(data) == JSON_KEYS
    assert set(data["policy"]) == {"name", "version", "fingerprint"}
    assert data["policy"]["version"] == "2027.1"
    assert [set(r) for r in data["reasons"]] == [REASON_KEYS, REASON_KEYS]
    filler = data["reasons"][1]
    assert (filler["from"], filler["to"]) == ("2026-10-17", "2026-10-23")
    assert data["date"] == "2026-12-01"


def test_each_reason_says_its_kind_and_planned_ones_are_reasons_too() -> None:
    """A planned treatment bounds the answer from the other side: it is listed among the reasons with
    kind "planned" (and under "planned", as before); the prior ones have kind "prior"."""
    result = run(
        "plan", "--history", "microneedling=2026-11-28", "--target", "botox", "--today", "2026-12-01",
        "--planned", "ha-filler=2026-12-20", "--proposed", "2026-12-06", "--json",
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert [(r["kind"], set(r)) for r in data["reasons"]] == [
        ("prior", REASON_KEYS),
        ("planned", PLANNED_KEYS),
    ]
    assert data["planned"] == data["reasons"][1:]
    # 7 days is the minimum after microneedling before a toxin; the default prefers 10.
    assert (data["earliest"], data["recommended"]) == ("2026-12-05", "2026-12-08")
    assert data["verdict"] == "before-recommended"
    assert data["planned"][0]["latest_recommended"] is None  # botox → filler: no longer wait preferred


def test_a_planned_toxin_gives_the_last_day_that_keeps_the_preferred_wait() -> None:
    """Botox planned 20 Dec: microneedling by 13 Dec (7 days), preferably by 10 Dec (10 days); 12 Dec is
    'ask first' on the command line as in the window."""
    result = run(
        "plan", "--history", "ha-filler=2026-11-01", "--planned", "botox=2026-12-20", "--today", "2026-11-20",
        "--proposed", "2026-12-12", "--json",
    )  # fmt: skip
    data = json.loads(result.stdout)
    (planned,) = data["planned"]
    assert (planned["latest"], planned["latest_recommended"]) == ("2026-12-13", "2026-12-10")
    assert data["verdict"] == "before-recommended"


def test_empty_history_is_clear_with_nulls() -> None:
    data = json.loads(run("plan", "--today", "2026-11-24", "--json").stdout)
    assert data["verdict"] == "clear"
    assert data["earliest"] is None and data["ideal_until"] is None and data["effect_ends"] is None
    assert data["reasons"] == [] and data["days_to_wait"] == 0


def test_too_early_counts_days_and_rf_target() -> None:
    data = json.loads(
        run(
            "plan", "--history", "ha-filler=10 Nov 2026", "--target", "rf-microneedling",
            "--today", "2026-11-24", "--json",
        ).stdout
    )  # fmt: skip
    assert data["verdict"] == "too-early"
    assert data["earliest"] == "2026-12-08"
    assert data["days_to_wait"] == 14


def test_text_output_uses_month_names() -> None:
    result = run("plan", "--history", "botox=2026-11-10", "--today", "2026-11-24")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[2] == "Earliest date for microneedling: Tuesday 24 November 2026 — today"  # the big date
    assert "Policy earliest date: Tuesday 24 November 2026 (today)" in lines
    assert "Default policy 2027.1" in result.stdout
    assert "not medical advice" in result.stdout


def test_products_lists_ids_names_and_classes() -> None:
    result = run("products")
    assert result.returncode == 0
    assert "botox" in result.stdout and "Neurotoxin" in result.stdout
    assert len(result.stdout.splitlines()) == 10


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--history", "bottox=2026-11-10"], "unknown product 'bottox'; did you mean botox?"),
        (["--history", "qwerty=2026-11-10"], "unknown product 'qwerty'; known: botox, dysport"),
        (["--history", "botox"], "use PRODUCT=DATE"),
        (["--history", "botox=03/04/2026"], "could be 3 Apr 2026 or 4 Mar 2026"),
        (["--history", "botox=31/02/2026"], "not a real date"),
        (["--history", "botox=2026-12-10"], "after today"),
        (["--history", "botox=2026-11-10~40"], "1 to 30 days"),
        (["--today", "24/11/2026"], "--today '24/11/2026': use the form YYYY-MM-DD"),
        (["--proposed", "2026-11-01"], "before today"),
        (["--proposed", "Dec 2026"], "choose one day"),
        (
            ["--target", "laser"],
            "--target 'laser': not a treatment this policy knows; use one of: microneedling, rf-micro",
        ),
        (["--policy", "/no/such/policy.toml"], "cannot read the file"),
        (["--frobnicate"], "unrecognized arguments"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: list[str], fragment: str) -> None:
    result = run("plan", "--today", "2026-11-24", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_broken_policy_file_names_file_and_key(tmp_path: Path) -> None:
    policy = (ROOT / "resources" / "policy" / "default.toml").read_text(encoding="utf-8")
    broken = tmp_path / "clinic.toml"
    broken.write_text(policy.replace('earliest = "28 days"', 'earliest = "four weeks"', 1), encoding="utf-8")
    result = run("plan", "--policy", str(broken))
    assert result.returncode == 2
    assert str(broken) in result.stderr
    assert "rules.hyaluronic-acid-filler.rf-microneedling.earliest" in result.stderr


def test_text_output_in_spanish() -> None:
    result = run(
        "plan", "--history", "botox=2026-11-10", "--history", "ha-filler=2026-10-20~5",
        "--today", "2026-11-24", "--proposed", "2026-12-01", "--lang", "es",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Plan de microneedling — hoy es martes, 24 de noviembre de 2026")
    assert "Primera fecha posible para el microneedling: martes, 24 de noviembre de 2026 — hoy" in out
    assert "Primera fecha según la política: martes, 24 de noviembre de 2026 (hoy)" in out
    assert "Veredicto para la fecha propuesta, martes, 1 de diciembre de 2026: IDEAL" in out
    assert "Ácido hialurónico (cualquier marca), alrededor del 20 oct 2026 ± 5 días" in out
    assert "Regla: Botox: esperar al menos 14 días antes del microneedling" in out
    assert "Evidencia: opinión de expertos" in out
    assert "Política: Política predeterminada 2027.1" in out
    assert "no es consejo médico" in out
    for english in ("Earliest", "Verdict", "Rule:", "Evidence:", "Notes:", "Policy:", "days"):
        assert english not in out


def test_json_has_no_language() -> None:
    args = ("plan", "--history", "botox=2026-11-10", "--today", "2026-11-24", "--json")
    assert run(*args, "--lang", "es").stdout == run(*args).stdout


def test_an_unknown_lang_is_refused_in_one_line() -> None:
    result = run("plan", "--today", "2026-11-24", "--lang", "fr")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "invalid choice: 'fr'" in result.stderr
