"""`director.plan`: a script (or a path, or text) to a validated FilmPlan with the named planner; and
`replan_shot`: one shot of a plan planned again, keeping what the writer fixed in it (`ShotConstraints`).

Planners are found through the registry like any other backend, so a third-party planner is planned, checked
and reported exactly as the built-in ones are.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DirectorError
from .layout import validate
from .models import Box, Entity, FilmPlan, SceneObject, Script, Shot
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



# ----------------------------------------------------------------------------------------------------------------
# Re-planning one shot
# ----------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShotConstraints:
    """What a writer fixed in one shot: a planner's new version of the shot must keep it.

    The values are the shot's own, as the plan passed to `plan_shot` holds them; the constraints only say which
    of them are the writer's. `cast`: exactly the entities now in the shot; `camera`: its size, angle and
    movement; `boxes`: the entities whose boxes (per keyframe, absence included) the writer placed.
    """

    cast: bool = False
    camera: bool = False
    boxes: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "ShotConstraints":
        data = data or {}
        return cls(cast=bool(data.get("cast")), camera=bool(data.get("camera")),
                   boxes=frozenset(str(b) for b in data.get("boxes") or ()))

    def as_dict(self) -> dict[str, Any]:
        return {"cast": self.cast, "camera": self.camera, "boxes": sorted(self.boxes)}

    def __bool__(self) -> bool:
        return self.cast or self.camera or bool(self.boxes)


def refit_keypoints(keypoints: list | None, source: Box, target: Box) -> list | None:
    """Keypoints drawn in box `source`, carried into box `target` (the same pose, moved and stretched).

    Points that land outside the frame are marked absent (v = 0) and kept on its edge, as `director.poses`
    does for bodies a close framing cuts.
    """
    if keypoints is None:
        return None
    sx0, sy0, sx1, sy1 = source
    tx0, ty0, tx1, ty1 = target
    fx = (tx1 - tx0) / (sx1 - sx0) if sx1 > sx0 else 1.0
    fy = (ty1 - ty0) / (sy1 - sy0) if sy1 > sy0 else 1.0
    out = []
    for x, y, v in keypoints:
        nx, ny = tx0 + (x - sx0) * fx, ty0 + (y - sy0) * fy
        inside = 0.0 <= nx <= 1.0 and 0.0 <= ny <= 1.0
        out.append((round(min(max(nx, 0.0), 1.0), 4), round(min(max(ny, 0.0), 1.0), 4), v if inside else 0.0))
    return out


def _matching(old: Shot, new: Shot) -> list[int | None]:
    """For each keyframe of `new`, the keyframe of `old` it stands for (same index, else the nearest in time)."""
    if not old.keyframes:
        return [None] * len(new.keyframes)
    if len(old.keyframes) == len(new.keyframes):
        return list(range(len(new.keyframes)))
    scale = old.duration / new.duration if new.duration else 1.0
    return [min(range(len(old.keyframes)), key=lambda j: abs(old.keyframes[j].t - kf.t * scale))
            for kf in new.keyframes]


def apply_constraints(old: Shot, new: Shot, constraints: ShotConstraints | None) -> Shot:
    """`new` (a planner's version of `old`) made to keep what the writer fixed in `old`.

    Planners that honour constraints themselves pass through unchanged; for one that does not (or honours them
    only in part) this is what makes "re-plan keeps my fixes" true for every planner.
    """
    if not constraints:
        return new
    match = _matching(old, new)
    update: dict[str, Any] = {}
    if constraints.camera:
        update["camera"] = old.camera
    keyframes = [kf.model_copy(update={"objects": list(kf.objects)}) for kf in new.keyframes]
    if constraints.cast:
        cast = {o.entity for kf in old.keyframes for o in kf.objects}
        for i, kf in enumerate(keyframes):
            kf.objects = [o for o in kf.objects if o.entity in cast]
            placed = {o.entity for o in kf.objects}
            j = match[i]
            if j is not None:   # someone the writer put in and the planner left out: as the writer placed them
                kf.objects += [o for o in old.keyframes[j].objects if o.entity not in placed]
        graph = [e for e in new.scene_graph if e.subject in cast and e.object in cast]
        update["scene_graph"] = graph
    for entity in constraints.boxes:
        for i, kf in enumerate(keyframes):
            j = match[i]
            if j is None:
                continue
            pinned = next((o for o in old.keyframes[j].objects if o.entity == entity), None)
            mine = next((k for k, o in enumerate(kf.objects) if o.entity == entity), None)
            if pinned is None:
                if mine is not None:
                    del kf.objects[mine]
                continue
            if mine is None:
                kf.objects.append(pinned)
                continue
            ours = kf.objects[mine]
            keypoints = refit_keypoints(ours.keypoints, ours.box, pinned.box) if ours.keypoints is not None \
                else pinned.keypoints
            kf.objects[mine] = SceneObject(entity=entity, box=pinned.box, keypoints=keypoints)
    update["keyframes"] = keyframes
    return new.model_copy(update=update)


def replace_shot(plan: FilmPlan, shot: Shot, entities: list[Entity] = ()) -> FilmPlan:
    """`plan` with the shot of `shot.id` replaced by `shot` (and `entities` it needs added to the bible)."""
    known = {e.id for e in plan.entities}
    shots = [shot if s.id == shot.id else s for s in plan.shots]
    return plan.model_copy(update={"shots": shots,
                                   "entities": list(plan.entities) + [e for e in entities if e.id not in known]})


def plans_shots(planner: str) -> bool:
    """Whether the installed planner `planner` re-plans one shot itself (has `plan_shot`), without making one."""
    from .registry import available

    ep = available("planner").get(planner)
    if ep is None:
        return False
    try:
        return callable(getattr(ep.load(), "plan_shot", None))
    except Exception:   # a planner whose extra is missing plans nothing
        return False


def replan_shot(plan: FilmPlan, shot_id: str, planner: str = "rules", constraints: ShotConstraints | None = None,
                *, script: Script | None = None, **options: Any) -> FilmPlan:
    """`plan` with shot `shot_id` planned again by `planner`, keeping what the writer fixed; validated.

    A planner with `plan_shot(plan, shot_id, constraints, config) -> Shot` re-plans that one shot from the
    shot as `plan` holds it (its description, dialogue, camera, cast). One without it re-plans `script` whole
    and its shot of that id is taken (so `script` is needed then). Either way `apply_constraints` keeps the
    writer's cast, camera and boxes, and the result must validate with no problem the plan did not already
    have: `InvalidPlan` otherwise. Nothing else in the plan changes.
    """
    old = next((s for s in plan.shots if s.id == shot_id), None)
    if old is None:
        raise DirectorError(f"no shot '{shot_id}' in the plan")
    constraints = constraints or ShotConstraints()
    options = {"fps": plan.fps, "width": plan.width, "height": plan.height, "style": plan.style, **options}
    backend = load("planner", planner, **options)
    config = {k: options[k] for k in PLAN_OPTIONS if options.get(k) is not None}
    entities: list[Entity] = []
    if callable(getattr(backend, "plan_shot", None)):
        new = backend.plan_shot(plan, shot_id, constraints, config)
    elif script is not None:
        fresh = backend.plan(script, config)
        new = next((s for s in fresh.shots if s.id == shot_id), None)
        if new is None:
            raise DirectorError(f"planner '{planner}' no longer makes a shot '{shot_id}' from this script; "
                                f"re-plan the whole script")
        if fresh.fps != plan.fps:
            raise DirectorError(f"planner '{planner}' planned at {fresh.fps} fps, the plan is at {plan.fps}")
        entities = list(fresh.entities)
    else:
        raise DirectorError(f"planner '{planner}' cannot re-plan one shot (it has no plan_shot) and no script "
                            f"was given to re-plan whole")
    new = apply_constraints(old, new.model_copy(update={"id": old.id, "scene": old.scene}), constraints)
    used = {o.entity for kf in new.keyframes for o in kf.objects} | {e.subject for e in new.scene_graph} | {
        e.object for e in new.scene_graph}
    result = replace_shot(plan, new, [e for e in entities if e.id in used])
    before = {str(p) for p in validate(plan)}
    problems = [p for p in validate(result) if str(p) not in before]
    if problems:
        raise InvalidPlan(planner, problems)
    return result


__all__ = ["InvalidPlan", "ShotConstraints", "apply_constraints", "plan", "plan_cached", "plans_shots",
           "refit_keypoints", "replace_shot", "replan_shot"]
