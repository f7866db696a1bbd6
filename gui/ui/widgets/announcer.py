"""Says a changed answer to a screen reader once, after typing pauses.

The window hands over the headline's words after every edit; only the words still current when the
typing has paused for :data:`PAUSE_MS` are announced, and only when they differ from the last ones said.
So a half-typed date is never spoken, an unchanged answer is never repeated, and an answer that changes
and changes back while the person types is not announced at all.

Qt delivers the announcement to the platform's accessibility bridge (an AT-SPI ``Announcement`` signal
on Linux, which Orca speaks; UIA notifications on Windows; NSAccessibility on macOS), politely: it waits
for the screen reader to finish what it is saying.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.ui.widgets.accessible import announce

PAUSE_MS = 800  # longer than the gap between two keys of a person typing; short enough to feel at once


class Announcer(QObject):
    """Debounced, de-duplicated polite announcements on behalf of ``speaker`` (the headline)."""

    announced = Signal(str)  # each announcement, as said (tests and diagnostics listen)

    def __init__(self, speaker: QObject, pause_ms: int = PAUSE_MS) -> None:
        super().__init__(speaker)
        self._speaker = speaker
        self._said: str | None = None  # what the person last heard (or saw first, unannounced)
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._announce)

    def prime(self, words: str) -> None:
        """The answer the window opens with: on screen, read with the window, not announced."""
        self._said = self._pending = words
        self._timer.stop()

    def say(self, words: str) -> None:
        """The answer now; announced when it still holds after the pause, unless already said."""
        self._pending = words
        if self._said is None:
            self.prime(words)
        elif words == self._said:
            self._timer.stop()  # back to what was said: nothing new to hear
        else:
            self._timer.start()  # (re)starts the pause

    @property
    def current(self) -> str:
        """The words the person has heard, or will hear after the pause."""
        return self._pending

    @Slot()
    def _announce(self) -> None:
        words = self._pending
        if not words or words == self._said:
            return
        self._said = words
        announce(self._speaker, words)
        self.announced.emit(words)
