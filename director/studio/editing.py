"""A writer's edit of one shot, applied to a FilmPlan so that the plan stays valid and only that shot changes.

The studio's edit form carries plain strings; this module turns them into a new plan. A new duration is
snapped to whole frames (the planners' and validator's rule) and the shot's timed material — keyframes,
dialogue, scene-graph edges — is stretched with it, keyframes landing on frames with the first at 0 and the
last on the shot's last frame. Nothing else in the plan is touched, so the pipeline's task keys of every other
shot stay the same and the re-render costs that one shot (plus neighbours whose handles a new transition
changes) and the final cut.
"""
from __future__ import annotations

import math
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..models import Camera, FilmPlan, Shot, Transition


def _number(value: Any, field: str, shot_id: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"shot {shot_id}: {field} must be a number of seconds, not {value!r}") from None
    if not math.isfinite(number):
        raise InputError(f"shot {shot_id}: {field} must be a finite number, not {value!r}")
    return number


def _validated(model, data: dict[str, Any], part: str, shot_id: str):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"shot {shot_id}: {part}.{where}: {first['msg']}") from None


def retime_shot(shot: Shot, duration: float, fps: int) -> Shot:
    """`shot` lasting `duration` seconds (snapped to whole frames), its timed material stretched to fit."""
    frames = max(1, round(duration * fps))
    new_duration = frames / fps
    old_frames = max(1, round(shot.duration * fps))
    if frames == old_frames:
        return shot.model_copy(update={"duration": new_duration})
    if len(shot.keyframes) > frames:
        raise InputError(f"shot {shot.id}: {duration:g} s is {frames} frames at {fps} fps, fewer than its "
                         f"{len(shot.keyframes)} keyframes; make it longer")
    ratio = new_duration / shot.duration
    old_last, new_last = old_frames - 1, frames - 1
    keyframes, previous = [], -1
    for i, kf in enumerate(shot.keyframes):
        index = round(kf.t * fps * new_last / old_last) if old_last else 0
        # keep times strictly increasing on whole frames, and leave room for the keyframes still to come
        index = max(index, previous + 1)
        index = min(index, new_last - (len(shot.keyframes) - 1 - i))
        keyframes.append(kf.model_copy(update={"t": index / fps}))
        previous = index

    def clamp(t: float) -> float:
        return min(new_duration, max(0.0, round(t * ratio, 6)))

    dialogue = [d.model_copy(update={"start": clamp(d.start), "end": clamp(d.end)}) for d in shot.dialogue]
    graph = [e.model_copy(update={"start": clamp(e.start), "end": clamp(e.end)}) for e in shot.scene_graph]
    return shot.model_copy(update={"duration": new_duration, "keyframes": keyframes, "dialogue": dialogue,
                                   "scene_graph": graph})


def edit_shot(plan: FilmPlan, shot_id: str, form: dict[str, Any]) -> FilmPlan:
    """A copy of `plan` with shot `shot_id` edited from form fields.

    Fields (all optional): description, duration, camera_size, camera_angle, camera_movement,
    transition_type, transition_duration, transition_direction. Bad values raise InputError naming the
    shot and the field; the plan passed in is never modified.
    """
    index = next((i for i, s in enumerate(plan.shots) if s.id == shot_id), None)
    if index is None:
        raise InputError(f"no shot '{shot_id}' in the plan")
    shot = plan.shots[index]

    if form.get("duration") not in (None, ""):
        duration = _number(form["duration"], "duration", shot_id)
        if duration <= 0:
            raise InputError(f"shot {shot_id}: duration must be positive, not {form['duration']!r}")
        shot = retime_shot(shot, duration, plan.fps)

    update: dict[str, Any] = {}
    if form.get("description") is not None:
        update["description"] = str(form["description"]).strip()
    camera = shot.camera.model_dump()
    for part in ("size", "angle", "movement"):
        if form.get(f"camera_{part}"):
            camera[part] = form[f"camera_{part}"]
    update["camera"] = _validated(Camera, camera, "camera", shot_id)

    transition = shot.transition_in.model_dump()
    if form.get("transition_type"):
        transition["type"] = form["transition_type"]
    if form.get("transition_duration") not in (None, ""):
        transition["duration"] = _number(form["transition_duration"], "transition duration", shot_id)
    if "transition_direction" in form:
        transition["direction"] = form["transition_direction"] or None
    if transition["type"] == "cut":
        transition["duration"], transition["direction"] = 0.0, None
    elif transition["type"] != "wipe":
        transition["direction"] = None
    update["transition_in"] = _validated(Transition, transition, "transition", shot_id)

    shots = list(plan.shots)
    shots[index] = shot.model_copy(update=update)
    return plan.model_copy(update={"shots": shots})


def changed_shots(before: FilmPlan, after: FilmPlan) -> list[str]:
    """Ids of shots whose content differs between two plans (what a re-render has to redo)."""
    old = {s.id: s for s in before.shots}
    return [s.id for s in after.shots if old.get(s.id) != s]


def replace_shot(plan: FilmPlan, fresh: FilmPlan, shot_id: str) -> FilmPlan:
    """`plan` with shot `shot_id` taken from `fresh` (a new planning of the same script); nothing else changes.

    This is "re-plan this shot": the writer's edits to other shots stay, and entities the fresh shot needs
    that the plan lacks are added to the bible. The fresh plan must have been made at the plan's frame rate
    (keyframe times are frame-exact).
    """
    if fresh.fps != plan.fps:
        raise InputError(f"the fresh plan runs at {fresh.fps} fps, the plan at {plan.fps}; re-plan at {plan.fps}")
    index = next((i for i, s in enumerate(plan.shots) if s.id == shot_id), None)
    if index is None:
        raise InputError(f"no shot '{shot_id}' in the plan")
    new = next((s for s in fresh.shots if s.id == shot_id), None)
    if new is None:
        raise InputError(f"the planner no longer makes a shot '{shot_id}' from this script; re-plan the whole script")
    known = {e.id for e in plan.entities}
    used = {o.entity for k in new.keyframes for o in k.objects} | {e.subject for e in new.scene_graph} | {
        e.object for e in new.scene_graph}
    added = [e for e in fresh.entities if e.id in used and e.id not in known]
    shots = list(plan.shots)
    shots[index] = new
    return plan.model_copy(update={"shots": shots, "entities": list(plan.entities) + added})
