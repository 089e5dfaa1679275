"""Layout geometry shared by every planner and renderer: validation with typed problems, and layout tokens.

`validate(plan)` never raises on a bad plan: it returns `Problem`s whose messages say what to change, because
the LLM planner feeds them back to the model for repair turns and the rules planner asserts there are none.

Layout tokens are a compact, line-based text form of a shot's keyframe layouts for LLM prompts (VisorGPT-like),
round-trip exact with the JSON form: numbers are written with Python's shortest round-trip repr, so
`from_layout_tokens(to_layout_tokens(shot), shot) == shot.keyframes`.

    layout sc001_sh02; size MS; 7 keyframes; entities brick, steel
    kf 0; t 0.0; 2 instances; [brick xmin 0.1 ymin 0.2 xmax 0.4 ymax 0.98 kp 0.25 0.27 2.0, …] [steel …]; prompt "…"
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from .errors import InputError
from .models import FilmPlan, Keyframe, SceneObject, Shot

MIN_KEYFRAMES, MAX_KEYFRAMES = 6, 9
KEYPOINT_SLACK = 0.1          # a visible keypoint may sit this far outside its box (fraction of the box size)
TELEPORT_SPEED = 1.2          # frame widths per second a box centre may move between two keyframes of a shot
TELEPORT_MIN = 0.12           # … plus this much, so slow shots may still reposition a little
MAX_WORDS_PER_SECOND = 4.5    # faster than this no one can say (or read) the line in its span
MAX_SHOT_SECONDS = 3600.0     # a shot past an hour is a typo (1e9 s would render until the disk fills)
SHOT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")
"""A shot id names files and tasks (`shots/<id>.mp4`, `keyframes/<id>`): letters, digits, `_`, `.`, `-`."""
_EPS = 1e-6


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan, located and phrased so a person or a model knows what to change."""

    code: str
    message: str
    shot: str | None = None
    keyframe: int | None = None
    entity: str | None = None

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict:
        return {"code": self.code, "shot": self.shot, "keyframe": self.keyframe, "entity": self.entity,
                "message": self.message}


def _fmt_box(box) -> str:
    return "[" + ", ".join(f"{v:.3f}" for v in box) + "]"


def _on_frame(t: float, fps: int) -> bool:
    return abs(t * fps - round(t * fps)) < 1e-6 * max(1.0, t * fps)


