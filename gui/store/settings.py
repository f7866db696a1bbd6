"""The clinic's settings: profile, handout options, numeric date order, opening days, shared policy path.

Stored as TOML in the user's config folder, validated field by field (problems are values a dialog
shows beside the field), written atomically, with a last-good copy to fall back on. Settings hold
the clinic, never the patient.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from gui.core import LANGUAGES as TEXT_LANGUAGES, ClinicDays
from gui.core.catalog import N_, words
from gui.core.clinic_days import ALL_WEEKDAYS
from gui.core.small_files import read_small_text
from gui.core.words.notice import notice
from gui.store.files import atomic_write_text, keep_broken

PAGE_SIZES = ("auto", "a4", "letter")
LANGUAGES = ("system", "en", "es")
# How numeric dates such as 03/04/2026 are read: the computer's locale (when it has an order), or fixed.
DATE_ORDERS = ("auto", "dmy", "mdy")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_LOGO_BYTES = 1024 * 1024
LOGO_SUFFIXES = (".png", ".svg")
_PHONE = re.compile(r"^[+()0-9 .\-/]*$")
_WEBSITE = re.compile(r"^(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE)
_LIMITS = {"name": 120, "address": 300, "phone": 40, "website": 200}


class ClinicSettings(NamedTuple):
    """The clinic's details and this desk's choices, as kept in its settings file."""

    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    logo: str = ""  # path to a PNG or SVG of at most 1 MB
    page_size: str = "auto"  # auto (by the locale's territory), a4, letter
    language: str = "system"
    date_order: str = "auto"  # auto (the system locale's order, if it has one), dmy, mdy
    open_weekdays: frozenset[int] = ALL_WEEKDAYS
    closures: frozenset[date] = frozenset()
    shared_policy: str = ""  # a read-only policy file on a shared drive; wins over the local one
    calendar_code: bool = True  # the handout's QR code that adds session 1 to a phone's calendar

    @property
    def clinic_days(self) -> ClinicDays:
        return ClinicDays(self.open_weekdays or ALL_WEEKDAYS, self.closures)


class FieldProblem(NamedTuple):
    """A settings field that could not be used, and why, in one language."""

    field: str
    message: str
    lang: str = "en"  # the language of ``message``

    def __str__(self) -> str:
        return f"{_field_name(self.field, self.lang)}: {self.message}"


# What validation says, by key: English ids of the catalogue (the dialog shows it beside the field, in
# the interface language).
_SAID = {
    "too-long": N_("at most {limit} characters"),
    "one-line": N_("one line only"),
    "phone": N_("use digits, spaces and + ( ) - . only, at least 5 digits"),
    "website": N_("write an address such as harbourskin.example or https://…"),
    "logo-kind": N_("the logo must be a PNG or SVG file"),
    "logo-missing": N_("the logo file {path} cannot be found or read"),
    "logo-size": N_("the logo is {size} MB; the largest allowed is 1 MB"),
    "one-of": N_("one of: {choices}"),
    "no-weekday": N_("choose at least one day the clinic is open"),
    "unknown-section": N_("unknown section"),
    "unknown-key": N_("unknown key"),
    "weekday-names": N_("a list of day names from: {choices}"),
    "date-list": N_("a list of dates written as YYYY-MM-DD"),
    "not-text": N_("must be text"),
    "not-bool": N_("must be true or false"),
    "unreadable": N_("cannot read it: {problem}"),
    "not-toml": N_("it is not valid TOML: {problem}"),
    "not-utf8": N_("it is not UTF-8 text"),
    "last-good": N_("the last good settings"),
    "defaults": N_("the default settings"),
    "banner": N_(
        "The settings file {path} could not be used ({problem}). It was kept as {kept}; the app is using "
        "{which}. Check Settings and save them again."
    ),
    "partial": N_(
        "Part of the settings file {path} could not be used and was left out ({problems}); the rest is in "
        "use. Check Settings and save them again."
    ),
}


def _field_name(field: str, lang: str) -> str:
    """A field as a banner names it; English keeps the settings' own names (the dialog has its labels)."""
    _ = words(lang)
    names = {
        "name": _.pgettext("settings field", "name"),
        "address": _.pgettext("settings field", "address"),
        "phone": _.pgettext("settings field", "phone"),
        "website": _.pgettext("settings field", "website"),
        "logo": _.pgettext("settings field", "logo"),
        "page_size": _.pgettext("settings field", "page_size"),
        "language": _.pgettext("settings field", "language"),
        "date_order": _.pgettext("settings field", "date_order"),
        "open_weekdays": _.pgettext("settings field", "open_weekdays"),
        "closures": _.pgettext("settings field", "closures"),
        "calendar_code": _.pgettext("settings field", "calendar_code"),
    }
    return names.get(field, field)


def _said(lang: str, key: str, **values: object) -> str:
    return words(lang)(_SAID[key], **values)


