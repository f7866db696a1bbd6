"""The clinic whose name heads the handout: plain values; the settings that fill them come later."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Clinic:
    """Name, address, phone and website; any may be empty, and an empty one is simply not printed."""

    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""

    def __post_init__(self) -> None:
        for field in ("name", "address", "phone", "website"):
            object.__setattr__(self, field, str(getattr(self, field)).strip())

    @property
    def is_set(self) -> bool:
        return any((self.name, self.address, self.phone, self.website))

    @property
    def address_line(self) -> str:
        """The address on one line: its lines joined with commas."""
        return ", ".join(" ".join(line.split()) for line in self.address.splitlines() if line.strip())

    @property
    def contact(self) -> tuple[str, ...]:
        """Phone and website, the non-empty ones, in that order."""
        return tuple(part for part in (self.phone, self.website) if part)