def _validate_shot(shot: Shot, plan: FilmPlan, known: set[str], problems: list[Problem]) -> None:
    sid, fps = shot.id, plan.fps

    def add(code, message, keyframe=None, entity=None):
        problems.append(Problem(code, message, sid, keyframe, entity))

    if not (shot.duration > 0) or not math.isfinite(shot.duration):
        add("shot_duration", f"{sid} has duration {shot.duration}; give it a positive number of seconds")
        return
    if shot.duration > MAX_SHOT_SECONDS:
        add("shot_duration", f"{sid} lasts {shot.duration:g} s; a shot may last at most {MAX_SHOT_SECONDS:g} s")
        return
    n = shot.duration * fps
    if abs(n - round(n)) > 1e-6 * max(1.0, n):
        add("duration_not_whole_frames",
            f"{sid} lasts {shot.duration} s = {n:.3f} frames at {fps} fps; make it a whole number of frames "
            f"(e.g. {round(n)}/{fps} = {round(n) / fps:.4f} s)")
    frames = max(1, round(n))
    last_t = (frames - 1) / fps
    if plan.scenes and not (1 <= shot.scene <= len(plan.scenes)):
        add("unknown_scene", f"{sid} has scene {shot.scene}; it must be 1..{len(plan.scenes)}")

    kfs = shot.keyframes
    if not (MIN_KEYFRAMES <= len(kfs) <= MAX_KEYFRAMES):
        add("keyframe_count", f"{sid} has {len(kfs)} keyframes; give it {MIN_KEYFRAMES} to {MAX_KEYFRAMES}")
    for i, kf in enumerate(kfs):
        if i and not kf.t > kfs[i - 1].t:
            add("keyframe_times_not_increasing",
                f"keyframe {i} of {sid} is at t={kf.t} after keyframe {i - 1} at t={kfs[i - 1].t}; "
                f"times must strictly increase", i)
        if not math.isfinite(kf.t):
            add("keyframe_outside_shot", f"keyframe {i} of {sid} has no time (t={kf.t}); give it t = n/{fps}", i)
        elif kf.t < -_EPS or kf.t > last_t + _EPS:
            add("keyframe_outside_shot",
                f"keyframe {i} of {sid} is at t={kf.t}, outside the shot's frames 0..{last_t:.4f} s", i)
        elif not _on_frame(kf.t, fps):
            add("keyframe_not_on_frame", f"keyframe {i} of {sid} is at t={kf.t}, between frames at {fps} fps; "
                f"use t = n/{fps}", i)
    if kfs and abs(kfs[0].t) > _EPS:
        add("keyframe_span", f"the first keyframe of {sid} is at t={kfs[0].t}; put it at 0", 0)
    if kfs and abs(kfs[-1].t - last_t) > 1e-4:
        add("keyframe_span", f"the last keyframe of {sid} is at t={kfs[-1].t}; put it on the shot's last frame "
            f"t={last_t:.4f} ({frames - 1}/{fps})", len(kfs) - 1)

    for i, kf in enumerate(kfs):
        for obj in kf.objects:
            e = obj.entity
            if e not in known:
                add("unknown_entity", f"keyframe {i} of {sid} places '{e}', which is not in the entity list; "
                    f"use one of the entity ids or add the entity", i, e)
            x0, y0, x1, y1 = obj.box
            if not all(math.isfinite(v) for v in obj.box) or min(obj.box) < -_EPS or max(obj.box) > 1 + _EPS:
                add("box_outside_frame", f"box {_fmt_box(obj.box)} of '{e}' in keyframe {i} of {sid} leaves the "
                    f"frame; keep 0<=x0<x1<=1 and 0<=y0<y1<=1", i, e)
            elif x1 - x0 <= _EPS or y1 - y0 <= _EPS:
                add("box_empty", f"box {_fmt_box(obj.box)} of '{e}' in keyframe {i} of {sid} has no area; "
                    f"need x0<x1 and y0<y1", i, e)
            if obj.keypoints is not None:
                if len(obj.keypoints) != 18:
                    add("keypoints_count", f"'{e}' in keyframe {i} of {sid} has {len(obj.keypoints)} keypoints; "
                        f"COCO-18 needs 18 [x, y, v] triples", i, e)
                else:
                    sx, sy = (x1 - x0) * KEYPOINT_SLACK + 0.01, (y1 - y0) * KEYPOINT_SLACK + 0.01
                    far = [j for j, (kx, ky, v) in enumerate(obj.keypoints)
                           if v > 0 and not (x0 - sx <= kx <= x1 + sx and y0 - sy <= ky <= y1 + sy)]
                    if far:
                        add("keypoints_far_from_box",
                            f"{len(far)} keypoints of '{e}' in keyframe {i} of {sid} lie outside its box "
                            f"{_fmt_box(obj.box)} (joints {far[:4]}); move them into the box or set v=0", i, e)

    # Teleports: a box centre that jumps further than motion allows between consecutive keyframes.
    for i in range(1, len(kfs)):
        dt = kfs[i].t - kfs[i - 1].t
        if dt <= 0:
            continue
        before = {o.entity: o.box for o in kfs[i - 1].objects}
        for obj in kfs[i].objects:
            prev = before.get(obj.entity)
            if prev is None:
                continue
            dx = (obj.box[0] + obj.box[2] - prev[0] - prev[2]) / 2
            dy = (obj.box[1] + obj.box[3] - prev[1] - prev[3]) / 2
            dist = math.hypot(dx, dy)
            if dist > TELEPORT_SPEED * dt + TELEPORT_MIN:
                add("teleport", f"'{obj.entity}' jumps {dist:.2f} frame widths in {dt:.2f} s between keyframes "
                    f"{i - 1} and {i} of {sid}; move it gradually or split the shot with a cut", i, obj.entity)

    nodes = {o.entity for k in kfs for o in k.objects}
    for edge in shot.scene_graph:
        for node in (edge.subject, edge.object):
            if node not in known and node not in nodes:
                add("unknown_graph_node", f"scene-graph edge '{edge.subject} {edge.predicate} {edge.object}' of "
                    f"{sid} names '{node}', which is no entity; use entity ids", entity=node)
        if edge.start > edge.end + _EPS or edge.start < -_EPS or edge.end > shot.duration + _EPS:
            add("graph_edge_time", f"edge '{edge.subject} {edge.predicate} {edge.object}' of {sid} spans "
                f"{edge.start}..{edge.end} s; keep 0<=start<=end<={shot.duration:.4f}")

    for d in shot.dialogue:
        if d.start < -_EPS or d.end > shot.duration + _EPS or d.start >= d.end:
            add("dialogue_outside_shot", f"{d.character}'s line \"{d.text[:40]}\" in {sid} spans {d.start}..{d.end} "
                f"s; keep 0<=start<end<={shot.duration:.4f}")
            continue
        words = len(d.text.split())
        if words / (d.end - d.start) > MAX_WORDS_PER_SECOND:
            add("dialogue_not_covered", f"{d.character}'s line of {words} words in {sid} gets only "
                f"{d.end - d.start:.2f} s; give it at least {words / 3:.1f} s (about 3 words/s) or lengthen the shot")
    for a, b in zip(shot.dialogue, shot.dialogue[1:]):
        if b.start < a.start - _EPS:
            add("dialogue_order", f"dialogue of {sid} is out of order: '{b.text[:30]}' starts before "
                f"'{a.text[:30]}'; sort lines by start")