def check_logo(path_text: str, lang: str = "en") -> str | None:
    """Why a logo file cannot be used, in words (in ``lang``); None when it is fine (or not set)."""
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        return _said(lang, "logo-kind")
    try:
        size = path.stat().st_size
    except OSError:
        return _said(lang, "logo-missing", path=path)
    if size > MAX_LOGO_BYTES:
        megabytes = f"{size / 1024 / 1024:.1f}"
        point = words(lang).pgettext("decimal separator", ".")
        return _said(lang, "logo-size", size=megabytes.replace(".", point))
    return None


def validate(settings: ClinicSettings, lang: str = "en") -> list[FieldProblem]:
    """Every problem in the settings, each naming its field; the messages in ``lang``."""

    def problem(name: str, key: str, **values: object) -> FieldProblem:
        return FieldProblem(name, _said(lang, key, **values), lang)

    problems = [
        problem(name, "too-long", limit=limit)
        for name, limit in _LIMITS.items()
        if len(getattr(settings, name)) > limit
    ]
    if "\n" in settings.name:
        problems.append(problem("name", "one-line"))
    if not _PHONE.match(settings.phone) or (settings.phone and sum(c.isdigit() for c in settings.phone) < 5):
        problems.append(problem("phone", "phone"))
    if settings.website and not _WEBSITE.match(settings.website.strip()):
        problems.append(problem("website", "website"))
    if (logo := check_logo(settings.logo, lang)) is not None:
        problems.append(FieldProblem("logo", logo, lang))
    if settings.page_size not in PAGE_SIZES:
        problems.append(problem("page_size", "one-of", choices=", ".join(PAGE_SIZES)))
    if settings.language not in LANGUAGES:
        problems.append(problem("language", "one-of", choices=", ".join(LANGUAGES)))
    if settings.date_order not in DATE_ORDERS:
        problems.append(problem("date_order", "one-of", choices=", ".join(DATE_ORDERS)))
    if not settings.open_weekdays or not settings.open_weekdays <= ALL_WEEKDAYS:
        problems.append(problem("open_weekdays", "no-weekday"))
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
        f"calendar_code = {'true' if settings.calendar_code else 'false'}",
    ]
    lines += ["", "[dates]", f"date_order = {text(settings.date_order)}"]
    lines += ["", "[calendar]", f"open_weekdays = [{weekdays}]", f"closures = [{closures}]"]
    lines += ["", "[policy]", f"shared_file = {text(settings.shared_policy)}", ""]
    return "\n".join(lines)


_SCHEMA = {
    "clinic": {"name", "address", "phone", "website", "logo"},
    "handout": {"page_size", "language", "calendar_code"},
    "dates": {"date_order"},
    "calendar": {"open_weekdays", "closures"},
    "policy": {"shared_file"},
}


def from_mapping(data: Mapping[str, Any], lang: str = "en") -> tuple[ClinicSettings, list[FieldProblem]]:
    """Settings from parsed TOML; unknown or wrongly typed values are problems (in ``lang``), not crashes."""
    problems: list[FieldProblem] = []
    values: dict[str, Any] = {}
    for table, body in data.items():
        if table not in _SCHEMA or not isinstance(body, Mapping):
            problems.append(FieldProblem(table, _said(lang, "unknown-section"), lang))
            continue
        for key, value in body.items():
            if key not in _SCHEMA[table]:
                problems.append(FieldProblem(f"{table}.{key}", _said(lang, "unknown-key"), lang))
            else:
                _read_value(table, key, value, values, problems, lang)
    settings = ClinicSettings()._replace(**values)
    return settings, problems + validate(settings, lang)


def _read_value(
    table: str, key: str, value: Any, values: dict[str, Any], problems: list[FieldProblem], lang: str
) -> None:
    if key == "open_weekdays":
        if isinstance(value, list) and all(v in WEEKDAY_KEYS for v in value):
            values[key] = frozenset(WEEKDAY_KEYS.index(v) for v in value)
        else:
            said = _said(lang, "weekday-names", choices=", ".join(WEEKDAY_KEYS))
            problems.append(FieldProblem(key, said, lang))
    elif key == "closures":
        # A date-time is a date in Python, and would never equal the day it falls on: a list of days only.
        if isinstance(value, list) and all(
            isinstance(v, date) and not isinstance(v, datetime) for v in value
        ):
            values[key] = frozenset(value)
        else:
            problems.append(FieldProblem(key, _said(lang, "date-list"), lang))
    elif key == "calendar_code":
        if isinstance(value, bool):
            values[key] = value
        else:
            problems.append(FieldProblem(key, _said(lang, "not-bool"), lang))
    elif isinstance(value, str):
        values["shared_policy" if key == "shared_file" else key] = value
    else:
        problems.append(FieldProblem(f"{table}.{key}", _said(lang, "not-text"), lang))


FIELD_NAMES = ClinicSettings._fields


