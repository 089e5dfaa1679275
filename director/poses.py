"""COCO-18 body pose templates, scaled into a box: what a planner puts in `SceneObject.keypoints`.

Planners describe people by what they do ("sits", "runs", "waves"); renderers that honour keypoints want
OpenPose skeletons. This module is the one place that turns a verb into a skeleton, so the rules planner, the
LLM planner's repair step and the renderers all draw the same body for the same action.

A template is 18 (x, y) points in the unit square of the person's own box, x toward the way the person faces
(facing "right" as written; mirrored for "left"; "front" faces the camera, so the person's right side is on
image left). `keypoints()` scales a template into a box and, for close shots whose body box reaches past the
frame, marks the points outside the frame as absent (v = 0) instead of moving them.

Close framings (MCU, CU, ECU: the frame shows less than half the body) crop the template to what they show and
give it a close-up's proportions: shoulders a quarter of the body's height apart, as a real person's are (the
full-body templates keep them narrow so arms and legs read at a distance), arms hanging from them. Scaled into
a close-up's body box, that is a head and shoulders filling the frame; the joints below it are absent.
"""
from __future__ import annotations

from .models import COCO18, Box, Keypoint

# (x, y) per COCO-18 joint, order of `COCO18`. Facing right unless the name says front.
_FRONT_HEAD = [(0.50, 0.07), (0.50, 0.18)]
_FRONT_FACE = [(0.46, 0.055), (0.54, 0.055), (0.42, 0.065), (0.58, 0.065)]   # r_eye, l_eye, r_ear, l_ear
_SIDE_FACE = [(0.60, 0.055), (0.60, 0.055), (0.50, 0.065), (0.50, 0.065)]


def _t(head, arms_r, arms_l, legs_r, legs_l, face):
    return tuple(head + arms_r + arms_l + legs_r + legs_l + face)


TEMPLATES: dict[str, tuple[tuple[float, float], ...]] = {
    "stand": _t(_FRONT_HEAD, [(0.30, 0.20), (0.25, 0.38), (0.23, 0.54)], [(0.70, 0.20), (0.75, 0.38), (0.77, 0.54)],
                [(0.40, 0.52), (0.40, 0.75), (0.40, 0.98)], [(0.60, 0.52), (0.60, 0.75), (0.60, 0.98)], _FRONT_FACE),
    "talk": _t(_FRONT_HEAD, [(0.30, 0.20), (0.22, 0.36), (0.30, 0.46)], [(0.70, 0.20), (0.75, 0.38), (0.77, 0.54)],
               [(0.40, 0.52), (0.40, 0.75), (0.40, 0.98)], [(0.60, 0.52), (0.60, 0.75), (0.60, 0.98)], _FRONT_FACE),
    "wave": _t(_FRONT_HEAD, [(0.30, 0.20), (0.25, 0.38), (0.23, 0.54)], [(0.70, 0.20), (0.85, 0.12), (0.88, 0.01)],
               [(0.40, 0.52), (0.40, 0.75), (0.40, 0.98)], [(0.60, 0.52), (0.60, 0.75), (0.60, 0.98)], _FRONT_FACE),
    "point": _t([(0.55, 0.07), (0.50, 0.18)], [(0.45, 0.20), (0.70, 0.22), (0.98, 0.22)],
                [(0.55, 0.20), (0.55, 0.38), (0.55, 0.54)],
                [(0.45, 0.52), (0.45, 0.75), (0.45, 0.98)], [(0.55, 0.52), (0.55, 0.75), (0.55, 0.98)], _SIDE_FACE),
    "walk": _t([(0.58, 0.07), (0.52, 0.18)], [(0.47, 0.20), (0.38, 0.37), (0.33, 0.52)],
               [(0.57, 0.20), (0.66, 0.37), (0.72, 0.50)],
               [(0.48, 0.52), (0.62, 0.74), (0.72, 0.98)], [(0.54, 0.52), (0.42, 0.74), (0.28, 0.98)], _SIDE_FACE),
    "run": _t([(0.68, 0.08), (0.58, 0.19)], [(0.52, 0.21), (0.36, 0.32), (0.22, 0.28)],
              [(0.62, 0.21), (0.78, 0.34), (0.92, 0.24)],
              [(0.50, 0.52), (0.75, 0.66), (0.70, 0.92)], [(0.54, 0.52), (0.32, 0.72), (0.05, 0.80)], _SIDE_FACE),
    "sit": _t([(0.40, 0.08), (0.38, 0.27)], [(0.30, 0.30), (0.34, 0.52), (0.52, 0.58)],
              [(0.44, 0.30), (0.50, 0.52), (0.64, 0.58)],
              [(0.34, 0.66), (0.72, 0.68), (0.70, 0.98)], [(0.40, 0.66), (0.78, 0.68), (0.76, 0.98)], _SIDE_FACE),
    "kneel": _t(_FRONT_HEAD[:1] + [(0.50, 0.22)], [(0.30, 0.24), (0.26, 0.44), (0.26, 0.62)],
                [(0.70, 0.24), (0.74, 0.44), (0.74, 0.62)],
                [(0.40, 0.62), (0.40, 0.96), (0.30, 0.98)], [(0.60, 0.62), (0.62, 0.80), (0.66, 0.98)], _FRONT_FACE),
    "lie": _t([(0.93, 0.45), (0.84, 0.50)], [(0.82, 0.40), (0.70, 0.35), (0.58, 0.38)],
              [(0.82, 0.62), (0.70, 0.68), (0.58, 0.66)],
              [(0.50, 0.42), (0.28, 0.42), (0.04, 0.40)], [(0.50, 0.60), (0.28, 0.62), (0.04, 0.62)],
              [(0.96, 0.38), (0.96, 0.50), (0.92, 0.30), (0.92, 0.58)]),
    "jump": _t(_FRONT_HEAD, [(0.30, 0.20), (0.18, 0.08), (0.12, 0.01)], [(0.70, 0.20), (0.82, 0.08), (0.88, 0.01)],
               [(0.40, 0.52), (0.30, 0.70), (0.38, 0.88)], [(0.60, 0.52), (0.70, 0.70), (0.62, 0.88)], _FRONT_FACE),
    "fall": _t([(0.80, 0.30), (0.68, 0.34)], [(0.66, 0.26), (0.80, 0.12), (0.92, 0.04)],
               [(0.70, 0.44), (0.88, 0.50), (0.98, 0.60)],
               [(0.42, 0.50), (0.22, 0.66), (0.04, 0.86)], [(0.46, 0.58), (0.30, 0.80), (0.14, 0.98)], _SIDE_FACE),
    "reach": _t([(0.56, 0.07), (0.50, 0.18)], [(0.45, 0.20), (0.68, 0.30), (0.95, 0.36)],
                [(0.55, 0.20), (0.60, 0.38), (0.62, 0.54)],
                [(0.45, 0.52), (0.45, 0.75), (0.45, 0.98)], [(0.55, 0.52), (0.55, 0.75), (0.55, 0.98)], _SIDE_FACE),
}

