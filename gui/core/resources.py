"""The one helper that finds files under ``resources/``: in a source tree, an installed wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourceNotFound(FileNotFoundError):
    """A resource that is not there; the message lists the names that are."""


@cache
def resources_root() -> Path:
    """The resources folder: ``gui/_resources`` in a wheel or bundle, ``resources/`` in a checkout."""
    package_dir = Path(__file__).resolve().parents[1]  # gui/ (this file is gui/core/resources.py)
    candidates = [package_dir / "_resources", package_dir.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "gui" / "_resources")
    for candidate in candidates:
        if (candidate / "policy").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ResourceNotFound(f"the resources folder is missing; looked in: {tried}")


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("policy", "default.toml")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        parent = path.parent
        known = sorted(p.name for p in parent.iterdir()) if parent.is_dir() else []
        raise ResourceNotFound(
            f"resource {'/'.join(parts)!r} not found; known in {parent.name}/: {', '.join(known) or 'none'}"
        )
    return path


def default_policy_path() -> Path:
    return resource_path("policy", "default.toml")
