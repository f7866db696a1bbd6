"""Shared fixtures for the timing-core tests: the shipped policy and a fixed 'today'."""

from __future__ import annotations

from datetime import date

import pytest

from gui.core import Policy, load_policy_or_raise
from gui.core.resources import default_policy_path

# A Tuesday. Test modules repeat this literal: they need it while building their parameter tables.
TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def policy() -> Policy:
    """The default policy shipped in resources/policy/default.toml (session-wide: it is frozen)."""
    return load_policy_or_raise(default_policy_path())
