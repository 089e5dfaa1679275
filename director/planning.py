"""`director.plan`: a script (or a path, or text) to a validated FilmPlan with the named planner.

Planners are found through the registry like any other backend, so a third-party planner is planned, checked
and reported exactly as the built-in ones are.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DirectorError
from .layout import validate
from .models import FilmPlan, Script
from .registry import load

if TYPE_CHECKING:   # pragma: no cover
    from .events import EventStream
    from .store import ArtifactStore

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


def _plan_key(script: Script, planner: str, planner_options: dict, config: dict, planner_obj: Any) -> str:
    from . import __version__

    h = hashlib.sha256()
    # A planner's `identity` (if it has one) covers settings that arrive outside the options: the LLM
    # planner's model and server from OPENAI_* variables or a config file, its prompt templates.
    h.update(json.dumps({"planner": planner, "options": planner_options, "config": config,
                         "identity": getattr(planner_obj, "identity", None), "director": __version__},
                        sort_keys=True, default=str).encode())
    h.update(script.model_dump_json().encode())
    module = sys.modules.get(type(planner_obj).__module__)
    folder = Path(module.__file__).parent if module is not None and getattr(module, "__file__", None) else None
    here = Path(__file__).resolve().parent
    sources = sorted(folder.glob("*.py")) if folder is not None else []
    sources += [here / n for n in ("planning.py", "layout.py", "poses.py", "models.py")]
    for f in sources:
        if f.is_file():
            h.update(f.read_bytes())
    return "planning-" + h.hexdigest()


def plan_cached(script_or_path, planner: str, planner_options: dict, config: dict, store: ArtifactStore,
                 events: EventStream) -> tuple[FilmPlan, dict]:
    """Parse and plan, reusing the store's copy when the script, planner and options are unchanged.

    Returns the plan and what the manifest records of planning (cache hit or miss, seconds, the planner's
    usage such as LLM tokens, the store key to keep, the script's source). Reported as the task `planning` on
    `events`.
    """
    from .manifest import jsonable
    from .parsing import parse

    t0 = time.perf_counter()
    script = script_or_path if isinstance(script_or_path, Script) else parse(script_or_path)
    planner_obj = load("planner", planner, **{**planner_options, **config})   # as director.planning.plan does
    key = _plan_key(script, planner, planner_options, config, planner_obj)
    events.emit("task_started", task="planning", stage="planning", shot=None)
    cached = store.get(key)
    if cached is not None:
        plan = FilmPlan.model_validate_json(cached.path("plan.json").read_text(encoding="utf-8"))
        info = {"hits": 1, "misses": 0, "seconds": round(time.perf_counter() - t0, 6),
                "usage": cached.meta.get("usage"), "source": script.source}
        events.emit("task_cached", task="planning", stage="planning", shot=None, seconds=info["seconds"])
        return plan, info
    plan = planner_obj.plan(script, config)
    problems = validate(plan)
    if problems:
        raise InvalidPlan(planner, problems)
    usage = jsonable(getattr(planner_obj, "report", None) or getattr(planner_obj, "usage", None))
    with store.writer(key, "planning", t0) as w:
        w.write_text("plan.json", plan.model_dump_json(indent=2))
        w.meta["usage"] = usage
    seconds = round(time.perf_counter() - t0, 6)
    events.emit("task_finished", task="planning", stage="planning", shot=None, seconds=seconds)
    return plan, {"hits": 0, "misses": 1, "seconds": seconds, "usage": usage, "key": key, "source": script.source}


__all__ = ["InvalidPlan", "plan", "plan_cached"]
