"""The approval covers the exact rules: a fingerprint written on signing, checked on every load.

A signed file edited by hand (one desk, or the shared file every desk reads) is not used: the desk
falls back to the last approved copy with a banner naming who approved it; signing again makes it the
policy in force. A policy signed by an older version (no fingerprint) loads with a banner asking for
a new signature. The fingerprint does not change with spelling the engine ignores.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from gui.core import Policy, load_policy, load_policy_or_raise, parse_policy, policy_label
from gui.core.durations import parse_duration
from gui.core.fingerprint import canonical_form, policy_fingerprint, same_rules
from gui.core.policy_toml import dump_policy, signed_policy
from gui.core.resources import default_policy_path
from gui.core.words.notice import said_in
from gui.store.policies import PolicyStore

DEFAULT = load_policy_or_raise(default_policy_path())
HA = ("hyaluronic-acid-filler", "microneedling")


def signed(days: str = "21 days", version: str = "3") -> Policy:
    rules = dict(DEFAULT.rules)
    rules[HA] = rules[HA]._replace(earliest=parse_duration(days))
    return DEFAULT._replace(
        name="Clinic policy", version=version, rules=rules, approved_by="Dr Lee",
        approved_on=date(2026, 11, 20),
    )  # fmt: skip


def saved_store(folder: Path, days: str = "21 days") -> PolicyStore:
    store = PolicyStore(folder, default_policy_path())
    store.save(signed(days))
    return store


def edit_by_hand(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- the fingerprint ----------------------------------------------------------------------------------


def test_signing_writes_the_fingerprint_of_what_the_file_says(tmp_path: Path) -> None:
    store = saved_store(tmp_path)
    text = store.clinic_path.read_text(encoding="utf-8")
    written = tomllib.loads(text)["policy"]["fingerprint"]
    policy = load_policy_or_raise(store.clinic_path)
    assert written == policy.fingerprint == policy_fingerprint(policy)
    assert policy_label(policy).endswith(f" · {written[:8]}")
    assert policy_label(policy, "es").endswith(f" · {written[:8]}")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\n[classes.", "\n\n# a comment a manager added\n\n[classes."),  # comments and blank lines
        ('earliest = "21 days"', 'earliest   =   "21 days"   # three weeks'),  # spacing, a trailing comment
        ('earliest = "21 days"', 'earliest = "3 weeks"'),  # the engine counts them the same
        ('evidence = "expert-opinion"', "evidence = 'expert-opinion'"),  # another quoting
    ],
)
def test_what_the_engine_ignores_leaves_the_fingerprint_and_the_policy_in_force(
    tmp_path: Path, old: str, new: str
) -> None:
    store = saved_store(tmp_path)
    edit_by_hand(store.clinic_path, old, new)
    active = store.active()
    assert (active.origin, active.banner) == ("clinic", "")


def test_the_fingerprint_is_the_sha256_hashlib_takes_and_needs_no_openssl() -> None:
    """The interpreter's own SHA-256 gives hashlib's digest, and reading a policy maps no OpenSSL."""
    import hashlib
    import subprocess
    import sys

    policy = load_policy_or_raise(default_policy_path())
    assert policy_fingerprint(policy) == hashlib.sha256(canonical_form(policy).encode("utf-8")).hexdigest()
    loads_openssl = (
        "import sys; from gui.core import load_policy_or_raise, resources;"
        "load_policy_or_raise(resources.default_policy_path()); print('_hashlib' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    said = subprocess.run([sys.executable, "-c", loads_openssl], capture_output=True, text=True, cwd=root)
    assert said.returncode == 0, said.stderr
    assert said.stdout.strip() == "False"


def test_key_order_does_not_count() -> None:
    policy = load_policy_or_raise(default_policy_path())
    reordered = policy._replace(rules=dict(reversed(list(policy.rules.items()))))
    assert canonical_form(reordered) == canonical_form(policy)


def test_same_rules_looks_past_the_title_only() -> None:
    """What the editor asks before the shipped name goes on a clinic's rules."""
    retitled = DEFAULT._replace(
        name="Clinic policy", name_es="", version="3", reviewed=date(2026, 1, 1),
        next_review=date(2027, 1, 1), approved_by="Dr Lee", approved_on=date(2026, 11, 20),
    )  # fmt: skip
    assert same_rules(retitled, DEFAULT) and same_rules(signed("2 weeks"), DEFAULT)
    assert not same_rules(signed("21 days"), DEFAULT)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("14 days", "2 weeks", True),
        ("1 year", "12 months", True),
        ("1 month", "30 days", False),  # a calendar month is not 30 days to the engine
        ("4 weeks", "1 month", False),
    ],
)
def test_two_spellings_count_as_one_only_when_the_engine_counts_them_as_one(
    a: str, b: str, same: bool
) -> None:
    first, second = signed(a), signed(b)
    assert (policy_fingerprint(first) == policy_fingerprint(second)) is same


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('earliest = "21 days"', 'earliest = "14 days"'),  # a wait
        ('effect = "not-today"', 'effect = "ask-first"'),  # a screening answer's effect
        ('minimum = "28 days"', 'minimum = "21 days"'),  # the course spacing
        ('name = "Botox"', 'name = "Botox Cosmetic"'),  # what a product is called
        ('evidence = "label"', 'evidence = "study"'),  # the evidence a patient is told
    ],
)
def test_a_number_or_word_edited_by_hand_is_not_used_and_the_banner_says_who_signed(
    tmp_path: Path, old: str, new: str
) -> None:
    store = saved_store(tmp_path)
    approved = store.active().policy
    edit_by_hand(store.clinic_path, old, new)
    active = store.active()
    assert active.origin == "clinic-last-good"
    assert active.policy.fingerprint == approved.fingerprint  # the last approved copy, not the edit
    banner = said_in(active.banner, "en")
    assert "the rules were changed after Dr Lee approved them on 20 Nov 2026" in banner
    assert "signed again in the policy editor" in banner
    assert "se cambiaron después de que Dr Lee las aprobara el 20 nov 2026" in said_in(active.banner, "es")
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("policy.broken")]
    assert kept and new in kept[0].read_text(encoding="utf-8")  # the edit is kept aside, never lost


