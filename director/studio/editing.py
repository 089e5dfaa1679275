"""A writer's edit of one shot, applied to a FilmPlan so that the plan stays valid and only that shot changes.

The studio's edit form carries plain strings; this module turns them into a new plan. A new duration is
snapped to whole frames (the planners' and validator's rule) and the shot's timed material — keyframes,
dialogue, scene-graph edges — is stretched with it, keyframes landing on frames with the first at 0 and the
last on the shot's last frame. Nothing else in the plan is touched, so the pipeline's task keys of every other
shot stay the same and the re-render costs that one shot (plus neighbours whose handles a new transition
changes) and the final cut.

The layout editor's edits (`apply_layout`: who is in the shot, their boxes, their poses) and the camera's
re-framing (`reframe`) work the same way, as do the cast's (`edit_entity`, `add_entity`, `remove_entity`: a
bible entry's change re-renders only the shots it appears in). What the writer fixed by hand — the cast, a
box, the camera — is returned as `director.planning.ShotConstraints`, which the studio keeps per shot so a
re-plan keeps it.
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..errors import InputError
from ..models import Camera, FilmPlan, SceneObject, Shot, Transition
from ..planning import refit_keypoints

if TYPE_CHECKING:
    from ..planning import ShotConstraints


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


def seconds_shown(seconds: float) -> str:
    """A duration as the edit form shows it ("2.79", not 2.7916666666666665). A field sent back as shown is
    left alone: the shot keeps its exact, frame-snapped duration."""
    return f"{seconds:.2f}"


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

    if form.get("duration") not in (None, "") and str(form["duration"]).strip() != seconds_shown(shot.duration):
        duration = _number(form["duration"], "duration", shot_id)
        if duration <= 0:
            raise InputError(f"shot {shot_id}: duration must be positive, not {form['duration']!r}")
        shot = retime_shot(shot, duration, plan.fps)

    update: dict[str, Any] = {}
    if form.get("description") is not None and " ".join(str(form["description"]).split()) != " ".join(
            shot.description.split()):   # sent back as shown (a browser rewraps lines): unchanged
        update["description"] = " ".join(str(form["description"]).split())
        if len(update["description"]) > MAX_DESCRIPTION:
            raise InputError(f"shot {shot_id}: the description is {len(update['description'])} characters; "
                             f"keep it under {MAX_DESCRIPTION}")
    camera = shot.camera.model_dump()
    for part in ("size", "angle", "movement"):
        if form.get(f"camera_{part}"):
            camera[part] = form[f"camera_{part}"]
    update["camera"] = _validated(Camera, camera, "camera", shot_id)

    transition = shot.transition_in.model_dump()
    if form.get("transition_type"):
        transition["type"] = form["transition_type"]
    if form.get("transition_duration") not in (None, "") and \
            str(form["transition_duration"]).strip() != seconds_shown(shot.transition_in.duration):
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


# ----------------------------------------------------------------------------------------------------------------
# The layout editor: who is in a shot, where, in which pose; and the camera re-framing them
# ----------------------------------------------------------------------------------------------------------------

MAX_OBJECTS = 32
"""Objects one keyframe may hold in an edit (the rules planner stages at most 8)."""
BOX_EPS = 1e-4
"""Box coordinates closer than this are the same box (the editor rounds to 4 decimals)."""


def _shot_index(plan: FilmPlan, shot_id: str) -> int:
    index = next((i for i, s in enumerate(plan.shots) if s.id == shot_id), None)
    if index is None:
        raise InputError(f"no shot '{shot_id}' in the plan")
    return index


def _box(value: Any, where: str) -> tuple[float, float, float, float]:
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        raise InputError(f"{where}: a box is four numbers [x0, y0, x1, y1], not {str(value)[:60]}")
    try:
        box = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: a box is four numbers [x0, y0, x1, y1], not {str(value)[:60]}") from None
    if not all(math.isfinite(v) for v in box):
        raise InputError(f"{where}: box {list(box)} is not finite")
    x0, y0, x1, y1 = (round(min(max(v, 0.0), 1.0), 4) for v in box)   # dragged past the edge: on the edge
    if x1 - x0 < 0.005 or y1 - y0 < 0.005:
        raise InputError(f"{where}: box {list(box)} has no area inside the frame")
    return x0, y0, x1, y1


def _same_box(a, b) -> bool:
    return all(abs(x - y) <= BOX_EPS for x, y in zip(a, b))


def layout_view(plan: FilmPlan, shot_id: str, pins: "ShotConstraints | None" = None) -> dict[str, Any]:
    """What the browser's layout editor loads: the shot's keyframe layouts, the bible, the pose library."""
    from ..drawing import OPENPOSE_LIMBS, entity_color
    from ..poses import TEMPLATES
    from ..planning import ShotConstraints

    shot = plan.shots[_shot_index(plan, shot_id)]
    return {
        "shot": shot.id, "width": plan.width, "height": plan.height, "fps": plan.fps,
        "camera": shot.camera.model_dump(),
        "keyframes": [{"t": kf.t, "objects": [{"entity": o.entity, "box": list(o.box),
                                               "keypoints": [list(k) for k in o.keypoints] if o.keypoints else None}
                                              for o in kf.objects]} for kf in shot.keyframes],
        "entities": [{"id": e.id, "name": e.name, "kind": e.kind,
                      "color": "#%02x%02x%02x" % entity_color(e.id)} for e in plan.entities],
        "poses": list(TEMPLATES), "limbs": [list(pair) for pair in OPENPOSE_LIMBS],
        "sizes": list(Camera.model_fields["size"].annotation.__args__),
        "angles": list(Camera.model_fields["angle"].annotation.__args__),
        "pins": (pins or ShotConstraints()).as_dict(),
    }


def _rename_in_prompts(shot: Shot, names: dict[str, str]) -> list:
    """Keyframes whose prompts name the swapped-in entities instead of the swapped-out ones."""
    if not names:
        return shot.keyframes
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    return [kf.model_copy(update={"prompt": pattern.sub(lambda m: names[m.group(1)], kf.prompt)})
            for kf in shot.keyframes]


def apply_layout(plan: FilmPlan, shot_id: str, edit: dict[str, Any],
                 pins: "ShotConstraints | None" = None) -> tuple[FilmPlan, "ShotConstraints"]:
    """The plan with the layout editor's `edit` of one shot applied, and what the writer has now fixed there.

    `edit`: {"keyframes": [[{"entity", "box"}, …] per keyframe], "poses": {entity: {"pose", "facing"}},
    "swaps": {old entity: new entity}}. Entities must be in the bible; a person's skeleton follows its box (a
    moved or stretched box carries its pose along), takes the pose picked from the pose library, or stands for
    someone new to the shot. Whoever the writer added, removed or swapped fixes the cast; every box that moved
    is pinned (kept by a re-plan). The camera is not part of this edit: see `reframe`.
    """
    from .. import poses
    from ..planning import ShotConstraints

    index = _shot_index(plan, shot_id)
    shot = plan.shots[index]
    entities = {e.id: e for e in plan.entities}
    rows = edit.get("keyframes")
    if not isinstance(rows, list) or len(rows) != len(shot.keyframes):
        raise InputError(f"shot {shot_id}: the edit must give the objects of all {len(shot.keyframes)} keyframes")
    swaps = edit.get("swaps") or {}
    chosen = edit.get("poses") or {}
    if not isinstance(swaps, dict) or not isinstance(chosen, dict):
        raise InputError(f"shot {shot_id}: swaps and poses must be objects keyed by entity id")
    for old_id, new_id in swaps.items():
        if new_id not in entities:
            raise InputError(f"shot {shot_id}: cannot swap in '{new_id}', which is not in the bible")
    for eid, choice in chosen.items():
        pose = choice.get("pose") if isinstance(choice, dict) else None
        facing = choice.get("facing", "front") if isinstance(choice, dict) else None
        if pose not in poses.TEMPLATES or facing not in ("front", "left", "right"):
            raise InputError(f"shot {shot_id}: '{eid}' gets pose {pose!r} facing {facing!r}; poses are "
                             f"{', '.join(poses.TEMPLATES)}, facing front, left or right")
    swapped_from = {new: old for old, new in swaps.items()}

    keyframes, moved = [], set()
    for k, (kf, row) in enumerate(zip(shot.keyframes, rows)):
        if not isinstance(row, list) or len(row) > MAX_OBJECTS:
            raise InputError(f"shot {shot_id}, keyframe {k}: give a list of at most {MAX_OBJECTS} objects")
        before = {o.entity: o for o in kf.objects}
        objects, seen = [], set()
        for item in row:
            eid = item.get("entity") if isinstance(item, dict) else None
            if eid not in entities:
                raise InputError(f"shot {shot_id}, keyframe {k}: '{eid}' is not in the bible; add it to the "
                                 f"cast first")
            if eid in seen:
                raise InputError(f"shot {shot_id}, keyframe {k}: '{eid}' is placed twice")
            seen.add(eid)
            box = _box(item.get("box"), f"shot {shot_id}, keyframe {k}, '{eid}'")
            old = before.get(eid) or before.get(swapped_from.get(eid, ""))
            if old is None or not _same_box(old.box, box) or eid not in before:
                moved.add(eid)
            keypoints = None
            if entities[eid].kind == "person":
                if eid in chosen:
                    keypoints = poses.keypoints(chosen[eid]["pose"], box, chosen[eid].get("facing", "front"),
                                                phase=k, visible=box)
                    moved.add(eid)
                elif old is not None and old.keypoints is not None:
                    keypoints = refit_keypoints(old.keypoints, old.box, box)
                else:
                    keypoints = poses.keypoints("stand", box, "front", visible=box)
            objects.append(SceneObject(entity=eid, box=box, keypoints=keypoints))
        keyframes.append(kf.model_copy(update={"objects": objects}))

    cast_before = {o.entity for kf in shot.keyframes for o in kf.objects}
    cast_after = {o.entity for kf in keyframes for o in kf.objects}
    renamed = {entities[o].name: entities[n].name for o, n in swaps.items() if o in entities and o != n}
    edited = shot.model_copy(update={"keyframes": keyframes})
    edited = edited.model_copy(update={"keyframes": _rename_in_prompts(edited, renamed)})
    graph = [e.model_copy(update={"subject": swaps.get(e.subject, e.subject), "object": swaps.get(e.object, e.object)})
             for e in shot.scene_graph]
    edited = edited.model_copy(update={"scene_graph": [e for e in graph if e.subject in cast_after
                                                       and e.object in cast_after and e.subject != e.object]})
    pins = pins or ShotConstraints()
    new_pins = ShotConstraints(cast=pins.cast or cast_after != cast_before, camera=pins.camera,
                               boxes=frozenset((pins.boxes | moved) & cast_after))
    shots = list(plan.shots)
    shots[index] = edited
    return plan.model_copy(update={"shots": shots}), new_pins


def _framing(size: str) -> tuple[float, float | None, float | None]:
    """(a standing person's height in frame heights, the head-top line, the feet line) of a shot size: the
    framing the rules planner stages to, so a re-framed box and a re-staged figure agree."""
    from planners.rules.staging import FRAMING

    return FRAMING[size]


def zoom_box(box, keypoints, old_size: str, new_size: str):
    """A box (and its keypoints) as a camera re-framing from `old_size` to `new_size` sees it: scaled by the ratio
    of the framings about the frame's middle and the line the framing keeps (head tops for close sizes, feet for
    wide ones), clipped to the frame. None when it leaves the frame."""
    old_h, old_top, old_feet = _framing(old_size)
    new_h, new_top, new_feet = _framing(new_size)
    z = new_h / old_h
    if old_top is not None and new_top is not None:
        y_from, y_to = old_top, new_top
    elif old_feet is not None and new_feet is not None:
        y_from, y_to = old_feet, new_feet
    else:
        y_from = y_to = 0.5
    x0, y0, x1, y1 = box
    zoomed = (0.5 + (x0 - 0.5) * z, y_to + (y0 - y_from) * z, 0.5 + (x1 - 0.5) * z, y_to + (y1 - y_from) * z)
    clipped = tuple(round(min(max(v, 0.0), 1.0), 4) for v in zoomed)
    if clipped[2] - clipped[0] < 0.005 or clipped[3] - clipped[1] < 0.005:
        return None
    points = refit_keypoints(keypoints, box, zoomed)
    if points is not None:
        points = [(x, y, v if clipped[0] - 0.005 <= x <= clipped[2] + 0.005 and clipped[1] - 0.005 <= y <= clipped[3]
                   + 0.005 else 0.0) for x, y, v in points]
    return clipped, points


def reframe(plan: FilmPlan, shot_id: str, camera: dict[str, Any], pins: "ShotConstraints | None",
            planner: str = "rules") -> tuple[FilmPlan, "ShotConstraints"]:
    """The shot seen through a new camera (size, angle, movement): its figures re-framed, not only its slate.

    The boxes the writer pinned are zoomed by the change of shot size (`zoom_box`); then `planner` stages the
    rest of the shot's cast again at the new size and angle (`director.planning.replan_shot` with the cast,
    the camera and the pins fixed), so a close-up frames faces the way the planner frames close-ups.
    """
    from ..planning import ShotConstraints, replan_shot

    index = _shot_index(plan, shot_id)
    shot = plan.shots[index]
    new_camera = _validated(Camera, {**shot.camera.model_dump(), **{k: v for k, v in camera.items() if v}},
                            "camera", shot_id)
    pins = pins or ShotConstraints()
    keyframes = shot.keyframes
    if new_camera.size != shot.camera.size and pins.boxes:
        keyframes = []
        for kf in shot.keyframes:
            objects = []
            for o in kf.objects:
                if o.entity in pins.boxes:
                    zoomed = zoom_box(o.box, o.keypoints, shot.camera.size, new_camera.size)
                    if zoomed is None:
                        continue
                    o = SceneObject(entity=o.entity, box=zoomed[0], keypoints=zoomed[1])
                objects.append(o)
            keyframes.append(kf.model_copy(update={"objects": objects}))
    shots = list(plan.shots)
    shots[index] = shot.model_copy(update={"camera": new_camera, "keyframes": keyframes})
    fixed = ShotConstraints(cast=True, camera=True, boxes=pins.boxes)
    replanned = replan_shot(plan.model_copy(update={"shots": shots}), shot_id, planner, fixed)
    return replanned, ShotConstraints(cast=pins.cast, camera=True, boxes=pins.boxes)


# ----------------------------------------------------------------------------------------------------------------
# The cast: the bible's entries, editable
# ----------------------------------------------------------------------------------------------------------------

ENTITY_KINDS = ("person", "animal", "vehicle", "object")
MAX_NAME, MAX_DESCRIPTION = 80, 2000


def _clean(value: Any, field: str, limit: int, who: str) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > limit:
        raise InputError(f"{who}: {field} is {len(text)} characters; keep it under {limit}")
    return text


def object_fields(model) -> dict[str, list[str]]:
    """The bible fields beyond id/name/kind/description/attributes, each with its sub-fields when it is an object
    (`voice`: backend, voice, pitch, …) or [] when it is one value (a reference picture's path)."""
    from typing import get_args

    from pydantic import BaseModel

    out = {}
    for name, info in model.model_fields.items():
        if name in ("id", "name", "kind", "description", "attributes"):
            continue
        kinds = [info.annotation, *get_args(info.annotation)]
        kinds += [k for a in list(kinds) for k in get_args(a)]
        sub = next((k for k in kinds if isinstance(k, type) and issubclass(k, BaseModel)), None)
        out[name] = list(sub.model_fields) if sub is not None else []
    return out


def edit_entity(plan: FilmPlan, entity_id: str, form: dict[str, Any]) -> FilmPlan:
    """The plan with one bible entry edited: name, kind, description, and every other field the data model has —
    an object (the voice) field by field as `voice.pitch` etc., a plain value (a reference picture's path) as it
    is. Shots keep their layouts; a person who becomes a thing loses its skeleton and a thing that becomes a
    person stands in its boxes."""
    from .. import poses
    from ..models import Entity

    entity = next((e for e in plan.entities if e.id == entity_id), None)
    if entity is None:
        raise InputError(f"no '{entity_id}' in the bible")
    who = f"cast member '{entity_id}'"
    update: dict[str, Any] = {}
    if "name" in form:
        update["name"] = _clean(form["name"], "the name", MAX_NAME, who)
        if not update["name"]:
            raise InputError(f"{who}: give a name")
    if form.get("kind"):
        kind = str(form["kind"]).strip().lower()
        if kind not in ENTITY_KINDS and kind != entity.kind:
            raise InputError(f"{who}: kind must be one of {', '.join(ENTITY_KINDS)}, not {kind!r}")
        update["kind"] = kind
    if "description" in form:
        update["description"] = _clean(form["description"], "the description", MAX_DESCRIPTION, who)
    for name, subfields in object_fields(Entity).items():
        if subfields:
            given = {sub: _clean(form[f"{name}.{sub}"], f"{name}.{sub}", MAX_NAME, who) for sub in subfields
                     if f"{name}.{sub}" in form}
            if given:   # an empty field takes the default; all empty: no such object
                values = {k: v for k, v in given.items() if v != ""}
                update[name] = values or None
        elif name in form:
            update[name] = _clean(form[name], name, MAX_DESCRIPTION, who) or None
    try:
        edited = Entity.model_validate({**entity.model_dump(), **update})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if not str(p).startswith("function-"))
        raise InputError(f"{who}: {where}: {first['msg']}") from None
    shots = plan.shots
    if (edited.kind == "person") != (entity.kind == "person"):
        shots = []
        for shot in plan.shots:
            keyframes = []
            for kf in shot.keyframes:
                objects = [o if o.entity != entity_id else o.model_copy(update={"keypoints": (
                    poses.keypoints("stand", o.box, "front", visible=o.box) if edited.kind == "person" else None)})
                    for o in kf.objects]
                keyframes.append(kf.model_copy(update={"objects": objects}))
            shots.append(shot.model_copy(update={"keyframes": keyframes}))
    entities = [edited if e.id == entity_id else e for e in plan.entities]
    return plan.model_copy(update={"entities": entities, "shots": shots})


