"""`director.plan`: a script (or a path, or text) to a validated FilmPlan with the named planner.

Planners are found through the registry like any other backend, so a third-party planner is planned, checked
and reported exactly as the built-in ones are.
"""
from __future__ import annotations

from typing import Any

from .errors import DirectorError
from .layout import validate
from .models import FilmPlan, Script
from .registry import load

PLAN_OPTIONS = ("fps", "width", "height", "seed", "style")


class InvalidPlan(DirectorError):
    """A planner returned a plan that does not validate; carries the problems."""

    def __init__(self, planner: str, problems):
        self.problems = list(problems)
        shown = "; ".join(p.message for p in self.problems[:3])
        more = f" (and {len(self.problems) - 3} more)" if len(self.problems) > 3 else ""
        super().__init__(f"planner '{planner}' produced an invalid plan: {shown}{more}")


def plan(script_or_path, planner: str = "rules", **options: Any) -> FilmPlan:
    """Parse if needed, plan with `planner` (options go to the planner), and validate the result.

    Raises `InvalidPlan` (a DirectorError) rather than handing an unrenderable plan downstream.
    """
    if isinstance(script_or_path, Script):
        script = script_or_path
    else:
        from .parsing import parse

        script = parse(script_or_path)
    backend = load("planner", planner, **options)
    config = {k: options[k] for k in PLAN_OPTIONS if options.get(k) is not None}
    result = backend.plan(script, config)
    problems = validate(result)
    if problems:
        raise InvalidPlan(planner, problems)
    return result


__all__ = ["InvalidPlan", "plan"]