def test_without_a_last_approved_copy_the_desk_uses_the_shipped_default(tmp_path: Path) -> None:
    store = saved_store(tmp_path)
    store.clinic_last_good.unlink()
    edit_by_hand(store.clinic_path, 'earliest = "21 days"', 'earliest = "7 days"')
    active = store.active()
    assert active.origin == "default" and "changed after Dr Lee approved" in said_in(active.banner, "en")
    assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("14 days")


def test_signing_again_makes_the_edited_rules_the_policy_in_force(tmp_path: Path) -> None:
    store = saved_store(tmp_path)
    edit_by_hand(store.clinic_path, 'earliest = "21 days"', 'earliest = "28 days"')
    kept = store.active()
    assert kept.origin == "clinic-last-good"
    broken = next(p for p in tmp_path.iterdir() if p.name.startswith("policy.broken"))
    imported = store.read(broken)  # the manager imports the edited file: it comes in unsigned
    assert imported.policy is not None and not imported.problems
    assert imported.policy.approved_by is None and imported.policy.fingerprint == ""
    store.save(imported.policy._replace(approved_by="Dr Ruiz", approved_on=date(2026, 12, 1)))
    active = store.active()
    assert (active.origin, active.banner) == ("clinic", "")
    assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("28 days")
    assert policy_label(active.policy).startswith("Clinic policy v3, approved by Dr Ruiz on 1 Dec 2026 · ")


def test_every_desk_on_a_shared_file_falls_back_when_it_is_edited(tmp_path: Path) -> None:
    shared = tmp_path / "shared.toml"
    saved_store(tmp_path / "manager")
    shared.write_text((tmp_path / "manager" / "policy.toml").read_text(encoding="utf-8"), encoding="utf-8")
    desks = [PolicyStore(tmp_path / f"desk{n}", default_policy_path()) for n in (1, 2)]
    for desk in desks:
        assert desk.active(str(shared)).origin == "shared"  # each keeps its last good copy of it
    edit_by_hand(shared, 'earliest = "21 days"', 'earliest = "10 days"')
    for desk in desks:
        active = desk.active(str(shared))
        assert active.origin == "shared-last-good"
        assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("21 days")
        assert "changed after Dr Lee approved them" in said_in(active.banner, "en")
    fresh = PolicyStore(tmp_path / "desk3", default_policy_path())  # a desk that never read it before
    assert fresh.active(str(shared)).origin == "default"


def test_a_policy_signed_by_an_older_version_loads_and_asks_to_be_signed_again(tmp_path: Path) -> None:
    store = saved_store(tmp_path)
    text = store.clinic_path.read_text(encoding="utf-8")
    older = "\n".join(line for line in text.splitlines() if not line.startswith("fingerprint ="))
    for path in (store.clinic_path, store.clinic_last_good):  # as the older version saved both
        path.write_text(older, encoding="utf-8")
    active = store.active()
    assert active.origin == "clinic"  # nothing is changed silently, nothing refused
    assert active.policy.fingerprint == ""
    assert "signed with an earlier version of the app" in said_in(active.banner, "en")
    assert policy_label(active.policy) == "Clinic policy v3, approved by Dr Lee on 20 Nov 2026 · not verified"
    store.save(active.policy)  # signing again writes the fingerprint
    assert store.active().banner == ""


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ('"abc"', "must be the 64 hex digits"),
        ('"' + "G" * 64 + '"', "must be the 64 hex digits"),
        ("12", "must be non-empty text"),
    ],
)
def test_a_malformed_fingerprint_is_a_problem_in_words(value: str, said: str) -> None:
    text = dump_policy(signed())
    text = text.replace("approved_on = 2026-11-20\n", f"approved_on = 2026-11-20\nfingerprint = {value}\n")
    result = parse_policy(tomllib.loads(text), "clinic.toml")
    assert result.policy is None and any(said in p.message for p in result.problems), result.problems


