"""Which policy is active: a shared file, the clinic's own signed policy, or the default — and why.

Order: the shared policy file (read-only, for several desks) wins; then the clinic's own policy in
the config folder; then the default that ships with the app. A file that cannot be used is never
replaced silently: the store falls back to the last good copy it has and says so in a banner.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from gui.core import (
    Policy,
    PolicyResult,
    format_day_month,
    load_policy,
    load_policy_or_raise,
    policy_label,
    problem_line,
)
from gui.core.catalog import N_, words
from gui.core.policy_reading import changed_after_approval, make_problem
from gui.core.small_files import read_small_text
from gui.core.words.notice import Notice, notice, said_in
from gui.store.files import atomic_write_text, keep_broken


class ActivePolicy(NamedTuple):
    """The policy in force on this desk, where it came from, and what to tell staff about it."""

    policy: Policy
    origin: str  # "shared", "shared-last-good", "clinic", "clinic-last-good", "default"
    banner: str = ""  # a Notice: English, and said again in the interface language


# The banners, by key (English ids of the catalogue): why a policy file is not used, and what this desk
# uses instead.
_SAID = {
    "more": N_(" (and {more} more)"),
    "older-policy": N_(
        "{policy} was signed before the app planned toxins and fillers as the next treatment: for those, "
        "the default policy's rules are used until the clinic signs them in the policy editor."
    ),
    "no-fingerprint": N_(
        "{policy} was signed with an earlier version of the app, whose approval does not record the exact "
        "rules: open the policy editor and sign it again so that an edit by hand cannot go unnoticed."
    ),
    "shared-cached": N_(
        "The shared policy file cannot be used: {problem}. Using the last good copy of it, saved here on "
        "{when}: {policy}. Ask whoever manages the shared file."
    ),
    "shared-none": N_(
        "The shared policy file cannot be used: {problem}. There is no earlier copy of it on this computer, "
        "so this desk uses {policy}. Ask whoever manages the shared file."
    ),
    "clinic": N_(
        "The clinic policy file could not be used: {problem}. It was kept as {kept}; this desk uses {using}:"
        " {policy}. Open the policy editor to fix it."
    ),
    "set-aside": N_(
        "A changed clinic policy file could not be used and was kept as {kept} on {when}; this desk uses "
        "the approved copy: {policy}. Open the policy editor to check and sign the change, or sign the "
        "approved copy again to keep it."
    ),
    "last-good": N_("the last good copy"),
    "default": N_("the default policy"),
    "unsigned": N_("a clinic policy needs 'approved by' and the approval date before it is saved"),
}


def _said(lang: str, key: str, **values: object) -> str:
    return words(lang)(_SAID[key], **values)


def _said_unsigned(active: ActivePolicy) -> ActivePolicy:
    policy = active.policy
    unsigned_parts = policy.from_default or policy.courses_from_default
    no_fingerprint = bool(policy.approved_by) and not policy.fingerprint
    if not (unsigned_parts or no_fingerprint) or active.origin == "default":
        return active
    older = "older-policy" if unsigned_parts else "no-fingerprint"
    unsigned = notice(lambda lang: _said(lang, older, policy=policy_label(policy, lang)))
    banner = notice(
        lambda lang: " ".join(t for t in (said_in(active.banner, lang), said_in(unsigned, lang)) if t)
    )
    return ActivePolicy(policy, active.origin, banner)


def _approved_only(result: PolicyResult, last_good: Path) -> PolicyResult:
    """A clinic or shared policy is used only as someone approved it. ``load_policy`` refuses a file
    whose rules no longer match their fingerprint; this also refuses one whose approval was taken out:

    - signed but without a fingerprint, where this desk's last approved copy has one: the line was
      taken out of a file this version signed (it always writes one), so the edit it hid counts as a
      change after approval (a desk that never had a fingerprinted copy takes it as an older policy);
    - not signed at all: after the last approved copy's signer, a change after their approval;
      otherwise a file nobody signed.
    """
    policy = result.policy
    if policy is None or result.problems or policy.fingerprint:
        return result
    kept = load_policy(last_good) if last_good.exists() else None
    approved = kept.policy if kept is not None and not kept.problems else None
    if policy.approved_by:
        if approved is None or not approved.fingerprint:
            return result
        name, when = policy.approved_by, policy.approved_on or approved.approved_on
    elif approved is not None and approved.approved_by:
        name, when = approved.approved_by, approved.approved_on
    else:
        return PolicyResult(None, (make_problem(policy.source, "policy.approved_by", "not-signed"),))
    problem = make_problem(
        policy.source, "policy.fingerprint", "changed-after-approval", name=name, when=when
    )
    return PolicyResult(None, (problem,))


def _set_aside_stamp(name: str) -> tuple[str, int]:
    """When a file was set aside, from its name: 'policy.broken-20261124-093000-2.toml' gives
    ('20261124-093000', 2); the first of a second has no counter (1)."""
    stamp = name.removeprefix("policy.broken-").removesuffix(".toml")
    counter = stamp[16:]
    return stamp[:15], int(counter) if counter.isdigit() else 1


def _first_problem(result: PolicyResult, lang: str = "en") -> str:
    more = len(result.problems) - 1
    return problem_line(result.problems[0], lang) + (_said(lang, "more", more=more) if more > 0 else "")


def _problem_notice(result: PolicyResult) -> Notice:
    return notice(lambda lang: _first_problem(result, lang))


class PolicyStore:
    """``policy.toml`` (the clinic's own) and last-good copies, in the user's config folder."""

    def __init__(self, folder: Path, default_path: Path) -> None:
        self.folder = folder
        self.default_path = default_path
        self.clinic_path = folder / "policy.toml"
        self.clinic_last_good = folder / "policy.last-good.toml"
        self.shared_last_good = folder / "shared-policy.last-good.toml"
        self.pending = folder / "policy.set-aside"  # the name of a set-aside file not yet dealt with

    def default(self) -> Policy:
        return load_policy_or_raise(self.default_path)

    # --- which policy is active ----------------------------------------------------------------------

    def active(self, shared_path: str = "") -> ActivePolicy:
        """The policy this desk uses, with a banner when it is not the one the clinic meant, or when it
        was signed before it covered every next treatment (the default's rules fill those pairs)."""
        return _said_unsigned(self._active(shared_path))

    def _active(self, shared_path: str = "") -> ActivePolicy:
        local = self._local()
        if not shared_path:
            return local
        result = _approved_only(load_policy(shared_path), self.shared_last_good)
        if result.policy is not None and not result.problems:
            self._copy(Path(shared_path), self.shared_last_good)
            return ActivePolicy(result.policy, "shared")
        problem = _problem_notice(result)
        cached = load_policy(self.shared_last_good) if self.shared_last_good.exists() else None
        if cached is not None and cached.policy is not None and not cached.problems:
            saved = datetime.fromtimestamp(self.shared_last_good.stat().st_mtime)
            copy = cached.policy
            return ActivePolicy(
                copy,
                "shared-last-good",
                notice(
                    lambda lang: _said(
                        lang,
                        "shared-cached",
                        problem=problem.text_in(lang),
                        when=f"{format_day_month(saved.date(), lang)} {saved:%H:%M}",
                        policy=policy_label(copy, lang),
                    )
                ),
            )
        fallback = local.policy
        return ActivePolicy(
            fallback,
            local.origin,
            notice(
                lambda lang: _said(
                    lang,
                    "shared-none",
                    problem=problem.text_in(lang),
                    policy=policy_label(fallback, lang),
                )
            ),
        )

    def _local(self) -> ActivePolicy:
        if not self.clinic_path.exists():
            return ActivePolicy(self.default(), "default")
        result = _approved_only(load_policy(self.clinic_path), self.clinic_last_good)
        if result.policy is not None and not result.problems:
            self._copy(self.clinic_path, self.clinic_last_good)
            return ActivePolicy(result.policy, "clinic", self._still_set_aside(result.policy))
        kept = self._keep_aside(self.clinic_path)
        if kept != self.clinic_path:
            self._note_pending(kept)
        fallback = load_policy(self.clinic_last_good) if self.clinic_last_good.exists() else None
        if fallback is not None and fallback.policy is not None and not fallback.problems:
            policy, origin, using = fallback.policy, "clinic-last-good", "last-good"
            # Back in place of the broken file (kept aside): the next start and the command line use
            # the clinic's signed rules too, instead of silently falling to the default policy.
            if not self.clinic_path.exists() and not self.clinic_path.is_symlink():
                self._copy(self.clinic_last_good, self.clinic_path)
        else:
            policy, origin, using = self.default(), "default", "default"
        problem = _problem_notice(result)
        said = notice(
            lambda lang: _said(
                lang,
                "clinic",
                problem=problem.text_in(lang),
                kept=kept.name,
                using=_said(lang, using),
                policy=policy_label(policy, lang),
            )
        )
        return ActivePolicy(policy, origin, said)

    def _still_set_aside(self, policy: Policy) -> str:
        """A banner while a file a fallback set aside (here, or by ``plan`` or ``handout`` reading this
        folder) is neither signed nor dropped: every start says so until the policy is signed again or
        reset to the default."""
        try:
            name = read_small_text(self.pending).strip()
            when = datetime.strptime(_set_aside_stamp(name)[0], "%Y%m%d-%H%M%S")
        except (OSError, UnicodeDecodeError, ValueError):
            return ""
        kept = self.folder / name
        if "/" in name or "\\" in name or not kept.is_file():
            return ""
        return notice(
            lambda lang: _said(
                lang,
                "set-aside",
                kept=kept.name,
                when=f"{format_day_month(when.date(), lang)} {when:%H:%M}",
                policy=policy_label(policy, lang),
            )
        )

    def set_aside(self) -> Path | None:
        """The clinic policy file most recently set aside as unusable (``policy.broken-….toml``): the
        edit a fallback did not use, for whoever checks it and signs it again. None when there is none."""
        try:
            kept = [p for p in self.folder.glob("policy.broken-*.toml") if p.is_file()]
        except OSError:
            return None
        return max(kept, key=lambda path: _set_aside_stamp(path.name), default=None)

    # --- changes -------------------------------------------------------------------------------------

    def save(self, policy: Policy) -> Policy:
        """Save the clinic's own policy, signed: its fingerprint is written with the signature. Returns
        the policy as the file now says it. Raises ValueError (unsigned, or it would not read back) or
        OSError."""
        if not (policy.approved_by and policy.approved_on):
            raise ValueError(notice(lambda lang: _said(lang, "unsigned")))
        from gui.core.policy_toml import dump_policy  # writing a policy: not at every start

        signed = self._fingerprinted(policy)
        text = dump_policy(signed)
        self._check_reads_back(text)
        atomic_write_text(self.clinic_path, text)
        atomic_write_text(self.clinic_last_good, text)
        self.pending.unlink(missing_ok=True)  # signed: whatever was set aside has been dealt with
        return signed._replace(source=str(self.clinic_path))

    def reset_to_default(self) -> Path | None:
        """Stop using the clinic's own policy; its file is kept (renamed ``policy.replaced-…``)."""
        if not self.clinic_path.exists():
            return None
        stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
        target = self.folder / f"policy.replaced-{stamp}.toml"
        counter = 1
        while target.exists():
            counter += 1
            target = self.folder / f"policy.replaced-{stamp}-{counter}.toml"
        self.clinic_path.rename(target)
        self.clinic_last_good.unlink(missing_ok=True)
        self.pending.unlink(missing_ok=True)
        return target

    def export(self, policy: Policy, path: Path) -> None:
        from gui.core.policy_toml import dump_policy

        atomic_write_text(path, dump_policy(policy))

    @staticmethod
    def read(path: Path | str) -> PolicyResult:
        """Import: read and validate any policy file (the editor shows its problems). A file changed
        after it was approved comes in unsigned: whoever imports it signs it again, or not at all."""
        result = load_policy(path, approved=False)
        policy = result.policy
        if policy is None or changed_after_approval(policy) is None:
            return result
        return PolicyResult(policy._replace(approved_by=None, approved_on=None, fingerprint=""), ())

    def _fingerprinted(self, policy: Policy) -> Policy:
        """``policy`` with the fingerprint of what its file will say (see :func:`signed_policy`)."""
        from gui.core.policy_toml import signed_policy

        return signed_policy(policy._replace(source=str(self.clinic_path)))

    def _check_reads_back(self, text: str) -> None:
        probe = self.folder / ".policy-check.toml"
        atomic_write_text(probe, text)
        try:
            result = load_policy(probe)
        finally:
            probe.unlink(missing_ok=True)
        if result.problems:
            raise ValueError(_problem_notice(result))

    @staticmethod
    def _copy(source: Path, target: Path) -> None:
        try:
            text = read_small_text(source)
            if not target.is_file() or read_small_text(target) != text:
                atomic_write_text(target, text)
        except (OSError, UnicodeDecodeError):
            pass  # a missing backup must not stop the app; it is written again next time

    def _note_pending(self, kept: Path) -> None:
        with suppress(OSError):  # unwritable: the banner of this start still says it; later ones cannot
            atomic_write_text(self.pending, kept.name + "\n")

    @staticmethod
    def _keep_aside(path: Path) -> Path:
        try:
            return keep_broken(path)
        except OSError:
            return path
