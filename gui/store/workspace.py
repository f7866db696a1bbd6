"""Where this desk keeps the clinic's settings and policy: Qt's per-user folders (never patient data)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QStandardPaths

from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore
from gui.store.settings import SettingsStore


class Workspace(NamedTuple):
    """The desk's configuration folder (settings, the clinic's policies) and data folder."""

    config: Path
    data: Path

    @classmethod
    def for_user(cls) -> Workspace:
        location = QStandardPaths.StandardLocation
        return cls(
            Path(QStandardPaths.writableLocation(location.AppConfigLocation)),
            Path(QStandardPaths.writableLocation(location.AppDataLocation)),
        )

    @property
    def settings_store(self) -> SettingsStore:
        return SettingsStore(self.config)

    @property
    def policy_store(self) -> PolicyStore:
        return PolicyStore(self.config, default_policy_path())