def test_a_fingerprint_without_a_signature_is_a_problem(tmp_path: Path) -> None:
    text = dump_policy(DEFAULT).replace("next_review =", f'fingerprint = "{"a" * 64}"\nnext_review =', 1)
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    result = load_policy(path)
    assert result.policy is None and result.problems[0].code == "fingerprint-unsigned"


def test_a_fingerprint_taken_out_of_a_file_this_version_signed_does_not_let_an_edit_through(
    tmp_path: Path,
) -> None:
    store = saved_store(tmp_path)
    approved = store.active().policy
    text = store.clinic_path.read_text(encoding="utf-8").replace(
        'earliest = "21 days"', 'earliest = "3 days"', 1
    )
    stripped = "\n".join(line for line in text.splitlines() if not line.startswith("fingerprint ="))
    store.clinic_path.write_text(stripped, encoding="utf-8")
    active = store.active()
    assert active.origin == "clinic-last-good" and active.policy.fingerprint == approved.fingerprint
    assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("21 days")
    assert "the rules were changed after Dr Lee approved them" in said_in(active.banner, "en")
    restored = load_policy(store.clinic_path).policy  # the approved copy is back in place, the edit aside
    assert restored is not None and restored.fingerprint == approved.fingerprint


def test_the_file_set_aside_last_is_the_one_offered_for_signing_again(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    assert store.set_aside() is None
    for name in (
        "policy.broken-20261124-093000.toml",
        "policy.broken-20261124-093000-2.toml",
        "policy.broken-20261123-235959-9.toml",
        "policy.replaced-20261201-000000.toml",  # reset on purpose: not a fallback's
    ):
        (tmp_path / name).write_text("", encoding="utf-8")
    kept = store.set_aside()
    assert kept is not None and kept.name == "policy.broken-20261124-093000-2.toml"


def _without_approval(text: str) -> str:
    """The file with its approver, approval date and fingerprint lines taken out."""
    keys = ("approved_by =", "approved_on =", "fingerprint =")
    return "\n".join(line for line in text.splitlines() if not line.startswith(keys))


def test_an_edit_with_the_approval_taken_out_is_a_change_after_the_last_approval(tmp_path: Path) -> None:
    store = saved_store(tmp_path)
    text = store.clinic_path.read_text(encoding="utf-8")
    text = text.replace('earliest = "21 days"', 'earliest = "3 days"', 1)
    store.clinic_path.write_text(_without_approval(text), encoding="utf-8")
    active = store.active()
    assert active.origin == "clinic-last-good"
    assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("21 days")
    assert "the rules were changed after Dr Lee approved them on 20 Nov 2026" in said_in(active.banner, "en")


def test_a_shared_file_nobody_signed_is_not_used_and_not_kept_as_the_last_good_copy(tmp_path: Path) -> None:
    shared = tmp_path / "shared.toml"
    shared.write_text(_without_approval(dump_policy(signed("10 days"))), encoding="utf-8")
    desk = PolicyStore(tmp_path / "desk", default_policy_path())
    active = desk.active(str(shared))
    assert active.origin == "default" and active.policy.name == DEFAULT.name
    banner = said_in(active.banner, "en")
    assert "The shared policy file cannot be used: " in banner
    assert "the file is not signed; a clinic's policy is used only once whoever approved it" in banner
    assert "el archivo no está firmado" in said_in(active.banner, "es")
    assert not desk.shared_last_good.exists()
    shared.write_text(dump_policy(signed_policy(signed("10 days"))), encoding="utf-8")  # signed: used
    assert desk.active(str(shared)).origin == "shared"


def test_a_clinic_file_nobody_signed_is_not_used(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    store.clinic_path.write_text(_without_approval(dump_policy(signed("10 days"))), encoding="utf-8")
    active = store.active()
    assert active.origin == "default"
    assert active.policy.rule_for("ha-filler", "microneedling").earliest == parse_duration("14 days")
    assert "the file is not signed" in said_in(active.banner, "en")


def test_a_change_set_aside_is_said_at_every_start_until_the_policy_is_signed_again(tmp_path: Path) -> None:
    """plan or handout may meet the edit first: the desk is told at its next start all the same."""
    store = saved_store(tmp_path)
    edit_by_hand(store.clinic_path, 'earliest = "21 days"', 'earliest = "7 days"')
    assert store.active().origin == "clinic-last-good"  # the first reader sets the edit aside
    later = store.active()  # the next start: the approved copy is back in place
    assert later.origin == "clinic"
    kept = store.set_aside()
    assert kept is not None
    banner = said_in(later.banner, "en")
    assert f"A changed clinic policy file could not be used and was kept as {kept.name} on " in banner
    assert "sign the approved copy again to keep it" in banner
    assert said_in(later.banner, "es") != banner
    assert store.active().banner == later.banner  # and the start after
    store.save(later.policy)  # signed again (here, the approved copy kept)
    assert store.active().banner == ""
