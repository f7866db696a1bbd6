"""The clinic whose name heads the handout: plain values; the settings that fill them come later."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple, Self

_FIELDS = ("name", "address", "phone", "website", "logo")


class _ClinicFields(NamedTuple):
    """The clinic's fields, as typed; :class:`Clinic` is what the app uses."""

    name: str
    address: str
    phone: str
    website: str
    logo: str


class Clinic(_ClinicFields):
    """Name, address, phone, website and logo; any may be empty, and an empty one is simply not printed.

    ``logo`` is the path of a PNG or SVG file (the settings check it); a file that is missing or cannot
    be read when the handout is drawn is left out, never an error. Each is kept without the spaces
    around it, however it is made (a named tuple, as cheap to define as to make; see gui.core.history).
    """

    __slots__ = ()

    def __new__(
        cls, name: str = "", address: str = "", phone: str = "", website: str = "", logo: str = ""
    ) -> Clinic:
        parts = (str(part).strip() for part in (name, address, phone, website, logo))
        return super().__new__(cls, *parts)

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Self:  # type: ignore[override]  # _replace comes here: checked too
        return cls(*iterable)

    @property
    def is_set(self) -> bool:
        """Whether the clinic has anything to print at the top of a handout (its logo included)."""
        return any(getattr(self, field) for field in _FIELDS)

    @property
    def has_text(self) -> bool:
        return any((self.name, self.address, self.phone, self.website))

    @property
    def address_line(self) -> str:
        """The address on one line: its lines joined with commas."""
        return ", ".join(" ".join(line.split()) for line in self.address.splitlines() if line.strip())

    @property
    def place(self) -> str:
        """Where an appointment is, for a calendar event: the clinic's name and address on one line."""
        return ", ".join(part for part in (self.name, self.address_line) if part)

    @property
    def contact(self) -> tuple[str, ...]:
        """Phone and website, the non-empty ones, in that order."""
        return tuple(part for part in (self.phone, self.website) if part)
