"""Director: screenplays to films.

    import director
    script = director.parse("my_script.fountain")
    plan = director.plan(script)                      # rules planner, offline
    result = director.make_film("my_script.fountain", "out/")

Heavy dependencies (torch, diffusers, langchain, ray) are imported only by the backends that need them.
"""
from __future__ import annotations

from .errors import DirectorError, InputError, MissingExtra
from .models import FilmPlan, Script

__version__ = "0.1.0"

__all__ = ["DirectorError", "FilmPlan", "InputError", "MissingExtra", "Script", "__version__",
           "make_film", "parse", "plan"]


def parse(source, *, format: str | None = None) -> Script:
    """Parse a path, a `pathlib.Path`, '-' (stdin) or screenplay text into a `Script`."""
    from .parsing import parse as _parse

    return _parse(source, format=format)


def plan(script_or_path, planner: str = "rules", **options) -> FilmPlan:
    """Plan a Script (or anything `parse` accepts) into a FilmPlan with the named planner."""
    from .planning import plan as _plan

    return _plan(script_or_path, planner=planner, **options)


def make_film(script_or_path, out_dir, planner: str = "rules", renderer: str = "animatic", **options):
    """Parse, plan, render and edit into `out_dir`; returns a result with the paths and the manifest."""
    from .pipeline import make_film as _make_film

    return _make_film(script_or_path, out_dir, planner=planner, renderer=renderer, **options)
