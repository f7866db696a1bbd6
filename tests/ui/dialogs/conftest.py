"""The policy editor's tests share one thing: a fresh policy store in the test's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore


@pytest.fixture
def store(tmp_path: Path) -> PolicyStore:
    return PolicyStore(tmp_path / "config", default_policy_path())
