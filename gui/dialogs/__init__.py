"""Dialogs opened from the main window: clinic settings and the timing-policy editor."""

from .policy_editor import PolicyEditor
from .settings_dialog import SettingsDialog

__all__ = ["PolicyEditor", "SettingsDialog"]
