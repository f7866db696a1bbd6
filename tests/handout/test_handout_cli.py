"""``microneedling-window handout`` through a subprocess: no display, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from handout_support import all_text, page_sizes

ROOT = Path(__file__).resolve().parents[2]
MAIN = ("--history", "botox=2026-11-10", "--history", "ha-filler=2026-10-20~5", "--today", "2026-11-24")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The sub-command with no display and no platform set: it must choose offscreen itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "handout", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def test_writes_the_pdf_with_no_display(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = run(
        *MAIN, "--proposed", "2026-12-01", "--patient", "Jane Doe", "--page", "a4", "-o", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {target}"
    text = all_text(target.read_bytes())
    assert "Your appointment on Tuesday 1 December 2026 is within your clinic's policy" in text
    assert "Prepared for: Jane Doe" in text and "around 20 Oct 2026 ± 5 days" in text
    assert page_sizes(target.read_bytes()) == [(595, 842)]


def test_page_letter_gives_letter(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = run(*MAIN, "--page", "letter", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert page_sizes(target.read_bytes()) == [(612, 792)]
    assert "Earliest date for your microneedling: Tuesday 24 November 2026" in all_text(target.read_bytes())


def test_bad_product_is_exit_2_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = run("--history", "botax=2026-11-10", "--today", "2026-11-24", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        "microneedling-window: error: --history 'botax=2026-11-10': unknown product"
    )
    assert not target.exists()


def test_unwritable_path_is_exit_2_with_one_line() -> None:
    result = run(*MAIN, "-o", "/nonexistent/dir/x.pdf")
    assert result.returncode == 2
    assert result.stderr == (
        "microneedling-window: error: cannot write '/nonexistent/dir/x.pdf': the folder does not exist\n"
    )


def test_output_is_required_and_page_is_checked() -> None:
    missing = run(*MAIN)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "-o/--output" in missing.stderr
    bad_page = run(*MAIN, "--page", "legal", "-o", "x.pdf")
    assert bad_page.returncode == 2 and bad_page.stderr.count("\n") == 1 and "'legal'" in bad_page.stderr


def test_bad_date_is_exit_2_with_one_line(tmp_path: Path) -> None:
    result = run("--history", "botox=31/02/2026", "--today", "2026-11-24", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_lang_es_writes_a_spanish_handout(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = run(*MAIN, "--lang", "es", "--patient", "Ana García", "--page", "a4", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = all_text(target.read_bytes())
    assert "Primera fecha posible para su microneedling: martes, 24 de noviembre de 2026" in text
    assert "Preparado para: Ana García" in text and "Página 1 de 1" in text
    assert "Earliest" not in text and "Page 1" not in text


def test_an_unknown_lang_is_exit_2_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = run(*MAIN, "--lang", "fr", "-o", str(target))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert (
        "--lang" in result.stderr and "'fr'" in result.stderr and "en, es" in result.stderr.replace("'", "")
    )
    assert not target.exists()


def test_no_patient_handout_under_a_policy_file_nobody_signed(tmp_path: Path) -> None:
    text = (ROOT / "resources" / "policy" / "default.toml").read_text(encoding="utf-8")
    draft = tmp_path / "draft.toml"
    draft.write_text(
        text.replace('name = "Default policy"', 'name = "Rose Clinic policy"', 1), encoding="utf-8"
    )
    target = tmp_path / "plan.pdf"
    result = run(*MAIN, "--policy", str(draft), "-o", str(target))
    assert result.returncode == 2 and not target.exists()
    assert result.stderr.strip().endswith(
        "the file is not signed; a patient handout is printed only under a signed policy (sign it in the "
        "policy editor) or the shipped default"
    )
    assert len(result.stderr.strip().splitlines()) == 1
    shipped = run(*MAIN, "--policy", str(ROOT / "resources" / "policy" / "default.toml"), "-o", str(target))
    assert shipped.returncode == 0, shipped.stderr  # the shipped default is the vendor's, as shipped