def add_entity(plan: FilmPlan, name: str, kind: str, description: str = "") -> tuple[FilmPlan, str]:
    """The plan with a new bible entry (a character or prop the planner missed) and its id."""
    from ..models import Entity

    clean = _clean(name, "the name", MAX_NAME, "new cast member")
    if not clean:
        raise InputError("new cast member: give a name")
    kind = str(kind or "person").strip().lower()
    if kind not in ENTITY_KINDS:
        raise InputError(f"new cast member: kind must be one of {', '.join(ENTITY_KINDS)}, not {kind!r}")
    base = re.sub(r"[^a-z0-9]+", "_", clean.lower()).strip("_")[:40] or "someone"
    taken = {e.id for e in plan.entities}
    eid, n = base, 2
    while eid in taken:
        eid, n = f"{base}_{n}", n + 1
    entity = Entity(id=eid, name=clean, kind=kind,
                    description=_clean(description, "the description", MAX_DESCRIPTION, "new cast member"))
    return plan.model_copy(update={"entities": list(plan.entities) + [entity]}), eid


def remove_entity(plan: FilmPlan, entity_id: str) -> FilmPlan:
    """The plan without one bible entry, which no shot may use any more."""
    if entity_id not in {e.id for e in plan.entities}:
        raise InputError(f"no '{entity_id}' in the bible")
    used = [s.id for s in plan.shots if any(o.entity == entity_id for kf in s.keyframes for o in kf.objects)
            or any(entity_id in (e.subject, e.object) for e in s.scene_graph)
            or any(d.character == entity_id for d in s.dialogue)]
    if used:
        shown = ", ".join(used[:3]) + (f" and {len(used) - 3} more" if len(used) > 3 else "")
        raise InputError(f"'{entity_id}' is in {shown}; take it out of those shots first")
    return plan.model_copy(update={"entities": [e for e in plan.entities if e.id != entity_id]})


