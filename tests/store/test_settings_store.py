"""Clinic settings and policies on disk: validation per field, broken files, last-good copies, sharing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gui.core import Policy, load_policy_or_raise, policy_label
from gui.core.durations import parse_duration
from gui.core.policy_toml import dump_policy
from gui.core.resources import default_policy_path
from gui.core.words.notice import said_in
from gui.store.policies import PolicyStore
from gui.store.settings import ClinicSettings, SettingsStore, read_settings_file, to_toml, validate


def clinic_policy(days: str = "21 days", version: str = "3") -> Policy:
    base = load_policy_or_raise(default_policy_path())
    key = ("hyaluronic-acid-filler", "microneedling")
    rules = dict(base.rules)
    rules[key] = rules[key]._replace(earliest=parse_duration(days), evidence="clinic-policy")
    return base._replace(
        name="Clinic policy",
        version=version,
        rules=rules,
        approved_by="Dr Lee",
        approved_on=date(2026, 11, 20),
    )


# --- each settings field's invalid values --------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"name": "x" * 121}, "name", "at most 120"),
        ({"name": "Two\nlines"}, "name", "one line"),
        ({"address": "y" * 301}, "address", "at most 300"),
        ({"phone": "call us!"}, "phone", "digits"),
        ({"phone": "12"}, "phone", "at least 5 digits"),
        ({"phone": "9" * 41}, "phone", "at most 40"),
        ({"website": "not a website"}, "website", "address such as"),
        ({"website": "ftp://x.example"}, "website", "address such as"),
        ({"logo": "/no/such/logo.png"}, "logo", "cannot be found"),
        ({"logo": "/etc/hostname"}, "logo", "PNG or SVG"),
        ({"page_size": "a3"}, "page_size", "auto, a4, letter"),
        ({"language": "fr"}, "language", "system, en, es"),
        ({"date_order": "ymd"}, "date_order", "auto, dmy, mdy"),
        ({"open_weekdays": frozenset()}, "open_weekdays", "at least one day"),
        ({"open_weekdays": frozenset({7})}, "open_weekdays", "at least one day"),
    ],
)
def test_each_settings_field_rejects_bad_values(change: dict[str, object], field: str, fragment: str) -> None:
    problems = validate(ClinicSettings()._replace(**change))  # type: ignore[arg-type]
    assert [p.field for p in problems] == [field]
    assert fragment in problems[0].message


def test_logo_over_one_megabyte(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG" + b"0" * (1024 * 1024 + 1))
    problems = validate(ClinicSettings(logo=str(logo)))
    assert problems and "largest allowed is 1 MB" in problems[0].message


def test_good_settings_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    settings = ClinicSettings(
        name="Harbour Skin Clinic",
        address="12 Quay Street\nPortsmouth",
        phone="+44 23 9200 0000",
        website="harbourskin.example",
        page_size="letter",
        date_order="mdy",
        open_weekdays=frozenset(range(6)),
        closures=frozenset({date(2026, 12, 25)}),
        shared_policy="/mnt/share/policy.toml",
        calendar_code=False,
    )
    store.save(settings)
    loaded = store.load()
    assert loaded.settings == settings and loaded.banner == ""


def test_save_refuses_invalid_settings(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="phone"):
        SettingsStore(tmp_path).save(ClinicSettings(phone="nope"))
    assert not (tmp_path / "clinic.toml").exists()


@pytest.mark.parametrize(
    "content",
    ['[clinic\nname = "x"', b"\xff\xfe\x00bad", "", "\x00"],
    ids=["bad-toml", "not-utf8", "folder", "nul"],
)
def test_corrupt_settings_fall_back_to_last_good_and_keep_the_file(
    tmp_path: Path, content: str | bytes
) -> None:
    store = SettingsStore(tmp_path)
    good = ClinicSettings(name="Harbour Skin Clinic")
    store.save(good)
    store.load()
    if content == "":  # a folder where the file should be
        store.path.unlink()
        store.path.mkdir()
    elif isinstance(content, bytes):
        store.path.write_bytes(content)
    else:
        store.path.write_text(content)
    loaded = store.load()
    assert loaded.settings == good
    assert str(store.path) in loaded.banner and "last good settings" in loaded.banner
    kept = list(tmp_path.glob("clinic.broken-*.toml"))
    assert len(kept) == 1
    if content:
        assert kept[0].read_bytes() == (content if isinstance(content, bytes) else content.encode())


@pytest.mark.parametrize(
    ("line", "dropped", "said"),
    [
        ("name = 3", "name", "name: must be text"),
        ('colour = "red"', None, "clinic.colour: unknown key"),
        ('logo = "/nowhere/logo.png"', "logo", "/nowhere/logo.png cannot be found"),
        ('phone = "call us"', "phone", "phone: use digits"),
        ('open_weekdays = ["funday"]', "open_weekdays", "open_weekdays: a list of day names"),
        ('page_size = "a3"', "page_size", "page_size: one of"),
    ],
    ids=["wrong-type", "unknown-key", "missing-logo", "bad-phone", "bad-weekday", "bad-page"],
)
def test_a_broken_field_is_left_out_and_the_rest_is_kept(
    tmp_path: Path, line: str, dropped: str | None, said: str
) -> None:
    """A logo that went missing must not cost the clinic its name, opening days and closures."""
    store = SettingsStore(tmp_path)
    kept_fields = ClinicSettings(
        name="Harbour Skin Clinic",
        open_weekdays=frozenset(range(5)),
        closures=frozenset({date(2026, 12, 25)}),
    )
    store.save(kept_fields)
    key = line.split(" =")[0]
    lines = store.path.read_text().splitlines()
    at = next((i for i, old in enumerate(lines) if old.startswith(f"{key} = ")), None)
    if at is None:
        lines.insert(lines.index("[clinic]") + 1, line)
    else:
        lines[at] = line
    store.path.write_text("\n".join(lines) + "\n")
    text_before = store.path.read_text()
    loaded = store.load()
    for name in ("name", "open_weekdays", "closures"):
        if name != dropped:
            assert getattr(loaded.settings, name) == getattr(kept_fields, name), name
    if dropped is not None:
        assert getattr(loaded.settings, dropped) == getattr(ClinicSettings(), dropped)
    assert said in loaded.banner and "the rest is in use" in loaded.banner
    assert store.path.read_text() == text_before  # left where it is, for Settings ▸ Save to mend
    assert not list(tmp_path.glob("clinic.broken-*.toml"))
    assert "Harbour Skin Clinic" in store.last_good.read_text()  # the last good copy is untouched


def test_corrupt_settings_without_last_good_use_defaults(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.path.write_text("[[[")
    loaded = store.load()
    assert loaded.settings == ClinicSettings() and "default settings" in loaded.banner


# --- policies --------------------------------------------------------------------------------------


def test_no_clinic_policy_means_the_default(tmp_path: Path) -> None:
    active = PolicyStore(tmp_path, default_policy_path()).active()
    assert (active.origin, policy_label(active.policy), active.banner) == (
        "default",
        "Default policy 2027.1",
        "",
    )


def test_saved_policy_must_be_signed(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    unsigned = clinic_policy()._replace(approved_by=None, approved_on=None)
    with pytest.raises(ValueError, match="approved by"):
        store.save(unsigned)


def test_signed_policy_is_active_and_named(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    store.save(clinic_policy())
    active = store.active()
    assert active.origin == "clinic"
    fingerprint = active.policy.fingerprint
    assert len(fingerprint) == 64 and active.banner == ""
    label = f"Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · {fingerprint[:8]}"
    assert policy_label(active.policy) == label
    assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("21 days")


def test_broken_clinic_policy_keeps_file_and_uses_last_good(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    store.save(clinic_policy())
    store.active()
    store.clinic_path.write_text(store.clinic_path.read_text().replace('"21 days"', '"three weeks"'))
    active = store.active()
    assert active.origin == "clinic-last-good"
    assert "rules.hyaluronic-acid-filler.microneedling.earliest" in active.banner
    assert policy_label(active.policy).startswith("Clinic policy v3")
    assert len(list(tmp_path.glob("policy.broken-*.toml"))) == 1


def test_shared_policy_wins_and_a_second_desk_gets_the_same(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "policy.toml"
    shared.parent.mkdir()
    shared.write_text(dump_policy(clinic_policy(version="4")))
    desk_one = PolicyStore(tmp_path / "desk1", default_policy_path())
    desk_two = PolicyStore(tmp_path / "desk2", default_policy_path())
    desk_one.save(clinic_policy(days="28 days", version="1"))
    for desk in (desk_one, desk_two):
        active = desk.active(str(shared))
        assert active.origin == "shared" and policy_label(active.policy).startswith("Clinic policy v4")


def test_unreadable_shared_policy_uses_its_last_good_copy_and_says_so(tmp_path: Path) -> None:
    shared = tmp_path / "share" / "policy.toml"
    shared.parent.mkdir()
    shared.write_text(dump_policy(clinic_policy(version="4")))
    store = PolicyStore(tmp_path / "desk", default_policy_path())
    store.active(str(shared))
    shared.unlink()  # the network drive is gone
    active = store.active(str(shared))
    assert active.origin == "shared-last-good" and policy_label(active.policy).startswith("Clinic policy v4")
    assert "cannot read the file" in active.banner and "last good copy" in active.banner


def test_unreadable_shared_policy_without_a_copy_is_never_silent(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path / "desk", default_policy_path())
    active = store.active(str(tmp_path / "missing.toml"))
    assert active.origin == "default"
    assert "no earlier copy" in active.banner and "Default policy 2027.1" in active.banner


def test_reset_to_default_keeps_the_old_file(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    store.save(clinic_policy())
    kept = store.reset_to_default()
    assert kept is not None and kept.exists() and "21 days" in kept.read_text()
    assert store.active().origin == "default"


def test_export_then_import(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    out = tmp_path / "export" / "clinic-policy.toml"
    store.export(clinic_policy(), out)
    result = store.read(out)
    assert result.problems == () and result.policy is not None
    assert policy_label(result.policy).startswith("Clinic policy v3")


# --- the numeric date order, and a settings file that is only read ------------------------------------


def test_date_order_is_saved_under_dates_and_defaults_to_auto(tmp_path: Path) -> None:
    assert ClinicSettings().date_order == "auto"
    assert '[dates]\ndate_order = "dmy"' in to_toml(ClinicSettings(date_order="dmy"))
    store = SettingsStore(tmp_path)
    store.path.write_text('[clinic]\nname = "Harbour Skin Clinic"\n', encoding="utf-8")  # an older file
    assert store.load().settings.date_order == "auto"
    store.path.write_text("[dates]\ndate_order = 3\n", encoding="utf-8")
    loaded = store.load()
    assert "dates.date_order: must be text" in loaded.banner


def test_date_order_problems_in_spanish() -> None:
    problems = validate(ClinicSettings(date_order="ymd"), "es")
    assert [str(p) for p in problems] == ["orden de las fechas numéricas: uno de: auto, dmy, mdy"]


def test_a_settings_file_is_read_and_left_as_it_is(tmp_path: Path) -> None:
    good = tmp_path / "branch.toml"
    settings = ClinicSettings(name="Harbour Skin Clinic", date_order="dmy", open_weekdays=frozenset(range(5)))
    good.write_text(to_toml(settings), encoding="utf-8")
    assert read_settings_file(good) == settings
    bad = tmp_path / "broken.toml"
    bad.write_text('[dates]\ndate_order = "ymd"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="date_order: one of: auto, dmy, mdy") as raised:
        read_settings_file(bad)
    assert said_in(raised.value, "es") == "orden de las fechas numéricas: uno de: auto, dmy, mdy"
    with pytest.raises(ValueError, match="cannot read it"):
        read_settings_file(tmp_path / "missing.toml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["branch.toml", "broken.toml"]  # nothing moved


def test_the_calendar_code_is_on_by_default_and_must_be_true_or_false(tmp_path: Path) -> None:
    assert ClinicSettings().calendar_code is True
    assert "calendar_code = true" in to_toml(ClinicSettings())
    store = SettingsStore(tmp_path)
    store.path.write_text('[handout]\ncalendar_code = "no"\npage_size = "a4"\n', encoding="utf-8")
    loaded = store.load()
    assert loaded.settings.calendar_code is True and loaded.settings.page_size == "a4"  # the rest is kept
    assert "calendar_code: must be true or false" in said_in(loaded.banner, "en")