def validate(plan: FilmPlan) -> list[Problem]:
    """Everything wrong with `plan`, as typed problems; an empty list means it is good to render."""
    problems: list[Problem] = []
    if not plan.fps or plan.fps <= 0 or plan.width <= 0 or plan.height <= 0:
        return [Problem("frame_format", f"the plan has fps={plan.fps}, size {plan.width}x{plan.height}; "
                        "give a positive frame rate and frame size")]
    known = {e.id for e in plan.entities}
    ids = [e.id for e in plan.entities]
    for e in {i for i in ids if ids.count(i) > 1}:
        problems.append(Problem("duplicate_entity", f"entity id '{e}' is used twice; ids must be unique", entity=e))
    seen_shots: set[str] = set()
    for shot in plan.shots:
        if not SHOT_ID.match(shot.id):
            problems.append(Problem("shot_id", f"shot id {shot.id[:70]!r} is not a safe name; use 1-64 letters, "
                                    "digits, '_', '.' or '-', starting with a letter or digit", shot.id))
            continue
        if shot.id in seen_shots:
            problems.append(Problem("duplicate_shot", f"shot id '{shot.id}' is used twice; ids must be unique",
                                    shot.id))
        seen_shots.add(shot.id)
        _validate_shot(shot, plan, known, problems)
    for i, shot in enumerate(plan.shots):
        tr = shot.transition_in
        if tr.type == "cut":
            continue
        if tr.type == "wipe" and tr.direction is None:
            problems.append(Problem("transition_direction", f"the wipe into {shot.id} needs a direction "
                                    "(left, right, up, down)", shot.id))
        limits = [shot.duration] + ([plan.shots[i - 1].duration] if i > 0 else [])
        if tr.duration < 0 or tr.duration >= min(limits) / 2:
            problems.append(Problem("transition_too_long", f"the {tr.type} into {shot.id} lasts {tr.duration} s; "
                                    f"keep it under half of the shorter adjacent shot ({min(limits) / 2:.2f} s)",
                                    shot.id))
    return problems


# ----------------------------------------------------------------------------------------------------------------
# Layout tokens
# ----------------------------------------------------------------------------------------------------------------

_PLAIN_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