# Width / height of the body's box in body units (a standing adult is about a third as wide as tall), and the
# box height as a fraction of the person's standing height.
ASPECT = {"stand": 0.36, "talk": 0.36, "wave": 0.42, "point": 0.55, "walk": 0.45, "run": 0.60, "sit": 0.55,
          "kneel": 0.45, "lie": 3.2, "jump": 0.45, "fall": 0.85, "reach": 0.55}
HEIGHT = {"stand": 1.0, "talk": 1.0, "wave": 1.0, "point": 1.0, "walk": 1.0, "run": 0.95, "sit": 0.72,
          "kneel": 0.72, "lie": 0.24, "jump": 1.05, "fall": 0.75, "reach": 1.0}

_VERB_POSES = (
    ("run", ("run", "runs", "running", "ran", "sprint", "sprints", "races", "rushes", "dashes", "chases", "flees",
             "hurries", "bolts", "charges")),
    ("walk", ("walk", "walks", "walking", "walked", "strolls", "paces", "steps", "crosses", "enters", "exits",
              "approaches", "wanders", "moves", "heads", "leaves", "goes", "comes", "limps", "marches", "follows")),
    ("sit", ("sit", "sits", "sitting", "sat", "seated", "perched", "drives", "rides", "squats")),
    ("lie", ("lie", "lies", "lying", "lay", "asleep", "sleeps", "sleeping", "sprawled", "unconscious", "dead")),
    ("jump", ("jump", "jumps", "jumping", "leaps", "hops", "bounces", "dances", "dancing")),
    ("wave", ("wave", "waves", "waving", "raises", "cheers", "salutes")),
    ("point", ("point", "points", "pointing", "aims", "gestures", "indicates", "shoots")),
    ("fall", ("fall", "falls", "falling", "fell", "trips", "stumbles", "collapses", "tumbles", "drops", "slips")),
    ("kneel", ("kneel", "kneels", "kneeling", "crouches", "crouching", "bends", "ducks")),
    ("reach", ("reach", "reaches", "grabs", "takes", "picks", "hands", "gives", "offers", "opens", "pushes",
               "pulls", "holds", "lifts", "throws", "catches", "touches", "hugs", "kisses")),
    ("talk", ("says", "talks", "speaks", "asks", "answers", "shouts", "yells", "whispers", "laughs", "smiles")),
)
VERB_TO_POSE = {verb: pose for pose, verbs in _VERB_POSES for verb in verbs}


def pose_for(words) -> str:
    """The pose of the first verb in `words` that names one; "stand" when none does."""
    for w in words:
        pose = VERB_TO_POSE.get(w.lower())
        if pose:
            return pose
    return "stand"


