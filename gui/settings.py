"""The clinic's settings: profile, handout options, opening days and the shared policy path.

Stored as TOML in the user's config folder, validated field by field (problems are values a dialog
shows beside the field), written atomically, with a last-good copy to fall back on. Settings hold
the clinic, never the patient.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from .storage import atomic_write_text, keep_broken
from .timing import ClinicDays
from .timing.clinic_days import ALL_WEEKDAYS

PAGE_SIZES = ("auto", "a4", "letter")
LANGUAGES = ("system", "en", "es")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_LOGO_BYTES = 1024 * 1024
LOGO_SUFFIXES = (".png", ".svg")
_PHONE = re.compile(r"^[+()0-9 .\-/]*$")
_WEBSITE = re.compile(r"^(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE)
_LIMITS = {"name": 120, "address": 300, "phone": 40, "website": 200}


@dataclass(frozen=True)
class ClinicSettings:
    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    logo: str = ""  # path to a PNG or SVG of at most 1 MB
    page_size: str = "auto"  # auto (by the locale's territory), a4, letter
    language: str = "system"
    open_weekdays: frozenset[int] = ALL_WEEKDAYS
    closures: frozenset[date] = field(default_factory=frozenset)
    shared_policy: str = ""  # a read-only policy file on a shared drive; wins over the local one

    @property
    def clinic_days(self) -> ClinicDays:
        return ClinicDays(self.open_weekdays or ALL_WEEKDAYS, self.closures)


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def check_logo(path_text: str) -> str | None:
    """Why a logo file cannot be used, in words; None when it is fine (or not set)."""
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        return "the logo must be a PNG or SVG file"
    try:
        size = path.stat().st_size
    except OSError:
        return f"the logo file {path} cannot be found or read"
    if size > MAX_LOGO_BYTES:
        return f"the logo is {size / 1024 / 1024:.1f} MB; the largest allowed is 1 MB"
    return None


def validate(settings: ClinicSettings) -> list[FieldProblem]:
    """Every problem in the settings, each naming its field."""
    problems = [
        FieldProblem(name, f"at most {limit} characters")
        for name, limit in _LIMITS.items()
        if len(getattr(settings, name)) > limit
    ]
    if "\n" in settings.name:
        problems.append(FieldProblem("name", "one line only"))
    if not _PHONE.match(settings.phone) or (settings.phone and sum(c.isdigit() for c in settings.phone) < 5):
        problems.append(FieldProblem("phone", "use digits, spaces and + ( ) - . only, at least 5 digits"))
    if settings.website and not _WEBSITE.match(settings.website.strip()):
        problems.append(FieldProblem("website", "write an address such as harbourskin.example or https://…"))
    if (logo := check_logo(settings.logo)) is not None:
        problems.append(FieldProblem("logo", logo))
    if settings.page_size not in PAGE_SIZES:
        problems.append(FieldProblem("page_size", f"one of: {', '.join(PAGE_SIZES)}"))
    if settings.language not in LANGUAGES:
        problems.append(FieldProblem("language", f"one of: {', '.join(LANGUAGES)}"))
    if not settings.open_weekdays or not settings.open_weekdays <= ALL_WEEKDAYS:
        problems.append(FieldProblem("open_weekdays", "choose at least one day the clinic is open"))
    return problems


# --- TOML ----------------------------------------------------------------------------------------


def to_toml(settings: ClinicSettings) -> str:
    def text(value: str) -> str:
        import json  # a JSON string with non-ASCII kept is a valid TOML basic string

        return json.dumps(value, ensure_ascii=False)

    weekdays = ", ".join(text(WEEKDAY_KEYS[d]) for d in sorted(settings.open_weekdays))
    closures = ", ".join(d.isoformat() for d in sorted(settings.closures))
    lines = ["# Microneedling Window clinic settings. No patient data is ever stored here.", "", "[clinic]"]
    lines += [
        f"{name} = {text(getattr(settings, name))}"
        for name in ("name", "address", "phone", "website", "logo")
    ]
    lines += [
        "",
        "[handout]",
        f"page_size = {text(settings.page_size)}",
        f"language = {text(settings.language)}",
    ]
    lines += ["", "[calendar]", f"open_weekdays = [{weekdays}]", f"closures = [{closures}]"]
    lines += ["", "[policy]", f"shared_file = {text(settings.shared_policy)}", ""]
    return "\n".join(lines)


_SCHEMA = {
    "clinic": {"name", "address", "phone", "website", "logo"},
    "handout": {"page_size", "language"},
    "calendar": {"open_weekdays", "closures"},
    "policy": {"shared_file"},
}


def from_mapping(data: Mapping[str, Any]) -> tuple[ClinicSettings, list[FieldProblem]]:
    """Settings from parsed TOML; unknown or wrongly typed values are problems, not crashes."""
    problems: list[FieldProblem] = []
    values: dict[str, Any] = {}
    for table, body in data.items():
        if table not in _SCHEMA or not isinstance(body, Mapping):
            problems.append(FieldProblem(table, "unknown section"))
            continue
        for key, value in body.items():
            if key not in _SCHEMA[table]:
                problems.append(FieldProblem(f"{table}.{key}", "unknown key"))
            else:
                _read_value(table, key, value, values, problems)
    settings = replace(ClinicSettings(), **values)
    return settings, problems + validate(settings)


def _read_value(
    table: str, key: str, value: Any, values: dict[str, Any], problems: list[FieldProblem]
) -> None:
    if key == "open_weekdays":
        if isinstance(value, list) and all(v in WEEKDAY_KEYS for v in value):
            values[key] = frozenset(WEEKDAY_KEYS.index(v) for v in value)
        else:
            problems.append(FieldProblem(key, f"a list of day names from: {', '.join(WEEKDAY_KEYS)}"))
    elif key == "closures":
        if isinstance(value, list) and all(isinstance(v, date) for v in value):
            values[key] = frozenset(value)
        else:
            problems.append(FieldProblem(key, "a list of dates written as YYYY-MM-DD"))
    elif isinstance(value, str):
        values["shared_policy" if key == "shared_file" else key] = value
    else:
        problems.append(FieldProblem(f"{table}.{key}", "must be text"))


FIELD_NAMES = tuple(f.name for f in fields(ClinicSettings))


# --- the file on disk ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """What loading found: the settings to use, and (when something was wrong) a banner for people."""

    settings: ClinicSettings
    banner: str = ""


class SettingsStore:
    """``clinic.toml`` in the config folder, with ``clinic.last-good.toml`` beside it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "clinic.toml"
        self.last_good = folder / "clinic.last-good.toml"

    def load(self) -> Loaded:
        if not self.path.exists():
            return Loaded(ClinicSettings())
        problem = self._problem_in(self.path)
        if problem is None:
            settings = self._read(self.path)
            self._remember_good()
            return Loaded(settings)
        kept = self._keep_aside()
        fallback, which = self._fallback()
        return Loaded(
            fallback,
            f"The settings file {self.path} could not be used ({problem}). It was kept as {kept.name}; "
            f"the app is using {which}. Check Settings and save them again.",
        )

    def save(self, settings: ClinicSettings) -> None:
        """Validate, then write atomically; raises ValueError (problems) or OSError (the disk)."""
        problems = validate(settings)
        if problems:
            raise ValueError("; ".join(str(p) for p in problems))
        text = to_toml(settings)
        atomic_write_text(self.path, text)
        atomic_write_text(self.last_good, text)

    def _read(self, path: Path) -> ClinicSettings:
        return from_mapping(tomllib.loads(path.read_text(encoding="utf-8")))[0]

    def _problem_in(self, path: Path) -> str | None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            return f"cannot read it: {exc.strerror or exc}"
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return f"it is not valid TOML: {exc}"
        problems = from_mapping(data)[1]
        return "; ".join(str(p) for p in problems) or None

    def _remember_good(self) -> None:
        try:
            if not self.last_good.exists() or self.last_good.read_bytes() != self.path.read_bytes():
                atomic_write_text(self.last_good, self.path.read_text(encoding="utf-8"))
        except OSError:
            pass  # a missing backup must not stop the app; the next save writes it again

    def _keep_aside(self) -> Path:
        try:
            return keep_broken(self.path)
        except OSError:
            return self.path  # cannot rename (read-only folder): leave it in place, untouched

    def _fallback(self) -> tuple[ClinicSettings, str]:
        if self.last_good.exists() and self._problem_in(self.last_good) is None:
            return self._read(self.last_good), "the last good settings"
        return ClinicSettings(), "the default settings"
