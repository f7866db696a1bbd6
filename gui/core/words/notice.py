"""Messages made before anyone knows which language will show them: said in every language at once.

A :class:`Notice` is a ``str`` (its English text), so it travels wherever a message did (a banner
list, a ``ValueError``), and carries its other languages with it: the window's banner says it again
in the interface language, even after a switch. Pure Python: the stores that make notices need no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from gui.core.words.common import LANGUAGES


class Notice(str):
    """English as the string itself; ``text_in(lang)`` for any language the app speaks."""

    texts: dict[str, str]

    def __new__(cls, texts: dict[str, str]) -> Notice:
        notice = super().__new__(cls, texts.get("en", ""))
        notice.texts = dict(texts)
        return notice

    def text_in(self, lang: str) -> str:
        return self.texts.get(lang) or str.__str__(self)


def notice(say: Callable[[str], str]) -> Notice:
    """A notice from a function that says it in a language: ``notice(lambda lang: …)``."""
    return Notice({lang: say(lang) for lang in LANGUAGES})


def said_in(message: object, lang: str) -> str:
    """A message in ``lang`` when it is a notice (or an exception carrying one); else as it is."""
    if isinstance(message, BaseException) and message.args and isinstance(message.args[0], Notice):
        message = message.args[0]
    return message.text_in(lang) if isinstance(message, Notice) else str(message)