def body_box(pose: str, center_x: float, feet_y: float, height: float, frame_aspect: float = 16 / 9) -> Box:
    """The box of a person of standing `height` (fraction of frame height) in `pose`, feet at `feet_y`.

    The result may reach past the frame (a close-up's body does); clip it with `clip_box` for the plan.
    """
    h = height * HEIGHT.get(pose, 1.0)
    w = height * ASPECT.get(pose, 0.36) / frame_aspect
    return (center_x - w / 2, feet_y - h, center_x + w / 2, feet_y)


def clip_box(box: Box) -> Box:
    x0, y0, x1, y1 = box
    return (min(max(x0, 0.0), 1.0), min(max(y0, 0.0), 1.0), min(max(x1, 0.0), 1.0), min(max(y1, 0.0), 1.0))


CLOSE_SHOWN = 0.5
"""A framing that shows less than this fraction of the body's height (from the top of the head) is a close one."""
CLOSE_SHOULDERS = (0.155, 0.845)
"""Shoulder x in a close framing, in the standing box's width: 0.25 of the body's height apart at ASPECT 0.36."""


def shown_fraction(box: Box, visible: Box | None) -> float:
    """How much of the body's height (from its top) the visible part of `box` shows: 1 for a full figure."""
    if visible is None or box[3] <= box[1]:
        return 1.0
    return max(0.0, min(1.0, (min(visible[3], 1.0) - box[1]) / (box[3] - box[1])))


def _close_up(pts: list[tuple[float, float]], facing: str) -> list[tuple[float, float]]:
    """A front-facing template with a close-up's shoulders: each arm moves out with its shoulder, so a wave or a
    raised hand keeps its shape; a body turned to one side shows its shoulders foreshortened."""
    if pts[0][0] != pts[1][0]:
        return pts                        # a profile: its shoulders are already one behind the other
    turn = 0.75 if facing in ("left", "right") else 1.0
    out = list(pts)
    for shoulder, chain, target in ((2, (2, 3, 4), CLOSE_SHOULDERS[0]), (5, (5, 6, 7), CLOSE_SHOULDERS[1])):
        dx = (0.5 + (target - 0.5) * turn) - pts[shoulder][0]
        for j in chain:
            out[j] = (pts[j][0] + dx, pts[j][1])
    return out


def keypoints(pose: str, box: Box, facing: str = "front", phase: int = 0, visible: Box | None = None
              ) -> list[Keypoint]:
    """COCO-18 keypoints of `pose` scaled into `box` (the unclipped body box).

    `facing` is "left", "right" or "front"; `phase` alternates the legs of walk and run cycles from one keyframe
    to the next so an in-betweener sees a stride, not a slide. Points outside the frame (or outside `visible`,
    the clipped box a plan lists, give or take half a percent) get v = 0. When `visible` shows less than half
    the body (a close framing), the template takes a close-up's proportions (`_close_up`).
    """
    lo_x, lo_y, hi_x, hi_y = (0.0, 0.0, 1.0, 1.0) if visible is None else (
        max(0.0, visible[0] - 0.005), max(0.0, visible[1] - 0.005), min(1.0, visible[2] + 0.005),
        min(1.0, visible[3] + 0.005))
    template = TEMPLATES.get(pose) or TEMPLATES["stand"]
    pts = list(template)
    if shown_fraction(box, visible) < CLOSE_SHOWN:
        pts = _close_up(pts, facing)
    if phase % 2 and pose in ("walk", "run"):
        pts[8:11], pts[11:14] = pts[11:14], pts[8:11]     # swap the legs
        pts[2:5], pts[5:8] = pts[5:8], pts[2:5]           # and the arms
    if facing in ("left", "right") and pts[0][0] == pts[1][0]:
        # A front-facing body looking to one side: turn the head (nose, eyes, ears) three-quarters that way.
        for j in (0, 14, 15, 16, 17):
            pts[j] = (pts[j][0] + 0.08, pts[j][1])
    mirror = facing == "left"
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    out: list[Keypoint] = []
    for px, py in pts:
        x = x0 + (1.0 - px if mirror else px) * w
        y = y0 + py * h
        v = 2.0 if (lo_x <= x <= hi_x and lo_y <= y <= hi_y) else 0.0
        x = 0.0 if x < 0.0 else 1.0 if x > 1.0 else x
        y = 0.0 if y < 0.0 else 1.0 if y > 1.0 else y
        out.append((int(x * 10000 + 0.5) / 10000, int(y * 10000 + 0.5) / 10000, v))   # 4 decimals, fast
    return out


__all__ = ["ASPECT", "CLOSE_SHOWN", "COCO18", "HEIGHT", "TEMPLATES", "VERB_TO_POSE", "body_box", "clip_box",
           "keypoints", "pose_for", "shown_fraction"]
