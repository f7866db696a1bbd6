"""Dialogs opened from the main window: clinic settings and the timing-policy editor."""

from gui.ui.dialogs.policy_editor import PolicyEditor
from gui.ui.dialogs.settings_dialog import SettingsDialog

__all__ = ["PolicyEditor", "SettingsDialog"]