def _num(v: float) -> str:
    return repr(float(v))


def _ident(s: str) -> str:
    return s if _PLAIN_ID.match(s) and s not in ("kp", "xmin") else json.dumps(s)


def _object_tokens(obj: SceneObject) -> str:
    x0, y0, x1, y1 = obj.box
    s = f"[{_ident(obj.entity)} xmin {_num(x0)} ymin {_num(y0)} xmax {_num(x1)} ymax {_num(y1)}"
    if obj.keypoints is not None:
        s += " kp " + ", ".join(" ".join(_num(v) for v in kp) for kp in obj.keypoints)
    return s + "]"


def to_layout_tokens(shot: Shot) -> str:
    """The shot's keyframe layouts as layout tokens: one header line, then one line per keyframe."""
    names = []
    for kf in shot.keyframes:
        for o in kf.objects:
            if o.entity not in names:
                names.append(o.entity)
    lines = [f"layout {_ident(shot.id)}; size {shot.camera.size}; {len(shot.keyframes)} keyframes; "
             f"entities {', '.join(_ident(n) for n in names)}"]
    for i, kf in enumerate(shot.keyframes):
        objs = " ".join(_object_tokens(o) for o in kf.objects)
        lines.append(f"kf {i}; t {_num(kf.t)}; {len(kf.objects)} instances; {objs}; prompt {json.dumps(kf.prompt)}")
    return "\n".join(lines)


_KF_LINE = re.compile(r"^kf (\d+); t (\S+); (\d+) instances;?\s*(.*?)(?:;? ?prompt (\".*\"))?\s*$")
_OBJ = re.compile(r"\[(\"(?:[^\"\\]|\\.)*\"|[^\s\]]+) xmin (\S+) ymin (\S+) xmax (\S+) ymax (\S+)(?: kp ([^\]]*))?\]")


def from_layout_tokens(text: str, shot_template: Shot | None = None) -> list[Keyframe]:
    """Keyframes from layout tokens; a keyframe without a prompt takes the template keyframe's (or description).

    Raises `InputError` naming the line and the problem on malformed tokens, so an LLM can be asked to fix it.
    """
    keyframes: list[Keyframe] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("layout "):
            continue
        m = _KF_LINE.match(line)
        if not m:
            raise InputError(f"not a keyframe line (want 'kf N; t SECONDS; K instances; [entity xmin … ymax …] …'):"
                             f" {line[:80]!r}", "<layout tokens>", lineno)
        index, count = int(m.group(1)), int(m.group(3))
        if index != len(keyframes):
            raise InputError(f"keyframe {index} where {len(keyframes)} was expected", "<layout tokens>", lineno)
        try:
            t = float(m.group(2))
            objects = []
            for om in _OBJ.finditer(m.group(4)):
                ent = json.loads(om.group(1)) if om.group(1).startswith('"') else om.group(1)
                box = tuple(float(om.group(k)) for k in range(2, 6))
                kps = None
                if om.group(6) is not None:
                    kps = [tuple(float(v) for v in p.split()) for p in om.group(6).split(",")]
                    if any(len(p) != 3 for p in kps):
                        raise ValueError("each keypoint needs three numbers 'x y v'")
                objects.append(SceneObject(entity=ent, box=box, keypoints=kps))
        except ValueError as exc:
            raise InputError(f"bad number in keyframe {index}: {exc}", "<layout tokens>", lineno) from None
        if len(objects) != count:
            raise InputError(f"keyframe {index} says {count} instances but lists {len(objects)} boxes",
                             "<layout tokens>", lineno)
        if m.group(5) is not None:
            prompt = json.loads(m.group(5))
        elif shot_template is not None and index < len(shot_template.keyframes):
            prompt = shot_template.keyframes[index].prompt
        else:
            prompt = shot_template.description if shot_template is not None else ""
        keyframes.append(Keyframe(t=t, prompt=prompt, objects=objects))
    return keyframes


__all__ = ["Problem", "from_layout_tokens", "to_layout_tokens", "validate"]