def edit_and_restage(plan: FilmPlan, shot_id: str, form: dict[str, Any], pins: "ShotConstraints | None",
                     planner: str = "rules") -> tuple[FilmPlan, "ShotConstraints"]:
    """The edit form's change of one shot, with the drawing following the words and the camera.

    A rewritten description is read again (`replan_shot`: whoever it names is staged, what the writer pinned
    stays); a new shot size or angle re-frames the figures (`reframe`). Duration, movement and transition are
    applied as `edit_shot` does. A camera the writer set is theirs from then on (pinned).
    """
    from ..planning import ShotConstraints, replan_shot

    pins = pins or ShotConstraints()
    shot = plan.shots[_shot_index(plan, shot_id)]
    framing = {k: form.get(f"camera_{k}") for k in ("size", "angle")}
    reframed = any(v and v != getattr(shot.camera, k) for k, v in framing.items())
    rest = {k: v for k, v in form.items() if k not in ("camera_size", "camera_angle")}
    edited = edit_shot(plan, shot_id, rest)
    new = edited.shots[_shot_index(edited, shot_id)]
    camera_set = new.camera != shot.camera or reframed
    if camera_set:
        pins = ShotConstraints(cast=pins.cast, camera=True, boxes=pins.boxes)
    if new.description != shot.description:
        if reframed:
            edited, pins = reframe(edited, shot_id, framing, pins, planner)
        return replan_shot(edited, shot_id, planner, pins), pins
    if reframed:
        return reframe(edited, shot_id, framing, pins, planner)
    return edited, pins