class _File(NamedTuple):
    """A settings file, read and parsed once: its text and data, or why it cannot be read at all
    (missing, not a file, not UTF-8, not TOML) as a key of the words above and its values."""

    text: str = ""
    data: Mapping[str, Any] | None = None
    problem: tuple[str, dict[str, object]] | None = None

    def problem_in(self, lang: str = "en") -> str | None:
        return _said(lang, self.problem[0], **self.problem[1]) if self.problem else None

    def salvaged(self, lang: str = "en") -> tuple[ClinicSettings, list[FieldProblem]]:
        """Its settings, each broken field left at its default (a missing logo does not cost the
        clinic its opening days), and the problems that were left out (in ``lang``)."""
        settings, problems = from_mapping(self.data or {}, lang)
        broken = {p.field for p in problems} & set(FIELD_NAMES)
        if broken:
            defaults = ClinicSettings()
            settings = settings._replace(**{name: getattr(defaults, name) for name in broken})
        return settings, problems

    def problems_in(self, lang: str = "en") -> str | None:
        """Why the file cannot be used as it is, in words (in ``lang``); None when it can."""
        return self.problem_in(lang) or "; ".join(str(p) for p in self.salvaged(lang)[1]) or None


def _read_file(path: Path) -> _File:
    try:
        text = read_small_text(path)
    except OSError as exc:
        return _File(problem=("unreadable", {"problem": exc.strerror or exc}))
    except UnicodeDecodeError:
        return _File(problem=("not-utf8", {}))
    import tomllib  # only with a file to read: a desk without one (or the first start) never loads it

    try:
        return _File(text, tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        return _File(problem=("not-toml", {"problem": exc}))
    except RecursionError:  # arrays or tables nested thousands deep
        return _File(problem=("not-toml", {"problem": "nested too deeply"}))


def read_settings_file(path: Path) -> ClinicSettings:
    """The settings in any clinic settings file, which is only read (never moved aside or copied, as
    the desk's own is): ``plan --settings FILE``. Raises ValueError (a Notice of the problem)."""
    file = _read_file(path)
    if file.problems_in() is not None:
        raise ValueError(notice(lambda lang: file.problems_in(lang) or ""))
    return file.salvaged()[0]


# --- the file on disk ------------------------------------------------------------------------------


class Loaded(NamedTuple):
    """What loading found: the settings to use, and (when something was wrong) a banner for people."""

    settings: ClinicSettings
    banner: str = ""  # a Notice: English, and said again in the interface language


class SettingsStore:
    """``clinic.toml`` in the config folder, with ``clinic.last-good.toml`` beside it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "clinic.toml"
        self.last_good = folder / "clinic.last-good.toml"

    def load(self) -> Loaded:
        if not self.path.exists():
            return Loaded(ClinicSettings())
        file = _read_file(self.path)
        if file.problem is None:
            return self._load_readable(file)
        kept = self._keep_aside()
        fallback, which = self._fallback()
        path = self.path
        return Loaded(
            fallback,
            notice(
                lambda lang: _said(
                    lang,
                    "banner",
                    path=path,
                    problem=file.problem_in(lang),
                    kept=kept.name,
                    which=_said(lang, which),
                )
            ),
        )

    def _load_readable(self, file: _File) -> Loaded:
        """A file that reads as TOML: its good fields are used, whatever is wrong with the others.
        It stays where it is (Settings ▸ Save writes it whole again); only a clean file becomes the
        last good copy."""
        settings, problems = file.salvaged()
        if not problems:
            self._remember_good(file.text)
            return Loaded(settings)
        path = self.path
        left_out = {lang: "; ".join(str(p) for p in file.salvaged(lang)[1]) for lang in TEXT_LANGUAGES}

        def said(lang: str) -> str:
            return _said(lang, "partial", path=path, problems=left_out.get(lang) or left_out["en"])

        return Loaded(settings, notice(said))

    def save(self, settings: ClinicSettings) -> None:
        """Validate, then write atomically; raises ValueError (a Notice of the problems) or OSError."""
        if validate(settings):
            raise ValueError(notice(lambda lang: "; ".join(str(p) for p in validate(settings, lang))))
        text = to_toml(settings)
        atomic_write_text(self.path, text)
        atomic_write_text(self.last_good, text)

    def _remember_good(self, text: str) -> None:
        """``text`` (the clean file just read) as the last good copy, unless it already is."""
        try:
            if _read_file(self.last_good).text != text:
                atomic_write_text(self.last_good, text)
        except OSError:
            pass  # a missing backup must not stop the app; the next save writes it again

    def _keep_aside(self) -> Path:
        try:
            return keep_broken(self.path)
        except OSError:
            return self.path  # cannot rename (read-only folder): leave it in place, untouched

    def _fallback(self) -> tuple[ClinicSettings, str]:
        """The settings to use instead, and which they are (a key of the words above). The last good
        copy is put back in place of the broken file (kept aside), so the next start, the command line
        and every later run use it too: the clinic's days are never lost silently."""
        good = _read_file(self.last_good)
        if good.problems_in() is None:
            if not self.path.exists() and not self.path.is_symlink():
                # In a read-only folder it is used for this run; the banner says so again next time.
                with contextlib.suppress(OSError):
                    atomic_write_text(self.path, good.text)
            return good.salvaged()[0], "last-good"
        return ClinicSettings(), "defaults"
