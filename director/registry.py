"""Backends find each other only through entry points: `director.planners`, `director.renderers`,
`director.voices` and `director.music`.

Built-ins register the same way a third-party package does (see pyproject.toml), so there is one path.
An entry point names a class (or factory) called with the backend's options as keyword arguments.
"""
from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from .errors import DirectorError

GROUPS = {"planner": "director.planners", "renderer": "director.renderers", "voice": "director.voices",
          "music": "director.music"}


def available(kind: str) -> dict[str, Any]:
    """Entry points of one kind ('planner' or 'renderer'), by name, not yet loaded."""
    return {ep.name: ep for ep in entry_points(group=GROUPS[kind])}


def require(kind: str, name: str) -> None:
    """Fail on an unknown backend name (listing the installed ones) before anything is created or computed."""
    if name not in available(kind):
        known = ", ".join(sorted(available(kind))) or "none"
        raise DirectorError(f"unknown {kind} '{name}' (installed: {known})")


def load(kind: str, name: str, **options: Any):
    """Instantiate the backend `name`, or raise a DirectorError listing the installed ones."""
    eps = available(kind)
    if name not in eps:
        known = ", ".join(sorted(eps)) or "none"
        raise DirectorError(f"unknown {kind} '{name}' (installed: {known})")
    factory = eps[name].load()
    return factory(**options)
